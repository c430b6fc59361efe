"""The window's application-wide event filters run as one (outreach_app/ui/app_events.py).

The one filter calls each of the four for its `EVENT_TYPES` only: these tests show that each
of them ignores every other event type (so skipping those changes nothing), that the order and
the "taken, so no later filter sees it" rule are Qt's, and that the window's filter reaches
all four (the idle watcher sees input, the lock keys lock, labels turn plain).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from outreach_app.services.clipboard import ClipboardGuard
from outreach_app.services.lock import IdleWatcher, LockKeys
from outreach_app.ui.app_events import AppEventFilters
from outreach_app.ui.copy_router import CopyRouter
from outreach_app.ui.plain_text import PlainTextLabels
from tests.fake_clock import FakeClock

from .conftest import create_via_ui


def _every_event_type() -> list[QEvent.Type]:
    return list(QEvent.Type)


def test_each_filter_ignores_every_event_type_it_does_not_name(qtbot: Any, clock: FakeClock) -> None:
    label = QLabel("<b>x</b>")
    field = QLineEdit("selected text")
    qtbot.addWidget(label)
    qtbot.addWidget(field)
    field.selectAll()
    idle = IdleWatcher(clock=clock)
    idle.start()
    before = idle._last_activity
    clock.advance(5)
    filters: list[Any] = [CopyRouter(ClipboardGuard()), PlainTextLabels(), LockKeys(), idle]
    checked = 0
    for kind in _every_event_type():
        event = QEvent(kind)
        for each in filters:
            if kind in each.EVENT_TYPES:
                continue
            for watched in (label, field):
                assert each.eventFilter(watched, event) is False, (type(each).__name__, kind)
                checked += 1
    assert checked > 4 * 2 * 100  # Qt has well over a hundred event types
    assert idle._last_activity == before  # no other event counted as activity
    assert label.textFormat() == Qt.TextFormat.AutoText  # no other event made it plain
    # ...and each acts on a type it names (so the names are not empty or wrong).
    assert idle.eventFilter(field, QEvent(QEvent.Type.MouseMove)) is False
    assert idle._last_activity == clock()
    PlainTextLabels().eventFilter(label, QEvent(QEvent.Type.Polish))
    assert label.textFormat() == Qt.TextFormat.PlainText


class _Recorder(QObject):
    def __init__(self, name: str, kinds: set[QEvent.Type], takes: bool, calls: list[str]) -> None:
        super().__init__()
        self.EVENT_TYPES = frozenset(kinds)
        self._name, self._takes, self._calls = name, takes, calls

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        self._calls.append(self._name)
        return self._takes


def test_filters_run_in_order_each_for_its_types_and_none_after_one_takes_the_event(qapp: Any) -> None:
    calls: list[str] = []
    key, polish = QEvent.Type.KeyPress, QEvent.Type.Polish
    one = AppEventFilters(
        [
            _Recorder("first", {key}, False, calls),
            _Recorder("polish only", {polish}, False, calls),
            _Recorder("taker", {key}, True, calls),
            _Recorder("last", {key, polish}, False, calls),
        ]
    )
    target = QObject()
    assert one.eventFilter(target, QEvent(key)) is True
    assert calls == ["first", "taker"]
    calls.clear()
    assert one.eventFilter(target, QEvent(polish)) is False
    assert calls == ["polish only", "last"]
    calls.clear()
    assert one.eventFilter(target, QEvent(QEvent.Type.Paint)) is False
    assert calls == []


def test_the_windows_one_filter_reaches_all_four(
    qtbot: Any, desktop: Any, passphrase: str, clock: FakeClock
) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    idle = window.lock_service.idle
    clock.advance(30)
    assert idle._last_activity != clock()
    qtbot.mouseMove(window.main_screen.navigation)  # idle watcher: input is activity
    assert idle._last_activity == clock()
    label = QLabel("<i>from a record</i>", window.main_screen)
    label.show()  # polished: made plain
    assert label.textFormat() == Qt.TextFormat.PlainText
    qtbot.keyClick(window.main_screen.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_screen == "unlock", timeout=10_000)  # lock keys
