"""Fixtures for every GUI test.

- `qtbot`: pytest-qt's, its `waitUntil` checking the condition every millisecond rather than
  every 10 (tests/gui/quick_waits.py: the workers no longer idle up to 9 ms a wait).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.gui.quick_waits import QuickQtBot


@pytest.fixture
def qtbot(qapp: Any, request: pytest.FixtureRequest) -> QuickQtBot:
    """pytest-qt's fixture of the same name, made with `QuickQtBot`."""
    return QuickQtBot(request)
