"""Telling the person what the unlock's coordinator-key check found (core.vault_roles).

An alarm (a protected setting or a passphrase slot changed without the coordinator key,
now put back) and a coordinator passphrase that acts as a worker open a notice the person
must dismiss; the first seal of an older vault is only announced in the status bar. The
details are the check's own plain-text message (setting keys and slot ids, never records).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoleNotice", text)


def role_check_notice(parent: QWidget, check: object, announce: object = None) -> QMessageBox | None:
    """Open the notice for `check` (a `RoleCheck`) when it needs one; returns the box shown.

    Args:
        parent: the main window (the box is window-modal and opened without blocking).
        check: `VaultSession.role_check`.
        announce: the status bar's `announce(text)`, for the quiet cases.
    """
    from outreach_app.ops.roles import RoleCheck, RoleStatus

    if not isinstance(check, RoleCheck) or check.message is None:
        return None
    if check.alarms:
        headline = QCoreApplication.translate(
            "RoleNotice",
            "Alarm: something protected was changed without the coordinator's key. It has been"
            " put back, and this is recorded in the audit log.",
        )
    elif check.status.acts_as_worker:
        headline = QCoreApplication.translate(
            "RoleNotice", "This passphrase acts as a worker in this session."
        )
    else:
        quiet = {
            RoleStatus.CREATED: QCoreApplication.translate(
                "RoleNotice", "Protected settings and roles are now sealed with the coordinator key."
            ),
            RoleStatus.WORKER: QCoreApplication.translate(
                "RoleNotice",
                "Review and retention settings are not sealed yet: the next coordinator unlock seals them.",
            ),
        }.get(check.status)
        if quiet is not None and callable(announce):
            announce(quiet)
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("RoleNotice", "Outreach"),
        headline,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("role_notice")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(check.message)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
