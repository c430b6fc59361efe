"""File dialogs that remember nothing: Qt's own dialog, starting in the home folder.

A native dialog (GTK's, through the platform theme) adds every chosen file to
~/.local/share/recently-used.xbel, outside anything the app controls, so the app always
uses Qt's widget-based dialog (its remembered folders go to the private QSettings folder of
`services.qt_settings`). Suggested names are neutral and the start folder is the home
folder, never the last one used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

# Every file dialog of the app uses these options.
DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def start_path(suggested_name: str = "") -> str:
    """The home folder (plus a suggested file name) as a dialog's start."""
    home = Path.home()
    return str(home / suggested_name) if suggested_name else str(home)


def ask_save_path(parent: QWidget | None, title: str, suggested_name: str, name_filter: str) -> Path | None:
    """Ask where to save (modal). Returns None when cancelled."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, start_path(suggested_name), name_filter, "", DIALOG_OPTIONS
    )
    return Path(path) if path else None


def ask_open_path(parent: QWidget | None, title: str, name_filter: str) -> Path | None:
    """Ask which file to open (modal). Returns None when cancelled."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, start_path(), name_filter, "", DIALOG_OPTIONS)
    return Path(path) if path else None


def save_dialog(parent: QWidget | None, title: str, suggested_name: str, name_filter: str) -> QFileDialog:
    """A non-modal save dialog (the caller connects `finished` and shows it)."""
    dialog = QFileDialog(parent, title)
    dialog.setOptions(DIALOG_OPTIONS)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filter)
    dialog.setDirectory(start_path())
    dialog.selectFile(suggested_name)
    return dialog
