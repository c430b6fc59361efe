"""Why linking failed, in plain words (the app's enrolment and `outreach enroll` share them)."""

from __future__ import annotations

import pytest

from outreach_app.core.permissions import Permission, PermissionDeniedError
from outreach_app.protocol.errors import ClientAction
from outreach_app.sync.client import HttpStatusError, InvalidReplyError, NetworkError, UntrustedServerError
from outreach_app.sync.enrollment import describe_enrolment_error
from outreach_app.sync.enrollment_v2 import EnrolmentNotTrustedError
from outreach_app.sync.server_address import ServerAddressError, normalise_server_url


def _address_error(raw: str) -> ServerAddressError:
    with pytest.raises(ServerAddressError) as caught:
        normalise_server_url(raw)
    return caught.value


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (HttpStatusError(403, ClientAction.PARK, "enrollment_code_invalid"), "refused the enrolment code"),
        (HttpStatusError(403, ClientAction.PARK, None), "expired"),
        (HttpStatusError(429, ClientAction.RETRY, "rate_limited", 30.0), "too many attempts"),
        (HttpStatusError(503, ClientAction.RETRY, "unavailable"), "having trouble"),
        (HttpStatusError(404, ClientAction.PARK, "not_found"), "not an Outreach server"),
        (HttpStatusError(426, ClientAction.PARK, "update_required"), "charity key fingerprint"),
        (
            EnrolmentNotTrustedError("the server could not prove it holds the enrolment code"),
            "could not prove",
        ),
        (NetworkError("could not connect to the server"), "could not be reached"),
        (UntrustedServerError("the server's certificate is not trusted"), "certificate is not trusted"),
        (InvalidReplyError("the reply was not JSON"), "did not answer like an Outreach server"),
        (_address_error("http://charity.example.org"), "not HTTPS"),
        (_address_error("ftp://charity.example.org"), "not HTTPS"),
        (_address_error("https://charity example.org"), "address is not valid"),
        (_address_error("https://charity.example.org:99999"), "address is not valid"),
        (FileNotFoundError("the CA bundle file does not exist"), "CA bundle"),
        (PermissionDeniedError(Permission.MANAGE_SERVER_LINK, "worker"), "only a coordinator"),
        (RuntimeError("boom"), "unexpectedly (RuntimeError)"),
    ],
)
def test_each_failure_has_plain_words(error: BaseException, words: str) -> None:
    text = describe_enrolment_error(error)
    assert words in text
    assert "Error" not in text or isinstance(error, RuntimeError)


def test_rate_limit_says_how_long_to_wait() -> None:
    text = describe_enrolment_error(HttpStatusError(429, ClientAction.RETRY, "rate_limited", 30.0))
    assert "about 30 s" in text
