"""Newest-first id listings over contacts and incidents, with or without a word query.

Both tables order by the sort key `seq` (codec.py), which is their FTS index's
rowid (and the incidents' rowid; contacts keep it in the unique index
`contacts_by_seq`). Without a query the listing walks `seq` backwards; with a
query it walks the FTS doclist backwards (`ORDER BY rowid DESC`), so "the 50
newest matches" costs 50 hits, not every match.

Deep pages use keys, not offsets: `block_bounds` lists the sort key of every
`every`-th row in one pass, and `list_ids(..., at_or_before=bound)` starts a
block there, so block 5,000 costs what block 0 costs (an `OFFSET` walks every
row before it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal
from uuid import UUID

from outreach_app.storage.codec import SEQ_SLOTS, seq_base, to_db_time
from outreach_app.storage.connection import Connection
from outreach_app.storage.fts import match_expression
from outreach_app.storage.repos._blocks import BLOCK


@dataclass
class Conditions:
    """What a listing's filters select.

    Attributes:
        clauses/params: extra WHERE clauses on the record table (alias `r`) and their parameters.
        low/high: sort-key range (low inclusive, high exclusive) the time filters allow, so the
            index walk can skip straight to it; the exact time clauses are in `clauses` too.
    """

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    low: int | None = None
    high: int | None = None

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)


def record_conditions(
    *,
    area_id: UUID | None,
    person_id: UUID | None,
    since: datetime | None,
    until: datetime | None,
    day: date | None,
) -> Conditions:
    """The filters contacts and incidents share: area, person and occurrence time.

    Args:
        since/until: occurred_at bounds, `since` inclusive and `until` exclusive.
        day: the local shift day (`local_date`).
    """
    conditions = Conditions()
    if area_id is not None:
        conditions.add("r.area_id = ?", str(area_id))
    if person_id is not None:
        conditions.add("r.person_id = ?", str(person_id))
    if since is not None:
        conditions.low = seq_base(since)
        conditions.add("r.occurred_at >= ?", to_db_time(since))
    if until is not None:
        conditions.high = seq_base(until) + SEQ_SLOTS
        conditions.add("r.occurred_at < ?", to_db_time(until))
    if day is not None:
        conditions.add("r.local_date = ?", day.isoformat())
    return conditions


Table = Literal["contacts", "incidents"]


def _and_conditions(conditions: Conditions, key: str, params: list[Any]) -> str:
    """The " AND …" tail for `conditions` on sort key `key`; its parameters go onto `params`."""
    sql = ""
    if conditions.low is not None:
        sql += f" AND {key} >= ?"
        params.append(conditions.low)
    if conditions.high is not None:
        sql += f" AND {key} < ?"
        params.append(conditions.high)
    for clause in conditions.clauses:
        sql += f" AND {clause}"
    params.extend(conditions.params)
    return sql


def _build(
    table: Table,
    *,
    query: str | None,
    conditions: Conditions,
    select: str | None,
) -> tuple[str, list[Any], str] | None:
    """(sql, params, sort key column), or None when the query has no words to match.

    `select` is the result column (None: the sort key itself)."""
    params: list[Any] = []
    # Table names come from the closed `Table` literal; every value is a bound parameter.
    if query is not None:
        expression = match_expression(query)
        if expression is None:
            return None
        fts = f"{table}_fts"
        key = f"{fts}.rowid"
        sql = (
            f"SELECT {select or key} FROM {fts} JOIN {table} AS r ON r.seq = {fts}.rowid WHERE {fts} MATCH ?"  # noqa: S608
        )
        params.append(expression)
    else:
        key = "r.seq"
        sql = f"SELECT {select or key} FROM {table} AS r WHERE 1"  # noqa: S608
    sql += _and_conditions(conditions, key, params)
    return sql, params, key


def list_ids(
    conn: Connection,
    table: Table,
    *,
    query: str | None,
    conditions: Conditions,
    limit: int | None,
    offset: int | None,
    at_or_before: int | None = None,
) -> list[UUID]:
    """Ids newest first; `at_or_before` starts at that sort key (a bound from `block_bounds`)."""
    built = _build(table, query=query, conditions=conditions, select="r.id")
    if built is None:
        return []
    sql, params, key = built
    if at_or_before is not None:
        sql += f" AND {key} <= ?"
        params.append(int(at_or_before))
    sql += f" ORDER BY {key} DESC"
    if limit is not None or offset is not None:
        sql += " LIMIT ? OFFSET ?"
        params.extend([-1 if limit is None else int(limit), int(offset or 0)])
    return [UUID(row[0]) for row in conn.execute(sql, params)]


def count(
    conn: Connection,
    table: Table,
    *,
    query: str | None,
    conditions: Conditions,
) -> int:
    built = _build(table, query=query, conditions=conditions, select="count(*)")
    if built is None:
        return 0
    sql, params, _key = built
    return int(conn.execute(sql, params).fetchone()[0])


def block_bounds(
    conn: Connection,
    table: Table,
    *,
    query: str | None,
    conditions: Conditions,
    every: int,
) -> tuple[int, list[int]]:
    """(how many rows the listing has, the sort key of its rows 0, every, 2·every, …).

    One pass over the sort keys the filters select, in whatever order the planner reads them
    cheapest: without a filter that is the smallest covering index (a few MB of integers),
    where `ORDER BY seq` would read the whole table (every note) through SQLCipher. The keys
    are sorted here; that costs ~0.5 s and a transient ~40 MB per million rows, once per
    listing, on the DB thread.
    """
    if every < 1:
        raise ValueError("every must be positive")
    built = _build(table, query=query, conditions=conditions, select=None)
    if built is None:
        return 0, []
    sql, params, _key = built
    keys = [row[0] for row in conn.execute(sql, params)]
    keys.sort(reverse=True)
    return len(keys), keys[::every]


# ----- searches that union several lookups (the Contacts and Incidents pages' search box) -----


@dataclass(frozen=True)
class Arm:
    """One lookup a page search unions: rows of `{table} AS r` found some way.

    Attributes:
        source: the FROM clause (it names the record table `AS r`).
        where: what this lookup matches, with `?` for `params`.
        key: the sort key column the lookup can walk newest first without sorting (the FTS
            rowid for words; `r.seq` through an index ending in seq for the others).
    """

    source: str
    where: str
    params: tuple[Any, ...] = ()
    key: str = "r.seq"


def word_arm(table: Table, query: str) -> Arm | None:
    """Records whose full-text index holds every word of `query` (None: no words)."""
    expression = match_expression(query)
    if expression is None:
        return None
    fts = f"{table}_fts"
    return Arm(
        f"{fts} JOIN {table} AS r ON r.seq = {fts}.rowid", f"{fts} MATCH ?", (expression,), f"{fts}.rowid"
    )


def person_arm(table: Table, person_ids: list[UUID]) -> Arm | None:
    """Records of any of `person_ids` (None: no one). The `(person_id, seq)` index hands each
    person's records newest first, and SQLite's sorter, once it holds the LIMIT it was asked
    for, skips to the next person as soon as a key falls below its worst: the first 200 of
    66,000 records cost about as many steps as there are people times the rows kept."""
    if not person_ids:
        return None
    marks = ", ".join("?" * len(person_ids))
    return Arm(f"{table} AS r", f"r.person_id IN ({marks})", tuple(str(p) for p in person_ids))


def _union(arms: list[Arm], conditions: Conditions, depth: int) -> tuple[str, list[Any]]:
    """A compound SELECT of the newest `depth` sort keys of each arm (filters applied), deduplicated."""
    parts: list[str] = []
    params: list[Any] = []
    for arm in arms:
        sql = f"SELECT {arm.key} AS seq FROM {arm.source} WHERE {arm.where}"  # noqa: S608 - fixed fragments
        params.extend(arm.params)
        sql += _and_conditions(conditions, arm.key, params)
        parts.append(f"SELECT seq FROM ({sql} ORDER BY {arm.key} DESC LIMIT ?)")  # noqa: S608
        params.append(int(depth))
    return " UNION ".join(parts), params


def union_keys(conn: Connection, arms: list[Arm], conditions: Conditions, *, cap: int) -> list[int]:
    """The sort keys of the records any arm finds, newest first, at most `cap`.

    Every arm stops after `cap` keys (the union of the arms' newest `cap` holds the overall
    newest `cap`), so a search costs a few index steps per hit kept whatever the number of
    matches; no record is read, only keys. The caller keeps the list: the count is its length
    and every block a slice of it, so one search text runs this once (ops/search.py)."""
    if not arms or cap <= 0:
        return []
    union, params = _union(arms, conditions, cap)
    sql = f"SELECT seq FROM ({union}) ORDER BY seq DESC LIMIT ?"  # noqa: S608 - fixed fragments
    return [int(row[0]) for row in conn.execute(sql, [*params, int(cap)])]


def ids_at(conn: Connection, table: Table, keys: Sequence[int]) -> list[UUID]:
    """The ids of the records with these sort keys, in the order given (keys no longer stored
    are skipped)."""
    found: dict[int, str] = {}
    for start in range(0, len(keys), BLOCK):
        block = [int(key) for key in keys[start : start + BLOCK]]
        marks = ", ".join("?" * len(block))
        sql = f"SELECT seq, id FROM {table} WHERE seq IN ({marks})"  # noqa: S608 - fixed fragments
        found.update(conn.execute(sql, block).fetchall())
    return [UUID(found[key]) for key in keys if key in found]
