"""The consent step: one clear yes/no per purpose (nothing preselected for a new consent),
each with sharing's own plain words — what it shares and what cannot be undone — then how
consent was given and by which worker. Recording it shows the withdrawal code once, large,
with a button to print the neutral slip (services.handout).

"Confirm again" mode (`reset_confirm`): an incident edited after it was shared needs the
person's consent again for the new version. The purposes consented before are shown
answered; the person may keep them or say no to some, not add one (that needs a fresh
consent: "Record a fresh consent instead" switches to the ordinary mode). No code is shown:
the person keeps the one they have. Nothing is recorded here; the confirmation is stored
with the seal, after the preview (`ops.sharing.confirm_edit`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from outreach_app.domain.enums import ConsentMethod, Purpose
from outreach_app.domain.texts import SOURCE_LANGUAGE, is_reviewed, text
from outreach_app.ops.sharing import PURPOSE_ORDER, purpose_explanations
from outreach_app.ui.i18n import current_language
from outreach_app.ui.theme import scaled_font
from outreach_app.ui.widgets import button, note


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
        self.person_language = SOURCE_LANGUAGE
        # The same words in the person's language (domain.texts), below the worker's English;
        # hidden while the person reads English. Drafted translations carry a notice.
        self._in_persons_language: dict[Purpose, QLabel] = {}
        self.review_notice = note("", self, role="warning")
        self.review_notice.setObjectName("consent_review_notice")
        self.review_notice.setVisible(False)
        intro = note(
            self.tr(
                "Read each purpose to the person in these words. They decide each one separately; "
                "saying no to all of them is fine and changes nothing about the support they get."
            ),
            self,
        )
        column = QVBoxLayout()
        column.addWidget(intro)
        column.addWidget(self.review_notice)
        # The worker's words for each purpose: the person texts in the app's language (the
        # person's own language is shown beside them when it differs).
        explanations = purpose_explanations(current_language())
        for purpose in PURPOSE_ORDER:
            text = explanations[purpose]
            box = QGroupBox(text.title, self)
            box.setAccessibleName(text.title)
            inner = QVBoxLayout(box)
            shares = note(self.tr("What is shared: %1").replace("%1", text.shares), box)
            undo = note(self.tr("Cannot be undone: %1").replace("%1", text.cannot_undo), box, role="warning")
            yes = QRadioButton(self.tr("Yes, share this"), box)
            no = QRadioButton(self.tr("No"), box)
            yes.setAccessibleName(self.tr("Yes to: %1").replace("%1", text.title))
            no.setAccessibleName(self.tr("No to: %1").replace("%1", text.title))
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
            translated = note("", box)
            translated.setObjectName(f"consent_translated_{purpose.value}")
            translated.setVisible(False)
            inner.addWidget(translated)
            self._in_persons_language[purpose] = translated
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
        # The status has a line of its own: beside three buttons it set the step's minimum width
        # past a small screen's in the longer languages (Polish, Spanish, Romanian).
        column.addWidget(self.status)
        actions = QHBoxLayout()
        actions.addStretch(1)
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

    def set_person_language(self, lang: str) -> None:
        """Show each purpose's words again in catalog language `lang` (the person's recorded
        preferred language, via domain.texts.language_for); the app's own language hides them
        (the boxes above are already in it). The slip is printed in the same language
        (sharing_flow reads `person_language`)."""
        self.person_language = lang
        other = lang != current_language()
        explanations = purpose_explanations(lang)
        shared, undo = text("consent.what_is_shared", lang), text("consent.cannot_be_undone", lang)
        for purpose, label in self._in_persons_language.items():
            words = explanations[purpose]
            label.setText(
                f"{words.title}\n{shared} {words.shares}\n{undo} {words.cannot_undo}" if other else ""
            )
            label.setVisible(other)
        drafted = lang != SOURCE_LANGUAGE and not is_reviewed(lang)
        # The notice is for the worker: in the app's language, from the same catalog.
        self.review_notice.setText(text("consent.not_reviewed", current_language()) if drafted else "")
        self.review_notice.setVisible(drafted)

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
