"""Every collected test is accounted for: the run's summary must add up to what was collected.

A run once printed "2 workers [1124 items]" and then "1116 passed" with nothing else reported:
eight tests had gone without a word. At the end of a whole run (on the xdist controller, or
the only process) this counts the distinct tests that reported an outcome (passed, failed,
skipped, xfailed, xpassed, error) against the number collected, prints the sum, and fails the
run when they differ. A run stopped early (-x, --maxfail, Ctrl-C) is not checked.
"""

from __future__ import annotations

import pytest

OUTCOMES = ("passed", "failed", "skipped", "xfailed", "xpassed", "error")


def outcome_counts(terminal: pytest.TerminalReporter) -> dict[str, int]:
    """outcome → number of distinct tests with a report of that outcome (collect errors aside).

    A test that passes and then errors in teardown counts under both, as pytest prints it.
    """
    counts: dict[str, int] = {}
    for outcome in OUTCOMES:
        ids = {
            report.nodeid
            for report in terminal.stats.get(outcome, [])
            if isinstance(report, pytest.TestReport)
        }
        if ids:
            counts[outcome] = len(ids)
    return counts


def accounted_ids(terminal: pytest.TerminalReporter) -> set[str]:
    return {
        report.nodeid
        for outcome in OUTCOMES
        for report in terminal.stats.get(outcome, [])
        if isinstance(report, pytest.TestReport)
    }


def unaccounted(session: pytest.Session) -> tuple[int, int, dict[str, int]] | None:
    """(collected, accounted for, counts) for a finished whole run; None when not to check."""
    if hasattr(session.config, "workerinput"):  # an xdist worker: the controller checks
        return None
    if session.shouldstop or session.shouldfail or session.config.option.collectonly:
        return None
    terminal = session.config.pluginmanager.get_plugin("terminalreporter")
    if not isinstance(terminal, pytest.TerminalReporter):
        return None
    return session.testscollected, len(accounted_ids(terminal)), outcome_counts(terminal)


STASH = pytest.StashKey[str]()


def check(session: pytest.Session) -> None:
    """Keep the sum for the summary; mark the run failed when it does not add up."""
    found = unaccounted(session)
    if found is None:
        return
    collected, accounted, counts = found
    parts = " + ".join(f"{n} {outcome}" for outcome, n in counts.items()) or "nothing"
    if accounted == collected:
        session.config.stash[STASH] = f"accounted for: {collected} collected, {parts}"
        return
    session.config.stash[STASH] = (
        f"NOT ACCOUNTED FOR: {collected} collected but {accounted} reported an outcome ({parts})"
    )
    if session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def report(terminal: pytest.TerminalReporter) -> None:
    """Print the sum at the end of the summary (pytest_terminal_summary)."""
    line = terminal.config.stash.get(STASH, None)
    if line is not None:
        terminal.write_line(line, red=line.startswith("NOT"), bold=line.startswith("NOT"))
