"""Fetching records by a block of ids, in the order the ids were given."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar
from uuid import UUID

from outreach_app.storage.connection import Connection

T = TypeVar("T")
# Well under SQLite's default limit on bound parameters.
BLOCK = 500


def fetch_by_ids(
    conn: Connection,
    select_sql: str,
    ids: Iterable[UUID],
    build: Callable[[Sequence[Any]], T],
) -> list[T]:
    """Run `select_sql` (its first column the id, ending in `WHERE id IN ({marks})`) per block;
    keep the order of `ids`.

    Rows are matched to `ids` by the id text the row holds (what `str(UUID)` stored), not by
    parsing it back: two UUIDs built per row were a quarter of a 200-row block's time."""
    wanted = [str(record_id) for record_id in ids]
    found: dict[str, T] = {}
    for start in range(0, len(wanted), BLOCK):
        block = wanted[start : start + BLOCK]
        marks = ", ".join("?" * len(block))
        for row in conn.execute(select_sql.format(marks=marks), block):
            found[row[0]] = build(row)
    return [found[record_id] for record_id in wanted if record_id in found]
