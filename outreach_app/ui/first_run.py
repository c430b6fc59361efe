"""First run: choose the passphrase that will protect the vault.

Strength is estimated off the GUI thread (zxcvbn can take a few milliseconds on long input)
and debounced while typing. Create is only possible when the passphrase is acceptable by
`crypto.passphrase_policy` and typed twice the same.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from outreach_app.ops import vault_ops
from outreach_app.services.tasks import TaskManager
from outreach_app.ui.desk_choice import DeskChoice, DeskChoiceBox
from outreach_app.ui.widgets import button, centred, forget_text, heading, note, passphrase_field, set_role

STRENGTH_DEBOUNCE_MS = 250


def estimate_strength(passphrase: str, names: Sequence[str] = ()) -> tuple[int, str | None]:
    """(zxcvbn score 0..4, the reason it is refused or None), with the vault's `names` as
    context (see crypto.passphrase_policy). Runs on the CPU pool."""
    from outreach_app.ops.passphrases import assess

    if not passphrase:
        return 0, "The passphrase is empty."
    verdict = assess(passphrase, names)
    # The bar must not look full for a refused passphrase (zxcvbn's 4 starts at 10^10 guesses).
    score = verdict.score if verdict.problem is None else min(verdict.score, 3)
    return score, verdict.problem


def generate_suggestion(names: Sequence[str] = ()) -> str:
    """A generated word passphrase (crypto.passphrase_suggest). Runs on the CPU pool."""
    from outreach_app.ops.passphrases import suggest_passphrase

    return suggest_passphrase(names=tuple(names))


class FirstRunScreen(QWidget):
    """Signals:
    create_requested(str): the user confirmed an acceptable passphrase.
    restore_requested(): "Restore from a backup…" (setting up a new laptop from a backup).
    """

    create_requested = Signal(str)
    restore_requested = Signal()

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        self._tasks = tasks
        self._acceptable = False
        self._checked_text: str | None = None

        self.title = heading(self.tr("Welcome to Outreach"), self)
        intro = note(
            self.tr(
                "Everything you record is kept encrypted on this laptop. Choose a passphrase "
                "to protect it: a few unrelated words are easier to remember than symbols."
            ),
            self,
        )
        self.warning = note(
            self.tr(
                "If this passphrase is lost, the records cannot be recovered — not by the "
                "charity, not by anyone. Keep a copy somewhere safe, away from this laptop."
            ),
            self,
            role="warning",
        )
        self.warning.setAccessibleName(self.tr("Warning about losing the passphrase"))

        self.desk_box = DeskChoiceBox(self)  # a worker's vault, or a charity desk's
        self.passphrase = passphrase_field(self.tr("New passphrase"), self)
        self.confirm = passphrase_field(self.tr("Repeat the passphrase"), self)
        self.suggest_button = button(
            self.tr("&Suggest a passphrase"), self.tr("Suggest a passphrase of random words"), self
        )
        self.show_text = QCheckBox(self.tr("Show what I type"), self)
        self.show_text.setAccessibleName(self.tr("Show the passphrase"))
        self.strength = QProgressBar(self)
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(8)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.feedback = note("", self, role="muted")
        self.feedback.setAccessibleName(self.tr("Passphrase feedback"))
        self.match = note("", self, role="muted")
        self.create_button = button(
            self.tr("Create the vault"), self.tr("Create the vault"), self, role="primary"
        )
        self.create_button.setEnabled(False)
        self.busy = note("", self, role="muted")
        self.restore_button = button(
            self.tr("Restore from a backup instead…"), self.tr("Restore from a backup"), self
        )

        # A grid, not a QFormLayout: the form layout's height-for-width squeezed the fields
        # to a sliver once the wrapped feedback lines were in it.
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        for row, (label_text, field) in enumerate(
            (
                (self.tr("&Passphrase:"), self.passphrase),
                ("", self.strength),
                ("", self.feedback),
                (self.tr("&Repeat it:"), self.confirm),
                ("", self.match),
                ("", self.show_text),
                ("", self.suggest_button),
            )
        ):
            if label_text:
                label = QLabel(label_text, self)
                label.setBuddy(field)
                form.addWidget(label, row, 0)
            form.addWidget(field, row, 1)

        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(intro)
        column.addSpacing(8)
        column.addWidget(self.desk_box)
        column.addSpacing(8)
        column.addLayout(form)
        column.addSpacing(8)
        column.addWidget(self.warning)
        column.addSpacing(8)
        column.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.busy)
        column.addSpacing(16)
        column.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        box = QWidget(self)
        box.setLayout(column)
        # A fixed width lets the wrapped paragraphs compute their height (with only a
        # maximum, the centred box got the height of a narrower layout and clipped rows).
        box.setFixedWidth(560)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred(box))
        outer.addStretch(2)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(STRENGTH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check_strength)
        self.passphrase.textChanged.connect(self._on_passphrase_edited)
        self.confirm.textChanged.connect(self._update_state)
        self.confirm.returnPressed.connect(self._on_create)
        self.passphrase.returnPressed.connect(self.confirm.setFocus)
        self.show_text.toggled.connect(self._on_show_toggled)
        self.create_button.clicked.connect(self._on_create)
        self.restore_button.clicked.connect(self.restore_requested)
        self.suggest_button.clicked.connect(self.suggest)
        self.setTabOrder(self.passphrase, self.confirm)
        self.setTabOrder(self.confirm, self.show_text)
        self.setTabOrder(self.show_text, self.create_button)

    # ----- strength ----------------------------------------------------------------------

    def _on_passphrase_edited(self) -> None:
        self._acceptable = False
        self._checked_text = None
        self._update_state()
        self._debounce.start()

    def check_strength(self) -> None:
        """Estimate the current passphrase's strength on the CPU pool (tests call it directly)."""
        text = self.passphrase.text()
        self._tasks.run_cpu(lambda: estimate_strength(text), lambda result: self._on_strength(text, result))

    def _on_strength(self, text: str, result: tuple[int, str | None]) -> None:
        if text != self.passphrase.text():
            return  # typed on since; a newer estimate is on its way
        score, problem = result
        self.strength.setValue(score)
        self._checked_text = text
        self._acceptable = problem is None
        if not text:
            self.feedback.setText("")
        elif problem is None:
            self.feedback.setText(self.tr("Strong enough."))
            set_role(self.feedback, "ok")
        else:
            # passphrase_policy words its reasons for the user and never repeats the input.
            self.feedback.setText(problem)
            set_role(self.feedback, "warning")
        self._update_state()

    def suggest(self) -> None:
        """Fill both fields with a generated word passphrase, shown so it can be written down."""
        self._tasks.run_cpu(generate_suggestion, self._on_suggestion)

    def _on_suggestion(self, suggestion: str) -> None:
        self.show_text.setChecked(True)
        self.passphrase.setText(suggestion)
        self.confirm.setText(suggestion)
        self.busy.setText(
            self.tr(
                "A passphrase of six random words is shown. Write it down and keep it somewhere "
                "safe away from this laptop before you go on."
            )
        )
        set_role(self.busy, "warning")
        self.check_strength()

    # ----- state ---------------------------------------------------------------------------

    def _update_state(self) -> None:
        first, second = self.passphrase.text(), self.confirm.text()
        if not second:
            self.match.setText("")
        elif first == second:
            self.match.setText(self.tr("The two match."))
            set_role(self.match, "ok")
        else:
            self.match.setText(self.tr("The two do not match yet."))
            set_role(self.match, "muted")
        ready = self._acceptable and self._checked_text == first and first == second and bool(first)
        self.create_button.setEnabled(ready)

    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _on_create(self) -> None:
        if not self.create_button.isEnabled():
            return
        self.set_busy(True)
        text = self.passphrase.text()
        self.create_requested.emit(text)  # the slot receives its own copy (PySide converts)
        vault_ops.forget_secret(text)

    def set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.confirm.setEnabled(not busy)
        self.create_button.setEnabled(not busy and self._acceptable)
        self.busy.setText(self.tr("Creating the encrypted vault…") if busy else "")

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.busy.setText(message)
        set_role(self.busy, "error")

    def desk_choice(self) -> DeskChoice | None:
        """The charity desk to create, or None for an outreach worker's vault."""
        return self.desk_box.choice()

    def reset(self) -> None:
        """Forget what was typed (after the vault was created, or on a wipe)."""
        self.desk_box.reset()
        forget_text(self.passphrase)
        forget_text(self.confirm)
        self.show_text.setChecked(False)
        self.strength.setValue(0)
        self.feedback.setText("")
        self.match.setText("")
        self.busy.setText("")
        self.set_busy(False)
        self.create_button.setEnabled(False)

    def focus_first(self) -> None:
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
