"""The police desk's Police page: grade reports 3x5x2, export them for a force, keep the log.

- Reports: the police intelligence and referrals the desk holds; tick the ones to disclose,
  give them a 3x5x2 grade (source 1–3, intelligence A–E, handling P or C with conditions).
- Export: force, the charity's name as the police know it, who discloses, CSV or PDF. The
  page shows exactly what will be written (reference, type, grade of each) and writes and
  logs it only when confirmed (ops/desk_police.py: file 0600, log and file together).
- The disclosure log, and the notices a withdrawal of a disclosed report raised: "notify
  <force>", each marked once the force was told.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from outreach_app.charity.police_grading import (
    HANDLING_WORDS,
    INTELLIGENCE_WORDS,
    SOURCE_WORDS,
    Evaluation,
    HandlingCode,
    IntelligenceGrade,
    SourceGrade,
)
from outreach_app.ops import desk_police
from outreach_app.ops.desk_pages import PoliceData, police_data, police_preview
from outreach_app.ui.context import AppContext
from outreach_app.ui.i18n import english_plural
from outreach_app.ui.pages.common import set_tab_chain
from outreach_app.ui.pages.desk.common import DeskPage, EnrolBox, content_rows, purpose_words
from outreach_app.ui.pages.desk.queue import _table, fill_table, selected_key
from outreach_app.ui.pages.record_list import detail_html
from outreach_app.ui.widgets import button, heading

if TYPE_CHECKING:
    from outreach_app.charity.police_report import IntelligenceReport
    from outreach_app.ops.desk_police import GradedReport, Notice, PoliceExportResult


def _combo(parent: QWidget, name: str, items: dict[str, str]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for value, words in items.items():
        combo.addItem(f"{value} — {words}", value)
    # Sized for a few words (the list opens wide enough): the conditions field keeps the room.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


class DeskPolicePage(DeskPage):
    """Attributes:
    reports: the police reports (first column ticked to disclose; the grade column).
    source / intelligence / handling / conditions: the 3x5x2 grade and its conditions.
    grade_button: give the ticked reports that grade. detail: the selected report.
    force / agency / by / format: the export's header and file type.
    export_button: preview, confirm, choose where, write and log.
    log: the disclosure log. notices: notify-force tasks; notified_button marks one done.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Police")
        self._data: PoliceData | None = None
        self.grades: dict[str, Evaluation] = {}

        self.enrol = EnrolBox(self)
        self.reports = _table(
            self,
            self.tr("Police reports"),
            [self.tr("Disclose"), self.tr("Type"), self.tr("Region"), self.tr("When"), self.tr("Grade")],
        )
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("The selected police report"))
        source = {g.value: SOURCE_WORDS[g] for g in SourceGrade}
        self.source = _combo(self, self.tr("Source grade"), source)
        intelligence = {g.value: INTELLIGENCE_WORDS[g] for g in IntelligenceGrade}
        self.intelligence = _combo(self, self.tr("Intelligence grade"), intelligence)
        self.handling = _combo(
            self, self.tr("Handling code"), {g.value: HANDLING_WORDS[g] for g in HandlingCode}
        )
        self.conditions = QLineEdit(self)
        self.conditions.setAccessibleName(self.tr("Handling conditions"))
        self.conditions.setPlaceholderText(self.tr("Conditions (handling code C only)"))
        self.grade_button = button(
            self.tr("&Grade ticked reports"), self.tr("Grade the ticked reports"), self
        )
        self.force = QLineEdit(self)
        self.force.setAccessibleName(self.tr("Receiving police force"))
        self.agency = QLineEdit(self)
        self.agency.setAccessibleName(self.tr("The charity's name as the police know it"))
        self.by = QLineEdit(self)
        self.by.setAccessibleName(self.tr("Your name (kept in the log)"))
        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("File type"))
        self.format.addItem(self.tr("CSV (one column per field)"), "csv")
        self.format.addItem(self.tr("PDF (printable)"), "pdf")
        self.export_button = button(
            self.tr("E&xport for the force…"), self.tr("Export the ticked reports"), self, role="primary"
        )
        self.log = _table(
            self,
            self.tr("Disclosure log"),
            [self.tr("When"), self.tr("Force"), self.tr("By"), self.tr("File"), self.tr("Reports")],
        )
        self.notices = _table(
            self,
            self.tr("Notices to police forces"),
            [self.tr("Notify"), self.tr("Why"), self.tr("Raised"), self.tr("Done")],
        )
        self.notified_button = button(
            self.tr("Mark &notified"), self.tr("Mark the selected notice as done"), self
        )

        grade_row = QHBoxLayout()
        for picker in (self.source, self.intelligence, self.handling):
            grade_row.addWidget(picker)
        grade_row.addWidget(self.conditions, 1)
        grade_row.addWidget(self.grade_button)
        header = QGridLayout()
        for position, (text, field) in enumerate(
            (
                (self.tr("&Force:"), self.force),
                (self.tr("&Agency:"), self.agency),
                (self.tr("&By:"), self.by),
                (self.tr("F&ile:"), self.format),
            )
        ):
            name = QLabel(text, self)
            name.setBuddy(field)
            header.addWidget(name, 0, position * 2)
            header.addWidget(field, 0, position * 2 + 1)
        export_row = QHBoxLayout()
        export_row.addLayout(header, 1)
        export_row.addWidget(self.export_button)
        top_split = QSplitter(Qt.Orientation.Horizontal, self)
        top_split.addWidget(self.reports)
        top_split.addWidget(self.detail)
        top_split.setChildrenCollapsible(False)
        top_split.setSizes([560, 400])
        bottom = QWidget(self)
        bottom_row = QHBoxLayout(bottom)
        bottom_row.setContentsMargins(0, 0, 0, 0)
        log_column = QVBoxLayout()
        log_column.addWidget(QLabel(self.tr("Disclosure log:"), self))
        log_column.addWidget(self.log)
        notice_column = QVBoxLayout()
        notice_column.addWidget(QLabel(self.tr("Withdrawn after disclosure — tell the force:"), self))
        notice_column.addWidget(self.notices)
        notice_column.addWidget(self.notified_button, 0, Qt.AlignmentFlag.AlignLeft)
        bottom_row.addLayout(log_column, 1)
        bottom_row.addLayout(notice_column, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top_split)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        column = QVBoxLayout(self)
        column.addWidget(heading(self.title, self))
        column.addWidget(self.enrol)
        column.addWidget(QLabel(self.tr("3x5x2 grade (source, intelligence, handling):"), self))
        column.addLayout(grade_row)
        column.addWidget(split, 1)
        column.addLayout(export_row)
        column.addWidget(self.message)
        set_tab_chain(
            [
                self.source,
                self.intelligence,
                self.handling,
                self.conditions,
                self.grade_button,
                self.reports,
                self.detail,
                self.log,
                self.notices,
                self.notified_button,
                self.force,
                self.agency,
                self.by,
                self.format,
                self.export_button,
            ]
        )

        self.reports.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.grade_button.clicked.connect(self.grade_ticked)
        self.export_button.clicked.connect(self.ask_export)
        self.notified_button.clicked.connect(self.mark_notified)

    # ----- lifecycle ----------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self.enrol.load()
        self.reload()

    def on_shown(self) -> None:
        self.when_unlocked(self.reload)

    def clear_sensitive(self) -> None:
        self._data = None
        self.grades.clear()
        self.enrol.clear()
        for table in (self.reports, self.log, self.notices):
            table.setRowCount(0)
        self.detail.clear()
        self.conditions.setText("")
        self.message.clear()

    def reload(self) -> None:
        self.ctx.tasks.run_db(police_data, self._on_loaded, self.failed(self.tr("load the police reports")))

    def _on_loaded(self, data: PoliceData) -> None:
        ticked = set(self.ticked())
        self._data = data
        held = {i.envelope_id for i in data.items}
        self.grades = {k: v for k, v in self.grades.items() if k in held}
        fill_table(
            self.reports,
            [
                [
                    "",
                    purpose_words(i.purpose),
                    i.region_id,
                    str(i.content.get("date") or i.content.get("month") or i.month),
                    self._grade_text(i.envelope_id),
                ]
                for i in data.items
            ],
            [i.envelope_id for i in data.items],
        )
        for row, item in enumerate(data.items):
            cell = self.reports.item(row, 0)
            if cell is not None:
                cell.setFlags(cell.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = item.envelope_id in ticked
                cell.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        fill_table(
            self.log,
            [
                [
                    d.disclosed_at.isoformat(timespec="minutes")[:16].replace("T", " "),
                    d.force,
                    d.disclosed_by,
                    d.format.upper(),
                    f"{len(d.reports)}: " + ", ".join(r.evaluation for r in d.reports),
                ]
                for d in data.disclosures
            ],
            [d.disclosure_id for d in data.disclosures],
        )
        fill_table(
            self.notices,
            [
                [
                    n.force,
                    self.tr("a disclosed report was withdrawn"),
                    n.raised_at.isoformat(timespec="minutes")[:16].replace("T", " "),
                    self._notice_done(n),
                ]
                for n in data.notices
            ],
            [n.notice_id for n in data.notices],
        )

    def _notice_done(self, notice: Notice) -> str:
        if notice.notified_at is None:
            return self.tr("TO DO")
        when = notice.notified_at.isoformat(timespec="minutes")[:16].replace("T", " ")
        return self.tr("told %1 by %2").replace("%1", when).replace("%2", notice.notified_by or "")

    def _grade_text(self, envelope_id: str) -> str:
        grade = self.grades.get(envelope_id)
        return "" if grade is None else grade.code

    def ticked(self) -> list[str]:
        """The envelope ids of the reports ticked to disclose."""
        out = []
        for row in range(self.reports.rowCount()):
            cell = self.reports.item(row, 0)
            if cell is not None and cell.checkState() == Qt.CheckState.Checked:
                out.append(str(cell.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_ticked(self, envelope_ids: list[str]) -> None:
        for row in range(self.reports.rowCount()):
            cell = self.reports.item(row, 0)
            if cell is not None:
                wanted = str(cell.data(Qt.ItemDataRole.UserRole)) in envelope_ids
                cell.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _show_selected(self) -> None:
        envelope_id = selected_key(self.reports)
        item = None
        if envelope_id is not None and self._data is not None:
            item = next((i for i in self._data.items if i.envelope_id == envelope_id), None)
        if item is None:
            self.detail.clear()
            return
        self.detail.setHtml(
            detail_html([(self.tr("Type"), purpose_words(item.purpose)), *content_rows(item.content)])
        )

    # ----- grading ------------------------------------------------------------------------

    def chosen_grade(self) -> Evaluation:
        """The grade in the pickers (GradeError: C without conditions, P with them)."""
        return Evaluation(
            SourceGrade(self.source.currentData()),
            IntelligenceGrade(self.intelligence.currentData()),
            HandlingCode(self.handling.currentData()),
            self.conditions.text() or None,
        )

    def grade_ticked(self) -> None:
        from outreach_app.charity.police_grading import GradeError

        ticked = self.ticked()
        if not ticked:
            self.say(self.tr("Tick the reports to grade first."), error=True)
            return
        try:
            grade = self.chosen_grade()
        except GradeError as exc:
            self.say(self.tr("Not a valid grade: %1").replace("%1", str(exc)), error=True)
            return
        for envelope_id in ticked:
            self.grades[envelope_id] = grade
        for row in range(self.reports.rowCount()):
            cell = self.reports.item(row, 0)
            if cell is not None:
                key = str(cell.data(Qt.ItemDataRole.UserRole))
                self.reports.setItem(row, 4, QTableWidgetItem(self._grade_text(key)))
        self.say(
            english_plural(self.tr("%n report(s) graded %1.", "", len(ticked)), len(ticked)).replace(
                "%1", grade.code
            )
        )

    # ----- export -------------------------------------------------------------------------

    def ask_export(self) -> None:
        """Check the choice, show what will be written, then ask where to save it."""
        ticked = self.ticked()
        if not ticked:
            self.say(self.tr("Tick the reports to disclose first."), error=True)
            return
        ungraded = [e for e in ticked if e not in self.grades]
        if ungraded:
            self.say(
                english_plural(
                    self.tr("No grade yet for %n ticked report(s).", "", len(ungraded)), len(ungraded)
                ),
                error=True,
            )
            return
        grades = {e: self.grades[e] for e in ticked}
        force, agency, by, now = self.force.text(), self.agency.text(), self.by.text(), self.ctx.clock()
        self.ctx.tasks.run_db(
            lambda s: police_preview(s, grades, agency=agency, force=force, by=by, now=now),
            lambda result: self._confirm_export(*result),
            self.failed(self.tr("prepare the export")),
        )

    def _confirm_export(self, graded: list[GradedReport], shaped: list[IntelligenceReport]) -> None:
        lines = [
            f"{r.reference}  {r.fields.get('report_type', '')}  {r.fields.get('evaluation', '')}"
            for r in shaped
        ]
        fmt = str(self.format.currentData())
        force = shaped[0].fields.get("receiving_force", self.force.text()) if shaped else self.force.text()
        text = (
            english_plural(self.tr("%n report(s) for %1:", "", len(shaped)), len(shaped)).replace("%1", force)
            + "\n\n"
            + "\n".join(lines)
            + "\n\n"
            + self.tr(
                "They are written in plain text to a file you choose next, and the disclosure is logged."
            )
        )
        self.confirm(
            self.tr("Disclose to the police"),
            text,
            self.tr("Choose the file…"),
            lambda: self._ask_path(graded, fmt),
        )

    def _ask_path(self, graded: list[GradedReport], fmt: str) -> None:
        from outreach_app.ui.file_dialogs import ask_save_path

        name_filter = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("PDF files (*.pdf)")
        path = ask_save_path(self, self.tr("Save the police export"), f"police-export.{fmt}", name_filter)
        if path is not None:
            self.export_to(path, graded, fmt)

    def export_to(self, path: Path, graded: list[GradedReport], fmt: str) -> None:
        """Write the confirmed export to `path` and log it (never over an existing file)."""
        if path.exists():
            self.say(self.tr("%1 already exists: choose a new file.").replace("%1", path.name), error=True)
            return
        force, agency, by, now = self.force.text(), self.agency.text(), self.by.text(), self.ctx.clock()
        render = None
        if fmt == "pdf":
            from outreach_app.services.police_pdf import render_police_pdf

            render = render_police_pdf

        def written(result: PoliceExportResult) -> None:
            self.say(
                english_plural(
                    self.tr(
                        "Wrote %n report(s) to %1; the disclosure is logged.",
                        "",
                        len(result.disclosure.reports),
                    ),
                    len(result.disclosure.reports),
                ).replace("%1", result.path.name)
            )
            self.set_ticked([])
            self.reload()

        self.run_op(
            lambda s: desk_police.export_police(
                s,
                graded,
                fmt="pdf" if fmt == "pdf" else "csv",
                dest=path,
                agency=agency,
                force=force,
                by=by,
                now=now,
                confirmed=True,
                render_pdf=render,
            ),
            written,
            self.failed(self.tr("export")),
        )

    # ----- notices ------------------------------------------------------------------------

    def mark_notified(self) -> None:
        notice_id = selected_key(self.notices)
        if notice_id is None:
            self.say(self.tr("Select the notice the force was told of."), error=True)
            return
        by, now = self.by.text(), self.ctx.clock()

        def marked(notice: Notice) -> None:
            self.say(self.tr("Kept: %1 was told.").replace("%1", notice.force))
            self.reload()

        self.ctx.tasks.run_db(
            lambda s: desk_police.mark_notified(s, notice_id, by=by, now=now),
            marked,
            self.failed(self.tr("mark the notice")),
        )
