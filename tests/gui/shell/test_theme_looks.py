"""Theme details that were visibly wrong: disabled primary buttons looked enabled in the dark
theme, and a checked radio button's thicker border grew its indicator and clipped its label."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QRadioButton, QStyle, QStyleOptionButton, QWidget

from outreach_app.ui.widgets import button


def _fill_colour(widget: QWidget) -> QColor:
    """The colour just inside the left edge, half way down (the button's background)."""
    widget.resize(widget.sizeHint())
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    widget.render(image)
    return image.pixelColor(4, widget.height() // 2)


@pytest.mark.parametrize("role", ["primary", "danger"])
def test_a_disabled_primary_or_danger_button_looks_disabled(qtbot: Any, themed: str, role: str) -> None:
    enabled = button("Send", "Send", None, role=role)
    disabled = button("Send", "Send", None, role=role)
    plain = button("Send", "Send", None)
    for widget in (enabled, disabled, plain):
        qtbot.addWidget(widget)
    disabled.setEnabled(False)
    active, dimmed = _fill_colour(enabled), _fill_colour(disabled)
    # Not the strong colour of an enabled one, and no brighter than a plain button.
    assert abs(active.hsvSaturation() - dimmed.hsvSaturation()) > 40 or abs(active.hue() - dimmed.hue()) > 30
    assert dimmed.hsvSaturation() < 60


def _indicator_width(radio: QRadioButton) -> int:
    option = QStyleOptionButton()
    radio.initStyleOption(option)
    return radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, radio).width()


def test_a_checked_radio_button_keeps_its_size(qtbot: Any, themed: str) -> None:
    radio = QRadioButton("Outreach van")
    qtbot.addWidget(radio)
    radio.ensurePolished()
    unchecked = _indicator_width(radio)
    radio.setChecked(True)
    radio.style().unpolish(radio)
    radio.style().polish(radio)
    assert _indicator_width(radio) == unchecked
