"""`outreach schema` and the committed docs/schemas/ copy."""

from __future__ import annotations

import io
import json
from pathlib import Path

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.cli.schema_cmd import schema_files
from outreach_app.domain.models import RECORD_MODELS
from outreach_app.protocol import WIRE_MODELS

COMMITTED = Path(__file__).parents[3] / "docs" / "schemas"


def _io() -> tuple[Io, io.StringIO, io.StringIO]:
    out, err = io.StringIO(), io.StringIO()
    return Io(stdin=io.StringIO(""), stdout=out, stderr=err), out, err


def test_committed_schemas_equal_the_models() -> None:
    """Regenerate with `outreach schema --out docs/schemas` after a deliberate model change."""
    generated = schema_files()
    committed = {
        path.relative_to(COMMITTED).as_posix(): path.read_text(encoding="utf-8")
        for path in COMMITTED.rglob("*.json")
    }
    assert sorted(committed) == sorted(generated), "stale or missing schema files"
    for name, text in generated.items():
        assert committed[name] == text, f"docs/schemas/{name} is out of date"


def test_schema_prints_records_and_every_protocol_model() -> None:
    cli_io, out, _ = _io()
    assert run(["schema"], cli_io) == ExitCode.OK
    printed = json.loads(out.getvalue())
    assert set(printed["records"]) == set(RECORD_MODELS)
    assert set(printed["protocol"]) == set(WIRE_MODELS)
    report = printed["protocol"]["SharedReport"]
    assert report["additionalProperties"] is False
    assert {"alert", "statistics", "police_intelligence", "police_referral"} <= set(report["properties"])


def test_schema_out_writes_one_file_per_model(tmp_path: Path) -> None:
    cli_io, _, _ = _io()
    assert run(["schema", "--out", str(tmp_path / "schemas")], cli_io) == ExitCode.OK
    files = sorted(
        p.relative_to(tmp_path / "schemas").as_posix() for p in (tmp_path / "schemas").rglob("*.json")
    )
    assert files == sorted(schema_files())
    assert "protocol/AlertFeed.json" in files and "records/incident.json" in files


def test_schema_out_onto_a_file_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("keep", encoding="utf-8")
    cli_io, _, err = _io()
    assert run(["schema", "--out", str(target)], cli_io) == ExitCode.USAGE
    assert "not a folder" in err.getvalue()
    assert target.read_text(encoding="utf-8") == "keep"
