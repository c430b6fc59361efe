"""The preview step, WHAT WILL BE SHARED: sharing's preview (the same op the CLI's
`outreach preview` uses) gives the exact JSON that sealing stores and sends; it is shown as
JSON and in plain words (ids, fingerprints and the format version under a collapsed
"Technical details", not read aloud), with the parts that might still identify someone
marked (`ops.sharing.payload_suspects`). Each is kept or removed (removing rewrites the
text it is in and rebuilds the preview), and only then can the worker seal it into the outbox.
"""

from __future__ import annotations

import html
import json

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from outreach_app.ops.sharing import Suspect, payload_suspects, payload_texts
from outreach_app.ui.i18n import english_plural
from outreach_app.ui.pages.consent_step.payload_words import (
    REASON_WORDS,
    field_words,
    plain_words_html,
    technical_words,
)
from outreach_app.ui.theme import scaled_font
from outreach_app.ui.widgets import button, note


def _tr(text: str) -> str:
    return QCoreApplication.translate("SharingSteps", text)


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
        reasons = "; ".join(_tr(REASON_WORDS[r]) for r in suspect.reasons)
        where = field_words(suspect.field)
        before = source[max(0, suspect.start - 30) : suspect.start]
        after = source[suspect.end : suspect.end + 30]
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        in_where = QCoreApplication.translate("SharingSteps", "in %1").replace("%1", where)
        self.label.setText(
            f"{number}. <b>{html.escape(suspect.text)}</b> — {html.escape(reasons)} "
            f"({html.escape(in_where)})<br>"
            f"<small>…{html.escape(before)}<b>{html.escape(suspect.text)}</b>{html.escape(after)}…</small>"
        )
        self.label.setAccessibleName(
            QCoreApplication.translate("SharingSteps", "Might identify: %1 (%2), in %3")
            .replace("%1", suspect.text)
            .replace("%2", reasons)
            .replace("%3", where)
        )
        self.keep_button = QPushButton(QCoreApplication.translate("SharingSteps", "Keep"), self)
        self.keep_button.setCheckable(True)
        self.keep_button.setChecked(kept)
        self.keep_button.setAccessibleName(
            QCoreApplication.translate("SharingSteps", "Keep: %1").replace("%1", suspect.text)
        )
        self.remove_button = QPushButton(QCoreApplication.translate("SharingSteps", "Remove"), self)
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("SharingSteps", "Remove from %1: %2")
            .replace("%1", where)
            .replace("%2", suspect.text)
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
                english_plural(
                    self.tr("%n marked part(s) still to keep or remove before sealing.", "", waiting),
                    waiting,
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
