"""Check boxes in as many columns as fit the width (two or three), never cut off.

A wrapping list view elides its items ("Ra…", "Fra…") when the pane is narrow; check boxes
in a grid keep their whole text, each is its own widget for Tab and screen readers, and
the grid picks the most columns whose widest boxes fit the width it is given.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLayout, QSizePolicy, QWidget


class CheckGrid(QWidget):
    """Attributes: boxes (in reading order, row by row); columns (how many are shown now)."""

    def __init__(
        self, boxes: Sequence[QCheckBox], parent: QWidget | None = None, *, fewest: int = 2, most: int = 3
    ) -> None:
        super().__init__(parent)
        self.boxes = list(boxes)
        self.fewest, self.most = fewest, most
        self.columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        # The grid must not pin the widget to the width of its widest arrangement, or it
        # could never go back to fewer columns when the pane narrows.
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        for box in self.boxes:
            box.setParent(self)
        self._arrange(fewest)

    def width_for(self, columns: int) -> int:
        """The width `columns` columns need: each column as wide as its widest box."""
        widths = [0] * columns
        for number, box in enumerate(self.boxes):
            widths[number % columns] = max(widths[number % columns], box.sizeHint().width())
        return sum(widths) + self._grid.horizontalSpacing() * (columns - 1)

    def _height_for(self, columns: int) -> int:
        rows = -(-len(self.boxes) // columns)
        row_height = max((box.sizeHint().height() for box in self.boxes), default=0)
        return rows * row_height + max(0, rows - 1) * self._grid.verticalSpacing()

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        for box in self.boxes:
            self._grid.removeWidget(box)
        for column in range(self.most):
            self._grid.setColumnStretch(column, 0)
        for number, box in enumerate(self.boxes):
            row, column = divmod(number, columns)
            self._grid.addWidget(box, row, column)
        self._grid.setColumnStretch(columns, 1)  # spare width after the last column
        self.columns = columns
        self.updateGeometry()

    def columns_for(self, width: int) -> int:
        return next((c for c in range(self.most, self.fewest, -1) if self.width_for(c) <= width), self.fewest)

    def sizeHint(self) -> QSize:
        return QSize(self.width_for(self.columns), self._height_for(self.columns))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.width_for(self.fewest), self._height_for(self.columns))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(self.columns_for(event.size().width()))
        super().resizeEvent(event)
