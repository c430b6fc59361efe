"""The two sharing steps of the incident form: consent, then "what will be shared".

Consent: one clear yes/no per purpose (nothing preselected for a new consent), each with
sharing's own plain words — what it shares and what cannot be undone — then how consent
was given and by which worker. Recording it shows the withdrawal code once, large, with a
button to print the neutral slip (services.handout).

"Confirm again" mode (`reset_confirm`): an incident edited after it was shared needs the
person's consent again for the new version. The purposes consented before are shown
answered; the person may keep them or say no to some, not add one (that needs a fresh
consent: "Record a fresh consent instead" switches to the ordinary mode). No code is shown:
the person keeps the one they have. Nothing is recorded here; the confirmation is stored
with the seal, after the preview (sharing.reconsent.confirm_edit).

Preview: sharing's preview (the same function the CLI's `outreach preview` uses) gives
the exact JSON that sealing stores and sends; it is shown as JSON and in plain words (ids,
fingerprints and the format version under a collapsed "Technical details", not read aloud),
with the parts of the summary that might still identify someone marked (sharing.suspects).
Each is kept or removed (removing rewrites the alert summary and rebuilds the preview), and
only then can the worker seal it into the outbox.
"""

from __future__ import annotations

import html
import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from outreach_app.domain.enums import (
    AgeBand,
    Build,
    ConsentMethod,
    Gender,
    IncidentType,
    InjurySeverity,
    PartOfDay,
    Purpose,
)
from outreach_app.sharing.suspects import (
    SUMMARY_FIELD,
    Suspect,
    SuspectReason,
    parse_field,
    payload_suspects,
    payload_texts,
)
from outreach_app.ui.models.labels import QT_TRANSLATE_NOOP, label
from outreach_app.ui.theme import scaled_font
from outreach_app.ui.widgets import button, note

_PART_OF_DAY = {
    PartOfDay.NIGHT: QT_TRANSLATE_NOOP("SharingSteps", "night"),
    PartOfDay.MORNING: QT_TRANSLATE_NOOP("SharingSteps", "morning"),
    PartOfDay.AFTERNOON: QT_TRANSLATE_NOOP("SharingSteps", "afternoon"),
    PartOfDay.EVENING: QT_TRANSLATE_NOOP("SharingSteps", "evening"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SharingSteps", text)


def purpose_order() -> tuple[Purpose, ...]:
    from outreach_app.sharing.consent import PURPOSE_ORDER

    return PURPOSE_ORDER


def explanation(purpose: Purpose) -> Any:
    from outreach_app.sharing.consent import PURPOSE_EXPLANATIONS

    return PURPOSE_EXPLANATIONS[purpose]


# ----- the payload in plain words ---------------------------------------------------------------

_KEY_WORDS = {
    "schema_version": QT_TRANSLATE_NOOP("SharingSteps", "Format version"),
    "report_id": QT_TRANSLATE_NOOP(
        "SharingSteps", "Report number (random; not linked to this device or the person)"
    ),
    "supersedes": QT_TRANSLATE_NOOP("SharingSteps", "Replaces the earlier report"),
    "region_id": QT_TRANSLATE_NOOP("SharingSteps", "Region"),
    "date": QT_TRANSLATE_NOOP("SharingSteps", "Date"),
    "part_of_day": QT_TRANSLATE_NOOP("SharingSteps", "Part of the day"),
    "incident_types": QT_TRANSLATE_NOOP("SharingSteps", "What happened"),
    "withdrawal_verifier": QT_TRANSLATE_NOOP(
        "SharingSteps", "Withdrawal check (a one-way fingerprint of the code, not the code)"
    ),
    "perpetrators": QT_TRANSLATE_NOOP("SharingSteps", "Perpetrator"),
    "vehicles": QT_TRANSLATE_NOOP("SharingSteps", "Vehicle"),
    "weapon_used": QT_TRANSLATE_NOOP("SharingSteps", "Weapon used"),
    "summary": QT_TRANSLATE_NOOP("SharingSteps", "Summary (names and numbers taken out)"),
    "age_band": QT_TRANSLATE_NOOP("SharingSteps", "Age band of the person"),
    "gender": QT_TRANSLATE_NOOP("SharingSteps", "Gender"),
    "injured": QT_TRANSLATE_NOOP("SharingSteps", "Hurt"),
    "injury_severity": QT_TRANSLATE_NOOP("SharingSteps", "How badly hurt"),
    "police_told": QT_TRANSLATE_NOOP("SharingSteps", "Police already told"),
    "wants_contact_via_project": QT_TRANSLATE_NOOP(
        "SharingSteps", "Wants police contact through the outreach project"
    ),
    "age_min": QT_TRANSLATE_NOOP("SharingSteps", "Age from"),
    "age_max": QT_TRANSLATE_NOOP("SharingSteps", "Age to"),
    "height": QT_TRANSLATE_NOOP("SharingSteps", "Height"),
    "build": QT_TRANSLATE_NOOP("SharingSteps", "Build"),
    "ethnicity_described": QT_TRANSLATE_NOOP("SharingSteps", "Ethnicity (as described)"),
    "hair": QT_TRANSLATE_NOOP("SharingSteps", "Hair"),
    "distinguishing_features": QT_TRANSLATE_NOOP("SharingSteps", "Distinguishing features"),
    "clothing": QT_TRANSLATE_NOOP("SharingSteps", "Clothing"),
    "name_used": QT_TRANSLATE_NOOP("SharingSteps", "Name used"),
    "phone_numbers": QT_TRANSLATE_NOOP("SharingSteps", "Phone numbers"),
    "email_addresses": QT_TRANSLATE_NOOP("SharingSteps", "E-mail addresses"),
    "online_handles": QT_TRANSLATE_NOOP("SharingSteps", "Online names"),
    "website_or_app": QT_TRANSLATE_NOOP("SharingSteps", "Website or app"),
    "make": QT_TRANSLATE_NOOP("SharingSteps", "Make"),
    "model": QT_TRANSLATE_NOOP("SharingSteps", "Model"),
    "colour": QT_TRANSLATE_NOOP("SharingSteps", "Colour"),
    "registration": QT_TRANSLATE_NOOP("SharingSteps", "Registration plate"),
}
_ENUMS: dict[str, type[Any]] = {
    "incident_types": IncidentType,
    "gender": Gender,
    "build": Build,
    "age_band": AgeBand,
    "injury_severity": InjurySeverity,
}
_SECTIONS = {purpose.value: purpose for purpose in Purpose}


def _value_words(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if key == "part_of_day":
        return _tr(_PART_OF_DAY.get(PartOfDay(value), value))
    enum = _ENUMS.get(key)
    if enum is not None:
        if isinstance(value, list):
            return ", ".join(label(enum(v)) for v in value)
        return label(enum(value))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


_TECHNICAL = ("schema_version", "report_id", "supersedes", "withdrawal_verifier")
"""Fields not read aloud: ids, fingerprints and the format version ("technical details")."""
_AGES = ("age_min", "age_max")


def _age_words(item: dict[str, Any]) -> str:
    """Ages in the order people say them: "from 30 to 40", "from 30", "up to 40"."""
    low, high = item.get("age_min"), item.get("age_max")
    if low is not None and high is not None:
        return _tr("from %1 to %2").replace("%1", str(low)).replace("%2", str(high))
    if low is not None:
        return _tr("from %1").replace("%1", str(low))
    return _tr("up to %1").replace("%1", str(high))


def _lines(payload: dict[str, Any], indent: str) -> list[str]:
    out: list[str] = []
    ages_said = False
    for key, value in payload.items():
        if value is None or value == [] or key in _SECTIONS or key in _TECHNICAL:
            continue
        if key in _AGES:
            if not ages_said:
                out.append(f"{indent}{_tr('Age')}: {_age_words(payload)}")
                ages_said = True
            continue
        name = _tr(_KEY_WORDS.get(key, key))
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for number, item in enumerate(value, start=1):
                out.append(f"{indent}{name} {number}:")
                out += _lines(item, indent + "    ")
            continue
        out.append(f"{indent}{name}: {_value_words(key, value)}")
    return out


def technical_words(payload_json: str) -> str:
    """The fields left out of the words read aloud: format version, report number, the report
    it replaces, the withdrawal fingerprint (shown under "Technical details")."""
    payload = json.loads(payload_json)
    return "\n".join(
        f"{_tr(_KEY_WORDS[key])}: {payload[key]}" for key in _TECHNICAL if payload.get(key) is not None
    )


def plain_words(payload_json: str) -> str:
    """The payload in words to read aloud, section by section: every field except the
    technical ones (`technical_words`), ages as "from … to"."""
    payload = json.loads(payload_json)
    lines = [_tr("Sent to the charity:"), *_lines(payload, "    ")]
    for key, purpose in _SECTIONS.items():
        section = payload.get(key)
        if section is None:
            continue
        lines.append("")
        lines.append(_tr("For: %1").replace("%1", _tr(explanation(purpose).title)))
        section_lines = _lines(section, "    ")
        lines += section_lines or ["    " + _tr("(only that this purpose was agreed)")]
    lines.append("")
    lines.append(_tr("Nothing else leaves this device."))
    return "\n".join(lines)


# ----- consent --------------------------------------------------------------------------------


class ConsentStep(QWidget):
    """One yes/no per purpose, how consent was given, who recorded it; then the code, once.

    Attributes:
        choices: purpose → (yes button, no button).
        code_label: the withdrawal code, large (empty until consent is recorded).

        confirm_mode: True while confirming an edited incident again (see the module docstring).

    Signals:
        record_requested(): "Record consent" was pressed with every purpose answered.
        print_slip_requested(str): print the slip for this code.
        continue_requested(): go on to the preview (a consent is recorded).
        nothing_shared(): every purpose is "no": finish without sharing.
    """

    record_requested = Signal()
    print_slip_requested = Signal(str)
    continue_requested = Signal()
    nothing_shared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: dict[Purpose, tuple[QRadioButton, QRadioButton]] = {}
        self._groups: list[QButtonGroup] = []
        self._recorded = False
        self._recorded_answers: list[Purpose] | None = None
        self.confirm_mode = False
        self._previous: tuple[dict[Purpose, bool], int] | None = None
        intro = note(
            self.tr(
                "Read each purpose to the person in these words. They decide each one separately; "
                "saying no to all of them is fine and changes nothing about the support they get."
            ),
            self,
        )
        column = QVBoxLayout()
        column.addWidget(intro)
        for purpose in purpose_order():
            text = explanation(purpose)
            box = QGroupBox(self.tr(text.title), self)
            box.setAccessibleName(self.tr(text.title))
            inner = QVBoxLayout(box)
            shares = note(self.tr("What is shared: %1").replace("%1", self.tr(text.shares)), box)
            undo = note(
                self.tr("Cannot be undone: %1").replace("%1", self.tr(text.cannot_undo)), box, role="warning"
            )
            yes = QRadioButton(self.tr("Yes, share this"), box)
            no = QRadioButton(self.tr("No"), box)
            yes.setAccessibleName(self.tr("Yes to: %1").replace("%1", self.tr(text.title)))
            no.setAccessibleName(self.tr("No to: %1").replace("%1", self.tr(text.title)))
            yes.setObjectName(f"consent_yes_{purpose.value}")
            no.setObjectName(f"consent_no_{purpose.value}")
            for radio in (yes, no):
                # The theme draws a checked indicator with a thicker border than its size hint
                # allows for; leave room so the label is never clipped when chosen.
                radio.setMinimumWidth(radio.sizeHint().width() + 8)
            group = QButtonGroup(box)
            group.addButton(yes)
            group.addButton(no)
            group.buttonToggled.connect(lambda _b, _on: self._update())
            self._groups.append(group)
            row = QHBoxLayout()
            row.addWidget(yes)
            row.addWidget(no)
            row.addStretch(1)
            inner.addWidget(shares)
            inner.addWidget(undo)
            inner.addLayout(row)
            column.addWidget(box)
            self.choices[purpose] = (yes, no)

        self.method = QComboBox(self)
        self.method.addItem(self.tr("Said out loud (verbal)"), ConsentMethod.VERBAL.value)
        self.method.addItem(self.tr("Signed or written"), ConsentMethod.WRITTEN.value)
        self.method.setAccessibleName(self.tr("How consent was given"))
        self.initials = QLineEdit(self)
        self.initials.setMaxLength(12)
        self.initials.setAccessibleName(self.tr("Initials of the worker recording consent"))
        how_row = QHBoxLayout()
        for caption, widget in (
            (self.tr("&How given:"), self.method),
            (self.tr("Recorded &by:"), self.initials),
        ):
            text_label = QLabel(caption, self)
            text_label.setBuddy(widget)
            how_row.addWidget(text_label)
            how_row.addWidget(widget)
        how_row.addStretch(1)
        column.addLayout(how_row)

        self.status = note("", self)
        self.status.setAccessibleName(self.tr("Consent status"))
        self.record_button = button(
            self.tr("&Record consent"), self.tr("Record consent"), self, role="primary"
        )
        self.nothing_button = button(
            self.tr("Nothing is shared — &finish"), self.tr("Finish without sharing anything"), self
        )
        self.continue_button = button(
            self.tr("&Next: what will be shared"), self.tr("Show what will be shared"), self, role="primary"
        )
        self.fresh_button = button(
            self.tr("Record a fresh consent &instead"),
            self.tr("Record a fresh consent instead (needed to add a purpose)"),
            self,
        )
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.fresh_button)
        actions.addWidget(self.nothing_button)
        actions.addWidget(self.record_button)
        actions.addWidget(self.continue_button)
        column.addLayout(actions)

        # The code, shown once after recording.
        self.code_frame = QFrame(self)
        self.code_frame.setProperty("role", "card")
        code_column = QVBoxLayout(self.code_frame)
        code_column.addWidget(
            note(
                self.tr(
                    "Give the person this withdrawal code now. It is shown only once and cannot be "
                    "looked up later. With it they can withdraw their consent at any time."
                ),
                self.code_frame,
                role="warning",
            )
        )
        self.code_label = QLabel("", self.code_frame)
        self.code_label.setAccessibleName(self.tr("Withdrawal code"))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(scaled_font(self, 2.4).pointSizeF() or 24)
        mono.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(mono)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button = button(
            self.tr("&Print slip…"), self.tr("Print the withdrawal slip"), self.code_frame
        )
        code_column.addWidget(self.code_label)
        code_column.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignRight)
        self.code_frame.setVisible(False)
        column.addWidget(self.code_frame)
        column.addStretch(1)

        content = QWidget(self)
        content.setLayout(column)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self._scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.record_button.clicked.connect(self.record_requested)
        self.nothing_button.clicked.connect(self.nothing_shared)
        self.continue_button.clicked.connect(self.continue_requested)
        self.fresh_button.clicked.connect(self._fresh_instead)
        self.print_button.clicked.connect(lambda: self.print_slip_requested.emit(self.code_label.text()))
        self.reset()

    # ----- state --------------------------------------------------------------------------

    def reset(self, existing: dict[Purpose, bool] | None = None, version: int | None = None) -> None:
        """Start afresh; with an existing consent, show its answers (a change makes a new version)."""
        self.confirm_mode = False
        self._previous = None
        self.fresh_button.setVisible(False)
        self.record_button.setVisible(True)
        for yes, _no in self.choices.values():
            yes.setEnabled(True)
        for group in self._groups:
            group.setExclusive(False)
        for purpose, (yes, no) in self.choices.items():
            yes.setChecked(bool(existing and existing.get(purpose)))
            no.setChecked(bool(existing is not None and not existing.get(purpose)))
        for group in self._groups:
            group.setExclusive(True)
        self.code_label.clear()
        self.code_frame.setVisible(False)
        self._recorded = existing is not None and any(existing.values())
        self._recorded_answers = self.granted() if existing is not None else None
        if version is not None:
            self.status.setText(
                self.tr(
                    "Consent version %1 is recorded. Change the answers and record again, or go on."
                ).replace("%1", str(version))
            )
        else:
            self.status.setText(self.tr("Answer every purpose with yes or no."))
        self._update()

    def reset_confirm(self, previous: dict[Purpose, bool], version: int) -> None:
        """Confirm again, for an edited incident, the purposes consented before (or fewer)."""
        self.reset(previous, version)
        self.confirm_mode = True
        self._previous = (dict(previous), version)
        self._recorded = False
        self._recorded_answers = None
        for purpose, (yes, _no) in self.choices.items():
            yes.setEnabled(bool(previous.get(purpose)))  # adding a purpose needs a fresh consent
        self.record_button.setVisible(False)
        self.fresh_button.setVisible(True)
        self.status.setText(
            self.tr(
                "This incident was changed after it was shared. Read the purposes again with the "
                "person: they may keep them or say no to some. Their withdrawal code stays the same."
            )
        )
        self._update()

    def _fresh_instead(self) -> None:
        if self._previous is not None:
            self.reset(*self._previous)

    def answered(self) -> bool:
        return all(yes.isChecked() or no.isChecked() for yes, no in self.choices.values())

    def granted(self) -> list[Purpose]:
        return [purpose for purpose, (yes, _no) in self.choices.items() if yes.isChecked()]

    def show_recorded(self, code: str | None, version: int) -> None:
        """Consent is stored; show the code (first consent only) and allow going on."""
        self._recorded = True
        self._recorded_answers = self.granted()
        if code:
            self.code_label.setText(code)
            self.code_frame.setVisible(True)
            # Scroll to the code once the layout has made room for it.
            QTimer.singleShot(0, lambda: self._scroll.ensureWidgetVisible(self.code_frame))
            self.print_button.setFocus()
        self.status.setText(self.tr("Consent recorded (version %1).").replace("%1", str(version)))
        self._update()

    def _update(self) -> None:
        answered = self.answered()
        anything = bool(self.granted())
        if self.confirm_mode:
            self.record_button.setEnabled(False)
            self.nothing_button.setEnabled(answered and not anything)
            self.continue_button.setEnabled(answered and anything)
            return
        unchanged = self._recorded_answers is not None and self._recorded_answers == self.granted()
        self.record_button.setEnabled(answered and anything and not unchanged)
        self.nothing_button.setEnabled(answered and not anything)
        self.continue_button.setEnabled(self._recorded and anything and unchanged)


# ----- preview ---------------------------------------------------------------------------------


_REASON_WORDS = {
    SuspectReason.CAPITALISED: QT_TRANSLATE_NOOP("SharingSteps", "a name or a place?"),
    SuspectReason.DIGITS: QT_TRANSLATE_NOOP("SharingSteps", "a number"),
    SuspectReason.AT_SIGN: QT_TRANSLATE_NOOP("SharingSteps", "an address or online name (has @)"),
    SuspectReason.AFTER_CUE: QT_TRANSLATE_NOOP(
        "SharingSteps", "comes after lives, works, at or flat: a place?"
    ),
}
_MARK_STYLE = "background-color:#ffe08a; color:#000000; font-weight:bold;"


def _marked_summary_html(summary: str, suspects: list[Suspect]) -> str:
    """The summary as HTML with each suspect highlighted and numbered as in the list."""
    out, at = [], 0
    for number, suspect in enumerate(suspects, start=1):
        out.append(html.escape(summary[at : suspect.start]))
        out.append(f'<span style="{_MARK_STYLE}">{html.escape(suspect.text)}&nbsp;[{number}]</span>')
        at = suspect.end
    out.append(html.escape(summary[at:]))
    return "".join(out)


def plain_words_html(payload_json: str, suspects: list[Suspect]) -> str:
    """`plain_words` as HTML, the summary's suspects highlighted wherever the summary is read
    (they come first in `suspects`, so their numbers match the list's)."""
    words = html.escape(plain_words(payload_json))
    summary = payload_texts(json.loads(payload_json)).get(SUMMARY_FIELD)
    in_summary = [s for s in suspects if s.field == SUMMARY_FIELD]
    if summary and in_summary:
        words = words.replace(html.escape(summary), _marked_summary_html(summary, in_summary))
    return f'<div style="white-space: pre-wrap;">{words}</div>'


_FIELD_WORDS = {
    "height": QT_TRANSLATE_NOOP("SharingSteps", "height"),
    "ethnicity_described": QT_TRANSLATE_NOOP("SharingSteps", "ethnicity as described"),
    "hair": QT_TRANSLATE_NOOP("SharingSteps", "hair"),
    "distinguishing_features": QT_TRANSLATE_NOOP("SharingSteps", "distinguishing features"),
    "clothing": QT_TRANSLATE_NOOP("SharingSteps", "clothing"),
    "name_used": QT_TRANSLATE_NOOP("SharingSteps", "name used"),
    "website_or_app": QT_TRANSLATE_NOOP("SharingSteps", "website or app"),
    "make": QT_TRANSLATE_NOOP("SharingSteps", "make"),
    "model": QT_TRANSLATE_NOOP("SharingSteps", "model"),
    "colour": QT_TRANSLATE_NOOP("SharingSteps", "colour"),
}


def field_words(field: str) -> str:
    """Where a suspect stands, in plain words: "the summary", "perpetrator 1, hair"."""
    path = parse_field(field)
    if path.kind == SUMMARY_FIELD:
        return _tr("the summary")
    which = _tr("perpetrator %1") if path.kind == "perpetrators" else _tr("vehicle %1")
    return f"{which.replace('%1', str(path.index + 1))}, {_tr(_FIELD_WORDS[path.name])}"


class SuspectRow(QWidget):
    """One part of a shared text that might still identify: Keep or Remove.

    Signals:
        decided(): Keep was toggled.
        remove_requested(str, str): remove this text (second) from that field (first).
    """

    decided = Signal()
    remove_requested = Signal(str, str)

    def __init__(self, number: int, suspect: Suspect, source: str, kept: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.suspect = suspect
        reasons = "; ".join(_tr(_REASON_WORDS[r]) for r in suspect.reasons)
        where = field_words(suspect.field)
        before = source[max(0, suspect.start - 30) : suspect.start]
        after = source[suspect.end : suspect.end + 30]
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setText(
            f"{number}. <b>{html.escape(suspect.text)}</b> — {html.escape(reasons)} "
            f"({html.escape(_tr('in %1').replace('%1', where))})<br>"
            f"<small>…{html.escape(before)}<b>{html.escape(suspect.text)}</b>{html.escape(after)}…</small>"
        )
        self.label.setAccessibleName(
            _tr("Might identify: %1 (%2), in %3")
            .replace("%1", suspect.text)
            .replace("%2", reasons)
            .replace("%3", where)
        )
        self.keep_button = QPushButton(_tr("Keep"), self)
        self.keep_button.setCheckable(True)
        self.keep_button.setChecked(kept)
        self.keep_button.setAccessibleName(_tr("Keep: %1").replace("%1", suspect.text))
        self.remove_button = QPushButton(_tr("Remove"), self)
        self.remove_button.setAccessibleName(
            _tr("Remove from %1: %2").replace("%1", where).replace("%2", suspect.text)
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.keep_button)
        row.addWidget(self.remove_button)
        self.keep_button.toggled.connect(lambda _on: self.decided.emit())
        self.remove_button.clicked.connect(
            lambda: self.remove_requested.emit(self.suspect.field, self.suspect.text)
        )

    def kept(self) -> bool:
        return self.keep_button.isChecked()


class PreviewStep(QWidget):
    """WHAT WILL BE SHARED: the exact payload in plain words and as JSON, then "Seal".

    The words read aloud leave out the technical fields (in a collapsed "Technical details").
    The suspects of every shared free text (sharing.suspects: the summary, each perpetrator and
    vehicle text field) are listed with their field, the summary's also highlighted; each must
    be kept or removed before "Seal" is enabled. Keeping is remembered by field and text while
    the preview is rebuilt after a removal.

    Attributes:
        suspects: the current suspect rows.

    Signals:
        seal_requested(): the worker confirmed; seal the payload shown.
        back_requested(): go back to consent.
        remove_requested(str, str): take this text (second) out of that field (first) of the
            incident, then show the preview again.
    """

    seal_requested = Signal()
    back_requested = Signal()
    remove_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("WHAT WILL BE SHARED"), self)
        title.setFont(scaled_font(title, 1.4, bold=True))
        self.explain = note(
            self.tr(
                "This is exactly what will leave this device when it is sent, and nothing else. "
                "Read it with the person. If anything could identify them, go back and change it."
            ),
            self,
        )
        self.words = QTextBrowser(self)
        self.words.setAccessibleName(self.tr("What will be shared, in plain words"))
        self.json = QPlainTextEdit(self)
        self.json.setReadOnly(True)
        self.json.setAccessibleName(self.tr("What will be shared, as sent (JSON)"))
        self.json.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.words)
        split.addWidget(self.json)

        self.technical_button = QToolButton(self)
        self.technical_button.setText(self.tr("Technical details"))
        self.technical_button.setCheckable(True)
        self.technical_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.technical_button.setArrowType(Qt.ArrowType.RightArrow)
        self.technical_button.setAccessibleName(self.tr("Show technical details"))
        self.technical = note("", self, role="muted")
        self.technical.setAccessibleName(self.tr("Technical details"))
        self.technical.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.technical.setVisible(False)
        self.technical_button.toggled.connect(self._show_technical)

        self.suspects_box = QGroupBox(self.tr("Might still identify someone"), self)
        self.suspects_box.setAccessibleName(self.tr("Might still identify someone"))
        self.suspects_note = note(
            self.tr(
                "Look at each marked part with the person: keep it, or remove it from the text it is "
                "in. Sealing is possible once every part is decided."
            ),
            self.suspects_box,
        )
        self._rows_layout = QVBoxLayout()
        suspects_column = QVBoxLayout(self.suspects_box)
        suspects_column.addWidget(self.suspects_note)
        suspects_column.addLayout(self._rows_layout)
        self.suspects: list[SuspectRow] = []
        self._kept: set[tuple[str, str]] = set()

        self.status = note("", self)
        self.status.setAccessibleName(self.tr("Sharing status"))
        self.back_button = button(self.tr("&Back to consent"), self.tr("Back to consent"), self)
        self.seal_button = button(
            self.tr("&Seal and queue for sending"),
            self.tr("Seal and queue for sending"),
            self,
            role="primary",
        )
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.back_button)
        actions.addWidget(self.seal_button)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addWidget(self.explain)
        column.addWidget(split, 1)
        column.addWidget(self.suspects_box)
        column.addWidget(self.technical_button)
        column.addWidget(self.technical)
        column.addLayout(actions)
        self.seal_button.clicked.connect(self.seal_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.payload: str | None = None
        self.clear()

    def set_confirming(self, confirming: bool) -> None:
        """Confirming an edited incident again: sealing also records the person's confirmation."""
        if confirming:
            self.explain.setText(
                self.tr(
                    "This is exactly what the new version will send; it replaces the earlier one. "
                    "Read it with the person. Sealing records that they confirmed it."
                )
            )
            self.seal_button.setText(self.tr("Confirm and &seal the new version"))
            self.seal_button.setAccessibleName(self.tr("Confirm and seal the new version"))
        else:
            self.explain.setText(
                self.tr(
                    "This is exactly what will leave this device when it is sent, and nothing else. "
                    "Read it with the person. If anything could identify them, go back and change it."
                )
            )
            self.seal_button.setText(self.tr("&Seal and queue for sending"))
            self.seal_button.setAccessibleName(self.tr("Seal and queue for sending"))

    def show_payload(self, payload: str) -> None:
        """Show a (new or rebuilt) preview; parts kept earlier stay kept."""
        self.payload = payload
        found = payload_suspects(payload)
        self.json.setPlainText(json.dumps(json.loads(payload), indent=2, ensure_ascii=False))
        self.words.setHtml(plain_words_html(payload, found))
        self.technical.setText(technical_words(payload))
        self._set_suspects(found, payload_texts(json.loads(payload)))
        self.status.clear()
        self._update()

    def _set_suspects(self, found: list[Suspect], texts: dict[str, str]) -> None:
        for row in self.suspects:
            self._rows_layout.removeWidget(row)
            row.deleteLater()
        self._kept &= {(s.field, s.text) for s in found}
        self.suspects = [
            SuspectRow(
                number,
                suspect,
                texts.get(suspect.field, ""),
                (suspect.field, suspect.text) in self._kept,
                self.suspects_box,
            )
            for number, suspect in enumerate(found, start=1)
        ]
        for row in self.suspects:
            self._rows_layout.addWidget(row)
            row.decided.connect(self._update)
            row.remove_requested.connect(self._remove)
        self.suspects_box.setTitle(
            self.tr("Might still identify someone (%1)").replace("%1", str(len(found)))
        )
        self.suspects_box.setVisible(bool(found))

    def undecided(self) -> int:
        return sum(not row.kept() for row in self.suspects)

    def _update(self) -> None:
        self._kept = {(row.suspect.field, row.suspect.text) for row in self.suspects if row.kept()}
        waiting = self.undecided()
        self.seal_button.setEnabled(self.payload is not None and waiting == 0)
        if self.payload is not None and waiting:
            self.status.setText(
                self.tr("%1 marked part(s) still to keep or remove before sealing.").replace(
                    "%1", str(waiting)
                )
            )
        elif self.payload is not None:
            self.status.clear()

    def _remove(self, field: str, text: str) -> None:
        for row in self.suspects:
            row.setEnabled(False)
        self.seal_button.setEnabled(False)
        self.status.setText(self.tr("Removing it from %1…").replace("%1", field_words(field)))
        self.remove_requested.emit(field, text)

    def _show_technical(self, shown: bool) -> None:
        self.technical.setVisible(shown)
        self.technical_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def show_problem(self, text: str) -> None:
        self.payload = None
        self.words.clear()
        self.json.clear()
        self.technical.clear()
        self._set_suspects([], {})
        self.status.setText(text)
        self.seal_button.setEnabled(False)

    def clear(self) -> None:
        self.payload = None
        self.words.clear()
        self.json.clear()
        self.technical.clear()
        self._kept = set()
        self._set_suspects([], {})
        self.technical_button.setChecked(False)
        self.status.clear()
        self.seal_button.setEnabled(False)
