"""How intake writes new rows: SQLite's executemany, PostgreSQL's COPY in a savepoint with the
pipelined `ON CONFLICT` insert when another request stored one of the ids meanwhile."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, select

from outreach_app.protocol.envelopes import EnvelopeBatch
from outreach_app.protocol.receipts import ReceiptStatus
from outreach_app.server.api.batch_validation import prepare
from outreach_app.server.db import envelopes as envelopes_db
from outreach_app.server.db.group_commit import IntakeWriter
from outreach_app.server.db.prepared import PreparedEnvelopes
from outreach_app.server.db.tables import envelopes
from outreach_app.server.db.write_gate import write_gate_for
from tests.server.support import FakeClock, build_world, make_envelope


def _prepared(*items: dict[str, Any]) -> PreparedEnvelopes:
    return prepare(EnvelopeBatch.model_validate({"envelopes": list(items)}))


def _rows(engine: Engine) -> dict[str, tuple[Any, ...]]:
    with engine.connect() as conn:
        query = select(
            envelopes.c.envelope_id, envelopes.c.content_hash, envelopes.c.supersedes, envelopes.c.ciphertext
        )
        return {
            row.envelope_id: (
                row.content_hash,
                row.supersedes,
                None if row.ciphertext is None else bytes(row.ciphertext),
            )
            for row in conn.execute(query)
        }


def test_new_rows_are_stored_as_sent(db_url: str, engine: Engine, clock: FakeClock) -> None:
    """Every column as sent, NULLs included: a late copy of a replaced version is kept
    without its ciphertext."""
    org = build_world(db_url, engine, clock).org_a
    old = make_envelope(org)
    newer = make_envelope(org, supersedes=old["header"]["envelope_id"])
    batch = _prepared(make_envelope(org), newer, old, make_envelope(org))
    writer = IntakeWriter(engine, write_gate_for(engine), clock)
    answers = writer.store(org, batch)
    assert [status for status, _code, _day in answers] == [
        ReceiptStatus.ACCEPTED,
        ReceiptStatus.ACCEPTED,
        ReceiptStatus.WITHDRAWN,
        ReceiptStatus.ACCEPTED,
    ]
    expected = {
        envelope_id: (content_hash, replaced, None if envelope_id == batch.ids[2] else ciphertext)
        for envelope_id, content_hash, replaced, ciphertext in zip(
            batch.ids, batch.hashes, batch.supersedes, batch.ciphertexts, strict=True
        )
    }
    assert _rows(engine) == expected


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)  # SQLite: BEGIN IMMEDIATE excludes it
def test_an_id_another_request_stored_meanwhile_is_answered_from_what_is_stored(
    db_url: str, engine: Engine, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another request commits one of the batch's ids after this one read the stored ids: the
    COPY (PostgreSQL) is refused, the savepoint undone, and the rows go in one by one; the
    raced id is answered `duplicate` and stored once, the others accepted."""
    org = build_world(db_url, engine, clock).org_a
    raced = make_envelope(org)
    writer = IntakeWriter(engine, write_gate_for(engine), clock)
    read_stored = envelopes_db._stored
    calls: list[int] = []

    def stored_read_before_the_other_commit(conn: Any, ids: Any) -> Any:
        calls.append(len(ids))
        if len(calls) == 1:
            with engine.begin() as other:  # the other request, committed meanwhile
                other_answers = envelopes_db.ingest(other, org, _prepared(raced), clock, desks)
                assert other_answers[0][0] is ReceiptStatus.ACCEPTED
            return {}
        return read_stored(conn, ids)

    with engine.connect() as conn:
        desks = writer._bundles.desks(conn).purposes
    monkeypatch.setattr(envelopes_db, "_stored", stored_read_before_the_other_commit)
    pipelined: list[int] = []
    insert_pipelined = envelopes_db._insert_pipelined

    def counted(conn: Any, rows: Any) -> Any:
        pipelined.append(len(rows))
        return insert_pipelined(conn, rows)

    monkeypatch.setattr(envelopes_db, "_insert_pipelined", counted)
    batch = _prepared(make_envelope(org), raced, make_envelope(org))
    answers = writer.store(org, batch)
    assert [status for status, _code, _day in answers] == [
        ReceiptStatus.ACCEPTED,
        ReceiptStatus.DUPLICATE,
        ReceiptStatus.ACCEPTED,
    ]
    assert calls == [3, 1, 1]  # ours, the other request's, then the raced id read back
    assert pipelined == [3]  # the COPY was refused and undone: every row went in again
    assert sorted(_rows(engine)) == sorted(batch.ids)
