"""How domain values are written to and read from columns.

Times are UTC ISO 8601 text with microseconds and a `Z` (sortable as text);
`local_date` is the shift day in the record's zone (a night belongs to the
date it began). Contacts and incidents carry a sort key `seq`:
`epoch milliseconds * SEQ_SLOTS + tie-breaker`, so `seq` order is time order
and the FTS indexes (whose rowid is `seq`) can answer "newest first" by
walking their doclists backwards and stopping after N hits. Incidents use it
as their rowid; contacts keep it in a unique index and their rows in the
order they were added (migration 0028: an import dated over years appends).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Literal
from uuid import UUID

from outreach_app.domain.timeutil import require_aware, shift_day, to_local
from outreach_app.storage.connection import Connection, StorageError

SEQ_SLOTS = 8192  # records that may share one millisecond; epoch ms * 8192 fits int64 to year 9999
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ONE_MS = timedelta(milliseconds=1)

PRELOAD_MIN = 256  # below this, one indexed lookup per row is cheaper than a range scan

SeqTable = Literal["contacts", "incidents"]


def to_db_time(value: datetime) -> str:
    # Domain models already hold UTC datetimes; convert only what is not (bulk-import hot path).
    utc = value if value.tzinfo is UTC else require_aware(value)
    return utc.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def from_db_time(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def optional_db_time(value: datetime | None) -> str | None:
    return None if value is None else to_db_time(value)


def local_date(value: datetime, zone: str) -> str:
    return shift_day(to_local(value, zone)).isoformat()


def uuid_text(value: UUID | None) -> str | None:
    return None if value is None else str(value)


def seq_base(value: datetime) -> int:
    """The first sort key of the millisecond `value` falls in."""
    return ((require_aware(value) - _EPOCH) // _ONE_MS) * SEQ_SLOTS


class SeqAllocator:
    """Hands out free sort keys for one table; remembers the last key per millisecond
    so a bulk import asks the DB once per distinct millisecond, not once per row."""

    def __init__(self, conn: Connection, table: SeqTable) -> None:
        self._conn = conn
        self._table = table
        # The table name comes from a closed Literal, never from input.
        self._sql = f"SELECT max(seq) FROM {table} WHERE seq BETWEEN ? AND ?"  # noqa: S608
        self._gap_sql = (
            f"SELECT a.seq + 1 FROM {table} AS a WHERE a.seq BETWEEN ? AND ?"  # noqa: S608
            f" AND NOT EXISTS (SELECT 1 FROM {table} AS b WHERE b.seq = a.seq + 1) LIMIT 1"
        )
        self._next: dict[int, int] = {}

    def preload(self, values: list[datetime]) -> None:
        """Learn the last key stored in each millisecond of `values` with one statement (an
        index probe per distinct millisecond, in C), so a bulk insert does not ask the DB once
        per row. Probing only the batch's own milliseconds costs the same into an empty vault
        and into one holding a million records (a scan of the batch's whole time span read
        every record in between: seconds at 1M)."""
        if len(values) < PRELOAD_MIN:
            return
        bases = sorted({seq_base(value) for value in values})
        sql = (
            f"SELECT b.value, (SELECT max(seq) FROM {self._table}"  # noqa: S608 - closed Literal
            f" WHERE seq >= b.value AND seq < b.value + {SEQ_SLOTS}) FROM json_each(?) AS b"
        )
        for base, last in self._conn.execute(sql, (json.dumps(bases),)):
            self._next[int(base)] = int(base) if last is None else int(last) + 1

    def allocate(self, value: datetime) -> int:
        base = seq_base(value)
        candidate = self._next.get(base)
        if candidate is None:
            row = self._conn.execute(self._sql, (base, base + SEQ_SLOTS - 1)).fetchone()
            candidate = base if row[0] is None else int(row[0]) + 1
        if candidate >= base + SEQ_SLOTS:
            candidate = self._find_gap(base)
        self._next[base] = candidate + 1
        return candidate

    def _find_gap(self, base: int) -> int:
        taken = self._conn.execute(
            f"SELECT 1 FROM {self._table} WHERE seq = ?",  # noqa: S608
            (base,),
        ).fetchone()
        if taken is None:
            return base
        row = self._conn.execute(self._gap_sql, (base, base + SEQ_SLOTS - 2)).fetchone()
        if row is None:
            raise StorageError("too many records share one millisecond")
        return int(row[0])


def allocate_seq(conn: Connection, table: SeqTable, value: datetime) -> int:
    return SeqAllocator(conn, table).allocate(value)
