"""Run order: modules with a `slow` test first, each module's tests still together.

xdist hands tests out in collection order; a minute-long test collected last keeps one worker
busy while the other has nothing left to do. Started first, the long tests overlap with the
many short ones. Modules move as a whole so a module-scoped fixture is still made once.
"""

from __future__ import annotations

import pytest


def slow_modules_first(items: list[pytest.Item]) -> None:
    """Reorder `items` in place (a stable sort: the order within each part is kept)."""
    slow = {item.path for item in items if item.get_closest_marker("slow") is not None}
    items.sort(key=lambda item: item.path not in slow)
