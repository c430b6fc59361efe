"""Shift: start and end a shift, and log contacts in a few keystrokes with a running tally.

Quick entry is built for the street: the alias field has focus, the alias completes from
the people already known, supplies are spin boxes, referrals are check boxes, a one-line
note, and Enter anywhere in the form saves and puts the cursor back in the alias field.
An alias not known yet becomes a new person on save; an empty alias is an anonymous contact.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from outreach_app.domain.enums import ContactKind, ReferralKind, ShiftMode, SupplyKind
from outreach_app.domain.models import Area, Contact, Person, Shift
from outreach_app.services.changes import AREAS, CONTACTS, PEOPLE, SHIFTS, Changes
from outreach_app.ui.context import AppContext
from outreach_app.ui.models.labels import label, local_time_text
from outreach_app.ui.pages.base import Page
from outreach_app.ui.pages.common import (
    enum_combo,
    error_text,
    fill_areas,
    select_data,
    set_tab_chain,
    status_label,
)
from outreach_app.ui.widgets import button, heading, note, set_role

DRAFT_ID = "shift-quick-contact"
MAX_SUPPLY = 10_000
_KIND_FOR_MODE = {ShiftMode.PHONE: ContactKind.PHONE, ShiftMode.ONLINE: ContactKind.ONLINE}


@dataclass
class Tally:
    """What this shift has logged so far (shown under the form)."""

    contacts: int = 0
    people: set[UUID] = field(default_factory=set)
    supplies: dict[SupplyKind, int] = field(default_factory=dict)
    referrals: int = 0

    def add(self, contact: Contact) -> None:
        self.contacts += 1
        if contact.person_id is not None:
            self.people.add(contact.person_id)
        for kind, count in contact.supplies.items():
            self.supplies[kind] = self.supplies.get(kind, 0) + count
        self.referrals += len(contact.referrals)


@dataclass(frozen=True)
class ShiftState:
    shift: Shift | None
    areas: list[Area]
    aliases: list[str]
    tally: Tally


# ----- DB-thread operations (no widgets here) ------------------------------------------------


def load_state(session: Any) -> ShiftState:
    from outreach_app.storage.repos import areas, contacts, people, shifts

    conn = session.conn
    shift = shifts.open_shift(conn)
    tally = Tally()
    if shift is not None:
        for contact in contacts.get_contacts(conn, contacts.list_contact_ids(conn, shift_id=shift.id)):
            tally.add(contact)
    aliases = [p.alias for p in people.get_people(conn, people.list_person_ids(conn))]
    return ShiftState(shift, areas.list_areas(conn), aliases, tally)


def start_shift(session: Any, shift: Shift, new_area: str | None) -> Shift:
    from outreach_app.storage.connection import transaction
    from outreach_app.storage.repos import areas, shifts

    conn = session.conn
    with transaction(conn):
        if new_area:
            area = Area(name=new_area)
            areas.add_area(conn, area)
            shift = shift.model_copy(update={"area_id": area.id})
        shifts.add_shift(conn, shift)
    return shift


def end_shift(session: Any, shift: Shift, ended_at: datetime) -> None:
    from outreach_app.storage.repos import shifts

    shifts.update_shift(session.conn, Shift.model_validate({**shift.model_dump(), "ended_at": ended_at}))


def find_or_add_person(conn: Any, alias: str) -> tuple[UUID, bool]:
    """The person with exactly this alias (case-insensitive), or a new one; (id, created)."""
    from outreach_app.storage.repos import people

    wanted = alias.strip().casefold()
    for person in people.get_people(conn, people.list_person_ids(conn, query=alias, limit=50)):
        if person.alias.casefold() == wanted:
            return person.id, False
    person = Person(alias=alias.strip())
    people.add_person(conn, person)
    return person.id, True


def save_quick_contact(session: Any, contact: Contact, alias: str) -> tuple[Contact, bool]:
    from outreach_app.storage.connection import transaction
    from outreach_app.storage.repos import contacts

    conn = session.conn
    created = False
    with transaction(conn):
        if alias.strip():
            person_id, created = find_or_add_person(conn, alias)
            contact = contact.model_copy(update={"person_id": person_id})
        contacts.add_contact(conn, contact)
    return contact, created


# ----- widgets ---------------------------------------------------------------------------------


# Supplies and referrals per row: two keep the form within a 911-pixel-wide window (a
# 1366×768 laptop at 150 %) with no sideways scrolling; four needed 860 pixels.
FORM_GRID_COLUMNS = 2


class QuickEntryForm(QGroupBox):
    """The quick contact form. Enter (or keypad Enter) anywhere inside it asks to save.

    Line edits and spin boxes let Return pass up to their parent, so one handler here
    covers every field; the alias completer's popup takes Return first when it is open.

    Signals:
        submit_requested(): Enter was pressed in the form.
    """

    submit_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ShiftPage(Page):
    """Signals:
    contact_saved(str): a quick contact was saved; carries its id.
    """

    contact_saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Shift")
        self._shift: Shift | None = None
        self._tally = Tally()
        self._saving = False
        self._own_saves: set[str] = set()  # contact ids this page saved (their broadcast needs no reload)

        # --- shift box
        self.shift_state = note(self.tr("No shift running."), self)
        self.shift_state.setAccessibleName(self.tr("Shift state"))
        self.area = QComboBox(self)
        self.area.setEditable(True)
        self.area.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.area.setAccessibleName(self.tr("Area (pick one or type a new one)"))
        area_edit = self.area.lineEdit()
        if area_edit is not None:
            area_edit.setPlaceholderText(self.tr("Area"))
        self.mode = enum_combo(ShiftMode, self.tr("Shift mode"), self)
        self.initials = QLineEdit(self)
        self.initials.setMaxLength(12)
        self.initials.setAccessibleName(self.tr("Staff initials"))
        self.initials.setPlaceholderText(self.tr("e.g. AB, CD"))
        self.start_button = button(self.tr("&Start shift"), self.tr("Start shift"), self, role="primary")
        self.end_button = button(self.tr("E&nd shift"), self.tr("End shift"), self)
        self.initials.returnPressed.connect(self._on_start)
        shift_box = QGroupBox(self.tr("Shift"), self)
        shift_form = QFormLayout(shift_box)
        shift_form.addRow(self.shift_state)
        self._start_row = QWidget(shift_box)
        start_row = QHBoxLayout(self._start_row)
        start_row.setContentsMargins(0, 0, 0, 0)
        for caption, widget in ((self.tr("&Area:"), self.area), (self.tr("M&ode:"), self.mode)):
            text = QLabel(caption, self._start_row)
            text.setBuddy(widget)
            start_row.addWidget(text)
            start_row.addWidget(widget, 1)
        initials_label = QLabel(self.tr("&Initials:"), self._start_row)
        initials_label.setBuddy(self.initials)
        start_row.addWidget(initials_label)
        start_row.addWidget(self.initials)
        start_row.addWidget(self.start_button)
        shift_form.addRow(self._start_row)
        end_row = QHBoxLayout()
        end_row.addStretch(1)
        end_row.addWidget(self.end_button)
        shift_form.addRow(end_row)

        # --- quick contact
        self.form = QuickEntryForm(self.tr("Quick contact (Enter saves)"), self)
        self.form.setAccessibleName(self.tr("Quick contact"))
        self.alias = QLineEdit(self.form)
        self.alias.setAccessibleName(self.tr("Alias (leave empty for an anonymous contact)"))
        self.alias.setPlaceholderText(self.tr("Alias, or leave empty"))
        self.alias.setMaxLength(200)
        self._alias_model = QStringListModel(self)
        self.completer = QCompleter(self._alias_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.alias.setCompleter(self.completer)
        self.kind = enum_combo(ContactKind, self.tr("How the contact happened"), self.form)
        self.supplies: dict[SupplyKind, QSpinBox] = {}
        supplies_grid = QGridLayout()
        for number, kind in enumerate(SupplyKind):
            spin = QSpinBox(self.form)
            spin.setRange(0, MAX_SUPPLY)
            spin.setAccessibleName(self.tr("%1 handed out").replace("%1", label(kind)))
            spin.setObjectName(f"supply_{kind.value}")
            text = QLabel(label(kind), self.form)
            text.setBuddy(spin)
            row, col = divmod(number, FORM_GRID_COLUMNS)
            supplies_grid.addWidget(text, row, col * 2)
            supplies_grid.addWidget(spin, row, col * 2 + 1)
            self.supplies[kind] = spin
        self.referrals: dict[ReferralKind, QCheckBox] = {}
        referrals_grid = QGridLayout()
        for number, referral in enumerate(ReferralKind):
            box = QCheckBox(label(referral), self.form)
            box.setAccessibleName(self.tr("Referred to %1").replace("%1", label(referral)))
            box.setObjectName(f"referral_{referral.value}")
            row, col = divmod(number, FORM_GRID_COLUMNS)
            referrals_grid.addWidget(box, row, col)
            self.referrals[referral] = box
        self.note = QLineEdit(self.form)
        self.note.setAccessibleName(self.tr("Note (stays on this device)"))
        self.note.setPlaceholderText(self.tr("A short note (stays on this device)"))
        self.save_button = button(self.tr("Save contact"), self.tr("Save contact"), self.form, role="primary")
        self.message = status_label(self.form, self.tr("Quick contact message"))
        form_layout = QFormLayout(self.form)
        form_layout.addRow(self._buddy(self.tr("A&lias:"), self.alias), self.alias)
        form_layout.addRow(self._buddy(self.tr("&How:"), self.kind), self.kind)
        form_layout.addRow(QLabel(self.tr("Supplies:"), self.form), supplies_grid)
        form_layout.addRow(QLabel(self.tr("Referrals:"), self.form), referrals_grid)
        form_layout.addRow(self._buddy(self.tr("No&te:"), self.note), self.note)
        save_row = QHBoxLayout()
        save_row.addWidget(self.message, 1)
        save_row.addWidget(self.save_button)
        form_layout.addRow(save_row)

        # --- tally
        self.tally_label = note("", self)
        self.tally_label.setAccessibleName(self.tr("Shift tally"))
        tally_box = QGroupBox(self.tr("This shift so far"), self)
        QVBoxLayout(tally_box).addWidget(self.tally_label)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(heading(self.title, content))
        column.addWidget(shift_box)
        column.addWidget(self.form)
        column.addWidget(tally_box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._set_tab_order()
        self.start_button.clicked.connect(self._on_start)
        self.end_button.clicked.connect(self._on_end)
        self.save_button.clicked.connect(self.save_contact)
        self.form.submit_requested.connect(self.save_contact)
        self.ctx.changes.changed.connect(self._on_changes)
        self._show_shift()

    def _buddy(self, caption: str, widget: QWidget) -> QLabel:
        text = QLabel(caption, self.form)
        text.setBuddy(widget)
        return text

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.area, self.mode, self.initials, self.start_button, self.end_button]
        chain += [self.alias, self.kind, *self.supplies.values(), *self.referrals.values(), self.note]
        chain.append(self.save_button)
        set_tab_chain(chain)

    # ----- lifecycle ----------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self._reload()
        self.load_draft(DRAFT_ID, self._restore_draft)

    def on_shown(self) -> None:
        self.alias.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_sensitive(self) -> None:
        self._shift = None
        self._tally = Tally()
        self._own_saves.clear()
        self._alias_model.setStringList([])
        self.area.clear()
        self.area.clearEditText()
        self.initials.clear()
        self._reset_form()
        self.message.clear()
        self._show_shift()

    def has_unsaved_draft(self) -> bool:
        return (
            bool(self.alias.text().strip() or self.note.text().strip())
            or any(spin.value() for spin in self.supplies.values())
            or any(box.isChecked() for box in self.referrals.values())
        )

    def save_draft(self) -> None:
        self.queue_draft_save(DRAFT_ID, "quick_contact", self._form_state())

    # ----- loading ------------------------------------------------------------------------

    def _reload(self) -> None:
        self.ctx.tasks.run_db(load_state, self._on_state, self._on_failed(self.tr("load the shift")))

    def _on_state(self, state: ShiftState) -> None:
        self._shift = state.shift
        self._tally = state.tally
        fill_areas(self.area, state.areas)
        if state.shift is not None and state.shift.area_id is not None:
            select_data(self.area, str(state.shift.area_id))
        self._alias_model.setStringList(sorted(set(state.aliases), key=str.casefold))
        self._show_shift()

    def _on_changes(self, changes: Changes) -> None:
        if self.ctx.tasks.session is None:
            return
        if changes.touches(SHIFTS, AREAS, PEOPLE):
            self._reload()
        elif changes.touches(CONTACTS) and not (changes.ids and changes.ids <= self._own_saves):
            self._reload()  # a contact was edited or deleted elsewhere: recount the tally

    def _restore_draft(self, payload: dict[str, Any] | None) -> None:
        if not payload:
            return
        self.alias.setText(str(payload.get("alias", "")))
        self.note.setText(str(payload.get("note", "")))
        select_data(self.kind, payload.get("kind"))
        for kind, spin in self.supplies.items():
            spin.setValue(int(payload.get("supplies", {}).get(kind.value, 0)))
        chosen = set(payload.get("referrals", []))
        for referral, box in self.referrals.items():
            box.setChecked(referral.value in chosen)
        self.message.setText(self.tr("A contact you had started before the lock was restored."))
        self.discard_draft(DRAFT_ID)

    # ----- shift --------------------------------------------------------------------------

    def _show_shift(self) -> None:
        running = self._shift is not None
        self._start_row.setVisible(not running)
        self.end_button.setVisible(running)
        if self._shift is None:
            self.shift_state.setText(self.tr("No shift running. Contacts can still be logged."))
        else:
            started = local_time_text(self._shift.started_at, self._shift.zone)
            self.shift_state.setText(
                self.tr("Shift running since %1 — %2, %3, %4")
                .replace("%1", started)
                .replace("%2", self.area.currentText() or self.tr("no area"))
                .replace("%3", label(self._shift.mode))
                .replace("%4", self._shift.staff_initials)
            )
            select_data(self.kind, _KIND_FOR_MODE.get(self._shift.mode, ContactKind.IN_PERSON).value)
        self._show_tally()

    def _show_tally(self) -> None:
        tally = self._tally
        parts = [
            self.tr("%1 contacts").replace("%1", str(tally.contacts)),
            self.tr("%1 people").replace("%1", str(len(tally.people))),
            self.tr("%1 referrals").replace("%1", str(tally.referrals)),
        ]
        supplies = ", ".join(f"{label(kind)} {count}" for kind, count in sorted(tally.supplies.items()))
        text = " · ".join(parts)
        if supplies:
            text += "\n" + supplies
        self.tally_label.setText(text)

    def _on_start(self) -> None:
        initials = self.initials.text().strip()
        if not initials:
            self._shift_message(self.tr("Type the staff initials to start a shift."), error=True)
            self.initials.setFocus()
            return
        area_text = self.area.currentText().strip()
        index = self.area.findText(area_text, Qt.MatchFlag.MatchFixedString)
        area_id = UUID(self.area.itemData(index)) if index >= 0 and area_text else None
        new_area = area_text if area_text and index < 0 else None
        try:
            shift = Shift(
                started_at=self.ctx.clock(),
                area_id=area_id,
                mode=ShiftMode(self.mode.currentData()),
                staff_initials=initials,
            )
        except ValueError as exc:
            self._shift_message(error_text(exc, self.tr("start the shift")), error=True)
            return

        def started(saved: Shift) -> None:
            self._shift = saved
            self._tally = Tally()
            self._show_shift()
            self.ctx.changes.publish(Changes.of(SHIFTS, *([AREAS] if new_area else []), ids=[str(saved.id)]))
            self.alias.setFocus()

        self.ctx.tasks.run_db(
            lambda session: start_shift(session, shift, new_area),
            started,
            self._on_failed(self.tr("start the shift")),
        )

    def _on_end(self) -> None:
        shift = self._shift
        if shift is None:
            return
        ended_at = max(self.ctx.clock(), shift.started_at)

        def ended(_: None) -> None:
            self._shift = None
            self._tally = Tally()
            self._show_shift()
            self.ctx.changes.publish(Changes.of(SHIFTS, ids=[str(shift.id)]))
            self.message.setText(self.tr("Shift ended."))

        self.ctx.tasks.run_db(
            lambda session: end_shift(session, shift, ended_at),
            ended,
            self._on_failed(self.tr("end the shift")),
        )

    def _shift_message(self, text: str, *, error: bool) -> None:
        self.shift_state.setText(text)
        set_role(self.shift_state, "error" if error else "")

    # ----- quick contact --------------------------------------------------------------------

    def _form_state(self) -> dict[str, Any]:
        return {
            "alias": self.alias.text(),
            "kind": self.kind.currentData(),
            "supplies": {kind.value: spin.value() for kind, spin in self.supplies.items() if spin.value()},
            "referrals": [kind.value for kind, box in self.referrals.items() if box.isChecked()],
            "note": self.note.text(),
        }

    def save_contact(self) -> None:
        """Save the form as a contact (in the running shift, if any); keep the form on errors."""
        if self._saving:
            return
        popup = self.completer.popup()
        if popup is not None and popup.isVisible():
            popup.hide()
        state = self._form_state()
        shift = self._shift
        try:
            contact = Contact(
                occurred_at=self.ctx.clock(),
                shift_id=shift.id if shift else None,
                area_id=shift.area_id if shift else None,
                **({"zone": shift.zone} if shift else {}),
                kind=ContactKind(state["kind"]),
                supplies={SupplyKind(k): v for k, v in state["supplies"].items()},
                referrals=[ReferralKind(k) for k in state["referrals"]],
                notes=state["note"],
            )
        except ValueError as exc:
            self._message(error_text(exc, self.tr("save the contact")), error=True)
            return
        alias = state["alias"].strip()
        self._saving = True
        self.save_button.setEnabled(False)

        def saved(result: tuple[Contact, bool]) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            stored, created = result
            if shift is not None and self._shift is not None and self._shift.id == shift.id:
                self._tally.add(stored)
            if created and alias:
                self._alias_model.setStringList(
                    sorted({*self._alias_model.stringList(), alias}, key=str.casefold)
                )
            self._reset_form()
            self._show_tally()
            self._message(
                self.tr("Saved. %1 contacts this shift.").replace("%1", str(self._tally.contacts))
                if shift is not None
                else self.tr("Saved (no shift running)."),
                error=False,
            )
            self.alias.setFocus(Qt.FocusReason.OtherFocusReason)
            self._own_saves.add(str(stored.id))
            kinds = [CONTACTS, PEOPLE] if created else [CONTACTS]
            self.ctx.changes.publish(Changes.of(*kinds, ids=[str(stored.id)]))
            self.contact_saved.emit(str(stored.id))

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self._message(error_text(exc, self.tr("save the contact")), error=True)

        self.ctx.tasks.run_db(lambda session: save_quick_contact(session, contact, alias), saved, failed)

    def _reset_form(self) -> None:
        self.alias.clear()
        self.note.clear()
        for spin in self.supplies.values():
            spin.setValue(0)
        for box in self.referrals.values():
            box.setChecked(False)

    def _message(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "ok")

    def _on_failed(self, doing: str) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            self._message(error_text(exc, doing), error=True)

        return failed
