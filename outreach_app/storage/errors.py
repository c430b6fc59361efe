"""Errors raised by repositories. Messages name record kinds and ids, never record text."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlcipher3 import dbapi2

from outreach_app.storage.connection import StorageError

__all__ = [
    "MissingReferenceError",
    "RecordExistsError",
    "RecordNotFoundError",
    "StorageError",
    "translate_integrity_errors",
]


class RecordExistsError(StorageError):
    """A record with this id is already stored."""


class RecordNotFoundError(StorageError):
    """No record with this id."""


class MissingReferenceError(StorageError):
    """The record refers to an area, shift or person that is not stored."""


@contextlib.contextmanager
def translate_integrity_errors(kind: str, record_id: object) -> Iterator[None]:
    """Turn SQLite constraint failures into our errors (their text names columns, not values)."""
    try:
        yield
    except dbapi2.IntegrityError as exc:
        message = str(exc)
        if "FOREIGN KEY" in message:
            raise MissingReferenceError(f"{kind} {record_id} refers to a record that is not stored") from None
        if "UNIQUE" in message or "PRIMARY KEY" in message:
            raise RecordExistsError(f"{kind} {record_id} is already stored") from None
        raise StorageError(f"{kind} {record_id} could not be stored: {message}") from None
