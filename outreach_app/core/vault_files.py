"""Which files in the data dir belong to a vault, and destroying them in the right order.

Quick delete destroys the key file first (crypto-erase): once no copy of the
wrapped data key exists, the database and backups are ciphertext under a key
nobody has, whatever an SSD or journaling file system keeps of their old blocks.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

from outreach_app.crypto.atomic import fsync_dir
from outreach_app.crypto.erase import erase_tree, overwrite_and_unlink, overwrite_prefix
from outreach_app.domain.layout import VaultLayout

WORKDIR_PREFIX = ".work-"


def rotating_key_file(layout: VaultLayout) -> Path:
    """The next key file, written before a data-key rotation re-keys the DB (crash recovery)."""
    return layout.key_file.with_name(layout.key_file.name + ".rotating")


def restoring_key_file(layout: VaultLayout) -> Path:
    """The restored vault's key file, written before its database is swapped in (crash recovery)."""
    return layout.key_file.with_name(layout.key_file.name + ".restoring")


def pending_key_files(layout: VaultLayout) -> list[Path]:
    """Key files an interrupted restore or rotation may have left; newest kind first.

    Unlock settles them: whichever (or the key file) opens the database becomes the key file.
    """
    return [restoring_key_file(layout), rotating_key_file(layout)]


def vault_exists(layout: VaultLayout) -> bool:
    """True if a key file or a database is present (a lone DB still must not be overwritten)."""
    return any(p.exists() for p in (layout.key_file, *pending_key_files(layout), layout.db))


def _leftover_temp_files(layout: VaultLayout) -> list[Path]:
    """Temp files of interrupted atomic writes and work folders of interrupted backups."""
    if not layout.data_dir.is_dir():
        return []
    names = [
        layout.key_file.name,
        *(p.name for p in pending_key_files(layout)),
        layout.failures.name,
        layout.ui_prefs.name,
    ]
    found: list[Path] = []
    for name in names:
        found.extend(layout.data_dir.glob(f".{name}.*.tmp"))
    found.extend(layout.data_dir.glob(f"{WORKDIR_PREFIX}*"))
    return found


@contextlib.contextmanager
def private_workdir(layout: VaultLayout, where: Path | None = None) -> Iterator[Path]:
    """A 0700 scratch folder inside the data dir (never the system temp dir), erased afterwards.

    `where` puts it elsewhere: a backup is staged beside its destination, so that it works
    when the vault's own disk is full (what is staged there is encrypted).
    """
    path = Path(tempfile.mkdtemp(prefix=WORKDIR_PREFIX, dir=where or layout.data_dir))
    try:
        yield path
    finally:
        erase_tree(path)


def destroy_key_material(layout: VaultLayout) -> None:
    """Crypto-erase: every copy of the wrapped data key, fast, and durably.

    Overwrites and removes the key file, pending and half-written key files, and
    overwrites the leading bytes (manifest and key member) of every automatic
    backup, which carries its own copy of the key file. The backups' database
    members, now ciphertext under a key nobody has, are erased later with the rest.
    """
    for path in (layout.key_file, *pending_key_files(layout)):
        overwrite_and_unlink(path)
    for path in layout.data_dir.glob(f".{layout.key_file.name}*.tmp"):
        overwrite_and_unlink(path)
    _crypto_erase_backups(layout)
    if layout.data_dir.is_dir():
        fsync_dir(layout.data_dir)


def _crypto_erase_backups(layout: VaultLayout) -> None:
    # Imported here: the app's start screen asks `vault_exists`, which must not load the key
    # file and backup code (start-up time).
    from outreach_app.core.vault_backup import KEY_MATERIAL_PREFIX_BYTES

    if not layout.backups.is_dir():
        return
    for path in sorted(layout.backups.rglob("*")):
        if path.is_file():
            overwrite_prefix(path, KEY_MATERIAL_PREFIX_BYTES)


def destroy_automatic_backups(layout: VaultLayout) -> None:
    """Erase the automatic pre-migration backups (after a passphrase or key change).

    Each holds a copy of the key file as it was, so after a passphrase change it
    would still open with the old passphrase (after a data-key rotation, with the
    old key). They exist only to undo a failed migration, and a vault that has
    been unlocked and changed has already migrated successfully, so they are
    deleted rather than re-wrapped.
    """
    _crypto_erase_backups(layout)
    erase_tree(layout.backups)
    if layout.data_dir.is_dir():
        fsync_dir(layout.data_dir)


def destroy_database(layout: VaultLayout) -> None:
    for path in (layout.db, *layout.db_sidecars()):
        overwrite_and_unlink(path)


def destroy_everything_else(layout: VaultLayout, *, keep_lock: bool) -> None:
    """Failure counter, UI prefs, automatic backups, temp leftovers and (unless kept) the lock file."""
    for path in (layout.failures, layout.ui_prefs):
        overwrite_and_unlink(path)
    erase_tree(layout.backups)
    for path in _leftover_temp_files(layout):
        if path.is_dir():
            erase_tree(path)
        else:
            overwrite_and_unlink(path)
    if not keep_lock:
        layout.lock.unlink(missing_ok=True)
    if layout.data_dir.is_dir():
        fsync_dir(layout.data_dir)


def remove_dir_if_empty(directory: Path) -> None:
    with contextlib.suppress(OSError):
        directory.rmdir()


def move_into_place(src: Path, dest: Path) -> None:
    """Atomically rename `src` over `dest` and make the rename durable.

    Both are in the data dir (work dirs live inside it), so this is a rename within one
    file system: `dest` is at every moment either the old file or the new one. There is
    deliberately no copy fallback, which would leave a half-written `dest` on a crash.
    """
    src.replace(dest)
    fsync_dir(dest.parent)
