"""Shift: start and end a shift, and log contacts in a few keystrokes with a running tally.

Quick entry is built for the street: the alias field has focus, the alias completes from
the people already known, supplies are spin boxes, referrals are check boxes, a one-line
note, and Enter anywhere in the form saves and puts the cursor back in the alias field.
An alias not known yet becomes a new person on save; an empty alias is an anonymous contact.
Aliases are matched exactly (case and spacing aside); when several people share one the
worker is asked which (or someone new). An empty form is refused, not saved. The list under
the form shows this shift's contacts: Enter or double-click edits one, Ctrl+Z (or "Undo last
contact") removes the last one saved here and puts it back in the form.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
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
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from outreach_app.domain.enums import ContactKind, ReferralKind, ShiftMode, SupplyKind
from outreach_app.domain.models import Area, Contact, Shift
from outreach_app.ops.changes import Changes, Kind
from outreach_app.ops.form_states import QuickContactState, read_quick_contact_state
from outreach_app.ops.records import PersonChoice
from outreach_app.ops.search import ContactRow
from outreach_app.ops.shifts import (
    SavedContact,
    ShiftState,
    Tally,
    end_shift,
    load_state,
    save_quick_contact,
    start_shift,
    undo_quick_contact,
)
from outreach_app.ui.context import AppContext
from outreach_app.ui.models.labels import label, local_time_text
from outreach_app.ui.pages.areas_section import fill_regions
from outreach_app.ui.pages.base import Page
from outreach_app.ui.pages.common import (
    enum_combo,
    error_text,
    fill_areas,
    select_data,
    set_tab_chain,
    status_label,
)
from outreach_app.ui.person_choice import ask_which_person
from outreach_app.ui.widgets import button, heading, note, set_role

DRAFT_ID = "shift-quick-contact"
MAX_SUPPLY = 10_000
_KIND_FOR_MODE = {ShiftMode.PHONE: ContactKind.PHONE, ShiftMode.ONLINE: ContactKind.ONLINE}


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
    RESTORES_DRAFTS = (DRAFT_ID,)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Shift")
        self._shift: Shift | None = None
        self._tally = Tally()
        self._saving = False
        self._own_saves: set[str] = set()  # contacts just saved here (their broadcast needs no reload)
        self._undoable: list[SavedContact] = []  # this page's saves in this shift, oldest first
        self._rows: list[ContactRow] = []  # the list under the form, newest first
        self._areas: list[Area] = []

        # The boxes are built inside the scroll area's content, where they are shown: built on
        # the page and moved in, every widget of them was restyled by the move (issue 19).
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget(scroll.viewport())

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
        shift_box = QGroupBox(self.tr("Shift"), content)
        shift_form = QFormLayout(shift_box)
        shift_form.addRow(self.shift_state)
        self._start_row = QWidget(shift_box)
        start_row = QHBoxLayout()
        for caption, widget in ((self.tr("&Area:"), self.area), (self.tr("M&ode:"), self.mode)):
            text = QLabel(caption, self._start_row)
            text.setBuddy(widget)
            start_row.addWidget(text)
            start_row.addWidget(widget, 1)
        # A new area gets its server region here, so its reports can be shared from the start.
        self.new_area_region = QComboBox(self._start_row)
        self.new_area_region.setAccessibleName(self.tr("Server region of the new area"))
        self.new_area_region_label = QLabel(self.tr("Re&gion:"), self._start_row)
        self.new_area_region_label.setBuddy(self.new_area_region)
        start_row.insertWidget(2, self.new_area_region_label)
        start_row.insertWidget(3, self.new_area_region, 1)
        # Initials and the start button go on a second line: on one line with the area, region
        # and mode they made the page wider than a small screen in most translations.
        initials_row = QHBoxLayout()
        initials_label = QLabel(self.tr("&Initials:"), self._start_row)
        initials_label.setBuddy(self.initials)
        initials_row.addWidget(initials_label)
        initials_row.addWidget(self.initials)
        initials_row.addStretch(1)
        initials_row.addWidget(self.start_button)
        start_lines = QVBoxLayout(self._start_row)
        start_lines.setContentsMargins(0, 0, 0, 0)
        start_lines.addLayout(start_row)
        start_lines.addLayout(initials_row)
        shift_form.addRow(self._start_row)
        end_row = QHBoxLayout()
        end_row.addStretch(1)
        end_row.addWidget(self.end_button)
        shift_form.addRow(end_row)

        # --- quick contact
        self.form = QuickEntryForm(self.tr("Quick contact (Enter saves)"), content)
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

        # --- tally, this shift's contacts, undo
        self.tally_label = note("", self)
        self.tally_label.setAccessibleName(self.tr("Shift tally"))
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("This shift's contacts (Enter edits the selected one)"))
        self.recent.setMinimumHeight(120)
        self.undo_button = button(
            self.tr("&Undo last contact"), self.tr("Undo the last contact saved here (Ctrl+Z)"), self
        )
        self.undo_button.setEnabled(False)
        tally_box = QGroupBox(self.tr("This shift so far"), content)
        tally_column = QVBoxLayout(tally_box)
        tally_column.addWidget(self.tally_label)
        tally_column.addWidget(self.recent)
        undo_row = QHBoxLayout()
        undo_row.addStretch(1)
        undo_row.addWidget(self.undo_button)
        tally_column.addLayout(undo_row)

        column = QVBoxLayout(content)
        column.addWidget(heading(self.title, content))
        column.addWidget(shift_box)
        column.addWidget(self.form)
        column.addWidget(tally_box)
        column.addStretch(1)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._set_tab_order()
        self.start_button.clicked.connect(self._on_start)
        self.end_button.clicked.connect(self._on_end)
        self.save_button.clicked.connect(self.save_contact)
        self.form.submit_requested.connect(self.save_contact)
        self.area.editTextChanged.connect(lambda _text: self._show_new_area_region())
        self.recent.itemActivated.connect(self._on_row_activated)
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undo_last)
        # A text field takes Ctrl+Z for its own undo; once it has nothing left to undo (a saved
        # form is reset without history), Ctrl+Z there undoes the last contact instead.
        # (A spin box hands the event to its inner line edit itself, so it is watched directly.)
        for field_widget in (self.alias, self.note, *self.supplies.values()):
            field_widget.installEventFilter(self)
        self.ctx.changes.changed.connect(self._on_changes)
        self._show_shift()

    def _buddy(self, caption: str, widget: QWidget) -> QLabel:
        text = QLabel(caption, self.form)
        text.setBuddy(widget)
        return text

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.area, self.new_area_region, self.mode, self.initials]
        chain += [self.start_button, self.end_button]
        chain += [self.alias, self.kind, *self.supplies.values(), *self.referrals.values(), self.note]
        chain += [self.save_button, self.recent, self.undo_button]
        set_tab_chain(chain)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            edit = watched if isinstance(watched, QLineEdit) else watched.findChild(QLineEdit)
            if edit is not None and not edit.isUndoAvailable():
                return True  # not the field's: let the page's Ctrl+Z shortcut have it
        return super().eventFilter(watched, event)

    # ----- lifecycle ----------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self._reload()
        self.load_form_draft(DRAFT_ID, read_quick_contact_state, self._restore_draft)

    def on_shown(self) -> None:
        self.alias.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_sensitive(self) -> None:
        self._shift = None
        self._tally = Tally()
        self._own_saves.clear()
        self._undoable.clear()
        self._rows = []
        self._areas = []
        self.recent.clear()
        self.undo_button.setEnabled(False)
        self._alias_model.setStringList([])
        self.area.clear()
        self.area.clearEditText()
        self.new_area_region.clear()
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
        # Without a shift the list is the contacts saved here, including one whose save is
        # being handed back right now (its op's Changes are published before the page hears).
        loose = (
            [row.contact.id for row in self._rows if row.contact.shift_id is None]
            + [UUID(saved) for saved in self._own_saves]
            if self._shift is None
            else []
        )
        self.ctx.tasks.run_db(
            lambda session: load_state(session, loose),
            self._on_state,
            self._on_failed(self.tr("load the shift")),
        )

    def _on_state(self, state: ShiftState) -> None:
        if (state.shift and state.shift.id) != (self._shift and self._shift.id):
            self._undoable.clear()  # undo belongs to the shift (or the time without one) it was saved in
        self._shift = state.shift
        self._tally = state.tally
        self._areas = state.areas
        self._rows = state.rows
        self._show_rows()
        fill_areas(self.area, state.areas)
        fill_regions(self.new_area_region, state.regions, self.tr("No region (not shareable)"))
        self._show_new_area_region()
        if state.shift is not None and state.shift.area_id is not None:
            select_data(self.area, str(state.shift.area_id))
        self._alias_model.setStringList(sorted(set(state.aliases), key=str.casefold))
        self._show_shift()

    def _on_changes(self, changes: Changes) -> None:
        if self.ctx.tasks.session is None:
            return
        own = bool(changes.ids) and changes.ids <= self._own_saves  # this page's save: already shown
        if changes.touches(Kind.SHIFTS, Kind.AREAS, Kind.PEOPLE):
            self._reload()  # (before forgetting the save below: the reload lists it)
        elif changes.touches(Kind.CONTACTS) and not own:
            self._reload()  # a contact was edited, deleted or undone: recount the tally and list
        self._own_saves -= changes.ids  # only the save's own broadcast is skipped, not a later edit

    def _restore_draft(self, state: QuickContactState) -> None:
        self.alias.setText(state["alias"])
        self.note.setText(state["note"])
        select_data(self.kind, state["kind"])
        for kind, spin in self.supplies.items():
            spin.setValue(state["supplies"].get(kind.value, 0))
        chosen = set(state["referrals"])
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
        area_id, new_area = self._typed_area()
        region_id = self.new_area_region.currentData() if new_area else None
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
            self._undoable.clear()
            self._rows = []
            self._show_rows()
            self._show_shift()
            self.alias.setFocus()

        self.run_op(
            lambda session: start_shift(session, shift, new_area, region_id),
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
            self._undoable.clear()  # the list and undo belong to the shift that ended
            self._rows = []
            self._show_rows()
            self._show_shift()
            self.message.setText(self.tr("Shift ended."))

        self.run_op(
            lambda session: end_shift(session, shift, ended_at),
            ended,
            self._on_failed(self.tr("end the shift")),
        )

    def _typed_area(self) -> tuple[UUID | None, str | None]:
        """(id of the area picked, or the name of a new area typed); (None, None) for no area."""
        area_text = self.area.currentText().strip()
        index = self.area.findText(area_text, Qt.MatchFlag.MatchFixedString)
        if not area_text:
            return None, None
        return (UUID(self.area.itemData(index)), None) if index >= 0 else (None, area_text)

    def _show_new_area_region(self) -> None:
        # Shown only for a new area and when the server gave regions to choose from.
        new = self._typed_area()[1] is not None and self.new_area_region.count() > 1
        self.new_area_region.setVisible(new)
        self.new_area_region_label.setVisible(new)

    def _shift_message(self, text: str, *, error: bool) -> None:
        self.shift_state.setText(text)
        set_role(self.shift_state, "error" if error else "")

    # ----- quick contact --------------------------------------------------------------------

    def _form_state(self) -> QuickContactState:
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
        if not self.has_unsaved_draft():
            # Enter on an empty form (or twice) must not log empty contacts.
            self._message(
                self.tr("Nothing to save: type an alias, a note, supplies or a referral first."), error=True
            )
            return
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
        self._save(contact, state["alias"].strip(), shift, None)

    def _save(self, contact: Contact, alias: str, shift: Shift | None, choice: PersonChoice) -> None:
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
            area_name = next((a.name for a in self._areas if a.id == stored.area_id), "")
            row = ContactRow(stored, alias, area_name)
            self._undoable.append(SavedContact(row, stored.person_id if created else None))
            self._rows.insert(0, row)
            self._show_rows()
            self.contact_saved.emit(str(stored.id))

        def failed(exc: BaseException) -> None:
            self._own_saves.discard(str(contact.id))
            self._saving = False
            self.save_button.setEnabled(True)
            if not ask_which_person(
                self, alias, exc, lambda answer: self._save(contact, alias, shift, answer)
            ):
                self._message(error_text(exc, self.tr("save the contact")), error=True)

        # The op publishes its Changes before `saved` runs: mark the contact as this page's
        # own first (its id is made here), so that broadcast does not reload what is shown.
        self._own_saves.add(str(contact.id))
        self.run_op(lambda session: save_quick_contact(session, contact, alias, choice), saved, failed)

    # ----- this shift's contacts: list, edit, undo ---------------------------------------------

    def _show_rows(self) -> None:
        self.recent.clear()
        for row in self._rows:
            item = QListWidgetItem(self._row_text(row), self.recent)
            item.setData(Qt.ItemDataRole.UserRole, str(row.contact.id))
        self.undo_button.setEnabled(bool(self._undoable))

    def _row_text(self, row: ContactRow) -> str:
        contact = row.contact
        parts = [local_time_text(contact.occurred_at, contact.zone)[-5:], row.alias or self.tr("anonymous")]
        parts += [f"{label(kind)} {count}" for kind, count in sorted(contact.supplies.items())]
        parts += [label(kind) for kind in contact.referrals]
        return " · ".join(parts)

    def _on_row_activated(self, item: QListWidgetItem) -> None:
        from outreach_app.ui.pages.contacts import edit_contact

        wanted = item.data(Qt.ItemDataRole.UserRole)
        row = next((row for row in self._rows if str(row.contact.id) == wanted), None)
        if row is not None:
            self.active_dialog = edit_contact(
                self, row, self._areas, lambda text, error: self._message(text, error=error)
            )

    def undo_last(self) -> None:
        """Delete the last contact saved here (and the person its save added); refill an empty form."""
        if self._saving or not self._undoable:
            return
        last = self._undoable.pop()
        self.undo_button.setEnabled(False)

        def undone(deleted: bool) -> None:
            self._rows = [row for row in self._rows if row.contact.id != last.row.contact.id]
            self._show_rows()
            if not deleted:
                self._message(self.tr("That contact was already deleted."), error=False)
                return
            if not self.has_unsaved_draft():
                self._fill_form(last.row)
            self._message(self.tr("Contact removed. Its details are back in the form."), error=False)

        def failed(exc: BaseException) -> None:
            self._undoable.append(last)
            self._show_rows()
            self._message(error_text(exc, self.tr("undo the contact")), error=True)

        self.run_op(lambda session: undo_quick_contact(session, last), undone, failed)

    def _fill_form(self, row: ContactRow) -> None:
        contact = row.contact
        self.alias.setText(row.alias)
        self.note.setText(contact.notes)
        select_data(self.kind, contact.kind.value)
        for kind, spin in self.supplies.items():
            spin.setValue(contact.supplies.get(kind, 0))
        for referral, box in self.referrals.items():
            box.setChecked(referral in contact.referrals)
        self.alias.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reset_form(self) -> None:
        # setText, not clear(): it also drops the fields' undo history (see eventFilter).
        self.alias.setText("")
        self.note.setText("")
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
