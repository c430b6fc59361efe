"""The vault operations the desktop app and the CLI call, in one place (the app runs them via
the task manager; `cli/vault_cmds.py` calls them directly).

A thin adapter over `core.vault`, imported lazily so the unlock screen appears before the
crypto and storage stacks are loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from outreach_app.core import vault_errors
from outreach_app.core.vault_errors import VaultError
from outreach_app.crypto.kdf import PRODUCTION_KDF, KdfParams
from outreach_app.domain.layout import VaultLayout
from outreach_app.ops.changes import Changes, Kind, OpResult

if TYPE_CHECKING:
    from outreach_app.core.outside_files import OutsideEraser, OutsideTarget
    from outreach_app.core.vault import VaultSession, WipeReport
    from outreach_app.crypto.keyfile import Role
    from outreach_app.sync.quick_delete import QuickDeleteHooks

# Light modules (no crypto or storage stack): the unlock screen's errors and KDF settings.
__all__ = [
    "PRODUCTION_KDF",
    "KdfParams",
    "OutsideTarget",
    "QuickDeleteHooks",
    "VaultError",
    "WipeReport",
    "after_unlock",
    "backup",
    "change_passphrase",
    "check",
    "create",
    "failed_unlocks",
    "forget_secret",
    "outside_eraser",
    "passphrase_names",
    "quick_delete_hooks",
    "remove_slot",
    "restore",
    "retry_after",
    "rotate_data_key",
    "slots",
    "unlock",
    "vault_errors",
    "vault_exists",
    "wipe",
]


def vault_exists(layout: VaultLayout) -> bool:
    """A key file or database is there (a few stats: fine on the GUI thread)."""
    from outreach_app.core.vault_files import vault_exists as exists

    return exists(layout)


def create(layout: VaultLayout, passphrase: str, kdf: KdfParams) -> None:
    from outreach_app.core.vault import create_vault

    create_vault(layout, passphrase, kdf=kdf)


def check(layout: VaultLayout, passphrase: str, clock: Callable[[], datetime]) -> list[str]:
    """Unlock without migrating and run the integrity checks: the problems found (none: sound)."""
    from outreach_app.core.vault import check_vault

    return check_vault(layout, passphrase, clock=clock)


def slots(layout: VaultLayout) -> list[tuple[str, Role]]:
    """(slot id, role) of every passphrase slot, read from the key file (nothing unlocked)."""
    from outreach_app.core.vault import list_slots

    return list_slots(layout)


def unlock(layout: VaultLayout, passphrase: str, clock: Callable[[], datetime]) -> VaultSession:
    from outreach_app.core.vault import unlock_vault

    return unlock_vault(layout, passphrase, clock=clock)


def retry_after(layout: VaultLayout, clock: Callable[[], datetime]) -> float:
    """Seconds before the next unlock attempt is allowed (reads the small counter file)."""
    from outreach_app.crypto.failures import FailureCounter

    return FailureCounter(layout.failures, clock).retry_after()


def failed_unlocks(layout: VaultLayout, clock: Callable[[], datetime]) -> object:
    """The failed attempts so far (read before unlocking, which resets them)."""
    from outreach_app.reports.audit_events import read_failed_unlocks

    return read_failed_unlocks(layout, clock)


def after_unlock(session: VaultSession, failed: object, now: datetime) -> object:
    """Record the unlock in the audit log and apply retention if due (DB thread).

    On a full disk the unlock's entry waits in the session (`VaultSession.defer`: written
    when it fits, at the latest at lock) and retention waits for the next unlock; returns
    DISK_FULL so the window can say so.
    """
    from outreach_app.ops.coordinator import after_unlock as coordinator_after_unlock
    from outreach_app.reports.audit_events import FailedUnlocks

    assert isinstance(failed, FailedUnlocks)
    outcome: list[object] = []

    def write(_conn: object) -> None:
        outcome.append(coordinator_after_unlock(session, failed, now=now))

    return outcome[0] if session.write_or_defer("this unlock", write) else DISK_FULL


DISK_FULL = "disk-full"
"""What `after_unlock` returns when the disk had no room for the unlock's own writes."""


def change_passphrase(session: VaultSession, old: str, new: str, kdf: KdfParams | None = None) -> None:
    """Re-wrap the session's slot (`kdf` None: keep its cost, or raise a weak test-profile slot
    to production). Runs on the DB thread: it needs the session.

    Both strings are the caller's, read once for this call: they are zeroed afterwards."""
    from outreach_app.core.vault import change_passphrase as change

    try:
        change(session, old, new, kdf=kdf)
    finally:
        forget_secret(old)
        forget_secret(new)


def rotate_data_key(
    session: VaultSession, current: str, new: str, keep: dict[str, str], kdf: KdfParams | None = None
) -> list[str]:
    """Re-key the database with a new data key under the passphrase `new`; the other slots are
    removed except those in `keep` (slot id → its passphrase). Returns the removed slot ids.

    Every passphrase is the caller's, read once for this call: they are zeroed afterwards."""
    from outreach_app.core.vault import rotate_data_key as rotate

    try:
        return rotate(session, current, new, keep=keep, kdf=kdf)
    finally:
        for secret in (current, new, *keep.values()):
            forget_secret(secret)


def forget_secret(text: str) -> None:
    """Zero a passphrase string this program made and will not read again (see
    crypto.secret_memory.wipe_str: every reference to it then reads NULs)."""
    from outreach_app.crypto.secret_memory import wipe_str

    wipe_str(text)


def passphrase_names(session: VaultSession) -> list[str]:
    """The vault's organisation, region and area names: context for the strength estimate."""
    from outreach_app.core.passphrase_context import vault_names

    return vault_names(session.conn)


def backup(session: VaultSession, dest: Path) -> OpResult[None]:
    """Write an encrypted backup to `dest` (recorded in the vault for quick delete)."""
    from outreach_app.core.vault import backup_vault

    backup_vault(session, dest)
    return OpResult(None, Changes.of(Kind.OUTSIDE_FILES))  # quick delete's list grew


def restore(
    layout: VaultLayout,
    src: Path,
    passphrase: str,
    coordinator_passphrase: str | None = None,
    *,
    replace: bool = True,
) -> None:
    """Restore `src`; over an existing vault (`replace` must then be True),
    `coordinator_passphrase` must be a current coordinator's of it
    (core.vault_copies.require_coordinator_of). Both strings are the caller's, read once for
    this call: they are zeroed afterwards."""
    from outreach_app.core.vault import restore_vault

    try:
        restore_vault(layout, src, passphrase, replace=replace, coordinator_passphrase=coordinator_passphrase)
    finally:
        forget_secret(passphrase)
        if coordinator_passphrase is not None:
            forget_secret(coordinator_passphrase)


def remove_slot(session: VaultSession, slot_id: str, now: datetime) -> list[str]:
    """Remove a slot and re-key the database (DB thread: the re-key rewrites every page)."""
    from outreach_app.ops.coordinator import remove_role

    return remove_role(session, slot_id, now=now)


def wipe(
    layout: VaultLayout,
    outside: OutsideEraser | None = None,
    session: VaultSession | None = None,
    **hooks: Callable[[], None] | None,
) -> WipeReport:
    """Quick delete. `hooks` are `wipe_vault`'s (before_destroy, forget_credentials, …) as
    sync's `QuickDeleteHooks.wipe_kwargs()` gives them, passed through unchanged; `outside`
    destroys the files written outside the vault (read from it beforehand); `session`, the
    CLI's unlocked session when it read the device credential, is closed first."""
    from outreach_app.core.vault import wipe_vault

    return wipe_vault(layout, outside=outside, session=session, **hooks)


def outside_eraser(targets: list[OutsideTarget]) -> OutsideEraser:
    """What quick delete destroys besides the vault: the files recorded as written outside."""
    from outreach_app.core.outside_files import OutsideEraser

    return OutsideEraser(targets)


def quick_delete_hooks(data_dir: Path) -> QuickDeleteHooks:
    """Quick delete's sync part when the vault is locked: the folder-named keyring entry of an
    old enrolment is found and removed without unlocking (nothing to revoke on the server)."""
    from outreach_app.sync.quick_delete import QuickDeleteHooks

    return QuickDeleteHooks(data_dir=data_dir)
