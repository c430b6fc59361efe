"""Steps of the incident interview shared by the GUI tests that drive it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from outreach_app.domain.enums import Purpose

from .conftest import settle
from .test_incidents_page import _fill_interview, _page


def open_filled_interview(qtbot: Any, ctx: Any, canary: str) -> Any:
    """The incidents page with a new interview filled in up to the story step (not saved)."""
    page, area = _page(qtbot, ctx)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx.tasks)
    _fill_interview(qtbot, page, area, canary)
    return page


def consent_to_alert_and_preview(qtbot: Any, ctx: Any, form: Any) -> None:
    """On the consent step: yes to the alert only, record, go on to the preview."""
    for purpose, (yes, no) in form.consent.choices.items():
        (yes if purpose is Purpose.ALERT else no).setChecked(True)
    qtbot.mouseClick(form.consent.record_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx.tasks)
    qtbot.mouseClick(form.consent.continue_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx.tasks)
