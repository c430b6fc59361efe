"""The alerts desk's Alerts: draft a warning from a report, check it, sign and publish it.

- A draft starts from a queued alert envelope (`ops.desk.draft_alert`): the structured fields
  the worker shared (phones, e-mails, handles, plates, vehicle, description) and the summary,
  scrubbed by the same scrubber as `outreach scrub`. The source summary is shown with the
  scrubber's spans marked, and the body being written with the spans that might still
  identify someone (the worker's preview's second pass) marked, as staff type.
- Title, body, regions and expiry are edited, and the structured details (phones, e-mails,
  handles, name, description; plates and vehicles: `details_editor.py`), checked by the Alert
  model; severity follows from what happened, as the handout ranks it. The preview is the
  alert's box drawn by the handout's own code.
- Sign and publish (after a confirmation); editing a published alert makes its next version;
  expire and withdraw end it. Alerts whose source report was withdrawn are flagged for review.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from outreach_app.domain.device_zone import device_zone
from outreach_app.domain.enums import IncidentType
from outreach_app.domain.timeutil import to_local
from outreach_app.ops import desk
from outreach_app.ops.desk import AlertDraft, AlertStatus
from outreach_app.ops.desk_pages import AlertsData, Suspect, alerts_data, body_suspects
from outreach_app.services.handout import alert_box_html
from outreach_app.ui.alerts_handout import handout_alert, severity_and_advice
from outreach_app.ui.context import AppContext
from outreach_app.ui.i18n import english_plural
from outreach_app.ui.models.labels import label
from outreach_app.ui.pages.common import set_tab_chain
from outreach_app.ui.pages.desk.check_grid import CheckGrid
from outreach_app.ui.pages.desk.common import DeskPage, EnrolBox
from outreach_app.ui.pages.desk.details_editor import DetailsEditor
from outreach_app.ui.pages.desk.queue import _table, fill_table, selected_key
from outreach_app.ui.widgets import WholeDateEdit, button, heading, set_role

if TYPE_CHECKING:
    from outreach_app.ops.desk import DeskAlert

LOCAL_ZONE = device_zone()
SUSPECTS_DEBOUNCE_MS = 200
# Marks in the summary and body views: the scrubber's spans, and the suspects left in the body.
SPAN_STYLE = "background-color:#8a5a00; color:#ffffff"
SUSPECT_STYLE = "background-color:#6b6b00; color:#ffffff"


def problems(exc: ValueError) -> str:
    """What the Alert model refused, by field (e.g. `registration: ...`), without the values
    typed."""
    if isinstance(exc, ValidationError):
        return "\n".join(
            ".".join(str(part) for part in error["loc"]) + ": " + str(error["msg"]) for error in exc.errors()
        )
    return str(exc)


def marked_html(text: str, spans: list[tuple[int, int]], style: str) -> str:
    """`text` escaped, with each [start, end) span wrapped in a marked <span> (overlaps merged)."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif end > start:
            merged.append([start, end])
    out: list[str] = []
    at = 0
    for start, end in merged:
        out.append(html.escape(text[at:start]))
        out.append(f"<span style='{style}'>{html.escape(text[start:end])}</span>")
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out).replace("\n", "<br>")


class DeskAlertsPage(DeskPage):
    """Attributes:
    table: the desk's alerts (flagged ones say so). source: alert envelopes to draft from.
    draft_button: draft from the chosen envelope. title_field, body, regions, expires: the
    editor. severity: how the handout will rank it. details: the structured details, editable.
    summary_view: the source summary with the scrubber's spans marked. suspects_view: the
    body with what might still identify someone marked. preview: the handout's box.
    save_button, publish_button, expire_button, withdraw_button: the alert's actions.
    flag: why a flagged alert needs review.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Alerts")
        self._data: AlertsData | None = None
        self._draft: AlertDraft | None = None
        self._stored: DeskAlert | None = None

        self.enrol = EnrolBox(self)
        self.table = _table(
            self,
            self.tr("This desk's alerts"),
            [
                self.tr("Alert"),
                self.tr("Version"),
                self.tr("Status"),
                self.tr("Check code"),
                self.tr("Review"),
            ],
        )
        self.source = QComboBox(self)
        self.source.setAccessibleName(self.tr("Report to draft an alert from"))
        self.draft_button = button(self.tr("&Draft alert"), self.tr("Draft an alert from this report"), self)
        self.flag = QLabel("", self)
        self.flag.setWordWrap(True)
        set_role(self.flag, "error")
        self.title_field = QLineEdit(self)
        self.title_field.setAccessibleName(self.tr("Alert title"))
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(self.tr("Alert text"))
        self.body.setTabChangesFocus(True)
        self.regions = QLineEdit(self)
        self.regions.setAccessibleName(self.tr("Regions (comma separated)"))
        self.expires = WholeDateEdit(self)
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat("yyyy-MM-dd")
        self.expires.setAccessibleName(self.tr("Valid until"))
        self.types: dict[IncidentType, QCheckBox] = {}
        for kind in IncidentType:
            box = QCheckBox(label(kind), self)
            box.setObjectName(f"type_{kind.value}")
            box.setAccessibleName(label(kind))
            self.types[kind] = box
        self.types_grid = CheckGrid(list(self.types.values()), self)
        self.types_grid.setAccessibleName(self.tr("What happened"))
        self.severity = QLabel("", self)
        self.severity.setAccessibleName(self.tr("Severity"))
        self.details = DetailsEditor(self)
        self.details.setAccessibleName(self.tr("Structured details"))
        self.details_scroll = QScrollArea(self)
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setWidget(self.details)
        # Room for a perpetrator's fields at least: the alerts list above gives way first.
        self.details_scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        self.summary_view = QTextBrowser(self)
        self.summary_view.setAccessibleName(self.tr("Source summary, scrubber's finds marked"))
        self.suspects_view = QTextBrowser(self)
        self.suspects_view.setAccessibleName(self.tr("Alert text, what might identify someone marked"))
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Preview as the handout prints it"))
        # Paper: the handout's box is drawn black on white, as printed.
        self.preview.setStyleSheet("QTextBrowser { background-color: #ffffff; color: #000000; }")
        self.preview.setMinimumHeight(220)
        for view, lines in (
            (self.body, 4),
            (self.suspects_view, 4),
            (self.summary_view, 6),
        ):
            view.setMaximumHeight(view.fontMetrics().lineSpacing() * lines + 24)
        self.save_button = button(self.tr("&Save draft"), self.tr("Save the draft"), self)
        self.publish_button = button(
            self.tr("Sign and &publish…"), self.tr("Sign and publish the alert"), self, role="primary"
        )
        self.expire_button = button(self.tr("Exp&ire…"), self.tr("Expire the alert now"), self)
        self.withdraw_button = button(self.tr("&Withdraw…"), self.tr("Withdraw the alert"), self)

        source_row = QHBoxLayout()
        source_label = QLabel(self.tr("From &report:"), self)
        source_label.setBuddy(self.source)
        source_row.addWidget(source_label)
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.draft_button)
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.table, 1)
        left_column.addLayout(source_row)
        left_column.addWidget(QLabel(self.tr("Details to look out for (edit them here):"), self))
        left_column.addWidget(self.details_scroll, 2)
        left_column.addWidget(QLabel(self.tr("Source summary (the scrubber's finds marked):"), self))
        left_column.addWidget(self.summary_view)

        form = QGridLayout()
        form.setColumnStretch(1, 1)
        for row, (text, widget) in enumerate(
            (
                (self.tr("&Title:"), self.title_field),
                (self.tr("Te&xt:"), self.body),
                (self.tr("Check:"), self.suspects_view),
                (self.tr("Re&gions:"), self.regions),
                (self.tr("&Valid until:"), self.expires),
                (self.tr("What &happened:"), self.types_grid),
                (self.tr("Severity:"), self.severity),
            )
        ):
            name = QLabel(text, self)
            name.setBuddy(self.types[IncidentType.PHYSICAL_ASSAULT] if widget is self.types_grid else widget)
            form.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            form.addWidget(widget, row, 1)
        actions = QHBoxLayout()
        for widget in (self.save_button, self.publish_button, self.expire_button, self.withdraw_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.flag)
        right_column.addLayout(form)
        right_column.addLayout(actions)
        right_column.addWidget(QLabel(self.tr("Preview, as the handout prints it:"), self))
        right_column.addWidget(self.preview, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setSizes([440, 560])
        column = QVBoxLayout(self)
        column.addWidget(heading(self.title, self))
        column.addWidget(self.enrol)
        column.addWidget(split, 1)
        column.addWidget(self.message)
        set_tab_chain(
            [
                self.table,
                self.source,
                self.draft_button,
                self.title_field,
                self.body,
                self.regions,
                self.expires,
                *self.types.values(),
                self.save_button,
                self.publish_button,
                self.expire_button,
                self.withdraw_button,
            ]
        )

        self._suspects_timer = QTimer(self)
        self._suspects_timer.setSingleShot(True)
        self._suspects_timer.setInterval(SUSPECTS_DEBOUNCE_MS)
        self._suspects_timer.timeout.connect(self.refresh_checks)
        for field in (self.title_field, self.regions):
            field.textChanged.connect(self._suspects_timer.start)
        self.body.textChanged.connect(self._suspects_timer.start)
        self.expires.dateChanged.connect(self._suspects_timer.start)
        self.details.changed.connect(self._suspects_timer.start)
        for box in self.types.values():
            box.toggled.connect(lambda _on: self._suspects_timer.start())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._open_selected())
        self.draft_button.clicked.connect(self.draft_from_source)
        self.save_button.clicked.connect(lambda: self.save())
        self.publish_button.clicked.connect(self.ask_publish)
        self.expire_button.clicked.connect(lambda: self.ask_end("expire"))
        self.withdraw_button.clicked.connect(lambda: self.ask_end("withdraw"))
        self._show_draft(None)

    # ----- lifecycle ----------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self.enrol.load()
        self.reload()

    def on_shown(self) -> None:
        self.when_unlocked(self.reload)

    def clear_sensitive(self) -> None:
        self._data = None
        self.enrol.clear()
        self.table.setRowCount(0)
        self.source.clear()
        self.message.clear()
        self._show_draft(None)

    def has_unsaved_draft(self) -> bool:
        """Edits typed since the last save (kept at lock: `save_draft`)."""
        draft = self._draft
        if draft is None or (self._stored is not None and self._stored.status.ended):
            return False
        saved = {
            "title": draft.title.strip(),
            "body": draft.body.strip(),
            "region_ids": tuple(draft.region_ids),
            "expires_on": draft.expires_on,
            "incident_types": tuple(sorted(draft.incident_types)),
            "perpetrators": tuple(draft.perpetrators),
            "vehicles": tuple(draft.vehicles),
        }
        typed = self.edited_fields()
        typed["incident_types"] = tuple(sorted(self.checked_types()))
        return typed != saved

    def save_draft(self) -> None:
        """At lock: keep the typed edits as the alert's draft (a published alert's next version);
        edits the alert model refuses are not kept (the page said why when they were saved)."""
        draft = self._draft
        if draft is None:
            return
        changes, now = self.edited_fields(), self.ctx.clock()
        self.ctx.tasks.run_db(
            lambda s: desk.edit_alert(s, draft.alert_id, now, **changes), None, lambda _e: None
        )

    def today(self) -> date:
        return to_local(self.ctx.clock(), LOCAL_ZONE).date()

    # ----- list ---------------------------------------------------------------------------

    def reload(self) -> None:
        self.ctx.tasks.run_db(alerts_data, self._on_loaded, self.failed(self.tr("load the alerts")))

    def _on_loaded(self, data: AlertsData) -> None:
        self._data = data
        rows = []
        for alert in data.alerts:
            rows.append(
                [
                    str(alert.alert.get("title", "")),
                    str(alert.version),
                    self._status_words(alert.status),
                    alert.fingerprint or "",
                    self.tr("Review: source report withdrawn") if alert.flagged else "",
                ]
            )
        fill_table(self.table, rows, [a.alert_id for a in data.alerts])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)  # the title takes the room
        header.setStretchLastSection(False)
        for r, alert in enumerate(data.alerts):
            if alert.flagged:
                for c in range(self.table.columnCount()):
                    cell = self.table.item(r, c)
                    if cell is not None:
                        font = cell.font()
                        font.setBold(True)
                        cell.setFont(font)
        current = self.source.currentData()
        self.source.clear()
        for item in data.sources:
            summary = str(item.content.get("summary") or "")
            text = f"{item.region_id} · {item.month} · {summary[:50]}"
            self.source.addItem(text, item.envelope_id)
        self.source.setCurrentIndex(max(self.source.findData(current), 0))
        self.draft_button.setEnabled(bool(data.sources))
        if self._draft is not None:
            ids = [a.alert_id for a in data.alerts]
            if self._draft.alert_id in ids:
                self.table.selectRow(ids.index(self._draft.alert_id))
                self._stored = data.alerts[ids.index(self._draft.alert_id)]
                self._show_actions()

    def _status_words(self, status: AlertStatus) -> str:
        return {
            AlertStatus.DRAFT: self.tr("Draft"),
            AlertStatus.PUBLISHED: self.tr("Published"),
            AlertStatus.EXPIRED: self.tr("Expired"),
            AlertStatus.WITHDRAWN: self.tr("Withdrawn"),
        }[status]

    def _open_selected(self) -> None:
        alert_id = selected_key(self.table)
        if alert_id is None or (self._draft is not None and self._draft.alert_id == alert_id):
            return
        self.open(alert_id)

    def open(self, alert_id: str) -> None:
        stored = next((a for a in self._data.alerts if a.alert_id == alert_id), None) if self._data else None

        def opened(draft: AlertDraft) -> None:
            self._stored = stored
            self._show_draft(draft)

        self.ctx.tasks.run_db(
            lambda s: desk.alert_draft(s, alert_id), opened, self.failed(self.tr("open the alert"))
        )

    # ----- the editor ----------------------------------------------------------------------

    def _show_draft(self, draft: AlertDraft | None) -> None:
        self._draft = draft
        editors = (self.title_field, self.body, self.regions, self.expires, self.types_grid, self.details)
        for widget in editors:
            widget.setEnabled(draft is not None)
        if draft is None:
            self._stored = None
            self.title_field.setText("")
            self.body.setPlainText("")
            self.regions.setText("")
            self._check_types(())
            self.severity.clear()
            self.details.clear()
            self.summary_view.clear()
            self.suspects_view.clear()
            self.preview.clear()
            self.flag.clear()
            self._show_actions()
            return
        self.title_field.setText(draft.title)
        self.body.setPlainText(draft.body)
        self.regions.setText(", ".join(draft.region_ids))
        self.expires.setDate(QDate(draft.expires_on.year, draft.expires_on.month, draft.expires_on.day))
        self._check_types(draft.incident_types)
        self._show_severity(draft.incident_types)
        self.details.set_details(draft.perpetrators, draft.vehicles)
        set_tab_chain([self.draft_button, *self.details.editors(), self.title_field])  # made just now
        spans = [(s.start, s.end) for s in draft.spans]
        found = (
            english_plural(
                self.tr(
                    "The scrubber found %n thing(s) to take out; the text below shows the replacements.",
                    "",
                    len(spans),
                ),
                len(spans),
            )
            if spans
            else self.tr("The scrubber found nothing more to take out.")
        )
        self.summary_view.setHtml(
            f"<p>{html.escape(found)}</p><p>{marked_html(draft.summary, spans, SPAN_STYLE)}</p>"
        )
        self.show_suspects()
        self.show_preview(draft)
        self._show_actions()

    def _check_types(self, kinds: tuple[IncidentType, ...]) -> None:
        for kind, box in self.types.items():
            box.blockSignals(True)
            box.setChecked(kind in kinds)
            box.blockSignals(False)

    def checked_types(self) -> tuple[IncidentType, ...]:
        return tuple(kind for kind, box in self.types.items() if box.isChecked())

    def _show_severity(self, kinds: tuple[IncidentType, ...]) -> None:
        """How the handout will rank the alert, from what happened (alerts carry no severity)."""
        if not kinds:
            self.severity.setText(self.tr("Tick what happened."))
            return
        severity, _advice = severity_and_advice(kinds)
        self.severity.setText(f"{severity} ({', '.join(label(t) for t in kinds)})")

    def _show_actions(self) -> None:
        stored = self._stored
        status = None if stored is None else stored.status
        self.flag.setText(
            self.tr("Review this alert: its source report was withdrawn by the person.")
            if stored is not None and stored.flagged
            else ""
        )
        open_draft = self._draft is not None and not (status is not None and status.ended)
        self.save_button.setEnabled(open_draft)
        self.publish_button.setEnabled(open_draft)
        self.expire_button.setEnabled(status is AlertStatus.PUBLISHED)
        self.withdraw_button.setEnabled(status is AlertStatus.PUBLISHED)

    def show_suspects(self) -> None:
        draft = self._draft
        if draft is None:
            self.suspects_view.clear()
            return
        text = self.body.toPlainText()
        suspects: list[Suspect] = body_suspects(draft, text)
        if suspects:
            note = english_plural(
                self.tr(
                    "%n place(s) might still identify someone: check each before publishing.",
                    "",
                    len(suspects),
                ),
                len(suspects),
            )
        else:
            note = self.tr("Nothing in the text looks like it identifies someone.")
        marked = marked_html(text, [(s.start, s.end) for s in suspects], SUSPECT_STYLE)
        self.suspects_view.setHtml(f"<p>{html.escape(note)}</p><p>{marked}</p>")

    def refresh_checks(self) -> None:
        """After typing pauses: the body's suspects, and the preview of the alert as edited."""
        self.show_suspects()
        draft = self._draft
        if draft is not None:
            self._show_severity(self.checked_types())
            try:
                edited = draft.edited(**self.edited_fields())
            except ValueError:
                edited = draft
            self.show_preview(edited)

    def show_preview(self, draft: AlertDraft) -> None:
        try:
            alert = draft.to_alert()
        except ValueError as exc:
            self.preview.setPlainText(
                self.tr("Not a valid alert yet: fill in the title and the text.") + "\n" + problems(exc)
            )
            return
        self.preview.setHtml(alert_box_html(handout_alert(alert)))

    def edited_fields(self) -> dict[str, object]:
        """The editor's values, as `ops.desk.edit_alert` takes them."""
        regions = tuple(r.strip() for r in self.regions.text().split(",") if r.strip())
        day = self.expires.date()
        perpetrators, vehicles = self.details.details()
        return {
            "perpetrators": perpetrators,
            "vehicles": vehicles,
            "title": self.title_field.text().strip(),
            "body": self.body.toPlainText().strip(),
            "region_ids": regions,
            "expires_on": date(day.year(), day.month(), day.day()),
            "incident_types": self.checked_types(),
        }

    # ----- actions ------------------------------------------------------------------------

    def draft_from_source(self) -> None:
        envelope_id = self.source.currentData()
        if envelope_id is None:
            return
        today, now = self.today(), self.ctx.clock()

        def drafted(draft: AlertDraft) -> None:
            self.say(self.tr("Drafted. Check the marked text, then sign and publish."))
            self._stored = None
            self._show_draft(draft)
            self.reload()

        self.ctx.tasks.run_db(
            lambda s: desk.draft_alert(s, str(envelope_id), today, now),
            drafted,
            self.failed(self.tr("draft the alert")),
        )

    def save(self, then: object = None) -> None:
        draft = self._draft
        if draft is None:
            return
        changes = self.edited_fields()
        now = self.ctx.clock()

        def saved(new: AlertDraft) -> None:
            self._show_draft(new)
            self.say(self.tr("Draft saved (version %1).").replace("%1", str(new.version)))
            self.reload()
            if callable(then):
                then()

        self.ctx.tasks.run_db(
            lambda s: desk.edit_alert(s, draft.alert_id, now, **changes), saved, self.failed(self.tr("save"))
        )

    def ask_publish(self) -> None:
        draft = self._draft
        if draft is None:
            return
        self.confirm(
            self.tr("Sign and publish"),
            self.tr(
                "Sign “%1” with this desk's key and publish it to every device? Devices print it "
                "on their handouts as shown in the preview."
            ).replace("%1", self.title_field.text().strip()),
            self.tr("Sign and publish"),
            lambda: self.save(then=self.publish),
        )

    def publish(self) -> None:
        draft = self._draft
        if draft is None:
            return
        now = self.ctx.clock()

        def published(stored: DeskAlert) -> None:
            self._stored = stored
            self.say(
                self.tr("Published version %1; its check code is %2.")
                .replace("%1", str(stored.version))
                .replace("%2", stored.fingerprint or "")
            )
            self.reload()

        self.ctx.tasks.run_db(
            lambda s: desk.publish_alert(s, draft.alert_id, now), published, self.failed(self.tr("publish"))
        )

    def ask_end(self, action: str) -> None:
        draft = self._draft
        if draft is None:
            return
        question = (
            self.tr("Expire this alert now? Devices stop showing it.")
            if action == "expire"
            else self.tr("Withdraw this alert? Devices remove it from their lists and handouts.")
        )
        words = self.tr("Expire") if action == "expire" else self.tr("Withdraw")
        self.confirm(words, question, words, lambda: self.end(action))

    def end(self, action: str) -> None:
        draft = self._draft
        if draft is None:
            return
        now = self.ctx.clock()

        def ended(stored: DeskAlert) -> None:
            self._stored = stored
            self.say(self.tr("The alert is now: %1").replace("%1", self._status_words(stored.status)))
            self.reload()

        self.ctx.tasks.run_db(
            lambda s: desk.end_alert(s, draft.alert_id, action, now),
            ended,
            self.failed(self.tr("end the alert")),
        )
