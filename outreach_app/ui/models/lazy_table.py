"""Table models that know only how many rows there are and fetch rows in blocks, off the GUI thread.

A list of a million contacts must open as fast as a list of a thousand and must not hold a
million records (or even a million ids) in memory. So a model keeps the row count and a
small LRU cache of row blocks; a block is one window of the store's listing:

- `reload()` runs in two phases on the DB thread: first the first block (so the view paints
  at once, whatever the total), then the count, whose extra rows are appended with
  `beginInsertRows` (the scroll bar then covers the whole list).
- `data()` for a row whose block is not cached asks the DB thread for that block and
  answers with a placeholder; the block arrives later and `dataChanged` repaints it.
- `refresh()` (after a change broadcast) counts again; when the count did not change the
  view keeps its place and visible rows are refetched, otherwise the model resets.
- `clear()` drops every row (lock); a listing or block already in flight is ignored,
  because each reload bumps a generation the callbacks check.
- Deep blocks by key: the first `OFFSET_BLOCKS` blocks are `LIMIT/OFFSET` windows (walking a
  few thousand rows is cheap), but an offset deep in a million rows walks every row before
  it. So when a subclass's store can say where each block starts (`block_bounds`: the sort
  key of rows 0, block_size, 2·block_size, … in one pass), the first deep request asks for
  those bounds once per listing, and every deep block is then "`block_size` rows from that
  key" (`load_block_from`): row 1,000,000 costs what row 0 costs. Opening the list and
  scrolling near the top, where workers spend their time, never pay for the pass.

Subclasses say how to count and load a block (functions run on the DB thread, given the
`VaultSession`), what a row's key is, and how a row shows.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Literal, TypedDict, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from outreach_app.services.tasks import TaskManager
from outreach_app.ui.models.qt_types import AnyIndex, ItemData

if TYPE_CHECKING:
    from outreach_app.ops.session import VaultSession
from outreach_app.ui.plain_text import plain_tooltip

Row = TypeVar("Row")
Query = TypeVar("Query")

PLACEHOLDER = "…"
DEFAULT_BLOCK_SIZE = 200
DEFAULT_MAX_BLOCKS = 40  # 8 000 rows cached: several screens either side of the view
OFFSET_BLOCKS = 10  # blocks nearer the top than this are OFFSET windows; deeper ones go by key

# Looked up once: the view asks `data` about ten roles per visible cell on every paint, and
# comparing with `Qt.ItemDataRole.X` resolves the enum member each time (about 1 us a call,
# a third of a paint's Python time at 1M contacts; benchmarks/bench_page_search.py).
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_TEXT_ROLES = frozenset({_DISPLAY, _TOOLTIP, Qt.ItemDataRole.AccessibleTextRole})
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class BlockSizes(TypedDict, total=False):
    """The sizing keywords of `LazyTableModel` (subclasses pass them through)."""

    block_size: int
    max_blocks: int


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its (translated) title and how a row shows in it.

    Attributes:
        title: header text, already translated.
        text: the cell text for a row (runs on the GUI thread; keep it cheap).
        accessible: a longer description for screen readers (defaults to the title).
    """

    title: str
    text: Callable[[Row], str]
    accessible: str = ""


class LazyTableModel(QAbstractTableModel, Generic[Row, Query]):
    """A row count in memory, row data fetched in blocks on demand.

    Subclasses implement `columns`, `count_rows`, `load_block` and `row_key`.

    Attributes:
        query: what the current listing shows (filters/search); opaque to this class and
            handed to the hooks on the DB thread, so it must not be mutated afterwards.
        block_fetches: blocks requested since the last reload (tests and the benchmark
            check that opening a huge list fetches only what is shown).

    Signals:
        loading_changed(bool): a reload started (True) or finished (False).
        reloaded(int): the count is known; carries the row count.
        load_failed(object): listing or a block failed; carries the exception (never shown
            verbatim: it may hold record text).
    """

    loading_changed = Signal(bool)
    reloaded = Signal(int)
    load_failed = Signal(object)

    def __init__(
        self,
        tasks: TaskManager,
        parent: QObject | None = None,
        *,
        block_size: int = DEFAULT_BLOCK_SIZE,
        max_blocks: int = DEFAULT_MAX_BLOCKS,
    ) -> None:
        super().__init__(parent)
        if block_size < 1 or max_blocks < 1:
            raise ValueError("block_size and max_blocks must be positive")
        self._tasks = tasks
        self._block_size = block_size
        self._max_blocks = max_blocks
        self._rows = 0
        self._blocks: OrderedDict[int, list[Row]] = OrderedDict()
        self._pending: set[int] = set()
        # Block start keys of this generation's listing, once asked ("ready"); "refused" when
        # the store gave none (or they no longer fit the count): deep blocks then use offsets.
        self._bounds: Sequence[int] = ()
        self._bounds_state: Literal["unasked", "asked", "ready", "refused"] = "unasked"
        self._awaiting_bounds: set[int] = set()  # deep blocks asked for before the bounds came
        self._bounds_epoch = 0  # bumped whenever the bounds are forgotten: older answers are ignored
        self._generation = 0
        self._loading = False
        self._columns: list[Column[Row]] = self.columns()
        self.query: Query | None = None
        self.block_fetches = 0

    # ----- subclass hooks (count_rows/load_block run on the DB thread) -------------------------

    def columns(self) -> list[Column[Row]]:
        raise NotImplementedError

    def count_rows(self, session: VaultSession, query: Query | None) -> int:
        """How many rows `query` selects."""
        raise NotImplementedError

    def load_block(
        self, session: VaultSession, query: Query | None, offset: int, limit: int
    ) -> Sequence[Row]:
        """Rows `offset` to `offset + limit` of the listing `query` selects, in order."""
        raise NotImplementedError

    def row_key(self, row: Row) -> Hashable:
        """The record id a row shows (for selection and detail views)."""
        raise NotImplementedError

    def block_bounds(
        self, session: VaultSession, query: Query | None, block_size: int
    ) -> tuple[int, Sequence[int]] | None:
        """When the store can tell: (row count, the sort key each block of `block_size` rows
        starts at, in listing order). None (the default): deep blocks are offset windows."""
        return None

    def load_block_from(
        self, session: VaultSession, query: Query | None, start: int, limit: int
    ) -> Sequence[Row]:
        """`limit` rows of `query` from the row whose sort key is `start` (a bound given by
        `block_bounds`), in order. Only called when `block_bounds` gave bounds."""
        raise NotImplementedError

    # ----- public API -------------------------------------------------------------------------

    @property
    def block_size(self) -> int:
        return self._block_size

    @property
    def is_loading(self) -> bool:
        return self._loading

    def set_query(self, query: Query) -> None:
        """Show the rows `query` selects (from the top)."""
        self.query = query
        self.reload()

    def reload(self) -> None:
        """List from scratch: paint the first block at once, then learn the full count."""
        generation = self._next_generation(reset_counter=True)
        query, first = self.query, self._block_size
        self._set_loading(True)
        self._tasks.run_db(
            lambda session: self.load_block(session, query, 0, first),
            lambda rows: self._on_first_block(generation, rows),
            lambda exc: self._on_failed(generation, exc),
        )

    def refresh(self) -> None:
        """Count again after a change; with the same count the view keeps its place."""
        if self._loading:
            self.reload()  # a listing with stale data is in flight: start again
            return
        generation = self._next_generation()
        query = self.query
        self._set_loading(True)
        self._tasks.run_db(
            lambda session: self.count_rows(session, query),
            lambda count: self._on_refreshed(generation, count),
            lambda exc: self._on_failed(generation, exc),
        )

    def clear(self) -> None:
        """Drop every row (lock). Results already in flight are ignored."""
        self._next_generation()
        self.beginResetModel()
        self._rows = 0
        self._blocks.clear()
        self.endResetModel()
        self._set_loading(False)

    def row_object(self, row: int) -> Row | None:
        """The loaded row at `row`, or None when its block is not cached (it is then requested)."""
        if not 0 <= row < self._rows:
            return None
        block_no, offset = divmod(row, self._block_size)
        block = self._blocks.get(block_no)
        if block is None:
            self._request_block(block_no)
            return None
        return block[offset] if offset < len(block) else None

    def key_at(self, row: int) -> Hashable | None:
        """The record id at `row`, or None when that row is not loaded."""
        item = self.row_object(row)
        return None if item is None else self.row_key(item)

    def row_of_key(self, key: Hashable) -> int:
        """The row showing `key` among the cached rows, or -1."""
        for block_no, block in self._blocks.items():
            for offset, item in enumerate(block):
                if self.row_key(item) == key:
                    return block_no * self._block_size + offset
        return -1

    def cached_rows(self) -> int:
        """How many rows are held in memory (tests and the benchmark)."""
        return sum(len(block) for block in self._blocks.values())

    # ----- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> ItemData:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return column.accessible or column.title
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> ItemData:
        if role not in _TEXT_ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self._rows and 0 <= column < len(self._columns)):
            return None
        block_no, offset = divmod(row, self._block_size)
        block = self._blocks.get(block_no)
        if block is None:
            self._request_block(block_no)
            return PLACEHOLDER if role == _DISPLAY else None
        self._blocks.move_to_end(block_no)
        if offset >= len(block):  # the listing shrank since the count; a refresh follows
            return "" if role == _DISPLAY else None
        text = self._columns[column].text(block[offset])
        if role == _TOOLTIP and isinstance(text, str):
            return plain_tooltip(text)  # record text: a tooltip would render markup in it
        return text

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    # ----- internals --------------------------------------------------------------------------

    def _next_generation(self, *, reset_counter: bool = False) -> int:
        self._generation += 1
        self._pending.clear()  # answers to older requests are ignored; ask again if needed
        self._forget_bounds()  # the rows may have moved: the bounds are asked again when needed
        if reset_counter:
            self.block_fetches = 0
        return self._generation

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _on_first_block(self, generation: int, rows: Sequence[Row]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._blocks.clear()
        self._pending.clear()
        self._forget_bounds()
        self._rows = len(rows)
        if rows:
            self._blocks[0] = list(rows)
        self.endResetModel()
        if len(rows) < self._block_size:  # everything is here: no need to count
            self._set_loading(False)
            self.reloaded.emit(self._rows)
            return
        query = self.query
        self._tasks.run_db(
            lambda session: self.count_rows(session, query),
            lambda count: self._on_counted(generation, count),
            lambda exc: self._on_failed(generation, exc),
        )

    def _on_counted(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return
        if count > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, count - 1)
            self._rows = count
            self.endInsertRows()
        elif count < self._rows:  # rows went between the two phases
            self._reset_to(count)
        self._set_loading(False)
        self.reloaded.emit(self._rows)

    def _on_refreshed(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return
        if count == self._rows:
            # Same size: visible rows refetch their (possibly edited) data in place.
            self._blocks.clear()
            if count:
                last = self.index(count - 1, len(self._columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        else:
            self._reset_to(count)
        self._set_loading(False)
        self.reloaded.emit(self._rows)

    def _reset_to(self, count: int) -> None:
        self.beginResetModel()
        self._rows = count
        self._blocks.clear()
        self._pending.clear()
        self._forget_bounds()
        self.endResetModel()

    def _forget_bounds(self) -> None:
        self._bounds = ()
        self._bounds_state = "unasked"
        self._awaiting_bounds.clear()
        self._bounds_epoch += 1

    def _request_block(self, block_no: int) -> None:
        if block_no in self._pending:
            return
        self._pending.add(block_no)
        self.block_fetches += 1
        if block_no >= OFFSET_BLOCKS and self._bounds_state in ("unasked", "asked"):
            self._awaiting_bounds.add(block_no)  # fetched when the bounds arrive
            if self._bounds_state == "unasked":
                self._ask_bounds()
            return
        self._fetch_block(block_no)

    def _ask_bounds(self) -> None:
        self._bounds_state = "asked"
        epoch, query, size = self._bounds_epoch, self.query, self._block_size
        self._tasks.run_db(
            lambda session: self.block_bounds(session, query, size),
            lambda found: self._on_bounds(epoch, found),
            lambda _exc: self._on_bounds(epoch, None),  # the offset fetch then reports a lasting fault
        )

    def _on_bounds(self, epoch: int, found: tuple[int, Sequence[int]] | None) -> None:
        if epoch != self._bounds_epoch:
            return
        blocks = -(-self._rows // self._block_size)
        if found is not None and found[0] == self._rows and len(found[1]) == blocks:
            self._bounds, self._bounds_state = found[1], "ready"
        else:  # no bounds, or the listing changed since the count (a refresh follows)
            self._bounds_state = "refused"
        waiting = sorted(self._awaiting_bounds)
        self._awaiting_bounds.clear()
        for block_no in waiting:
            if block_no in self._pending:
                self._fetch_block(block_no)

    def _fetch_block(self, block_no: int) -> None:
        generation, query, size = self._generation, self.query, self._block_size
        if self._bounds_state == "ready" and block_no < len(self._bounds):
            start = self._bounds[block_no]
            load = lambda session: self.load_block_from(session, query, start, size)  # noqa: E731
        else:
            load = lambda session: self.load_block(session, query, block_no * size, size)  # noqa: E731
        self._tasks.run_db(
            load,
            lambda rows: self._on_block(generation, block_no, rows),
            lambda exc: self._on_failed(generation, exc),
        )

    def _on_block(self, generation: int, block_no: int, rows: Sequence[Row]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(block_no)
        start = block_no * self._block_size
        if start >= self._rows:
            return
        self._blocks[block_no] = list(rows)
        while len(self._blocks) > self._max_blocks:
            self._blocks.popitem(last=False)
        end = min(start + self._block_size, self._rows) - 1
        self.dataChanged.emit(self.index(start, 0), self.index(end, len(self._columns) - 1))

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self.load_failed.emit(exc)
