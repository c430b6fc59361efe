"""Small pieces the record pages share: error wording, enum pickers, areas, unsaved-form checks.

Error messages shown to the worker never include exception text (it may hold record text):
a page names what failed and, for the errors it expects, what to do.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Any
from uuid import UUID

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QTableView, QWidget

from outreach_app.domain.errors import describe_validation_error
from outreach_app.domain.models import Area
from outreach_app.ui.models.labels import label


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordPages", text)


def error_text(exc: BaseException, doing: str) -> str:
    """What went wrong while `doing` (already translated), without any record text."""
    from outreach_app.services.tasks import NoSessionError
    from outreach_app.storage.connection import StorageError

    if isinstance(exc, ValidationError):
        return _tr("Could not %1: %2").replace("%1", doing).replace("%2", describe_validation_error(exc))
    if isinstance(exc, NoSessionError):
        return _tr("Could not %1: the vault is locked.").replace("%1", doing)
    if isinstance(exc, StorageError):
        return (
            _tr("Could not %1: the vault refused the change (%2). Nothing was saved.")
            .replace("%1", doing)
            .replace("%2", type(exc).__name__)
        )
    return _tr("Could not %1 (%2).").replace("%1", doing).replace("%2", type(exc).__name__)


def enum_combo(values: Iterable[StrEnum], accessible_name: str, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for value in values:
        combo.addItem(label(value), value.value)
    combo.setAccessibleName(accessible_name)
    return combo


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def fill_areas(combo: QComboBox, areas: list[Area], *, any_text: str | None = None) -> None:
    """Refill an area picker keeping the current choice; `any_text` adds a "no filter" entry."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if any_text is not None:
        combo.addItem(any_text, None)
    for area in areas:
        combo.addItem(area.name, str(area.id))
    select_data(combo, current)
    combo.blockSignals(False)


def area_id_of(combo: QComboBox) -> UUID | None:
    data = combo.currentData()
    return UUID(data) if data else None


def checked_values(boxes: dict[StrEnum, QCheckBox]) -> list[StrEnum]:
    return [value for value, box in boxes.items() if box.isChecked()]


def status_label(parent: QWidget, accessible_name: str) -> QLabel:
    """A one-line message area that screen readers announce when it changes."""
    widget = QLabel("", parent)
    widget.setWordWrap(True)
    widget.setAccessibleName(accessible_name)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return widget


def record_table(parent: QWidget, accessible_name: str) -> QTableView:
    """A read-only, row-selecting table for lazy models (uniform rows: no per-row sizing)."""
    view = QTableView(parent)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    return view


def set_tab_chain(widgets: Sequence[QWidget]) -> None:
    """Tab moves through `widgets` in this order (reading order, not creation order)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
