"""The end-of-run check that every collected test reported an outcome (tests/accounting.py),
run on a throwaway suite in a child pytest so its verdict does not end this run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


def _run(tmp_path: Path, conftest: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "conftest.py").write_text(conftest)
    (tmp_path / "test_suite.py").write_text(SUITE)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--disable-plugin-autoload",
            "--rootdir",
            str(tmp_path),
            "-c",
            os.devnull,
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_a_run_that_adds_up_says_so_and_passes(tmp_path: Path) -> None:
    done = _run(tmp_path, CONFTEST)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "accounted for: 2 collected, 2 passed" in done.stdout


def test_a_test_that_reports_nothing_fails_the_run(tmp_path: Path) -> None:
    done = _run(tmp_path, CONFTEST + SWALLOW_ONE)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "NOT ACCOUNTED FOR: 2 collected but 1 reported an outcome (1 passed)" in done.stdout
