"""The unlocked part of the window: a navigation list beside the stack of pages.

Importing this module imports every page (main_window does it on a worker thread while the
unlock screen shows: `preload_page_modules`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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


class MainScreen(QWidget):
    """Attributes:
    navigation: the page list (Ctrl+1…Ctrl+7 jump to a page; arrow keys move in it).
    pages: page key → page, in navigation order.
    """

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        page_set: tuple[tuple[str, type[Page]], ...] = PAGES,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_screen")
        self.page_set = page_set  # the worker's PAGES, or a desk's (ui/pages/desk)
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, Page] = {}
        for number, (key, page_class) in enumerate(page_set, start=1):
            page = page_class(ctx)
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(page.title, self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", page.title).replace("%2", str(number)))
        self.navigation.setFixedWidth(max(170, self.navigation.sizeHintForColumn(0) + 40))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.navigation.currentRowChanged.connect(self._on_row)
        self.navigation.setCurrentRow(0)

    def add_page(self, key: str, page: Page) -> None:
        """Add a page after the standard ones (e.g. the coordinator's audit view)."""
        page.setObjectName(f"page_{key}")
        self.pages[key] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(page.title, self.navigation)
        item.setData(Qt.ItemDataRole.UserRole, key)

    def _on_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        if isinstance(page, Page):
            page.on_shown()

    def show_page(self, key: str) -> Page:
        keys = list(self.pages)
        self.navigation.setCurrentRow(keys.index(key))
        return self.pages[key]

    def show_page_number(self, number: int) -> None:
        if 1 <= number <= self.navigation.count():
            self.navigation.setCurrentRow(number - 1)

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page
