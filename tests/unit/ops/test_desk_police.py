"""The police desk's exports and disclosure log on a real vault on disk (migration 0022)."""

from __future__ import annotations

import csv
import io
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2

from outreach_app.charity.disclosures import notify_on_withdrawal
from outreach_app.core.vault import VaultSession
from outreach_app.ops import desk_police
from outreach_app.ops.desk_police import GradedReport, parse_evaluation
from outreach_app.storage.repos.outside_files import list_outside_files
from tests.unit.charity.police_samples import intelligence, referral

NOW = datetime(2026, 4, 3, 9, 0, tzinfo=UTC)
FORCE = "West Yorkshire Police"


def graded() -> list[GradedReport]:
    return [
        GradedReport(intelligence(), parse_evaluation("2B P")),
        GradedReport(referral(), parse_evaluation("1A C", "For the investigating officer only")),
    ]


def export(
    session: VaultSession, dest: Path, reports: list[GradedReport], **changes: object
) -> desk_police.PoliceExportResult:
    options: dict[str, object] = {
        "fmt": "csv",
        "dest": dest,
        "agency": "Safe Nights",
        "force": FORCE,
        "by": "J. Khan",
        "now": NOW,
        "confirmed": True,
    }
    options.update(changes)
    return desk_police.export_police(session, reports, **options).value  # type: ignore[arg-type]


def test_a_confirmed_export_is_written_private_and_logged(session: VaultSession, tmp_path: Path) -> None:
    reports = graded()
    dest = tmp_path / "to-police.csv"
    result = export(session, dest, reports)
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    rows = list(csv.DictReader(io.StringIO(dest.read_text("utf-8-sig"))))
    assert [r["ir_reference"] for r in rows] == [str(r.content.envelope_id) for r in reports]
    [logged] = desk_police.disclosures(session)
    assert logged == result.disclosure
    assert (logged.force, logged.disclosed_by, logged.format, logged.disclosed_at) == (
        FORCE,
        "J. Khan",
        "csv",
        NOW,
    )
    assert sorted((r.envelope_id, r.purpose, r.evaluation) for r in logged.reports) == sorted(
        [
            (str(reports[0].content.envelope_id), "police_intelligence", "2B P"),
            (str(reports[1].content.envelope_id), "police_referral", "1A C"),
        ]
    )
    assert [f.path for f in list_outside_files(session.conn)] == [dest.absolute()]  # quick delete finds it
    # The log holds ids, grades and names, never a report's text.
    dump = repr(
        [
            session.conn.execute(f"SELECT * FROM {table}").fetchall()
            for table in ("desk_disclosure_exports", "desk_disclosures", "desk_disclosure_notices")
        ]
    )
    assert "took the money" not in dump and "+447700900123" not in dump


def test_nothing_is_written_or_logged_without_confirmation_or_with_bad_input(
    session: VaultSession, tmp_path: Path
) -> None:
    dest = tmp_path / "out.csv"
    reports = graded()
    with pytest.raises(desk_police.ExportNotConfirmedError):
        export(session, dest, reports, confirmed=False)
    with pytest.raises(desk_police.DisclosureLogError):
        export(session, dest, [])
    with pytest.raises(desk_police.DisclosureLogError):
        export(session, dest, [reports[0], reports[0]])
    with pytest.raises(desk_police.DisclosureLogError, match="control"):
        export(session, dest, reports, force="Police\x1b[2J")
    with pytest.raises(desk_police.DisclosureLogError, match="empty"):
        export(session, dest, reports, by="   ")
    with pytest.raises(ValueError, match="renderer"):
        export(session, dest, reports, fmt="pdf")
    with pytest.raises(OSError):
        export(session, tmp_path / "no-such-dir" / "out.csv", reports)  # the write fails: log rolled back
    assert not dest.exists()
    assert desk_police.disclosures(session) == []
    assert list_outside_files(session.conn) == []


def test_a_withdrawn_disclosed_report_asks_the_desk_to_notify_each_force(
    session: VaultSession, tmp_path: Path
) -> None:
    reports = graded()
    first = export(session, tmp_path / "a.csv", reports).disclosure
    second = export(session, tmp_path / "b.csv", reports[:1], force="Greater Manchester Police").disclosure
    withdrawn = str(reports[0].content.envelope_id)
    later = NOW + timedelta(days=3)

    raised = desk_police.on_report_withdrawn(session, withdrawn, now=later)
    assert sorted((n.force, n.disclosure_id) for n in raised) == sorted(
        [(FORCE, first.disclosure_id), ("Greater Manchester Police", second.disclosure_id)]
    )
    assert all(n.envelope_id == withdrawn and not n.done and n.raised_at == later for n in raised)
    assert (
        desk_police.on_report_withdrawn(session, withdrawn, now=later + timedelta(hours=1)) == raised
    )  # again: no new task
    assert desk_police.on_report_withdrawn(session, "never-disclosed", now=later) == []

    done = desk_police.mark_notified(
        session, raised[0].notice_id, by="A. Osei", now=later + timedelta(hours=2)
    )
    assert (done.done, done.notified_by, done.notified_at) == (True, "A. Osei", later + timedelta(hours=2))
    with pytest.raises(desk_police.DisclosureLogError, match="already"):
        desk_police.mark_notified(session, raised[0].notice_id, by="Someone Else", now=later)
    with pytest.raises(desk_police.DisclosureLogError, match="no notice"):
        desk_police.mark_notified(session, "nope", by="A. Osei", now=later)
    assert [n.notice_id for n in desk_police.notices(session, open_only=True)] == [raised[1].notice_id]
    assert len(desk_police.notices(session)) == 2


def test_the_desk_pull_hook_raises_notices_and_says_whether_it_was_disclosed(
    session: VaultSession, tmp_path: Path
) -> None:
    reports = graded()
    export(session, tmp_path / "a.csv", reports[:1])
    check = notify_on_withdrawal(NOW)  # what deskcore's pull takes as its DisclosureCheck
    assert check(session.conn, str(reports[0].content.envelope_id)) is True
    assert check(session.conn, str(reports[1].content.envelope_id)) is False
    assert [n.force for n in desk_police.notices(session, open_only=True)] == [FORCE]


APPEND_ONLY_BREAKERS = [
    "UPDATE desk_disclosure_exports SET force = 'Other'",
    "DELETE FROM desk_disclosure_exports",
    "UPDATE desk_disclosures SET evaluation = '1A P'",
    "DELETE FROM desk_disclosures",
    "DELETE FROM desk_disclosure_notices",
    "UPDATE desk_disclosure_notices SET force = 'Other'",
    "UPDATE desk_disclosure_notices SET notified_at = '2030-01-01T00:00:00.000000Z', notified_by = 'x'",
]


def test_the_log_is_append_only(session: VaultSession, tmp_path: Path) -> None:
    reports = graded()
    export(session, tmp_path / "a.csv", reports)
    [notice] = desk_police.on_report_withdrawn(session, str(reports[0].content.envelope_id), now=NOW)
    desk_police.mark_notified(session, notice.notice_id, by="A. Osei", now=NOW)
    for statement in APPEND_ONLY_BREAKERS:  # one vault for all: each is refused, changing nothing
        with pytest.raises(dbapi2.DatabaseError, match=r"append-only|marked notified once"):
            session.conn.execute(statement)
    assert (
        len(desk_police.disclosures(session)) == 1
        and desk_police.notices(session)[0].notified_by == "A. Osei"
    )
