"""What the unlock found about the vault's role-protected settings (`VaultSession.role_check`),
named for the UI's notice (ui/role_notice.py), which imports no core."""

from __future__ import annotations

from outreach_app.core.vault_roles import RoleCheck, RoleStatus

__all__ = ["RoleCheck", "RoleStatus"]
