"""TaskManager: order on the DB thread, hand-back on the GUI thread, dropped after lock."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from outreach_app.services.changes import ChangeBus, Changes
from outreach_app.services.tasks import NoSessionError, TaskManager


class FakeSession:
    """Only what run_db hands to operations; the real vault session is tested elsewhere."""

    def __init__(self) -> None:
        self.closed_on: str | None = None

    def close(self) -> None:
        self.closed_on = threading.current_thread().name


@pytest.fixture
def tasks(qtbot: Any):
    manager = TaskManager()
    yield manager
    manager.shutdown()


def _wait_done(qtbot: Any, tasks: TaskManager) -> None:
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=5000)


def test_db_operations_run_in_order_on_one_thread_and_results_come_back_on_gui(qtbot, tasks) -> None:
    tasks.open_session(lambda: FakeSession())  # type: ignore[arg-type,return-value]
    seen: list[tuple[int, str]] = []
    results: list[int] = []

    def record(index: int) -> int:
        seen.append((index, threading.current_thread().name))
        return index

    for index in range(50):
        tasks.run_db(lambda _s, i=index: record(i), results.append)
    _wait_done(qtbot, tasks)
    assert [i for i, _ in seen] == list(range(50))
    assert {name for _, name in seen} == {seen[0][1]}
    assert seen[0][1].startswith("outreach-db")
    assert results == list(range(50))


def test_callbacks_run_on_the_gui_thread(qtbot, tasks) -> None:
    gui = threading.current_thread()
    where: list[threading.Thread] = []
    tasks.run_net(lambda: 1, lambda _v: where.append(threading.current_thread()))
    tasks.run_cpu(lambda: 2, lambda _v: where.append(threading.current_thread()))
    _wait_done(qtbot, tasks)
    assert where == [gui, gui]


def test_failure_goes_to_on_failure_or_the_task_failed_signal(qtbot, tasks) -> None:
    errors: list[BaseException] = []
    tasks.run_cpu(lambda: 1 / 0, on_failure=errors.append)
    _wait_done(qtbot, tasks)
    assert isinstance(errors[0], ZeroDivisionError)
    with qtbot.waitSignal(tasks.task_failed) as blocker:
        tasks.run_net(lambda: [][1])
    assert isinstance(blocker.args[0], IndexError)


def test_db_operation_without_session_fails_clearly(qtbot, tasks) -> None:
    errors: list[BaseException] = []
    tasks.run_db(lambda s: s, on_failure=errors.append)
    _wait_done(qtbot, tasks)
    assert isinstance(errors[0], NoSessionError)


def test_callbacks_submitted_before_lock_are_dropped(qtbot, tasks) -> None:
    tasks.open_session(lambda: FakeSession())  # type: ignore[arg-type,return-value]
    gate = threading.Event()
    delivered: list[str] = []
    tasks.run_db(lambda _s: gate.wait(5) and "old", delivered.append)
    tasks.begin_lock()
    gate.set()
    assert tasks.wait_idle(5)
    _wait_done(qtbot, tasks)
    assert delivered == []
    tasks.run_db(lambda _s: "new", delivered.append)
    _wait_done(qtbot, tasks)
    assert delivered == ["new"]


def test_close_session_waits_for_queued_writes_and_closes_on_db_thread(qtbot, tasks) -> None:
    session = FakeSession()
    tasks.open_session(lambda: session)  # type: ignore[arg-type,return-value]
    gate = threading.Event()
    written: list[str] = []
    tasks.run_db(lambda _s: gate.wait(5) and written.append("draft"))
    threading.Timer(0.05, gate.set).start()
    tasks.close_session()
    assert written == ["draft"]
    assert session.closed_on is not None and session.closed_on.startswith("outreach-db")
    assert tasks.session is None
    _wait_done(qtbot, tasks)


def test_change_bus_carries_kinds_and_ids(qtbot) -> None:
    bus = ChangeBus()
    with qtbot.waitSignal(bus.changed) as blocker:
        bus.publish(Changes.of("contacts", ids=["c1"]) | Changes.of("people"))
    change = blocker.args[0]
    assert change.kinds == frozenset({"contacts", "people"})
    assert change.ids == frozenset({"c1"})
    assert change.touches("people") and not change.touches("alerts")
    with qtbot.assertNotEmitted(bus.changed):
        bus.publish(Changes.of())


def test_a_session_opened_after_a_lock_began_is_closed_not_adopted(qtbot, tasks) -> None:
    session = FakeSession()
    gate = threading.Event()
    errors: list[BaseException] = []

    def slow_unlock() -> FakeSession:
        gate.wait(5)  # the KDF is running …
        return session

    tasks.open_session(slow_unlock, on_failure=errors.append)  # type: ignore[arg-type]
    tasks.begin_lock()  # … when the panic key is pressed
    gate.set()
    assert tasks.wait_idle(5)
    assert tasks.session is None
    assert session.closed_on is not None
    _wait_done(qtbot, tasks)
    assert errors == []  # its callbacks belong to the time before the lock: dropped
