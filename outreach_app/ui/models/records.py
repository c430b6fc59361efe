"""Lazy list models for contacts, incidents and people, over `ops.search` (the one path the
pages and `outreach search` run; its docstring says how listing and searching stay cheap).

The models add only what the table shows (columns, texts); `count_rows`/`load_block` run on
the DB thread (the task manager's one writer).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar, Unpack
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QObject

from outreach_app.domain.models import Person
from outreach_app.ops import search
from outreach_app.ops.search import ContactRow, IncidentRow, RecordQuery, RecordSource
from outreach_app.ops.session import VaultSession
from outreach_app.services.tasks import TaskManager
from outreach_app.ui.models.labels import label, local_time_text
from outreach_app.ui.models.lazy_table import BlockSizes, Column, LazyTableModel

__all__ = ["ContactRow", "ContactsModel", "IncidentRow", "IncidentsModel", "PeopleModel", "RecordQuery"]


R = TypeVar("R", ContactRow, IncidentRow)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordModels", text)


class _SearchingModel(LazyTableModel[R, RecordQuery], Generic[R]):
    """Windows a plain listing, or the store's union search for the search box text."""

    source: RecordSource[R]

    def __init__(
        self, tasks: TaskManager, parent: QObject | None = None, **sizes: Unpack[BlockSizes]
    ) -> None:
        super().__init__(tasks, parent, **sizes)
        self.query = RecordQuery()

    def count_rows(self, session: VaultSession, query: RecordQuery | None) -> int:
        return self.source.count(session, query or RecordQuery())

    def block_bounds(
        self, session: VaultSession, query: RecordQuery | None, block_size: int
    ) -> tuple[int, Sequence[int]] | None:
        return self.source.block_bounds(session, query or RecordQuery(), block_size)

    def load_block(
        self, session: VaultSession, query: RecordQuery | None, offset: int, limit: int
    ) -> Sequence[R]:
        return self.source.block(session, query or RecordQuery(), offset, limit)

    def load_block_from(
        self, session: VaultSession, query: RecordQuery | None, start: int, limit: int
    ) -> Sequence[R]:
        return self.source.block_from(session, query or RecordQuery(), int(start), limit)

    def clear(self) -> None:
        super().clear()
        self.query = RecordQuery()


class ContactsModel(_SearchingModel[ContactRow]):
    """Contacts, newest first: when, area, alias, how, what was handed out, referrals, note."""

    source = search.CONTACTS

    def columns(self) -> list[Column[ContactRow]]:
        return [
            Column(
                QCoreApplication.translate("RecordModels", "When"),
                lambda r: local_time_text(r.contact.occurred_at, r.contact.zone),
            ),
            Column(QCoreApplication.translate("RecordModels", "Area"), lambda r: r.area),
            Column(QCoreApplication.translate("RecordModels", "Alias"), lambda r: r.alias),
            Column(QCoreApplication.translate("RecordModels", "How"), lambda r: label(r.contact.kind)),
            Column(
                QCoreApplication.translate("RecordModels", "Supplies"),
                _supplies_text,
                QCoreApplication.translate("RecordModels", "Supplies handed out, with counts"),
            ),
            Column(
                QCoreApplication.translate("RecordModels", "Referrals"),
                lambda r: ", ".join(label(k) for k in r.contact.referrals),
            ),
            Column(
                QCoreApplication.translate("RecordModels", "Note"), lambda r: _first_line(r.contact.notes)
            ),
        ]

    def row_key(self, row: ContactRow) -> UUID:
        return row.contact.id


class IncidentsModel(_SearchingModel[IncidentRow]):
    """Incidents, newest first: when, area, alias, what happened, vehicles/numbers on file."""

    source = search.INCIDENTS

    def columns(self) -> list[Column[IncidentRow]]:
        return [
            Column(QCoreApplication.translate("RecordModels", "When"), _incident_when),
            Column(QCoreApplication.translate("RecordModels", "Area"), lambda r: r.area),
            Column(QCoreApplication.translate("RecordModels", "Alias"), lambda r: r.alias),
            Column(
                QCoreApplication.translate("RecordModels", "What happened"),
                lambda r: ", ".join(label(t) for t in r.incident.types),
            ),
            Column(
                QCoreApplication.translate("RecordModels", "Perpetrators"),
                lambda r: str(len(r.incident.perpetrators)),
                QCoreApplication.translate("RecordModels", "Number of perpetrators"),
            ),
            Column(
                QCoreApplication.translate("RecordModels", "Plates"), lambda r: " ".join(r.incident.plates())
            ),
            Column(
                QCoreApplication.translate("RecordModels", "Summary"),
                lambda r: _first_line(r.incident.alert_summary),
            ),
        ]

    def row_key(self, row: IncidentRow) -> UUID:
        return row.incident.id


class PeopleModel(LazyTableModel[Person, RecordQuery]):
    """People A→Z by alias; `query.text` matches aliases (and words of notes) as you type."""

    def __init__(
        self, tasks: TaskManager, parent: QObject | None = None, **sizes: Unpack[BlockSizes]
    ) -> None:
        super().__init__(tasks, parent, **sizes)
        self.query = RecordQuery()

    def columns(self) -> list[Column[Person]]:
        return [
            Column(QCoreApplication.translate("RecordModels", "Alias"), lambda p: p.alias),
            Column(QCoreApplication.translate("RecordModels", "Age"), lambda p: label(p.age_band)),
            Column(QCoreApplication.translate("RecordModels", "Gender"), lambda p: label(p.gender)),
            Column(QCoreApplication.translate("RecordModels", "Language"), lambda p: p.preferred_language),
        ]

    def row_key(self, row: Person) -> UUID:
        return row.id

    def count_rows(self, session: VaultSession, query: RecordQuery | None) -> int:
        return search.count_people(session, query or RecordQuery())

    def load_block(
        self, session: VaultSession, query: RecordQuery | None, offset: int, limit: int
    ) -> Sequence[Person]:
        return search.people_block(session, query or RecordQuery(), offset, limit)

    def clear(self) -> None:
        super().clear()
        self.query = RecordQuery()


def _first_line(text: str, limit: int = 80) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _supplies_text(row: ContactRow) -> str:
    return ", ".join(f"{label(kind)} {count}" for kind, count in row.contact.supplies.items())


def _incident_when(row: IncidentRow) -> str:
    text = local_time_text(row.incident.occurred_at, row.incident.zone)
    if row.incident.occurred_precision.value != "exact":
        text = "≈ " + text
    return text
