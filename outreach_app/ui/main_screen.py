"""The unlocked part of the window: a navigation list beside the stack of pages.

Importing this module imports every page (main_window does it on a worker thread while the
unlock screen shows: `preload_page_modules`).

Pages are built when first shown (or first asked for through `pages[key]`), not all up front:
adding a page to the stack polishes every widget of it under the app's style sheet, and
building all eight took ~2.9 s per window (issue 19) for pages a shift may never open. The
navigation shows their titles before they exist (`NAV_TITLES`). The first page is built with
the screen (while the passphrase is typed: main_window.preload_pages), and a desk's Alerts page
(it keeps its draft as the alert's own row). A page that restores a draft at unlock
(`Page.RESTORES_DRAFTS`) is built then only if the vault holds one of its drafts, so a
half-filled form still comes back at unlock (and is announced); a page never built holds no
form to save at lock. (The Incidents page was built with every screen for its draft: ~0.02
CPU-s and 70 widgets a window, restyled by each theme switch; issue 19.)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from outreach_app.ui.context import AppContext
from outreach_app.ui.pages.alerts import AlertsPage
from outreach_app.ui.pages.audit import AuditPage
from outreach_app.ui.pages.base import Page
from outreach_app.ui.pages.contacts import ContactsPage
from outreach_app.ui.pages.incidents import IncidentsPage
from outreach_app.ui.pages.review import ReviewPage
from outreach_app.ui.pages.settings import SettingsPage
from outreach_app.ui.pages.shift import ShiftPage
from outreach_app.ui.pages.statistics import StatisticsPage

if TYPE_CHECKING:
    from outreach_app.ops.session import VaultSession

# The pages in navigation order, by key (the page's object name is "page_<key>"; tests and
# shortcuts use it). Ctrl+1… follow this order (main_window.PAGE_SHORTCUTS).
PAGES: tuple[tuple[str, type[Page]], ...] = (
    ("shift", ShiftPage),
    ("contacts", ContactsPage),
    ("incidents", IncidentsPage),
    ("alerts", AlertsPage),
    ("review", ReviewPage),
    ("statistics", StatisticsPage),
    ("audit", AuditPage),
    ("settings", SettingsPage),
)

# Each page class's title as its own `__init__` sets it (`self.tr(...)`, so translated in the
# class's context), for the navigation before the page is built. By class name, so the desk's
# pages need not be imported here. A page missing here is built up front for its title;
# tests/gui/shell/test_main_screen_pages.py checks each entry against the built page.
NAV_TITLES: dict[str, str] = {
    "ShiftPage": "Shift",
    "ContactsPage": "Contacts",
    "IncidentsPage": "Incidents",
    "AlertsPage": "Alerts",
    "ReviewPage": "Review and sync",
    "StatisticsPage": "Statistics",
    "AuditPage": "Audit log",
    "SettingsPage": "Settings",
    "DeskQueuePage": "Queue",
    "DeskAlertsPage": "Alerts",
    "DeskPolicePage": "Police",
    "DeskStatsPage": "Statistics",
    "DeskAdminPage": "Admin",
}


def nav_title(page_class: type[Page]) -> str | None:
    """The page's translated title without building it, or None if it is not known here."""
    source = NAV_TITLES.get(page_class.__name__)
    return None if source is None else QCoreApplication.translate(page_class.__name__, source)


def keeps_drafts(page_class: type[Page]) -> bool:
    """A page whose form can be saved as a draft at lock (it overrides `has_unsaved_draft`)."""
    return page_class.has_unsaved_draft is not Page.has_unsaved_draft


class PagesByKey(Mapping[str, Page]):
    """The screen's pages by key, in navigation order. Looking a page up builds it if it was
    not built yet; `in`, `len` and iterating the keys build nothing (`values()` and `items()`
    build every page)."""

    def __init__(self, screen: MainScreen) -> None:
        self._screen = screen

    def __getitem__(self, key: str) -> Page:
        return self._screen.page(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._screen.page_keys())

    def __len__(self) -> int:
        return len(self._screen.page_keys())

    def __contains__(self, key: object) -> bool:
        return key in self._screen.page_keys()


class MainScreen(QWidget):
    """Attributes:
    navigation: the page list (Ctrl+1…Ctrl+7 jump to a page; arrow keys move in it).
    pages: page key → page, in navigation order (built on first look-up: `PagesByKey`).

    Signals:
    page_built(key, page): a page was just built (the window wires the settings page).
    """

    page_built = Signal(str, object)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        page_set: tuple[tuple[str, type[Page]], ...] = PAGES,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_screen")
        self.ctx = ctx
        self.page_set = page_set  # the worker's PAGES, or a desk's (ui/pages/desk)
        self._classes: dict[str, type[Page]] = dict(page_set)
        self._keys: list[str] = [key for key, _class in page_set]
        self._built: dict[str, Page] = {}
        # Set between `set_unlocked` and `clear_sensitive`: a page built then loads its data.
        self._unlocked = False
        self.pages = PagesByKey(self)
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        for number, (key, page_class) in enumerate(page_set, start=1):
            title = nav_title(page_class)
            if title is None:
                title = self.page(key).title
            item = QListWidgetItem(title, self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", title).replace("%2", str(number)))
        self.navigation.setFixedWidth(max(170, self.navigation.sizeHintForColumn(0) + 40))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.navigation.currentRowChanged.connect(self._on_row)
        self.navigation.setCurrentRow(0)
        for key, page_class in page_set:
            if keeps_drafts(page_class) and not page_class.RESTORES_DRAFTS:
                # A page that keeps its draft some other way (a desk's Alerts page: the alert's
                # own draft row) is built with the screen, as before: its size sets the desk
                # window's (built later, the window first opens smaller and grows when it is shown).
                self.page(key)

    # ----- building ---------------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        """Every page's key in navigation order, built or not."""
        return list(self._keys)

    def page(self, key: str) -> Page:
        """The page `key`, built now if it was not (KeyError for a key this screen lacks)."""
        page = self._built.get(key)
        if page is not None:
            return page
        page = self._classes[key](self.ctx, self.stack)
        page.setObjectName(f"page_{key}")
        self._built[key] = page
        self.stack.addWidget(page)
        if self._unlocked:
            page.on_unlocked()
        self.page_built.emit(key, page)
        return page

    def built_page(self, key: str) -> Page | None:
        """The page `key` if it was built, else None (builds nothing)."""
        return self._built.get(key)

    def built_pages(self) -> list[Page]:
        """The pages built so far, in navigation order (only these can hold record text)."""
        return [self._built[key] for key in self._keys if key in self._built]

    def add_page(self, key: str, page: Page) -> None:
        """Add a page after the standard ones (e.g. the coordinator's audit view)."""
        page.setObjectName(f"page_{key}")
        self._keys.append(key)
        self._built[key] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(page.title, self.navigation)
        item.setData(Qt.ItemDataRole.UserRole, key)

    # ----- unlock and lock ----------------------------------------------------------------------

    def set_unlocked(self) -> None:
        """The vault is open: every built page loads its data (`on_unlocked`, which restores a
        saved draft); a page not built is built now if the vault holds a draft it restores
        (asked on the DB thread); pages built later load theirs when built."""
        self._unlocked = True
        for page in self.built_pages():
            page.on_unlocked()
        waiting = {
            key: self._classes[key].RESTORES_DRAFTS
            for key in self._keys
            if key not in self._built and self._classes[key].RESTORES_DRAFTS
        }
        if not waiting:
            return
        drafts = self.ctx.drafts_waiting

        def with_drafts(session: VaultSession) -> list[str]:
            return [
                key
                for key, draft_ids in waiting.items()
                if any(drafts.load(session, draft_id) is not None for draft_id in draft_ids)
            ]

        def build(keys: list[str]) -> None:
            if self._unlocked:  # not if the vault was locked again meanwhile
                for key in keys:
                    self.page(key)  # built in the open vault: its on_unlocked restores the draft

        self.ctx.tasks.run_db(with_drafts, build)

    def clear_sensitive(self) -> None:
        """Lock: every built page drops its record text (pages not built hold none)."""
        self._unlocked = False
        for page in self.built_pages():
            page.clear_sensitive()

    # ----- navigation -----------------------------------------------------------------------

    def _on_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(self._keys[row])
        self.stack.setCurrentWidget(page)
        page.on_shown()

    def show_page(self, key: str) -> Page:
        self.navigation.setCurrentRow(self._keys.index(key))
        return self.page(key)

    def show_page_number(self, number: int) -> None:
        if 1 <= number <= self.navigation.count():
            self.navigation.setCurrentRow(number - 1)

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page
