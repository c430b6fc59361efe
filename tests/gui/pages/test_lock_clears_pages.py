"""After clear_sensitive (what lock calls), no widget or model of any record page holds record text.

Every page is filled with records carrying a canary — in notes, aliases, narratives, location
notes, alert summaries — with rows selected, details shown, searches typed and the interview
half-filled; then each page's clear_sensitive runs and a walk over every widget and every
item model looks for the canary.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from outreach_app.domain.enums import IncidentType
from outreach_app.domain.models import Area, Contact, Incident, Person, Vehicle
from outreach_app.storage.repos import areas, contacts, incidents, people
from outreach_app.ui.pages.alerts import AlertsPage
from outreach_app.ui.pages.contacts import ContactsPage
from outreach_app.ui.pages.incidents import IncidentsPage
from outreach_app.ui.pages.review import ReviewPage
from outreach_app.ui.pages.shift import ShiftPage

from .conftest import run_sync, settle

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: B008
    texts: list[str] = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models (QStringListModel…) keep columnCount private in PySide
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            texts += [str(model.data(index, role)) for role in ROLES]
            if columns > 1 and model.hasChildren(index):
                texts += _model_texts(model, index)
    return texts


def widget_texts(root: QWidget) -> list[str]:
    """Every text a widget tree shows or holds, including its item models."""
    texts: list[str] = []
    models: set[int] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [
            widget.windowTitle(),
            widget.toolTip(),
            widget.accessibleName(),
            widget.accessibleDescription(),
        ]
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QTextEdit):
            texts += [widget.toPlainText(), widget.toHtml()]
        elif isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())] + [widget.currentText()]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            models.add(id(widget.model()))
            texts += _model_texts(widget.model())
    for model in root.findChildren(QAbstractItemModel):
        if id(model) not in models:
            texts += _model_texts(model)
    for obj in root.findChildren(QObject):  # completers' string models hang off the page
        completer_model = getattr(obj, "completionModel", None)
        if callable(completer_model):
            texts += _model_texts(completer_model())
    return texts


def test_no_page_holds_record_text_after_clear_sensitive(qtbot, vault_ctx, canary) -> None:
    def fill(s: Any) -> None:
        area = Area(name=f"Area {canary}", region_id="region-north")
        areas.add_area(s.conn, area)
        person = Person(alias=f"Alias{canary}", notes=canary)
        people.add_person(s.conn, person)
        contacts.add_contacts(
            s.conn,
            [
                Contact(
                    person_id=person.id,
                    area_id=area.id,
                    notes=f"note {canary}",
                    occurred_at=datetime(2026, 11, d, tzinfo=UTC),
                )
                for d in range(1, 20)
            ],
        )
        incidents.add_incident(
            s.conn,
            Incident(
                worker_initials="AB",
                person_id=person.id,
                area_id=area.id,
                occurred_at=datetime(2026, 11, 20, tzinfo=UTC),
                types=[IncidentType.ROBBERY_THEFT],
                narrative=f"narrative {canary}",
                location_note=f"location {canary}",
                alert_summary=f"summary {canary}",
                vehicles=[Vehicle(colour=canary[:20])],
            ),
        )

    run_sync(qtbot, vault_ctx.tasks, fill)
    vault_ctx.clock = lambda: datetime(2026, 11, 29, 22, 0, tzinfo=UTC)
    pages = [
        ShiftPage(vault_ctx),
        ContactsPage(vault_ctx),
        IncidentsPage(vault_ctx),
        AlertsPage(vault_ctx),
        ReviewPage(vault_ctx),
    ]
    for page in pages:
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        page.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    shift, contacts_page, incidents_page, alerts_page, _review = pages

    shift.alias.setText(f"Alias{canary}")
    shift.note.setText(canary)
    contacts_page.search.setText(canary[:10])
    contacts_page.apply_filters()
    contacts_page.search.setText("")
    contacts_page.apply_filters()
    settle(qtbot, vault_ctx.tasks)
    contacts_page.table.selectRow(0)
    incidents_page.table.selectRow(0)
    alerts_page.check_box.setText(canary)
    settle(qtbot, vault_ctx.tasks)
    assert any(canary in text for page in pages for text in widget_texts(page)), (
        "the sweep must be able to fail"
    )

    incidents_page.open_selected()
    settle(qtbot, vault_ctx.tasks)
    assert canary in incidents_page.form.narrative.toPlainText()

    for page in pages:
        page.clear_sensitive()
    settle(qtbot, vault_ctx.tasks)
    for page in pages:
        leaks = [text for text in widget_texts(page) if canary in text]
        assert leaks == [], f"{type(page).__name__} still shows record text"
