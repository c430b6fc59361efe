"""A scripted desktop session for the canary sweep (run as a subprocess by test_canary_sweep.py).

Usage: python -m tests.e2e.canary_session DATA_DIR SERVER_URL ENROL_CODE REGION_ID
The canary comes in the OUTREACH_CANARY environment variable (never on disk, never printed).

The real window (offscreen) creates a vault with the test KDF by typing the passphrase, then
every record type is written through the app's DB writer thread with a canary variant in each
text field, searched from the Contacts and Incidents pages' search boxes and the search index,
consent is recorded and the incident sealed, the device is linked on the Review and sync page and
"Sync now" sends the report; finally the window locks and the app quits. Prints only progress
words, so the test can demand that stdout/stderr hold no canary.
"""

from __future__ import annotations

import os
import secrets
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from outreach_app.app import build_app
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.enums import ConsentMethod, IncidentType, Purpose, ShiftMode
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Area, Contact, Incident, Perpetrator, Person, Shift, Vehicle
from outreach_app.services.tasks import TaskManager

TIMEOUT_S = 30.0


def wait_until(done: Callable[[], bool], timeout: float = TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the session did not reach the expected state")
        QTest.qWait(5)  # lets Qt deliver the worker threads' results


def settle(tasks: TaskManager) -> None:
    for _ in range(3):  # callbacks may queue more work
        wait_until(lambda: tasks.pending == 0)
        QTest.qWait(1)


def run_db(tasks: TaskManager, fn: Callable[[Any], Any]) -> Any:
    box: list[Any] = []
    errors: list[BaseException] = []
    tasks.run_db(fn, box.append, errors.append)
    settle(tasks)
    if errors:
        raise errors[0]
    return box[0] if box else None


def phone_for(canary: str) -> str:
    """A UK mobile number made from the canary, so the phone field carries a traceable value."""
    digits = "".join(str(ord(ch) % 10) for ch in canary[6:12])
    return f"+44 7700 9{digits[:5]}"


def make_records(canary: str, region: str) -> tuple[Area, Shift, Person, Contact, Incident]:
    now = datetime.now(UTC).replace(microsecond=0)
    area = Area(name=f"{canary}-area", region_id=region)
    shift = Shift(
        started_at=now - timedelta(hours=2), mode=ShiftMode("van"), staff_initials="AB", area_id=area.id
    )
    person = Person(
        alias=f"{canary}-alias", preferred_language=f"{canary}-language", notes=f"{canary}-person-notes"
    )
    contact = Contact(
        occurred_at=now - timedelta(hours=1),
        shift_id=shift.id,
        area_id=area.id,
        person_id=person.id,
        notes=f"{canary}-contact-note",
    )
    perpetrator = Perpetrator(
        height=f"{canary}-description-height",
        ethnicity_described=f"{canary}-description-ethnicity",
        hair=f"{canary}-description-hair",
        distinguishing_features=f"{canary}-description-features",
        clothing=f"{canary}-description-clothing",
        name_used=f"{canary}-name-used",
        phone_numbers=[phone_for(canary)],
        online_handles=[f"{canary}-handle"],
        website_or_app=f"{canary}-website",
    )
    vehicle = Vehicle(
        make=f"{canary}-vehicle-make", model=f"{canary}-vehicle-model", colour=f"{canary}-colour"
    )
    incident = Incident(
        worker_initials="AB",
        occurred_at=now - timedelta(minutes=30),
        area_id=area.id,
        person_id=person.id,
        location_note=f"{canary}-location-note",
        types=[IncidentType.ROBBERY_THEFT],
        injury_notes=f"{canary}-injury-notes",
        weapon_description=f"{canary}-weapon",
        perpetrators=[perpetrator],
        vehicles=[vehicle],
        narrative=f"{canary}-narrative",
        alert_summary=f"{canary}-alert-summary",
    )
    return area, shift, person, contact, incident


def main(argv: list[str]) -> int:
    data_dir, server_url, enrol_code, region, root_fingerprint = argv
    canary = os.environ.pop("OUTREACH_CANARY")
    passphrase = "-".join(secrets.token_hex(4) for _ in range(5))
    desktop = build_app(VaultLayout(Path(data_dir)), kdf=TEST_KDF)
    window, tasks = desktop.window, desktop.ctx.tasks
    window.show()

    # Create the vault as a person would: passphrase typed twice, Enter.
    screen = window.first_run
    QTest.keyClicks(screen.passphrase, passphrase)
    screen.check_strength()  # skip the typing debounce
    QTest.keyClicks(screen.confirm, passphrase)
    wait_until(screen.create_button.isEnabled)
    QTest.keyClick(screen.confirm, Qt.Key.Key_Return)
    wait_until(lambda: window.current_screen == "main")
    settle(tasks)
    print("vault created", flush=True)

    from outreach_app.sharing.seal import seal_incident
    from outreach_app.sharing.workflow import record_consent
    from outreach_app.storage import search
    from outreach_app.storage.repos import areas, contacts, incidents, people, shifts
    from outreach_app.storage.repos import outbox as outbox_repo

    area, shift, person, contact, incident = make_records(canary, region)

    def write_all(session: Any) -> None:
        areas.add_area(session.conn, area)
        shifts.add_shift(session.conn, shift)
        people.add_person(session.conn, person)
        contacts.add_contacts(session.conn, [contact])
        incidents.add_incident(session.conn, incident)

    run_db(tasks, write_all)
    print("records written", flush=True)

    found = run_db(tasks, lambda s: search.search(s.conn, canary))
    assert found.contact_ids == [contact.id] and found.incident_ids == [incident.id], "search missed"
    assert found.person_ids == [person.id], "search missed the person"
    for key in ("contacts", "incidents"):
        page: Any = window.main_screen.show_page(key)
        settle(tasks)
        page.search.clear()
        QTest.keyClicks(page.search, canary)
        page.apply_filters()  # skip the typing debounce
        settle(tasks)
        wait_until(lambda page=page: page.model.rowCount() == 1)
    print("searched", flush=True)

    def consent_and_seal(session: Any) -> Any:
        record_consent(
            session.conn,
            incident.id,
            [Purpose.ALERT, Purpose.STATISTICS],
            worker_initials="AB",
            method=ConsentMethod.VERBAL,
        )
        return seal_incident(session.conn, incident.id, review_required=False)

    item = run_db(tasks, consent_and_seal)
    print("sealed", flush=True)

    review: Any = window.main_screen.show_page("review")
    settle(tasks)
    assert window.ctx.sync is not None, "no sync scheduler after unlock"
    review.server_url.setText(server_url)
    review.enrol_code.setText(enrol_code)
    review.root_fingerprint.setText(root_fingerprint)  # protocol v2: from the code sheet
    linked: list[object] = []
    window.ctx.sync.enrolled.connect(linked.append)
    QTest.mouseClick(review.enrol_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: bool(linked))
    settle(tasks)
    print("enrolled", flush=True)

    review.reload()
    settle(tasks)
    QTest.mouseClick(review.sync_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: run_db(tasks, lambda s: outbox_repo.get_item(s.conn, item.id)).state == "sent")
    settle(tasks)
    print("synced", flush=True)

    window.lock("user")
    wait_until(lambda: window.current_screen == "unlock")
    print("locked", flush=True)
    window.close()
    desktop.shutdown()
    desktop.app.processEvents()
    print("quit", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
