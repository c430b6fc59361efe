"""The main screen's pages: imported directly (no registry by name, no placeholders), and built
when first shown (issue 19), with their titles in the navigation before that."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from outreach_app.domain.texts import TRANSLATED_LANGUAGES
from outreach_app.services.changes import CONTACTS, Changes
from outreach_app.ui import main_screen, main_window
from outreach_app.ui.main_screen import NAV_TITLES, MainScreen, nav_title
from outreach_app.ui.pages.base import Page
from outreach_app.ui.pages.desk import desk_pages
from outreach_app.ui.pages.settings import SettingsPage
from tests.gui.pages.conftest import make_ctx
from tests.gui.pages.language_walk import in_language

from .conftest import create_via_ui, run_sync, settle


def test_every_page_has_a_shortcut_and_a_unique_key() -> None:
    keys = [key for key, _cls in main_screen.PAGES]
    assert len(keys) == main_window.PAGE_SHORTCUTS == len(set(keys)) == 8
    assert keys[0] == "shift" and keys[-1] == "settings"
    assert all(issubclass(cls, Page) for _key, cls in main_screen.PAGES)


def _every_page_class() -> list[type[Page]]:
    from outreach_app.protocol.staff import StaffRole

    classes = [cls for _key, cls in main_screen.PAGES]
    for role in StaffRole:
        classes += [cls for _key, cls in desk_pages(role) if cls not in classes]
    return classes


@pytest.mark.parametrize("lang", ["en", TRANSLATED_LANGUAGES[0]])
def test_the_navigation_titles_are_the_built_pages_own(lang: str, qapp: Any, tmp_path: Path) -> None:
    """A page's title before it is built (NAV_TITLES) is the one it sets itself, translated."""
    ctx = make_ctx(tmp_path)
    classes = _every_page_class()
    assert {cls.__name__ for cls in classes} == set(NAV_TITLES)
    with in_language(lang):
        for cls in classes:
            page = cls(ctx)
            assert page.title and nav_title(cls) == page.title, cls.__name__
            page.deleteLater()
        translated = [cls for cls in classes if nav_title(cls) != NAV_TITLES[cls.__name__]]
        assert bool(translated) == (lang != "en")  # the other language really was installed
    ctx.tasks.shutdown()


def test_a_main_screen_builds_its_first_page_then_each_page_when_shown(
    qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    ctx = make_ctx(tmp_path)
    screen = MainScreen(ctx)
    qtbot.addWidget(screen)
    titles = [screen.navigation.item(row).text() for row in range(screen.navigation.count())]
    assert titles == [
        "Shift",
        "Contacts",
        "Incidents",
        "Alerts",
        "Review and sync",
        "Statistics",
        "Audit log",
        "Settings",
    ]
    # The first page only: a page with a draft is built at unlock if the vault holds one
    # (test_incidents_page.py), and the Incidents page's form waits for its first use.
    assert [page.objectName() for page in screen.built_pages()] == ["page_shift"]
    assert screen.pages["incidents"].built_form() is None  # type: ignore[attr-defined]
    # Asking what exists builds nothing.
    assert "audit" in screen.pages and "nothing" not in screen.pages
    assert list(screen.pages) == [key for key, _cls in main_screen.PAGES] and len(screen.pages) == 8
    assert screen.built_page("audit") is None

    screen.navigation.setCurrentRow(6)
    audit = screen.built_page("audit")
    assert audit is not None and screen.current_page() is audit and audit.objectName() == "page_audit"
    assert screen.show_page("contacts") is screen.current_page() is screen.pages["contacts"]
    settings = screen.pages["settings"]  # a look-up builds it, without showing it
    assert isinstance(settings, SettingsPage) and screen.current_page() is screen.pages["contacts"]
    assert [page.objectName() for page in screen.built_pages()] == [
        "page_shift",
        "page_contacts",
        "page_incidents",
        "page_audit",
        "page_settings",
    ]
    ctx.tasks.shutdown()


def _add_contact(session: Any, note: str) -> None:
    from outreach_app.domain.models import Contact
    from outreach_app.storage.repos.contacts import add_contact

    add_contact(session.conn, Contact(notes=note))


def test_pages_built_after_unlock_load_the_vault_and_lock_clears_them(
    qtbot: Any, desktop: Any, passphrase: str, canary: str
) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    screen = window.main_screen
    # Unlocking built no page (the first was built before) and no interview form: the vault
    # holds no draft to restore.
    assert [page.objectName() for page in screen.built_pages()] == ["page_shift"]
    run_sync(qtbot, window.ctx.tasks, lambda s: _add_contact(s, canary))
    window.ctx.changes.publish(Changes.of(CONTACTS))
    settle(qtbot, window.ctx.tasks)

    contacts = screen.show_page("contacts")  # built now, in an open vault: it loads
    settle(qtbot, window.ctx.tasks)
    model = contacts.model  # type: ignore[attr-defined]
    assert model.rowCount() == 1

    window.lock("user")
    assert model.rowCount() == 0


def test_the_settings_page_built_late_shows_the_theme_and_the_server_link(
    qtbot: Any, desktop: Any, passphrase: str, tmp_path: Path
) -> None:
    from outreach_app import app_demo
    from outreach_app.sync.enrollment_v2 import enroll_v2

    window = desktop.window
    # Not the default: the page must take it from the window. Chosen before the main screen is
    # built, so only the first-run screen is restyled (with the main screen's pages: ~0.5 CPU-s).
    window.set_theme("light")
    create_via_ui(qtbot, window, passphrase)
    assert window.main_screen.built_page("settings") is None
    with app_demo.running_demo_server(tmp_path) as server:
        code = server.enroll_code()
        run_sync(
            qtbot,
            window.ctx.tasks,
            lambda s: enroll_v2(s.conn, server.url, code, server.root_fingerprint, device_label="Laptop"),
        )
        page = window.main_screen.pages["settings"]
        settle(qtbot, window.ctx.tasks)
        assert isinstance(page, SettingsPage)
        assert page.theme.currentData() == "light"
        assert page.link_state.text() == f"Linked to {app_demo.DEMO_ORG} at {server.url}."
