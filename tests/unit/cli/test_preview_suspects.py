"""`outreach preview --json` lists the suspects (what might still identify) with the payload;
plain `outreach preview` still prints exactly the payload on stdout."""

from __future__ import annotations

import json

from outreach_app.cli.common import ExitCode
from outreach_app.core.vault import unlock_vault
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Incident
from outreach_app.storage.repos.incidents import update_incident

from .test_sharing_cli import PASSPHRASE, cli, consent
from .test_sharing_cli import incident as incident  # the fixtures, re-exported for pytest
from .test_sharing_cli import layout as layout


def _with_summary(layout: VaultLayout, incident: Incident, summary: str) -> None:
    with unlock_vault(layout, PASSPHRASE) as session:
        update_incident(session.conn, incident.model_copy(update={"alert_summary": summary}))


def test_preview_json_lists_suspects_with_offsets_into_the_summary(
    layout: VaultLayout, incident: Incident
) -> None:
    _with_summary(layout, incident, "Gaz drove past Quillan near Brackwell Yard, took her to bay 4471.")
    assert consent(layout, incident, "--alert").code == ExitCode.OK
    result = cli(layout, "preview", str(incident.id), "--json")
    assert result.code == ExitCode.OK, result.err
    document = json.loads(result.out)  # one JSON document
    assert set(document) == {"incident_id", "payload", "canonical", "suspects"}
    assert json.loads(document["canonical"]) == document["payload"]
    summary = document["payload"]["alert"]["summary"]
    suspects = document["suspects"]
    assert [s["text"] for s in suspects] == ["Quillan", "Brackwell Yard", "4471"]
    assert suspects[0]["reasons"] == ["capitalised"] and suspects[2]["reasons"] == ["digits"]
    for suspect in suspects:
        assert suspect["field"] == "summary" and summary[suspect["start"] : suspect["end"]] == suspect["text"]

    plain = cli(layout, "preview", str(incident.id))
    assert plain.code == ExitCode.OK and plain.out.rstrip("\n") == document["canonical"]
    assert "3 part(s) of what would be shared might still identify someone" in plain.err


def test_nothing_suspect_means_an_empty_list_and_no_reminder(layout: VaultLayout, incident: Incident) -> None:
    consent(layout, incident, "--alert")
    result = cli(layout, "preview", str(incident.id), "--json")
    assert json.loads(result.out)["suspects"] == []
    assert "might still identify" not in cli(layout, "preview", str(incident.id)).err
