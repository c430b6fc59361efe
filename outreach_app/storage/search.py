"""Search: words (newest first, or ranked on demand), phone numbers, plates and e-mail addresses.

Words go through `fts.match_expression`, so nothing a user types is FTS syntax.
Numbers and plates are compared in the one normalised form of
`domain.normalise`: `07700 900123`, `+447700900123` and `7700900123` find the
same record, a partial number matches the end of a stored one, and a partial
plate matches anywhere inside a stored plate. An e-mail address matches exactly, in any
case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal
from uuid import UUID

from outreach_app.domain.normalise import (
    looks_like_phone,
    normalise_email,
    normalise_plate,
    phone_search_digits,
)
from outreach_app.storage.connection import Connection
from outreach_app.storage.fts import match_expression
from outreach_app.storage.repos.contacts import list_contact_ids
from outreach_app.storage.repos.incidents import (
    MIN_PHONE_DIGITS,
    MIN_PLATE_CHARS,
    list_incident_ids,
    phone_suffix_bounds,
)
from outreach_app.storage.repos.people import list_person_ids

DEFAULT_LIMIT = 50


@dataclass(frozen=True)
class SearchResults:
    """Ids per record kind, each list newest first (people A→Z).

    Attributes:
        incident_ids: incidents whose words match, after those whose numbers or plates match.
    """

    contact_ids: list[UUID] = field(default_factory=list)
    incident_ids: list[UUID] = field(default_factory=list)
    person_ids: list[UUID] = field(default_factory=list)


def search(conn: Connection, text: str, *, limit: int = DEFAULT_LIMIT) -> SearchResults:
    """Everything `text` finds: words in every record kind, plus numbers, plates and e-mail
    addresses in incidents."""
    incidents: list[UUID] = []
    if _is_number_query(text):
        incidents += incident_ids_by_phone(conn, text, limit=limit)
    incidents += incident_ids_by_plate(conn, text, limit=limit)
    incidents += incident_ids_by_email(conn, text, limit=limit)
    incidents += list_incident_ids(conn, query=text, limit=limit)
    return SearchResults(
        contact_ids=list_contact_ids(conn, query=text, limit=limit),
        incident_ids=list(dict.fromkeys(incidents))[:limit],
        person_ids=list_person_ids(conn, query=text, limit=limit),
    )


def _is_number_query(text: str) -> bool:
    """Mostly digits, or digits with phone punctuation only (`+44 (0)7700 900123`)."""
    if looks_like_phone(text):
        return True
    digits = sum(ch.isdigit() for ch in text)
    return digits >= MIN_PHONE_DIGITS and not any(ch.isalpha() for ch in text)


def ranked_ids(
    conn: Connection,
    kind: Literal["contacts", "incidents", "people"],
    text: str,
    *,
    limit: int = DEFAULT_LIMIT,
) -> list[UUID]:
    """Best matches first (bm25). Costs a pass over every match: run it on demand, not as-you-type."""
    expression = match_expression(text)
    if expression is None:
        return []
    fts = f"{kind}_fts"
    # Rank inside the FTS table first and join only the top N: joining every match to its
    # record before sorting costs one B-tree lookup per match (seconds for a common word at 1M).
    sql = (
        f"SELECT r.id FROM (SELECT rowid AS key, bm25({fts}) AS score FROM {fts}"  # noqa: S608 - closed Literal
        f" WHERE {fts} MATCH ? ORDER BY score LIMIT ?) AS top"
        f" JOIN {kind} AS r ON r.seq = top.key ORDER BY top.score"
    )
    return [UUID(row[0]) for row in conn.execute(sql, (expression, int(limit)))]


def incident_ids_by_phone(conn: Connection, raw: str, *, limit: int | None = None) -> list[UUID]:
    """Incidents naming a number that equals, or ends with, `raw` (normalised), newest first."""
    digits = phone_search_digits(raw)
    if len(digits) < MIN_PHONE_DIGITS:
        return []
    low, high = phone_suffix_bounds(digits)
    rows = conn.execute(
        "SELECT DISTINCT i.id, i.seq FROM phone_index AS p JOIN incidents AS i ON i.id = p.record_id"
        " WHERE p.record_kind = 'incident' AND p.digits_reversed >= ? AND p.digits_reversed < ?"
        " ORDER BY i.seq DESC LIMIT ?",
        (low, high, -1 if limit is None else int(limit)),
    )
    return [UUID(row[0]) for row in rows]


def incident_ids_by_plate(conn: Connection, raw: str, *, limit: int | None = None) -> list[UUID]:
    """Incidents naming a plate that contains `raw` (normalised; partial plates allowed), newest first."""
    plate = normalise_plate(raw)
    if len(plate) < MIN_PLATE_CHARS:
        return []
    rows = conn.execute(
        "SELECT DISTINCT i.id, i.seq FROM plate_index AS p JOIN incidents AS i ON i.id = p.record_id"
        " WHERE p.record_kind = 'incident' AND instr(p.plate, ?) > 0 ORDER BY i.seq DESC LIMIT ?",
        (plate, -1 if limit is None else int(limit)),
    )
    return [UUID(row[0]) for row in rows]


def incident_ids_by_email(conn: Connection, raw: str, *, limit: int | None = None) -> list[UUID]:
    """Incidents naming the e-mail address `raw` (any case), newest first; [] for non-addresses."""
    email = normalise_email(raw)
    if "@" not in email:
        return []
    rows = conn.execute(
        "SELECT DISTINCT i.id, i.seq FROM email_index AS e JOIN incidents AS i ON i.id = e.record_id"
        " WHERE e.record_kind = 'incident' AND e.email = ? ORDER BY i.seq DESC LIMIT ?",
        (email, -1 if limit is None else int(limit)),
    )
    return [UUID(row[0]) for row in rows]
