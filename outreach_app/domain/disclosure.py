"""The one disclosure rule for published and exported counts (docs/statistics.md).

Shared by every place that prints counts outside a vault: the coordinator's exports
(reports/, ops/coordinator.py), the charity desk's cross-organisation statistics
(charity/desk_stats.py) and the server's `stats --publish` (server/db/stats.py).

Every export is a set of tables over the same exact counts. Each printed number
is identified by a key (measure + the dimension values it is broken down by), so
the count of contacts in March appears under one key whether it is a cell of a
1-D table or the row total of a 2-D table. The rule is applied once to the union
of all tables of an export, which is what makes it "the same in every table":

1. Primary suppression: an exact count of 1–9 is printed as suppressed.
2. Rounding: every other count is printed rounded to the nearest 5 (0 stays 0);
   totals are computed from the exact values and then rounded, never summed
   from rounded cells.
3. Secondary suppression: every line (the cells of a row or column together
   with that line's total) has either no suppressed entry or at least two.
4. No exact recovery: even an attacker who knew every unsuppressed value
   exactly cannot solve the sums of the tables for any suppressed value (no
   suppressed value is a linear function of the published ones); and no line's
   printed numbers force its hidden entries to their smallest possible value
   (each hidden entry is at least 1, see `pinned_lines`). Steps 3 and 4 add
   suppressions, smallest non-zero count first, until all of this holds.

Zeros are printed as 0 and never chosen for secondary suppression, so a
suppressed entry always stands for a non-zero count.

This module is pure: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

SUPPRESSED_MIN = 1
SUPPRESSED_MAX = 9
ROUNDING_BASE = 5
SUPPRESSED_MARK = "[c]"

# A key names one printed number: the measure and its (dimension, value) pairs, sorted.
Key = tuple[str, tuple[tuple[str, str], ...]]


def make_key(measure: str, **coords: str) -> Key:
    return (measure, tuple(sorted(coords.items())))


def round_to_base(value: int, base: int = ROUNDING_BASE) -> int:
    """Nearest multiple of `base`; an odd base means an integer never ties."""
    if value < 0:
        raise ValueError("counts are never negative")
    return ((value + base // 2) // base) * base


def is_primary(value: int) -> bool:
    return SUPPRESSED_MIN <= value <= SUPPRESSED_MAX


@dataclass(frozen=True)
class Line:
    """One additive constraint: the members sum to the total (a row or column with its total)."""

    total: Key
    members: tuple[Key, ...]

    def entries(self) -> tuple[Key, ...]:
        return (*self.members, self.total)


@dataclass(frozen=True)
class Printed:
    """What the export shows for one key: `value` is None when suppressed."""

    value: int | None

    @property
    def suppressed(self) -> bool:
        return self.value is None

    def text(self) -> str:
        return SUPPRESSED_MARK if self.value is None else str(self.value)


@dataclass(frozen=True)
class Table:
    """Exact counts for one table of an export.

    Attributes:
        title: heading shown above the table.
        measure: what is counted (part of every key).
        row_dim / col_dim: dimension names; `col_dim` None makes a 1-D table.
        rows / cols: labels in display order.
        cells: exact counts by (row, col); a 1-D table uses col "".
        additive: False for counts that do not sum (unique people per month):
            no totals are printed and no lines constrain the cells.
        labels: display text for row/column values that are ids (area ids → names).
    """

    title: str
    measure: str
    row_dim: str
    rows: tuple[str, ...]
    cells: Mapping[tuple[str, str], int]
    col_dim: str | None = None
    cols: tuple[str, ...] = ("",)
    additive: bool = True
    labels: Mapping[str, str] = field(default_factory=dict)

    def label(self, value: str) -> str:
        return self.labels.get(value, value)

    def __post_init__(self) -> None:
        for (row, col), value in self.cells.items():
            if row not in self.rows or col not in self.cols:
                raise ValueError(f"cell ({row!r}, {col!r}) is outside table {self.title!r}")
            if value < 0:
                raise ValueError(f"table {self.title!r} has a negative count")

    @property
    def two_way(self) -> bool:
        return self.col_dim is not None

    def exact(self, row: str, col: str = "") -> int:
        return int(self.cells.get((row, col), 0))

    def cell_key(self, row: str, col: str = "") -> Key:
        if self.col_dim is None:
            return make_key(self.measure, **{self.row_dim: row})
        return make_key(self.measure, **{self.row_dim: row, self.col_dim: col})

    def row_total_key(self, row: str) -> Key:
        return make_key(self.measure, **{self.row_dim: row})

    def col_total_key(self, col: str) -> Key:
        assert self.col_dim is not None
        return make_key(self.measure, **{self.col_dim: col})

    def grand_total_key(self) -> Key:
        return make_key(self.measure)

    def exact_values(self) -> dict[Key, int]:
        """Every key this table prints, with its exact value (totals from exact cells)."""
        values: dict[Key, int] = {}
        for row in self.rows:
            for col in self.cols:
                values[self.cell_key(row, col)] = self.exact(row, col)
        if not self.additive:
            return values
        if self.two_way:
            for row in self.rows:
                values[self.row_total_key(row)] = sum(self.exact(row, c) for c in self.cols)
            for col in self.cols:
                values[self.col_total_key(col)] = sum(self.exact(r, col) for r in self.rows)
        values[self.grand_total_key()] = sum(self.exact(r, c) for r in self.rows for c in self.cols)
        return values

    def lines(self) -> list[Line]:
        if not self.additive:
            return []
        grand = self.grand_total_key()
        if not self.two_way:
            return [Line(grand, tuple(self.cell_key(r) for r in self.rows))]
        out = [Line(self.row_total_key(r), tuple(self.cell_key(r, c) for c in self.cols)) for r in self.rows]
        out += [Line(self.col_total_key(c), tuple(self.cell_key(r, c) for r in self.rows)) for c in self.cols]
        out.append(Line(grand, tuple(self.row_total_key(r) for r in self.rows)))
        out.append(Line(grand, tuple(self.col_total_key(c) for c in self.cols)))
        return out


@dataclass
class DisclosedTable:
    """A table as printed: every entry already suppressed or rounded."""

    table: Table
    printed: dict[Key, Printed] = field(default_factory=dict)

    def cell(self, row: str, col: str = "") -> Printed:
        return self.printed[self.table.cell_key(row, col)]

    def row_total(self, row: str) -> Printed:
        return self.printed[self.table.row_total_key(row)]

    def col_total(self, col: str) -> Printed:
        return self.printed[self.table.col_total_key(col)]

    def grand_total(self) -> Printed:
        return self.printed[self.table.grand_total_key()]


@dataclass
class DisclosedExport:
    tables: list[DisclosedTable]
    suppressed: frozenset[Key]
    lines: tuple[Line, ...]


def disclose(tables: Sequence[Table]) -> DisclosedExport:
    """Apply the disclosure rule to all tables of one export together."""
    exact: dict[Key, int] = {}
    for table in tables:
        for key, value in table.exact_values().items():
            if key in exact and exact[key] != value:
                raise ValueError(f"tables of one export disagree on the exact count for {key}")
            exact[key] = value
    lines = _unique_lines(line for table in tables for line in table.lines())
    suppressed = suppression_pattern(exact, lines)
    out = []
    for table in tables:
        keys = table.exact_values().keys()
        printed = {key: Printed(None if key in suppressed else round_to_base(exact[key])) for key in keys}
        out.append(DisclosedTable(table, printed))
    return DisclosedExport(out, frozenset(suppressed), tuple(lines))


def publish_counts(exact: Mapping[Key, int], lines: Sequence[Line] = ()) -> dict[Key, Printed]:
    """The rule applied to counts that are not laid out as tables (a flat list of keys).

    Without `lines` (nothing printed sums to anything else) this is primary suppression
    and rounding only: exactly what `disclose` does to a table whose counts do not add up."""
    for value in exact.values():
        if value < 0:
            raise ValueError("counts are never negative")
    suppressed = suppression_pattern(exact, _unique_lines(lines))
    return {key: Printed(None if key in suppressed else round_to_base(value)) for key, value in exact.items()}


def suppression_pattern(exact: Mapping[Key, int], lines: Sequence[Line]) -> set[Key]:
    """Primary suppression, then secondary until every line holds 0 or ≥2 and nothing is solvable."""
    suppressed = {key for key, value in exact.items() if is_primary(value)}
    while True:
        changed = _pair_up_lines(exact, lines, suppressed)
        solvable = recoverable_keys(lines, suppressed)
        if solvable:
            _suppress_one_more(exact, lines, suppressed, solvable)
            continue
        pinned = pinned_lines(exact, lines, suppressed)
        if pinned:
            line = pinned[0]
            candidate = _smallest_nonzero_open(exact, line.entries(), suppressed)
            if candidate is None:  # every entry hidden: then the line cannot be pinned (see below)
                raise AssertionError("a pinned line has nothing left to hide")
            suppressed.add(candidate)
            continue
        if not changed:
            return suppressed


def printed_range(value: int) -> tuple[int, int]:
    """What an attacker who knows the rule learns from a printed (unsuppressed) count: its range.

    0 is exact. A printed p ≥ 10 stands for p-2..p+2, except that 8 and 9 would have
    been suppressed, so a printed 10 means 10..12.
    """
    shown = round_to_base(value)
    if shown == 0:
        return (0, 0)
    return (max(shown - ROUNDING_BASE // 2, SUPPRESSED_MAX + 1), shown + ROUNDING_BASE // 2)


def pinned_lines(exact: Mapping[Key, int], lines: Sequence[Line], suppressed: set[Key]) -> list[Line]:
    """Lines whose printed total and entries force every hidden member to exactly 1.

    A hidden entry is never zero, so k hidden members sum to at least k. If the most
    the printed numbers allow for their sum is k, each of them must be 1: exact recovery
    by bounds, which the linear check cannot see. (With the total hidden too, the
    members' sum is not bounded above, so such a line cannot be pinned.)
    """
    out = []
    for line in lines:
        if line.total in suppressed:
            continue
        hidden = [k for k in line.members if k in suppressed]
        if not hidden:
            continue
        most = printed_range(exact[line.total])[1] - sum(
            printed_range(exact[k])[0] for k in line.members if k not in suppressed
        )
        if most <= len(hidden):
            out.append(line)
    return out


def _pair_up_lines(exact: Mapping[Key, int], lines: Sequence[Line], suppressed: set[Key]) -> bool:
    """Give every line with exactly one suppressed entry a second one; True if anything changed."""
    changed_any = False
    changed = True
    while changed:
        changed = False
        for line in lines:
            keys = line.entries()
            if sum(1 for k in keys if k in suppressed) != 1:
                continue
            candidate = _smallest_nonzero_open(exact, keys, suppressed)
            if candidate is None:  # cannot happen with non-negative sums; kept as a guard
                raise AssertionError("a line with one suppressed entry has no other non-zero entry")
            suppressed.add(candidate)
            changed = changed_any = True
    return changed_any


def _smallest_nonzero_open(exact: Mapping[Key, int], keys: Iterable[Key], suppressed: set[Key]) -> Key | None:
    open_keys = [k for k in keys if k not in suppressed and exact[k] > 0]
    if not open_keys:
        return None
    # Smallest count hides least information; the key breaks ties so results are deterministic.
    return min(open_keys, key=lambda k: (exact[k], k))


def _suppress_one_more(
    exact: Mapping[Key, int], lines: Sequence[Line], suppressed: set[Key], solvable: set[Key]
) -> None:
    target = min(solvable)
    near = [k for line in lines if target in line.entries() for k in line.entries()]
    candidate = _smallest_nonzero_open(exact, near, suppressed)
    if candidate is None:
        candidate = _smallest_nonzero_open(exact, exact.keys(), suppressed)
    if candidate is None:  # every non-zero entry is hidden; then nothing is solvable (see docs)
        raise AssertionError("suppression cannot hide a solvable value")
    suppressed.add(candidate)


def recoverable_keys(lines: Sequence[Line], suppressed: set[Key]) -> set[Key]:
    """Suppressed keys whose value follows from the line sums if every other value were known exactly.

    Each line gives `sum(members) - total = 0`; known entries move to the right-hand
    side, so only the suppressed keys are unknowns. An unknown is determined iff it
    is a pivot of the reduced row echelon form whose row has no free variable.
    """
    unknowns = sorted(suppressed)
    if not unknowns:
        return set()
    index = {key: i for i, key in enumerate(unknowns)}
    matrix: list[list[Fraction]] = []
    for line in lines:
        row = [Fraction(0)] * len(unknowns)
        touched = False
        for key in line.members:
            if key in index:
                row[index[key]] += 1
                touched = True
        if line.total in index:
            row[index[line.total]] -= 1
            touched = True
        if touched:
            matrix.append(row)
    pivots = _reduce(matrix, len(unknowns))
    pivot_cols = {col for col, _ in pivots}
    determined = set()
    for col, row_index in pivots:
        row = matrix[row_index]
        if all(row[c] == 0 for c in range(len(unknowns)) if c not in pivot_cols):
            determined.add(unknowns[col])
    return determined


def _reduce(matrix: list[list[Fraction]], width: int) -> list[tuple[int, int]]:
    """Reduced row echelon form in place; returns (pivot column, row) pairs."""
    pivots: list[tuple[int, int]] = []
    row_index = 0
    for col in range(width):
        pivot = next((r for r in range(row_index, len(matrix)) if matrix[r][col] != 0), None)
        if pivot is None:
            continue
        matrix[row_index], matrix[pivot] = matrix[pivot], matrix[row_index]
        lead = matrix[row_index][col]
        matrix[row_index] = [v / lead for v in matrix[row_index]]
        for r in range(len(matrix)):
            if r != row_index and matrix[r][col] != 0:
                factor = matrix[r][col]
                matrix[r] = [a - factor * b for a, b in zip(matrix[r], matrix[row_index], strict=True)]
        pivots.append((col, row_index))
        row_index += 1
        if row_index == len(matrix):
            break
    return pivots


def _unique_lines(lines: Iterable[Line]) -> list[Line]:
    seen: set[tuple[Key, frozenset[Key]]] = set()
    out: list[Line] = []
    for line in lines:
        ident = (line.total, frozenset(line.members))
        if ident not in seen:
            seen.add(ident)
            out.append(line)
    return out
