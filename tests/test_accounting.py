"""The end-of-run check that every collected test reported an outcome (tests/accounting.py),
run on a throwaway suite in a child pytest so its verdict does not end this run.

The child pytest is a process of its own forked from the fork server (tests/forks.py), which
imported pytest once, not a fresh Python that imports it each time (~0.5 CPU-s of start-up a
run; issue 19): its own process, exit code, stdout and session all the same."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.forks import ForkedProcess, preload
from tests.xdist_groups import FORK_SERVER

pytestmark = FORK_SERVER  # one fork server per run (tests/xdist_groups.py)

preload(pytest.__name__)

SUITE = """
def test_passes():
    assert True

def test_also_passes():
    assert 1 + 1 == 2
"""

CONFTEST = """
from tests import accounting

def pytest_sessionfinish(session):
    accounting.check(session)

def pytest_terminal_summary(terminalreporter):
    accounting.report(terminalreporter)
"""

# A test collected and then never run nor reported: the way tests went missing before.
SWALLOW_ONE = """

def pytest_runtest_protocol(item, nextitem):
    if item.name == "test_also_passes":
        return True
    return None
"""

ROOT = Path(__file__).resolve().parents[1]


def _run(tmp_path: Path, conftest: str) -> tuple[int | None, str]:
    """(exit code, stdout + stderr) of `pytest` on the throwaway suite with `conftest`."""
    (tmp_path / "conftest.py").write_text(conftest)
    (tmp_path / "test_suite.py").write_text(SUITE)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    args = ["-q", "-p", "no:cacheprovider", "--disable-plugin-autoload", "--rootdir", str(tmp_path)]
    args += ["-c", os.devnull, str(tmp_path)]
    child = ForkedProcess(pytest.main, args, env=env, argv=["pytest", *args], stdout=True, text=True)
    out, err = child.communicate(timeout=120)
    return child.returncode, out + err


def test_a_run_that_adds_up_says_so_and_passes(tmp_path: Path) -> None:
    code, output = _run(tmp_path, CONFTEST)
    assert code == 0, output
    assert "accounted for: 2 collected, 2 passed" in output


def test_a_test_that_reports_nothing_fails_the_run(tmp_path: Path) -> None:
    code, output = _run(tmp_path, CONFTEST + SWALLOW_ONE)
    assert code == 1, output
    assert "NOT ACCOUNTED FOR: 2 collected but 1 reported an outcome (1 passed)" in output
