"""Small pieces the record pages share: error wording, enum pickers, areas, unsaved-form checks.

Error messages shown to the worker never include exception text (it may hold record text):
a page names what failed and, for the errors it expects, what to do.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from enum import StrEnum
from uuid import UUID

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QTableView, QWidget

from outreach_app.domain.errors import describe_validation_error
from outreach_app.domain.models import Area
from outreach_app.ui.models.labels import label


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordPages", text)


def error_text(exc: BaseException, doing: str) -> str:
    """What went wrong while `doing` (already translated), without any record text."""
    from outreach_app.ops.records import StorageError
    from outreach_app.services.tasks import NoSessionError

    if isinstance(exc, ValidationError):
        return (
            QCoreApplication.translate("RecordPages", "Could not %1: %2")
            .replace("%1", doing)
            .replace("%2", describe_validation_error(exc))
        )
    if isinstance(exc, NoSessionError):
        return QCoreApplication.translate("RecordPages", "Could not %1: the vault is locked.").replace(
            "%1", doing
        )
    if isinstance(exc, StorageError):
        return (
            QCoreApplication.translate(
                "RecordPages", "Could not %1: the vault refused the change (%2). Nothing was saved."
            )
            .replace("%1", doing)
            .replace("%2", type(exc).__name__)
        )
    return (
        QCoreApplication.translate("RecordPages", "Could not %1 (%2).")
        .replace("%1", doing)
        .replace("%2", type(exc).__name__)
    )


def enum_combo(values: Iterable[StrEnum], accessible_name: str, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for value in values:
        combo.addItem(label(value), value.value)
    combo.setAccessibleName(accessible_name)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
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
    ColumnsFitWidth(view)
    return view


# The narrowest a column is squeezed to (a few characters and the elision mark).
MIN_COLUMN_PX = 48


class ColumnsFitWidth(QObject):
    """Keeps a table's columns within its width, so no page needs sideways scrolling on a
    small screen (a 1366×768 laptop at 150 % has 911 pixels): when the columns are wider
    than the view, each is narrowed in proportion (text is elided, the tooltip and the
    detail pane still show it all); on a wide screen the widths the page chose stand."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._fitting = False
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionCountChanged.connect(lambda _old, _new: self.fit())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        if self._fitting:
            return
        header = self._view.horizontalHeader()
        available = self._view.viewport().width()
        columns = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        if not columns or available <= 0 or sum(header.sectionSize(i) for i in columns) <= available:
            return
        floor = max(MIN_COLUMN_PX, header.minimumSectionSize())
        sizes = {column: header.sectionSize(column) for column in columns}
        for _ in range(4):  # columns already at the floor give nothing: take the rest from the others
            excess = sum(sizes.values()) - available
            flexible = [column for column in columns if sizes[column] > floor]
            if excess <= 0 or not flexible:
                break
            share = sum(sizes[column] for column in flexible)
            for column in flexible:
                sizes[column] = max(floor, sizes[column] - math.ceil(excess * sizes[column] / share))
        self._fitting = True
        try:
            for column, size in sizes.items():
                header.resizeSection(column, size)
        finally:
            self._fitting = False


def set_tab_chain(widgets: Sequence[QWidget]) -> None:
    """Tab moves through `widgets` in this order (reading order, not creation order)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
