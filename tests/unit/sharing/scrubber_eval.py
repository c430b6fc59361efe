"""Scoring the scrubber against the labelled corpus (shared by the test and by tuning runs).

Recall: a gold span counts as found when predicted spans OF THE SAME TYPE cover every
non-space character of it. Precision: a predicted span is correct when it overlaps a
gold span of the same type. Structured identifiers and names are scored separately.

Tuning looks at the train split only:
    .venv/bin/python tests/unit/sharing/scrubber_eval.py train
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from outreach_app.sharing.scrubber import Kind, Span, default_scrubber

CORPUS = Path(__file__).resolve().parents[2] / "fixtures" / "scrubber" / "corpus.jsonl"


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0


def load(split: str) -> list[dict[str, object]]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if row["split"] == split]


def evaluate(split: str) -> dict[str, Score]:
    scores = {"structured": Score(), "names": Score(), "all": Score()}
    scrubber = default_scrubber()
    for row in load(split):
        text = str(row["text"])
        aliases = [str(a) for a in row["aliases"]]  # type: ignore[attr-defined]
        predicted = scrubber.find(text, known_names=aliases)
        gold = [Span(int(s["start"]), int(s["end"]), Kind(s["type"])) for s in row["spans"]]  # type: ignore[attr-defined]
        for span in gold:
            group = scores["names" if span.kind is Kind.NAME else "structured"]
            covered = {i for p in predicted if p.kind is span.kind for i in range(p.start, p.end)}
            needed = {i for i in range(span.start, span.end) if not text[i].isspace()}
            hit = needed <= covered
            for score in (group, scores["all"]):
                score.gold += 1
                score.found += hit
            if not hit:
                group.misses.append(f"{row['id']}: {span.kind.value} {text[span.start : span.end]!r}")
        for p in predicted:
            group = scores["names" if p.kind is Kind.NAME else "structured"]
            ok = any(g.kind is p.kind and p.start < g.end and g.start < p.end for g in gold)
            for score in (group, scores["all"]):
                score.predicted += 1
                score.correct += ok
            if not ok:
                group.false_alarms.append(
                    f"{row['id']}: {p.kind.value} {text[p.start : p.end]!r} in {text!r}"
                )
    return scores


def report(split: str, scores: dict[str, Score]) -> str:
    lines = [f"scrubber on the {split} split of {CORPUS.name}:"]
    for name, score in scores.items():
        lines.append(
            f"  {name:10s} recall {score.recall:.3f} ({score.found}/{score.gold})"
            f"  precision {score.precision:.3f} ({score.correct}/{score.predicted})"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    chosen = sys.argv[1] if len(sys.argv) > 1 else "train"
    result = evaluate(chosen)
    print(report(chosen, result))
    if chosen == "train":
        for name in ("structured", "names"):
            for line in result[name].misses:
                print("MISS", line)
            for line in result[name].false_alarms:
                print("FALSE", line)
