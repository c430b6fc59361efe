"""`outreach alerts check VALUE | handout --out FILE.pdf` against the alerts stored in a real vault."""

from __future__ import annotations

import io
import json
import re
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from uuid import uuid4

import pytest
from pypdf import PdfReader

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.core.outside_files import targets_from
from outreach_app.core.vault import unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.enums import IncidentType
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Area, Incident, Perpetrator, Vehicle
from outreach_app.protocol.alerts import Alert, AlertPerpetrator, AlertVehicle
from outreach_app.protocol.signed_alerts import alert_fingerprint
from outreach_app.storage.repos import alerts, areas, incidents, sync_state
from tests.vault_templates import created_vault

PASSPHRASE = "correct horse battery staple orbit"
SYNCED = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)
# The alerts are valid around whatever day the test runs (the CLI reads the real clock).
TODAY = date.today()


def _alert(title: str, regions: list[str], *, expired: bool = False, **extra: object) -> Alert:
    issued = TODAY - timedelta(days=40 if expired else 3)
    return Alert(
        alert_id=uuid4(),
        version=1,
        region_ids=regions,
        issued_on=issued,
        expires_on=issued + timedelta(days=30),
        title=title,
        body="Refused to pay, then threatened her.",
        incident_types=[IncidentType.NON_PAYMENT],
        **extra,  # type: ignore[arg-type]
    )


DAVE = _alert(
    "Silver Ford, man called Dave",
    ["north"],
    perpetrators=[AlertPerpetrator(name_used="Dave", phone_numbers=["+447700900123"])],
    vehicles=[AlertVehicle(colour="silver", make="Ford", registration="AB12CDE")],
)
KNIFE = _alert("Man with a knife near the depot", ["south"])
OLD = _alert("Old warning, expired", ["north"], vehicles=[AlertVehicle(registration="AB12CDE")], expired=True)


@pytest.fixture
def layout(tmp_path: Path) -> VaultLayout:
    vault = VaultLayout(tmp_path / "data")
    created_vault(vault, PASSPHRASE, kdf=TEST_KDF)
    with unlock_vault(vault, PASSPHRASE) as session:
        conn = session.conn
        areas.add_area(conn, Area(name="North", region_id="north"))
        areas.add_area(conn, Area(name="Canal"))
        for alert in (DAVE, KNIFE, OLD):
            alerts.store_alert(conn, alert, SYNCED)
        sync_state.set_cursor(conn, "c1", SYNCED)
        incidents.add_incident(
            conn,
            Incident(
                worker_initials="AB",
                occurred_at=datetime(2026, 11, 20, 23, 0, tzinfo=UTC),
                types=[IncidentType.ROBBERY_THEFT],
                perpetrators=[Perpetrator(phone_numbers=["07700 900123"])],
                vehicles=[Vehicle(registration="AB12 CDE")],
                narrative="canary-narrative-7f3",
            ),
        )
    return vault


def cli(layout: VaultLayout, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(layout.data_dir), *argv], Io(io.StringIO(f"{PASSPHRASE}\n"), out, err))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("value", ["07700 900 123", "+44 7700 900123", "ab12 cde"])
def test_check_finds_the_current_alert_and_our_incident_in_any_format(
    layout: VaultLayout, value: str
) -> None:
    code, out, _err = cli(layout, "alerts", "check", value, "--json")
    assert code == ExitCode.OK
    found = json.loads(out)
    assert [a["title"] for a in found["alerts"]] == ["Silver Ford, man called Dave"]  # not the expired one
    assert [i["types"] for i in found["incidents"]] == [["robbery_theft"]]


def test_check_of_something_unknown_says_so_plainly(layout: VaultLayout) -> None:
    code, out, _err = cli(layout, "alerts", "check", "07000 111222")
    assert code == ExitCode.OK
    assert "nothing known" in out
    assert cli(layout, "alerts", "check", " ")[0] == ExitCode.USAGE


def _pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_handout_has_todays_alerts_is_private_and_recorded_for_quick_delete(
    layout: VaultLayout, tmp_path: Path
) -> None:
    target = tmp_path / "handout.pdf"
    code, out, _err = cli(layout, "alerts", "handout", "--out", str(target), "--json")
    assert code == ExitCode.OK
    assert json.loads(out) == {"path": str(target), "alerts": 2, "area": "all areas", "languages": ["en"]}
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = _pdf_text(target)
    assert "Silver Ford, man called Dave" in text and "Man with a knife near the depot" in text
    assert "Old warning" not in text and "canary-narrative-7f3" not in text
    # protocol v2: each alert's check code, the same as the charity's copy of the signed alert
    assert "Charity check code:" in text
    assert alert_fingerprint(DAVE) in text and alert_fingerprint(KNIFE) in text
    with unlock_vault(layout, PASSPHRASE) as session:
        assert [t.path for t in targets_from(session.conn)] == [target]


def test_handout_for_one_area_and_its_refusals(layout: VaultLayout, tmp_path: Path) -> None:
    target = tmp_path / "north.pdf"
    code, out, _err = cli(layout, "alerts", "handout", "--out", str(target), "--area", "north", "--json")
    assert code == ExitCode.OK and json.loads(out)["alerts"] == 1
    assert "Man with a knife" not in _pdf_text(target)
    assert cli(layout, "alerts", "handout", "--out", str(target))[0] == ExitCode.CONFLICT  # never overwritten
    elsewhere = tmp_path / "other.pdf"
    assert (
        cli(layout, "alerts", "handout", "--out", str(elsewhere), "--area", "Nowhere")[0]
        == ExitCode.NOT_FOUND
    )
    assert cli(layout, "alerts", "handout", "--out", str(elsewhere), "--area", "Canal")[0] == ExitCode.USAGE
    assert not elsewhere.exists()


def test_handout_in_two_languages_side_by_side_and_refused_languages(
    layout: VaultLayout, tmp_path: Path
) -> None:
    target = tmp_path / "ro-en.pdf"
    code, out, _err = cli(
        layout, "alerts", "handout", "--out", str(target), "--language", "ro", "--language", "en", "--json"
    )
    assert code == ExitCode.OK and json.loads(out)["languages"] == ["ro", "en"]
    text = " ".join(_pdf_text(target).split())
    assert "FII ATENT(Ă) / BE AWARE" in text  # non-payment ranks as "Be aware"
    assert "Neplată / Non-payment" in text
    for wrong in (["xx"], ["pl", "pl"], ["pl", "en", "ro"]):
        refused = tmp_path / f"{'-'.join(wrong)}.pdf"
        args = [arg for lang in wrong for arg in ("--language", lang)]
        assert cli(layout, "alerts", "handout", "--out", str(refused), *args)[0] == ExitCode.USAGE
        assert not refused.exists()
