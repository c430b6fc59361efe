"""Take the screenshots of the charity desk's pages (docs/desk_pages.md) on throwaway desks.

    PYTHONPATH=. xvfb-run -a .venv/bin/python docs/screenshots/make_desk_screenshots.py

Runs the test server on loopback (tests/server_harness.py: its test charity's alerts keys go
into the alerts desk, so publishing works), makes an alerts desk and a police desk with the
cheap test KDF, fills their queues with invented reports, and grabs the real window:
desk_first_run.png, desk_queue.png, desk_alert.png, desk_police.png, desk_stats.png next to
this file.
"""

from __future__ import annotations

import sys
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from qt_wait import settle, spin  # this folder is on sys.path when run as a script

HERE = Path(__file__).resolve().parent
PASSPHRASE = "copper meadow violin 77 harbour"  # noqa: S105 - a throwaway demo desk

SUMMARIES = [
    (
        "north",
        "Man called Gaz refused to pay, then hit her when she asked. Drives a grey Ford.",
        "07700 900123",
    ),
    ("north", "Same grey Ford seen again on the ring road; he asked for her by name.", "07700 900123"),
    (
        "south",
        "Took her phone and cash at the lay-by behind Maple Court, threatened to come back.",
        "07700 900456",
    ),
    ("east", "Condom removed without consent; gave the name Dave.", "07700 900789"),
]

TYPES = [["non_payment", "physical_assault"], ["stalking_harassment"], ["robbery_theft"], ["condom_removal"]]

STATS_ROWS: list[dict[str, Any]] = [
    {"month": month, "region_id": region, "measure": measure, "count": count}
    for month, scale in (("2026-07", 1), ("2026-08", 2), ("2026-09", 3), ("2026-10", 2), ("2026-11", 4))
    for region, base in (("north", 30), ("south", 18), ("east", 6))
    for measure, count in (
        ("contacts", base * 5 * scale),
        ("incidents", base * scale // 2 + 3),
        ("incident_types.non_payment", base * scale // 3 + 2),
        ("incident_types.physical_assault", base * scale // 6 + 1),
        ("supplies.condoms", base * 40 * scale),
        ("referrals.sexual_health", base * scale // 4 + 1),
    )
]


def _desk_vault(layout: Any, role: Any, keys: Any, label: str) -> None:
    from outreach_app.charity import desk_store
    from outreach_app.core.vault import create_vault, unlock_vault
    from outreach_app.crypto.atomic import write_private
    from outreach_app.crypto.kdf import TEST_KDF
    from outreach_app.ui.prefs import UiPrefs

    now = datetime.now(UTC)
    create_vault(layout, PASSPHRASE, kdf=TEST_KDF)
    session = unlock_vault(layout, PASSPHRASE, clock=lambda: now)
    try:
        desk_store.save_identity(session.conn, keys, label, now)
    finally:
        session.close()
    write_private(layout.data_dir / "desk-mode", f"desk {role.value}\n".encode("ascii"))
    UiPrefs(theme="dark").save(layout.ui_prefs)


def _queue(session: Any, contents: list[Any]) -> None:
    from outreach_app.charity import desk_store

    now = datetime.now(UTC)
    with session.conn:
        for number, content in enumerate(contents):
            month = str(getattr(content, "month", None) or str(content.date)[:7])
            desk_store.add_to_queue(
                session.conn,
                envelope_id=str(content.envelope_id),
                purpose=content.purpose,
                org_id=f"org-{number % 2 + 1}",
                region_id=content.region_id,
                month=month,
                header={},
                content=content.model_dump(mode="json", exclude_none=True),
                now=now,
            )


def _alert_contents() -> list[Any]:
    from outreach_app.protocol.contents import AlertContent

    return [
        AlertContent.model_validate(
            {
                "date": f"2026-11-{10 + n:02d}",
                "envelope_id": str(uuid.uuid4()),
                "incident_types": TYPES[n],
                "part_of_day": "night",
                "perpetrators": [{"name_used": "Gaz", "phone_numbers": [phone], "build": "heavy"}],
                "vehicles": [{"colour": "grey", "make": "Ford", "registration": "AB12CDE"}] if n < 2 else [],
                "region_id": region,
                "summary": summary,
            }
        )
        for n, (region, summary, phone) in enumerate(SUMMARIES)
    ]


def _police_contents() -> list[Any]:
    from outreach_app.protocol.contents import PoliceIntelligenceContent, PoliceReferralContent

    out: list[Any] = [
        PoliceIntelligenceContent.model_validate(
            {
                "envelope_id": str(uuid.uuid4()),
                "incident_types": TYPES[n],
                "month": "2026-11",
                "part_of_day": "evening",
                "perpetrators": [{"phone_numbers": [phone]}],
                "region_id": region,
                "summary": summary,
            }
        )
        for n, (region, summary, phone) in enumerate(SUMMARIES)
    ]
    out.append(
        PoliceReferralContent.model_validate(
            {
                "date": "2026-11-21",
                "envelope_id": str(uuid.uuid4()),
                "incident_types": ["physical_assault"],
                "part_of_day": "night",
                "region_id": "south",
            }
        )
    )
    return out


def _open(layout: Any) -> Any:
    from outreach_app.app import build_app
    from outreach_app.crypto.kdf import TEST_KDF

    desktop = build_app(layout, kdf=TEST_KDF)
    window = desktop.window
    window.resize(1280, 800)
    window.show()
    settle()
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock_requested.emit(PASSPHRASE)
    spin(lambda: window.current_screen == "main")
    spin(lambda: window.ctx.tasks.pending == 0)
    return desktop


def _index_of(combo: Any, text: str) -> int:
    """The combo entry whose text holds `text` (the queue's order is the envelopes' random ids)."""
    return next(i for i in range(combo.count()) if text in combo.itemText(i))


def _wait(window: Any) -> None:
    spin(lambda: window.ctx.tasks.pending == 0)
    settle(0.5)


def _shot(window: Any, name: str) -> None:
    _wait(window)
    path = HERE / name
    window.grab().save(str(path))
    print(path, file=sys.stderr)


def _first_run() -> None:
    """The first-run screen with "the charity's desk" chosen (desk_first_run.png)."""
    from outreach_app.app import build_app
    from outreach_app.crypto.kdf import TEST_KDF
    from outreach_app.domain.layout import VaultLayout

    with tempfile.TemporaryDirectory() as tmp:
        desktop = build_app(VaultLayout(Path(tmp) / "vault"), kdf=TEST_KDF)
        window = desktop.window
        window.resize(1100, 720)
        window.show()
        settle()
        window.first_run.desk_box.desk.setChecked(True)
        window.first_run.desk_box.label.setText("Alerts desk, Leeds office")
        _shot(window, "desk_first_run.png")
        window.close()
        desktop.shutdown()


def main() -> None:
    from cryptography.hazmat.primitives import serialization

    from outreach_app.charity import desk_store
    from outreach_app.charity.desk_keys import DeskKeys, new_desk_keys
    from outreach_app.charity.disclosures import notify_on_withdrawal
    from outreach_app.domain.layout import VaultLayout
    from outreach_app.protocol.signing import b64encode
    from outreach_app.protocol.staff import StaffRole
    from outreach_app.server.db import staff_desks
    from tests.server_harness import ALERTS_DESK, running_server

    _first_run()
    with (
        tempfile.TemporaryDirectory() as tmp,
        running_server(Path(tmp) / "server", org_regions=("north", "south", "east")) as server,
    ):
        # --- the alerts desk: queue, a draft, a published alert ---------------------------
        raw = server.charity.alerts_sign.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        keys = DeskKeys(
            role=StaffRole.ALERTS,
            desk_id=ALERTS_DESK,
            auth_private=new_desk_keys(StaffRole.ALERTS, ALERTS_DESK).auth_private,
            enc_private=server.charity.alerts_enc.private,
            sign_private=b64encode(raw),
        )
        layout = VaultLayout(Path(tmp) / "alerts")
        _desk_vault(layout, StaffRole.ALERTS, keys, "Alerts desk, Leeds office")
        desktop = _open(layout)
        window = desktop.window
        window.ctx.tasks.run_db(lambda s: _queue(s, _alert_contents()))
        _wait(window)
        queue = window.main_screen.show_page("desk_queue")
        with server.engine.begin() as conn:
            code = staff_desks.create_desk_code(conn, StaffRole.ALERTS, 24, server.clock)
        queue.enrol.server_url.setText(server.url)
        queue.enrol.code.setText(code)
        queue.enrol.enrol()
        _wait(window)
        queue.reload()
        _wait(window)
        queue.table.selectRow(0)
        _wait(window)
        queue.review_button.click()
        _shot(window, "desk_queue.png")

        page = window.main_screen.show_page("desk_alerts")
        _wait(window)
        page.source.setCurrentIndex(_index_of(page.source, "Man called Gaz"))
        page.draft_button.click()
        _wait(window)
        page.title_field.setText("Grey Ford, man calling himself Gaz")
        page.save(then=page.publish)
        _wait(window)
        page.source.setCurrentIndex(_index_of(page.source, "Took her phone"))
        page.draft_button.click()
        _wait(window)
        page.title_field.setText("Man taking phones near Maple Court")
        page.body.setPlainText(page.body.toPlainText() + " Call 0161 496 0000 if seen.")
        page.show_suspects()
        _shot(window, "desk_alert.png")
        window.close()
        desktop.shutdown()

        # --- the police desk: grades, an export, the log, a notice --------------------------
        layout = VaultLayout(Path(tmp) / "police")
        _desk_vault(layout, StaffRole.POLICE, new_desk_keys(StaffRole.POLICE, "police-1"), "Police desk")
        desktop = _open(layout)
        window = desktop.window
        contents = _police_contents()
        window.ctx.tasks.run_db(lambda s: _queue(s, contents))
        _wait(window)
        page = window.main_screen.show_page("desk_police")
        _wait(window)
        page.force.setText("West Yorkshire Police")
        page.agency.setText("Safe Nights Project")
        page.by.setText("Sam (police desk)")
        ids = [str(c.envelope_id) for c in contents]
        page.set_ticked(ids[:2])
        page.source.setCurrentIndex(page.source.findData("2"))
        page.intelligence.setCurrentIndex(page.intelligence.findData("B"))
        page.grade_button.click()
        from outreach_app.ops.desk_pages import graded_reports

        graded: list[Any] = []
        window.ctx.tasks.run_db(lambda s: graded_reports(s, dict(page.grades)), graded.append)
        _wait(window)
        page.export_to(Path(tmp) / "export.csv", graded[0], "csv")
        _wait(window)
        now = datetime.now(UTC)
        window.ctx.tasks.run_db(
            lambda s: desk_store.remove_withdrawn(s.conn, [ids[0]], now, notify_on_withdrawal(now))
        )
        _wait(window)
        page.reload()
        _wait(window)
        page.set_ticked([ids[2]])
        page.source.setCurrentIndex(page.source.findData("1"))
        page.intelligence.setCurrentIndex(page.intelligence.findData("A"))
        page.handling.setCurrentIndex(page.handling.findData("C"))
        page.conditions.setText("Not to be shared outside the force")
        page.grade_button.click()
        page.reports.selectRow(1)
        _shot(window, "desk_police.png")

        # --- statistics: fetched from the server (the police desk enrols for it) ---------------
        from outreach_app.ops import desk as desk_ops
        from outreach_app.server.db import stats as stats_db

        with server.engine.begin() as conn:
            code = staff_desks.create_desk_code(conn, StaffRole.POLICE, 24, server.clock)
            parts = [
                stats_db.Contribution(f"shot-{n}", r["region_id"], r["month"], {r["measure"]: r["count"]})
                for n, r in enumerate(STATS_ROWS)
            ]
            stats_db.store(conn, server.org_id, parts)
        window.ctx.tasks.run_db(lambda s: desk_ops.enroll(s, server.url, code))
        _wait(window)
        page = window.main_screen.show_page("desk_stats")
        page.first.setText("2026-07")
        page.last.setText("2026-11")
        page.fetch_button.click()
        _wait(window)
        page.table_choice.setCurrentIndex(0)
        _shot(window, "desk_stats.png")
        window.close()
        desktop.shutdown()


if __name__ == "__main__":
    main()
