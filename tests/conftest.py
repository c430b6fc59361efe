"""Fixtures shared by every test package.

- modules with a `slow` test run first (tests/ordering.py), so they overlap with the rest.
- `xdist_group` marks keep their tests on one worker under `--dist loadgroup` (tests/xdist_groups.py).
- every collected test is accounted for (tests/accounting.py), checked at the end of a run.
- with OUTREACH_TEST_CPU_LOG=FILE, each test's CPU seconds go to FILE (tests/cpu_log.py).
- byte-code is written (to .pycache) even under PYTHONDONTWRITEBYTECODE: `_keep_bytecode`.
- PySide6's `__feature__` import hook is taken out once pytest-qt has loaded it (tests/qt_import_hook.py).
- `clock`: the one fake clock (tests/fake_clock.py), so no test sleeps or reads the real time.
- `canary`: a long random marker to plant in text fields and hunt for afterwards.
  The seed is printed so a failure can be replayed (OUTREACH_TEST_SEED=...).
- `pg_admin_url`: the PostgreSQL server for tests; in CI its absence is a failure,
  elsewhere the tests that need it skip saying why.
- `secret_service`: the OS keyring backend the app allows (Secret Service), the same way:
  a failure in CI (dev.py test runs pytest in a D-Bus session with gnome-keyring), a
  skip elsewhere.
"""

from __future__ import annotations

import os
import random
import secrets
import socket
import string
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from tests import accounting, ordering, qt_import_hook, xdist_groups
from tests.cpu_log import pytest_runtest_protocol as pytest_runtest_protocol  # OUTREACH_TEST_CPU_LOG
from tests.fake_clock import START, FakeClock
from tests.heap import pytest_collection_finish as pytest_collection_finish  # frozen once collected


def _keep_bytecode() -> None:
    """Write byte-code (and pytest's assert-rewritten test modules) to the gitignored .pycache
    folder even when the shell sets PYTHONDONTWRITEBYTECODE, as `dev.py test` does: without it
    every run, every xdist worker and every app or server process a test starts compiled the
    whole package from source again (collection of tests/gui and tests/unit: 21-23 CPU-s
    instead of 9, issue 19). Called before any test module or app package is imported;
    children inherit it through the environment."""
    if not sys.dont_write_bytecode:
        return
    prefix = os.environ.get("PYTHONPYCACHEPREFIX") or str(Path(__file__).resolve().parent.parent / ".pycache")
    sys.dont_write_bytecode = False
    if sys.pycache_prefix is None:
        sys.pycache_prefix = prefix
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = sys.pycache_prefix


_keep_bytecode()


PG_DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    """After pytest-qt has loaded PySide6: its `__feature__` import hook out (tests/qt_import_hook.py)."""
    qt_import_hook.drop_feature_hook()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    ordering.slow_modules_first(items)
    xdist_groups.keep_groups(config, items)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """The summary adds up to what was collected, or the run fails (tests/accounting.py)."""
    accounting.check(session)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    accounting.report(terminalreporter)


@pytest.fixture(autouse=True)
def _no_free_memory_sweep_at_lock() -> Iterator[None]:
    """Closing a vault session zeroes the allocators' free memory (issue 16). In a pytest
    worker, whose heap holds every earlier test's garbage, that sweep took 1-10 s per test that
    unlocks a few times (half the suite's time); tests skip it as they skip the production KDF,
    and tests/unit/memory runs it for real, in fresh processes, where the app's lock does.

    Its own MonkeyPatch, not the test's `monkeypatch`: a test that calls `monkeypatch.undo()`
    to end its own patch (four do) brought the sweep back for the rest of the test, 3-8 CPU-s
    each in tests/unit/core/test_slot_revocation.py (issue 19)."""
    from outreach_app.core import vault_session

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(vault_session, "scrub_free_memory", lambda: 0)
        yield


@pytest.fixture(autouse=True)
def _qt_widgets_deleted_after_each_test() -> Iterator[None]:
    """Each test leaves the QApplication without widgets, as a fresh one.

    pytest-qt closes the widgets a test registered with deleteLater, which only an event loop
    carries out, and a window a test built and closed itself is never deleted: in one worker
    they piled up (a whole main window, 1,000 widgets, after one settings test), and every
    later theme or palette change restyled them all (a chart test: 0.7 CPU-s alone, 4.7 after
    the shell tests). Closed (hidden) top-level widgets are deleted once the test's own
    fixtures are done; a widget still shown is left alone (its owner may still close it)."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = None if widgets is None else widgets.QApplication.instance()
    if not (widgets is not None and isinstance(app, widgets.QApplication)):
        return  # none, or a widget-less QGuiApplication (the CLI's handout makes one): no widgets
    from PySide6.QtCore import QCoreApplication, QEvent

    for widget in app.topLevelWidgets():
        if not widget.isVisible():
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def clock_start() -> datetime:
    """Where `clock` starts; a package whose tests are written for another moment overrides it."""
    return START


@pytest.fixture
def clock(clock_start: datetime) -> FakeClock:
    """A fresh fake clock for each test, at `clock_start`."""
    return FakeClock(clock_start)


@pytest.fixture
def seed(request: pytest.FixtureRequest) -> int:
    """A seed for anything random in a test, printed so a failure can be replayed."""
    value = int(os.environ.get("OUTREACH_TEST_SEED") or secrets.randbits(32))
    print(f"\n[seed] {request.node.nodeid}: OUTREACH_TEST_SEED={value}")
    return value


@pytest.fixture
def canary(seed: int) -> str:
    """A 40-character random marker nothing else could contain by chance."""
    rng = random.Random(seed)
    body = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(32))
    return f"CANARY{body}Q"


def _port_answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    url = os.environ.get("OUTREACH_TEST_PG_URL", PG_DEFAULT_URL)
    if not _port_answers("127.0.0.1", 5432):
        if os.environ.get("CI") == "true":
            pytest.fail("CI must run the PostgreSQL tests, but nothing answers on 127.0.0.1:5432")
        pytest.skip("no PostgreSQL on 127.0.0.1:5432 (dev.py test starts one on CI)")
    yield url


@pytest.fixture
def secret_service() -> KeyringBackend:
    from outreach_app.crypto.keyring_store import allowed_os_backend

    backend: KeyringBackend | None = allowed_os_backend()
    if backend is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI runs pytest inside a D-Bus session with gnome-keyring; no Secret Service found")
        pytest.skip("no Secret Service session here (dev.py test starts one)")
    return backend
