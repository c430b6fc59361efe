"""Alerts: the charity's current warnings, a check for a phone number or plate, and a handout.

- The list shows alerts valid today, newest first, with region and expiry; an area filter
  narrows it to the region that area maps to. Alerts not looked at before are marked NEW
  and announced through `new_alerts_changed` (the status bar shows it); looking at the page
  marks them seen (kept in the vault's settings).
- CHECK: a phone number, plate, e-mail address or online name in any format → the alerts and the local
  incidents that name it (`ops.alerts.check`, the store's SQL match; `outreach alerts check` runs it too).
- PRINT HANDOUT: an A4 PDF of the current alerts for an area (services.handout): saved with
  write_private, or sent to a printer, with progress and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from outreach_app.domain.device_zone import device_zone
from outreach_app.domain.models import Incident
from outreach_app.domain.texts import LANGUAGES
from outreach_app.domain.timeutil import to_local
from outreach_app.ops.alerts import (
    CheckResult,
    StoredAlerts,
    alert_key,
    check,
    current,
    load_alerts,
    mark_seen,
)
from outreach_app.ops.app_settings import AppSettings, save_handout_languages
from outreach_app.ops.changes import Changes, Kind
from outreach_app.ops.outside_writes import OutsideKind
from outreach_app.protocol.alerts import Alert
from outreach_app.services.handout import Handout
from outreach_app.ui.alerts_handout import build_handout, region_names
from outreach_app.ui.context import AppContext
from outreach_app.ui.i18n import english_plural, language_name

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from outreach_app.services.sync_scheduler import SyncScheduler
from outreach_app.ui.models.alerts import AlertsModel, perpetrator_words, vehicle_words
from outreach_app.ui.models.labels import label, local_date_text
from outreach_app.ui.pages.base import Page
from outreach_app.ui.pages.common import error_text, record_table, set_tab_chain, status_label
from outreach_app.ui.pages.record_list import detail_html
from outreach_app.ui.subscribe_dialog import SubscribeDialog, close_sign_ups, open_for
from outreach_app.ui.widgets import button, heading, set_role

LOCAL_ZONE = device_zone()  # the system's zone, read once at start (domain.device_zone)


class AlertsPage(Page):
    """Signals:
    new_alerts_changed(int): how many alerts have not been looked at (0 after a look).
    """

    new_alerts_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Alerts")
        self._stored: StoredAlerts | None = None
        self._new_count = 0
        self._attached: SyncScheduler | None = None
        self.contact_line = ""  # printed on every page of the handout (a setting)

        self.model = AlertsModel(self)
        self.sync_label = QLabel("", self)
        self.sync_label.setAccessibleName(self.tr("When alerts were last fetched"))
        self.area = QComboBox(self)
        self.area.setAccessibleName(self.tr("Show alerts for area"))
        self.save_button = button(
            self.tr("&Save handout as PDF…"), self.tr("Save the alerts handout as PDF"), self
        )
        self.print_button = button(self.tr("&Print handout…"), self.tr("Print the alerts handout"), self)
        self.subscribe_button = button(
            self.tr("Sign &up for warnings…"), self.tr("Sign a person up to get warnings themselves"), self
        )
        # The handout is for the people met, so it is printed in their language(s), not the
        # app's; the choice is kept in the vault's settings (ops.app_settings).
        self.handout_language = QComboBox(self)
        self.handout_language.setAccessibleName(self.tr("Language of the handout"))
        self.handout_second = QComboBox(self)
        self.handout_second.setAccessibleName(self.tr("Second language printed beside it"))
        self.handout_second.addItem(self.tr("(none)"), "")
        for code in LANGUAGES:
            self.handout_language.addItem(language_name(code), code)
            self.handout_second.addItem(language_name(code), code)
        self._loading_languages = False
        self.table = record_table(self, self.tr("Current alerts"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        char = self.table.fontMetrics().averageCharWidth()
        for number, chars in ((0, 12), (2, 26), (3, 18), (4, 12)):
            self.table.setColumnWidth(number, chars * char + 16)
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("Selected alert"))
        self.empty = status_label(self, self.tr("Alerts message"))
        self.signature_warning = status_label(self, self.tr("Alerts refused for a bad signature"))

        self.check_box = QLineEdit(self)
        self.check_box.setAccessibleName(
            self.tr("Check a phone number, plate, e-mail address or online name")
        )
        self.check_box.setPlaceholderText(
            self.tr("Check a phone number, plate, e-mail or online name (any format)")
        )
        self.check_button = button(self.tr("Chec&k"), self.tr("Check"), self, role="primary")
        self.check_results = QTextBrowser(self)
        self.check_results.setAccessibleName(self.tr("Check results"))
        self.check_results.setMaximumHeight(160)
        self.message = status_label(self, self.tr("Page message"))

        top = QHBoxLayout()
        top.addWidget(heading(self.title, self))
        top.addStretch(1)
        top.addWidget(self.sync_label)
        area_row = QHBoxLayout()
        area_label = QLabel(self.tr("&Area:"), self)
        area_label.setBuddy(self.area)
        area_row.addWidget(area_label)
        area_row.addWidget(self.area, 1)
        area_row.addWidget(self.save_button)
        area_row.addWidget(self.print_button)
        language_row = QHBoxLayout()
        language_label = QLabel(self.tr("Handout in &language:"), self)
        language_label.setBuddy(self.handout_language)
        second_label = QLabel(self.tr("side by side &with:"), self)
        second_label.setBuddy(self.handout_second)
        language_row.addWidget(language_label)
        language_row.addWidget(self.handout_language)
        language_row.addWidget(second_label)
        language_row.addWidget(self.handout_second)
        language_row.addStretch(1)
        # A row of its own, not beside Print or the languages: sharing one made the page too
        # wide for the smallest screen in eight languages (tests/gui/pages/test_app_languages.py).
        subscribe_row = QHBoxLayout()
        subscribe_row.addStretch(1)
        subscribe_row.addWidget(self.subscribe_button)
        # The check's caption leads its row (a line of its own, with the sign-up row above,
        # made the page taller than the smallest screen: tests/gui/shell/test_small_screens.py).
        check_row = QHBoxLayout()
        check_row.addWidget(QLabel(self.tr("CHECK before meeting someone:"), self))
        check_row.addWidget(self.check_box, 1)
        check_row.addWidget(self.check_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setChildrenCollapsible(False)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addLayout(area_row)
        column.addLayout(language_row)
        column.addLayout(subscribe_row)
        column.addWidget(self.signature_warning)
        column.addWidget(self.empty)
        column.addWidget(split, 1)
        column.addLayout(check_row)
        column.addWidget(self.check_results)
        column.addWidget(self.message)
        set_tab_chain(
            [
                self.area,
                self.save_button,
                self.print_button,
                self.handout_language,
                self.handout_second,
                self.subscribe_button,
                self.table,
                self.check_box,
                self.check_button,
            ]
        )

        self.area.currentIndexChanged.connect(lambda _i: self._show())
        self.check_box.returnPressed.connect(self.run_check)
        self.check_button.clicked.connect(self.run_check)
        self.save_button.clicked.connect(self._ask_save)
        self.print_button.clicked.connect(self.print_handout)
        self.subscribe_button.clicked.connect(self.open_subscribe)
        self.handout_language.currentIndexChanged.connect(lambda _i: self._save_languages())
        self.handout_second.currentIndexChanged.connect(lambda _i: self._save_languages())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.ctx.changes.changed.connect(self._on_changes)
        self._show()

    # ----- lifecycle ----------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self._attach_sync()
        self.reload()

    def on_shown(self) -> None:
        self._attach_sync()
        self._mark_seen()

    def _attach_sync(self) -> None:
        """Reload when a sync pass stores new alerts (the scheduler exists after unlock)."""
        scheduler = self.ctx.sync
        if scheduler is None or scheduler is self._attached:
            return
        self._attached = scheduler
        scheduler.alerts_received.connect(
            lambda _count: self.reload() if self.ctx.tasks.session is not None else None
        )

    def clear_sensitive(self) -> None:
        self._stored = None
        self.contact_line = ""
        self.model.clear()
        self.area.clear()
        self.detail.clear()
        self.check_box.clear()
        self.check_results.clear()
        self.message.clear()
        self.sync_label.clear()
        close_sign_ups(self)
        self._set_new(0)
        self._show()

    # ----- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        self.ctx.tasks.run_db(load_alerts, self._on_loaded, self._failed(self.tr("load the alerts")))
        self._load_contact_line()

    def _on_loaded(self, stored: StoredAlerts) -> None:
        self._stored = stored
        current_area = self.area.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem(self.tr("All areas"), None)
        for name, region in sorted(stored.areas.items(), key=lambda item: item[0].casefold()):
            if region:
                self.area.addItem(name, region)
        index = self.area.findData(current_area)
        self.area.setCurrentIndex(max(index, 0))
        self.area.blockSignals(False)
        if stored.last_sync is not None:
            self.sync_label.setText(
                self.tr("Last fetched %1").replace("%1", local_date_text(stored.last_sync, LOCAL_ZONE))
            )
        else:
            self.sync_label.setText(self.tr("Never fetched"))
        new = {alert_key(a) for a in current(stored.alerts, self.today())} - stored.seen
        self._set_new(len(new))
        self._show()
        if self.isVisible():
            self._mark_seen()

    def _on_changes(self, changes: Changes) -> None:
        if self.ctx.tasks.session is not None and changes.touches(Kind.ALERTS, Kind.SYNC, Kind.AREAS):
            self.reload()
        elif self.ctx.tasks.session is not None and changes.touches(Kind.SETTINGS):
            self._load_contact_line()

    def _load_contact_line(self) -> None:
        """The handout's contact line, read ahead so printing runs no query on the GUI thread."""
        from outreach_app.ops.app_settings import load_app_settings

        def loaded(settings: AppSettings) -> None:
            self.contact_line = settings.contact_line
            self.show_handout_languages(settings.handout_languages)

        self.ctx.tasks.run_db(load_app_settings, loaded)

    def show_handout_languages(self, languages: tuple[str, ...]) -> None:
        """Show the stored handout languages (without saving them again)."""
        self._loading_languages = True
        try:
            self.handout_language.setCurrentIndex(max(self.handout_language.findData(languages[0]), 0))
            second = languages[1] if len(languages) > 1 else ""
            self.handout_second.setCurrentIndex(max(self.handout_second.findData(second), 0))
        finally:
            self._loading_languages = False

    def handout_languages(self) -> tuple[str, ...]:
        """The languages the handout is printed in: the first, and the second when it differs."""
        first, second = str(self.handout_language.currentData()), str(self.handout_second.currentData())
        return (first, second) if second and second != first else (first,)

    def _save_languages(self) -> None:
        if self._loading_languages or self.ctx.tasks.session is None:
            return
        languages = self.handout_languages()
        self.run_op(
            lambda session: save_handout_languages(session, languages),
            None,
            self._failed(self.tr("save the handout languages")),
        )

    def today(self) -> date:
        return to_local(self.ctx.clock(), LOCAL_ZONE).date()

    def region(self) -> str | None:
        data = self.area.currentData()
        return str(data) if data else None

    def shown_alerts(self) -> list[Alert]:
        if self._stored is None:
            return []
        return current(self._stored.alerts, self.today(), self.region())

    def _show(self) -> None:
        stored = self._stored
        alerts = self.shown_alerts()
        new = {alert_key(a) for a in alerts} - (stored.seen if stored else frozenset())
        names = region_names(stored) if stored else {}
        self.model.set_alerts(alerts, new if self._new_count else set(), names)
        self.detail.clear()
        self.signature_warning.setText(stored.refused_warning if stored else "")
        if stored is None:
            self.empty.setText("")
        elif not alerts:
            self.empty.setText(self.tr("No current alerts for this area."))
        else:
            self.empty.setText(
                english_plural(self.tr("%n current alert(s), newest first.", "", len(alerts)), len(alerts))
            )
        enabled = stored is not None
        self.save_button.setEnabled(enabled)
        self.print_button.setEnabled(enabled)
        self.subscribe_button.setEnabled(enabled)

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail.clear()
            return
        alert = self.model.alerts[rows[0].row()]
        people = [perpetrator_words(p) for p in alert.perpetrators]
        cars = [vehicle_words(v) for v in alert.vehicles]
        self.detail.setHtml(
            detail_html(
                [
                    (self.tr("Alert"), alert.title),
                    (self.tr("Issued"), alert.issued_on.isoformat()),
                    (self.tr("Valid until"), alert.expires_on.isoformat()),
                    (self.tr("What happened"), ", ".join(label(t) for t in alert.incident_types)),
                    (self.tr("Details"), alert.body),
                    (self.tr("Perpetrators"), "\n".join(people)),
                    (self.tr("Vehicles"), "\n".join(cars)),
                ]
            )
        )

    # ----- new alerts ---------------------------------------------------------------------

    def _set_new(self, count: int) -> None:
        if count != self._new_count:
            self._new_count = count
            self.new_alerts_changed.emit(count)

    def _mark_seen(self) -> None:
        stored = self._stored
        if stored is None or not self._new_count or self.ctx.tasks.session is None:
            return
        keys = set(stored.seen) | {alert_key(a) for a in current(stored.alerts, self.today())}
        self._stored = StoredAlerts(
            stored.alerts, stored.last_sync, frozenset(keys), stored.areas, stored.regions
        )
        self.ctx.tasks.run_db(lambda s: mark_seen(s, keys), None, lambda _exc: None)
        self._set_new(0)
        self.model.mark_all_seen()

    # ----- check --------------------------------------------------------------------------

    def run_check(self) -> None:
        text = self.check_box.text().strip()
        if not text or self._stored is None:
            return
        today = self.today()

        def found(result: CheckResult) -> None:
            self._show_check(text, result.alerts, result.incidents)

        self.ctx.tasks.run_db(
            lambda s: check(s, text, today),
            found,
            self._failed(self.tr("check")),
        )

    def _show_check(self, text: str, alerts: list[Alert], incidents: list[Incident]) -> None:
        rows: list[tuple[str, str]] = []
        for alert in alerts:
            rows.append((self.tr("ALERT"), f"{alert.title} ({alert.issued_on.isoformat()})"))
        for incident in incidents:
            when = local_date_text(incident.occurred_at, incident.zone)
            rows.append((self.tr("Our record"), f"{when}: {', '.join(label(t) for t in incident.types)}"))
        if rows:
            self.check_results.setHtml(detail_html(rows))
            set_role(self.check_results, "warning")
        else:
            self.check_results.setPlainText(
                self.tr("Nothing known about “%1”. That does not mean they are safe.").replace("%1", text)
            )

    # ----- handout ------------------------------------------------------------------------

    def handout(self) -> Handout:
        return build_handout(
            self._stored or StoredAlerts([], None),
            self.shown_alerts(),
            area=self.area.currentText() if self.region() else self.tr("all areas"),
            today=self.today(),
            contact_line=self.contact_line,
            names=self.model.region_names,
            languages=self.handout_languages(),
        )

    def handout_bytes(self, progress: QProgressDialog | None = None) -> bytes:
        from outreach_app.services.handout import handout_pdf

        def step(done: int, total: int) -> None:
            if progress is not None:
                progress.setMaximum(total)
                progress.setValue(done)

        return handout_pdf(
            self.handout(), progress=step, cancelled=(lambda: progress.wasCanceled()) if progress else None
        )

    def save_handout(self, path: Path, kind: OutsideKind = OutsideKind.HANDOUT) -> None:
        """Render the handout (with progress and Cancel) and write it privately to `path`,
        recorded in the vault for quick delete."""
        from outreach_app.services.handout import PrintCancelledError
        from outreach_app.ui.print_to_file import save_pdf

        progress = self._progress(self.tr("Preparing the handout…"))
        try:
            data = self.handout_bytes(progress)
        except PrintCancelledError:
            self._say(self.tr("Handout cancelled. Nothing was saved."), error=False)
            return
        finally:
            progress.close()

        def written(_: Path) -> None:
            self._say(self.tr("Handout saved."), error=False)

        save_pdf(self.ctx, path, data, kind, written, self._failed(self.tr("save the handout")))

    def open_subscribe(self) -> SubscribeDialog:
        """The sign-up dialog, with the regions the server sent (by the names the worker knows)."""
        return open_for(self, region_names(self._stored) if self._stored else {}, self.ctx.tasks)

    def _ask_save(self) -> None:
        from outreach_app.ui.print_to_file import ask_pdf_path

        ask_pdf_path(
            self,
            self.tr("Save the alerts handout"),
            f"alerts-{self.today().isoformat()}.pdf",
            self.save_handout,
        )

    def print_handout(self) -> None:
        """On a printer the worker picks; with no printer (or "print to file") ask where to
        save the PDF, written 0600 and recorded for quick delete."""
        from outreach_app.ui.print_to_file import choose_printer

        choose_printer(
            self,
            self.tr("Print the alerts handout"),
            f"alerts-{self.today().isoformat()}.pdf",
            self.print_handout_on,
            lambda path: self.save_handout(path, OutsideKind.PRINT),
        )

    def print_handout_on(self, printer: QPrinter) -> None:
        from outreach_app.services.handout import PrintCancelledError, render_handout

        progress = self._progress(self.tr("Printing the handout…"))

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        try:
            render_handout(self.handout(), printer, progress=step, cancelled=progress.wasCanceled)
            self._say(self.tr("Handout sent to the printer."), error=False)
        except PrintCancelledError:
            self._say(self.tr("Printing cancelled."), error=False)
        except OSError:
            self._say(self.tr("The printer could not be used."), error=True)
        finally:
            progress.close()

    def _progress(self, text: str) -> QProgressDialog:
        progress = QProgressDialog(text, self.tr("Cancel"), 0, 1, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # only appears if it takes a while
        progress.setAutoClose(False)
        progress.setValue(0)
        return progress

    # ----- messages -----------------------------------------------------------------------

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "ok")

    def _failed(self, doing: str) -> Callable[[BaseException], None]:
        return lambda exc: self._say(error_text(exc, doing), error=True)
