"""Which person an alias means when several people share it ("the Sam seen on 3 Nov, or someone new?").

A save that finds several people with the alias stops before writing anything
(`people.AliasChoiceNeededError`); the page opens this dialog and saves again with the
worker's answer. There is no default: a merge or a duplicate is always the worker's choice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from outreach_app.ops.records import NamedPerson, PersonChoice
    from outreach_app.ui.pages.base import Page
    from outreach_app.ui.pages.incident_form.form import IncidentForm


class PersonChoiceDialog(QDialog):
    """One radio button per person with the alias, and one for someone new; none preselected.

    Attributes:
        options: (radio button, the choice it stands for), people first, "someone new" last.
        ok_button: enabled once an option is picked.
    """

    def __init__(self, alias: str, matches: list[NamedPerson], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from outreach_app.ops.records import NEW_PERSON

        self.setWindowTitle(self.tr("Which person?"))
        self.setObjectName("person_choice_dialog")
        question = QLabel(
            self.tr("%1 people are called “%2”. Who was this?")
            .replace("%1", str(len(matches)))
            .replace("%2", alias),
            self,
        )
        question.setWordWrap(True)
        self._group = QButtonGroup(self)
        self.options: list[tuple[QRadioButton, PersonChoice]] = []
        for match in matches:
            text = (
                self.tr("The %1 last seen on %2")
                .replace("%1", match.alias)
                .replace("%2", match.last_seen.isoformat())
                if match.last_seen is not None
                else self.tr("The %1 with no contact or incident yet").replace("%1", match.alias)
            )
            self.options.append((QRadioButton(text, self), match.id))
        self.options.append(
            (QRadioButton(self.tr("Someone new called %1").replace("%1", alias), self), NEW_PERSON)
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(ok, QPushButton)
        self.ok_button = ok
        self.ok_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(question)
        for radio, _choice in self.options:
            radio.setAccessibleName(radio.text())
            self._group.addButton(radio)
            column.addWidget(radio)
            radio.toggled.connect(lambda _on: self.ok_button.setEnabled(self.chosen() is not None))
        column.addWidget(buttons)

    def chosen(self) -> PersonChoice:
        """The picked option (None while nothing is picked)."""
        for radio, choice in self.options:
            if radio.isChecked():
                return choice
        return None


def ask_which_person(
    page: Page | IncidentForm, alias: str, error: BaseException, save_with: Callable[[PersonChoice], None]
) -> bool:
    """If `error` says several people share the alias, ask which one and save again with the answer.

    Returns False (and does nothing) for any other error, so the caller shows its own message.
    The dialog is the page's `active_dialog` while open (lock closes it; nothing is saved then).
    """
    from outreach_app.ops.records import AliasChoiceNeededError

    if not isinstance(error, AliasChoiceNeededError):
        return False
    dialog = PersonChoiceDialog(alias, error.matches, page)

    def finished(result: int) -> None:
        choice = dialog.chosen()
        page.active_dialog = None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and choice is not None:
            save_with(choice)

    dialog.finished.connect(finished)
    page.active_dialog = dialog
    dialog.open()
    return True
