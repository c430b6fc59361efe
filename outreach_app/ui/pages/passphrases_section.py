"""Settings → Passphrases (coordinators): the slots of this vault, and removing one.

Removing a slot re-keys the whole database (core.vault_keys.remove_slot), which takes
seconds on a large vault: it runs on the DB thread like every other vault operation,
the button is disabled meanwhile and the result is said in the section. Slot ids and
roles are not secret (they open nothing), so they are shown as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QMessageBox, QVBoxLayout

from outreach_app.ops import vault_ops
from outreach_app.ui.context import AppContext
from outreach_app.ui.messages import safe_reason
from outreach_app.ui.pages.common import error_text
from outreach_app.ui.widgets import button, note, set_role

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from outreach_app.ops.session import VaultSession


def load_slots(session: VaultSession) -> list[tuple[str, str, bool]]:
    """(slot id, role, is this session's) for every slot; coordinators only (the service checks)."""
    from outreach_app.ops.coordinator import slots

    return [(slot_id, role, slot_id == session.slot_id) for slot_id, role in slots(session)]


class PassphrasesSection(QGroupBox):
    """The Passphrases group of the Settings page (shown to coordinators).

    Attributes:
        slots: one row per passphrase slot ("id — role", this session's marked).
        remove_button: removes the selected slot after a confirmation (not this session's).
        message: what happened.
        confirm: the open confirmation, if any (tests answer it).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Passphrases"), parent)
        self.ctx = ctx
        self.slots = QListWidget(self)
        self.slots.setAccessibleName(self.tr("Passphrases of this vault"))
        self.slots.setMinimumHeight(90)
        self.remove_button = button(
            self.tr("Re&move passphrase…"), self.tr("Remove the selected passphrase"), self
        )
        self.message = note("", self, role="muted")
        self.message.setAccessibleName(self.tr("Passphrases message"))
        explain = note(
            self.tr(
                "Removing a passphrase changes the vault's key, so a copy of the old key file "
                "with that passphrase opens nothing. The other passphrases keep working."
            ),
            self,
            role="muted",
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        column = QVBoxLayout(self)
        column.addWidget(explain)
        column.addWidget(self.slots)
        column.addLayout(row)
        column.addWidget(self.message)
        self.confirm: QMessageBox | None = None
        self._busy = False
        self.remove_button.clicked.connect(self.ask_remove)
        self.slots.currentRowChanged.connect(lambda _row: self._update_actions())
        self._update_actions()

    def reload(self) -> None:
        if not self.ctx.is_coordinator:
            self.clear()
            return
        self.ctx.tasks.run_db(load_slots, self._show, self._failed(self.tr("list the passphrases")))

    def clear(self) -> None:
        self.slots.clear()
        self.message.clear()
        self._update_actions()

    def _show(self, slots: list[tuple[str, str, bool]]) -> None:
        self.slots.clear()
        for slot_id, role, own in slots:
            label = self.tr("coordinator") if role == "coordinator" else self.tr("worker")
            text = f"{slot_id} — {label}" + (self.tr(" (this session)") if own else "")
            item = QListWidgetItem(text, self.slots)
            item.setData(Qt.ItemDataRole.UserRole, (slot_id, own))
        self._update_actions()

    def _selected(self) -> tuple[str, bool] | None:
        item = self.slots.currentItem()
        if item is None:
            return None
        slot_id, own = item.data(Qt.ItemDataRole.UserRole)
        return str(slot_id), bool(own)

    def _update_actions(self) -> None:
        selected = self._selected()
        self.remove_button.setEnabled(selected is not None and not selected[1] and not self._busy)

    def ask_remove(self) -> QMessageBox | None:
        selected = self._selected()
        if selected is None or selected[1]:
            return None
        slot_id = selected[0]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove passphrase"),
            self.tr("Remove passphrase %1? Whoever uses it can no longer open this vault.").replace(
                "%1", slot_id
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter alone removes nothing
        yes = QMessageBox.StandardButton.Yes
        box.buttonClicked.connect(
            lambda clicked: self.remove(slot_id) if box.standardButton(clicked) == yes else None
        )
        box.finished.connect(lambda _r: setattr(self, "confirm", None))
        self.confirm = box
        box.open()
        return box

    def remove(self, slot_id: str) -> None:
        """Remove `slot_id` and re-key, on the DB thread (never on the GUI thread)."""
        self._busy = True
        self._update_actions()
        self._say(self.tr("Removing the passphrase and changing the vault's key…"), role="muted")
        now: datetime = self.ctx.clock()

        def done(also: list[str]) -> None:
            self._busy = False
            text = self.tr("Passphrase removed; the vault's key was changed.")
            if also:
                text += " " + self.tr("Also removed (from before the coordinator key): %1").replace(
                    "%1", ", ".join(also)
                )
            self._say(text, role="ok")
            self.reload()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._failed(self.tr("remove the passphrase"))(exc)
            self._update_actions()

        self.ctx.tasks.run_db(lambda session: vault_ops.remove_slot(session, slot_id, now), done, failed)

    def _say(self, text: str, *, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)

    def _failed(self, doing: str) -> Callable[[BaseException], None]:
        def show(exc: BaseException) -> None:
            from outreach_app.ops.vault_ops import VaultError

            if isinstance(exc, VaultError):  # worded for people, no record data (ui.messages)
                text = self.tr("Could not %1: %2").replace("%1", doing).replace("%2", safe_reason(exc))
            else:
                text = error_text(exc, doing)
            self._say(text, role="error")

        return show
