"""Run an op on the DB thread and publish what it says changed: pages never name the kinds
of data an operation touched (the op knows; `ops.changes`).

The changes are published on the GUI thread before the caller's `on_success` runs, so every
view has heard of them by the time the caller moves on (e.g. the form opening the next step).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from outreach_app.core.vault import VaultSession
    from outreach_app.ops.changes import OpResult
    from outreach_app.services.changes import ChangeBus
    from outreach_app.services.tasks import FailureCallback, TaskManager

T = TypeVar("T")


def run_op(
    tasks: TaskManager,
    bus: ChangeBus,
    op: Callable[[VaultSession], OpResult[T]],
    on_success: Callable[[T], None] | None = None,
    on_failure: FailureCallback | None = None,
) -> None:
    """Queue `op(session)` on the DB writer thread; on success publish its `Changes` on `bus`,
    then hand its value to `on_success`. A failure changes nothing and publishes nothing."""

    def done(result: OpResult[T]) -> None:
        bus.publish(result.changes)
        if on_success is not None:
            on_success(result.value)

    tasks.run_db(op, done, on_failure)
