"""Step 4 of the interview, the story: the narrative (stays on this device) and the alert
summary (written for sharing; scrubbed of names and numbers before it leaves)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from outreach_app.domain.models import Incident
from outreach_app.ops.form_states import StoryState
from outreach_app.ui.widgets import note


class StoryStep(QWidget):
    """Attributes: narrative, summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.narrative = QPlainTextEdit(self)
        self.narrative.setTabChangesFocus(True)
        self.narrative.setAccessibleName(self.tr("What happened, in their words (stays on this device)"))
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setAccessibleName(self.tr("Alert summary (written for sharing)"))
        column = QVBoxLayout(self)
        column.addWidget(QLabel(self.tr("What happened, in their words — stays on this device:"), self))
        column.addWidget(self.narrative, 3)
        column.addWidget(QLabel(self.tr("Alert summary — written for sharing:"), self))
        column.addWidget(
            note(
                self.tr(
                    "Write it for other sex workers to read. Names, numbers, addresses and plates are "
                    "taken out automatically; check the preview before anything is sealed."
                ),
                self,
                role="muted",
            )
        )
        column.addWidget(self.summary, 2)

    def tab_stops(self) -> list[QWidget]:
        return [self.narrative, self.summary]

    def state(self) -> StoryState:
        return {"narrative": self.narrative.toPlainText(), "alert_summary": self.summary.toPlainText()}

    @staticmethod
    def state_of(incident: Incident) -> StoryState:
        return {"narrative": incident.narrative, "alert_summary": incident.alert_summary}

    def set_state(self, state: StoryState) -> None:
        self.narrative.setPlainText(str(state.get("narrative", "")))
        self.summary.setPlainText(str(state.get("alert_summary", "")))

    def reset(self) -> None:
        self.narrative.clear()
        self.summary.clear()
