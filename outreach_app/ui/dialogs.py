"""Dialogs the shell opens: change passphrase, and the passphrase needed to restore a backup."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from outreach_app.services.tasks import TaskManager
from outreach_app.ui.first_run import STRENGTH_DEBOUNCE_MS, estimate_strength
from outreach_app.ui.widgets import note, passphrase_field, set_role


class ChangePassphraseDialog(QDialog):
    """Asks for the current passphrase and a new one (typed twice, strong enough).

    Attributes:
        current, new, confirm: the three fields; read them after `accepted`.
    """

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_passphrase_dialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self._tasks = tasks
        self._acceptable_text: str | None = None
        self.current = passphrase_field(self.tr("Current passphrase"), self)
        self.new = passphrase_field(self.tr("New passphrase"), self)
        self.confirm = passphrase_field(self.tr("Repeat the new passphrase"), self)
        self.feedback = note("", self, role="muted")
        self.feedback.setAccessibleName(self.tr("Passphrase feedback"))
        self.error = note("", self, role="error")
        self.error.setAccessibleName(self.tr("Error"))
        form = QFormLayout()
        form.addRow(self.tr("C&urrent:"), self.current)
        form.addRow(self.tr("&New:"), self.new)
        form.addRow("", self.feedback)
        form.addRow(self.tr("&Repeat new:"), self.confirm)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # A fixed width and a height fitted to the wrapped feedback after each change (a
        # refusal is two sentences): sized once when shown, the reason was cut off mid-sentence.
        self.setFixedWidth(self.fontMetrics().averageCharWidth() * 62)
        layout.addWidget(
            note(self.tr("The records stay as they are; only the passphrase that opens them changes."), self)
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(STRENGTH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check_strength)
        self.new.textChanged.connect(self._on_new_edited)
        self.confirm.textChanged.connect(self._update)
        self.current.textChanged.connect(self._update)
        self._update()

    def _on_new_edited(self) -> None:
        self._acceptable_text = None
        self._update()
        self._debounce.start()

    def check_strength(self) -> None:
        text = self.new.text()
        self._tasks.run_cpu(lambda: estimate_strength(text), lambda result: self._on_strength(text, result))

    def _on_strength(self, text: str, result: tuple[int, str | None]) -> None:
        if text != self.new.text():
            return
        _score, problem = result
        self._acceptable_text = text if problem is None else None
        self.feedback.setText(self.tr("Strong enough.") if problem is None else (problem if text else ""))
        set_role(self.feedback, "ok" if problem is None else "warning")
        # Once the label has taken its new text and style (its height is stale until then).
        QTimer.singleShot(0, self.fit_height)
        self._update()

    def fit_height(self) -> None:
        """Grow (or shrink) to show every line of the wrapped texts at the fixed width."""
        layout = self.layout()
        if layout is None:
            return
        if layout.hasHeightForWidth():
            self.setFixedHeight(layout.totalHeightForWidth(self.width()))

    def _update(self) -> None:
        new = self.new.text()
        ok = (
            bool(self.current.text())
            and self._acceptable_text == new
            and new == self.confirm.text()
            and new != self.current.text()
        )
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(ok)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        QTimer.singleShot(0, self.fit_height)

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.clear()

    def clear(self) -> None:
        for field in (self.current, self.new, self.confirm):
            field.clear()


class RestorePassphraseDialog(QDialog):
    """The passphrase of the backup being restored (it opens the backup's own key file) and,
    over an existing vault, a current coordinator passphrase of that vault: only a coordinator
    may roll the vault back (a backup may still hold a passphrase that was removed since).

    Attributes:
        passphrase: the backup's passphrase.
        coordinator: the current vault's coordinator passphrase (None when there is no vault).
    """

    def __init__(self, parent: QWidget | None = None, *, replacing: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.passphrase = passphrase_field(self.tr("Passphrase of the backup"), self)
        self.coordinator: QLineEdit | None = (
            passphrase_field(self.tr("Current coordinator passphrase"), self) if replacing else None
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        warning = QLabel(
            self.tr(
                "Restoring replaces every record on this laptop with the backup's. "
                "Records added since the backup are lost."
            ),
            self,
        )
        warning.setWordWrap(True)
        warning.setProperty("role", "warning")
        layout.addWidget(warning)
        form = QFormLayout()
        if self.coordinator is not None:
            form.addRow(self.tr("&Coordinator passphrase of this vault:"), self.coordinator)
        form.addRow(self.tr("&Passphrase of the backup:"), self.passphrase)
        layout.addLayout(form)
        layout.addWidget(buttons)
