"""Statistics from the trigger-kept aggregates: exact counts, edits, exports and the charity upload."""

from __future__ import annotations

import csv
import io
import random
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from outreach_app.domain.disclosure import disclose
from outreach_app.domain.enums import ContactKind, IncidentType, ReferralKind, ShiftMode, SupplyKind
from outreach_app.domain.models import Area, Contact, Incident, Person, Shift
from outreach_app.reports import monthly_counts
from outreach_app.reports.export_csv import render_csv, safe_cell, write_csv
from outreach_app.reports.statistics import Period, PeriodError, collect, export_tables
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos.areas import add_area
from outreach_app.storage.repos.contacts import add_contact, delete_contact, get_contact, update_contact
from outreach_app.storage.repos.incidents import add_incident
from outreach_app.storage.repos.people import add_person, delete_person
from outreach_app.storage.repos.shifts import add_shift

JAN = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)
FEB = datetime(2026, 2, 10, 12, 0, tzinfo=UTC)
Q1 = Period(date(2026, 1, 1), date(2026, 3, 31))


def _contact(at: datetime, **kw: object) -> Contact:
    return Contact(occurred_at=at, zone="UTC", **kw)  # type: ignore[arg-type]


def test_counts_follow_inserts_edits_and_deletes(report_db: Connection) -> None:
    north = Area(name="North", region_id="north-east")
    add_area(report_db, north)
    shift = Shift(started_at=JAN, mode=ShiftMode.VAN, staff_initials="AB", area_id=north.id, zone="UTC")
    add_shift(report_db, shift)
    person = Person(alias="Jo")
    add_person(report_db, person)
    c1 = _contact(
        JAN,
        area_id=north.id,
        shift_id=shift.id,
        person_id=person.id,
        supplies={SupplyKind.CONDOMS: 20},
        referrals=[ReferralKind.HOUSING],
    )
    c2 = _contact(JAN, kind=ContactKind.PHONE, person_id=person.id)
    c3 = _contact(FEB, area_id=north.id, supplies={SupplyKind.LUBE: 3})
    for c in (c1, c2, c3):
        add_contact(report_db, c)
    add_incident(
        report_db,
        Incident(
            worker_initials="AB",
            occurred_at=FEB,
            zone="UTC",
            types=[IncidentType.ROBBERY_THEFT, IncidentType.THREATS_INTIMIDATION],
        ),
    )
    stats = collect(report_db, Q1)
    assert stats.contacts_area == {
        ("2026-01", str(north.id)): 1,
        ("2026-01", ""): 1,
        ("2026-02", str(north.id)): 1,
    }
    assert stats.contacts_mode == {("2026-01", "van"): 1, ("2026-01", "none"): 1, ("2026-02", "none"): 1}
    assert stats.contacts_kind[("2026-01", "phone")] == 1
    assert stats.supplies == {("2026-01", "condoms"): 20, ("2026-02", "lube"): 3}
    assert stats.referrals == {("2026-01", "housing"): 1}
    assert stats.people_month == {("2026-01", ""): 1}
    assert stats.people_total == 1
    assert stats.incidents == {("2026-02", ""): 1}
    assert stats.incident_types == {("2026-02", "robbery_theft"): 1, ("2026-02", "threats_intimidation"): 1}
    assert sum(stats.contacts_week.values()) == 3

    # An edit moves the contact between cells; a delete by the user takes it out.
    moved = c1.model_copy(update={"occurred_at": FEB, "supplies": {SupplyKind.CONDOMS: 5}})
    update_contact(report_db, moved)
    delete_contact(report_db, c3.id)
    stats = collect(report_db, Q1)
    assert stats.contacts_area == {("2026-01", ""): 1, ("2026-02", str(north.id)): 1}
    assert stats.supplies == {("2026-02", "condoms"): 5}
    assert stats.people_month == {("2026-01", ""): 1, ("2026-02", ""): 1}


def test_deleting_a_person_keeps_the_people_seen_count(report_db: Connection) -> None:
    person = Person(alias="Sam")
    add_person(report_db, person)
    contact = _contact(JAN, person_id=person.id)
    add_contact(report_db, contact)
    delete_person(report_db, person.id)
    stored = get_contact(report_db, contact.id)
    assert stored is not None and stored.person_id is None
    assert collect(report_db, Q1).people_month == {("2026-01", ""): 1}


def test_random_contacts_match_a_direct_count(report_db: Connection, seed: int) -> None:
    rng = random.Random(seed)
    areas = [Area(name=f"A{i}") for i in range(3)]
    for a in areas:
        add_area(report_db, a)
    expected: Counter[tuple[str, str]] = Counter()
    supplies: Counter[tuple[str, str]] = Counter()
    for _ in range(120):
        at = JAN + timedelta(days=rng.randrange(0, 80), hours=rng.randrange(0, 24))
        area = rng.choice([*areas, None])
        n = rng.randrange(0, 4)
        add_contact(
            report_db,
            _contact(at, area_id=area.id if area else None, supplies={SupplyKind.CONDOMS: n} if n else {}),
        )
        month = at.strftime("%Y-%m")
        if at.hour < 6:  # the night belongs to the day it began
            month = (at - timedelta(days=1)).strftime("%Y-%m")
        expected[(month, str(area.id) if area else "")] += 1
        if n:
            supplies[(month, "condoms")] += n
    stats = collect(report_db, Q1)
    assert stats.contacts_area == {k: v for k, v in expected.items() if k[0] <= "2026-03"}
    assert stats.supplies == {k: v for k, v in supplies.items() if k[0] <= "2026-03"}


def test_export_applies_the_rule_and_neutralises_formulas(report_db: Connection, tmp_path: Path) -> None:
    area = Area(name="=HYPERLINK(1)")
    add_area(report_db, area)
    for i in range(23):
        add_contact(report_db, _contact(JAN + timedelta(hours=i % 10), area_id=area.id))
    for _ in range(4):
        add_contact(report_db, _contact(FEB, area_id=area.id))
    stats = collect(report_db, Q1)
    text = render_csv(disclose(export_tables(stats)), Q1)
    rows = list(csv.reader(io.StringIO(text)))
    assert ["Period", "2026-01-01", "2026-03-31"] in rows
    start = rows.index(["Contacts by month and area"])
    header, jan, feb, mar, total = rows[start + 1 : start + 6]
    assert header == ["month", "'=HYPERLINK(1)", "Total"]
    # The 4 in February is hidden with its row total; its column needs a second hidden count, so
    # January's 23 is hidden too (with its row total): no hidden count follows from the 25 total.
    assert jan == ["2026-01", "[c]", "[c]"]
    assert feb[1] == "[c]" and feb[2] == "[c]"
    assert mar == ["2026-03", "0", "0"]
    assert total[-1] == "25"  # 27 exact -> 25: rounded from exact, not summed
    assert "=HYPERLINK" not in text.replace("'=HYPERLINK", "")
    dest = tmp_path / "stats.csv"
    write_csv(dest, text)
    assert dest.read_text(encoding="utf-8") == text
    assert dest.stat().st_mode & 0o777 == 0o600
    assert safe_cell("+1") == "'+1" and safe_cell("North") == "North"


def test_reports_shared_and_withdrawn_come_from_the_outbox_log(report_db: Connection) -> None:
    log = "INSERT INTO outbox_transitions (item_id, from_state, to_state, at) VALUES (?, ?, ?, ?)"
    report_db.execute(log, ("i1", "sending", "sent", "2026-01-05T10:00:00.000000Z"))
    report_db.execute(log, ("i1", "sending", "sent", "2026-02-05T10:00:00.000000Z"))  # a resend counts once
    report_db.execute(log, ("i2", "sending", "sent", "2026-01-06T10:00:00.000000Z"))
    report_db.execute(log, ("i2", "withdrawal_pending", "withdrawn", "2026-02-07T10:00:00.000000Z"))
    report_db.execute(
        "INSERT INTO outbox_withdrawals (id, verifier, purposes, state, created_at, updated_at)"
        " VALUES ('w1', ?, '[]', 'done', '2026-03-01T00:00:00.000000Z', '2026-03-02T00:00:00.000000Z')",
        ("ab" * 32,),
    )
    stats = collect(report_db, Q1)
    assert stats.reports == {
        ("2026-01", "shared"): 2,
        ("2026-02", "withdrawn"): 1,
        ("2026-03", "withdrawn"): 1,
    }


def test_monthly_counts_are_exact_and_mapped_to_regions(report_db: Connection) -> None:
    north = Area(name="North", region_id="north-east")
    loose = Area(name="Loose")
    add_area(report_db, north)
    add_area(report_db, loose)
    add_contact(report_db, _contact(JAN, area_id=north.id, supplies={SupplyKind.NALOXONE: 1}))
    add_contact(report_db, _contact(JAN, area_id=loose.id, referrals=[ReferralKind.LEGAL]))
    add_contact(report_db, _contact(JAN, referrals=[ReferralKind.LEGAL]))
    rows = monthly_counts.monthly_stats(report_db, "2026-01", "2026-03")
    by_region = {r.region_id: r for r in rows}
    assert set(by_region) == {None, "north-east"}
    # Exact (a count of 1 is sent as 1): suppression never applies before combining.
    assert by_region["north-east"].contacts == 1
    assert by_region["north-east"].supplies == {SupplyKind.NALOXONE: 1}
    assert by_region[None].contacts == 2
    assert by_region[None].referrals == {ReferralKind.LEGAL: 2}
    uploads = monthly_counts.stats_uploads(report_db, "2026-01", "2026-03")
    assert len(uploads) == 1 and uploads[0].months() == ["2026-01"]


def test_period_validation() -> None:
    with pytest.raises(PeriodError):
        Period(date(2026, 2, 1), date(2026, 1, 1))
    assert Period.of_months("2026-01", "2026-02") == Period(date(2026, 1, 1), date(2026, 2, 28))
    assert Period(date(2026, 1, 1), date(2026, 1, 31)).weeks()[0] == "2026-W01"
