"""An error no command expected: one line, exit 70, no values; `--debug` adds places only.
And a failed export is never audited as written (issue 15)."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from outreach_app.cli import records_cmds, run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.layout import VaultLayout
from tests.vault_templates import created_vault

PASSPHRASE = "correct horse battery staple orbit"
RECORD_TEXT = "Kestrel seen at the harbour CANARY"


@pytest.fixture
def layout(tmp_path: Path) -> VaultLayout:
    vault = VaultLayout(tmp_path / "data")
    created_vault(vault, PASSPHRASE, kdf=TEST_KDF)
    return vault


def _run(layout: VaultLayout, *argv: str, stdout: Any = None) -> tuple[int, str, str]:
    out, err = stdout or io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(layout.data_dir), *argv], Io(io.StringIO(f"{PASSPHRASE}\n"), out, err))
    return code, out.getvalue() if isinstance(out, io.StringIO) else "", err.getvalue()


def _import_that_breaks(layout: VaultLayout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A valid import whose write fails with an error quoting record text (as a driver's
    or a library's message may)."""

    def broken(_conn: object, _plan: object) -> dict[str, int]:
        try:
            raise ValueError(f"cannot store {RECORD_TEXT!r}")
        except ValueError as cause:
            raise RuntimeError(f"insert failed for {RECORD_TEXT}") from cause

    monkeypatch.setattr(records_cmds, "apply_import", broken)
    source = tmp_path / "in.jsonl"
    person = {"type": "person", "v": 1, "id": "0b000000-0000-4000-8000-000000000001", "alias": "Kestrel"}
    source.write_text(json.dumps(person) + "\n")
    return source


def test_an_unexpected_error_is_one_line_and_exit_70(
    layout: VaultLayout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _import_that_breaks(layout, tmp_path, monkeypatch)
    code, out, err = _run(layout, "import", str(source))
    assert code == ExitCode.INTERNAL == 70
    assert out == ""
    assert err.splitlines() == [
        "outreach: internal error (RuntimeError); nothing of the records was printed;"
        " `outreach --debug …` shows where on stderr"
    ]
    assert "Kestrel" not in err and "CANARY" not in err


def test_debug_shows_where_but_no_message_or_value(
    layout: VaultLayout, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _import_that_breaks(layout, tmp_path, monkeypatch)
    code, out, err = _run(layout, "--debug", "import", str(source))
    assert code == ExitCode.INTERNAL and out == ""
    lines = err.splitlines()
    assert lines[0].startswith("outreach: internal error (RuntimeError)")
    # The cause first, then the error; each with its frames (file, line, function, code).
    kinds = [line for line in lines if line.endswith("(message not shown)")]
    assert kinds == ["builtins.ValueError (message not shown)", "builtins.RuntimeError (message not shown)"]
    assert any("records_cmds.py" in line and "in run_import" in line for line in lines)
    assert any(line.strip() == "counts = apply_import(session.conn, plan)" for line in lines)
    assert "Kestrel" not in err and "CANARY" not in err


def _audited_exports(layout: VaultLayout) -> list[dict[str, Any]]:
    code, out, err = _run(layout, "--json", "audit", "list", "--limit", "100")
    assert code == ExitCode.OK, err
    return [entry["detail"] for entry in json.loads(out) if entry["kind"] == "export"]


def _with_a_contact(layout: VaultLayout, tmp_path: Path) -> None:
    person_id = "0b000000-0000-4000-8000-000000000001"
    lines = [
        {"type": "person", "v": 1, "id": person_id, "alias": "Kestrel"},
        {"type": "contact", "v": 1, "id": "0c000000-0000-4000-8000-000000000001", "person_id": person_id},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines))
    assert _run(layout, "import", str(source))[0] == ExitCode.OK


def test_an_export_to_a_full_disk_is_audited_as_failed_never_as_written(
    layout: VaultLayout, tmp_path: Path
) -> None:
    _with_a_contact(layout, tmp_path)
    full = open("/dev/full", "w", encoding="utf-8")  # noqa: SIM115 - every write fails: ENOSPC
    try:
        code, _out, err = _run(layout, "export", "--what", "contacts", "--yes", stdout=full)
    finally:
        with contextlib.suppress(OSError):  # what is left in the buffer cannot go either
            full.close()
    assert code == ExitCode.FAILURE
    assert "the export could not be written (No space left on device)" in err
    assert "Kestrel" not in err
    assert _audited_exports(layout) == [
        {"what": "contacts", "format": "jsonl", "lines": 2, "to": "stdout", "outcome": "failed"}
        | {"file": "-", "n_contact": 1, "n_person": 1}
    ]


def test_an_export_file_that_cannot_be_written_is_audited_as_failed(
    layout: VaultLayout, tmp_path: Path
) -> None:
    _with_a_contact(layout, tmp_path)
    target = tmp_path / "no-such-folder" / "kestrel.jsonl"
    code, _out, err = _run(layout, "export", "--what", "contacts", "--out", str(target), "--yes")
    assert code == ExitCode.FAILURE
    assert "no file was written" in err and "kestrel" not in err
    assert not target.parent.exists()
    assert _audited_exports(layout) == [
        {"what": "contacts", "format": "jsonl", "lines": 2, "to": "file", "outcome": "failed"}
        | {"file": "kestrel.jsonl", "n_contact": 1, "n_person": 1}
    ]
    # A later export that works is audited as before, with no outcome (written).
    good = tmp_path / "ok.jsonl"
    assert _run(layout, "export", "--what", "contacts", "--out", str(good), "--yes")[0] == ExitCode.OK
    assert good.exists()
    assert _audited_exports(layout)[0] == {
        "what": "contacts",
        "format": "jsonl",
        "lines": 2,
        "to": "file",
    } | {
        "file": "ok.jsonl",
        "n_contact": 1,
        "n_person": 1,
    }
