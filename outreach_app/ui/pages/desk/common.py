"""What the desk's pages share: the page base (messages, failures), the enrolment box, and a
readable view of a decrypted report.

Desk ops (ops/desk.py, ops/desk_police.py, ops/desk_stats.py, ops/desk_pages.py) run on the
DB thread through `ctx.tasks.run_db`; pull, publish and admin calls do HTTP there too, which
keeps SQL and network off the GUI thread and in the order the desk asked for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from outreach_app.domain.enums import IncidentType
from outreach_app.ops.desk import DeskError
from outreach_app.ops.desk_pages import DeskSummary, SeenCount, desk_summary
from outreach_app.protocol.alerts import AlertPerpetrator, AlertVehicle
from outreach_app.ui.context import AppContext
from outreach_app.ui.models.alerts import perpetrator_words, vehicle_words
from outreach_app.ui.models.labels import label, value_label
from outreach_app.ui.pages.base import Page
from outreach_app.ui.pages.common import error_text, status_label
from outreach_app.ui.widgets import button, passphrase_field, set_role

# Errors whose message the desk's own code words for staff (no record text in them).
SAFE_MESSAGE_ERRORS: tuple[type[BaseException], ...] = (DeskError,)


def purpose_words(purpose: str) -> str:
    return {
        "alert": QCoreApplication.translate("DeskPages", "Alert"),
        "police_intelligence": QCoreApplication.translate("DeskPages", "Police intelligence"),
        "police_referral": QCoreApplication.translate("DeskPages", "Police referral"),
    }.get(purpose, value_label(purpose))


def state_words(state: str) -> str:
    return {
        "new": QCoreApplication.translate("DeskPages", "New"),
        "in_review": QCoreApplication.translate("DeskPages", "In review"),
        "done": QCoreApplication.translate("DeskPages", "Done"),
    }.get(state, state)


def desk_error_text(exc: BaseException, doing: str) -> str:
    """What went wrong: the desk's own message for its refusals, else the type only."""
    from outreach_app.charity.desk_stats import DeskStatsError
    from outreach_app.charity.disclosures import DisclosureLogError
    from outreach_app.charity.police_grading import GradeError

    if isinstance(exc, (*SAFE_MESSAGE_ERRORS, GradeError, DisclosureLogError, DeskStatsError)):
        return (
            QCoreApplication.translate("DeskPages", "Could not %1: %2")
            .replace("%1", doing)
            .replace("%2", str(exc))
        )
    return error_text(exc, doing)


class DeskPage(Page):
    """A desk page: a message line and failure callbacks that say what went wrong.

    Attributes:
        message: the last action's result (set by `say`).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.message = status_label(self, QCoreApplication.translate("DeskPages", "Page message"))
        self.confirm_button: QPushButton | None = None  # "go ahead" of the open question

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "ok")

    def failed(self, doing: str) -> Callable[[BaseException], None]:
        return lambda exc: self.say(desk_error_text(exc, doing), error=True)

    def confirm(self, title: str, text: str, action_text: str, on_yes: Callable[[], None]) -> QMessageBox:
        """A window-modal question whose safe answer (Cancel) is the default; `confirm_button`
        is the one that goes ahead (tests click it)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(action_text, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        yes.setAccessibleName(action_text)
        self.confirm_button = yes

        def finished(_result: int) -> None:
            chosen = box.clickedButton()
            self.active_dialog = None
            box.deleteLater()
            if chosen is yes:
                on_yes()

        box.finished.connect(finished)
        self.active_dialog = box
        box.open()
        return box

    def when_unlocked(self, action: Callable[[], None]) -> None:
        """Run `action` if the vault is open, and re-read the desk's enrolment (another page
        may have enrolled it)."""
        if self.ctx.tasks.session is not None:
            enrol = getattr(self, "enrol", None)
            if isinstance(enrol, EnrolBox):
                enrol.load()
            action()


class EnrolBox(QWidget):
    """The desk's identity and, until it is enrolled, the server address and desk code.

    Signals:
        enrolled(): the server accepted the desk code (pages may pull now).
    """

    enrolled = Signal()

    def __init__(self, page: DeskPage) -> None:
        super().__init__(page)
        self._page = page
        self.who = QLabel("", self)
        self.who.setAccessibleName(QCoreApplication.translate("DeskPages", "This desk"))
        self.server_url = QLineEdit(self)
        self.server_url.setAccessibleName(QCoreApplication.translate("DeskPages", "Server address"))
        self.server_url.setPlaceholderText(
            QCoreApplication.translate("DeskPages", "https://server.example.org")
        )
        self.code = passphrase_field(QCoreApplication.translate("DeskPages", "Desk enrolment code"), self)
        self.code.setPlaceholderText(
            QCoreApplication.translate("DeskPages", "Desk code from the server's admin")
        )
        self.enrol_button = button(
            QCoreApplication.translate("DeskPages", "&Enrol this desk"),
            QCoreApplication.translate("DeskPages", "Enrol this desk"),
            self,
            role="primary",
        )
        self.summary: DeskSummary | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.who, 1)
        row.addWidget(self.server_url, 1)
        row.addWidget(self.code)
        row.addWidget(self.enrol_button)
        self.enrol_button.clicked.connect(self.enrol)
        self.code.returnPressed.connect(self.enrol)
        self._show()

    def load(self) -> None:
        self._page.ctx.tasks.run_db(
            desk_summary,
            self._on_summary,
            self._page.failed(QCoreApplication.translate("DeskPages", "read the desk")),
        )

    def _on_summary(self, summary: DeskSummary) -> None:
        self.summary = summary
        self._show()

    def _show(self) -> None:
        summary = self.summary
        enrolled = summary is not None and summary.server_url is not None
        for widget in (self.server_url, self.code, self.enrol_button):
            widget.setVisible(summary is not None and not enrolled)
        if summary is None:
            self.who.setText("")
        elif enrolled:
            self.who.setText(
                QCoreApplication.translate("DeskPages", "%1 desk “%2”, enrolled with %3")
                .replace("%1", role_words(summary.role))
                .replace("%2", summary.label)
                .replace("%3", summary.server_url or "")
            )
        else:
            self.who.setText(
                QCoreApplication.translate("DeskPages", "%1 desk “%2”: not enrolled yet")
                .replace("%1", role_words(summary.role))
                .replace("%2", summary.label)
            )

    def enrol(self) -> None:
        url, code = self.server_url.text().strip(), self.code.text().strip()
        if not url or not code:
            self._page.say(
                QCoreApplication.translate("DeskPages", "Type the server's address and the desk code."),
                error=True,
            )
            return
        from outreach_app.ops import desk

        self.enrol_button.setEnabled(False)

        def done(_desk_id: str) -> None:
            self.enrol_button.setEnabled(True)
            self.code.setText("")
            self._page.say(QCoreApplication.translate("DeskPages", "The desk is enrolled."))
            self.load()
            self.enrolled.emit()

        def failed(exc: BaseException) -> None:
            self.enrol_button.setEnabled(True)
            self._page.failed(QCoreApplication.translate("DeskPages", "enrol the desk"))(exc)

        self._page.ctx.tasks.run_db(lambda s: desk.enroll(s, url, code), done, failed)

    def clear(self) -> None:
        self.summary = None
        self.code.setText("")
        self._show()

    @property
    def is_enrolled(self) -> bool:
        return self.summary is not None and self.summary.server_url is not None


def role_words(role: str) -> str:
    return {
        "alerts": QCoreApplication.translate("DeskPages", "Alerts"),
        "police": QCoreApplication.translate("DeskPages", "Police"),
        "admin": QCoreApplication.translate("DeskPages", "Admin"),
    }.get(role, role)


def _people(values: Iterable[object]) -> str:
    return "\n".join(perpetrator_words(AlertPerpetrator.model_validate(p)) for p in values)


def _vehicles(values: Iterable[object]) -> str:
    return "\n".join(vehicle_words(AlertVehicle.model_validate(v)) for v in values)


def _items(value: object) -> list[object]:
    """A list field of a decrypted report (none when the report leaves it out)."""
    return list(value) if isinstance(value, (list, tuple)) else []


def _yes_no(value: object) -> str:
    if value is None:
        return ""
    return (
        QCoreApplication.translate("DeskPages", "yes")
        if value
        else QCoreApplication.translate("DeskPages", "no")
    )


def content_rows(content: Mapping[str, object]) -> list[tuple[str, str]]:
    """A decrypted report's fields as (label, text) rows to read, in a fixed order."""
    types = ", ".join(label(IncidentType(str(t))) for t in _items(content.get("incident_types")))
    rows = [
        (
            QCoreApplication.translate("DeskPages", "Date"),
            str(content.get("date") or content.get("month") or ""),
        ),
        (
            QCoreApplication.translate("DeskPages", "Part of day"),
            value_label(str(content.get("part_of_day", ""))),
        ),
        (QCoreApplication.translate("DeskPages", "Region"), str(content.get("region_id", ""))),
        (QCoreApplication.translate("DeskPages", "What happened"), types),
        (
            QCoreApplication.translate("DeskPages", "Perpetrators"),
            _people(_items(content.get("perpetrators"))),
        ),
        (QCoreApplication.translate("DeskPages", "Vehicles"), _vehicles(_items(content.get("vehicles")))),
        (QCoreApplication.translate("DeskPages", "Weapon used"), _yes_no(content.get("weapon_used"))),
        (QCoreApplication.translate("DeskPages", "Injured"), _yes_no(content.get("injured"))),
        (
            QCoreApplication.translate("DeskPages", "Injury"),
            value_label(str(content.get("injury_severity") or "")),
        ),
        (QCoreApplication.translate("DeskPages", "Summary"), str(content.get("summary") or "")),
    ]
    if content.get("wants_contact_via_project"):
        rows.append(
            (
                QCoreApplication.translate("DeskPages", "Contact"),
                QCoreApplication.translate("DeskPages", "through the project only"),
            )
        )
    return rows


def seen_before_rows(counts: list[SeenCount], in_others: Callable[[int], str]) -> list[tuple[str, str]]:
    """ "Seen before": each identifier and how many other reports name it (never which).
    `in_others(n)` words a count above zero: the caller's `self.tr` numerus form, because
    lupdate takes plural forms only from `tr()` calls, not from `QCoreApplication.translate`."""
    rows = []
    for count in counts:
        if count.other_reports == 0:
            text = QCoreApplication.translate("DeskPages", "not in any other report")
        else:
            text = in_others(count.other_reports)
        rows.append((f"{value_label(count.identifier.kind.value)} {count.identifier.value}", text))
    return rows
