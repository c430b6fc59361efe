"""Recorded benchmark figures (issue 20): one JSON file per area under benchmarks/results/.

A benchmark run with `--record` calls `record(...)` once per figure it computes; the row (keyed
by area + figure) is written or replaced in `benchmarks/results/AREA.json` with the median of the
per-round ratios, the rounds themselves, the date (UTC), the machine (cores, CPU model, Python)
and a calibration figure: the CPU seconds of a fixed 10^7-iteration Python loop on that machine,
so a reader can tell a slow machine from a slow path. The JSON is written with sorted keys and an
indent so a re-recorded row reads as a small diff. `benchmarks/perf_tables.py` renders the files
into the tables at the top of docs/performance.md.
"""

from __future__ import annotations

import json
import os
import platform
import re
import statistics
import time
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any, Literal

RESULTS_DIR = Path(__file__).resolve().parent / "results"
CALIBRATION_LOOP = 10**7

GoalKind = Literal["≥", "≤"]
GoalOf = Literal["ratio", "ours"]


def load_average() -> float:
    """The 1-minute load average, as recorded at the start and end of every row."""
    return round(os.getloadavg()[0], 2)


@cache
def calibration_cpu_s() -> float:
    """CPU seconds of a fixed 10^7-iteration Python loop (CPU time: it moves less with the load)."""
    start = time.process_time()
    total = 0
    for i in range(CALIBRATION_LOOP):
        total += i
    elapsed = time.process_time() - start
    assert total == CALIBRATION_LOOP * (CALIBRATION_LOOP - 1) // 2
    return round(elapsed, 3)


def _cpu_model() -> str:
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return platform.processor() or "unknown"
    found = re.search(r"^model name\s*:\s*(.+)$", text, re.MULTILINE)
    return found.group(1).strip() if found else "unknown"


def machine() -> dict[str, Any]:
    return {
        "cores": os.cpu_count() or 0,
        "cpu": _cpu_model(),
        "python": platform.python_version(),
        "calibration_cpu_s": calibration_cpu_s(),
    }


def area_path(area: str, results_dir: Path | None = None) -> Path:
    slug = re.sub(r"[^a-z0-9]+", "_", area.lower()).strip("_")
    if not slug:
        raise ValueError(f"area {area!r} has no letters or digits to name its file")
    return (results_dir or RESULTS_DIR) / f"{slug}.json"


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def record(
    area: str,
    figure: str,
    *,
    ours: float,
    baseline: float,
    unit: str,
    ratio_rounds: list[float],
    goal: float,
    goal_kind: GoalKind,
    load_start: float,
    load_end: float,
    command: str,
    notes: str = "",
    goal_of: GoalOf = "ratio",
    baseline_name: str = "",
    ratio_reads: str = "",
    results_dir: Path | None = None,
    now: datetime | None = None,
    machine_info: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Write (or replace) the row `figure` of `area`; returns the row as written.

    `ours` and `baseline` are in `unit` (e.g. "ms", "s", "notes/s"); `ratio_rounds` are the
    per-round ratios ours/baseline the benchmark paired (the row keeps the median). The goal is
    read on the ratio (`goal_of="ratio"`, the default) or on `ours` itself (`goal_of="ours"`,
    e.g. "≤ 50 ms"), in the direction `goal_kind`. `ratio_reads` says which way the ratio goes
    ("time ours/baseline", "throughput ours/baseline")."""
    if goal_kind not in ("≥", "≤"):
        raise ValueError(f"goal_kind must be '≥' or '≤', not {goal_kind!r}")
    if goal_of not in ("ratio", "ours"):
        raise ValueError(f"goal_of must be 'ratio' or 'ours', not {goal_of!r}")
    if not ratio_rounds:
        raise ValueError("ratio_rounds is empty: a row is the median of at least one paired round")
    row: dict[str, Any] = {
        "figure": figure,
        "ours": ours,
        "baseline": baseline,
        "baseline_name": baseline_name,
        "unit": unit,
        "ratio": round(statistics.median(ratio_rounds), 4),
        "ratio_rounds": [round(r, 4) for r in ratio_rounds],
        "ratio_reads": ratio_reads,
        "goal": goal,
        "goal_kind": goal_kind,
        "goal_of": goal_of,
        "load_start": round(load_start, 2),
        "load_end": round(load_end, 2),
        "command": command,
        "notes": notes,
        "date": (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine_info if machine_info is not None else machine(),
    }
    path = area_path(area, results_dir)
    data: dict[str, Any] = {"area": area, "rows": {}}
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("area") != area:
            raise ValueError(f"{path} holds area {data.get('area')!r}, not {area!r}")
    data["rows"][figure] = row
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps(data), encoding="utf-8")
    print(f"recorded {area} / {figure}: ratio {row['ratio']} ({len(ratio_rounds)} rounds) -> {path}")
    return row


def this_command(env: str = "") -> str:
    """The command line that ran this benchmark, as a reader would type it from the repo root."""
    import shlex
    import sys

    script = Path(sys.argv[0]).resolve()
    try:
        shown = str(script.relative_to(RESULTS_DIR.parents[1]))
    except ValueError:
        shown = str(script)
    words = [".venv/bin/python", shown, *sys.argv[1:]]
    return (f"{env} " if env else "") + shlex.join(words)
