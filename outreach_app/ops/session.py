"""The unlocked vault every op takes first, named here so the UI types its sessions without
importing `core` (the UI imports only ops, services, domain and protocol)."""

from __future__ import annotations

from outreach_app.core.vault_session import VaultClosedError, VaultSession

__all__ = ["VaultClosedError", "VaultSession"]
