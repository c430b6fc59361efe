"""`outreach search QUERY`: the search box of the Contacts and Incidents pages, on the command line.

It runs `ops.search.search`, the same listing path the pages run (words in notes, aliases,
phone numbers, plates and e-mail addresses in any format), and prints what each page would
list first. Record ids, times, aliases and areas only: notes and narratives stay in the app.
"""

from __future__ import annotations

import argparse
from typing import Any

from outreach_app.cli.common import CliError, ExitCode, Io

DEFAULT_LIMIT = 50


def register(sub: Any) -> None:
    parser = sub.add_parser("search", help="find contacts and incidents as the app's search box does")
    parser.add_argument("query", help="words, an alias, a phone number, a plate or an e-mail address")
    parser.add_argument(
        "--limit", type=int, default=DEFAULT_LIMIT, help=f"rows of each kind (default {DEFAULT_LIMIT})"
    )
    parser.add_argument("--json", dest="sub_json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=run_search)


def run_search(args: argparse.Namespace, io: Io) -> int:
    from outreach_app.cli.session import open_session
    from outreach_app.ops.search import SEARCH_CAP, search

    text = args.query.strip()
    if not text:
        raise CliError("type something to search for", ExitCode.USAGE)
    if not 1 <= args.limit <= SEARCH_CAP:
        raise CliError(f"--limit must be between 1 and {SEARCH_CAP}", ExitCode.USAGE)
    session = open_session(args, io)
    try:
        hits = search(session, text, limit=args.limit)
    finally:
        session.close()
    contacts: list[dict[str, Any]] = [
        {
            "id": str(row.contact.id),
            "occurred_at": row.contact.occurred_at.isoformat(),
            "kind": row.contact.kind.value,
            "alias": row.alias,
            "area": row.area,
        }
        for row in hits.contacts
    ]
    incidents: list[dict[str, Any]] = [
        {
            "id": str(row.incident.id),
            "occurred_at": row.incident.occurred_at.isoformat(),
            "types": [t.value for t in row.incident.types],
            "alias": row.alias,
            "area": row.area,
        }
        for row in hits.incidents
    ]
    if args.json or args.sub_json:
        io.json(
            {
                "query": text,
                "contacts": {"count": hits.contact_count, "rows": contacts},
                "incidents": {"count": hits.incident_count, "rows": incidents},
                "cap": SEARCH_CAP,
            }
        )
        return int(ExitCode.OK)
    io.out(f"{hits.contact_count} contacts, {hits.incident_count} incidents")
    for contact in hits.contacts:
        when = contact.contact.occurred_at.isoformat()
        io.out(f"contact\t{contact.contact.id}\t{when}\t{contact.alias or '-'}\t{contact.area or '-'}")
    for incident in hits.incidents:
        when = incident.incident.occurred_at.isoformat()
        types = ",".join(t.value for t in incident.incident.types)
        where = f"{incident.alias or '-'}\t{incident.area or '-'}"
        io.out(f"incident\t{incident.incident.id}\t{when}\t{where}\t{types}")
    return int(ExitCode.OK)
