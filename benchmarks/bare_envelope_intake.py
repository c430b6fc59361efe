"""The bare baseline of envelope intake (issue 20): a FastAPI endpoint that parses the batch
and inserts the same rows, with no validation beyond JSON.

`POST /v2/envelopes` here `json.loads` the body, decodes each base64 ciphertext (the stored
row holds the raw box, as the server's does), gives each row the same random day-prefixed
key and inserts the batch with the driver's `executemany` into the server's own schema and
engine (SQLite: WAL, `synchronous=FULL`; PostgreSQL: psycopg), one transaction per batch.
No authentication, rate limit, header or hash check, lookups, group commit or receipts.

Run by `bench_envelope_intake.py` as `uvicorn benchmarks.bare_envelope_intake:app --factory
--workers N` with the database URL in BARE_INTAKE_DB.
"""

from __future__ import annotations

import base64
import json
import os
from datetime import UTC, datetime

from fastapi import FastAPI, Request, Response
from starlette.concurrency import run_in_threadpool

from outreach_app.server.db.engine import make_engine
from outreach_app.server.db.envelopes import new_row_keys

DB_ENV = "BARE_INTAKE_DB"
_COLUMNS = (
    "pk, envelope_id, org_id, region_id, purpose, desk_id, month, content_hash, supersedes,"
    " verifier, ciphertext, received_on"
)
_SQLITE = f"INSERT INTO envelopes ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_PG = f"INSERT INTO envelopes ({_COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"


def app() -> FastAPI:
    engine = make_engine(os.environ[DB_ENV])
    sqlite = engine.dialect.name == "sqlite"
    bare = FastAPI()

    def store(rows: list[tuple[object, ...]]) -> None:
        with engine.begin() as conn:
            if sqlite:
                conn.exec_driver_sql(_SQLITE, rows)
                return
            raw = conn.connection.driver_connection
            with raw.cursor() as cursor:  # type: ignore[union-attr]
                cursor.executemany(_PG, rows)

    @bare.get("/v2/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @bare.post("/v2/envelopes")
    async def post(request: Request) -> Response:
        items = json.loads(await request.body())["envelopes"]
        day = datetime.now(UTC).date()
        received: object = day.isoformat() if sqlite else day
        rows = [
            (
                key,
                h["envelope_id"],
                h["org"],
                h["region"],
                h["purpose"],
                h["desk_id"],
                h["month"],
                h["content_hash"],
                h["supersedes"],
                h["verifier"],
                base64.b64decode(item["ciphertext"]),
                received,
            )
            for key, item, h in zip(
                sorted(new_row_keys(day, len(items))), items, (i["header"] for i in items), strict=True
            )
        ]
        await run_in_threadpool(store, rows)  # as the server: SQL off the event loop
        return Response(b'{"stored":%d}' % len(rows), media_type="application/json")

    return bare
