"""A second copy of the app on the same vault is found before it asks anything, and brings
the first window forward (a second real `outreach` process: test_entry_point.py)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalServer

from outreach_app.services.single_instance import SingleInstance, instance_key


def test_the_key_depends_on_the_folder_and_shows_nothing_of_it(tmp_path: Path) -> None:
    first = instance_key(tmp_path / "Jo Bloggs vault")
    assert first == instance_key(tmp_path / "." / "Jo Bloggs vault")
    assert first != instance_key(tmp_path / "other")
    assert "Jo" not in first and "vault" not in first and tmp_path.name not in first


def test_a_second_claim_asks_the_first_to_come_forward(qtbot, tmp_path: Path) -> None:
    key = instance_key(tmp_path)
    first = SingleInstance(key)
    assert first.claim()
    second = SingleInstance(key)
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        assert not second.claim()
    first.release()
    third = SingleInstance(key)
    assert third.claim()  # free again once the first copy has gone
    third.release()


def test_a_socket_left_by_a_crashed_copy_does_not_block_the_next_start(qtbot, tmp_path: Path) -> None:
    key = instance_key(tmp_path)
    probe = QLocalServer()
    assert probe.listen(key)
    socket_path = probe.fullServerName()
    probe.close()
    # A copy that crashed leaves its bound socket file behind, and nobody answers on it.
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(socket_path)
    stale.close()
    assert Path(socket_path).exists()
    fresh = SingleInstance(key)
    assert fresh.claim()
    assert not SingleInstance(key).claim()  # and it really holds the key now
    fresh.release()


@pytest.mark.qt_log_ignore("^This plugin does not support raise")  # offscreen has no stacking
def test_window_comes_forward_when_asked(qtbot, desktop) -> None:
    window = desktop.window
    window.showMinimized()
    window.bring_forward()
    assert not (window.windowState() & Qt.WindowState.WindowMinimized)
    assert window.isVisible()
