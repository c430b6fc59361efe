"""A broadcast of what data changed, so views decide for themselves whether to refresh.

Code that changes data never calls into screens: after an operation succeeds its caller
publishes `Changes` on the bus, and each page checks whether a kind it shows is in it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

# The kinds in use; a page may listen for any of them. Others may be added freely.
CONTACTS = "contacts"
PEOPLE = "people"
INCIDENTS = "incidents"
SHIFTS = "shifts"
AREAS = "areas"
OUTBOX = "outbox"
ALERTS = "alerts"
SETTINGS = "settings"
SYNC = "sync"
OUTSIDE_FILES = "outside_files"  # a file was written outside the vault (quick delete's list)
ALL_KINDS = frozenset(
    {CONTACTS, PEOPLE, INCIDENTS, SHIFTS, AREAS, OUTBOX, ALERTS, SETTINGS, SYNC, OUTSIDE_FILES}
)


@dataclass(frozen=True)
class Changes:
    """What changed: the kinds of data, and record ids when known (empty = "some of them").

    Attributes:
        kinds: e.g. {"contacts", "people"}.
        ids: ids of the changed records, if the operation knows them.
    """

    kinds: frozenset[str]
    ids: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *kinds: str, ids: Iterable[str] = ()) -> Changes:
        return cls(frozenset(kinds), frozenset(ids))

    def touches(self, *kinds: str) -> bool:
        """True if any of `kinds` changed."""
        return not self.kinds.isdisjoint(kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.ids | other.ids)


class ChangeBus(QObject):
    """Signals:
    changed(Changes): emitted on the GUI thread after data changed (publish from a callback;
        publishing from a worker thread is also safe — Qt queues it to the GUI thread).
    """

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        if changes.kinds:
            self.changed.emit(changes)
