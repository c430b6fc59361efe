"""Envelope intake (protocol v2): the server stores the clear header and the ciphertext only,
answers one receipt per envelope, honours tombstones and supersession, and refuses hostile
input whole, changing nothing."""

from __future__ import annotations

import base64
import json
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url

from outreach_app.crypto.sealing import open_sealed
from outreach_app.protocol.verifier import new_withdrawal_code, purpose_verifier
from outreach_app.server.core.config import RateLimit
from outreach_app.server.db import envelopes as envelopes_db
from outreach_app.server.db.tables import envelope_tombstones, envelopes
from tests.server.asgi_client import asgi_client
from tests.server.support import FakeClock, World, build_world, charity, make_envelope, post_envelopes


def _count(world: World) -> int:
    with world.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(envelopes)).scalar_one())


def test_accepted_then_duplicate_then_conflict(world: World) -> None:
    sent = make_envelope(world.org_a)
    (first,) = post_envelopes(world, world.a, [sent])
    assert first["status"] == "accepted"
    assert first["content_hash"] == sent["header"]["content_hash"]
    assert first["envelope_id"] == sent["header"]["envelope_id"]
    assert first["received_on"] == "2026-03-04"
    world.clock.advance(days=2)
    (again,) = post_envelopes(world, world.a, [sent])
    assert again == {**first, "status": "duplicate"}  # the original day
    other = make_envelope(world.org_a, envelope_id=sent["header"]["envelope_id"])
    (conflict,) = post_envelopes(world, world.a, [other])
    assert conflict["status"] == "conflict"
    assert conflict["reason"]["code"] == "id_conflict"
    assert _count(world) == 1


def test_the_server_stores_the_sealed_box_the_desk_opens(world: World) -> None:
    sent = make_envelope(world.org_a, purpose="police_referral", marker="ZQXMARK")
    post_envelopes(world, world.a, [sent])
    with world.engine.connect() as conn:
        row = conn.execute(select(envelopes)).one()
    assert row.purpose == "police_referral"
    assert row.desk_id == "police-1"
    assert row.month == "2026-03"
    assert row.org_id == world.org_a
    assert bytes(row.ciphertext) == base64.b64decode(sent["ciphertext"])
    opened = json.loads(open_sealed(bytes(row.ciphertext), charity().police_enc.private))
    assert "ZQXMARK" in opened["summary"]


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"region": "south"}, "unknown_region"),  # org B's region
        ({"month": "2026-05"}, "date_in_future"),
        ({"desk_id": "police-1"}, "unknown_desk"),  # an alert sealed to the police desk
        ({"desk_id": "nobody"}, "unknown_desk"),
    ],
)
def test_rejected_envelopes_are_answered_and_not_stored(
    world: World, changes: dict[str, Any], reason: str
) -> None:
    sent = make_envelope(world.org_a)
    changes = dict(changes)  # the parameters are shared by the SQLite and PostgreSQL runs
    month = changes.pop("month", None)
    sent["header"].update(changes)
    if month is not None:
        sent = make_envelope(world.org_a, month=month)
    (receipt,) = post_envelopes(world, world.a, [sent])
    assert (receipt["status"], receipt["reason"]["code"]) == ("rejected", reason)
    assert _count(world) == 0


def test_a_header_naming_another_organisation_is_rejected(world: World) -> None:
    (receipt,) = post_envelopes(world, world.a, [make_envelope(world.org_b, region="north")])
    assert (receipt["status"], receipt["reason"]["code"]) == ("rejected", "wrong_org")
    assert _count(world) == 0


def test_another_organisations_envelope_id_is_a_conflict_that_names_nobody(world: World) -> None:
    sent = make_envelope(world.org_a)
    post_envelopes(world, world.a, [sent])
    forged = make_envelope(world.org_b, region="south", envelope_id=sent["header"]["envelope_id"])
    (receipt,) = post_envelopes(world, world.b, [forged])
    assert receipt["status"] == "conflict"
    assert world.org_a not in json.dumps(receipt)


def _withdraw(world: World, verifiers: list[str]) -> dict[str, str]:
    reply = world.client.post("/v2/withdrawals", json={"verifiers": verifiers}, headers=world.a.headers)
    assert reply.status_code == 200, reply.text
    return {r["verifier"]: r["status"] for r in reply.json()["results"]}


def test_withdrawal_deletes_the_ciphertext_of_every_organisation_and_keeps_a_tombstone(world: World) -> None:
    code = new_withdrawal_code()
    in_a = make_envelope(world.org_a, code=code)
    in_b = make_envelope(world.org_b, region="south", code=code)
    kept = make_envelope(world.org_a, purpose="police_intelligence", code=code)
    post_envelopes(world, world.a, [in_a, kept])
    post_envelopes(world, world.b, [in_b])
    verifier = purpose_verifier(code, "alert")
    assert _withdraw(world, [verifier]) == {verifier: "withdrawn"}
    with world.engine.connect() as conn:
        rows = {r.envelope_id: r for r in conn.execute(select(envelopes))}
    assert rows[in_a["header"]["envelope_id"]].ciphertext is None
    assert rows[in_b["header"]["envelope_id"]].ciphertext is None
    assert rows[kept["header"]["envelope_id"]].ciphertext is not None  # another purpose's verifier
    assert _withdraw(world, [verifier]) == {verifier: "already_withdrawn"}
    # A resend of a withdrawn envelope never brings it back.
    (late,) = post_envelopes(world, world.a, [in_a])
    assert (late["status"], late["reason"]["code"]) == ("withdrawn", "tombstone")


def test_an_envelope_arriving_after_its_withdrawal_is_withdrawn_on_arrival(world: World) -> None:
    code = new_withdrawal_code()
    verifier = purpose_verifier(code, "police_referral")
    assert _withdraw(world, [verifier]) == {verifier: "unknown"}
    (receipt,) = post_envelopes(
        world, world.a, [make_envelope(world.org_a, "east", "police_referral", code=code)]
    )
    assert (receipt["status"], receipt["reason"]["code"]) == ("withdrawn", "tombstone")
    assert _count(world) == 0
    with world.engine.connect() as conn:
        assert conn.execute(select(envelope_tombstones.c.found_on)).scalar_one() is not None
    assert _withdraw(world, [verifier]) == {verifier: "already_withdrawn"}


def test_a_superseded_envelope_is_never_live(world: World) -> None:
    first = make_envelope(world.org_a)
    second = make_envelope(world.org_a, supersedes=first["header"]["envelope_id"])
    third = make_envelope(world.org_a, supersedes=second["header"]["envelope_id"])
    post_envelopes(world, world.a, [third, second])  # second is named by third: not stored
    (late,) = post_envelopes(world, world.a, [first])  # named by second, which was answered
    assert (late["status"], late["reason"]["code"]) == ("withdrawn", "superseded")
    with world.engine.connect() as conn:
        exported = list(envelopes_db.iter_export(conn, "alert"))
    assert [e["header"]["envelope_id"] for e in exported] == [third["header"]["envelope_id"]]


def test_a_batch_answers_each_envelope_in_order(world: World) -> None:
    batch = [
        make_envelope(world.org_a, purpose=p) for p in ("alert", "police_intelligence", "police_referral")
    ]
    batch.append(make_envelope(world.org_a, region="south"))
    receipts = post_envelopes(world, world.a, batch)
    assert [r["envelope_id"] for r in receipts] == [e["header"]["envelope_id"] for e in batch]
    assert [r["status"] for r in receipts] == ["accepted", "accepted", "accepted", "rejected"]


# --- hostile input: refused whole, nothing stored -----------------------------------------------


def _hostile(world: World, body: Any, *, raw: bytes | None = None) -> int:
    headers = {**world.a.headers, "Content-Type": "application/json"}
    content = raw if raw is not None else json.dumps(body).encode()
    reply = world.client.post("/v2/envelopes", content=content, headers=headers)
    assert "ZQXMARK" not in reply.text  # an error never repeats the input
    assert _count(world) == 0
    return reply.status_code


def test_a_hash_that_is_not_the_ciphertexts_is_refused(world: World) -> None:
    good = make_envelope(world.org_a, marker="ZQXMARK")
    bad = make_envelope(world.org_a)
    bad["header"]["content_hash"] = "0" * 64
    assert _hostile(world, {"envelopes": [good, bad]}) == 422


@pytest.mark.parametrize(
    "spoil",
    [
        lambda e: e.update(ciphertext="not base64!" * 10),
        lambda e: e.update(ciphertext=base64.b64encode(b"x" * 40).decode()),  # shorter than a box
        lambda e: e["header"].update(surprise="ZQXMARK"),  # unknown header field
        lambda e: e.update(content="ZQXMARK"),  # a clear content beside the box
        lambda e: e["header"].update(purpose="statistics"),
        lambda e: e["header"].update(envelope_id="ZQXMARK"),
        lambda e: e["header"].update(month="2026-3"),
        lambda e: e["header"].update(verifier="ZQXMARK"),
    ],
)
def test_malformed_envelopes_are_refused(world: World, spoil: Any) -> None:
    sent = make_envelope(world.org_a)
    spoil(sent)
    assert _hostile(world, {"envelopes": [make_envelope(world.org_a), sent]}) == 422


def test_repeated_ids_in_a_batch_are_refused(world: World) -> None:
    sent = make_envelope(world.org_a)
    assert _hostile(world, {"envelopes": [sent, sent]}) == 422


def test_oversize_batches_and_bodies_are_refused(world: World) -> None:
    one = make_envelope(world.org_a)
    assert _hostile(world, {"envelopes": [one] * 1001}) == 413
    assert _hostile(world, {"envelopes": []}) == 422
    assert _hostile(world, None, raw=b'{"envelopes": [' + b"[" * 200 + b"]" * 200 + b"]}") == 400
    assert _hostile(world, None, raw=b'{"envelopes": [{"header": ') == 400
    huge = make_envelope(world.org_a, content=b"x" * (200 * 1024))
    assert _hostile(world, {"envelopes": [huge]}) in {413, 422}


def test_v1_paths_answer_update_the_app(world: World) -> None:
    for method, path in (("POST", "/v1/reports/batch"), ("POST", "/v1/enroll"), ("GET", "/v1/alerts")):
        reply = world.client.request(method, path, json={})
        assert reply.status_code == 426
        assert reply.json()["code"] == "update_required"


# --- what a copy of the database holds -----------------------------------------------------------


def _ingest_markers(world: World, marker: str) -> None:
    batch = [
        make_envelope(world.org_a, region, purpose, marker=marker)
        for region in ("north", "east")
        for purpose in ("alert", "police_intelligence", "police_referral")
    ]
    receipts = post_envelopes(world, world.a, batch)
    assert {r["status"] for r in receipts} == {"accepted"}


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # PostgreSQL: the pg_dump test below
def test_the_sqlite_file_holds_no_content(world: World, db_url: str) -> None:
    marker = "ZQX" + uuid.uuid4().hex[:12]
    _ingest_markers(world, marker)
    path = Path(make_url(db_url).database or "")
    files = [path, path.with_name(path.name + "-wal")]
    for file in files:
        if file.exists():
            data = file.read_bytes()
            assert marker.encode() not in data
            assert marker.encode("utf-16-le") not in data


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_pg_dump_holds_no_content(world: World, db_url: str) -> None:
    marker = "ZQX" + uuid.uuid4().hex[:12]
    _ingest_markers(world, marker)
    url = make_url(db_url)
    dump = subprocess.run(
        [
            "pg_dump",
            "-h",
            url.host or "127.0.0.1",
            "-p",
            str(url.port or 5432),
            "-U",
            url.username or "postgres",
            "--data-only",
            url.database or "",
        ],
        check=True,
        capture_output=True,
    ).stdout
    assert b"envelopes" in dump and len(dump) > 2000  # the rows are there, sealed
    assert marker.encode() not in dump


def test_malformed_withdrawals_are_refused_and_keep_no_tombstone(world: World) -> None:
    for body in (
        {"verifiers": []},
        {"verifiers": ["ZQXMARK"]},
        {"verifiers": ["ab" * 32], "report_id": "x"},
        {"withdrawals": [{"verifier": "ab" * 32, "purposes": ["alert"]}]},  # v1's shape
    ):
        reply = world.client.post("/v2/withdrawals", json=body, headers=world.a.headers)
        assert reply.status_code == 422, body
        assert "ZQXMARK" not in reply.text
    eleven = {"verifiers": [f"{n:064x}" for n in range(11)]}
    assert world.client.post("/v2/withdrawals", json=eleven, headers=world.a.headers).status_code == 200
    with world.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(envelope_tombstones)).scalar_one() == 11


def test_withdrawals_spend_one_token_per_verifier(db_url: str, engine: Engine, clock: FakeClock) -> None:
    world = build_world(db_url, engine, clock, verifier_device_limit=RateLimit(burst=4, per_minute=1))
    with asgi_client(world.app) as client:
        world.client = client
        five = {"verifiers": [f"{n:064x}" for n in range(5)]}
        assert client.post("/v2/withdrawals", json=five, headers=world.a.headers).status_code == 413
        three = {"verifiers": [f"{n:064x}" for n in range(3)]}
        assert client.post("/v2/withdrawals", json=three, headers=world.a.headers).status_code == 200
        limited = client.post("/v2/withdrawals", json=three, headers=world.a.headers)
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 60
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(envelope_tombstones)).scalar_one() == 3
