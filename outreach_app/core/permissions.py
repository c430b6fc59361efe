"""Who may do what: the one place the worker and coordinator roles are enforced.

Services and CLI commands call `require(session, Permission.X)` before doing a
privileged thing; the UI may also hide what a role cannot do, but hiding is
never the check. The role is the role of the key-file slot whose passphrase
unlocked the session (`VaultSession.role`), so the command line acts as the
role whose passphrase it was given.

Anyone holding any passphrase holds the data key and could read the database with
other tools; what a worker cannot do unseen is change the protected settings or the
slot table, which a coordinator key seals (core.vault_roles, docs/security.md "Roles").
A coordinator slot that cannot prove that key is given the worker role at unlock.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol


class Permission(StrEnum):
    """Privileged actions. Everything not listed here is open to both roles."""

    MANAGE_SLOTS = "manage_slots"  # add or remove a passphrase slot (a role on this device)
    APPROVE_REPORTS = "approve_reports"  # approve a report for sending when review is required
    CHANGE_REVIEW_SETTINGS = "change_review_settings"  # switch coordinator review on or off
    CHANGE_RETENTION_SETTINGS = "change_retention_settings"
    EXPORT_STATISTICS = "export_statistics"  # CSV/PDF statistics for funders
    EXPORT_RECORDS = "export_records"  # identifiable records (contacts, incidents) in plain text
    VIEW_AUDIT_LOG = "view_audit_log"  # list or verify the audit log
    MANAGE_SERVER_LINK = "manage_server_link"  # enrol this device with the charity's server, or unlink it


# Worker sessions get none of the permissions above; coordinators get all of them.
ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "coordinator": frozenset(Permission),
    "worker": frozenset(),
}

DESCRIPTIONS: dict[Permission, str] = {
    Permission.MANAGE_SLOTS: "add or remove a passphrase",
    Permission.APPROVE_REPORTS: "approve reports for sending",
    Permission.CHANGE_REVIEW_SETTINGS: "change whether reports need review",
    Permission.CHANGE_RETENTION_SETTINGS: "change how long records are kept",
    Permission.EXPORT_STATISTICS: "export statistics",
    Permission.EXPORT_RECORDS: "export identifiable records",
    Permission.VIEW_AUDIT_LOG: "see the audit log",
    Permission.MANAGE_SERVER_LINK: "link this device to the charity's server or unlink it",
}


class HasRole(Protocol):
    @property
    def role(self) -> str: ...


class PermissionDeniedError(PermissionError):
    """The session's role may not do this. The message says what and which role may."""

    def __init__(self, permission: Permission, role: str) -> None:
        super().__init__(
            f"only a coordinator may {DESCRIPTIONS[permission]}; this session was unlocked as a {role}"
        )
        self.permission = permission
        self.role = role


def allowed(role: str | None, permission: Permission) -> bool:
    return role is not None and permission in ROLE_PERMISSIONS.get(role, frozenset())


def require(session: HasRole, permission: Permission) -> None:
    """Raise PermissionDeniedError unless the session's role has `permission`."""
    role = getattr(session, "role", None)
    if not allowed(role, permission):
        raise PermissionDeniedError(permission, str(role))
