"""Where a vault's files live. Pure path arithmetic: nothing here touches the disk.

Resolution order for the data dir: explicit argument (`--data-dir`), then the
`OUTREACH_DATA_DIR` environment variable, then the platform's user data dir.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Outreach"
DATA_DIR_ENV = "OUTREACH_DATA_DIR"


@dataclass(frozen=True)
class VaultLayout:
    """The files of one vault. Everything but `ui_prefs` and `failures` is encrypted or key material.

    Attributes:
        data_dir: the folder (created 0700).
        db: the SQLCipher database (its -wal and -shm live beside it).
        key_file: the wrapped data key, with KDF parameters and slots.
        failures: the failed-unlock counter; says nothing but a count and a time.
        lock: the single-writer process lock (holds a PID only).
        ui_prefs: what the unlock screen needs (theme, language, geometry); no work data.
        backups: automatic pre-migration backups (encrypted like the DB).
    """

    data_dir: Path

    @property
    def db(self) -> Path:
        return self.data_dir / "vault.db"

    @property
    def key_file(self) -> Path:
        return self.data_dir / "vault.key"

    @property
    def failures(self) -> Path:
        return self.data_dir / "unlock-failures.json"

    @property
    def lock(self) -> Path:
        return self.data_dir / "vault.lock"

    @property
    def ui_prefs(self) -> Path:
        return self.data_dir / "ui-prefs.json"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    def db_sidecars(self) -> list[Path]:
        return [self.db.with_name(self.db.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def layout_for(explicit: str | os.PathLike[str] | None = None) -> VaultLayout:
    return VaultLayout(resolve_data_dir(explicit))
