"""Closing a half-done interview asks first; keeping it (the default) changes nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentForm", text)


def ask_discard(
    parent: QWidget, on_discard: Callable[[], None], on_closed: Callable[[], None]
) -> QMessageBox:
    """Open (not exec) the question; `on_closed` runs when it closes, then `on_discard` if
    the worker chose to discard. Returns the box (the form keeps it as its active dialog)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("IncidentForm", "Close without saving?"),
        QCoreApplication.translate(
            "IncidentForm", "What was typed in this interview since it was last saved will be lost."
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    discard = box.addButton(
        QCoreApplication.translate("IncidentForm", "Discard what was typed"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("IncidentForm", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setObjectName("discard_interview_box")

    def finished(_result: int) -> None:
        chosen = box.clickedButton()
        on_closed()
        box.deleteLater()
        if chosen is discard:
            on_discard()

    box.finished.connect(finished)
    box.open()
    return box
