"""The window's application-wide event filters, installed on the QApplication as one.

Every event of every object in the application passes each application-wide event filter.
One written in Python costs a call from C++ into Python for each event, with the event and the
object wrapped for Python, whatever the filter then does with it; with four such filters
(idle activity, the lock keys, plain-text labels, the copy router) that was half the CPU of
building, unlocking and using the window (a test's desktop: ~1.45 CPU-s with four, ~0.65
without any; issue 19). Installed as one, each event crosses into Python once and each filter
still sees it exactly as before: in the order Qt called them (the last installed first), and
none after one that took the event (returned True). Each filter names the event types it acts
on (`EVENT_TYPES`; it returns False and does nothing for any other), so an event none of them
wants costs one call and one look-up (tests/gui/shell/test_app_events.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, QObject


class TypedFilter(Protocol):
    """An event filter that acts only on the event types it names (and returns False, doing
    nothing, for every other)."""

    @property
    def EVENT_TYPES(self) -> Collection[QEvent.Type]: ...  # a class constant in each filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool: ...


class AppEventFilters(QObject):
    """Args:
    filters: the filters in the order they see an event (Qt's order for application filters
        is the reverse of their installation). Each is called through its `eventFilter`, for
        the event types in its `EVENT_TYPES` only.
    """

    def __init__(self, filters: Sequence[TypedFilter], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filters: tuple[tuple[Collection[QEvent.Type], Callable[[QObject, QEvent], bool]], ...] = tuple(
            (frozenset(each.EVENT_TYPES), each.eventFilter) for each in filters
        )
        self._wanted = frozenset().union(*(kinds for kinds, _call in self._filters))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        kind = event.type()  # once: each call builds a Python enum value
        if kind not in self._wanted:  # most events (paints, layouts, timers): no filter wants them
            return False
        # In order, none after the first that takes the event, as Qt does. A loop, not any():
        # this runs for every key press and polish, and a generator per event costs.
        for kinds, call in self._filters:  # noqa: SIM110
            if kind in kinds and call(watched, event):
                return True
        return False
