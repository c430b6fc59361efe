"""The fonts the installer bundles for the people's languages (Thai, CJK), registered with Qt
once per process, before anything is laid out.

Registered at the app's start (app.build_app) and by the printing entry points a command line
uses (no app was built there). Not at the first print only: adding an application font
changes which font Qt falls back to for Thai and CJK, so labels laid out before it would keep
the old line heights and cut their text after the worker printed a handout.

From a source checkout there is nothing to register: the system's fonts (dev.py installs
them) are found by fontconfig."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication


@functools.cache
def register_bundled_fonts() -> tuple[str, ...]:
    """Register the frozen bundle's fonts (build_installer.person_text_fonts); once per process.
    Returns the files registered (none from a source checkout). Needs a QGuiApplication."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is None:
        return ()
    registered = []
    for font in sorted((Path(frozen_root) / "fonts").glob("*.tt[fc]")):
        if QFontDatabase.addApplicationFont(str(font)) != -1:
            registered.append(font.name)
    return tuple(registered)


def ensure_gui_application() -> QGuiApplication:
    """Fonts need a QGuiApplication; a command line has none, so make an offscreen one, and
    register the bundled fonts in it. The printing entry points (handout, police and statistics
    PDFs) call this.

    A QApplication (widgets) rather than a bare QGuiApplication: the process may open a widget
    later (a CLI command run inside the app's process, the desk's preview, a test session), and
    Qt allows one application object per process, of the class it was first made with."""
    app = QGuiApplication.instance()
    if app is None:
        from PySide6.QtWidgets import QApplication

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    assert isinstance(app, QGuiApplication)
    register_bundled_fonts()
    return app
