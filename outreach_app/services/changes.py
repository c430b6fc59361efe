"""A broadcast of what data changed, so views decide for themselves whether to refresh.

Code that changes data never calls into screens: after an operation succeeds its caller
publishes `Changes` on the bus, and each page checks whether a kind it shows is in it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from outreach_app.ops.changes import ALL_KINDS, Changes, Kind

# The kinds under their old names, until every caller says Kind.X (issue 19).
CONTACTS = Kind.CONTACTS
PEOPLE = Kind.PEOPLE
INCIDENTS = Kind.INCIDENTS
SHIFTS = Kind.SHIFTS
AREAS = Kind.AREAS
OUTBOX = Kind.OUTBOX
ALERTS = Kind.ALERTS
SETTINGS = Kind.SETTINGS
SYNC = Kind.SYNC
OUTSIDE_FILES = Kind.OUTSIDE_FILES

__all__ = ["ALL_KINDS", "ChangeBus", "Changes", "Kind"]


class ChangeBus(QObject):
    """Signals:
    changed(Changes): emitted on the GUI thread after data changed (publish from a callback;
        publishing from a worker thread is also safe — Qt queues it to the GUI thread).
    """

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        if changes.kinds:
            self.changed.emit(changes)
