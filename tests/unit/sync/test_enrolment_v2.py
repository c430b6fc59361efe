"""Protocol v2 enrolment: the device trusts the reply only when the pinned root signed the
bundle and the server proved it holds the code. A machine in the middle that swaps the key
bundle (a scripted server here, rewriting the genuine reply) is detected: enrolment is
refused and nothing is stored."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest

from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.enrollment_v2 import EnrollRequestV2, code_proof
from outreach_app.protocol.keys import sign_bundle
from outreach_app.protocol.signing import key_fingerprint
from outreach_app.sharing import charity_keys
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import sync_state
from outreach_app.sync.client import SyncClient
from outreach_app.sync.enrollment_v2 import (
    EnrolmentNotTrustedError,
    pinned_fingerprint,
    request_enrolment_v2,
    store_enrolment_v2,
)
from tests.unit.sharing.v2_keys import FakeCharity, make_charity

CODE = "ABCD-EFGH-JKMN-PQRS-TVWX"
ORG = "6a1f0b9e-2c3d-4e5f-8a7b-9c0d1e2f3a4b"
Rewrite = Callable[[dict[str, Any]], dict[str, Any]]


def _server(charity: FakeCharity, rewrite: Rewrite | None = None) -> Callable[..., SyncClient]:
    """The genuine server's /v2/enroll answer, optionally rewritten on the way (the proxy)."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path != "/v2/enroll":  # (signing in after enrolment: not this test's subject)
            return httpx.Response(404, json={"code": "not_found", "message": "Not found."})
        sent = EnrollRequestV2.model_validate_json(request.content)
        reply = {
            "code_proof": code_proof(CODE, str(sent.request_id), charity.signed),
            "credential": "credential-0123456789abcdefghij",
            "device_id": str(uuid4()),
            "key_bundle": json.loads(canonical_json(charity.signed)),
            "organisation_id": ORG,
            "organisation_name": "Safe Streets",
            "regions": [{"id": "north", "name": "North"}],
        }
        return httpx.Response(200, json=rewrite(reply) if rewrite else reply)

    def make_client(url: str, credential: object, **options: object) -> SyncClient:
        return SyncClient(url, None, transport=httpx.MockTransport(handler))

    return make_client


@pytest.fixture
def conn(conn: Connection) -> Connection:
    """A vault not linked yet (the package's `conn` is a linked device's)."""
    charity_keys.forget(conn)
    return conn


def _enrol(
    conn: Connection, charity: FakeCharity, rewrite: Rewrite | None = None, fingerprint: str = ""
) -> None:
    granted = request_enrolment_v2(
        "https://sync.example.org",
        CODE,
        fingerprint or key_fingerprint(charity.root_public),
        uuid4(),
        make_client=_server(charity, rewrite),
        sleep=lambda _s: None,
    )
    store_enrolment_v2(conn, granted)


def _nothing_stored(conn: Connection) -> None:
    assert sync_state.get_link(conn) is None
    assert charity_keys.charity_keys(conn) is None


def test_a_genuine_reply_pins_the_root_with_the_organisation_and_bundle(conn: Connection) -> None:
    charity = make_charity()
    _enrol(conn, charity)
    keys = charity_keys.charity_keys(conn)
    assert keys is not None and keys.bundle == charity.bundle and keys.organisation_id == UUID(ORG)
    assert pinned_fingerprint(conn) == key_fingerprint(charity.root_public)
    assert sync_state.get_link(conn) is not None


def test_a_proxy_swapping_a_desk_key_in_the_bundle_is_detected(conn: Connection) -> None:
    charity, attacker = make_charity(), make_charity()

    def swap_desk_key(reply: dict[str, Any]) -> dict[str, Any]:
        reply["key_bundle"]["bundle"]["desks"][1]["enc_public"] = attacker.bundle.desks[1].enc_public
        return reply

    with pytest.raises(EnrolmentNotTrustedError, match="not signed by its root"):
        _enrol(conn, charity, swap_desk_key)
    _nothing_stored(conn)


def test_a_proxy_substituting_its_own_root_and_bundle_is_detected(conn: Connection) -> None:
    charity, attacker = make_charity(), make_charity()

    def substitute(reply: dict[str, Any]) -> dict[str, Any]:
        reply["key_bundle"] = json.loads(canonical_json(attacker.signed))
        return reply

    with pytest.raises(EnrolmentNotTrustedError, match="fingerprint"):
        _enrol(conn, charity, substitute)
    _nothing_stored(conn)


def test_a_bundle_the_root_really_signed_but_not_the_one_the_proof_covers_is_detected(
    conn: Connection,
) -> None:
    """A replayed genuine bundle (say an older version with a retired desk key) passes the
    signature check; the code proof over the bundle and this request id catches it."""
    charity = make_charity(version=2)
    older = make_charity(version=1)
    replayed = sign_bundle(charity.root, older.bundle)

    def replay(reply: dict[str, Any]) -> dict[str, Any]:
        reply["key_bundle"] = json.loads(canonical_json(replayed))
        return reply

    with pytest.raises(EnrolmentNotTrustedError, match="prove it holds the enrolment code"):
        _enrol(conn, charity, replay)
    _nothing_stored(conn)


def test_a_reply_with_a_proof_for_another_request_is_detected(conn: Connection) -> None:
    charity = make_charity()

    def other_request(reply: dict[str, Any]) -> dict[str, Any]:
        reply["code_proof"] = code_proof(CODE, str(uuid4()), charity.signed)
        return reply

    with pytest.raises(EnrolmentNotTrustedError, match="prove"):
        _enrol(conn, charity, other_request)
    _nothing_stored(conn)


def test_a_mistyped_fingerprint_refuses_a_genuine_server(conn: Connection) -> None:
    charity = make_charity()
    wrong = key_fingerprint(make_charity().root_public)
    with pytest.raises(EnrolmentNotTrustedError, match="fingerprint"):
        _enrol(conn, charity, fingerprint=wrong)
    with pytest.raises(EnrolmentNotTrustedError, match="32 hex digits"):
        _enrol(conn, charity, fingerprint="1234")
    _nothing_stored(conn)


def test_the_fingerprint_may_be_typed_in_lower_case_and_without_hyphens(conn: Connection) -> None:
    charity = make_charity()
    typed = key_fingerprint(charity.root_public).replace("-", " ").lower()
    _enrol(conn, charity, fingerprint=typed)
    assert pinned_fingerprint(conn) == key_fingerprint(charity.root_public)


def test_an_attacker_root_cannot_be_installed_as_a_rotation(conn: Connection) -> None:
    charity = make_charity()
    _enrol(conn, charity)
    stranger = make_charity(version=9)
    with pytest.raises(charity_keys.KeyBundleError):
        charity_keys.install_rotation(conn, stranger.signed)
    rotated = sign_bundle(charity.root, make_charity(version=2).bundle)
    assert charity_keys.install_rotation(conn, rotated)
    keys = charity_keys.charity_keys(conn)
    assert keys is not None and keys.bundle.version == 2
