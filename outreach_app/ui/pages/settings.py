"""Settings: idle lock, review, areas' regions, theme, server link, passphrase, backup/restore,
passphrases of the vault (coordinators), quick delete.

Values about the work live in the encrypted DB (ops.app_settings); only the theme goes
to the UI prefs file (the unlock screen needs it). Quick delete takes two clicks and then a
5-second countdown that can be cancelled, after saying how many reports have not been sent.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from outreach_app.domain.texts import LANGUAGES
from outreach_app.ops import app_settings
from outreach_app.ops.app_settings import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES
from outreach_app.services.lock import PANIC_SHORTCUT
from outreach_app.ui.context import AppContext
from outreach_app.ui.file_dialogs import ask_open_path, ask_save_path
from outreach_app.ui.i18n import english_plural, language_name
from outreach_app.ui.pages.areas_section import AreasSection
from outreach_app.ui.pages.base import Page
from outreach_app.ui.pages.passphrases_section import PassphrasesSection
from outreach_app.ui.widgets import button, heading, note, set_role

QUICK_DELETE_SECONDS = 5


class SettingsPage(Page):
    """Signals:
    theme_changed(str): the user picked "dark" or "light".
    language_changed(str): the user picked the app's language (a catalog code, "" = the
        system's); it is used from the next start.
    idle_minutes_changed(int): the idle lock was changed (already saved).
    link_requested(): "Link to a server…" (the sync helper's enrolment dialog handles it).
    change_passphrase_requested(): open the change-passphrase dialog.
    backup_requested(object): back up to this Path.
    restore_requested(object): restore from this Path (the app locks first).
    quick_delete_confirmed(): the countdown ran out: destroy the vault now.
    """

    theme_changed = Signal(str)
    language_changed = Signal(str)
    idle_minutes_changed = Signal(int)
    link_requested = Signal()
    change_passphrase_requested = Signal()
    backup_requested = Signal(object)
    restore_requested = Signal(object)
    quick_delete_confirmed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Settings")
        self._loading = False
        self._countdown_left = 0

        # --- locking
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setAccessibleName(self.tr("Lock after minutes without use"))
        self.idle_minutes.setKeyboardTracking(False)
        self.idle_minutes.setMaximumWidth(140)
        panic = note(
            self.tr("Panic: %1 locks and hides the window at once.").replace("%1", PANIC_SHORTCUT),
            self,
            role="muted",
        )
        locking = QGroupBox(self.tr("Locking"), self)
        form = QFormLayout(locking)
        form.addRow(self.tr("Lock after &idle:"), self.idle_minutes)
        form.addRow(panic)

        # --- sharing
        self.review_required = QCheckBox(self.tr("A coordinator approves reports before they leave"), self)
        self.review_required.setAccessibleName(self.tr("Review required"))
        sharing = QGroupBox(self.tr("Sharing"), self)
        QVBoxLayout(sharing).addWidget(self.review_required)

        # --- retention (coordinators only; the service checks the role again)
        self.retention_fields: dict[str, QSpinBox] = {}
        retention_box = QGroupBox(self.tr("Retention"), self)
        retention_form = QFormLayout(retention_box)
        for key, label, suffix, top in (
            ("contact_notes_months", self.tr("Contact notes:"), self.tr(" months"), 240),
            ("aliases_months", self.tr("People (alias and notes):"), self.tr(" months"), 240),
            ("incident_narratives_months", self.tr("Incident descriptions:"), self.tr(" months"), 240),
            ("outbox_payload_days", self.tr("Sent reports' copies:"), self.tr(" days"), 3650),
        ):
            field = QSpinBox(self)
            field.setRange(1, top)
            field.setSuffix(suffix)
            field.setMaximumWidth(160)
            field.setAccessibleName(label.rstrip(":"))
            self.retention_fields[key] = field
            retention_form.addRow(label, field)
        self.retention_save = button(self.tr("Save retention"), self.tr("Save the retention periods"), self)
        self.retention_message = note("", self, role="muted")
        self.retention_message.setAccessibleName(self.tr("Retention message"))
        self.retention_message.setVisible(False)
        retention_row = QHBoxLayout()
        retention_row.addWidget(self.retention_save)
        retention_row.addWidget(self.retention_message)
        retention_row.addStretch(1)
        retention_form.addRow(retention_row)

        # --- appearance
        self.theme = QComboBox(self)
        self.theme.addItem(self.tr("Dark (low glare)"), "dark")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.setMaximumWidth(260)
        self.language = QComboBox(self)
        # Each language in its own words: someone who cannot read the current one finds theirs.
        self.language.addItem(self.tr("The system's language"), "")
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setAccessibleName(self.tr("Language of the app"))
        self.language.setMaximumWidth(260)
        self.language_note = QLabel("", self)
        self.language_note.setWordWrap(True)
        set_role(self.language_note, "muted")
        appearance = QGroupBox(self.tr("Appearance"), self)
        appearance_form = QFormLayout(appearance)
        appearance_form.addRow(self.tr("&Theme:"), self.theme)
        appearance_form.addRow(self.tr("&Language:"), self.language)
        appearance_form.addRow(self.language_note)

        # --- printed handout
        self.contact_line = QLineEdit(self)
        self.contact_line.setMaxLength(app_settings.MAX_CONTACT_LINE)
        self.contact_line.setAccessibleName(self.tr("Contact line on the alerts handout"))
        self.contact_line.setPlaceholderText(self.tr("e.g. Outreach van 07700 900123, Mon–Sat 8pm–2am"))
        self.contact_save = button(self.tr("Save contact line"), self.tr("Save the contact line"), self)
        self.contact_message = note("", self, role="muted")
        self.contact_message.setAccessibleName(self.tr("Contact line message"))
        handout_box = QGroupBox(self.tr("Printed handout"), self)
        handout_form = QFormLayout(handout_box)
        contact_row = QHBoxLayout()
        contact_row.addWidget(self.contact_line, 1)
        contact_row.addWidget(self.contact_save)
        contact_label = QLabel(self.tr("&Contact line:"), self)
        contact_label.setBuddy(self.contact_line)
        handout_form.addRow(contact_label, contact_row)
        handout_form.addRow(self.contact_message)

        # --- server link
        self.link_state = note(self.tr("Not linked to a server."), self, role="muted")
        self.link_state.setAccessibleName(self.tr("Server link"))
        self.link_button = button(self.tr("Link to a server…"), self.tr("Link to a server"), self)
        server = QGroupBox(self.tr("Charity server"), self)
        server_row = QHBoxLayout(server)
        server_row.addWidget(self.link_state, 1)
        server_row.addWidget(self.link_button)

        # --- passphrase and backups
        self.change_passphrase = button(self.tr("Change passphrase…"), self.tr("Change the passphrase"), self)
        self.backup_button = button(self.tr("Back up…"), self.tr("Back up the vault"), self)
        self.restore_button = button(self.tr("Restore…"), self.tr("Restore the vault from a backup"), self)
        self.vault_message = note("", self, role="muted")
        self.vault_message.setAccessibleName(self.tr("Vault message"))
        self.vault_message.setVisible(False)
        vault = QGroupBox(self.tr("Passphrase and backups"), self)
        vault_column = QVBoxLayout(vault)
        vault_row = QHBoxLayout()
        for widget in (self.change_passphrase, self.backup_button, self.restore_button):
            vault_row.addWidget(widget)
        vault_row.addStretch(1)
        vault_column.addLayout(vault_row)
        vault_column.addWidget(self.vault_message)

        # --- quick delete
        self.quick_delete = button(self.tr("Quick delete…"), self.tr("Quick delete"), self, role="danger")
        self.quick_delete_warning = note("", self, role="warning")
        self.quick_delete_warning.setAccessibleName(self.tr("Quick delete warning"))
        self.quick_delete_confirm = button(
            self.tr("Delete everything now"), self.tr("Confirm quick delete"), self, role="danger"
        )
        self.quick_delete_cancel = button(self.tr("Cancel"), self.tr("Cancel quick delete"), self)
        # On by default: an export or a backup left behind is what a quick delete is for.
        self.quick_delete_outside = QCheckBox(
            self.tr("Also destroy the files Outreach saved outside the vault (exports, backups, PDFs)"), self
        )
        self.quick_delete_outside.setChecked(True)
        danger = QGroupBox(self.tr("Quick delete"), self)
        danger_column = QVBoxLayout(danger)
        danger_column.addWidget(
            note(
                self.tr(
                    "Destroys the key first, then every record on this laptop and the files "
                    "Outreach saved outside the vault (exports, backups, PDFs) that are still where "
                    "it saved them; it lists any it cannot reach. Copies you made elsewhere stay. "
                    "It cannot be undone. Use it if the laptop is about to be taken. "
                    "The lock screen offers it too, without the passphrase."
                ),
                self,
                role="muted",
            )
        )
        danger_row = QHBoxLayout()
        danger_row.addWidget(self.quick_delete)
        danger_row.addWidget(self.quick_delete_confirm)
        danger_row.addWidget(self.quick_delete_cancel)
        danger_row.addStretch(1)
        danger_column.addLayout(danger_row)
        danger_column.addWidget(self.quick_delete_outside)
        danger_column.addWidget(self.quick_delete_warning)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self.quick_delete_tick)
        self._reset_quick_delete()

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(heading(self.title, body, factor=1.4))
        self.areas_section = AreasSection(ctx, self)
        self.passphrases_section = PassphrasesSection(ctx, self)
        for group in (
            locking,
            sharing,
            retention_box,
            self.areas_section,
            appearance,
            handout_box,
            server,
            vault,
            self.passphrases_section,
            danger,
        ):
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.idle_minutes.valueChanged.connect(self._on_idle_minutes)
        self.review_required.toggled.connect(self._on_review_required)
        self.theme.currentIndexChanged.connect(self._on_theme)
        self.language.currentIndexChanged.connect(self._on_language)
        self.retention_save.clicked.connect(self.save_retention)
        self.contact_save.clicked.connect(self.save_contact_line)
        self.contact_line.returnPressed.connect(self.save_contact_line)
        self.link_button.clicked.connect(self.link_requested)
        self.change_passphrase.clicked.connect(self.change_passphrase_requested)
        self.backup_button.clicked.connect(self._ask_backup_path)
        self.restore_button.clicked.connect(self._ask_restore_path)
        self.quick_delete.clicked.connect(self.ask_quick_delete)
        self.quick_delete_confirm.clicked.connect(self.start_quick_delete_countdown)
        self.quick_delete_cancel.clicked.connect(self.cancel_quick_delete)

    # ----- lifecycle -------------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self.review_required.setEnabled(self.ctx.is_coordinator)
        for field in self.retention_fields.values():
            field.setEnabled(self.ctx.is_coordinator)
        self.retention_save.setEnabled(self.ctx.is_coordinator)
        self.ctx.tasks.run_db(app_settings.load_app_settings, self._show_settings)
        from outreach_app.ops import coordinator

        self.ctx.tasks.run_db(coordinator.retention_policy, self._show_retention)
        self.areas_section.reload()
        self.passphrases_section.setVisible(self.ctx.is_coordinator)
        self.passphrases_section.reload()

    def _show_retention(self, policy: object) -> None:
        values = policy.model_dump() if hasattr(policy, "model_dump") else {}
        for key, field in self.retention_fields.items():
            if key in values:
                field.setValue(int(values[key]))

    def _show_settings(self, settings: app_settings.AppSettings) -> None:
        self._loading = True
        try:
            self.idle_minutes.setValue(settings.idle_lock_minutes)
            self.review_required.setChecked(settings.review_required)
            self.contact_line.setText(settings.contact_line)
        finally:
            self._loading = False

    def set_theme(self, name: str) -> None:
        """Show the theme in use (without emitting theme_changed)."""
        self._loading = True
        try:
            index = self.theme.findData(name)
            if index >= 0:
                self.theme.setCurrentIndex(index)
        finally:
            self._loading = False

    def set_language(self, code: str) -> None:
        """Show the language setting (without emitting language_changed)."""
        self._loading = True
        try:
            index = self.language.findData(code)
            self.language.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False

    def _on_language(self, _index: int) -> None:
        if self._loading:
            return
        self.language_note.setText(self.tr("The new language is used when Outreach starts again."))
        self.language_changed.emit(str(self.language.currentData()))

    def set_link_state(self, text: str) -> None:
        self.link_state.setText(text)

    def clear_sensitive(self) -> None:
        self.areas_section.clear()
        self.passphrases_section.clear()
        self.contact_line.clear()
        self.contact_message.clear()
        self._reset_quick_delete()
        self.show_vault_message("")
        self._show_retention_message("", "muted")
        self.link_state.setText(self.tr("Not linked to a server."))

    # ----- simple settings ---------------------------------------------------------------

    def _on_idle_minutes(self, minutes: int) -> None:
        if self._loading:
            return
        self.run_op(
            lambda session: app_settings.save_idle_minutes(session, minutes),
            lambda _none: self.idle_minutes_changed.emit(minutes),
        )

    def _on_review_required(self, required: bool) -> None:
        if self._loading:
            return
        now = self.ctx.clock()
        self.run_op(
            lambda session: app_settings.save_review_required(session, required, now),
            None,
            lambda _exc: self._review_refused(required),
        )

    def save_contact_line(self) -> None:
        """Store the contact line printed on the alerts handout (in the encrypted DB)."""
        text = self.contact_line.text()

        def saved(stored: str) -> None:
            self.contact_line.setText(stored)
            self.contact_message.setText(self.tr("Contact line saved."))
            set_role(self.contact_message, "ok")

        def refused(exc: BaseException) -> None:
            # contact_line_problem words its reason without repeating the input.
            self.contact_message.setText(str(exc) if isinstance(exc, ValueError) else self.tr("Not saved."))
            set_role(self.contact_message, "error")

        self.run_op(lambda session: app_settings.save_contact_line(session, text), saved, refused)

    def save_retention(self) -> None:
        """Store the retention periods (audited; coordinators only, checked on the DB thread)."""
        changes = {key: field.value() for key, field in self.retention_fields.items()}
        now = self.ctx.clock()
        self.run_op(
            lambda session: app_settings.save_retention_policy(session, changes, now),
            self._retention_saved,
            self._retention_refused,
        )

    def _retention_saved(self, policy: object) -> None:
        self._show_retention(policy)
        self._show_retention_message(self.tr("Retention periods saved."), "ok")

    def _retention_refused(self, exc: BaseException) -> None:
        from outreach_app.ops.coordinator import RetentionPolicyError

        if isinstance(exc, PermissionError):
            text = self.tr("Only a coordinator can change the retention periods.")
        elif isinstance(exc, RetentionPolicyError):
            text = str(exc)  # names the field and the allowed range, nothing from the records
        else:
            text = self.tr("The retention periods were not saved.")
        self._show_retention_message(text, "error")

    def _show_retention_message(self, text: str, role: str) -> None:
        self.retention_message.setText(text)
        self.retention_message.setVisible(bool(text))
        set_role(self.retention_message, role)

    def _review_refused(self, required: bool) -> None:
        self._loading = True
        try:
            self.review_required.setChecked(not required)
        finally:
            self._loading = False
        self.show_vault_message(self.tr("Only a coordinator can change the review setting."), "error")

    def _on_theme(self, _index: int) -> None:
        if not self._loading:
            self.theme_changed.emit(str(self.theme.currentData()))

    # ----- backups ---------------------------------------------------------------------------

    def _ask_backup_path(self) -> None:
        path = ask_save_path(
            self, self.tr("Back up the vault"), "outreach-backup.obk", self.tr("Outreach backups (*.obk)")
        )
        if path is not None:
            self.backup_requested.emit(path)

    def _ask_restore_path(self) -> None:
        path = ask_open_path(self, self.tr("Restore from a backup"), self.tr("Outreach backups (*.obk)"))
        if path is not None:
            self.restore_requested.emit(path)

    def show_vault_message(self, text: str, role: str = "muted") -> None:
        self.vault_message.setText(text)
        self.vault_message.setVisible(bool(text))
        set_role(self.vault_message, role)

    # ----- quick delete ----------------------------------------------------------------------

    def _warn(self, text: str) -> None:
        self.quick_delete_warning.setText(text)
        self.quick_delete_warning.setVisible(bool(text))

    def _reset_quick_delete(self) -> None:
        self._countdown.stop()
        self._countdown_left = 0
        self.quick_delete.setEnabled(True)
        self.quick_delete_confirm.setVisible(False)
        self.quick_delete_cancel.setVisible(False)
        self._warn("")

    def ask_quick_delete(self) -> None:
        """First click: say what will be lost (unsent reports) and offer the second click."""
        self.quick_delete.setEnabled(False)
        self.quick_delete_confirm.setVisible(True)
        self.quick_delete_confirm.setEnabled(False)
        self.quick_delete_cancel.setVisible(True)
        self._warn(self.tr("Counting reports that have not been sent…"))
        self.ctx.tasks.run_db(
            app_settings.unsent_report_count,
            self._show_unsent,
            lambda _exc: self._show_unsent(None),
        )
        self.quick_delete_cancel.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_unsent(self, unsent: int | None) -> None:
        if not self.quick_delete_cancel.isVisible():
            return  # cancelled meanwhile
        if unsent is None:
            text = self.tr("Everything on this laptop will be destroyed and cannot be recovered.")
        elif unsent == 0:
            text = self.tr("All reports have been sent. Everything on this laptop will be destroyed.")
        else:
            text = english_plural(
                self.tr(
                    "Not yet sent to the charity: %n report(s). They will be lost. "
                    "Everything on this laptop will be destroyed.",
                    "",
                    unsent,
                ),
                unsent,
            )
        self._warn(text)
        self.quick_delete_confirm.setEnabled(True)

    def start_quick_delete_countdown(self) -> None:
        """Second click: count down, cancellable; at zero the vault is destroyed."""
        self.quick_delete_confirm.setEnabled(False)
        self._countdown_left = QUICK_DELETE_SECONDS
        self._show_countdown()
        self._countdown.start()

    @property
    def quick_delete_pending(self) -> bool:
        return self._countdown_left > 0

    def quick_delete_tick(self) -> None:
        """One second of the countdown (runs on a timer; tests call it)."""
        if self._countdown_left <= 0:
            return
        self._countdown_left -= 1
        if self._countdown_left > 0:
            self._show_countdown()
            return
        self._reset_quick_delete()
        self.quick_delete_confirmed.emit()

    def _show_countdown(self) -> None:
        left = self._countdown_left
        self._warn(
            english_plural(
                self.tr("Deleting everything in %n second(s). Press Cancel to stop.", "", left), left
            )
        )

    def cancel_quick_delete(self) -> None:
        self._reset_quick_delete()
        self.quick_delete.setFocus(Qt.FocusReason.OtherFocusReason)
