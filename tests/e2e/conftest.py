"""Fixtures for the end-to-end tests: what the client costs only because it runs inside pytest.

These tests run the device's CLI and sync client in the pytest process (the crash tests fork
real processes instead). Two things the client does once per command in production cost many
times more here (issue 19):

- `outreach sync` settles the collector before its pass (`core/gc_tuning.py:settle_heap`): a
  full collection, which in a CLI process walks the CLI's heap, and here the whole pytest
  process's (every collected module and test item): 0.15-0.2 CPU-s each, ~15 passes in
  tests/e2e/test_sync_cli.py, test_withdraw_anywhere.py and test_cli_json.py alone. Here it
  freezes the heap and sets the thresholds as the real one does, without the full
  collection: what the pass then runs with is the same. tests/unit/core/test_gc_tuning.py
  tests `settle_heap` itself and test_sync_cli.py's heap test runs `outreach sync` with it.
- every `SyncClient` makes an SSL context on the system's trust store (`sync/client.py:
  _ssl_context`), loading the CA bundle: ~50 ms of CPU, 53 times in those three files, most of
  them for plain http:// servers on loopback. Here the system-trust context is made once per
  process by the real function, then shared, as tests/server_harness.py:default_tls does for
  the tests' own clients; a `ca_bundle` (the TLS tests' own CA) still gets a new context.
"""

from __future__ import annotations

import functools
import gc
import ssl
from pathlib import Path

import pytest

from outreach_app.cli import sync_cmds
from outreach_app.core.gc_tuning import CLIENT_THRESHOLDS
from outreach_app.sync import client

_make_context = client._ssl_context


@functools.cache
def _system_trust() -> ssl.SSLContext:
    return _make_context(None)


def _ssl_context(ca_bundle: Path | None) -> ssl.SSLContext:
    return _system_trust() if ca_bundle is None else _make_context(ca_bundle)


def settle_heap_without_collecting() -> None:
    """`settle_heap` but its full collection: thawed, frozen again, the client's thresholds."""
    gc.unfreeze()
    gc.freeze()
    gc.set_threshold(*CLIENT_THRESHOLDS)


@pytest.fixture(autouse=True)
def _client_costs_of_a_cli_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client, "_ssl_context", _ssl_context)
    monkeypatch.setattr(sync_cmds, "settle_heap", settle_heap_without_collecting)
