"""Fixtures for every GUI test.

- `qtbot`: pytest-qt's, its `waitUntil` checking the condition every millisecond rather than
  every 10 (tests/gui/quick_waits.py: the workers no longer idle up to 9 ms a wait).
- (autouse) one SSL context on the system's trust store per process, shared by every
  `SyncClient` the tests make (below).
"""

from __future__ import annotations

import functools
import ssl
from pathlib import Path
from typing import Any

import pytest

from outreach_app.sync import client
from tests.gui.quick_waits import QuickQtBot

_make_context = client._ssl_context


@pytest.fixture
def qtbot(qapp: Any, request: pytest.FixtureRequest) -> QuickQtBot:
    """pytest-qt's fixture of the same name, made with `QuickQtBot`."""
    return QuickQtBot(request)


@functools.cache
def _system_trust() -> ssl.SSLContext:
    return _make_context(None)


def _ssl_context(ca_bundle: Path | None) -> ssl.SSLContext:
    return _system_trust() if ca_bundle is None else _make_context(ca_bundle)


@pytest.fixture(autouse=True)
def _one_system_trust_context(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every `SyncClient` (a sync pass, an enrolment, a desk's call) makes an SSL context on the
    system's trust store (`sync/client.py: _ssl_context`), loading the CA bundle: ~30 ms of CPU,
    70 times in a run of tests/gui, nearly all for plain http:// servers on loopback (issue 19).
    Here the system-trust context is made once per process by the real function, then shared,
    as tests/e2e/conftest.py does; a `ca_bundle` (a TLS test's own CA) still gets a new one."""
    monkeypatch.setattr(client, "_ssl_context", _ssl_context)
