"""A table model over a short list held in memory, one row per item and fixed column headers.

The small tables (alerts, the outbox, the audit log) differ only in how they show a row;
counting rows and columns and answering header requests is the same for all of them.
Large lists use `lazy_table.LazyTableModel` instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from outreach_app.ui.models.qt_types import AnyIndex, ItemData

Item = TypeVar("Item")


class RowListModel(QAbstractTableModel, Generic[Item]):
    """Attributes:
    rows: the items shown, in order (replace them with `set_rows`, or inside a model reset).
    """

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self.rows: list[Item] = []

    def set_rows(self, rows: Sequence[Item]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: AnyIndex) -> Item | None:
        """The item behind a valid index, else None."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> ItemData:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None
