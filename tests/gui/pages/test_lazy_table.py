"""LazyTableModel: keys only in memory, rows fetched by block, nothing kept after clear()."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from outreach_app.services.tasks import TaskManager
from outreach_app.ui.models.lazy_table import PLACEHOLDER, Column, LazyTableModel

from .conftest import settle


class NumbersModel(LazyTableModel[tuple[int, str], str]):
    """Rows are (n, "row n") for n in a range; records which thread did the work."""

    def __init__(self, tasks: TaskManager, total: int, **kwargs: Any) -> None:
        self.total = total
        self.loaded: list[int] = []
        self.threads: set[str] = set()
        super().__init__(tasks, **kwargs)

    def columns(self) -> list[Column[tuple[int, str]]]:
        return [Column("n", lambda row: str(row[0])), Column("label", lambda row: row[1])]

    def _numbers(self, query: Any) -> range:
        return range(self.total - 1, -1, -1) if query == "desc" else range(self.total)

    def count_rows(self, session: Any, query: Any) -> int:
        self.threads.add(threading.current_thread().name)
        return self.total

    def load_block(self, session: Any, query: Any, offset: int, limit: int) -> Sequence[tuple[int, str]]:
        self.threads.add(threading.current_thread().name)
        numbers = self._numbers(query)[offset : offset + limit]
        self.loaded.extend(numbers)
        return [(n, f"row {n}") for n in numbers]

    def row_key(self, row: tuple[int, str]) -> int:
        return row[0]


def test_model_passes_qtmodeltester_through_reload_growth_refresh_and_clear(
    qtbot, qtmodeltester, tasks
) -> None:
    model = NumbersModel(tasks, 1_000, block_size=64)
    qtmodeltester.check(model)
    model.reload()
    settle(qtbot, tasks)
    assert model.rowCount() == 1_000
    model.total = 900
    model.refresh()
    settle(qtbot, tasks)
    assert model.rowCount() == 900
    model.set_query("desc")
    settle(qtbot, tasks)
    assert model.key_at(0) == 899
    model.clear()
    assert model.rowCount() == 0


def test_hundred_thousand_rows_fetch_only_the_visible_block(qtbot, tasks) -> None:
    model = NumbersModel(tasks, 100_000, block_size=200)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.setModel(model)
    view.show()
    model.reload()
    settle(qtbot, tasks)
    qtbot.wait(10)
    settle(qtbot, tasks)

    assert model.rowCount() == 100_000
    assert model.cached_rows() == 200
    assert len(model.loaded) == 200  # only the first block's rows were ever loaded
    assert model.data(model.index(0, 1)) == "row 0"
    assert {name[:12] for name in model.threads} == {"outreach-db_"}


def test_scrolling_far_requests_that_block_and_shows_a_placeholder_until_it_arrives(qtbot, tasks) -> None:
    model = NumbersModel(tasks, 100_000, block_size=100)
    model.reload()
    settle(qtbot, tasks)
    before = model.block_fetches
    index = model.index(54_321, 1)
    assert model.data(index) == PLACEHOLDER
    assert model.data(index) == PLACEHOLDER  # asking twice does not fetch twice
    assert model.block_fetches == before + 1
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as blocker:
        pass
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.row(), bottom.row()) == (54_300, 54_399)
    assert model.data(index) == "row 54321"
    assert model.loaded[-100:] == list(range(54_300, 54_400))


def test_cache_is_bounded(qtbot, tasks) -> None:
    model = NumbersModel(tasks, 10_000, block_size=10, max_blocks=5)
    model.reload()
    settle(qtbot, tasks)
    for row in range(0, 10_000, 10):
        model.data(model.index(row, 0))
    settle(qtbot, tasks)
    assert model.cached_rows() == 50


def test_refresh_with_same_keys_keeps_rows_and_repaints_edited_data(qtbot, tasks) -> None:
    model = NumbersModel(tasks, 500, block_size=50)
    model.reload()
    settle(qtbot, tasks)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.refresh()
    settle(qtbot, tasks)
    assert resets == []
    assert model.rowCount() == 500
    assert model.data(model.index(3, 1)) == PLACEHOLDER  # dropped, refetched on demand
    settle(qtbot, tasks)
    assert model.data(model.index(3, 1)) == "row 3"


def test_clear_drops_everything_and_ignores_results_in_flight(qtbot, tasks) -> None:
    model = NumbersModel(tasks, 5_000, block_size=100)
    model.reload()
    settle(qtbot, tasks)
    model.data(model.index(4_000, 0))  # a block request now in flight
    model.reload()  # and a listing
    model.clear()
    settle(qtbot, tasks)
    assert model.rowCount() == 0
    assert model.cached_rows() == 0
    assert not model.is_loading


def test_header_and_accessible_text(qtbot, tasks) -> None:
    model = NumbersModel(tasks, 3)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "label"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole) == "label"
    assert model.headerData(5, Qt.Orientation.Horizontal) is None


def test_keys_of_loaded_rows_and_lookup(qtbot, tasks) -> None:
    model = NumbersModel(tasks, 1_000, block_size=100)
    model.set_query("desc")
    settle(qtbot, tasks)
    assert model.key_at(0) == 999
    assert model.row_of_key(950) == 49
    assert model.key_at(500) is None  # not loaded yet: requested
    settle(qtbot, tasks)
    assert model.key_at(500) == 499
    assert model.row_of_key(-5) == -1


def test_small_listing_is_complete_without_counting(qtbot, tasks) -> None:
    model = NumbersModel(tasks, 7, block_size=10)
    with qtbot.waitSignal(model.reloaded, timeout=5000) as blocker:
        model.reload()
    assert blocker.args == [7]
    assert model.rowCount() == 7


class KeyedNumbersModel(NumbersModel):
    """NumbersModel (newest first: n descends) whose store gives block start keys; records how
    each block and the bounds were asked for."""

    def __init__(self, tasks: TaskManager, total: int, **kwargs: Any) -> None:
        self.by_offset: list[int] = []
        self.by_key: list[int] = []
        self.bounds_passes = 0
        self.wrong_bounds = False
        super().__init__(tasks, total, **kwargs)

    def _numbers(self, query: Any) -> range:
        return range(self.total - 1, -1, -1)

    def block_bounds(self, session: Any, query: Any, block_size: int) -> tuple[int, Sequence[Any]] | None:
        self.bounds_passes += 1
        bounds = list(self._numbers(query)[::block_size])
        return self.total, (bounds[:-1] if self.wrong_bounds else bounds)

    def load_block(self, session: Any, query: Any, offset: int, limit: int) -> Sequence[tuple[int, str]]:
        self.by_offset.append(offset)
        return super().load_block(session, query, offset, limit)

    def load_block_from(self, session: Any, query: Any, start: Any, limit: int) -> Sequence[tuple[int, str]]:
        self.by_key.append(start)
        numbers = range(start, max(start - limit, -1), -1)
        self.loaded.extend(numbers)
        return [(n, f"row {n}") for n in numbers]


def test_deep_blocks_are_asked_for_by_start_key_after_one_bounds_pass(qtbot, qtmodeltester, tasks) -> None:
    # 30 blocks of 10 rows: the first OFFSET_BLOCKS (10) by offset, the rest by key. Not 30 of
    # 100: the model tester checks every cell of each refresh's dataChanged through Python's
    # rowCount and columnCount (~440,000 calls, 0.6 CPU-s, at 3,000 rows; issue 19), and the
    # blocks' arithmetic is the same at any size.
    model = KeyedNumbersModel(tasks, 300, block_size=10)
    qtmodeltester.check(model)
    model.reload()
    settle(qtbot, tasks)
    assert model.rowCount() == 300
    for row in (15, 99):  # near the top (blocks 1 and 9): offset windows, no bounds pass
        model.data(model.index(row, 0))
    settle(qtbot, tasks)
    assert model.bounds_passes == 0 and model.by_offset == [0, 10, 90]

    assert model.data(model.index(299, 1)) == PLACEHOLDER
    assert model.data(model.index(123, 0)) == PLACEHOLDER
    settle(qtbot, tasks)
    assert model.bounds_passes == 1  # one pass for both deep blocks…
    assert model.by_offset == [0, 10, 90]  # …which walked no rows…
    assert model.by_key == [179, 9]  # …each starting at its key (n descends from 299)
    assert model.data(model.index(299, 1)) == "row 0"
    assert model.data(model.index(123, 0)) == str(300 - 1 - 123)

    model.refresh()  # same count: rows refetched in place; bounds asked again when needed
    settle(qtbot, tasks)
    assert model.data(model.index(299, 1)) == PLACEHOLDER
    settle(qtbot, tasks)
    assert model.bounds_passes == 2 and model.by_key[-1] == 9
    assert model.data(model.index(299, 1)) == "row 0"

    model.clear()
    assert model.rowCount() == 0


def test_bounds_that_do_not_fit_the_count_are_not_used(qtbot, tasks) -> None:
    model = KeyedNumbersModel(tasks, 3_000, block_size=100)
    model.wrong_bounds = True  # one bound short: trusting them would show the wrong rows
    model.reload()
    settle(qtbot, tasks)
    model.data(model.index(2_999, 0))
    settle(qtbot, tasks)
    model.data(model.index(2_050, 0))  # refused once: no second pass, straight to an offset
    settle(qtbot, tasks)
    assert model.bounds_passes == 1 and model.by_key == []
    assert model.by_offset == [0, 2_900, 2_000]
    assert model.data(model.index(2_999, 0)) == "0"


def test_a_new_query_does_not_use_the_previous_listings_bounds(qtbot, tasks) -> None:
    model = KeyedNumbersModel(tasks, 3_000, block_size=100)
    model.reload()
    settle(qtbot, tasks)
    model.data(model.index(2_999, 0))
    settle(qtbot, tasks)
    assert model.bounds_passes == 1
    model.set_query("other")
    settle(qtbot, tasks)
    model.data(model.index(2_999, 0))
    settle(qtbot, tasks)
    assert model.bounds_passes == 2
