"""Sign a person up for warnings (issue 23): channel, their number or address, the regions
they work in, the language of their messages, wording, and their consent. Opened from the
Alerts page ("Sign up for warnings…", `open_for`), where the worker already is when a person
asks how to get the warnings themselves. The address goes from the field to the server
(ops/subscriptions.py, run off the GUI thread by whoever opens the dialog) and the field is
cleared as soon as the server took it: it is never saved on this laptop.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from outreach_app.domain.texts import LANGUAGES
from outreach_app.ops.subscriptions import CHANNELS, LANGUAGE_TAGS, SignUp, failure_text, sign_up
from outreach_app.services.tasks import TaskManager
from outreach_app.ui.models.labels import QT_TRANSLATE_NOOP
from outreach_app.ui.widgets import button, note, set_role

Submit = Callable[[SignUp, Callable[[], None], Callable[[str], None]], None]
"""Send a sign-up off the GUI thread, then call back on it: done, or failed with a message."""

CHANNEL_NAMES: dict[str, str] = {
    "sms": QT_TRANSLATE_NOOP("SubscribeDialog", "Text message"),
    "email": QT_TRANSLATE_NOOP("SubscribeDialog", "Email"),
    "signal": "Signal",
    "whatsapp": "WhatsApp",
    "telegram": "Telegram",
}


def language_name(code: str) -> str:
    """A language by its own name ("Română"), as the person would recognise it."""
    try:
        name = Locale.parse(code).get_display_name(code) or code
    except (UnknownLocaleError, ValueError):
        return code
    return name[:1].upper() + name[1:]


def submit_with(tasks: TaskManager) -> Submit:
    """The dialog's `submit` on the app's task manager: the op runs on the DB thread (it reads
    the vault's link, then makes one HTTPS request), never on the GUI thread."""

    def submit(details: SignUp, done: Callable[[], None], failed: Callable[[str], None]) -> None:
        tasks.run_db(
            lambda session: sign_up(session.conn, details),
            on_success=lambda _result: done(),
            on_failure=lambda exc: failed(failure_text(exc)),
        )

    return submit


class SubscribeDialog(QDialog):
    def __init__(
        self, regions: Sequence[tuple[str, str]], submit: Submit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("subscribe_dialog")
        self.setWindowTitle(self.tr("Sign someone up for warnings"))
        self._submit = submit
        self.channel = QComboBox(self)
        for channel in CHANNELS:
            self.channel.addItem(self.tr(CHANNEL_NAMES[channel]), channel)
        self.address = QLineEdit(self)
        self.address.setAccessibleName(self.tr("Their number or address"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of their messages"))
        for code, tag in zip(LANGUAGES, LANGUAGE_TAGS, strict=True):
            self.language.addItem(language_name(code), tag)
        self.regions = [(region_id, QCheckBox(name, self)) for region_id, name in regions]
        self.discreet = QCheckBox(self.tr("Discreet wording (nothing on a lock screen gives it away)"), self)
        self.discreet.setChecked(True)
        self.consent = QCheckBox(self.tr("They agreed to get these messages"), self)
        self.status = note("", self)
        self.status.setAccessibleName(self.tr("Status"))
        self.send_button = button(self.tr("&Sign up"), self.tr("Send the sign-up to the server"), self)
        self.send_button.clicked.connect(self.send)
        form = QFormLayout()
        form.addRow(self.tr("Send by:"), self.channel)
        form.addRow(self.tr("Number or address:"), self.address)
        form.addRow(self.tr("Language:"), self.language)
        areas = QVBoxLayout()
        for _, box in self.regions:
            areas.addWidget(box)
        form.addRow(self.tr("Areas:"), areas)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(self.tr("The address goes straight to the charity's server; it is not kept here."), self)
        )
        layout.addLayout(form)
        layout.addWidget(self.discreet)
        layout.addWidget(self.consent)
        layout.addWidget(self.status)
        layout.addWidget(self.send_button)

    def details(self) -> SignUp:
        return SignUp(
            channel=str(self.channel.currentData()),
            address=self.address.text(),
            region_ids=[region_id for region_id, box in self.regions if box.isChecked()],
            language=str(self.language.currentData()),
            discreet=self.discreet.isChecked(),
            consent=self.consent.isChecked(),
        )

    def send(self) -> None:
        details = self.details()
        if not details.consent:
            self._show(self.tr("Tick that they agreed first. Nothing was sent."), "error")
            return
        if not details.region_ids:
            self._show(self.tr("Pick at least one area. Nothing was sent."), "error")
            return
        self.send_button.setEnabled(False)
        self._show(self.tr("Sending…"), "muted")
        self._submit(details, self._done, self._failed)

    def _done(self) -> None:
        self.address.clear()
        self.consent.setChecked(False)
        self.send_button.setEnabled(True)
        self._show(self.tr("Signed up: they will get a welcome message with a link to stop."), "ok")

    def _failed(self, message: str) -> None:
        self.send_button.setEnabled(True)
        self._show(message, "error")

    def _show(self, text: str, role: str) -> None:
        self.status.setText(text)
        set_role(self.status, role)


def open_for(parent: QWidget, regions: Mapping[str, str], tasks: TaskManager) -> SubscribeDialog:
    """Open the dialog (window-modal, so the page behind cannot change its regions meanwhile)
    with the server's regions by the names the worker knows, sending through the app's task
    manager."""
    ordered = sorted(regions.items(), key=lambda item: item[1].casefold())
    dialog = SubscribeDialog(ordered, submit_with(tasks), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def close_sign_ups(parent: QWidget) -> None:
    """On lock: empty and close any sign-up dialog of `parent` (a typed address must not
    stay on screen or in a widget)."""
    for dialog in parent.findChildren(SubscribeDialog):
        dialog.address.clear()
        dialog.reject()
