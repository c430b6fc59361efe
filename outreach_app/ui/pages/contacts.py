"""Contacts: every contact logged, newest first, lazily listed; detail, edit, delete, forget."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from outreach_app.domain.enums import ContactKind, ReferralKind, SupplyKind
from outreach_app.domain.models import Area, Contact
from outreach_app.ops.changes import Kind
from outreach_app.ops.records import PersonChoice, delete_contact, save_edited_contact
from outreach_app.ops.search import ContactRow
from outreach_app.ui.context import AppContext
from outreach_app.ui.models.labels import label, local_time_text
from outreach_app.ui.models.records import ContactsModel
from outreach_app.ui.pages.base import Page
from outreach_app.ui.pages.common import enum_combo, error_text, fill_areas, select_data, status_label
from outreach_app.ui.pages.record_list import RecordFilters, RecordListPage, ask_forget
from outreach_app.ui.person_choice import ask_which_person
from outreach_app.ui.widgets import WholeDateTimeEdit, button, short_label


def to_qdatetime(value: datetime, zone: str) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone(zone.encode()))


def from_qdatetime(value: QDateTime) -> datetime:
    from datetime import UTC

    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


class ContactEditor(QDialog):
    """Edits one contact. Validation happens on save; a bad value keeps the dialog open.

    Attributes:
        contact: the contact being edited (as loaded).
        result_contact: the corrected contact once accepted.
    """

    def __init__(self, row: ContactRow, areas: list[Area], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit contact"))
        self.contact = row.contact
        self.result_contact: Contact | None = None
        contact = row.contact
        self.when = WholeDateTimeEdit(to_qdatetime(contact.occurred_at, contact.zone), self)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("When"))
        self.area = QComboBox(self)
        self.area.setAccessibleName(self.tr("Area"))
        fill_areas(self.area, areas, any_text=self.tr("No area"))
        select_data(self.area, str(contact.area_id) if contact.area_id else None)
        self.alias = QLineEdit(row.alias, self)
        self.alias.setAccessibleName(self.tr("Alias (empty: anonymous)"))
        self.kind = enum_combo(ContactKind, self.tr("How the contact happened"), self)
        select_data(self.kind, contact.kind.value)
        grid = QGridLayout()
        self.supplies: dict[SupplyKind, QSpinBox] = {}
        for number, kind in enumerate(SupplyKind):
            spin = QSpinBox(self)
            spin.setRange(0, 10_000)
            spin.setValue(contact.supplies.get(kind, 0))
            spin.setAccessibleName(self.tr("%1 handed out").replace("%1", label(kind)))
            # Four to a row keeps the dialog short enough for a small screen; a long name
            # ("Safety leaflets" in Polish or Bulgarian) wraps instead of widening the dialog.
            text = short_label(label(kind), self)
            text.setBuddy(spin)
            row_no, col = divmod(number, 4)
            grid.addWidget(text, row_no, col * 2)
            grid.addWidget(spin, row_no, col * 2 + 1)
            self.supplies[kind] = spin
        referrals = QGridLayout()
        self.referrals: dict[ReferralKind, QCheckBox] = {}
        for number, referral in enumerate(ReferralKind):
            box = QCheckBox(label(referral), self)
            box.setChecked(referral in contact.referrals)
            box.setAccessibleName(self.tr("Referred to %1").replace("%1", label(referral)))
            referrals.addWidget(box, *divmod(number, 4))
            self.referrals[referral] = box
        self.notes = QPlainTextEdit(contact.notes, self)
        self.notes.setAccessibleName(self.tr("Note (stays on this device)"))
        self.notes.setTabChangesFocus(True)
        self.error = status_label(self, self.tr("Problem with the contact"))
        self.error.setProperty("role", "error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&Area:"), self.area)
        form.addRow(self.tr("A&lias:"), self.alias)
        form.addRow(self.tr("&How:"), self.kind)
        form.addRow(self.tr("Supplies:"), grid)
        form.addRow(self.tr("Referrals:"), referrals)
        form.addRow(self.tr("&Note:"), self.notes)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(buttons)

    def _on_save(self) -> None:
        area = self.area.currentData()
        try:
            self.result_contact = Contact(
                id=self.contact.id,
                occurred_at=from_qdatetime(self.when.dateTime()),
                zone=self.contact.zone,
                shift_id=self.contact.shift_id,
                area_id=UUID(area) if area else None,
                person_id=self.contact.person_id,
                kind=ContactKind(self.kind.currentData()),
                supplies={kind: spin.value() for kind, spin in self.supplies.items()},
                referrals=[kind for kind, box in self.referrals.items() if box.isChecked()],
                notes=self.notes.toPlainText(),
            )
        except ValueError as exc:
            self.error.setText(error_text(exc, self.tr("save the contact")))
            return
        self.accept()


class ContactsPage(RecordListPage[ContactRow]):
    """Contacts, newest first. Enter or double-click edits; Delete deletes (after asking)."""

    watched_kinds = (Kind.CONTACTS,)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ContactsModel(ctx.tasks), parent)
        self.set_title(self.tr("Contacts"))
        self.set_column_chars([17, 16, 12, 10, 26, 16])
        self.table.setAccessibleName(self.tr("Contacts"))
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Filter by how the contact happened"))
        self.kind_filter.addItem(self.tr("Any way"), None)
        for kind in ContactKind:
            self.kind_filter.addItem(label(kind), kind.value)
        self.filter_row.addWidget(self.kind_filter, 1)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.edit_button = button(self.tr("&Edit…"), self.tr("Edit the selected contact"), self)
        self.delete_button = button(self.tr("&Delete…"), self.tr("Delete the selected contact"), self)
        self.forget_button = button(
            self.tr("&Forget this person…"),
            self.tr("Forget the person of the selected contact"),
            self,
            role="danger",
        )
        for widget in (self.edit_button, self.delete_button, self.forget_button):
            self.actions_row.addWidget(widget)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.forget_button.clicked.connect(self.forget_selected)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.on_delete_key = self.delete_selected
        self.finish_tab_order([self.kind_filter], [self.edit_button, self.delete_button, self.forget_button])
        self.update_actions(None)

    def extra_query(self) -> RecordFilters:
        kind = self.kind_filter.currentData()
        return {"contact_kind": ContactKind(kind) if kind else None}

    def detail_rows(self, item: ContactRow | None) -> list[tuple[str, str]]:
        if item is None:
            return []
        c = item.contact
        return [
            (self.tr("When"), local_time_text(c.occurred_at, c.zone)),
            (self.tr("Area"), item.area),
            (self.tr("Alias"), item.alias or self.tr("(anonymous)")),
            (self.tr("How"), label(c.kind)),
            (self.tr("Supplies"), ", ".join(f"{label(k)}: {n}" for k, n in c.supplies.items())),
            (self.tr("Referrals"), ", ".join(label(k) for k in c.referrals)),
            (self.tr("Note"), c.notes),
        ]

    def update_actions(self, item: ContactRow | None) -> None:
        self.edit_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        self.forget_button.setEnabled(item is not None and item.contact.person_id is not None)

    # ----- actions ------------------------------------------------------------------------

    def edit_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        self.active_dialog = edit_contact(self, item, self._areas, self.show_message)

    def delete_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        contact_id = item.contact.id
        when = local_time_text(item.contact.occurred_at, item.contact.zone)

        def delete() -> None:
            def done(_deleted: bool) -> None:
                self.show_message(self.tr("Contact deleted."))

            self.run_op(
                lambda s: delete_contact(s, contact_id),
                done,
                self.failure(self.tr("delete the contact")),
            )

        self.confirm(
            self.tr("Delete contact"),
            self.tr("Delete the contact of %1? This cannot be undone.").replace("%1", when),
            self.tr("Delete contact"),
            delete,
        )

    def forget_selected(self) -> None:
        item = self.selected_item()
        if item is not None and item.contact.person_id is not None:
            ask_forget(self, item.contact.person_id)


def edit_contact(
    page: Page, item: ContactRow, areas: list[Area], show: Callable[[str, bool], None]
) -> ContactEditor:
    """Open the editor for one contact on `page` (its `active_dialog`) and save what is accepted.

    Shared by the Contacts page and the Shift page's list of this shift's contacts; when
    several people share a changed alias the worker is asked which one (nothing saved before)."""
    editor = ContactEditor(item, areas, page)

    def finished(result: int) -> None:
        page.active_dialog = None
        contact, alias = editor.result_contact, editor.alias.text()
        editor.deleteLater()
        if result == QDialog.DialogCode.Accepted and contact is not None:
            save(contact, alias, None)

    def save(contact: Contact, alias: str, choice: PersonChoice) -> None:
        def saved(_created: bool) -> None:
            show(QCoreApplication.translate("ContactEditor", "Contact saved."), False)

        def failed(exc: BaseException) -> None:
            if not ask_which_person(page, alias, exc, lambda answer: save(contact, alias, answer)):
                show(error_text(exc, QCoreApplication.translate("ContactEditor", "save the contact")), True)

        page.run_op(lambda s: save_edited_contact(s, contact, alias, choice), saved, failed)

    editor.finished.connect(finished)
    editor.open()
    return editor
