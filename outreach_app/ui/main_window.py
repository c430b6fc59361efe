"""The main window: first run, unlock, or the pages — one stack, one lock sequence.

Screens:
    first_run  create the passphrase (no vault yet, or after a quick delete)
    unlock     the vault exists and is locked
    main       navigation + pages + status bar

Every vault operation goes through the task manager (KDF and SQL never on the GUI thread).
The lock sequence is `services.lock.LockService`; this window supplies its UI steps.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from outreach_app.ops import vault_ops
from outreach_app.ops.vault_ops import PRODUCTION_KDF, KdfParams
from outreach_app.services.changes import ALL_KINDS, Changes
from outreach_app.services.lock import LOCK_SHORTCUT, IdleWatcher, LockKeys, LockService, LockSteps
from outreach_app.ui.messages import safe_reason
from outreach_app.ui.theme import apply_theme
from outreach_app.ui.unlock import UnlockScreen

# Ctrl+1…Ctrl+8 show the pages of main_screen.PAGES (not imported here: it imports every page;
# tests/gui/shell/test_main_screen_pages.py checks the two agree).
PAGE_SHORTCUTS = 8


def preload_page_modules() -> None:
    """Import the Qt-free code the pages and unlock need (the ops layer and everything under
    it: vault, storage, sharing, scrubber, protocol), so neither the first unlock nor the main
    screen waits for it.

    Never a Qt class on this worker thread: Shiboken makes Qt types and enum types lazily, and
    not safely from two threads at once; importing the page modules here while the GUI thread
    made an enum type crashed start-up (SIGSEGV) under load. The page modules themselves, about
    a tenth of the import time, are imported on the GUI thread by `main_screen`.
    tests/gui/shell/test_start_path.py checks that this list leaves the pages nothing else."""
    import outreach_app.domain.display
    import outreach_app.domain.locale_format
    import outreach_app.ops.alerts
    import outreach_app.ops.areas
    import outreach_app.ops.coordinator
    import outreach_app.ops.drafts
    import outreach_app.ops.form_states
    import outreach_app.ops.incidents
    import outreach_app.ops.outbox
    import outreach_app.ops.outside_writes
    import outreach_app.ops.records
    import outreach_app.ops.search
    import outreach_app.ops.session
    import outreach_app.ops.sharing
    import outreach_app.ops.shifts
    import outreach_app.ops.subscriptions  # noqa: F401


# No `Qt` namespace here (setFocus() is Qt.FocusReason.OtherFocusReason): see ui/widgets.py.
# Everything below is imported when the shell is built (`_build_shell`), after the first
# screen is painted: importing it, and the application-wide event filters, held the unlock
# screen back (docs/performance.md, "Desktop app: start-up and unlock").
if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from outreach_app.ops import app_settings
    from outreach_app.ops.session import VaultSession
    from outreach_app.ops.sync_status import SyncStatus
    from outreach_app.services.retention_timer import RetentionTimer
    from outreach_app.ui.context import AppContext
    from outreach_app.ui.dialogs import ChangePassphraseDialog, RestorePassphraseDialog
    from outreach_app.ui.first_run import FirstRunScreen
    from outreach_app.ui.main_screen import MainScreen
    from outreach_app.ui.pages.base import Page
    from outreach_app.ui.pages.settings import SettingsPage
    from outreach_app.ui.prefs import UiPrefs
    from outreach_app.ui.status_bar import AppStatusBar
    from outreach_app.ui.sync_bridge import SyncBridge
    from outreach_app.ui.vault_actions import VaultActions

# How long after the window shows the page modules start loading (see showEvent).
PRELOAD_AFTER_SHOW_MS = 150
# If no paint of the first screen is seen (a window started minimised), the shell is built
# this long after show anyway.
SHELL_FALLBACK_MS = 100


class _FirstPaint(QObject):
    """Calls `then` on the event-loop turn after `widget` is first painted (one widget only:
    an application-wide filter is what this start-up path avoids)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


class MainWindow(QMainWindow):
    """Signals:
    unlocked(): the main screen is shown with an open vault.
    screen_changed(str): "first_run", "unlock" or "main" is now shown.
    shell_built(): the rest of the window exists (after the first paint with `defer_shell`).
    """

    unlocked = Signal()
    screen_changed = Signal(str)
    shell_built = Signal()

    def __init__(
        self,
        ctx: AppContext,
        prefs: UiPrefs,
        *,
        kdf: KdfParams = PRODUCTION_KDF,
        idle: IdleWatcher | None = None,
        defer_shell: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Outreach"))
        self.ctx = ctx
        self.prefs = prefs
        self.kdf = kdf
        self.ctx.request_lock = lambda: self.lock("user")

        # Built when first needed: with a vault (every start but the first) it never is, and
        # its widgets would only delay the unlock screen.
        self._first_run: FirstRunScreen | None = None
        self.unlock_screen = UnlockScreen(clock=ctx.clock, parent=self)
        # The pages (and the record, sharing and statistics code they import) are built after
        # the unlock screen is up, while the passphrase is typed: see `preload_pages`.
        self._main_screen: MainScreen | None = None
        self._retired_screens: list[MainScreen] = []  # pages of the other kind of vault (_match_page_set)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.unlock_screen)
        self.setCentralWidget(self.stack)
        self.role_notice: QMessageBox | None = None  # the last coordinator-key alarm shown
        self._restored_drafts: set[str] = set()
        # Set while this unlock's "the disk is full" notice stands: a lesser notice (a form
        # restored) must not replace the one that says why nothing saves.
        self._disk_full_said = False
        self.ctx.drafts_changed = self._on_drafts_changed

        self.lock_service = LockService(
            ctx.tasks,
            ctx.clipboard,
            LockSteps(
                save_drafts=self._save_drafts,
                close_dialogs=self._close_dialogs,
                clear_views=self._clear_views,
                show_locked=self.show_locked_screen,
                stop_background=self._stop_background,
            ),
            idle=idle if idle is not None else IdleWatcher(clock=ctx.clock),
            parent=self,
        )
        self.unlock_screen.unlock_requested.connect(self._on_unlock_requested)
        self.unlock_screen.quick_delete_requested.connect(self.quick_delete)
        self._shell_built = False

        if prefs.geometry:
            self.restoreGeometry(QByteArray(prefs.geometry))
        else:
            self.resize(1100, 720)
        self.fit_to_screen()
        self._show_start_screen()
        if not defer_shell:
            self._build_shell()

    def _build_shell(self) -> None:
        """The rest of the window around the first screen: status bar, sync, vault actions,
        retention, the application-wide event filters and the page shortcuts.

        With `defer_shell` (the `outreach` start-up) this runs on the event-loop turn after the
        first screen is painted; everything that needs it calls `_ensure_shell` first."""
        if self._shell_built:
            return
        self._shell_built = True
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QLabel

        from outreach_app.services.retention_timer import RetentionTimer
        from outreach_app.ui.app_events import AppEventFilters
        from outreach_app.ui.copy_router import CopyRouter
        from outreach_app.ui.plain_text import PlainTextLabels, make_plain
        from outreach_app.ui.status_bar import AppStatusBar
        from outreach_app.ui.sync_bridge import SyncBridge
        from outreach_app.ui.vault_actions import VaultActions

        typing_in = QApplication.focusWidget()
        ctx = self.ctx
        self.status: AppStatusBar = AppStatusBar(self)
        self.setStatusBar(self.status)
        self.status.set_unlocked(self.stack.currentWidget() is self._main_screen)
        self.ctx.announce = self.status.announce
        self.sync_bridge: SyncBridge = SyncBridge(
            ctx, self.status, self._built_settings_page, lambda: self.is_unlocked, self
        )
        self.vault_actions: VaultActions = VaultActions(self)
        self.retention_timer: RetentionTimer = RetentionTimer(ctx.tasks, ctx.clock, parent=self)
        self.retention_timer.applied.connect(self._on_retention_applied)
        # Panic and lock keys work from every window and dialog (not QShortcuts: a modal
        # dialog blocks those); any input anywhere counts as activity for the idle lock.
        self.lock_keys = LockKeys(self)
        self.lock_keys.panic_pressed.connect(self.panic)
        self.lock_keys.lock_pressed.connect(lambda: self.lock("user"))
        app = QApplication.instance()
        if app is not None:
            # One application-wide filter that calls these in turn (ui/app_events.py: each
            # Python filter costs a call into Python for every event of the app), first to last:
            # Ctrl+C / Ctrl+X of record text go through the clipboard guard (hints, 30 s, lock);
            # record and server text in labels is shown as text, never as markup; the panic
            # and lock keys; any input counts as activity for the idle lock.
            filters = AppEventFilters(
                (
                    CopyRouter(ctx.clipboard, self),
                    PlainTextLabels(self),
                    self.lock_keys,
                    self.lock_service.idle,
                ),
                self,
            )
            app.installEventFilter(filters)
            ctx.clipboard.watch_copies()
        for existing in self.findChildren(QLabel):  # any polished before the filter was there
            make_plain(existing)
        self._page_shortcuts = []
        for number in range(1, PAGE_SHORTCUTS + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self._on_page_shortcut(n))
            self._page_shortcuts.append(shortcut)
        self.status.lock_clicked.connect(lambda: self.lock("user"))
        self.ctx.changes.changed.connect(self.sync_bridge.on_changes)
        self.ctx.tasks.task_failed.connect(self._on_task_failed)
        if typing_in is not None and QApplication.focusWidget() is not typing_in:
            typing_in.setFocus()  # whoever was typing keeps the keys
        self.shell_built.emit()

    def _ensure_shell(self) -> None:
        self._build_shell()

    # ----- screens -------------------------------------------------------------------------

    @property
    def first_run(self) -> FirstRunScreen:
        """The create-a-passphrase screen; built on first use."""
        if self._first_run is None:
            from outreach_app.ui.first_run import FirstRunScreen

            self._first_run = FirstRunScreen(self.ctx.tasks, self)
            self.stack.addWidget(self._first_run)
            self._first_run.create_requested.connect(self._on_create_requested)
            self._first_run.restore_requested.connect(self._ask_restore_path)
        return self._first_run

    def _ask_restore_path(self) -> None:
        self._ensure_shell()
        self.vault_actions.ask_restore_path()

    @property
    def main_screen(self) -> MainScreen:
        """The pages; built on first use (normally by `preload_pages` before unlock)."""
        if self._main_screen is None:
            # Built inside the stack, where it stays: a child made in a shown window stays hidden
            # until the stack shows it. Built parentless and then added, its widgets were styled
            # twice (the style sheet re-polishes every polished widget a re-parent moves: ~0.1
            # CPU-s a window, issue 19). Should anything built here take the keyboard from the
            # passphrase being typed, the field that had it gets it back below
            # (tests/gui/shell/test_typing_at_start.py).
            from outreach_app.ui.main_screen import MainScreen
            from outreach_app.ui.pages.desk import page_set_for

            self._ensure_shell()
            typing_in = QApplication.focusWidget()
            screen = MainScreen(self.ctx, self.stack, page_set=page_set_for(self.ctx.layout))
            self._main_screen = screen
            self.stack.addWidget(screen)
            for page in screen.built_pages():  # those built with the screen, then the rest
                self._on_page_built(page.objectName().removeprefix("page_"), page)
            screen.page_built.connect(self._on_page_built)
            if typing_in is not None and QApplication.focusWidget() is not typing_in:
                typing_in.setFocus()
        return self._main_screen

    def _match_page_set(self) -> None:
        """A charity desk opens on the desk's pages, a worker's vault on the worker's: pages
        built before the vault was made (first run) or replaced (quick delete) are rebuilt."""
        from outreach_app.ui.pages.desk import page_set_for

        screen = self._main_screen
        if screen is None or screen.page_set == page_set_for(self.ctx.layout):
            return
        # Retired, not deleted: pages connect lambdas to the change bus that Qt would not
        # disconnect, and a deleted page's widgets would then be called. A retired page has
        # shown nothing of this vault (it was never unlocked) and is emptied again here.
        screen.clear_sensitive()
        self.stack.removeWidget(screen)
        screen.hide()
        self._retired_screens.append(screen)
        self._main_screen = None

    def _build_main_screen(self) -> None:
        self.main_screen  # noqa: B018 - the property builds it

    def preload_pages(self) -> None:
        """Import the pages' Qt-free code on a worker thread, then import and build the pages
        on the GUI thread.

        Called once the first screen is shown, so start-up shows the unlock screen without
        waiting for the record, sharing and statistics code."""
        if self._main_screen is not None:
            return
        self.ctx.tasks.run_cpu(preload_page_modules, lambda _none: self._build_main_screen())

    def fit_to_screen(self) -> None:
        """Keep the whole window on its screen's free area: a laptop at 1366×768 with 150 %
        scaling has 911×512 logical pixels, and the default (or a size remembered from a
        bigger screen) opened larger than that, putting buttons off screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # title bar and borders
        width = min(self.width(), free.width() - frame.width())
        height = min(self.height(), free.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        left = min(max(self.x(), free.left()), free.right() - self.frameGeometry().width() + 1)
        top = min(max(self.y(), free.top()), free.bottom() - self.frameGeometry().height() + 1)
        if (left, top) != (self.x(), self.y()):
            self.move(left, top)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.fit_to_screen()
        if not self._shell_built:
            _FirstPaint(self.stack.currentWidget() or self.stack, self._build_shell)
            QTimer.singleShot(SHELL_FALLBACK_MS, self._build_shell)
        if self._main_screen is None:
            # After the first screen is painted: the imports run on a worker thread but hold
            # the GIL much of the time, which would hold back that first paint.
            QTimer.singleShot(PRELOAD_AFTER_SHOW_MS, self.preload_pages)

    @property
    def current_screen(self) -> str:
        current = self.stack.currentWidget()
        if current is None:
            return "none"
        if current is self._first_run:
            return "first_run"
        if current is self.unlock_screen:
            return "unlock"
        return "main"

    def _set_screen(self, widget: QWidget) -> None:
        self.stack.setCurrentWidget(widget)
        if self._shell_built:
            self.status.set_unlocked(widget is self._main_screen)
        self.screen_changed.emit(self.current_screen)

    def _show_start_screen(self) -> None:
        if vault_ops.vault_exists(self.ctx.layout):
            self._show_unlock()
        else:
            self.show_first_run()

    def show_first_run(self) -> None:
        self.first_run.reset()
        self._set_screen(self.first_run)
        self.first_run.focus_first()

    def _show_unlock(self) -> None:
        self.unlock_screen.reset()
        self._set_screen(self.unlock_screen)
        self.unlock_screen.start_countdown(vault_ops.retry_after(self.ctx.layout, self.ctx.clock))
        self.unlock_screen.focus_first()

    def show_locked_screen(self) -> None:
        if vault_ops.vault_exists(self.ctx.layout):
            self._show_unlock()
        else:
            self.show_first_run()

    # ----- create and unlock --------------------------------------------------------------------

    def _on_create_requested(self, passphrase: str) -> None:
        layout, kdf = self.ctx.layout, self.kdf
        desk = self.first_run.desk_choice()
        if desk is not None:  # a charity desk: the same vault, holding the desk's new keys
            from outreach_app.ops.desk import init_desk

            now = self.ctx.clock()
            self.ctx.tasks.run_cpu(
                lambda: init_desk(layout, passphrase, desk.role, desk.desk_id, desk.label, now, kdf),
                lambda _public: self._open_vault(passphrase, creating=True),
                self._on_create_failed,
            )
            return
        self.ctx.tasks.run_cpu(
            lambda: vault_ops.create(layout, passphrase, kdf),
            lambda _none: self._open_vault(passphrase, creating=True),
            self._on_create_failed,
        )

    def _on_create_failed(self, exc: BaseException) -> None:
        self.first_run.show_error(
            self.tr("The vault could not be created: %1").replace("%1", safe_reason(exc))
        )

    def _on_unlock_requested(self, passphrase: str) -> None:
        self._open_vault(passphrase, creating=False)

    def _open_vault(self, passphrase: str, *, creating: bool) -> None:
        layout, clock = self.ctx.layout, self.ctx.clock
        failed_before: list[object] = []

        def opener() -> VaultSession:
            # The failure count must be read before unlocking: success resets it.
            failed_before.append(vault_ops.failed_unlocks(layout, clock))
            try:
                return vault_ops.unlock(layout, passphrase, clock)
            finally:
                # Our copy of the typed text is not needed again: zero it (docs/security.md).
                vault_ops.forget_secret(passphrase)

        self.ctx.tasks.open_session(
            opener,
            lambda session: self._on_session_open(session, failed_before[0]),
            self._on_create_failed if creating else self._on_unlock_failed,
        )

    def _on_unlock_failed(self, exc: BaseException) -> None:
        from outreach_app.ops.vault_ops import vault_errors as errors

        if isinstance(exc, errors.WrongPassphraseError):
            self.unlock_screen.show_failure(self.tr("That passphrase is not right."), exc.retry_after_s)
        elif isinstance(exc, errors.LockedOutError):
            self.unlock_screen.show_failure(
                self.tr("Too many wrong passphrases in a row."), exc.retry_after_s
            )
        elif isinstance(exc, errors.VaultInUseError):
            self.unlock_screen.show_failure(
                self.tr("Outreach is already open in another window. Close it there first.")
            )
        elif isinstance(exc, errors.VaultMissingError):
            self.show_first_run()
        elif isinstance(exc, errors.KeyFileDamagedError | errors.VaultDamagedError):
            self.unlock_screen.show_failure(
                self.tr(
                    "The vault's files are damaged and cannot be opened. Nothing was changed. "
                    "Restore a backup, or ask your coordinator for help."
                )
            )
        else:
            self.unlock_screen.show_failure(
                self.tr("The vault could not be opened: %1").replace("%1", safe_reason(exc))
            )

    def _on_session_open(self, session: VaultSession, failed_before: object) -> None:
        self._ensure_shell()
        self.ctx.role = str(session.role)
        now = self.ctx.clock()
        waiting = self.ctx.drafts_waiting
        if len(waiting):  # drafts a full disk had no room for: before the pages load them
            self.ctx.tasks.run_db(waiting.write_waiting)
        # Audit the unlock (with the failed attempts before it) and apply retention if due.
        self.ctx.tasks.run_db(
            lambda s: vault_ops.after_unlock(s, failed_before, now),
            self._after_unlock_done,
        )
        if session.full_disk:
            self._say_disk_full()
        # An alarm from the coordinator-key check, or a coordinator slot acting as a worker.
        from outreach_app.ui.role_notice import role_check_notice

        self.role_notice = role_check_notice(self, session.role_check, self.ctx.announce)
        if self._first_run is not None:
            self._first_run.reset()
        self.unlock_screen.reset()
        self._match_page_set()
        self._set_screen(self.main_screen)
        self.main_screen.set_unlocked()
        from outreach_app.ops.app_settings import load_app_settings

        self.ctx.tasks.run_db(load_app_settings, self._apply_app_settings)
        from outreach_app.ui.main_screen import PAGES

        if self.main_screen.page_set != PAGES:
            # A desk syncs through its own pages (pull, publish): no worker sync, no outbox.
            for item in (
                self.status.connection,
                self.status.queue,
                self.status.parked,
                self.status.last_sync,
            ):
                item.setVisible(False)
        else:
            self.sync_bridge.refresh()
            self.sync_bridge.start()
        self.lock_service.idle.start()
        self.retention_timer.start()
        self.main_screen.navigation.setFocus()
        self.unlocked.emit()

    def _after_unlock_done(self, outcome: object) -> None:
        if outcome == vault_ops.DISK_FULL:
            self.ctx.changes.publish(Changes.of(*ALL_KINDS))
            self._say_disk_full()
            return
        self._on_retention_applied(outcome)

    def _say_disk_full(self) -> None:
        """The same words as `outreach` (domain.disk_full), for the app."""
        self._disk_full_said = True
        self.ctx.announce(
            self.tr(
                "The disk is full: the vault is intact, but nothing new can be saved until space"
                " is freed. Half-typed forms are kept in memory until then. Free some space, or"
                " make a backup to another disk (Settings)."
            )
        )

    def _on_retention_applied(self, report: object) -> None:
        """After unlock (and the daily timer): pages reload; a purge is announced, counts only."""
        self.ctx.changes.publish(Changes.of(*ALL_KINDS))
        from outreach_app.ops.coordinator import RetentionReport

        if not isinstance(report, RetentionReport) or not report.removed:
            return
        removed = (report.contact_notes, report.people, report.incident_texts, report.outbox_payloads)
        if any(removed):
            text = self.tr(
                "Retention removed %1 contact notes, %2 people, %3 incident texts, %4 sent payloads."
            )
            for number, count in enumerate(removed, start=1):
                text = text.replace(f"%{number}", str(count))
            self.ctx.announce(text)

    def _apply_app_settings(self, settings: app_settings.AppSettings) -> None:
        from datetime import timedelta

        self.lock_service.idle.set_timeout(timedelta(minutes=settings.idle_lock_minutes))

    # ----- lock ------------------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self.ctx.tasks.session is not None

    def lock(self, reason: str = "user", *, save_drafts: bool = True) -> None:
        self.lock_service.lock(reason, save_drafts=save_drafts)

    def panic(self) -> None:
        """Hide at once, then lock: the screen goes first so nothing stays visible while
        a write in flight finishes."""
        self.stack.setCurrentWidget(self.unlock_screen)
        self.showMinimized()
        self.lock("panic")

    def _stop_background(self) -> None:
        if not self._shell_built:
            return
        self.retention_timer.stop()
        self.sync_bridge.stop()

    def _pages(self) -> list[Page]:
        return [] if self._main_screen is None else self._main_screen.built_pages()

    def _save_drafts(self) -> None:
        for page in self._pages():
            if page.has_unsaved_draft():
                page.save_draft()

    def _close_dialogs(self) -> None:
        from PySide6.QtWidgets import QDialog, QToolTip

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        # Popups (completer lists, combo lists, menus) and tooltips can show record text too.
        for _ in range(10):
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        QToolTip.hideText()
        for widget in app.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def _clear_views(self) -> None:
        self.ctx.role = None
        if self._main_screen is not None:
            self._main_screen.clear_sensitive()
        self._restored_drafts.clear()
        self._disk_full_said = False
        if not self._shell_built:
            return
        from outreach_app.ops.sync_status import SyncStatus

        self.status.show_sync_state(SyncStatus())
        self.status.clearMessage()

    # ----- status ---------------------------------------------------------------------------

    def refresh_outbox_counts(self) -> None:
        """Re-read the link, the last sync and the outbox counts."""
        self.sync_bridge.refresh()

    def show_sync_state(self, state: SyncStatus) -> None:
        """For the sync scheduler: what the status bar should show."""
        if self.is_unlocked:
            self.status.show_sync_state(state)

    def _on_drafts_changed(self, page_title: str, draft_id: str, restored: bool) -> None:
        """A sign that unfinished forms came back at unlock (and on which page), until each
        is saved or abandoned. Page titles and a count only: no draft text."""
        if restored and self.is_unlocked:
            if draft_id not in self._restored_drafts and not self._disk_full_said:
                self.status.announce(
                    self.tr("An unfinished form was restored on the %1 page.").replace("%1", page_title)
                )
            self._restored_drafts.add(draft_id)
        else:
            self._restored_drafts.discard(draft_id)
        self.status.show_restored_drafts(len(self._restored_drafts))

    def _on_task_failed(self, exc: BaseException) -> None:
        # The exception text is not shown or logged: it could carry record data.
        self.status.announce(
            self.tr("Something went wrong (%1). Nothing was changed.").replace("%1", type(exc).__name__)
        )

    # ----- settings ---------------------------------------------------------------------------

    @property
    def settings_page(self) -> SettingsPage:
        # Imported here: the settings page pulls in the record models (pydantic), which the
        # unlock screen must not wait for.
        from outreach_app.ui.pages.settings import SettingsPage

        page = self.main_screen.pages["settings"]
        assert isinstance(page, SettingsPage)
        return page

    def _on_page_built(self, key: str, page: Page) -> None:
        """Pages are built when first shown (ui/main_screen.py): the settings page is wired to
        the window then, and shows the server link of an open vault."""
        from outreach_app.ui.main_screen import PAGES
        from outreach_app.ui.pages.settings import SettingsPage

        if key != "settings" or not isinstance(page, SettingsPage):
            return
        self._wire_settings(page)
        if self.is_unlocked and self._shell_built and self.main_screen.page_set == PAGES:
            self.sync_bridge.refresh()  # the link state it shows (a desk has no worker link)

    def _built_settings_page(self) -> SettingsPage | None:
        """The settings page if it was built (what it shows is set again when it is)."""
        from outreach_app.ui.pages.settings import SettingsPage

        screen = self._main_screen
        page = None if screen is None else screen.built_page("settings")
        return page if isinstance(page, SettingsPage) else None

    def _wire_settings(self, page: SettingsPage) -> None:
        page.set_theme(self.prefs.theme)
        page.theme_changed.connect(self.set_theme)
        page.set_language(self.prefs.language)
        page.language_changed.connect(self.set_language)
        page.idle_minutes_changed.connect(self._on_idle_minutes_changed)
        page.link_requested.connect(self._on_link_requested)
        page.change_passphrase_requested.connect(self.open_change_passphrase)
        page.backup_requested.connect(self.backup_to)
        page.restore_requested.connect(self.ask_restore_from)
        page.quick_delete_confirmed.connect(
            lambda: self.vault_actions.quick_delete(include_outside=page.quick_delete_outside.isChecked())
        )

    def set_theme(self, name: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.prefs.theme = apply_theme(app, name)
        else:
            self.prefs.theme = name
        page = self._built_settings_page()
        if page is not None:
            page.set_theme(self.prefs.theme)
        self.save_prefs()

    def set_language(self, code: str) -> None:
        """Keep the app's language for the next start (the translators are installed before
        any window is built: app.build_app)."""
        self.prefs.language = code
        self.save_prefs()

    def _on_idle_minutes_changed(self, minutes: int) -> None:
        from datetime import timedelta

        self.lock_service.idle.set_timeout(timedelta(minutes=minutes))

    def _on_link_requested(self) -> None:
        # Enrolment (address, one-time code, charity key fingerprint) lives on the Review & sync page.
        if "review" not in self.main_screen.pages:
            return  # a desk enrols on its own pages
        page = self.main_screen.show_page("review")
        field = getattr(page, "server_url", None)
        if isinstance(field, QWidget):
            field.setFocus()

    # Vault actions live in ui/vault_actions.py; these keep the window's public surface.

    def open_change_passphrase(self) -> ChangePassphraseDialog:
        return self.vault_actions.open_change_passphrase()

    def backup_to(self, dest: Path) -> None:
        self.vault_actions.backup_to(dest)

    def ask_restore_from(self, src: Path) -> RestorePassphraseDialog:
        return self.vault_actions.ask_restore_from(src)

    def restore_from(self, src: Path, passphrase: str, coordinator_passphrase: str | None = None) -> None:
        self.vault_actions.restore_from(src, passphrase, coordinator_passphrase)

    def quick_delete(self) -> None:
        self._ensure_shell()  # reachable from the unlock screen, even in its first instant
        self.vault_actions.quick_delete()

    # ----- window -----------------------------------------------------------------------------

    def _on_page_shortcut(self, number: int) -> None:
        if self.current_screen == "main" and self._main_screen is not None:
            self.main_screen.show_page_number(number)

    def bring_forward(self) -> None:
        """Another copy of the app was started on this vault: show this window instead."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def save_prefs(self) -> None:
        """Keep theme, language and window size for the next start, while a vault exists.

        After a quick delete (or before the first vault) nothing is written: the prefs file
        would re-create the data folder the wipe removed and show the app had been used."""
        if not vault_ops.vault_exists(self.ctx.layout):
            return
        self.prefs.geometry = bytes(self.saveGeometry().data())
        with contextlib.suppress(OSError):  # losing the window size must not stop anyone working
            self.prefs.save(self.ctx.layout.ui_prefs)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self.is_unlocked:
            self.lock("quit")
        self.save_prefs()
        super().closeEvent(event)


__all__ = ["LOCK_SHORTCUT", "MainWindow"]
