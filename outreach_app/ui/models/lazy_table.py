"""Table models that hold only row keys and fetch row data in blocks, off the GUI thread.

A list of a million contacts must open as fast as a list of a thousand and must not hold a
million records in memory. So a model keeps just the ordered row keys (a compact array) and
a small LRU cache of row blocks:

- `reload()` runs in two phases on the DB thread: first the first block of keys *and* its
  rows (so the view paints at once, whatever the total), then the full key list, whose
  extra rows are appended with `beginInsertRows`. A change broadcast calls `refresh()`,
  which fetches the keys once and keeps the view where it was when they did not change.
- `data()` for a row whose block is not cached asks the DB thread for that block and
  answers with a placeholder; the block arrives later and `dataChanged` repaints it.
- `clear()` drops every key and row (lock); a reload or block result that was already in
  flight is ignored, because each reload bumps a generation the callbacks check.

Subclasses say how to list keys and load rows (functions run on the DB thread, given the
`VaultSession`) and how to show a row.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from outreach_app.services.tasks import TaskManager

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex

PLACEHOLDER = "…"
DEFAULT_BLOCK_SIZE = 200
DEFAULT_MAX_BLOCKS = 40  # 8 000 rows cached: several screens either side of the view


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


class LazyTableModel(QAbstractTableModel, Generic[Row]):
    """Ordered row keys in memory, row data fetched in blocks on demand.

    Subclasses implement `list_keys`, `load_rows` and `columns`.

    Attributes:
        query: what the current listing shows (filters/search); opaque to this class.
        block_fetches: how many row blocks were requested since the last reload (tests and
            the benchmark check that opening a huge list fetches only what is shown).

    Signals:
        loading_changed(bool): a reload started (True) or finished (False).
        reloaded(int): the full key list arrived; carries the row count.
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
        self._keys: Sequence[Any] = ()
        self._blocks: OrderedDict[int, list[Row | None]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        self._loading = False
        self._columns: list[Column[Row]] = self.columns()
        self.query: Any = None
        self.block_fetches = 0

    # ----- subclass hooks (list_keys/load_rows run on the DB thread) ---------------------------

    def columns(self) -> list[Column[Row]]:
        raise NotImplementedError

    def list_keys(self, session: Any, query: Any, limit: int | None) -> Sequence[Any]:
        """Ordered keys of the rows `query` selects, at most `limit` of them (None: all).

        Return a compact sequence (e.g. `array('q')`) for big tables: it is kept in memory.
        """
        raise NotImplementedError

    def load_rows(self, session: Any, keys: Sequence[Any]) -> list[Row | None]:
        """The rows for `keys`, in the same order (None where a row has gone)."""
        raise NotImplementedError

    # ----- public API -------------------------------------------------------------------------

    @property
    def block_size(self) -> int:
        return self._block_size

    @property
    def is_loading(self) -> bool:
        return self._loading

    def set_query(self, query: Any) -> None:
        """Show the rows `query` selects (from the top)."""
        self.query = query
        self.reload()

    def reload(self) -> None:
        """List from scratch: paint the first block at once, then learn the full list."""
        generation = self._next_generation()
        query, first = self.query, self._block_size
        self._set_loading(True)

        def first_page(session: Any) -> tuple[Sequence[Any], list[Row | None]]:
            keys = self.list_keys(session, query, first + 1)
            return keys, self.load_rows(session, keys[:first])

        self._tasks.run_db(
            first_page,
            lambda result: self._on_first_page(generation, result),
            lambda exc: self._on_failed(generation, exc),
        )

    def refresh(self) -> None:
        """Re-list after a change; when the keys are the same the view keeps its place."""
        if self._loading:
            self.reload()  # a listing is in flight with stale data: start it again
            return
        generation = self._next_generation(keep_rows=True)
        query = self.query
        self._set_loading(True)
        self._tasks.run_db(
            lambda session: self.list_keys(session, query, None),
            lambda keys: self._on_refreshed(generation, keys),
            lambda exc: self._on_failed(generation, exc),
        )

    def clear(self) -> None:
        """Drop every key and row (lock). Results already in flight are ignored."""
        self._generation += 1
        self.beginResetModel()
        self._keys = ()
        self._blocks.clear()
        self._pending.clear()
        self.endResetModel()
        self._set_loading(False)

    def key_at(self, row: int) -> Any:
        return self._keys[row]

    def row_of_key(self, key: Any) -> int:
        """The row showing `key`, or -1 (a linear scan: for occasional use)."""
        try:
            return self._keys.index(key)
        except ValueError:
            return -1

    def row_object(self, row: int) -> Row | None:
        """The loaded row at `row`, or None when its block is not cached (it is then requested)."""
        block = self._blocks.get(row // self._block_size)
        if block is None:
            if 0 <= row < len(self._keys):
                self._request_block(row // self._block_size)
            return None
        offset = row % self._block_size
        return block[offset] if offset < len(block) else None

    def cached_rows(self) -> int:
        """How many rows are held in memory (tests and the benchmark)."""
        return sum(len(block) for block in self._blocks.values())

    # ----- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return column.accessible or column.title
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._keys) and 0 <= column < len(self._columns)):
            return None
        block_no = row // self._block_size
        block = self._blocks.get(block_no)
        if block is None:
            self._request_block(block_no)
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        self._blocks.move_to_end(block_no)
        offset = row % self._block_size
        item = block[offset] if offset < len(block) else None
        if item is None:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        return self._columns[column].text(item)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # ----- internals --------------------------------------------------------------------------

    def _next_generation(self, *, keep_rows: bool = False) -> int:
        self._generation += 1
        self._pending.clear()  # answers to older requests are ignored; ask again if needed
        if not keep_rows:
            self.block_fetches = 0
        return self._generation

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _on_first_page(self, generation: int, result: tuple[Sequence[Any], list[Row | None]]) -> None:
        if generation != self._generation:
            return
        keys, rows = result
        more = len(keys) > self._block_size
        self.beginResetModel()
        self._keys = keys[: self._block_size]
        self._blocks.clear()
        self._pending.clear()
        if len(self._keys):
            self._blocks[0] = list(rows)
        self.endResetModel()
        if not more:
            self._set_loading(False)
            self.reloaded.emit(len(self._keys))
            return
        query = self.query
        self._tasks.run_db(
            lambda session: self.list_keys(session, query, None),
            lambda all_keys: self._on_all_keys(generation, all_keys),
            lambda exc: self._on_failed(generation, exc),
        )

    def _on_all_keys(self, generation: int, keys: Sequence[Any]) -> None:
        if generation != self._generation:
            return
        shown = len(self._keys)
        if shown == 0 or (len(keys) >= shown and keys[:shown] == self._keys):
            if len(keys) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(keys) - 1)
                self._keys = keys
                self.endInsertRows()
        else:  # the data changed between the two phases: show the new list from the top
            self.beginResetModel()
            self._keys = keys
            self._blocks.clear()
            self.endResetModel()
        self._set_loading(False)
        self.reloaded.emit(len(self._keys))

    def _on_refreshed(self, generation: int, keys: Sequence[Any]) -> None:
        if generation != self._generation:
            return
        if len(keys) == len(self._keys) and keys == self._keys:
            # Same rows: let the visible ones refetch their (possibly edited) data in place.
            self._blocks.clear()
            if len(self._keys):
                last = self.index(len(self._keys) - 1, len(self._columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        else:
            self.beginResetModel()
            self._keys = keys
            self._blocks.clear()
            self.endResetModel()
        self._set_loading(False)
        self.reloaded.emit(len(self._keys))

    def _request_block(self, block_no: int) -> None:
        if block_no in self._pending:
            return
        self._pending.add(block_no)
        self.block_fetches += 1
        generation = self._generation
        start = block_no * self._block_size
        keys = self._keys[start : start + self._block_size]
        self._tasks.run_db(
            lambda session: self.load_rows(session, keys),
            lambda rows: self._on_block(generation, block_no, rows),
            lambda exc: self._on_failed(generation, exc),
        )

    def _on_block(self, generation: int, block_no: int, rows: list[Row | None]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(block_no)
        start = block_no * self._block_size
        if start >= len(self._keys):
            return
        self._blocks[block_no] = list(rows)
        while len(self._blocks) > self._max_blocks:
            self._blocks.popitem(last=False)
        end = min(start + len(rows), len(self._keys)) - 1
        if end >= start:
            self.dataChanged.emit(self.index(start, 0), self.index(end, len(self._columns) - 1))

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self.load_failed.emit(exc)
