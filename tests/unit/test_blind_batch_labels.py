"""The blind scrubber batch must stay internally consistent (labels only, no scrubber)."""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path
from types import ModuleType

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "scrubber"


def _checker() -> ModuleType:
    # Loaded by path: the fixtures folder is not a package, and the checker must stay a script.
    spec = importlib.util.spec_from_file_location("check_batch", FIXTURES / "check_batch.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _notes() -> list[dict[str, object]]:
    lines = (FIXTURES / "blind.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def test_blind_batch_passes_its_checker(capsys) -> None:
    assert _checker().main([str(FIXTURES / "blind.jsonl")]) == 0
    assert "235 notes, 0 inconsistent, 54 with nothing to remove" in capsys.readouterr().out


def test_every_hand_written_batch_passes_its_checker(capsys) -> None:
    # the writers ran check_batch before committing; a later edit must keep them consistent
    for name, summary in (
        ("blind2", "257 notes, 0 inconsistent"),
        ("blind3", "351 notes, 0 inconsistent, 100 with nothing to remove"),
        ("blind4", "339 notes, 0 inconsistent, 112 with nothing to remove"),
        ("blind5", "306 notes, 0 inconsistent, 122 with nothing to remove"),
        ("train3a", "301 notes, 0 inconsistent, 77 with nothing to remove"),
        ("train3b", "262 notes, 0 inconsistent, 81 with nothing to remove"),
        ("train3c", "273 notes, 0 inconsistent, 75 with nothing to remove"),
        ("train4a", "342 notes, 0 inconsistent, 114 with nothing to remove"),
        ("train4b", "424 notes, 0 inconsistent, 163 with nothing to remove"),
        ("train5a", "318 notes, 0 inconsistent, 95 with nothing to remove"),
        ("train5b", "312 notes, 0 inconsistent, 103 with nothing to remove"),
        ("blind6", "321 notes, 0 inconsistent, 115 with nothing to remove"),
        ("blind7", "325 notes, 0 inconsistent, 123 with nothing to remove"),
        ("train6a", "320 notes, 0 inconsistent, 120 with nothing to remove"),
        ("blind8", "345 notes, 0 inconsistent, 90 with nothing to remove"),
        ("train7a", "335 notes, 0 inconsistent, 71 with nothing to remove"),
        ("blind9", "322 notes, 0 inconsistent, 98 with nothing to remove"),
        ("train8a", "330 notes, 0 inconsistent, 82 with nothing to remove"),
        ("train8b", "336 notes, 0 inconsistent, 78 with nothing to remove"),
        ("train9a", "442 notes, 0 inconsistent, 92 with nothing to remove"),
        ("train9b", "347 notes, 0 inconsistent, 91 with nothing to remove"),
        ("blind10", "373 notes, 0 inconsistent, 94 with nothing to remove"),
    ):
        assert _checker().main([str(FIXTURES / f"{name}.jsonl")]) == 0, name
        assert summary in capsys.readouterr().out, name


def test_checker_catches_a_shifted_span_and_a_wrong_placeholder() -> None:
    check = _checker()
    note = next(n for n in _notes() if n["spans"])
    assert check.check_note(note) == []
    shifted = copy.deepcopy(note)
    shifted["spans"][0]["end"] += 1
    assert check.check_note(shifted)
    wrong = copy.deepcopy(note)
    wrong["expected"] = str(wrong["expected"]).replace("[name]", "[place]", 1)
    assert check.check_note(wrong)
