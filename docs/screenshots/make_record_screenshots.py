"""Screenshots of the record pages with realistic (synthetic) demo data, in the real main window.

    xvfb-run -a .venv/bin/python docs/screenshots/make_record_screenshots.py [--theme dark|light]

Writes `records-*.png` next to this file: the shift page with a running shift, the contacts
and incidents lists with a row selected, the interview's consent step (with a made-up
withdrawal code) and its "what will be shared" preview, alerts with a CHECK result, and
the review queue. Uses the cheap test KDF on a throwaway vault; every name is invented.
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4

from qt_wait import settle, spin  # this folder is on sys.path when run as a script

HERE = Path(__file__).resolve().parent
RECORD_SETTLE_S = 0.4  # the record pages repaint a little later than the first-run screens


def demo_data(session: Any) -> None:
    from outreach_app.domain.enums import ContactKind, IncidentType, ReferralKind, ShiftMode, SupplyKind
    from outreach_app.domain.models import Area, Contact, Incident, Perpetrator, Person, Shift, Vehicle
    from outreach_app.storage.repos import areas, contacts, incidents, people, shifts

    conn = session.conn
    north = Area(name="Harbour Road", region_id="region-north")
    south = Area(name="Station Quarter", region_id="region-south")
    for area in (north, south):
        areas.add_area(conn, area)
    names = ["Jade", "Rosa", "Mira", "Kasia", "Ama", "Lucía", "Mai", "Bea", "Ola", "Tee"]
    folks = [Person(alias=name) for name in names]
    for person in folks:
        people.add_person(conn, person)
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    shift = Shift(
        started_at=now - timedelta(hours=2), area_id=north.id, mode=ShiftMode.VAN, staff_initials="AB"
    )
    shifts.add_shift(conn, shift)
    batch = []
    for i in range(240):
        batch.append(
            Contact(
                occurred_at=now - timedelta(minutes=17 * i + 3),
                shift_id=shift.id if i < 9 else None,
                area_id=north.id if i % 3 else south.id,
                person_id=folks[i % len(folks)].id if i % 4 else None,
                kind=ContactKind.IN_PERSON if i % 5 else ContactKind.PHONE,
                supplies={SupplyKind.CONDOMS: 1 + i % 12, SupplyKind.LUBE: i % 3},
                referrals=[ReferralKind.SEXUAL_HEALTH] if i % 7 == 0 else [],
                notes=["", "asked about the clinic", "new to the area", "wants a call back"][i % 4],
            )
        )
    contacts.add_contacts(conn, batch)
    incidents.add_incident(
        conn,
        Incident(
            worker_initials="AB",
            person_id=folks[1].id,
            occurred_at=now - timedelta(days=2, hours=3),
            area_id=north.id,
            types=[IncidentType.ROBBERY_THEFT, IncidentType.THREATS_INTIMIDATION],
            perpetrators=[Perpetrator(name_used="Dave", phone_numbers=["07700 900123"], hair="short grey")],
            vehicles=[Vehicle(colour="silver", make="Ford", registration="AB12 CDE")],
            narrative="Took the money back at the lay-by and threatened her.",
            alert_summary="Man in a silver Ford took money back and threatened a worker.",
        ),
    )
    incidents.add_incident(
        conn,
        Incident(
            worker_initials="CD",
            occurred_at=now - timedelta(days=6),
            area_id=south.id,
            types=[IncidentType.NON_PAYMENT],
            narrative="Refused to pay.",
        ),
    )


def demo_alerts(session: Any) -> None:
    """Store demo alerts in the vault as a sync pass would."""
    from outreach_app.domain.enums import IncidentType
    from outreach_app.protocol.alerts import Alert, AlertPerpetrator, AlertVehicle
    from outreach_app.storage.repos import alerts as alerts_repo
    from outreach_app.storage.repos import sync_state

    today = date.today()
    alerts = [
        Alert(
            alert_id=uuid4(),
            version=1,
            region_ids=["region-north"],
            issued_on=today - timedelta(days=2),
            expires_on=today + timedelta(days=28),
            title="Man in a silver Ford, calls himself Dave",
            body="Took money back after and threatened a worker near the lay-by.",
            incident_types=[IncidentType.ROBBERY_THEFT],
            perpetrators=[AlertPerpetrator(name_used="Dave", phone_numbers=["+447700900123"])],
            vehicles=[AlertVehicle(colour="silver", make="Ford", registration="AB12CDE")],
        ),
        Alert(
            alert_id=uuid4(),
            version=1,
            region_ids=["region-south"],
            issued_on=today - timedelta(days=5),
            expires_on=today + timedelta(days=9),
            title="Non-payment by a man booking online",
            body="Books through an escort site, then refuses to pay.",
            incident_types=[IncidentType.NON_PAYMENT],
        ),
    ]
    fetched = datetime.now(UTC) - timedelta(hours=5)
    for alert in alerts:
        alerts_repo.store_alert(session.conn, alert, fetched)
    sync_state.set_cursor(session.conn, "demo", fetched)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--theme", default="dark")
    parser.add_argument(
        "--language", default="", help="the app's language (catalog code); adds -CODE to the names"
    )
    parser.add_argument("--only", default="", help="comma-separated shots to save (default: all)")
    args = parser.parse_args()
    wanted = set(filter(None, args.only.split(",")))
    from PySide6.QtCore import Qt

    from outreach_app.app import build_app
    from outreach_app.crypto.kdf import TEST_KDF
    from outreach_app.domain.enums import IncidentType, Purpose
    from outreach_app.domain.layout import VaultLayout
    from outreach_app.services.changes import ALL_KINDS, Changes
    from outreach_app.ui.prefs import UiPrefs

    suffix = ("" if args.theme == "dark" else f"-{args.theme}") + (
        f"-{args.language}" if args.language else ""
    )
    with tempfile.TemporaryDirectory() as tmp:
        layout = VaultLayout(Path(tmp) / "vault")
        UiPrefs(theme=args.theme, language=args.language).save(layout.ui_prefs)
        desktop = build_app(layout, kdf=TEST_KDF)
        window, ctx = desktop.window, desktop.ctx
        window.resize(1200, 780)
        window.show()
        settle(RECORD_SETTLE_S)
        passphrase = "-".join(secrets.token_hex(3) for _ in range(5))
        window.first_run.passphrase.setText(passphrase)
        window.first_run.check_strength()
        window.first_run.confirm.setText(passphrase)
        spin(window.first_run.create_button.isEnabled)
        window.first_run.create_button.click()
        spin(lambda: window.current_screen == "main")
        done: list[bool] = []
        ctx.tasks.run_db(demo_data, lambda _r: done.append(True))
        spin(lambda: bool(done))
        ctx.changes.publish(Changes(frozenset(ALL_KINDS)))
        settle(RECORD_SETTLE_S)

        def shot(name: str) -> None:
            if wanted and name not in wanted:
                return
            settle(RECORD_SETTLE_S)
            path = HERE / f"records-{name}{suffix}.png"
            window.grab().save(str(path))
            print(path, file=sys.stderr)

        pages = window.main_screen.pages
        shift = window.main_screen.show_page("shift")
        shift.on_unlocked()
        settle(RECORD_SETTLE_S)
        shift.alias.setText("Ka")
        shift.supplies[next(iter(shift.supplies))].setValue(6)
        shot("shift")
        shift.alias.clear()
        shift.supplies[next(iter(shift.supplies))].setValue(0)

        contacts = window.main_screen.show_page("contacts")
        spin(lambda: contacts.model.rowCount() > 0)
        contacts.table.selectRow(1)
        shot("contacts")

        incidents = window.main_screen.show_page("incidents")
        spin(lambda: incidents.model.rowCount() > 0)
        incidents.table.selectRow(0)
        shot("incidents")

        incidents.new_incident()
        spin(lambda: incidents.stack.currentWidget() is incidents.form)
        form = incidents.form
        form.types[IncidentType.NON_PAYMENT].setChecked(True)
        form.types[IncidentType.STALKING_HARASSMENT].setChecked(True)
        form.alias.setText("Mira")
        form.initials.setText("AB")
        shot("interview")
        form.area.setCurrentIndex(form.area.findText("Harbour Road"))
        form.summary.setPlainText(
            "A man in a blue van followed a worker after refusing to pay. Call him on 07700 900456."
        )
        form.set_step(3)
        form.save(then_consent=True)
        spin(lambda: form.step() == 4)
        for purpose, (yes, no) in form.consent.choices.items():
            (yes if purpose in (Purpose.ALERT, Purpose.STATISTICS) else no).setChecked(True)
        form.consent.record_button.click()
        spin(lambda: bool(form.consent.code_label.text()))
        shot("consent")
        form.consent.continue_button.click()
        spin(lambda: form.preview.payload is not None)
        shot("preview")
        form.preview.seal_button.click()
        spin(lambda: incidents.stack.currentWidget() is not form)

        alerts = pages["alerts"]
        ctx.tasks.run_db(demo_alerts)  # demo alerts as sync would have stored them
        window.main_screen.show_page("alerts")
        alerts.reload()
        spin(lambda: alerts.model.rowCount() > 0)
        alerts.table.selectRow(0)
        alerts.check_box.setText("07700 900 123")
        alerts.run_check()
        settle(0.6)
        shot("alerts")

        review = window.main_screen.show_page("review")
        spin(lambda: review.model.rowCount() > 0)
        review.table.selectRow(0)
        review.table.setFocus(Qt.FocusReason.OtherFocusReason)
        shot("review")
        window.lock("user")
        settle(RECORD_SETTLE_S)
        window.close()
        desktop.shutdown()


if __name__ == "__main__":
    main()
