"""Checking the audit chain: edits, removals and truncation (pure; no I/O).

`verify_chain` walks the entries in order and reports every place where the
chain does not hold: a recomputed hash that differs (an edited entry), a
previous-hash link or sequence number that does not follow (a removed or
inserted entry). A chain cut off at the end is still internally valid, so
`compare_with_server_head` checks it against the head the server last
acknowledged: the server's entry must still be there, with the same hash.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from outreach_app.storage.repos.audit import GENESIS_HASH, AuditEntry, ChainHead, entry_hash


class ProblemKind(StrEnum):
    EDITED = "edited"
    REMOVED = "removed"
    TRUNCATED = "truncated"
    DIVERGED = "diverged"


@dataclass(frozen=True)
class ChainProblem:
    kind: ProblemKind
    seq: int
    message: str


@dataclass
class ChainReport:
    """The outcome of a verification.

    Attributes:
        entries: how many entries were checked.
        head: the last entry's head, or None for an empty log.
        problems: everything that does not hold; empty means the log is intact.
        server_checked: whether a server head was available to detect truncation.
    """

    entries: int
    head: ChainHead | None
    problems: list[ChainProblem] = field(default_factory=list)
    server_checked: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain(entries: Sequence[AuditEntry], server_head: ChainHead | None = None) -> ChainReport:
    """Check `entries` (ordered by seq) and, when given, against the server's last-known head."""
    problems: list[ChainProblem] = []
    expected_seq = 1
    prev_hash = GENESIS_HASH
    for entry in entries:
        if entry.seq != expected_seq:
            gap = f"{expected_seq}" if entry.seq == expected_seq + 1 else f"{expected_seq}–{entry.seq - 1}"
            kind = ProblemKind.REMOVED if entry.seq > expected_seq else ProblemKind.EDITED
            problems.append(
                ChainProblem(
                    kind,
                    entry.seq,
                    f"entries {gap} are missing before entry {entry.seq}"
                    if entry.seq > expected_seq
                    else f"entry {entry.seq} is out of order",
                )
            )
        elif entry.prev_hash != prev_hash:
            problems.append(
                ChainProblem(
                    ProblemKind.REMOVED, entry.seq, f"entry {entry.seq} does not follow the entry before it"
                )
            )
        recomputed = entry_hash(entry.seq, entry.at, entry.kind, entry.role, entry.detail, entry.prev_hash)
        if recomputed != entry.hash:
            problems.append(ChainProblem(ProblemKind.EDITED, entry.seq, f"entry {entry.seq} was changed"))
        expected_seq = entry.seq + 1
        # Follow the stored hash so one edit is reported once, not at every later entry.
        prev_hash = entry.hash
    head = ChainHead(entries[-1].seq, entries[-1].hash) if entries else None
    report = ChainReport(len(entries), head, problems)
    if server_head is not None:
        report.server_checked = True
        report.problems.extend(compare_with_server_head(entries, server_head))
    return report


def compare_with_server_head(entries: Sequence[AuditEntry], server_head: ChainHead) -> list[ChainProblem]:
    """Problems seen by comparing the local chain with the head the server last acknowledged.

    The server's head must still be present locally with the same hash. A local
    chain that ends before it was truncated; a different hash at that sequence
    number means the history was rewritten since the server saw it.
    """
    if server_head.seq <= 0:
        return []
    local = next((e for e in entries if e.seq == server_head.seq), None)
    last_seq = entries[-1].seq if entries else 0
    if local is None:
        if last_seq < server_head.seq:
            return [
                ChainProblem(
                    ProblemKind.TRUNCATED,
                    server_head.seq,
                    f"the log ends at entry {last_seq} but the server saw entry {server_head.seq}",
                )
            ]
        return [
            ChainProblem(
                ProblemKind.REMOVED,
                server_head.seq,
                f"entry {server_head.seq}, which the server saw, is missing",
            )
        ]
    if local.hash != server_head.hash:
        return [
            ChainProblem(
                ProblemKind.DIVERGED,
                server_head.seq,
                f"entry {server_head.seq} differs from the one the server saw",
            )
        ]
    return []
