"""Quick delete from the lock screen: no passphrase, and no way to set it off by accident.

A panic delete needs no passphrase (destroying data reveals nothing), so the lock screen
offers it. What guards it is a typed word: "Quick delete…" opens the panel, which says
what will be destroyed, and "Delete everything now" only becomes clickable once the
confirmation word has been typed in full. A stray click, a key held down on the lock
screen or a child at the keyboard cannot get through; a worker under pressure can, in
seconds. Cancel (or Escape) closes the panel and forgets what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from outreach_app.ui.widgets import IMH_NO_PREDICTIVE_TEXT, button, note, set_input_method_hints


class QuickDeletePanel(QWidget):
    """Signals:
    confirmed(): the word was typed and "Delete everything now" clicked: destroy the vault.
    """

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The word to type: translated with the rest of the screen, shown in the prompt.
        self.word = self.tr("DELETE")
        self.open_button = button(self.tr("Quick delete…"), self.tr("Quick delete"), self, role="danger")
        self.panel = QWidget(self)
        self.warning = note(
            self.tr(
                "Everything on this laptop is destroyed and cannot be recovered: the vault, "
                "unsent reports, and the files Outreach saved outside it (exports, backups, "
                "PDFs) as far as it knows them. No passphrase is needed."
            ),
            self.panel,
            role="warning",
        )
        self.prompt = note(self.tr("Type %1 to confirm.").replace("%1", self.word), self.panel)
        self.confirmation = QLineEdit(self.panel)
        self.confirmation.setAccessibleName(
            self.tr("Type %1 to confirm quick delete").replace("%1", self.word)
        )
        set_input_method_hints(self.confirmation, IMH_NO_PREDICTIVE_TEXT)
        self.delete_button = button(
            self.tr("Delete everything now"), self.tr("Confirm quick delete"), self.panel, role="danger"
        )
        self.cancel_button = button(self.tr("Cancel"), self.tr("Cancel quick delete"), self.panel)

        row = QHBoxLayout()
        row.addWidget(self.confirmation, 1)
        row.addWidget(self.delete_button)
        row.addWidget(self.cancel_button)
        inner = QVBoxLayout(self.panel)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.warning)
        inner.addWidget(self.prompt)
        inner.addLayout(row)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        left = QHBoxLayout()  # the button at its own width, on the left (no Qt.* flag: widgets.py)
        left.addWidget(self.open_button)
        left.addStretch(1)
        outer.addLayout(left)
        outer.addWidget(self.panel)

        self.open_button.clicked.connect(self.open_panel)
        self.cancel_button.clicked.connect(self.close_panel)
        self.confirmation.textChanged.connect(self._update)
        self.delete_button.clicked.connect(self._confirm)
        self.close_panel()

    @property
    def is_open(self) -> bool:
        return not self.panel.isHidden()

    def matches(self) -> bool:
        return self.confirmation.text().strip().casefold() == self.word.casefold()

    def open_panel(self) -> None:
        self.confirmation.clear()
        self.panel.setVisible(True)
        self.open_button.setEnabled(False)
        self._update()
        self.confirmation.setFocus()  # Qt.FocusReason.OtherFocusReason

    def close_panel(self) -> None:
        self.confirmation.clear()
        self.panel.setVisible(False)
        self.open_button.setEnabled(True)
        self._update()

    def _update(self) -> None:
        self.delete_button.setEnabled(self.is_open and self.matches())

    def _confirm(self) -> None:
        if not (self.is_open and self.matches()):
            return
        self.close_panel()
        self.confirmed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        from PySide6.QtCore import Qt  # here: see widgets.py on the `Qt` namespace

        if event.key() == Qt.Key.Key_Escape and self.is_open:
            self.close_panel()
            self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().keyPressEvent(event)
