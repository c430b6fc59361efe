"""The HTTP status -> client action table, as docs/protocol.md states it."""

from __future__ import annotations

from pathlib import Path

import pytest

from outreach_app.protocol import ClientAction, ErrorBody, ErrorCode, action_for_status, error_body
from outreach_app.protocol.errors import DEFAULT_MESSAGES

RETRY, SPLIT, PARK, REENROL, PROCEED = (
    ClientAction.RETRY,
    ClientAction.SPLIT,
    ClientAction.PARK,
    ClientAction.REENROL,
    ClientAction.PROCEED,
)

SINGLE = {
    200: PROCEED, 201: PROCEED, 204: PROCEED,
    301: RETRY, 302: RETRY, 307: RETRY,
    400: PARK, 401: REENROL, 403: PARK, 404: PARK, 405: PARK, 408: RETRY, 409: PARK,
    410: PARK, 413: PARK, 415: PARK, 422: PARK, 429: RETRY,
    500: RETRY, 502: RETRY, 503: RETRY, 504: RETRY, 599: RETRY,
}  # fmt: skip


@pytest.mark.parametrize(("status", "action"), sorted(SINGLE.items()))
def test_single_item_requests(status: int, action: ClientAction) -> None:
    assert action_for_status(status) is action


BATCHED = [(400, SPLIT), (413, SPLIT), (422, SPLIT), (401, REENROL), (403, PARK), (409, PARK), (429, RETRY)]


@pytest.mark.parametrize(("status", "action"), BATCHED)
def test_batches_are_split_to_find_what_does_not_fit(status: int, action: ClientAction) -> None:
    assert action_for_status(status, batch_size=2) is action


def test_docs_table_matches_the_function() -> None:
    """Every row of the table in docs/protocol.md names the action the function returns."""
    docs = (Path(__file__).parents[3] / "docs" / "protocol.md").read_text(encoding="utf-8")
    table = docs.split("<!-- status-table -->")[1].split("<!-- end status-table -->")[0]
    rows = [line for line in table.splitlines() if line.startswith("| ") and line[2].isdigit()]
    assert len(rows) >= 12
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        token, single, batched = cells[0], cells[1], cells[2]
        if token.endswith("xx"):
            hundred = int(token[0]) * 100
            statuses = [hundred, hundred + 1, hundred + 3, hundred + 99]
        else:
            statuses = [int(token)]
        for status in statuses:
            assert action_for_status(status).value == single, row
            assert action_for_status(status, batch_size=5).value == batched, row


def test_every_code_has_a_fixed_message_that_is_not_built_from_input() -> None:
    assert set(DEFAULT_MESSAGES) == set(ErrorCode)
    body = error_body(ErrorCode.RATE_LIMITED)
    assert body.code == "rate_limited" and body.message
    assert body.known_code() is ErrorCode.RATE_LIMITED


def test_an_unknown_code_from_a_newer_server_still_parses() -> None:
    body = ErrorBody.model_validate({"code": "quota_exceeded_v2", "message": "x", "details": {}})
    assert body.known_code() is None
