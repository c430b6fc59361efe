"""Per-test CPU seconds, for finding where the suite's time goes on a busy machine (issue 19).

Wall time on a shared 2-core machine measures the other engineers' load as much as the test;
CPU seconds barely move with it. With OUTREACH_TEST_CPU_LOG=FILE set, every test's CPU from
setup to teardown is appended to FILE as one JSON line per test: {"nodeid", "cpu",
"children", "wall", "worker", "end"}. It counts this process's user + system time, the child processes it
started and reaped (servers, CLI runs) and multiprocessing's fork server with what that forked
(crash loops). Each xdist worker appends its own lines. `python -m tests.cpu_log FILE` sums
them by directory and lists the costliest tests.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

ENV = "OUTREACH_TEST_CPU_LOG"


def _forkserver_cpu() -> float:
    """CPU seconds of multiprocessing's fork server, if this process started one, with the
    children it forked and reaped (they are not this process's children: os.times misses them)."""
    forkserver = sys.modules.get("multiprocessing.forkserver")
    pid = getattr(getattr(forkserver, "_forkserver", None), "_forkserver_pid", None)
    if not pid:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return sum(int(tick) for tick in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def _cpu() -> tuple[float, float]:
    """(own, children) CPU seconds so far."""
    t = os.times()
    return t.user + t.system, t.children_user + t.children_system + _forkserver_cpu()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    path = os.environ.get(ENV)
    if not path:
        yield
        return
    own0, kids0 = _cpu()
    wall0 = time.perf_counter()
    yield
    own1, kids1 = _cpu()
    line = {
        "nodeid": item.nodeid,
        "cpu": round(own1 - own0 + kids1 - kids0, 4),
        "children": round(kids1 - kids0, 4),
        "wall": round(time.perf_counter() - wall0, 4),
        # which worker ran it and when it ended: shows a worker idle while another finishes
        "worker": os.environ.get("PYTEST_XDIST_WORKER", "main"),
        "end": round(time.time(), 3),
    }
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(line) + "\n")


def summary(lines: list[dict[str, object]], top: int = 40) -> str:
    """CPU by directory and module, the median GUI test and the `top` costliest tests."""
    by_dir: dict[str, float] = defaultdict(float)
    by_module: dict[str, float] = defaultdict(float)
    gui: list[float] = []
    for line in lines:
        nodeid = str(line["nodeid"])
        cpu = float(line["cpu"])  # type: ignore[arg-type]
        parts = nodeid.split("::")[0].split("/")
        by_dir["/".join(parts[:2])] += cpu
        by_module[nodeid.split("::")[0]] += cpu
        if nodeid.startswith("tests/gui/"):
            gui.append(cpu)
    out = [f"{len(lines)} tests, {sum(by_dir.values()):.1f} CPU-s"]
    out += [f"  {cpu:8.1f}  {name}" for name, cpu in sorted(by_dir.items(), key=lambda kv: -kv[1])]
    if gui:
        out.append(f"GUI tests: {len(gui)}, median {statistics.median(gui):.3f} CPU-s")
    out.append("modules:")
    ranked = sorted(by_module.items(), key=lambda kv: -kv[1])[:top]
    out += [f"  {cpu:8.1f}  {name}" for name, cpu in ranked]
    out.append("tests:")
    costly = sorted(lines, key=lambda line: -float(line["cpu"]))[:top]  # type: ignore[arg-type]
    out += [f"  {float(line['cpu']):8.2f}  {line['nodeid']}" for line in costly]  # type: ignore[arg-type]
    return "\n".join(out)


if __name__ == "__main__":
    text = Path(sys.argv[1]).read_text(encoding="utf-8")
    print(summary([json.loads(raw) for raw in text.splitlines() if raw.strip()]))
