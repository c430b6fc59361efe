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
from outreach_app.domain.layout import VaultLayout, layout_for
from outreach_app.domain.timeutil import utcnow
from outreach_app.reports.audit_events import read_failed_unlocks
from outreach_app.storage.connection import StorageError, UnsupportedSqlcipherError

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
    except (VaultError, StorageError, WeakPassphraseError) as exc:
        raise CliError(str(exc), exit_code_for(exc)) from None


def read_new_passphrase(io: Io, prompt: str = "New passphrase: ") -> str:
    """A new passphrase typed twice; a mismatch is a usage error (nothing changes)."""
    first = io.read_secret(prompt)
    second = io.read_secret("Repeat the new passphrase: ")
    if first != second:
        raise CliError("the two new passphrases are not the same; nothing was changed", ExitCode.USAGE)
    return first


def unlock_with_passphrase(args: argparse.Namespace, io: Io) -> tuple[VaultSession, str]:
    """Like `open_session`, also returning the passphrase (for commands that re-authenticate).

    Every CLI unlock enters the audit chain here, with the failed attempts before it folded in,
    and applies retention when it is due, as the app does at unlock: a vault used only from the
    command line must still purge on time. What was purged is said on stderr (counts only), so
    `--json` output on stdout stays one document.
    """
    layout = layout_for(getattr(args, "data_dir", None))
    with vault_errors_as_exit_codes(layout):
        if not vault_exists(layout):
            # Say so before asking for a passphrase that could not be checked anyway.
            raise VaultMissingError(str(layout.data_dir))
        passphrase = io.read_secret("Passphrase: ")
        # Read before unlocking: a successful unlock resets the failure counter.
        failed = read_failed_unlocks(layout, utcnow)
        session = unlock_vault(layout, passphrase, clock=utcnow)
        try:
            from outreach_app.services.coordinator import after_unlock

            purged = after_unlock(session, failed, now=utcnow())
        except BaseException:
            session.close()
            raise
        if purged is not None and purged.removed:
            io.err(f"retention: {purged.summary()}")
        return session, passphrase


def open_session(args: argparse.Namespace, io: Io) -> VaultSession:
    """Unlock the vault of `--data-dir` with a passphrase read from the prompt or stdin (line 1).

    Raises:
        CliError: with exit code 3 (wrong passphrase, locked out), 4 (no vault),
            5 (in use by another process, naming its PID), 6 (damaged key file or DB).
    """
    return unlock_with_passphrase(args, io)[0]
