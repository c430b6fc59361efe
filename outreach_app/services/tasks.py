"""Background work without freezing the window: one DB writer, a network pool, a CPU pool.

The DB worker is a single thread that owns the unlocked `VaultSession` and its one writer
connection: every function given to `run_db` runs there, in submission order, so writes never
race and no SQL ever runs on the GUI thread. Network calls (`run_net`) and CPU-heavy work
such as a KDF (`run_cpu`) use their own pools so a slow server never delays a save.

Results come back on the GUI thread through a queued signal. Operations must not touch
widgets; callbacks may. After `lock` starts (`begin_lock`), callbacks of operations submitted
before it are dropped, so a late result can never refill a page that was just cleared.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from outreach_app.core.vault import VaultSession

T = TypeVar("T")

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]


class NoSessionError(RuntimeError):
    """A DB operation ran while the vault was locked (it was queued before the lock)."""


class UnlockCancelledError(RuntimeError):
    """A lock started while the vault was being unlocked; the new session was closed again."""


@dataclass
class _Outcome:
    generation: int
    callback: Callable[[], None] | None


class TaskManager(QObject):
    """Runs operations off the GUI thread and hands results back to it.

    Signals:
        task_failed(object): an operation failed and its caller gave no `on_failure`;
            carries the exception (the main window shows a generic message — exception
            text may hold record data, so it is never logged).
        idle_changed(bool): True when nothing is queued or awaiting hand-back.
    """

    task_failed = Signal(object)
    idle_changed = Signal(bool)
    _deliver = Signal(object)

    def __init__(self, parent: QObject | None = None, *, net_workers: int = 4, cpu_workers: int = 1) -> None:
        super().__init__(parent)
        self._db = _Pool(1, "outreach-db")
        self._net = _Pool(net_workers, "outreach-net")
        self._cpu = _Pool(cpu_workers, "outreach-cpu")
        self._session: VaultSession | None = None
        # A session whose close is queued on the DB thread: the GUI already treats it as gone.
        self._closing: VaultSession | None = None
        self._generation = 0
        self._cond = threading.Condition()
        self._db_in_flight = 0  # queued or running on the DB thread
        self._pending = 0  # submitted anywhere and not yet handed back
        self._closed = False
        # Connected on the first submission: naming Qt.ConnectionType creates PySide6's whole
        # `Qt` namespace (13-18 ms), which the unlock screen need not wait for.
        self._delivering = False

    # ----- session ---------------------------------------------------------------------

    @property
    def session(self) -> VaultSession | None:
        """The unlocked session (read on the GUI thread only to ask "are we unlocked?").

        None as soon as its close is queued (`close_session_later`), although queued
        operations still use it on the DB thread until the close runs."""
        session = self._session
        return None if session is not None and session is self._closing else session

    def set_session(self, session: VaultSession | None) -> None:
        """Adopt an already-open session (or forget it). Prefer `open_session`.

        The session's connection must have been opened on the DB thread (sqlcipher3
        connections refuse other threads), which is what `open_session` guarantees.
        """
        self._session = session

    def open_session(
        self,
        opener: Callable[[], VaultSession],
        on_success: Callable[[VaultSession], None] | None = None,
        on_failure: FailureCallback | None = None,
    ) -> None:
        """Run `opener` (e.g. unlock_vault: KDF + open + migrate) on the DB thread and adopt it.

        The DB thread is where the connection will be used, so it is opened there too.
        """

        with self._cond:
            generation = self._generation

        def job() -> VaultSession:
            session = opener()
            with self._cond:
                adopted = generation == self._generation and not self._closed
                if adopted:
                    self._session = session
            if not adopted:
                # A lock (e.g. panic) came while the KDF ran: the UI already shows the lock
                # screen, so this session must not stay open behind it.
                session.close()
                raise UnlockCancelledError("locked while unlocking")
            return session

        self._submit(self._db, job, on_success, on_failure, db=True)

    def close_session(self) -> None:
        """Close the session on the DB thread after every queued operation, and wait for it.

        Blocks until what is already queued has run: for quitting and tests. Lock uses
        `close_session_later`, which never blocks the GUI thread.
        """
        future = self._queue_close()
        if future is not None:
            future.result()

    def close_session_later(self) -> None:
        """Queue the session's close on the DB thread, behind everything queued so far, and return.

        From now on `session` is None for the GUI; operations already queued (a write in
        flight, the drafts lock just queued) still run on the session, then it is closed and
        its key dropped. Anything queued later finds no session (NoSessionError)."""
        self._queue_close()

    def _queue_close(self) -> Future[None] | None:
        session = self._session
        if session is None or session is self._closing:
            return None
        self._closing = session

        def close() -> None:
            with self._cond:
                if self._session is session:
                    self._session = None
                if self._closing is session:
                    self._closing = None
            session.close()

        return self._db.submit(close)

    def run_after_close(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: FailureCallback | None = None,
    ) -> None:
        """Run `fn()` on the DB thread after everything queued so far, including a queued
        session close: for work on the vault's files that needs it closed (wipe, restore)."""
        self._submit(self._db, fn, on_success, on_failure, db=True)

    def begin_lock(self) -> None:
        """Drop the callbacks of everything submitted so far (their results go nowhere)."""
        with self._cond:
            self._generation += 1

    # ----- submission ------------------------------------------------------------------

    def run_db(
        self,
        fn: Callable[[VaultSession], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: FailureCallback | None = None,
    ) -> None:
        """Queue `fn(session)` on the DB writer thread (in order); it must not touch widgets."""

        def job() -> T:
            session = self._session
            if session is None:
                raise NoSessionError("the vault is locked")
            return fn(session)

        self._submit(self._db, job, on_success, on_failure, db=True)

    def run_net(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: FailureCallback | None = None,
    ) -> None:
        """Run `fn()` on the network pool (HTTP only; DB work goes through `run_db`)."""
        self._submit(self._net, fn, on_success, on_failure, db=False)

    def run_cpu(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: FailureCallback | None = None,
    ) -> None:
        """Run `fn()` on the CPU pool (KDF, strength estimation, rendering data)."""
        self._submit(self._cpu, fn, on_success, on_failure, db=False)

    # ----- waiting ---------------------------------------------------------------------

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until the DB thread has finished everything queued so far.

        Used by lock (a write in flight must land before the key is dropped). Returns False
        on timeout. Hand-back callbacks are not waited for (they need the GUI thread).
        """
        with self._cond:
            return self._cond.wait_for(lambda: self._db_in_flight == 0, timeout)

    @property
    def pending(self) -> int:
        """Operations submitted and not yet handed back to the GUI thread (tests wait on 0)."""
        with self._cond:
            return self._pending

    def shutdown(self) -> None:
        """Close the session and stop the pools (on quit). Queued DB work still completes."""
        if self._closed:
            return
        self.begin_lock()
        self.close_session()
        self._db.submit(lambda: None).result()  # a close queued earlier by lock has run too
        self._closed = True
        self._db.shutdown(wait=True)
        self._net.shutdown(wait=False, cancel_futures=True)
        self._cpu.shutdown(wait=False, cancel_futures=True)

    # ----- internals -------------------------------------------------------------------

    def _submit(
        self,
        executor: _Pool,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None,
        on_failure: FailureCallback | None,
        *,
        db: bool,
    ) -> None:
        if not self._delivering:
            from PySide6.QtCore import Qt

            self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)
            self._delivering = True
        if self._closed:
            return  # after shutdown (quitting): a late timer's work has nowhere to go
        with self._cond:
            generation = self._generation
            was_idle = self._pending == 0
            self._pending += 1
            if db:
                self._db_in_flight += 1
        if was_idle:
            self.idle_changed.emit(False)

        def run() -> None:
            callback: Callable[[], None] | None
            try:
                result = fn()
            except BaseException as exc:  # handed to the GUI thread, never swallowed
                callback = self._failure_callback(on_failure, exc)
            else:
                callback = (lambda: on_success(result)) if on_success is not None else None
            finally:
                if db:
                    with self._cond:
                        self._db_in_flight -= 1
                        self._cond.notify_all()
            # RuntimeError: the manager was deleted while quitting; nobody is left to hand back to.
            with contextlib.suppress(RuntimeError):
                self._deliver.emit(_Outcome(generation, callback))

        future: Future[None] = executor.submit(run)
        del future

    def _failure_callback(self, on_failure: FailureCallback | None, exc: BaseException) -> Callable[[], None]:
        if on_failure is not None:
            return lambda: on_failure(exc)
        return lambda: self.task_failed.emit(exc)

    @Slot(object)
    def _on_deliver(self, outcome: _Outcome) -> None:
        with self._cond:
            self._pending -= 1
            now_idle = self._pending == 0
            current = outcome.generation == self._generation
        try:
            if current and outcome.callback is not None:
                outcome.callback()
        finally:
            if now_idle:
                self.idle_changed.emit(True)


class _Pool:
    """A thread pool made on its first submission: `concurrent.futures` and its threads are
    not needed to paint the unlock screen (about 4 ms of start-up)."""

    def __init__(self, workers: int, name: str) -> None:
        self._workers = workers
        self._name = name
        self._executor: ThreadPoolExecutor | None = None
        self._making = threading.Lock()  # one executor, even if two threads submit first at once

    def submit(self, fn: Callable[[], T]) -> Future[T]:
        with self._making:
            if self._executor is None:
                from concurrent.futures import ThreadPoolExecutor

                self._executor = ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix=self._name)
            executor = self._executor
        return executor.submit(fn)

    def shutdown(self, *, wait: bool, cancel_futures: bool = False) -> None:
        with self._making:
            executor = self._executor
        if executor is not None:
            executor.shutdown(wait=wait, cancel_futures=cancel_futures)
