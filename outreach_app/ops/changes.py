"""What an operation changed, so views decide for themselves whether to refresh.

Code that changes data never calls into screens: an op returns `Changes` with its result,
the app's task manager publishes them on the change bus, and each page checks whether a
kind it shows is in them. Qt-free, so ops and the CLI can use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar


class Kind(StrEnum):
    """The kinds of data a page may show (and so listen for)."""

    CONTACTS = "contacts"
    PEOPLE = "people"
    INCIDENTS = "incidents"
    SHIFTS = "shifts"
    AREAS = "areas"
    OUTBOX = "outbox"
    ALERTS = "alerts"
    SETTINGS = "settings"
    SYNC = "sync"
    OUTSIDE_FILES = "outside_files"  # a file was written outside the vault (quick delete's list)


ALL_KINDS = frozenset(Kind)


@dataclass(frozen=True)
class Changes:
    """What changed: the kinds of data, and record ids when known (empty = "some of them")."""

    kinds: frozenset[Kind] = field(default_factory=frozenset)
    ids: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *kinds: Kind, ids: Iterable[object] = ()) -> Changes:
        return cls(frozenset(Kind(k) for k in kinds), frozenset(str(i) for i in ids))

    @classmethod
    def none(cls) -> Changes:
        return cls()

    def touches(self, *kinds: Kind) -> bool:
        """True if any of `kinds` changed."""
        return not self.kinds.isdisjoint(Kind(k) for k in kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.ids | other.ids)


T = TypeVar("T")


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """An op's value and what it changed."""

    value: T
    changes: Changes = field(default_factory=Changes)
