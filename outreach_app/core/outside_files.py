"""Destroying the files the app wrote outside the vault, as part of quick delete.

The vault records every file it writes outside its folder (`storage.repos.outside_files`):
exports with narratives in plain text, statistics, handouts and slips saved as PDF, and
backups, which open with the vault's passphrases. Quick delete destroys them too, in two
steps like the vault's own files: `crypto_erase` right after the key file (a backup's key
member, every plaintext file whole), `destroy_rest` later (the backups' large database
members). A path is only touched while it is still a regular file (not a link the user
put there since, not a folder); anything else, or a file that is gone or cannot be
written, is reported as unreachable by path, so the user can look for it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from outreach_app.core.vault_backup import KEY_MATERIAL_PREFIX_BYTES
from outreach_app.crypto.erase import overwrite_and_unlink, overwrite_prefix
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos.outside_files import OutsideFile, OutsideKind, list_outside_files


@dataclass(frozen=True)
class OutsideTarget:
    """A file to destroy: what quick delete needs, read while the vault was open."""

    path: Path
    kind: OutsideKind


@dataclass
class OutsideReport:
    """Attributes:
    destroyed: paths overwritten and removed.
    unreachable: (path, why) for each file that could not be destroyed.
    """

    destroyed: list[Path] = field(default_factory=list)
    unreachable: list[tuple[Path, str]] = field(default_factory=list)


def targets_from(conn: Connection) -> list[OutsideTarget]:
    """The recorded outside files, to keep in memory for a quick delete without the vault."""
    return [targets_for(found) for found in list_outside_files(conn)]


def targets_for(found: OutsideFile) -> OutsideTarget:
    return OutsideTarget(found.path, found.kind)


def _problem(path: Path) -> str | None:
    """Why `path` cannot be destroyed as the file the app wrote (None: it can)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return "not found (moved or already deleted)"
    except OSError as exc:
        return f"cannot be reached ({exc.strerror or type(exc).__name__})"
    if not stat.S_ISREG(info.st_mode):
        return "no longer a plain file (left alone)"
    return None


class OutsideEraser:
    """Destroys a list of outside files in quick delete's two steps.

    Args:
        targets: read from the vault beforehand (`targets_from`).
    """

    def __init__(self, targets: Sequence[OutsideTarget]) -> None:
        self.targets = list(targets)
        self.report = OutsideReport()
        self._later: list[Path] = []

    def crypto_erase(self) -> None:
        """Fast: a backup's leading bytes (its key member); every other file whole."""
        for target in self.targets:
            problem = _problem(target.path)
            if problem is not None:
                self.report.unreachable.append((target.path, problem))
            elif target.kind is OutsideKind.BACKUP:
                if overwrite_prefix(target.path, KEY_MATERIAL_PREFIX_BYTES):
                    self._later.append(target.path)
                else:
                    self.report.unreachable.append((target.path, "cannot be written"))
            else:
                self._destroy(target.path)

    def destroy_rest(self) -> None:
        """Slow: the rest of each backup (ciphertext under a key that no longer exists)."""
        for path in self._later:
            self._destroy(path)
        self._later = []

    def _destroy(self, path: Path) -> None:
        try:
            removed = overwrite_and_unlink(path)
        except OSError as exc:
            self.report.unreachable.append(
                (path, f"cannot be deleted ({exc.strerror or type(exc).__name__})")
            )
            return
        if removed:
            self.report.destroyed.append(path)
        else:
            self.report.unreachable.append((path, "not found (moved or already deleted)"))
