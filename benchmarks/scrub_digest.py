"""One digest of everything the scrubber outputs on the labelled notes: a speed-up must not move it.

    PYTHONPATH=TREE .venv/bin/python benchmarks/scrub_digest.py [--quick]

Scrubs every note of every `*.jsonl` under this tree's tests/fixtures/scrubber (all splits,
held-out ones included: nothing is scored and no note or figure is printed, only sha256 digests
and counts) with the scrubber of the tree that `PYTHONPATH` names (so the same notes can be run
through a reference tree, e.g. `git archive HEAD outreach_app resources | tar -x -C /tmp/ref`,
and through this one), and prints one sha256 over every scrubbed text and its spans.

The variants, each its own digest and all of them one overall digest:

- `eval`: each note with the context `scrubber_eval.py` gives it (its `remove` list, the
  perpetrator's `keep` values), as a plain `ScrubContext` (the matchers built per note);
- `note-keep`: the same with the note's whole `keep` list (`scrubber_eval.py --note-keep`);
- `prepared`: the eval contexts prepared first (`Scrubber.prepare`), as the bench times them;
- `bare`: no context at all;
- `upper` and `lower`: the note in capitals and in lower case, eval context (the shouting
  and the lower-cased paths of the passes).

`--quick` runs `eval` and `prepared` only.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "scrubber"


def _eval_module() -> Any:
    """This tree's scrubber_eval.py, loaded by path (its scrubber import resolves on PYTHONPATH)."""
    path = ROOT / "tests" / "unit" / "sharing" / "scrubber_eval.py"
    spec = importlib.util.spec_from_file_location("scrubber_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def main(quick: bool) -> None:
    from outreach_app.domain.scrubbing.scrubber import ScrubContext, ScrubResult, default_scrubber

    evaluation = _eval_module()
    scrubber = default_scrubber()
    rows: list[dict[str, Any]] = []
    for path in sorted(FIXTURES.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    def eval_context(row: dict[str, Any]) -> Any:
        return ScrubContext.of(row["remove"], evaluation.perpetrator_keep(row))

    variants: dict[str, Callable[[dict[str, Any]], ScrubResult]] = {
        "eval": lambda row: scrubber.scrub(row["text"], eval_context(row)),
        "prepared": lambda row: scrubber.scrub(row["text"], scrubber.prepare(eval_context(row))),
    }
    if not quick:
        variants |= {
            "note-keep": lambda row: scrubber.scrub(row["text"], ScrubContext.of(row["remove"], row["keep"])),
            "bare": lambda row: scrubber.scrub(row["text"]),
            "upper": lambda row: scrubber.scrub(row["text"].upper(), eval_context(row)),
            "lower": lambda row: scrubber.scrub(row["text"].lower(), eval_context(row)),
        }
    overall = hashlib.sha256()
    count = 0
    for name, run in variants.items():
        digest = hashlib.sha256()
        spans = 0
        for row in rows:
            result = run(row)
            spans += len(result.spans)
            piece = json.dumps([result.text, [(s.start, s.end, s.kind.value) for s in result.spans]])
            digest.update(piece.encode("utf-8") + b"\n")
        overall.update(digest.digest())
        count += len(rows)
        print(f"{name:10s} {len(rows)} notes {spans} spans {digest.hexdigest()}")
    print(f"overall    {count} scrubs {overall.hexdigest()}")


if __name__ == "__main__":
    main("--quick" in sys.argv[1:])
