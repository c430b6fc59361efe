"""The main screen's pages are imported directly (no registry by name, no placeholders)."""

from __future__ import annotations

from outreach_app.ui import main_screen, main_window
from outreach_app.ui.pages.base import Page


def test_every_page_has_a_shortcut_and_a_unique_key() -> None:
    keys = [key for key, _cls in main_screen.PAGES]
    assert len(keys) == main_window.PAGE_SHORTCUTS == len(set(keys)) == 8
    assert keys[0] == "shift" and keys[-1] == "settings"
    assert all(issubclass(cls, Page) for _key, cls in main_screen.PAGES)
