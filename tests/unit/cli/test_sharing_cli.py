"""`outreach consent/preview/share/outbox/review/withdraw` against a real vault, in-process."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID, uuid4

import pytest

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.core.vault import add_slot, unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.enums import IncidentType
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Area, Incident, Perpetrator, Person
from outreach_app.domain.timeutil import utcnow
from outreach_app.ops.coordinator import set_review_required
from outreach_app.storage.repos import audit as audit_repo
from outreach_app.storage.repos import outbox as outbox_repo
from outreach_app.storage.repos.areas import add_area
from outreach_app.storage.repos.incidents import add_incident
from outreach_app.storage.repos.people import add_person, get_person, update_person
from tests.vault_templates import created_vault

PASSPHRASE = "correct horse battery staple orbit"
CODE = re.compile(r"\b[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}\b")


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


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
        person = Person(alias="Kestrel", notes="lives with her sister")
        add_person(session.conn, person)
        record = Incident(
            person_id=person.id,
            area_id=area.id,
            worker_initials="JK",
            occurred_at=datetime(2026, 4, 2, 23, 15, tzinfo=UTC),
            types=[IncidentType.PHYSICAL_ASSAULT],
            perpetrators=[Perpetrator(name_used="Gaz", phone_numbers=["07700 900123"])],
            narrative="the whole story, stays here",
            location_note="back of the car wash",
            alert_summary="Kestrel was hit by Gaz who rang from 07700 900123.",
        )
        add_incident(session.conn, record)
    return record


def cli(layout: VaultLayout, *argv: str, stdin: str | None = None) -> Result:
    stdin_text = f"{PASSPHRASE}\n" if stdin is None else stdin
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(layout.data_dir), *argv], Io(io.StringIO(stdin_text), out, err))
    return Result(code, out.getvalue(), err.getvalue())


def consent(layout: VaultLayout, incident: Incident, *flags: str) -> Result:
    return cli(layout, "consent", str(incident.id), *flags, "--method", "verbal", "--worker", "JK")


def table_counts(layout: VaultLayout) -> tuple[int, int, int]:
    with unlock_vault(layout, PASSPHRASE) as session:
        conn = session.conn
        return tuple(  # type: ignore[return-value]
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("consents", "outbox_items", "outbox_withdrawals")
        )


def test_consent_explains_then_prints_the_code_once_with_a_neutral_slip(
    layout: VaultLayout, incident: Incident
) -> None:
    result = consent(layout, incident, "--alert", "--statistics")
    assert result.code == ExitCode.OK, result.err
    assert "What is shared" in result.out and "Cannot be undone" in result.out
    codes = CODE.findall(result.out)
    assert len(codes) == 1
    slip = result.out.split("cannot be shown again:")[1]
    for word in ("outreach", "charity", "project", "report", "police", "incident"):
        assert word not in slip.lower()
    again = consent(layout, incident, "--alert")
    assert again.code == ExitCode.OK and CODE.findall(again.out) == []
    assert "still applies" in again.out


def test_consent_explains_and_prints_the_slip_in_the_persons_language(
    layout: VaultLayout, incident: Incident
) -> None:
    with unlock_vault(layout, PASSPHRASE) as session:
        assert incident.person_id is not None
        person = get_person(session.conn, incident.person_id)
        assert person is not None
        update_person(session.conn, person.model_copy(update={"preferred_language": "Polish"}))
    result = consent(layout, incident, "--alert")
    assert result.code == ExitCode.OK, result.err
    # the notice is for the worker, so in English
    english, polish = result.out.split("This translation has not yet been reviewed by a native speaker")
    assert "Warn other sex workers (anonymous alert)" in english  # the worker's words first
    assert "Ostrzeżenie innych osób świadczących usługi seksualne (anonimowy alert)" in polish
    assert "Co jest przekazywane:" in polish and "Czego nie można cofnąć:" in polish
    [code] = CODE.findall(result.out)
    assert f"Numer: {code}\n\nZachowaj tę kartkę. Pokaż ją, jeśli zmienisz zdanie." in polish


def test_preview_prints_exactly_what_share_seals(layout: VaultLayout, incident: Incident) -> None:
    consent(layout, incident, "--alert", "--police-intelligence")
    preview = cli(layout, "preview", str(incident.id))
    assert preview.code == ExitCode.OK, preview.err
    payload = json.loads(preview.out)
    assert set(payload) >= {"alert", "police_intelligence"} and "statistics" not in payload
    # the person's alias goes; the perpetrator's own name used and number stay (issue 14)
    assert payload["alert"]["summary"] == "[name] was hit by Gaz who rang from 07700 900123."
    for secret in ("Kestrel", "whole story", "car wash", "sister", str(incident.id)):
        assert secret not in preview.out
    shared = cli(layout, "share", str(incident.id), "--json")
    assert shared.code == ExitCode.OK, shared.err
    item_id = json.loads(shared.out)["id"]
    with unlock_vault(layout, PASSPHRASE) as session:
        item = outbox_repo.get_item(session.conn, UUID(item_id))
    assert item is not None and item.payload == preview.out.rstrip("\n")
    box = cli(layout, "outbox", "--json")
    assert [i["state"] for i in json.loads(box.out)["items"]] == ["queued"]


@pytest.mark.parametrize("command", ["preview", "share"])
def test_no_consent_or_unknown_incident_is_a_clear_error_and_changes_nothing(
    layout: VaultLayout, incident: Incident, command: str
) -> None:
    no_consent = cli(layout, command, str(incident.id))
    assert no_consent.code == ExitCode.CONFLICT and "no consent" in no_consent.err
    unknown = cli(layout, command, str(uuid4()))
    assert unknown.code == ExitCode.NOT_FOUND and "no incident" in unknown.err
    malformed = cli(layout, command, "not-a-uuid")
    assert malformed.code == ExitCode.USAGE
    assert table_counts(layout) == (0, 0, 0)


def test_consent_for_an_unknown_incident_changes_nothing(layout: VaultLayout) -> None:
    result = cli(layout, "consent", str(uuid4()), "--alert", "--method", "written", "--worker", "JK")
    assert result.code == ExitCode.NOT_FOUND and "nothing was changed" in result.err
    assert CODE.findall(result.out) == []
    assert table_counts(layout) == (0, 0, 0)


def test_withdraw_reads_the_code_from_stdin_and_refuses_malformed_unknown_and_spent_codes(
    layout: VaultLayout, incident: Incident
) -> None:
    code = CODE.findall(consent(layout, incident, "--alert").out)[0]
    assert cli(layout, "share", str(incident.id)).code == ExitCode.OK
    before = table_counts(layout)

    malformed = cli(layout, "withdraw", stdin=f"{PASSPHRASE}\nnot a code\n")
    assert malformed.code == ExitCode.USAGE and "not a withdrawal code" in malformed.err
    assert "not a code" not in malformed.err
    unknown = cli(layout, "withdraw", stdin=f"{PASSPHRASE}\n0000-0000-0000-0000\n")
    assert unknown.code == ExitCode.NOT_FOUND
    assert table_counts(layout) == before

    done = cli(layout, "withdraw", "--alert", stdin=f"{PASSPHRASE}\n{code.lower()}\n")
    assert done.code == ExitCode.OK, done.err
    box = json.loads(cli(layout, "outbox", "--json").out)
    assert [i["state"] for i in box["items"]] == ["withdrawn"]

    counts = table_counts(layout)
    spent = cli(layout, "withdraw", stdin=f"{PASSPHRASE}\n{code}\n")
    assert spent.code == ExitCode.CONFLICT and "nothing left to withdraw" in spent.err
    assert table_counts(layout) == counts


def test_a_code_from_another_device_is_sent_by_verifier_only_when_asked(layout: VaultLayout) -> None:
    result = cli(layout, "withdraw", "--other-device", stdin=f"{PASSPHRASE}\n7KQ2-MX9D-4HTB-0WZR\n")
    assert result.code == ExitCode.OK, result.err
    # protocol v2: one verifier per sealed purpose (alert, police intelligence, police referral)
    assert table_counts(layout) == (0, 0, 3)


def test_review_approve_and_reject(layout: VaultLayout, incident: Incident) -> None:
    with unlock_vault(layout, PASSPHRASE) as session:
        # Through the service: a protected setting written without the seal is put back at unlock.
        set_review_required(session, True, now=utcnow())
    consent(layout, incident, "--statistics")
    item_id = json.loads(cli(layout, "share", str(incident.id), "--json").out)["id"]
    listed = cli(layout, "review", "list", "--json")
    assert [i["id"] for i in json.loads(listed.out)] == [item_id]
    assert cli(layout, "review", "approve", str(uuid4())).code == ExitCode.NOT_FOUND
    assert cli(layout, "review", "approve", "nope").code == ExitCode.USAGE
    assert cli(layout, "review", "approve", item_id).code == ExitCode.OK
    again = cli(layout, "review", "reject", item_id)
    assert again.code == ExitCode.CONFLICT and "not awaiting review" in again.err
    box = json.loads(cli(layout, "outbox", "--json").out)
    assert [i["state"] for i in box["items"]] == ["queued"]


def test_only_a_coordinator_may_approve(layout: VaultLayout, incident: Incident) -> None:
    worker_passphrase = "worker passphrase kettle lantern violet"
    with unlock_vault(layout, PASSPHRASE) as session:
        set_review_required(session, True, now=utcnow())
        add_slot(session, worker_passphrase, "worker", kdf=TEST_KDF)
    consent(layout, incident, "--statistics")
    item_id = json.loads(cli(layout, "share", str(incident.id), "--json").out)["id"]
    refused = cli(layout, "review", "approve", item_id, stdin=f"{worker_passphrase}\n")
    assert refused.code == ExitCode.AUTH and "coordinator" in refused.err
    assert "nothing was changed" in refused.err
    box = json.loads(cli(layout, "outbox", "--json").out)
    assert [i["state"] for i in box["items"]] == ["awaiting_review"]
    assert review_entries(layout) == []


def review_entries(layout: VaultLayout) -> list[tuple[str | None, dict[str, object]]]:
    with unlock_vault(layout, PASSPHRASE) as session:
        entries = audit_repo.list_entries(session.conn)
    return [(e.role, dict(e.detail)) for e in entries if e.kind == audit_repo.AuditKind.REVIEW]


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_review_goes_through_the_coordinator_service_role_check_and_audit(
    layout: VaultLayout, incident: Incident, action: str
) -> None:
    worker_passphrase = "worker passphrase kettle lantern violet"
    with unlock_vault(layout, PASSPHRASE) as session:
        set_review_required(session, True, now=utcnow())
        add_slot(session, worker_passphrase, "worker", kdf=TEST_KDF)
    consent(layout, incident, "--statistics")
    item_id = json.loads(cli(layout, "share", str(incident.id), "--json").out)["id"]

    refused = cli(layout, "review", action, item_id, stdin=f"{worker_passphrase}\n")
    assert refused.code == ExitCode.AUTH and "nothing was changed" in refused.err
    assert [i["state"] for i in json.loads(cli(layout, "outbox", "--json").out)["items"]] == [
        "awaiting_review"
    ]
    assert review_entries(layout) == []

    done = cli(layout, "review", action, item_id)
    assert done.code == ExitCode.OK, done.err
    state = {"approve": "queued", "reject": "rejected"}[action]
    assert [i["state"] for i in json.loads(cli(layout, "outbox", "--json").out)["items"]] == [state]
    decision = {"approve": "approved", "reject": "rejected"}[action]
    assert review_entries(layout) == [("coordinator", {"item": item_id, "decision": decision})]


def test_outbox_lists_a_payload_blanked_by_retention_as_removed(
    layout: VaultLayout, incident: Incident
) -> None:
    from datetime import date, timedelta

    from outreach_app.protocol.receipts import Receipt, ReceiptStatus
    from outreach_app.sharing import outbox as sharing_outbox
    from outreach_app.storage.repos.retention import purge_sent_payloads

    consent(layout, incident, "--statistics")
    shared = cli(layout, "share", str(incident.id), "--json")
    assert shared.code == ExitCode.OK, shared.err
    item_id = UUID(json.loads(shared.out)["id"])
    now = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    with unlock_vault(layout, PASSPHRASE) as session:
        item = outbox_repo.get_item(session.conn, item_id)
        sharing_outbox.mark_sending(session.conn, [item_id], now=now)
        receipt = Receipt(
            report_id=item.report_id,
            content_hash=item.content_hash,
            status=ReceiptStatus.ACCEPTED,
            received_on=date(2026, 11, 29),
        )
        sharing_outbox.mark_sent(session.conn, item_id, receipt, now=now)
        assert purge_sent_payloads(session.conn, now + timedelta(days=1)) == 1

    text = cli(layout, "outbox")
    assert text.code == ExitCode.OK, text.err
    line = next(line for line in text.out.splitlines() if line.startswith(str(item_id)))
    assert "sent" in line and "payload removed by retention" in line
    as_json = cli(layout, "outbox", "--json")
    assert as_json.code == ExitCode.OK, as_json.err
    [listed] = json.loads(as_json.out)["items"]
    assert listed["state"] == "sent" and listed["payload_removed_by_retention"] is True
