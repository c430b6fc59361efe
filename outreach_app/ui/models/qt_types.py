"""Types of the Qt model interface, named once for every model and page (issue 19).

`AnyIndex`: what Qt hands a model as an index (a plain or a persistent one).
`ItemData`: what `data()` and `headerData()` answer for a role. PySide6 leaves the answer
untyped (a QVariant); the app's models answer only text, numbers, colours, fonts, alignment or
nothing (None: "no data for this role").
"""

from __future__ import annotations

from typing import TypeAlias

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex
ItemData: TypeAlias = str | int | float | QColor | QBrush | QFont | QIcon | Qt.AlignmentFlag | None
