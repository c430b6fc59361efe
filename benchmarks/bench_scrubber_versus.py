"""The scrubber of this tree against the scrubber of another tree, paired per round.

    .venv/bin/python benchmarks/bench_scrubber_versus.py OTHER_TREE [ROUNDS] [--unprepared] [--record]

OTHER_TREE holds another version's `outreach_app/` and `resources/` (for instance
`git archive main outreach_app resources | tar -x -C /tmp/main_code`). Two worker processes,
one per tree, each load their scrubber and this tree's labelled notes (every `*.jsonl` under
tests/fixtures/scrubber, each note with its own vault context, prepared before timing), then
scrub every note once per round when told; the rounds alternate which tree goes first. Prints
CPU notes/s per tree (medians), the median of the per-round CPU-time ratios (this / other) and
the load average before and after: on a shared machine only the ratio means much.
With `--unprepared` each note's context is handed over as a plain `ScrubContext`, so its
matchers are built for every note inside the timing, as `outreach scrub` does per line.
With `--record` the row (this tree's CPU notes/s against the other tree's, goal >= 1,000 notes/s
on this tree's figure) is written to benchmarks/results/sharing.json.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_WORKER = """
import json, sys, time
from pathlib import Path
from outreach_app.domain.scrubbing.scrubber import ScrubContext, default_scrubber
rows = []
for path in sorted(Path(sys.argv[1], "tests", "fixtures", "scrubber").glob("*.jsonl")):
    rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
scrubber = default_scrubber()
unprepared = sys.argv[2] == "unprepared"
items = [(r["text"], ScrubContext.of(r["remove"], r["keep"])) for r in rows]
prepared = [(text, scrubber.prepare(context)) for text, context in items]
for text, ready in prepared[:50]:
    scrubber.scrub(text, ready)
print(len(items), flush=True)
for _ in sys.stdin:
    start = time.process_time()
    if unprepared:
        for text, context in items:
            scrubber.scrub(text, ScrubContext.of(context.remove, context.keep))
    else:
        for text, ready in prepared:
            scrubber.scrub(text, ready)
    print(time.process_time() - start, flush=True)
"""


def _worker(code: Path, mode: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(code), PYTHONDONTWRITEBYTECODE="1")
    return subprocess.Popen(
        [sys.executable, "-c", _WORKER, str(ROOT), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=code,  # so `outreach_app` resolves to that tree's code, not this one's
    )


def _round(worker: subprocess.Popen[str]) -> float:
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write("go\n")
    worker.stdin.flush()
    return float(worker.stdout.readline())


def _describe(tree: Path) -> str:
    """The other tree as a reader can find it again: its commit if it is a git checkout."""
    done = subprocess.run(
        ["git", "-C", str(tree), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    )
    inside = subprocess.run(
        ["git", "-C", str(tree), "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=False
    )
    if done.returncode == 0 and Path(inside.stdout.strip()).resolve() == tree.resolve():
        return f"the scrubber of commit {done.stdout.strip()}"
    return f"the scrubber of another tree ({tree.name})"


def main(other: Path, rounds: int, mode: str = "prepared", save: bool = False) -> None:
    print(f"load average before: {os.getloadavg()}")
    load_start = os.getloadavg()[0]
    this_worker, other_worker = _worker(ROOT, mode), _worker(other, mode)
    assert this_worker.stdout is not None and other_worker.stdout is not None
    notes = int(this_worker.stdout.readline())
    assert notes == int(other_worker.stdout.readline())
    this_times: list[float] = []
    other_times: list[float] = []
    ratios: list[float] = []
    for index in range(rounds):
        order = ((this_worker, this_times), (other_worker, other_times))
        for worker, times in order if index % 2 == 0 else order[::-1]:
            times.append(_round(worker))
        ratios.append(this_times[-1] / other_times[-1])
    for worker in (this_worker, other_worker):
        assert worker.stdin is not None
        worker.stdin.close()
        worker.wait()
    print(f"{notes} notes a round, {rounds} paired rounds (each note with its own vault context, {mode})")
    print(f"other tree ({other}): {notes / statistics.median(other_times):8,.0f} notes/s CPU (median)")
    print(f"this tree  ({ROOT}): {notes / statistics.median(this_times):8,.0f} notes/s CPU (median)")
    print(f"CPU time this / other, median of the per-round ratios: {statistics.median(ratios):.3f}")
    print(f"load average after: {os.getloadavg()}")
    if save:
        from results import record, this_command

        context = "each note's own vault context" + (", unprepared" if mode == "unprepared" else ", prepared")
        record(
            "Sharing",
            f"scrubber over every labelled note ({context})",
            ours=round(notes / statistics.median(this_times)),
            baseline=round(notes / statistics.median(other_times)),
            baseline_name=_describe(other),
            unit="notes/s (CPU)",
            ratio_rounds=ratios,
            ratio_reads="CPU time ours/baseline",
            goal=1000,
            goal_kind="≥",
            goal_of="ours",
            load_start=load_start,
            load_end=os.getloadavg()[0],
            command=this_command(),
            notes=f"{notes:,} notes a round",
        )


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a not in ("--unprepared", "--record")]
    main(
        Path(arguments[0]).resolve(),
        int(arguments[1]) if len(arguments) > 1 else 11,
        "unprepared" if "--unprepared" in sys.argv else "prepared",
        save="--record" in sys.argv,
    )
