"""Every free text that leaves gets the suspects pass, and `outreach share` (and `consent
--confirm-edit`) seals only when each suspect is kept or removed: asked on a terminal, or
answered by --keep-suspects, --remove-suspects or --suspect-answers FILE; otherwise refused
with nothing changed. Real vault, in-process CLI."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.core.vault import unlock_vault
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Incident, Perpetrator, Vehicle
from outreach_app.storage.repos import outbox as outbox_repo
from outreach_app.storage.repos.incidents import get_incident, update_incident

from .test_sharing_cli import PASSPHRASE, Result, cli, consent
from .test_sharing_cli import incident as incident  # the fixtures, re-exported for pytest
from .test_sharing_cli import layout as layout

FEATURES = "tattoo saying Zennor on his neck"
EXPECTED = [
    ("summary", "Quillan"),
    ("perpetrators[0].distinguishing_features", "Zennor"),
    ("vehicles[0].model", "180"),
]


@pytest.fixture
def leaky(layout: VaultLayout, incident: Incident) -> Incident:
    """Suspects in the summary, a perpetrator's description and a vehicle's model."""
    changed = incident.model_copy(
        update={
            "alert_summary": "Gaz drove past Quillan by the arches.",
            "perpetrators": [
                Perpetrator(name_used="Gaz", phone_numbers=["07700 900123"], distinguishing_features=FEATURES)
            ],
            "vehicles": [Vehicle(make="Ford", model="Fiesta ST 180", colour="blue")],
        }
    )
    with unlock_vault(layout, PASSPHRASE) as session:
        update_incident(session.conn, changed)
    assert consent(layout, changed, "--alert").code == ExitCode.OK
    return changed


def _suspects(layout: VaultLayout, incident: Incident) -> list[dict[str, object]]:
    result = cli(layout, "preview", str(incident.id), "--json")
    assert result.code == ExitCode.OK, result.err
    suspects: list[dict[str, object]] = json.loads(result.out)["suspects"]
    return suspects


def _sealed(layout: VaultLayout) -> list[dict[str, object]]:
    with unlock_vault(layout, PASSPHRASE) as session:
        return [json.loads(item.payload) for item in outbox_repo.list_items(session.conn)]


def _stored(layout: VaultLayout, incident: Incident) -> Incident:
    with unlock_vault(layout, PASSPHRASE) as session:
        found = get_incident(session.conn, incident.id)
    assert found is not None
    return found


def test_preview_json_lists_the_suspects_of_every_free_text_with_its_field(
    layout: VaultLayout, leaky: Incident
) -> None:
    result = cli(layout, "preview", str(leaky.id), "--json")
    document = json.loads(result.out)
    suspects = document["suspects"]
    assert [(s["field"], s["text"]) for s in suspects] == EXPECTED
    alert = document["payload"]["alert"]
    sources = {
        "summary": alert["summary"],
        "perpetrators[0].distinguishing_features": alert["perpetrators"][0]["distinguishing_features"],
        "vehicles[0].model": alert["vehicles"][0]["model"],
    }
    for suspect in suspects:
        assert sources[suspect["field"]][suspect["start"] : suspect["end"]] == suspect["text"]


def test_share_without_a_terminal_or_an_answer_is_refused_and_changes_nothing(
    layout: VaultLayout, leaky: Incident
) -> None:
    result = cli(layout, "share", str(leaky.id))
    assert result.code == ExitCode.USAGE
    assert "--keep-suspects" in result.err and "Nothing was changed or sealed" in result.err
    assert _sealed(layout) == []
    assert _stored(layout, leaky) == leaky


def test_keep_suspects_seals_the_texts_as_previewed(layout: VaultLayout, leaky: Incident) -> None:
    previewed = json.loads(cli(layout, "preview", str(leaky.id)).out)
    result = cli(layout, "share", str(leaky.id), "--keep-suspects")
    assert result.code == ExitCode.OK, result.err
    (sealed,) = _sealed(layout)
    assert sealed["alert"] == previewed["alert"]
    assert "Zennor" in json.dumps(sealed)


def test_remove_suspects_rewrites_each_text_then_seals(layout: VaultLayout, leaky: Incident) -> None:
    result = cli(layout, "share", str(leaky.id), "--remove-suspects")
    assert result.code == ExitCode.OK, result.err
    (sealed,) = _sealed(layout)
    alert = sealed["alert"]
    assert alert["summary"] == "Gaz drove past [removed] by the arches."
    assert alert["perpetrators"][0]["distinguishing_features"] == "tattoo saying [removed] on his neck"
    assert alert["vehicles"][0]["model"] == "Fiesta ST [removed]"
    stored = _stored(layout, leaky)  # the incident's texts as written were rewritten, nothing else
    assert stored.perpetrators[0].distinguishing_features == "tattoo saying [removed] on his neck"
    assert stored.vehicles[0].model == "Fiesta ST [removed]"
    assert stored.narrative == leaky.narrative
    assert _suspects(layout, leaky) == []


def test_answers_from_a_file_keep_and_remove_each_named_suspect(
    layout: VaultLayout, leaky: Incident, tmp_path: Path
) -> None:
    answers = tmp_path / "answers.json"
    decided = ["keep", "remove", "keep"]
    answers.write_text(
        json.dumps(
            [{"field": f, "text": t, "answer": a} for (f, t), a in zip(EXPECTED, decided, strict=True)]
        )
    )
    result = cli(layout, "share", str(leaky.id), "--suspect-answers", str(answers))
    assert result.code == ExitCode.OK, result.err
    (sealed,) = _sealed(layout)
    alert = sealed["alert"]
    assert "Quillan" in alert["summary"]
    assert alert["perpetrators"][0]["distinguishing_features"] == "tattoo saying [removed] on his neck"
    assert alert["vehicles"][0]["model"] == "Fiesta ST 180"


def test_answers_missing_one_suspect_or_malformed_change_nothing(
    layout: VaultLayout, leaky: Incident, tmp_path: Path
) -> None:
    partial = tmp_path / "partial.json"
    partial.write_text(json.dumps([{"field": "summary", "text": "Quillan", "answer": "remove"}]))
    result = cli(layout, "share", str(leaky.id), "--suspect-answers", str(partial))
    assert result.code == ExitCode.USAGE and "perpetrators[0].distinguishing_features" in result.err
    assert "Zennor" not in result.err  # the note's text is never echoed
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"field": "summary", "text": "Quillan", "answer": "maybe"}]))
    result = cli(layout, "share", str(leaky.id), "--suspect-answers", str(bad))
    assert result.code == ExitCode.USAGE and "item 1" in result.err and "Quillan" not in result.err
    assert _sealed(layout) == []
    assert _stored(layout, leaky) == leaky


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_share_asks_about_each_suspect(
    layout: VaultLayout, leaky: Incident, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSPHRASE)
    out, err = io.StringIO(), io.StringIO()
    answers = "maybe\nr\nk\nremove\n"  # an unclear answer is asked again
    code = run(["--data-dir", str(layout.data_dir), "share", str(leaky.id)], Io(_Terminal(answers), out, err))
    result = Result(code, out.getvalue(), err.getvalue())
    assert result.code == ExitCode.OK, result.err
    assert result.err.count("Keep it or remove it? [k/r]") == 4
    for field, _text in EXPECTED:
        assert f"in {field}" in result.err
    (sealed,) = _sealed(layout)
    alert = sealed["alert"]
    assert alert["summary"] == "Gaz drove past [removed] by the arches."
    assert alert["perpetrators"][0]["distinguishing_features"] == FEATURES
    assert alert["vehicles"][0]["model"] == "Fiesta ST [removed]"


def test_confirming_an_edit_asks_about_suspects_too(layout: VaultLayout, leaky: Incident) -> None:
    assert cli(layout, "share", str(leaky.id), "--keep-suspects").code == ExitCode.OK
    with unlock_vault(layout, PASSPHRASE) as session:
        update_incident(session.conn, leaky.model_copy(update={"alert_summary": "Gaz passed Quillan again."}))
    refused = consent(layout, leaky, "--confirm-edit")
    assert refused.code == ExitCode.USAGE and len(_sealed(layout)) == 1
    done = consent(layout, leaky, "--confirm-edit", "--remove-suspects")
    assert done.code == ExitCode.OK, done.err
    newest = _sealed(layout)[-1]
    assert newest["alert"]["summary"] == "Gaz passed [removed] again."
