"""Copies of a vault made once per test process, for fixtures that need a fresh empty one.

Creating a vault runs every migration on a new SQLCipher file (~0.08 CPU-s) and, for a
whole vault, derives a slot key and seals it (~0.11 CPU-s). Hundreds of unit tests start
from such an empty vault and change it; a copy of one made earlier in the same process is
the same thing on disk (the same schema, pragmas, file modes and key file) at ~5 ms
(issue 19). Each test still gets its own real files in its own temp folder.

    conn = open_database(*migrated_database(tmp_path / "vault.db", key))   # key: any 32 bytes
    created_vault(layout, PASSPHRASE)                                     # as create_vault
    built_vault(layout, "team", build)                   # what build(layout) leaves, e.g. a slot added

What differs from making each one: copies of one template share its random parts (the
database's salt and data key for `created_vault`, the slot's KDF salt, the coordinator key).
A test about those (two vaults never share a key) must call `create_vault` itself.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from outreach_app.core.vault import create_vault
from outreach_app.crypto.kdf import TEST_KDF, KdfParams
from outreach_app.crypto.keyfile import Role
from outreach_app.domain.layout import VaultLayout
from outreach_app.storage.connection import open_database
from outreach_app.storage.migrations import migrate

_folder: list[Path] = []
_databases: dict[bytes, Path] = {}
_vaults: dict[tuple[str, KdfParams, Role], Path] = {}
_built: dict[str, Path] = {}


def _templates() -> Path:
    if not _folder or not _folder[0].exists():
        folder = Path(tempfile.mkdtemp(prefix="outreach-vault-templates-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _folder[:] = [folder]
        _databases.clear()
        _vaults.clear()
        _built.clear()
    return _folder[0]


def migrated_database(path: Path, key: bytes) -> Path:
    """`path` made a migrated, empty vault database keyed with `key` (a copy of one made in
    this process, with its mode); returns `path`. Open it with `open_database(path, key)`."""
    template = _databases.get(bytes(key))
    if template is None or not template.exists():
        template = _templates() / f"db-{len(_databases)}" / "vault.db"
        template.parent.mkdir()
        conn = open_database(template, key, create=True)
        try:
            migrate(conn)
        finally:
            conn.close()  # the last connection: the WAL is checkpointed into the file
        assert not any(p.exists() for p in template.parent.iterdir() if p != template), "a sidecar stayed"
        _databases[bytes(key)] = template
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(template, path)
    return path


def created_vault(
    layout: VaultLayout, passphrase: str, *, kdf: KdfParams = TEST_KDF, role: Role = "coordinator"
) -> VaultLayout:
    """What `create_vault(layout, passphrase, kdf=kdf, role=role)` leaves (a locked vault:
    the 0700 folder, the database, the key file), copied from one made in this process."""
    template = _vaults.get((passphrase, kdf, role))
    if template is None or not template.exists():
        template = _templates() / f"vault-{len(_vaults)}"
        # A string of its own as the key: the app zeroes in place the passphrase strings it
        # is handed (ops.vault_ops.forget_secret), and a test may hand it the one given here.
        own = "".join(list(passphrase))
        create_vault(VaultLayout(template), own, kdf=kdf, role=role)
        _vaults[(own, kdf, role)] = template
    return _copy(template, layout)


def _copy(template: Path, layout: VaultLayout) -> VaultLayout:
    if layout.data_dir.exists() and any(layout.data_dir.iterdir()):
        raise FileExistsError(f"{layout.data_dir} is not empty: a template is copied into a new folder")
    layout.data_dir.parent.mkdir(parents=True, exist_ok=True)
    # copy2 and copystat: the 0700 folder and the 0600 files as create_vault made them
    shutil.copytree(template, layout.data_dir, dirs_exist_ok=True)
    return layout


def built_vault(layout: VaultLayout, name: str, build: Callable[[VaultLayout], object]) -> VaultLayout:
    """What `build(layout)` leaves in an empty folder (say a vault with a worker slot added:
    an unlock, the strength check and a key-file write, ~30 ms), copied from the folder it
    left the first time this process asked for `name`. `build` must do the same every time:
    the copies share what it made at random (slot ids, salts, keys)."""
    template = _built.get(name)
    if template is None or not template.exists():
        template = _templates() / f"built-{len(_built)}"
        build(VaultLayout(template))
        _built[name] = template
    return _copy(template, layout)
