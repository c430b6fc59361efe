"""Body text and controls are readable in both themes: at least 4.5:1 (WCAG AA), computed
from the colours each theme gives the real widgets (palette plus style sheet, as polished)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QStatusBar, QWidget

from outreach_app.ui.widgets import button, note
from tests.gui.contrast import contrast

MINIMUM = 4.5


def _colours(widget: QWidget, text: QPalette.ColorRole, fill: QPalette.ColorRole) -> tuple[Any, Any]:
    widget.ensurePolished()
    palette = widget.palette()
    return palette.color(text), palette.color(fill)


def _samples(window: QWidget) -> dict[str, tuple[Any, Any]]:
    Role = QPalette.ColorRole
    samples: dict[str, tuple[Any, Any]] = {}
    body = QLabel("Body text", window)
    samples["body text"] = _colours(body, Role.WindowText, Role.Window)
    for role in ("muted", "warning", "error", "ok"):
        samples[f"{role} note"] = (
            _colours(note("Note", window, role=role), Role.WindowText, Role.Window)[0],
            samples["body text"][1],
        )
    field = QLineEdit(window)
    samples["typed text"] = _colours(field, Role.Text, Role.Base)
    samples["placeholder"] = _colours(field, Role.PlaceholderText, Role.Base)
    samples["text area"] = _colours(QPlainTextEdit(window), Role.Text, Role.Base)
    for role in ("", "primary", "danger"):
        samples[f"{role or 'plain'} button"] = _colours(
            button("Go", "Go", window, role=role), Role.ButtonText, Role.Button
        )
    bar = QStatusBar(window)
    label = QLabel("3 waiting", bar)
    samples["status bar"] = (
        _colours(label, Role.WindowText, Role.Window)[0],
        _colours(bar, Role.WindowText, Role.Window)[1],
    )
    samples["selection"] = _colours(field, Role.HighlightedText, Role.Highlight)
    return samples


def test_body_text_and_controls_reach_4_5_to_1(qtbot, themed) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    failures = []
    for name, (text, fill) in _samples(window).items():
        ratio = contrast(text, fill)
        if ratio < MINIMUM:
            failures.append(f"{themed}: {name} {text.name()} on {fill.name()} is {ratio:.2f}:1")
    assert failures == [], "\n".join(failures)


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_theme_palettes_pair_readable_colours(theme: str) -> None:
    """The palettes Qt's own dialogs use, straight from the theme's table."""
    from PySide6.QtGui import QColor

    from outreach_app.ui.theme import _PALETTES

    Role = QPalette.ColorRole
    colours = {role: QColor(value) for role, value in _PALETTES[theme].items()}
    pairs = [
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.Text, Role.AlternateBase),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.ToolTipText, Role.ToolTipBase),
        (Role.PlaceholderText, Role.Base),
        (Role.Link, Role.Base),
    ]
    failures = [
        f"{text.name} on {fill.name}: {contrast(colours[text], colours[fill]):.2f}:1"
        for text, fill in pairs
        if contrast(colours[text], colours[fill]) < MINIMUM
    ]
    assert failures == []
