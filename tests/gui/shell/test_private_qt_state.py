"""Qt's file dialogs remember nothing on disk (review M1).

QFileDialog writes the folders it visited to ~/.config/QtProject.conf and GTK's native dialog
adds files to recently-used.xbel: a folder named after the work would outlive the vault. The
app is run in a subprocess with its own HOME and XDG folders (Qt reads them once per process),
a save dialog is driven to a folder carrying a canary, and every file left under that HOME is
searched for it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from outreach_app.ui.file_dialogs import DIALOG_OPTIONS

SCRIPT = r"""
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from outreach_app.app import build_app
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.layout import VaultLayout
from outreach_app.ui.file_dialogs import ask_save_path

data_dir, target = Path(sys.argv[1]), Path(sys.argv[2])
desktop = build_app(VaultLayout(data_dir), kdf=TEST_KDF)
seen = []


def drive():
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
        QTimer.singleShot(20, drive)
        return
    seen.append(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
    seen.append(Path(dialog.directory().absolutePath()) == Path.home())
    dialog.setDirectory(str(target.parent))
    dialog.findChild(QLineEdit, "fileNameEdit").setText(target.name)
    dialog.accept()


QTimer.singleShot(0, drive)
chosen = ask_save_path(desktop.window, "Save", "outreach-backup.obk", "Outreach backups (*.obk)")
folder = desktop.qt_settings.folder
desktop.window.lock("user")
after_lock = [p.name for p in folder.rglob("*")]
desktop.shutdown()
print("chosen", chosen == target)
print("non_native", seen[0])
print("starts_home", seen[1])
print("empty_after_lock", after_lock == [])
print("removed_on_quit", not folder.exists())
"""


def test_a_save_dialog_leaves_no_trace_of_the_chosen_folder(tmp_path: Path, canary: str) -> None:
    home = tmp_path / "home"
    config = home / ".config"
    data = home / ".local" / "share"
    for folder in (config, data):
        folder.mkdir(parents=True)
    target = tmp_path / f"ugly-mugs-reports-Leeds-{canary}" / "outreach-backup.obk"
    target.parent.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(config),
        "XDG_DATA_HOME": str(data),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "vault"), str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert lines == {
        "chosen": "True",
        "non_native": "True",
        "starts_home": "True",
        "empty_after_lock": "True",
        "removed_on_quit": "True",
    }
    leaks = [
        path
        for path in home.rglob("*")
        if path.is_file() and target.parent.name in path.read_text(errors="ignore")
    ]
    assert leaks == []


def test_every_dialog_option_set_includes_qt_s_own_dialog() -> None:
    from PySide6.QtWidgets import QFileDialog

    assert DIALOG_OPTIONS & QFileDialog.Option.DontUseNativeDialog
