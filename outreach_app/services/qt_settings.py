"""Keep Qt's own remembered state (file dialogs' last folders and history) off the disk.

QFileDialog saves `lastVisited` and `history` to ~/.config/QtProject.conf: a folder named
after the work (say `.../ugly-mugs-reports-Leeds`) would outlive the vault there. The app
uses no QSettings of its own, so every user-scope QSettings is pointed at a private 0700
folder made fresh for this run, emptied on every lock and removed on quit.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings


class PrivateQtSettings:
    """Where Qt's user-scope settings go for this run.

    Attributes:
        folder: the private folder (0700, from tempfile.mkdtemp) or None once removed.
    """

    def __init__(self) -> None:
        self.folder: Path | None = None

    def install(self) -> Path:
        """Point QSettings (native and INI formats, user scope) at a fresh private folder."""
        if self.folder is None:
            self.folder = Path(tempfile.mkdtemp(prefix="outreach-qt-"))
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(self.folder))
        return self.folder

    def erase(self) -> None:
        """Forget what Qt remembered so far (called on every lock); the folder stays in use."""
        if self.folder is None or not self.folder.exists():
            return
        for child in self.folder.iterdir():
            with contextlib.suppress(OSError):
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child)
                else:
                    child.unlink()

    def remove(self) -> None:
        """Remove the folder (on quit). Safe to call twice."""
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None
