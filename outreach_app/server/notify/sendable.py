"""Which alerts may be sent to subscribers at all.

Issue 23: "when signed alerts land, only signed alerts are sent". Until then every
published alert is sendable; the lead wires this one function to the signature check of
protocol v2 (a feed alert then carries `signature` and `desk_id`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def alert_is_sendable(alert: Mapping[str, Any]) -> bool:
    """True when `alert` (its stored content plus `status`) may go to subscribers: it is
    published. With signed alerts: and its signature by the desk verifies."""
    return alert.get("status") == "published"
