"""`outreach schema [--out DIR]`: the JSON Schemas of the domain records and of protocol v1.

Without `--out` it prints one JSON object `{"records": {...}, "protocol": {...}}`; with
`--out DIR` it writes `DIR/records/<name>.json` and `DIR/protocol/<Model>.json`
(docs/schemas/ holds the committed copy, and a test keeps it equal to the models).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from outreach_app.cli.common import CliError, ExitCode, Io
from outreach_app.domain.models import RECORD_MODELS
from outreach_app.protocol import WIRE_MODELS


def all_schemas() -> dict[str, dict[str, Any]]:
    """`{"records": {name: schema}, "protocol": {model name: schema}}` (validation mode)."""
    return {
        "records": {name: model.model_json_schema() for name, model in RECORD_MODELS.items()},
        "protocol": {name: model.model_json_schema() for name, model in WIRE_MODELS.items()},
    }


def schema_text(schema: Any) -> str:
    """The stable text form of a schema file: sorted keys, two-space indent, final newline."""
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def schema_files() -> dict[str, str]:
    """Relative path -> file text, for every schema `--out` writes."""
    files: dict[str, str] = {}
    for group, schemas in all_schemas().items():
        for name, schema in schemas.items():
            files[f"{group}/{name}.json"] = schema_text(schema)
    return files


def write_schemas(out_dir: Path) -> list[Path]:
    """Write every schema file under `out_dir` (schemas hold no record data: plain writes)."""
    written: list[Path] = []
    for relative, text in sorted(schema_files().items()):
        path = out_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def _run(args: argparse.Namespace, io: Io) -> int:
    if args.out is None:
        io.document(schema_text(all_schemas()).rstrip("\n"))
        return int(ExitCode.OK)
    out_dir = Path(args.out)
    if out_dir.exists() and not out_dir.is_dir():
        raise CliError(f"{out_dir} exists and is not a folder", ExitCode.USAGE)
    try:
        written = write_schemas(out_dir)
    except OSError as exc:
        raise CliError(f"could not write schemas: {exc.strerror}", ExitCode.FAILURE) from exc
    if args.json:
        io.json({"out": str(out_dir), "files": len(written)})
    else:
        io.out(f"wrote {len(written)} schema files to {out_dir}")
    return int(ExitCode.OK)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "schema",
        help="print or write the JSON Schemas of records and protocol v1",
        description="Print the JSON Schemas of the domain records and every protocol v1 model, "
        "or write one file per model with --out.",
    )
    parser.add_argument("--out", metavar="DIR", help="write DIR/records/*.json and DIR/protocol/*.json")
    parser.set_defaults(handler=_run)
