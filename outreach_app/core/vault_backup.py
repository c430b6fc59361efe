"""The backup file: one self-contained archive that the vault's passphrase opens.

It is an uncompressed tar (the content is ciphertext, which does not compress)
with exactly three members, in this order:

- `outreach-backup.json`: format, version and the SHA-256 of the two others;
- `vault.key`: the key file (every slot, so every passphrase that opened the vault opens the backup);
- `vault.db`: a SQLCipher copy of the database under the same data key.

Nothing in it is readable without a passphrase. Members carry no owner,
times or modes of the source machine. Reading never uses `extractall`: only
the three expected names are accepted, streamed to paths we choose.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
from pathlib import Path
from typing import IO

from outreach_app.core.vault_errors import BackupInvalidError
from outreach_app.crypto.atomic import PRIVATE_FILE_MODE, open_private_atomic
from outreach_app.crypto.keyfile import MAX_KEY_FILE_BYTES

FORMAT = "outreach-vault-backup"
VERSION = 1
MANIFEST = "outreach-backup.json"
KEY_MEMBER = "vault.key"
DB_MEMBER = "vault.db"
_CHUNK = 1024 * 1024
# The manifest and the key member come first and are each at most MAX_KEY_FILE_BYTES (the
# reader refuses more), so with their tar headers they lie within this many leading bytes:
# overwriting them crypto-erases a backup without rewriting its (large) database member.
KEY_MATERIAL_PREFIX_BYTES = 4 * MAX_KEY_FILE_BYTES


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _neutral_info(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = PRIVATE_FILE_MODE
    info.mtime = 0
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def write_backup_archive(dest: Path, key_file_bytes: bytes, db_copy: Path) -> None:
    """Write the archive atomically to `dest` (mode 0600).

    Args:
        dest: the backup file to create or replace.
        key_file_bytes: the key file exactly as on disk.
        db_copy: an encrypted copy of the database (not the live file).
    """
    if len(key_file_bytes) > MAX_KEY_FILE_BYTES:  # keeps KEY_MATERIAL_PREFIX_BYTES true
        raise ValueError("the key file is too large to back up")
    manifest = json.dumps(
        {
            "format": FORMAT,
            "version": VERSION,
            "sha256": {
                KEY_MEMBER: hashlib.sha256(key_file_bytes).hexdigest(),
                DB_MEMBER: _sha256_file(db_copy),
            },
        },
        sort_keys=True,
    ).encode("utf-8")
    with (
        open_private_atomic(dest) as handle,
        tarfile.open(fileobj=handle, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        tar.addfile(_neutral_info(MANIFEST, len(manifest)), io.BytesIO(manifest))
        tar.addfile(_neutral_info(KEY_MEMBER, len(key_file_bytes)), io.BytesIO(key_file_bytes))
        with db_copy.open("rb") as db_handle:
            tar.addfile(_neutral_info(DB_MEMBER, db_copy.stat().st_size), db_handle)


def _small_member(tar: tarfile.TarFile, info: tarfile.TarInfo) -> bytes:
    if info.size > MAX_KEY_FILE_BYTES:
        raise BackupInvalidError("the backup file is not an Outreach backup (a member is too large)")
    stream = tar.extractfile(info)
    if stream is None:
        raise BackupInvalidError("the backup file is damaged")
    return stream.read()


def _stream_to(stream: IO[bytes], dest: Path) -> str:
    digest = hashlib.sha256()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    with os.fdopen(os.open(dest, flags, PRIVATE_FILE_MODE), "wb") as out:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


def read_backup_archive(src: Path, workdir: Path) -> tuple[bytes, Path]:
    """Check the archive and unpack it.

    Args:
        src: the backup file.
        workdir: an empty private folder; the database copy is written there.

    Returns:
        The key file bytes and the path of the unpacked database copy.

    Raises:
        BackupInvalidError: not our format, members missing or extra, or a checksum mismatch.
    """
    try:
        tar = tarfile.open(src, mode="r:")  # noqa: SIM115 - closed by the `with tar:` below
    except (tarfile.TarError, OSError) as exc:
        raise BackupInvalidError("the file is not an Outreach backup") from exc
    db_path = workdir / DB_MEMBER
    seen: dict[str, str] = {}
    manifest: dict[str, object] | None = None
    key_bytes: bytes | None = None
    try:
        with tar:
            for info in tar:
                if (
                    not info.isreg()
                    or info.name in seen
                    or info.name not in (MANIFEST, KEY_MEMBER, DB_MEMBER)
                ):
                    raise BackupInvalidError("the backup file holds something other than a vault")
                if info.name == MANIFEST:
                    try:
                        loaded = json.loads(_small_member(tar, info).decode("utf-8"))
                    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                        raise BackupInvalidError("the backup's manifest is damaged") from exc
                    if not isinstance(loaded, dict):
                        raise BackupInvalidError("the backup's manifest is damaged")
                    manifest = loaded
                    seen[info.name] = ""
                elif info.name == KEY_MEMBER:
                    key_bytes = _small_member(tar, info)
                    seen[info.name] = hashlib.sha256(key_bytes).hexdigest()
                else:
                    stream = tar.extractfile(info)
                    if stream is None:
                        raise BackupInvalidError("the backup file is damaged")
                    seen[info.name] = _stream_to(stream, db_path)
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise BackupInvalidError("the backup file is truncated or damaged") from exc
    if manifest is None or key_bytes is None or DB_MEMBER not in seen:
        raise BackupInvalidError("the backup file is incomplete")
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise BackupInvalidError("the file is not an Outreach backup of a version this app reads")
    expected = manifest.get("sha256")
    if not isinstance(expected, dict) or any(
        expected.get(name) != seen[name] for name in (KEY_MEMBER, DB_MEMBER)
    ):
        raise BackupInvalidError("the backup file is damaged (checksum mismatch)")
    return key_bytes, db_path
