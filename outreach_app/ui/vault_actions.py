"""What the shell does to the vault as a whole: change passphrase, back up, restore, quick delete.

Each action runs its vault work through the task manager (never on the GUI thread) and
reports on the settings page, the unlock screen or the first-run screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from outreach_app.ops import sync_status, vault_ops
from outreach_app.ops.changes import Changes, Kind
from outreach_app.services.op_runner import run_op
from outreach_app.ui.dialogs import ChangePassphraseDialog, RestorePassphraseDialog
from outreach_app.ui.file_dialogs import ask_open_path
from outreach_app.ui.i18n import english_plural
from outreach_app.ui.messages import safe_reason
from outreach_app.ui.progress import TaskProgress, start_progress
from outreach_app.ui.widgets import forget_text

if TYPE_CHECKING:
    from outreach_app.ops.session import VaultSession
    from outreach_app.ops.vault_ops import OutsideTarget, QuickDeleteHooks, WipeReport
    from outreach_app.ui.main_window import MainWindow


class VaultActions(QObject):
    """The settings page's vault actions (and first run's restore), for one main window.

    Attributes:
        outside_targets: the files written outside the vault, as last read from it (None:
            not read since the app started). Kept in memory while locked so a quick delete
            from the lock screen, which has no passphrase, can still destroy them: paths
            only, never record text.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.last_progress: TaskProgress | None = None
        self.outside_targets: list[OutsideTarget] | None = None
        window.ctx.changes.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.OUTSIDE_FILES) and self._window.is_unlocked:
            from outreach_app.ops import outside_writes

            self._window.ctx.tasks.run_db(outside_writes.outside_targets, self._remember_outside)

    def _remember_outside(self, targets: list[OutsideTarget]) -> None:
        self.outside_targets = list(targets)

    def open_change_passphrase(self) -> ChangePassphraseDialog:
        dialog = ChangePassphraseDialog(self._window.ctx.tasks, self._window)
        dialog.accepted.connect(lambda: self._change_passphrase(dialog))
        # The estimate uses the names in the vault, as change_passphrase itself will.
        self._window.ctx.tasks.run_db(vault_ops.passphrase_names, dialog.set_names)
        dialog.open()
        return dialog

    def _change_passphrase(self, dialog: ChangePassphraseDialog) -> None:
        old, new = dialog.current.text(), dialog.new.text()
        dialog.clear()
        page = self._window.settings_page
        page.show_vault_message(self.tr("Changing the passphrase…"))
        # No Cancel: the key file is rewritten in one step once the KDF is done.
        progress = self._progress(self.tr("Changing the passphrase…"))
        self._window.ctx.tasks.run_db(
            lambda session: vault_ops.change_passphrase(session, old, new),
            progress.then(
                lambda _none: page.show_vault_message(self.tr("The passphrase was changed."), "ok")
            ),
            progress.then(
                lambda exc: page.show_vault_message(
                    self.tr("The passphrase was not changed: %1").replace("%1", safe_reason(exc)), "error"
                )
            ),
        )

    def _progress(self, text: str) -> TaskProgress:
        self.last_progress = start_progress(self._window, text, cancellable=False)
        return self.last_progress

    def backup_to(self, dest: Path) -> None:
        page = self._window.settings_page
        page.show_vault_message(self.tr("Writing the backup…"))
        # No Cancel: a backup stopped halfway would be a file that looks usable and is not.
        progress = self._progress(self.tr("Writing the backup…"))
        run_op(
            self._window.ctx.tasks,
            self._window.ctx.changes,
            lambda session: vault_ops.backup(session, dest),
            progress.then(lambda _none: self._backup_written()),
            progress.then(
                lambda exc: page.show_vault_message(
                    self.tr("The backup failed: %1").replace("%1", safe_reason(exc)), "error"
                )
            ),
        )

    def _backup_written(self) -> None:
        self._window.settings_page.show_vault_message(
            self.tr("Backup written. It is encrypted with the current passphrase."), "ok"
        )

    def ask_restore_path(self) -> None:
        path = ask_open_path(
            self._window, self.tr("Restore from a backup"), self.tr("Outreach backups (*.obk)")
        )
        if path is not None:
            self.ask_restore_from(path)

    def ask_restore_from(self, src: Path) -> RestorePassphraseDialog:
        # Over an existing vault a current coordinator passphrase is asked too (a few stats).
        replacing = vault_ops.vault_exists(self._window.ctx.layout)
        dialog = RestorePassphraseDialog(self._window, replacing=replacing)
        coordinator = dialog.coordinator
        dialog.accepted.connect(
            lambda: self.restore_from(
                src, dialog.passphrase.text(), None if coordinator is None else coordinator.text()
            )
        )
        dialog.finished.connect(lambda _result: self._clear(dialog))
        dialog.open()
        return dialog

    @staticmethod
    def _clear(dialog: RestorePassphraseDialog) -> None:
        forget_text(dialog.passphrase)  # setText(""): clear() would keep the text in the undo stack
        if dialog.coordinator is not None:
            forget_text(dialog.coordinator)

    def restore_from(self, src: Path, passphrase: str, coordinator_passphrase: str | None = None) -> None:
        """Lock (saving drafts), replace the vault with the backup, then ask to unlock."""
        self._window.lock("restore")
        layout = self._window.ctx.layout
        self._window.unlock_screen.set_busy(True)
        # No Cancel: the restore swaps the vault's files and must finish once begun.
        progress = self._progress(self.tr("Restoring the backup…"))
        # After the session's close, which the lock queued on the DB thread.
        self._window.ctx.tasks.run_after_close(
            lambda: vault_ops.restore(layout, src, passphrase, coordinator_passphrase),
            progress.then(lambda _none: self._after_restore(None)),
            progress.then(self._after_restore),
        )

    def _after_restore(self, exc: BaseException | None) -> None:
        self._window.show_locked_screen()
        if exc is None:
            self._window.unlock_screen.message.setText(
                self.tr("The backup was restored. Unlock it with its passphrase.")
            )
        else:
            message = self.tr("The backup was not restored: %1").replace("%1", safe_reason(exc))
            if self._window.current_screen == "first_run":
                self._window.first_run.show_error(message)
            else:
                self._window.unlock_screen.show_failure(message)

    def quick_delete(self, *, include_outside: bool = True) -> None:
        """Crypto-erase: hide, lock without keeping drafts, then (off the GUI thread) destroy the
        key file and the files written outside the vault, revoke the device on the server when
        it answers within seconds, destroy the rest, and the link's OS keyring entry
        (sync.quick_delete's hooks and the outside files, read first in one DB task).
        From the lock screen nothing can be read: the outside files remembered from the last
        unlock are destroyed, and the message says when none were known. `include_outside`
        False (the settings page's box unticked) leaves the outside files alone."""
        self._window.stack.setCurrentWidget(self._window.unlock_screen)
        hooks: list[QuickDeleteHooks] = []
        outside: list[OutsideTarget] | None = (
            None if self.outside_targets is None else list(self.outside_targets)
        )
        if self._window.is_unlocked:
            from outreach_app.ops import outside_writes

            def read(session: VaultSession) -> None:
                nonlocal outside
                outside = outside_writes.outside_targets(session)
                hooks.append(sync_status.quick_delete_hooks(session))

            # Read on the DB thread before the lock's close (the queue runs in order).
            self._window.ctx.tasks.run_db(read, None, lambda _e: None)
        self._window.lock("wipe", save_drafts=False)
        self._window.unlock_screen.set_busy(True)
        layout = self._window.ctx.layout
        reports: list[WipeReport] = []

        def wipe() -> None:
            # On the DB thread after the session's close: the files are no longer in use.
            if not hooks:
                # Locked (or the link could not be read): nothing to revoke, but the vault's
                # folder-named keyring entry is found without unlocking and removed all the same.
                hooks.append(vault_ops.quick_delete_hooks(layout.data_dir))
            eraser = vault_ops.outside_eraser(outside) if outside is not None and include_outside else None
            reports.append(vault_ops.wipe(layout, eraser, **hooks[0].wipe_kwargs()))

        self._window.ctx.tasks.run_after_close(
            wipe,
            lambda _none: self._after_wipe(
                hooks[0] if hooks else None, reports[0] if reports else None, include_outside
            ),
            lambda exc: self._after_wipe_failed(exc),
        )

    def _after_wipe(
        self, hooks: QuickDeleteHooks | None, report: WipeReport | None, include_outside: bool = True
    ) -> None:
        self.outside_targets = None
        self._window.show_first_run()
        lines = [self.outside_message(report)] if include_outside else []
        message = hooks.message() if hooks is not None else None
        if message:
            # Says whether the server revoked this device, or which device the charity should revoke.
            lines.append(message)
        self._window.first_run.busy.setText("\n".join(line for line in lines if line))

    def outside_message(self, report: WipeReport | None) -> str:
        """What became of the files saved outside the vault, for the screen after a wipe."""
        outside = getattr(report, "outside", None)
        if outside is None:
            return self.tr(
                "Files Outreach saved outside the vault (exports, backups, PDFs) were not looked for:"
                " their list is inside the vault, and it was not unlocked since Outreach started."
                " Delete them yourself."
            )
        lines = []
        if outside.destroyed:
            lines.append(
                english_plural(
                    self.tr(
                        "Also destroyed: %n file(s) saved outside the vault.", "", len(outside.destroyed)
                    ),
                    len(outside.destroyed),
                )
            )
        for path, why in outside.unreachable:
            lines.append(self.tr("Could not destroy %1: %2.").replace("%1", str(path)).replace("%2", why))
        return "\n".join(lines)

    def _after_wipe_failed(self, exc: BaseException) -> None:
        self._window.show_locked_screen()
        self._window.unlock_screen.show_failure(
            self.tr("Quick delete did not finish: %1").replace("%1", safe_reason(exc))
        )
