"""When the desktop app syncs: every few minutes, at a random time within minutes after a
report is sealed (never right after it), at once on "Sync now"; one pass at a time; never on
the GUI thread.

A pass right after each seal would tell anyone watching the network roughly when a report
was made. So new work (a seal, a withdrawal: an OUTBOX change) only plans a pass at a random
moment `send_delay_s` (2 to 15 minutes) later, and no planned pass runs before it: the
periodic pass, a retry after a failure and coming back online are all held until then.
"Sync now" sends at once for the worker who needs it. Limits: a pass already running when
a report is sealed may pick it up; and the first pass after unlock sends whatever is queued.

The pass itself is `sync.engine.SyncEngine.run_pass`, run on the task manager's network
pool. Its DB steps are handed to the DB-writer thread (`run_db`) and waited for on the
network thread, so the writer connection is only ever used by its own thread and the GUI
thread never waits for SQL or HTTP. After a failure the next pass waits the engine's
backoff delay (full jitter, base 2 s, cap 15 min, Retry-After honoured).

Going offline (`set_online(False)`) pauses the schedule; nothing queued is touched, and
the next pass after coming back sends it. Locking the vault calls `stop()`: a pass in
flight gives up at its next DB step (its items stay queued or `sending`, which the next
pass resolves by resending).

Time comes from an injected clock: a coarse Qt timer calls `tick()`, and `tick()` decides
from `clock()` whether a pass is due, so tests drive the schedule without waiting.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from outreach_app.domain.timeutil import utcnow
from outreach_app.ops.sync_status import SyncStatus
from outreach_app.services.changes import ALERTS, OUTBOX, SYNC, ChangeBus, Changes
from outreach_app.services.tasks import TaskManager
from outreach_app.sync.backoff import Backoff

DEFAULT_INTERVAL_S = 5 * 60.0
SEND_DELAY_S = (2 * 60.0, 15 * 60.0)
TICK_MS = 5_000
DB_POLL_S = 0.25

Db = Callable[[Callable[[Any], Any]], Any]
EngineFactory = Callable[[Db, Backoff], Any]
"""(db bridge, shared backoff) -> an object with `run_pass()` and a `client` to close."""


class SchedulerStoppedError(RuntimeError):
    """The vault was locked (or the app is quitting) while a pass waited for the DB."""


class EnrolmentFailedError(Exception):
    """What `enrol_failed` carries: `str()` is the plain-words reason
    (`sync.enrollment.describe_enrolment_error`); `cause` is the original error."""

    def __init__(self, cause: BaseException) -> None:
        from outreach_app.sync.enrollment import describe_enrolment_error

        if isinstance(cause, SchedulerStoppedError):
            text = "the vault is locked; unlock it and try again"
        else:
            text = describe_enrolment_error(cause)
        super().__init__(text)
        self.cause = cause


@dataclass(frozen=True)
class _Probe:
    linked: bool
    waiting: int
    parked: int
    last_sync: datetime | None
    error: str | None
    reenrol: str | None


def _probe(conn: Any) -> _Probe:
    from outreach_app.storage.repos import sync_state

    counts = sync_state.outbox_counts(conn)
    state = sync_state.get_state(conn)
    return _Probe(
        linked=sync_state.get_link(conn) is not None,
        waiting=counts.get("queued", 0)
        + counts.get("sending", 0)
        + sync_state.pending_withdrawal_count(conn),
        parked=counts.get("parked", 0),
        last_sync=state.last_success_at,
        error=state.last_error,
        reenrol=state.needs_reenrol,
    )


def default_engine_factory(db: Db, backoff: Backoff) -> Any:
    """The real engine: the stored link's client, monthly statistics, the shared backoff."""
    from outreach_app.reports.monthly_aggregates import aggregate_uploads
    from outreach_app.sync.engine import SyncEngine
    from outreach_app.sync.enrollment import client_for_link

    client = db(client_for_link)
    return SyncEngine(db, client, aggregate_source=aggregate_uploads, backoff=backoff)


class SyncScheduler(QObject):
    """Plans and runs sync passes for the unlocked vault.

    Args:
        request_enrolment: the network half of enrolment (default
            `sync.enrollment_v2.request_enrolment_v2`; tests wrap it).
        changes: the app's change bus: an OUTBOX change (a report sealed, a withdrawal
            recorded) makes a pass due; after each pass OUTBOX+SYNC (and ALERTS when alerts
            changed) are published so pages refresh.

    Signals:
        status_changed(object): a SyncStatus, after every change (for the status bar).
        alerts_received(int): a pass stored this many new or updated alerts (only when > 0).
        pass_finished(object): the engine's PassSummary.
        reenrol_needed(str): the server refused the credential, or it is gone; says why.
        enrolled(object): `enroll` finished (an EnrolResult).
        enrol_failed(object): `enroll` failed: an EnrolmentFailedError whose text says why in
            plain words (refused or expired code, unreachable, untrusted certificate, ...).
    """

    status_changed = Signal(object)
    alerts_received = Signal(int)
    pass_finished = Signal(object)
    reenrol_needed = Signal(str)
    enrolled = Signal(object)
    enrol_failed = Signal(object)

    def __init__(
        self,
        tasks: TaskManager,
        *,
        engine_factory: EngineFactory = default_engine_factory,
        clock: Callable[[], datetime] = utcnow,
        interval_s: float = DEFAULT_INTERVAL_S,
        rng: random.Random | None = None,
        tick_ms: int = TICK_MS,
        changes: ChangeBus | None = None,
        request_enrolment: Callable[..., Any] | None = None,
        send_delay_s: tuple[float, float] = SEND_DELAY_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._changes = changes
        if changes is not None:
            changes.changed.connect(self._on_changes)
        self._engine_factory = engine_factory
        self._clock = clock
        self._interval = timedelta(seconds=interval_s)
        self._backoff = Backoff(rng or random.Random())  # noqa: S311 - jitter, not a secret
        # The send delay hides when a report was made: drawn from the OS's randomness unless a
        # test passes its own generator.
        self._delay_rng: random.Random = rng or random.SystemRandom()
        self._send_delay = send_delay_s
        self._hold_until: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        self._status = SyncStatus()
        self._running = False
        self._again = False
        self._paused = False
        self._started = False
        self._next_due: datetime | None = None
        self._stop_event = threading.Event()
        self._generation = 0
        # An enrolment the server granted whose DB half has not been stored yet (the vault was
        # locked in between). The code is spent and the credential exists only here, so it is
        # kept in memory and stored at the next unlock (`start`).
        self._pending_enrolment: Any | None = None
        self._pending_data_dir: Path | None = None  # the vault it belongs to (its keyring entry's name)
        self._pending_lock = threading.Lock()
        self._request_enrolment = request_enrolment  # tests wrap the network half

    # ----- state -------------------------------------------------------------------------

    @property
    def status(self) -> SyncStatus:
        return self._status

    @property
    def running(self) -> bool:
        return self._running

    @property
    def next_due(self) -> datetime | None:
        return self._next_due

    @property
    def hold_until(self) -> datetime | None:
        """No pass before this (the random send time of new work); None: no hold."""
        return self._hold_until

    def _plan(self, due: datetime) -> datetime:
        """`due`, or the hold's end when that is later."""
        if self._hold_until is not None and due < self._hold_until:
            return self._hold_until
        return due

    def _set_status(self, **changes: Any) -> None:
        self._status = replace(self._status, next_due=self._next_due, **changes)
        self.status_changed.emit(self._status)

    # ----- control -----------------------------------------------------------------------

    def start(self) -> None:
        """After unlock: read the queue state and plan the first pass."""
        self._started = True
        self._stop_event = threading.Event()
        self._hold_until = None
        self._next_due = self._clock()  # a first pass soon after unlock, if linked
        self._timer.start()
        self.refresh()
        self._store_pending_enrolment()

    def stop(self) -> None:
        """On lock or quit: no new pass; a pass in flight gives up at its next DB step. The
        device tokens held between passes are forgotten (the next unlock signs in again)."""
        from outreach_app.sync.held_tokens import PROCESS_TOKENS

        PROCESS_TOKENS.clear()
        self._started = False
        self._timer.stop()
        self._stop_event.set()
        self._generation += 1
        self._running = False
        self._again = False
        self._next_due = None
        self._hold_until = None
        self._status = SyncStatus()
        self.status_changed.emit(self._status)

    def set_online(self, online: bool) -> None:
        """The network came or went (e.g. QNetworkInformation). Offline pauses; nothing is dropped."""
        self._paused = not online
        if online:
            self._next_due = self._plan(self._clock())
            self._set_status()
            self.tick()
        else:
            self._set_status(online=False)

    def sync_now(self) -> None:
        """The "Sync now" button: a pass at once (after the running one, if any)."""
        self._hold_until = None  # the worker asked: no random wait
        if self._running:
            self._again = True
            return
        self._next_due = self._clock()
        self._start_pass()

    def notify_work(self) -> None:
        """Something was queued (a report sealed, a withdrawal recorded): send it at a random
        moment 2–15 minutes from now (module docstring), holding every pass until then. Work
        queued while a hold runs goes with it."""
        now = self._clock()
        if self._hold_until is None or self._hold_until <= now:
            delay = self._delay_rng.uniform(*self._send_delay)
            self._hold_until = now + timedelta(seconds=delay)
        if not self._running:
            self._next_due = self._plan(now if self._next_due is None else self._next_due)
        self.refresh()
        self.tick()

    def _on_changes(self, changes: Changes) -> None:
        # Our own publication after a pass carries SYNC; only a new seal or withdrawal is work.
        if changes.touches(OUTBOX) and not changes.touches(SYNC) and self._started:
            self.notify_work()

    def refresh(self) -> None:
        """Re-read the queue counts for the status bar (on the DB thread)."""
        if self._tasks.session is None:
            return
        generation = self._generation
        self._tasks.run_db(lambda s: _probe(s.conn), lambda p: self._on_probe(p, generation), lambda _e: None)

    def _on_probe(self, probe: _Probe, generation: int) -> None:
        if generation != self._generation or not self._started:
            return
        self._set_status(
            linked=probe.linked,
            waiting=probe.waiting,
            parked=probe.parked,
            last_sync=probe.last_sync,
            reenrol=probe.reenrol,
        )

    def tick(self) -> None:
        """Start a pass when one is due (called by the Qt timer; tests call it directly)."""
        if not self._started or self._running or self._paused or self._next_due is None:
            return
        if not self._status.linked or self._status.reenrol is not None:
            return
        if self._clock() >= self._next_due:
            self._start_pass()

    # ----- the pass ----------------------------------------------------------------------

    def _start_pass(self) -> None:
        if self._running or not self._started or self._tasks.session is None:
            return
        self._running = True
        generation = self._generation
        stop = self._stop_event
        self._set_status(syncing=True)
        self._tasks.run_net(
            lambda: self._run_pass(stop),
            lambda summary: self._on_pass_done(summary, generation),
            lambda exc: self._on_pass_failed(exc, generation),
        )

    def _run_pass(self, stop: threading.Event) -> Any:
        """On the network pool: build the engine and run one pass."""
        db = self._db_bridge(stop)
        engine = self._engine_factory(db, self._backoff)
        try:
            return engine.run_pass()
        finally:
            engine.client.close()

    def _db_bridge(self, stop: threading.Event) -> Db:
        tasks = self._tasks

        def run(fn: Callable[[Any], Any]) -> Any:
            if stop.is_set() or tasks.session is None:
                raise SchedulerStoppedError("the vault was locked during sync")
            future: Future[Any] = Future()

            def job(session: Any) -> None:
                try:
                    future.set_result(fn(session.conn))
                except BaseException as exc:  # handed back to the waiting network thread
                    future.set_exception(exc)

            tasks.run_db(job, lambda _r: None, lambda _e: None)
            while True:
                try:
                    return future.result(timeout=DB_POLL_S)
                except TimeoutError:
                    if stop.is_set():
                        raise SchedulerStoppedError("the vault was locked during sync") from None

        return run

    def _on_pass_done(self, summary: Any, generation: int) -> None:
        if generation != self._generation:
            return
        self._running = False
        now = self._clock()
        if self._hold_until is not None and self._hold_until <= now:
            self._hold_until = None  # what was held has gone with this pass
        if summary.reenrol is not None:
            self._next_due = None
            self.reenrol_needed.emit(summary.reenrol)
        elif summary.error is not None and summary.next_retry_s is not None:
            self._next_due = self._plan(now + timedelta(seconds=summary.next_retry_s))
        else:
            self._next_due = self._plan(now + self._interval)
        self._set_status(
            syncing=False,
            online=summary.reachable,
            error=summary.error,
            reenrol=summary.reenrol,
            waiting=summary.waiting,
            parked=summary.parked_total,
            last_sync=now if summary.error is None else self._status.last_sync,
        )
        self.pass_finished.emit(summary)
        if summary.alerts_stored:
            self.alerts_received.emit(int(summary.alerts_stored))
        if self._changes is not None:
            kinds = [OUTBOX, SYNC] + ([ALERTS] if summary.alerts_stored or summary.alerts_removed else [])
            self._changes.publish(Changes.of(*kinds))
        self.refresh()
        if self._again:
            self._again = False
            self.sync_now()

    def _on_pass_failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self._running = False
        from outreach_app.sync.credentials import ReenrolRequiredError
        from outreach_app.sync.enrollment import NotEnrolledError

        if isinstance(exc, ReenrolRequiredError):
            self._next_due = None
            self._set_status(syncing=False, reenrol=str(exc))
            self.reenrol_needed.emit(str(exc))
            return
        if isinstance(exc, NotEnrolledError):
            self._next_due = None
            self._set_status(syncing=False, linked=False)
            return
        # Anything else (a DB error, the vault locked): try again later; the type name only.
        delay = self._backoff.next_delay()
        self._next_due = self._plan(self._clock() + timedelta(seconds=delay))
        self._set_status(syncing=False, error=f"sync stopped ({type(exc).__name__})")

    # ----- enrolment ---------------------------------------------------------------------

    def enroll(
        self,
        server_address: str,
        code: str,
        *,
        device_label: str,
        root_fingerprint: str,
        ca_bundle: Path | None = None,
    ) -> None:
        """Enrol off the GUI thread: the network half on the pool, the DB half on the writer.

        Only a coordinator may link the device (`Permission.MANAGE_SERVER_LINK`); a worker gets
        `enrol_failed` before anything is sent. If the vault is locked after the server granted
        the enrolment, the result is kept in memory and stored at the next unlock.
        Emits `enrolled(EnrolResult)` or `enrol_failed(EnrolmentFailedError)`.
        `root_fingerprint` (from the charity's code sheet): the reply is checked against it and
        the charity's root key pinned (protocol v2, sync.enrollment_v2).
        """
        from outreach_app.core.permissions import Permission, PermissionDeniedError, require
        from outreach_app.sync.enrollment import enrolment_request_id
        from outreach_app.sync.enrollment_v2 import request_enrolment_v2

        session = self._tasks.session
        try:
            if session is None:
                raise SchedulerStoppedError("the vault is locked")
            require(session, Permission.MANAGE_SERVER_LINK)
        except (PermissionDeniedError, SchedulerStoppedError) as exc:
            self.enrol_failed.emit(EnrolmentFailedError(exc))
            return
        request = self._request_enrolment or request_enrolment_v2
        data_dir = session.layout.data_dir  # names the keyring entry (found again by a wipe)
        failed = lambda exc: self.enrol_failed.emit(EnrolmentFailedError(exc))  # noqa: E731

        def request_id_step(session: Any) -> Any:
            # Stored before anything is sent: a retry with the same code (after a lost reply,
            # even after a restart) gets the same device back (sync.enrollment).
            return enrolment_request_id(session.conn, server_address, code)

        def network_half(request_id: Any) -> Any:
            granted = request(
                server_address,
                code,
                root_fingerprint,
                request_id,
                device_label=device_label,
                ca_bundle=ca_bundle,
            )
            with self._pending_lock:  # before any callback: a lock now must not lose it
                self._pending_enrolment = granted
                self._pending_data_dir = data_dir
            return granted

        self._tasks.run_db(
            request_id_step,
            lambda request_id: self._tasks.run_net(
                partial(network_half, request_id),
                lambda _granted: self._store_pending_enrolment(),
                failed,
            ),
            failed,
        )

    def _store_pending_enrolment(self) -> None:
        """Store a granted enrolment on the DB writer (after the network half, or at unlock)."""
        session = self._tasks.session
        if session is None:
            return
        with self._pending_lock:
            if self._pending_enrolment is None or self._pending_data_dir != session.layout.data_dir:
                return  # nothing waiting, or it belongs to another vault than the one unlocked

        def store(session: Any) -> Any:
            from outreach_app.sync.enrollment_v2 import store_enrolment_v2

            with self._pending_lock:
                granted = self._pending_enrolment
            if granted is None:
                return None  # stored already (a second request queued meanwhile)
            result = store_enrolment_v2(session.conn, granted)
            with self._pending_lock:
                if self._pending_enrolment is granted:
                    self._pending_enrolment = None
            return result

        self._tasks.run_db(store, self._on_enrolled, self._on_store_failed)

    def _on_store_failed(self, exc: BaseException) -> None:
        from outreach_app.services.tasks import NoSessionError

        if isinstance(exc, NoSessionError):
            return  # locked in between: kept, and stored at the next unlock
        self.enrol_failed.emit(EnrolmentFailedError(exc))

    @property
    def enrolment_pending(self) -> bool:
        """A granted enrolment waits to be stored (the vault was locked before it could be)."""
        with self._pending_lock:
            return self._pending_enrolment is not None

    def _on_enrolled(self, result: Any) -> None:
        if result is None:
            return
        self._set_status(linked=True, reenrol=None, error=None)
        self.enrolled.emit(result)
        self.notify_work()

    # ----- quick delete ------------------------------------------------------------------

    def quick_delete_hooks(self, on_ready: Callable[[Any], None], *, data_dir: Path | None = None) -> None:
        """Read what revocation needs on the DB thread, then hand `QuickDeleteHooks` to `on_ready`
        (pass `hooks.wipe_kwargs()` to `wipe_vault`; show `hooks.message()` afterwards).

        `data_dir` (the vault's folder) lets a quick delete from the lock screen still remove
        the keyring entry; when unlocked it is read from the session."""
        from outreach_app.sync.quick_delete import QuickDeleteHooks, prepare_quick_delete

        session = self._tasks.session
        folder = data_dir if session is None else session.layout.data_dir
        if session is None:
            on_ready(QuickDeleteHooks(data_dir=folder))
            return

        def prepare(s: Any) -> Any:
            hooks = prepare_quick_delete(s.conn)
            hooks.data_dir = folder
            return hooks

        self._tasks.run_db(prepare, on_ready, lambda _e: on_ready(QuickDeleteHooks(data_dir=folder)))
