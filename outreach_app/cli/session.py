"""Unlocking the vault for a CLI command: the passphrase from a prompt or stdin, errors as exit codes.

Every command that needs the vault calls `open_session(args, io)` and closes
the session when done (`with open_session(args, io) as session:`).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from outreach_app.cli.common import CliError, ExitCode, Io
from outreach_app.core.vault import (
    BackupInvalidError,
    BackupMissingError,
    DestinationExistsError,
    KeyFileDamagedError,
    LockedOutError,
    RoleRefusedError,
    SlotNotFoundError,
    SlotRefusedError,
    VaultDamagedError,
    VaultDiskFullError,
    VaultError,
    VaultExistsError,
    VaultInUseError,
    VaultMissingError,
    VaultSession,
    WeakPassphraseError,
    WrongPassphraseError,
    unlock_vault,
    vault_exists,
)
from outreach_app.domain.disk_full import DISK_FULL_ADVICE, DISK_FULL_MESSAGE, is_disk_full
from outreach_app.domain.layout import VaultLayout, layout_for
from outreach_app.domain.timeutil import utcnow
from outreach_app.reports.audit_events import FailedUnlocks, read_failed_unlocks
from outreach_app.reports.retention import RetentionReport
from outreach_app.storage.connection import Connection, StorageError, UnsupportedSqlcipherError

# Most specific first: the first matching class decides the exit code.
_EXIT_CODES: tuple[tuple[type[Exception], ExitCode], ...] = (
    (WrongPassphraseError, ExitCode.AUTH),
    (LockedOutError, ExitCode.AUTH),
    (RoleRefusedError, ExitCode.AUTH),
    (VaultMissingError, ExitCode.NOT_FOUND),
    (BackupMissingError, ExitCode.NOT_FOUND),
    (SlotNotFoundError, ExitCode.NOT_FOUND),
    (VaultInUseError, ExitCode.CONFLICT),
    (VaultExistsError, ExitCode.CONFLICT),
    (DestinationExistsError, ExitCode.CONFLICT),
    (SlotRefusedError, ExitCode.CONFLICT),
    (KeyFileDamagedError, ExitCode.DAMAGED),
    (VaultDamagedError, ExitCode.DAMAGED),
    (BackupInvalidError, ExitCode.DAMAGED),
    (WeakPassphraseError, ExitCode.USAGE),
    (VaultDiskFullError, ExitCode.DISK_FULL),
    (UnsupportedSqlcipherError, ExitCode.UNAVAILABLE),
)


def exit_code_for(error: Exception) -> ExitCode:
    for kind, code in _EXIT_CODES:
        if isinstance(error, kind):
            return code
    return ExitCode.FAILURE


def no_vault_error(layout: VaultLayout) -> CliError:
    return CliError(
        f"there is no vault in {layout.data_dir} (create one with `outreach init`)", ExitCode.NOT_FOUND
    )


@contextmanager
def vault_errors_as_exit_codes(layout: VaultLayout) -> Iterator[None]:
    """Turn vault and storage errors raised inside the block into CliError with a clear message."""
    try:
        yield
    except VaultMissingError:
        raise no_vault_error(layout) from None
    except VaultDiskFullError as exc:
        raise disk_full_error(str(exc)) from None
    except (VaultError, StorageError, WeakPassphraseError) as exc:
        raise CliError(str(exc), exit_code_for(exc)) from None
    except Exception as exc:
        if is_disk_full(exc):  # SQLite's "database or disk is full", or ENOSPC from a file write
            raise disk_full_error() from None
        raise


def disk_full_error(message: str = DISK_FULL_MESSAGE) -> CliError:
    """Exit 8 with the plain message and what to do (never "damaged": the vault is intact)."""
    return CliError(f"{message}. {DISK_FULL_ADVICE}", ExitCode.DISK_FULL)


def read_new_passphrase(io: Io, prompt: str = "New passphrase: ") -> str:
    """A new passphrase typed twice; a mismatch is a usage error (nothing changes)."""
    first = io.read_secret(prompt)
    second = io.read_secret("Repeat the new passphrase: ")
    if first != second:
        raise CliError("the two new passphrases are not the same; nothing was changed", ExitCode.USAGE)
    return first


def unlock_with_passphrase(
    args: argparse.Namespace, io: Io, passphrase: str | None = None
) -> tuple[VaultSession, str]:
    """Like `open_session`, also returning the passphrase (for commands that re-authenticate).

    Every CLI unlock enters the audit chain here, with the failed attempts before it folded in,
    and applies retention when it is due, as the app does at unlock: a vault used only from the
    command line must still purge on time. What was purged is said on stderr (counts only), so
    `--json` output on stdout stays one document.
    `passphrase`: one the command has read already (else it is read here).
    """
    layout = layout_for(getattr(args, "data_dir", None))
    with vault_errors_as_exit_codes(layout):
        if not vault_exists(layout):
            # Say so before asking for a passphrase that could not be checked anyway.
            raise VaultMissingError(str(layout.data_dir))
        if passphrase is None:
            passphrase = io.read_secret("Passphrase: ")
        # Read before unlocking: a successful unlock resets the failure counter.
        failed = read_failed_unlocks(layout, utcnow)
        session = unlock_vault(layout, passphrase, clock=utcnow)
        try:
            purged = _record_unlock(session, failed, io)
        except BaseException:
            session.close()
            raise
        if purged is not None and purged.removed:
            io.err(f"retention: {purged.summary()}")
        # What the coordinator-key check found (alarms, a first seal, a keyless coordinator slot).
        told = getattr(session.role_check, "message", None)
        if told:
            io.err(f"outreach: {told}")
        return session, passphrase


def _record_unlock(session: VaultSession, failed: FailedUnlocks, io: Io) -> RetentionReport | None:
    """The unlock's audit entries and due retention (`coordinator.after_unlock`, as in the app);
    on a full disk they wait in the session (written at close if space was freed by then) and
    the person is told what still works. Returns what retention removed, if it ran now."""
    from outreach_app.ops.coordinator import after_unlock

    at = utcnow()
    purged: list[RetentionReport | None] = []

    def write(_conn: Connection) -> None:
        purged.append(after_unlock(session, failed, now=at))

    session.on_unwritten = lambda what: io.err(
        f"outreach: the disk is full: not written to the audit log: {', '.join(what)}"
    )
    written = session.write_or_defer("this unlock", write)
    if session.full_disk or not written:
        io.err(f"outreach: warning: {DISK_FULL_MESSAGE}. {DISK_FULL_ADVICE}")
    return purged[0] if purged else None


def open_session(args: argparse.Namespace, io: Io) -> VaultSession:
    """Unlock the vault of `--data-dir` with a passphrase read from the prompt or stdin (line 1).

    Raises:
        CliError: with exit code 3 (wrong passphrase, locked out), 4 (no vault),
            5 (in use by another process, naming its PID), 6 (damaged key file or DB).
    """
    return unlock_with_passphrase(args, io)[0]
