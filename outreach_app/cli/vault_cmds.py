"""`outreach init | check | wipe | backup FILE | restore FILE | passphrase [--rotate-key | suggest]`.

The vault's own life cycle from the command line. Passphrases come from a
hidden prompt or, when stdin is not a terminal, one per line from stdin in the
order docs/cli.md gives; never from argv.

`init` uses the production KDF. For tests and demos only, `--kdf-profile test`
(hidden from --help) or OUTREACH_KDF_PROFILE=test creates a vault with cheap
Argon2id parameters, which the key file records, so it stays cheap to open; a
warning on stderr says so. `passphrase` upgrades such a slot to the production
profile unless the test profile is asked for again (flag or variable).

Every operation is `ops.vault_ops`'s, the one the desktop app runs (issue 19): this module
only reads the arguments and passphrases and words the outcome.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from outreach_app.cli.common import CliError, ExitCode, Io
from outreach_app.cli.session import (
    no_vault_error,
    read_new_passphrase,
    unlock_with_passphrase,
    vault_errors_as_exit_codes,
)
from outreach_app.crypto.kdf import PROFILES
from outreach_app.crypto.passphrase_policy import passphrase_problem
from outreach_app.crypto.passphrase_suggest import (
    DEFAULT_WORDS,
    MAX_WORDS,
    MIN_WORDS,
    suggest_passphrase,
    suggestion_bits,
)
from outreach_app.domain.layout import VaultLayout, layout_for
from outreach_app.domain.timeutil import utcnow
from outreach_app.ops import vault_ops
from outreach_app.ops.vault_ops import vault_exists

KDF_PROFILE_ENV = "OUTREACH_KDF_PROFILE"
WEAK_KDF_WARNING = "warning: test profile: weak key derivation, for tests and demos only"


def register(sub: Any) -> None:
    init = sub.add_parser("init", help="create a new encrypted vault (asks for a passphrase twice)")
    init.add_argument("--kdf-profile", choices=sorted(PROFILES), help=argparse.SUPPRESS)
    init.set_defaults(handler=run_init)

    check = sub.add_parser("check", help="check the vault's database for damage (changes nothing)")
    check.set_defaults(handler=run_check)

    wipe = sub.add_parser("wipe", help="quick delete: destroy the key file, then every file of the vault")
    wipe.add_argument("--yes", action="store_true", help="do not ask for confirmation (scripts)")
    # sync (issue 6, 16): read the credential first, revoke once the key file is gone
    device = wipe.add_mutually_exclusive_group()
    device.add_argument(
        "--keep-device",
        action="store_true",
        help="do not ask for the passphrase to revoke this device on the charity's server",
    )
    device.add_argument("--revoke", action="store_true", help=argparse.SUPPRESS)  # the default now
    wipe.add_argument(
        "--keep-files",
        action="store_true",
        help="do not destroy the files the app saved outside the vault (exports, backups, PDFs)",
    )
    wipe.set_defaults(handler=run_wipe)

    backup = sub.add_parser("backup", help="write an encrypted backup file that the passphrase opens")
    backup.add_argument("file", type=Path, help="the backup file to create (must not exist)")
    backup.set_defaults(handler=run_backup)

    restore = sub.add_parser("restore", help="restore a vault from a backup file")
    restore.add_argument("file", type=Path, help="a file written by `outreach backup`")
    restore.add_argument("--replace", action="store_true", help="replace the vault that is there now")
    restore.add_argument("--yes", action="store_true", help="with --replace: do not ask for confirmation")
    restore.set_defaults(handler=run_restore)

    passphrase = sub.add_parser("passphrase", help="change the passphrase (and optionally the data key)")
    passphrase.add_argument(
        "--rotate-key",
        action="store_true",
        help="also re-encrypt the database with a new data key (other passphrases not kept are removed)",
    )
    passphrase.add_argument(
        "--keep",
        action="append",
        default=[],
        metavar="SLOT_ID",
        help="with --rotate-key: keep this other slot (its passphrase is read from stdin)",
    )
    passphrase.add_argument("--yes", action="store_true", help="do not ask before removing other slots")
    passphrase.add_argument("--kdf-profile", choices=sorted(PROFILES), help=argparse.SUPPRESS)
    passphrase.add_argument(
        "action",
        nargs="?",
        choices=["suggest"],
        help="suggest: print a generated word passphrase (random words from the EFF list) and change nothing",
    )
    passphrase.add_argument(
        "--words",
        type=int,
        default=DEFAULT_WORDS,
        metavar="N",
        help=f"with suggest: how many words ({MIN_WORDS}-{MAX_WORDS}, default {DEFAULT_WORDS})",
    )
    passphrase.set_defaults(handler=run_passphrase)


def _layout(args: argparse.Namespace) -> VaultLayout:
    return layout_for(getattr(args, "data_dir", None))


def _requested_kdf_profile(args: argparse.Namespace) -> str | None:
    """The profile asked for by flag or environment, or None when nobody asked."""
    name = getattr(args, "kdf_profile", None) or os.environ.get(KDF_PROFILE_ENV)
    if not name:
        return None
    if name not in PROFILES:
        raise CliError(f"{KDF_PROFILE_ENV} must be one of: {', '.join(sorted(PROFILES))}", ExitCode.USAGE)
    return str(name)


def _kdf_profile(args: argparse.Namespace) -> str:
    return _requested_kdf_profile(args) or "production"


def _warn_if_weak(profile: str | None, io: Io) -> None:
    if profile is not None and not PROFILES[profile].meets_production_floor():
        io.err(WEAK_KDF_WARNING)


def run_init(args: argparse.Namespace, io: Io) -> int:
    layout = _layout(args)
    profile = _kdf_profile(args)
    if vault_exists(layout):
        raise CliError(f"a vault already exists in {layout.data_dir}; nothing was changed", ExitCode.CONFLICT)
    passphrase = read_new_passphrase(io, "New passphrase: ")
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise CliError(f"passphrase refused: {problem}", ExitCode.USAGE)
    _warn_if_weak(profile, io)
    with vault_errors_as_exit_codes(layout):
        vault_ops.create(layout, passphrase, PROFILES[profile])
    if args.json:
        io.json({"data_dir": str(layout.data_dir), "role": "coordinator", "kdf_profile": profile})
    else:
        io.out(f"Created an encrypted vault in {layout.data_dir}.")
        io.out("Keep the passphrase safe: without it nothing in the vault can be recovered.")
    return ExitCode.OK


def run_check(args: argparse.Namespace, io: Io) -> int:
    layout = _layout(args)
    with vault_errors_as_exit_codes(layout):
        if not vault_exists(layout):
            raise no_vault_error(layout)
        passphrase = io.read_secret("Passphrase: ")
        problems = vault_ops.check(layout, passphrase, utcnow)
    if args.json:
        io.json({"data_dir": str(layout.data_dir), "ok": not problems, "problems": problems})
    elif problems:
        io.err(f"The database in {layout.data_dir} is damaged. It was not changed. Problems found:")
        for problem in problems:
            io.err(f"  {problem}")
        io.err("Restore a backup (`outreach restore FILE --replace`) or ask for support.")
    else:
        io.out("The vault's database passed both integrity checks.")
    return ExitCode.DAMAGED if problems else ExitCode.OK


def run_wipe(args: argparse.Namespace, io: Io) -> int:
    layout = _layout(args)
    question = f"Permanently delete the vault in {layout.data_dir}? This cannot be undone."
    if not io.confirm(question, args.yes):
        raise CliError(
            "not confirmed (pass --yes when not on a terminal); nothing was deleted", ExitCode.USAGE
        )
    from outreach_app.cli.sync_cmds import wipe_hooks  # sync (issue 6): revocation

    # Phase one (unlock, read link and credential) happens here, before wipe_vault; the
    # network call itself runs inside wipe_vault only after the key material is destroyed.
    hooks = wipe_hooks(args, io)
    report = vault_ops.wipe(layout, **hooks.kwargs())
    hooks.report(io, report.outside, json_output=args.json)
    if args.json:
        io.json(
            {
                "data_dir": str(layout.data_dir),
                "found_vault": report.found_vault,
                "in_use_by": report.in_use_by,
                "device": hooks.device_state(),
                "outside_files": hooks.outside_state(report.outside),
            }
        )
        return ExitCode.OK
    if not report.found_vault:
        io.out(f"No vault was found in {layout.data_dir}; any leftover files of the app were removed.")
    else:
        io.out(f"The vault in {layout.data_dir} is deleted (its key file was destroyed first).")
    if report.in_use_by is not None:
        io.err(f"Another Outreach process (PID {report.in_use_by}) had it open; it can no longer read it.")
    return ExitCode.OK


def run_backup(args: argparse.Namespace, io: Io) -> int:
    dest: Path = args.file.expanduser().absolute()
    if dest.exists():
        raise CliError(f"{dest} already exists; choose a new file name", ExitCode.CONFLICT)
    if not dest.parent.is_dir():
        raise CliError(f"the folder {dest.parent} does not exist", ExitCode.USAGE)
    session, _ = unlock_with_passphrase(args, io)
    with session, vault_errors_as_exit_codes(session.layout):
        vault_ops.backup(session, dest)
    size = dest.stat().st_size
    if args.json:
        io.json({"file": str(dest), "bytes": size})
    else:
        io.out(f"Wrote an encrypted backup to {dest} ({size} bytes). The vault's passphrase opens it.")
    return ExitCode.OK


def run_restore(args: argparse.Namespace, io: Io) -> int:
    layout = _layout(args)
    src: Path = args.file.expanduser().absolute()
    if not src.is_file():
        raise CliError(f"there is no backup file at {src}", ExitCode.NOT_FOUND)
    if vault_exists(layout):
        if not args.replace:
            raise CliError(
                f"a vault already exists in {layout.data_dir}; pass --replace to replace it",
                ExitCode.CONFLICT,
            )
        question = f"Replace the vault in {layout.data_dir} with the backup? The current vault is destroyed."
        if not io.confirm(question, args.yes):
            raise CliError(
                "not confirmed (pass --yes when not on a terminal); nothing was changed", ExitCode.USAGE
            )
    current = None
    if vault_exists(layout):
        # Only a coordinator may roll the vault back (a backup may hold a removed slot).
        current = io.read_secret("A current coordinator passphrase of the vault being replaced: ")
    passphrase = io.read_secret("Passphrase of the backup: ")
    with vault_errors_as_exit_codes(layout):
        vault_ops.restore(layout, src, passphrase, current, replace=args.replace)
    if args.json:
        io.json({"data_dir": str(layout.data_dir), "restored_from": str(src)})
    else:
        io.out(f"Restored the vault in {layout.data_dir} from {src}.")
    return ExitCode.OK


def run_suggest(args: argparse.Namespace, io: Io) -> int:
    """`outreach passphrase suggest`: a generated passphrase on stdout; the vault is not touched."""
    if not MIN_WORDS <= args.words <= MAX_WORDS:
        raise CliError(f"--words must be between {MIN_WORDS} and {MAX_WORDS}", ExitCode.USAGE)
    suggestion = suggest_passphrase(args.words)
    if args.json:
        bits = round(suggestion_bits(args.words), 1)
        io.json({"passphrase": suggestion, "words": args.words, "bits": bits})
    else:
        io.out(suggestion)
        io.err(
            f"{args.words} words drawn at random from the EFF list ({suggestion_bits(args.words):.0f} bits). "
            "Write it down somewhere safe away from the laptop, then clear the terminal."
        )
    return ExitCode.OK


def run_passphrase(args: argparse.Namespace, io: Io) -> int:
    if getattr(args, "action", None) == "suggest":
        return run_suggest(args, io)
    layout = _layout(args)
    if args.keep and not args.rotate_key:
        raise CliError("--keep only applies with --rotate-key", ExitCode.USAGE)
    # None: keep each slot's cost, or raise a weak (test-profile) slot to the production one.
    profile = _requested_kdf_profile(args)
    kdf = None if profile is None else PROFILES[profile]
    with vault_errors_as_exit_codes(layout):
        slots = vault_ops.slots(layout) if vault_exists(layout) else []
    if not slots:
        raise no_vault_error(layout)
    unknown = sorted(set(args.keep) - {slot_id for slot_id, _ in slots})
    if unknown:
        raise CliError(f"no such slot: {', '.join(unknown)}", ExitCode.NOT_FOUND)
    session, current = unlock_with_passphrase(args, io)
    with session, vault_errors_as_exit_codes(layout):
        new = read_new_passphrase(io)
        problem = passphrase_problem(new, vault_ops.passphrase_names(session))
        if problem is not None:
            raise CliError(f"passphrase refused: {problem}", ExitCode.USAGE)
        _warn_if_weak(profile, io)
        if not args.rotate_key:
            vault_ops.change_passphrase(session, current, new, kdf)
            removed: list[str] = []
        else:
            keep = {slot_id: io.read_secret(f"Passphrase of slot {slot_id}: ") for slot_id in args.keep}
            dropping = [sid for sid, _ in slots if sid != session.slot_id and sid not in keep]
            question = (
                f"Changing the data key removes {len(dropping)} other passphrase(s): {', '.join(dropping)}."
                " Go on?"
            )
            if dropping and not io.confirm(question, args.yes):
                raise CliError(
                    "not confirmed (pass --yes, or --keep SLOT_ID for each slot to keep);"
                    " nothing was changed",
                    ExitCode.USAGE,
                )
            removed = vault_ops.rotate_data_key(session, current, new, keep, kdf)
    if args.json:
        io.json({"rotated": bool(args.rotate_key), "removed_slots": removed})
    else:
        io.out(
            "The passphrase is changed."
            + (" The database now has a new data key." if args.rotate_key else "")
        )
        if removed:
            io.out(
                f"Removed passphrase slots (add them again with `outreach role add`): {', '.join(removed)}"
            )
    return ExitCode.OK
