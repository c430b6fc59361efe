"""The contract every page of the main window follows (lock, unlock, drafts)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from outreach_app.ops import drafts
from outreach_app.services.op_runner import run_op
from outreach_app.ui.context import AppContext

if TYPE_CHECKING:
    from outreach_app.ops.changes import OpResult
    from outreach_app.ops.drafts import DraftPayload
    from outreach_app.ops.session import VaultSession
    from outreach_app.services.tasks import FailureCallback

T = TypeVar("T")
State = TypeVar("State")  # a form's typed state (ops.form_states)


class Page(QWidget):
    """A page in the main window's stack.

    Subclasses set `self.title` (translated with `self.tr(...)`) in `__init__`, build their
    widgets, and load data only in `on_unlocked` (never in `__init__`: pages are built
    before the vault is open). All data work goes through the task manager: reads with
    `self.ctx.tasks.run_db(...)`, operations that change data with `self.run_op(...)`, which
    publishes what the op says changed (pages never name the kinds themselves).

    Lock calls, in this order: `has_unsaved_draft()`/`save_draft()` on every page, then
    (after the DB queue has drained) `clear_sensitive()` on every page.

    Attributes:
        ctx: the shared services.
        title: the page's name in the navigation list (translated).
    """

    title: str = ""
    active_dialog: QDialog | None = None  # a dialog open on the page (lock closes it)
    # The drafts (by id) that `on_unlocked` brings back. A page not built yet is built at
    # unlock when the vault holds one of them (MainScreen.set_unlocked), so the form comes
    # back and is announced then, as if the page had been built all along.
    RESTORES_DRAFTS: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    # ----- lifecycle hooks (override) -----------------------------------------------------

    def on_unlocked(self) -> None:
        """The vault was unlocked: load data (via run_db) and restore any saved draft."""

    def on_shown(self) -> None:
        """The page became the visible one (optional: refresh lazily)."""

    def clear_sensitive(self) -> None:
        """Drop every model row and widget text that holds record data (called on lock).

        After this returns, no widget or item model under this page may contain any
        record text: the lock test walks all widgets and models looking for a canary.
        """

    def has_unsaved_draft(self) -> bool:
        """True if a form on this page is half-filled and should survive a lock."""
        return False

    def save_draft(self) -> None:
        """Read the half-filled form NOW (on the GUI thread) and queue its encrypted save.

        Use `self.queue_draft_save(...)`; lock waits for the DB queue before dropping the key.
        """

    # ----- helpers for subclasses -----------------------------------------------------------

    def run_op(
        self,
        op: Callable[[VaultSession], OpResult[T]],
        on_success: Callable[[T], None] | None = None,
        on_failure: FailureCallback | None = None,
    ) -> None:
        """Run an op (`outreach_app.ops`) on the DB thread; its `Changes` are published on the
        change bus, then `on_success` gets its value."""
        run_op(self.ctx.tasks, self.ctx.changes, op, on_success, on_failure)

    def queue_draft_save(self, draft_id: str, kind: str, payload: DraftPayload) -> None:
        """Queue saving `payload` as draft `draft_id` (encrypted, in the vault; on a full disk
        kept in memory until the next unlock with room: `drafts.DraftsAwaitingSpace`)."""
        waiting = self.ctx.drafts_waiting
        self.ctx.tasks.run_db(lambda session: waiting.save(session, draft_id, kind, payload))

    def load_draft(self, draft_id: str, on_loaded: Callable[[DraftPayload | None], None]) -> None:
        """Load draft `draft_id` on the DB thread; `on_loaded` gets the payload (or None).
        A restored draft is reported (`ctx.drafts_changed`) so the window can say so."""
        waiting = self.ctx.drafts_waiting

        def loaded(payload: DraftPayload | None) -> None:
            if payload is not None:
                self.ctx.drafts_changed(self.title, draft_id, True)
            on_loaded(payload)

        self.ctx.tasks.run_db(lambda session: waiting.load(session, draft_id), loaded)

    def load_form_draft(
        self, draft_id: str, read: Callable[[DraftPayload], State], on_loaded: Callable[[State], None]
    ) -> None:
        """`load_draft` for a form's typed state: `read` (an `ops.form_states` reader) checks the
        draft on the DB thread, so one of the wrong shape fails like any other task (the window
        shows it) instead of half-filling the form; `on_loaded` runs only when there is a draft."""
        waiting = self.ctx.drafts_waiting

        def read_draft(session: VaultSession) -> State | None:
            payload = waiting.load(session, draft_id)
            return read(payload) if payload else None

        def loaded(state: State | None) -> None:
            if state is not None:
                self.ctx.drafts_changed(self.title, draft_id, True)
                on_loaded(state)

        self.ctx.tasks.run_db(read_draft, loaded)

    def discard_draft(self, draft_id: str) -> None:
        """Delete draft `draft_id` (after the form was saved for real or abandoned)."""
        self.ctx.drafts_changed(self.title, draft_id, False)
        self.ctx.tasks.run_db(lambda session: drafts.discard_draft(session, draft_id))
