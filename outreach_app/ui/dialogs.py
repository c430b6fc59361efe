"""Dialogs the shell opens: change passphrase, and the passphrase needed to restore a backup."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from outreach_app.services.tasks import TaskManager
from outreach_app.ui.first_run import STRENGTH_DEBOUNCE_MS, estimate_strength, generate_suggestion
from outreach_app.ui.widgets import button, forget_text, note, passphrase_field, set_role

# Every slot wraps the one data key (crypto.keyfile): the easiest passphrase to guess opens everything.
TEAM_NOTE = (
    "Every passphrase of this vault opens the same records: the weakest one sets the "
    "protection of the whole team's. Choose one nobody could guess, and ask the same of everyone."
)


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
        self._names: tuple[str, ...] = ()
        self.current = passphrase_field(self.tr("Current passphrase"), self)
        self.new = passphrase_field(self.tr("New passphrase"), self)
        self.confirm = passphrase_field(self.tr("Repeat the new passphrase"), self)
        self.feedback = note("", self, role="muted")
        self.feedback.setAccessibleName(self.tr("Passphrase feedback"))
        self.show_text = QCheckBox(self.tr("Show the new passphrase"), self)
        self.suggest_button = button(
            self.tr("&Suggest"), self.tr("Suggest a passphrase of random words"), self
        )
        self.team_note = note(self.tr(TEAM_NOTE), self, role="warning")
        self.team_note.setAccessibleName(self.tr("About the team's passphrases"))
        self.error = note("", self, role="error")
        self.error.setAccessibleName(self.tr("Error"))
        form = QFormLayout()
        form.addRow(self.tr("C&urrent:"), self.current)
        form.addRow(self.tr("&New:"), self.new)
        form.addRow("", self.feedback)
        form.addRow(self.tr("&Repeat new:"), self.confirm)
        form.addRow("", self.show_text)
        form.addRow("", self.suggest_button)
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
        layout.addWidget(self.team_note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(STRENGTH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check_strength)
        self.new.textChanged.connect(self._on_new_edited)
        self.confirm.textChanged.connect(self._update)
        self.current.textChanged.connect(self._update)
        self.show_text.toggled.connect(self._on_show_toggled)
        self.suggest_button.clicked.connect(self.suggest)
        self._update()

    def set_names(self, names: Sequence[str]) -> None:
        """The vault's organisation, region and area names (read on the DB thread): context
        for the estimate, as the vault itself will use when the change is made."""
        self._names = tuple(names)
        if self.new.text():
            self.check_strength()

    def suggest(self) -> None:
        """Fill the new-passphrase fields with generated words, shown so they can be written down."""
        names = self._names
        self._tasks.run_cpu(lambda: generate_suggestion(names), self._on_suggestion)

    def _on_suggestion(self, suggestion: str) -> None:
        self.show_text.setChecked(True)
        self.new.setText(suggestion)
        self.confirm.setText(suggestion)
        self.feedback.setText(
            self.tr("Six random words are shown. Write them down somewhere safe before you press OK.")
        )
        self.check_strength()

    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.new.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _on_new_edited(self) -> None:
        self._acceptable_text = None
        self._update()
        self._debounce.start()

    def check_strength(self) -> None:
        text, names = self.new.text(), self._names
        self._tasks.run_cpu(
            lambda: estimate_strength(text, names), lambda result: self._on_strength(text, result)
        )

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
        """Forget every typed passphrase (and the fields' undo history)."""
        for field in (self.current, self.new, self.confirm):
            forget_text(field)
        self.show_text.setChecked(False)


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
