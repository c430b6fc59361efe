"""`outreach share` on an incident edited after it was shared, `preview` of the new version and
`consent --confirm-edit`, against a real vault, in-process."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from outreach_app.cli.common import ExitCode
from outreach_app.core.vault import unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.enums import IncidentType
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Area, Incident, Perpetrator
from outreach_app.protocol.receipts import Receipt, ReceiptStatus
from outreach_app.sharing import outbox
from outreach_app.sharing.consent_store import consent_versions
from outreach_app.sharing.reconsent import note_edit
from outreach_app.storage.connection import transaction
from outreach_app.storage.repos import outbox as outbox_repo
from outreach_app.storage.repos.areas import add_area
from outreach_app.storage.repos.incidents import add_incident, update_incident
from tests.unit.cli.test_sharing_cli import CODE, PASSPHRASE, cli, consent, table_counts
from tests.vault_templates import created_vault


@pytest.fixture
def layout(tmp_path: Path) -> VaultLayout:
    vault = VaultLayout(tmp_path / "data")
    created_vault(vault, PASSPHRASE, kdf=TEST_KDF)
    return vault


@pytest.fixture
def incident(layout: VaultLayout) -> Incident:
    with unlock_vault(layout, PASSPHRASE) as session:
        area = Area(name="Holbeck", region_id="leeds")
        add_area(session.conn, area)
        record = Incident(
            area_id=area.id,
            worker_initials="JK",
            occurred_at=datetime(2026, 4, 2, 23, 15, tzinfo=UTC),
            types=[IncidentType.PHYSICAL_ASSAULT],
            perpetrators=[Perpetrator(name_used="Gaz", phone_numbers=["07700 900123"])],
            alert_summary="Hit by a man who rang from 07700 900123.",
        )
        add_incident(session.conn, record)
    return record


def shared_and_sent(layout: VaultLayout, incident: Incident, *flags: str) -> str:
    """Consent, share and a receipt for the first version; returns its report id."""
    assert consent(layout, incident, *flags).code == ExitCode.OK
    shared = cli(layout, "share", str(incident.id), "--json")
    assert shared.code == ExitCode.OK, shared.err
    with unlock_vault(layout, PASSPHRASE) as session:
        (item,) = outbox_repo.items_for_incident(session.conn, incident.id)
        outbox.mark_sending(session.conn, [item.id])
        receipt = Receipt(
            report_id=item.report_id,
            content_hash=item.content_hash,
            status=ReceiptStatus.ACCEPTED,
            received_on=date(2026, 4, 3),
        )
        outbox.mark_sent(session.conn, item.id, receipt)
        return str(item.report_id)


def edit_summary(layout: VaultLayout, incident: Incident, summary: str) -> None:
    """Save an edit as the app does (the update and `note_edit` in one transaction)."""
    with unlock_vault(layout, PASSPHRASE) as session, transaction(session.conn):
        update_incident(session.conn, incident.model_copy(update={"alert_summary": summary}))
        assert note_edit(session.conn, incident.id)


def test_share_refuses_an_edited_incident_and_says_how_to_confirm(
    layout: VaultLayout, incident: Incident
) -> None:
    shared_and_sent(layout, incident, "--alert", "--statistics")
    edit_summary(layout, incident, "He came back with a friend.")
    before = table_counts(layout)
    refused = cli(layout, "share", str(incident.id))
    assert refused.code == ExitCode.CONFLICT
    assert "edited after it was shared" in refused.err
    assert f"outreach consent {incident.id} --confirm-edit" in refused.err
    assert f"outreach preview {incident.id}" in refused.err
    assert table_counts(layout) == before
    preview = cli(layout, "preview", str(incident.id))
    assert preview.code == ExitCode.OK, preview.err
    assert json.loads(preview.out)["alert"]["summary"] == "He came back with a friend."


def test_confirm_edit_seals_the_previewed_version_superseding_the_sent_one(
    layout: VaultLayout, incident: Incident
) -> None:
    first_report = shared_and_sent(layout, incident, "--alert", "--statistics")
    edit_summary(layout, incident, "He came back with a friend.")
    preview = cli(layout, "preview", str(incident.id), "--statistics")
    assert preview.code == ExitCode.OK, preview.err
    assert "alert" not in json.loads(preview.out)
    confirmed = cli(
        layout,
        "--json",
        "consent",
        str(incident.id),
        "--confirm-edit",
        "--statistics",
        "--method",
        "written",
        "--worker",
        "MB",
        stdin=f"{PASSPHRASE}\n",
    )
    assert confirmed.code == ExitCode.OK, confirmed.err
    out = confirmed.out[confirmed.out.index("{") :]
    result = json.loads(out)
    assert result["withdrawal_code"] is None and result["purposes"] == ["statistics"]
    assert result["item"]["supersedes"] == first_report and result["item"]["version"] == 2
    assert CODE.findall(confirmed.out) == []  # the code is the same; never shown again
    with unlock_vault(layout, PASSPHRASE) as session:
        new = outbox_repo.get_item_by_report(session.conn, json.loads(preview.out)["report_id"])
        versions = consent_versions(session.conn, incident.id)
    assert new is not None and new.payload == preview.out.rstrip("\n")
    assert versions[-1].change == "confirmed_edit" and versions[-1].worker_initials == "MB"
    assert versions[-1].verifier == versions[0].verifier
    # sharing again now seals nothing new
    again = cli(layout, "share", str(incident.id), "--json")
    assert again.code == ExitCode.OK and json.loads(again.out)["id"] == str(new.id)


def test_confirm_edit_refuses_widening_and_incidents_without_an_edit(
    layout: VaultLayout, incident: Incident
) -> None:
    shared_and_sent(layout, incident, "--alert")
    not_edited = cli(
        layout, "consent", str(incident.id), "--confirm-edit", "--method", "verbal", "--worker", "JK"
    )
    assert not_edited.code == ExitCode.CONFLICT and "nothing to confirm" in not_edited.err
    edit_summary(layout, incident, "He came back with a friend.")
    before = table_counts(layout)
    wider = cli(
        layout,
        "consent",
        str(incident.id),
        "--confirm-edit",
        "--alert",
        "--statistics",
        "--method",
        "verbal",
        "--worker",
        "JK",
    )
    assert wider.code == ExitCode.CONFLICT and "fresh consent" in wider.err
    assert table_counts(layout) == before
    # no purpose flag: the purposes consented before
    same = cli(layout, "consent", str(incident.id), "--confirm-edit", "--method", "verbal", "--worker", "JK")
    assert same.code == ExitCode.OK, same.err
    assert "confirms the edited incident: alert" in same.out and "replacing report" in same.out
