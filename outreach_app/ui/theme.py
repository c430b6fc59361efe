"""Themes: dark and low-glare by default (screens used at night on the street), light on request.

Colours come from a palette (so Qt's own dialogs follow) plus a style sheet under
`resources/themes/`. Neither sets font sizes: text follows the system font, and headings
are sized relative to it (`scaled_font`).

The palette gives every widget the sheet does not style its colours: text, and the window
colour as Window, Base and Button alike (what a universal `QWidget { color; background }`
rule once gave them; fields and buttons get their own fills from the sheet). A sheet rule
that matched every widget made each one carry its own palette, and set it again whenever the
widget was re-parented (issue 19, docs/performance.md). `benchmarks/render_theme_shots.py`
compares every screen pixel by pixel.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from outreach_app.domain.resources import resource_path
from outreach_app.ui.prefs import DEFAULT_THEME, THEMES

_PALETTES: dict[str, dict[QPalette.ColorRole, str]] = {
    "dark": {
        QPalette.ColorRole.Window: "#17191c",
        QPalette.ColorRole.WindowText: "#c4c7cc",
        QPalette.ColorRole.Base: "#17191c",
        QPalette.ColorRole.AlternateBase: "#181b1e",
        QPalette.ColorRole.Text: "#c4c7cc",
        QPalette.ColorRole.Button: "#17191c",
        QPalette.ColorRole.ButtonText: "#c4c7cc",
        QPalette.ColorRole.Highlight: "#2d4f63",
        QPalette.ColorRole.HighlightedText: "#e2e4e7",
        QPalette.ColorRole.ToolTipBase: "#24282d",
        QPalette.ColorRole.ToolTipText: "#c4c7cc",
        QPalette.ColorRole.PlaceholderText: "#9a9ea4",
        QPalette.ColorRole.Link: "#7fb0c8",
    },
    "light": {
        QPalette.ColorRole.Window: "#f4f5f7",
        QPalette.ColorRole.WindowText: "#1f2328",
        QPalette.ColorRole.Base: "#f4f5f7",
        QPalette.ColorRole.AlternateBase: "#f6f8fa",
        QPalette.ColorRole.Text: "#1f2328",
        QPalette.ColorRole.Button: "#f4f5f7",
        QPalette.ColorRole.ButtonText: "#1f2328",
        QPalette.ColorRole.Highlight: "#c9dcea",
        QPalette.ColorRole.HighlightedText: "#1f2328",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f2328",
        QPalette.ColorRole.PlaceholderText: "#5d656e",
        QPalette.ColorRole.Link: "#2f6d92",
    },
}


# Every theme is drawn by Qt's Fusion style. The app's own QApplication is made with these
# arguments and marked with the property; any other (tests) gets the style here, once.
FUSION_ARGUMENTS = ("-style", "Fusion")
FUSION_PROPERTY = "outreach_fusion_style"


def apply_theme(app: QApplication, name: str) -> str:
    """Apply theme `name` (unknown names fall back to the default); return the one applied."""
    if name not in THEMES:
        name = DEFAULT_THEME
    if not app.property(FUSION_PROPERTY):
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
            app.setProperty(FUSION_PROPERTY, True)
    palette = QPalette()
    for role, colour in _PALETTES[name].items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    sheet = resource_path("themes", f"{name}.qss")
    text = sheet.read_text(encoding="utf-8") if sheet.is_file() else ""
    # Style sheets resolve url() against the working directory; point them at our icons.
    icons = resource_path("icons").as_posix()
    text = text.replace("@ICONS@", icons)
    if app.styleSheet() != text:  # re-polishing every widget is costly: only on a real change
        app.setStyleSheet(text)
    return name


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font scaled by `factor` (headings stay in proportion to the system font)."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font
