"""Which pages the main window shows, in navigation order.

Pages are built by other modules (some by other helpers); a page whose module is not in this
install yet is shown as a neutral placeholder, so the shell works while pages land. Only a
missing module counts as "not there": an import error inside a page module is raised.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from outreach_app.ui.context import AppContext
from outreach_app.ui.pages.base import Page


@dataclass(frozen=True)
class PageSpec:
    """Attributes:
    key: a stable name (object name of the page, used by tests and shortcuts).
    module: the module that defines the page class.
    class_name: the page class in that module.
    title: the translated fallback title (used by the placeholder).
    """

    key: str
    module: str
    class_name: str
    title: Callable[[], str]


def _t(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("Navigation", text)


PAGE_SPECS: tuple[PageSpec, ...] = (
    PageSpec("shift", "outreach_app.ui.pages.shift", "ShiftPage", _t("Shift")),
    PageSpec("contacts", "outreach_app.ui.pages.contacts", "ContactsPage", _t("Contacts")),
    PageSpec("incidents", "outreach_app.ui.pages.incidents", "IncidentsPage", _t("Incidents")),
    PageSpec("alerts", "outreach_app.ui.pages.alerts", "AlertsPage", _t("Alerts")),
    PageSpec("review", "outreach_app.ui.pages.review", "ReviewPage", _t("Review and sync")),
    PageSpec("statistics", "outreach_app.ui.pages.statistics", "StatisticsPage", _t("Statistics")),
    PageSpec("audit", "outreach_app.ui.pages.audit", "AuditPage", _t("Audit log")),
    PageSpec("settings", "outreach_app.ui.pages.settings", "SettingsPage", _t("Settings")),
)


class PlaceholderPage(Page):
    """Stands in for a page that is not part of this install yet. Holds no record data."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = title
        label = QLabel(self.tr("This page is not available in this version yet."), self)
        label.setProperty("role", "muted")
        from PySide6.QtCore import Qt  # here: the start-up path imports this module (widgets.py)

        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)


def page_class(spec: PageSpec) -> type[Page] | None:
    """The page class for `spec`, or None when its module is not in this install."""
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name == spec.module:
            return None
        raise
    cls = getattr(module, spec.class_name, None)
    return cls if isinstance(cls, type) and issubclass(cls, Page) else None


def preload_page_modules() -> None:
    """Import every page module (safe on a worker thread: it only defines classes).

    Also imports the vault code unlock will need, so the first unlock does not pay for it.
    """
    for spec in PAGE_SPECS:
        page_class(spec)
    importlib.import_module("outreach_app.core.vault")


def build_page(spec: PageSpec, ctx: AppContext) -> Page:
    cls = page_class(spec)
    page = PlaceholderPage(ctx, spec.title()) if cls is None else cls(ctx)
    if not page.title:
        page.title = spec.title()
    page.setObjectName(f"page_{spec.key}")
    return page
