"""`outreach scrub`: JSON lines in, scrubbed JSON lines out, no vault; bad lines refused."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io


def scrub_cli(stdin: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["scrub", *args], Io(stdin=io.StringIO(stdin), stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


def test_each_input_line_gives_one_output_line_with_text_and_spans() -> None:
    lines = [
        {"text": "Holly was left on Rose Street at 23:47; he rang 07700 900123", "remove": ["Holly Marsh"]},
        {"text": "Kev has a ginger beard", "remove": ["Ginger"], "keep": ["Kev"]},
        {"text": "nothing to see"},
    ]
    code, out, err = scrub_cli("\n".join(json.dumps(line) for line in lines) + "\n\n")
    assert (code, err) == (ExitCode.OK, "")
    results = [json.loads(line) for line in out.splitlines()]
    assert results == [
        {
            # a bare street is an address (issue 14's relabel)
            "text": "[name] was left on [address] at [night]; he rang [phone]",
            "spans": [[0, 5, "name"], [18, 29, "address"], [33, 38, "time"], [48, 60, "phone"]],
        },
        {"text": "Kev has a ginger beard", "spans": []},
        {"text": "nothing to see", "spans": []},
    ]


def test_with_json_the_results_are_one_json_document() -> None:
    out, err = io.StringIO(), io.StringIO()
    stdin = io.StringIO(
        json.dumps({"text": "Candy rang", "remove": ["Candy"]}) + "\n" + json.dumps({"text": "ok"})
    )
    code = run(["--json", "scrub"], Io(stdin=stdin, stdout=out, stderr=err))
    assert code == ExitCode.OK
    assert json.loads(out.getvalue()) == [
        {"text": "[name] rang", "spans": [[0, 5, "name"]]},
        {"text": "ok", "spans": []},
    ]


def test_reads_a_file_given_by_name(tmp_path: Path) -> None:
    source = tmp_path / "notes.jsonl"
    source.write_text(json.dumps({"text": "Incall at 42 Cardigan Road, flat 3"}) + "\n", encoding="utf-8")
    code, out, _ = scrub_cli("", str(source))
    assert code == ExitCode.OK
    assert json.loads(out) == {"text": "Incall at [address]", "spans": [[10, 34, "address"]]}


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ('{"text": "Candy at 42 Cardigan Road"', "not valid JSON"),
        ('["Candy"]', "expected a JSON object"),
        ('{"txt": "Candy"}', "unknown field 'txt'"),
        ('{"text": 42}', '"text" must be a string'),
        ('{"text": "Candy", "remove": "Candy"}', '"remove" must be a list of strings'),
        ('{"text": "Candy", "keep": [1]}', '"keep" must be a list of strings'),
    ],
)
def test_a_bad_line_is_refused_by_number_without_echoing_it_or_printing_anything(
    bad: str, reason: str
) -> None:
    good = json.dumps({"text": "Candy rang"})
    code, out, err = scrub_cli(f"{good}\n\n{bad}\n{good}\n")
    assert code == ExitCode.USAGE
    assert out == ""
    assert err.startswith("outreach: line 3: ") and reason in err
    assert "Candy" not in err and "Cardigan" not in err


def test_missing_file_and_non_utf8_file_are_clear_errors(tmp_path: Path) -> None:
    code, _, err = scrub_cli("", str(tmp_path / "absent.jsonl"))
    assert code == ExitCode.NOT_FOUND and "no such file" in err
    broken = tmp_path / "broken.jsonl"
    broken.write_bytes(b'{"text": "ok"}\n{"text": "\xff\xfe"}\n')
    code, out, err = scrub_cli("", str(broken))
    assert (code, out) == (ExitCode.USAGE, "")
    assert "line 2: not UTF-8" in err


def test_the_command_runs_as_its_own_process_on_stdin() -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    done = subprocess.run(
        [sys.executable, "-c", "from outreach_app.cli import main; main()", "scrub"],
        input=json.dumps({"text": "email kev at gmail dot com"}) + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["text"] == "email [email]"


def test_lines_that_share_a_context_share_its_matchers_and_scrub_as_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from outreach_app.domain.scrubbing.scrubber import Scrubber

    shared = {"remove": ["Holly Marsh", "07700 900123"], "keep": ["Kev"]}
    lines = [
        {"text": "Holly rang Kev from 07700 900123", **shared},
        {"text": "holly marsh seen with Kev again", **shared},
        {"text": "Roxy at the van", "remove": ["Roxy"]},
        {"text": "Kev and Holly", **shared},
    ]
    alone = []
    for line in lines:  # each line scrubbed by a run of its own
        code, out, _ = scrub_cli(json.dumps(line) + "\n")
        assert code == ExitCode.OK
        alone.append(json.loads(out))
    built: list[object] = []
    prepare = Scrubber.prepare

    def counting(self: Scrubber, context: object) -> object:
        built.append(context)
        return prepare(self, context)  # type: ignore[arg-type]

    monkeypatch.setattr(Scrubber, "prepare", counting)
    code, out, err = scrub_cli("\n".join(json.dumps(line) for line in lines) + "\n")
    assert (code, err) == (ExitCode.OK, "")
    assert [json.loads(line) for line in out.splitlines()] == alone
    assert len(built) == 2  # (one for the shared context, one for Roxy's)
    assert alone[0]["text"] == "[name] rang Kev from [phone]"
