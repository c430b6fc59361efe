"""services.op_runner: an op's Changes are published before its caller hears the value, and a
failed op publishes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from outreach_app.ops.changes import Changes, Kind, OpResult
from outreach_app.services.changes import ChangeBus
from outreach_app.services.op_runner import run_op
from outreach_app.services.tasks import TaskManager

from .task_waits import settle


class _Session:
    def close(self) -> None:
        pass


@pytest.fixture
def tasks(qtbot: Any) -> Iterator[TaskManager]:
    manager = TaskManager()
    manager.open_session(lambda: _Session())  # type: ignore[arg-type,return-value]
    settle(qtbot, manager)
    yield manager
    manager.shutdown()


def test_the_changes_are_published_before_the_value_is_handed_back(qtbot: Any, tasks: TaskManager) -> None:
    bus = ChangeBus()
    heard: list[object] = []
    bus.changed.connect(heard.append)

    run_op(
        tasks,
        bus,
        lambda _s: OpResult(42, Changes.of(Kind.INCIDENTS, ids=["a"])),
        lambda value: heard.append(("value", value)),
    )
    settle(qtbot, tasks)

    assert heard == [Changes.of(Kind.INCIDENTS, ids=["a"]), ("value", 42)]


def test_a_failed_op_publishes_nothing(qtbot: Any, tasks: TaskManager) -> None:
    bus = ChangeBus()
    heard: list[object] = []
    failures: list[BaseException] = []
    bus.changed.connect(heard.append)

    def op(_s: object) -> OpResult[int]:
        raise ValueError("refused")

    run_op(tasks, bus, op, heard.append, failures.append)
    settle(qtbot, tasks)

    assert heard == []
    assert [str(exc) for exc in failures] == ["refused"]


def test_an_op_that_changed_nothing_publishes_nothing(qtbot: Any, tasks: TaskManager) -> None:
    bus = ChangeBus()
    heard: list[object] = []
    bus.changed.connect(heard.append)

    run_op(tasks, bus, lambda _s: OpResult("same"), lambda value: heard.append(value))
    settle(qtbot, tasks)

    assert heard == ["same"]
