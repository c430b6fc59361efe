"""The charity desk's pages (issue 22): the main window shows these instead of the worker's
when the vault is a desk (`ops.desk_pages.desk_role`, read from the marker before unlock).

Each role gets the pages of its work, then Statistics and the worker's Settings (passphrase,
backups, theme, quick delete are the same vault machinery):
alerts → Queue, Alerts · police → Queue, Police · admin → Admin.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from outreach_app.protocol.staff import StaffRole

if TYPE_CHECKING:
    from outreach_app.domain.layout import VaultLayout
    from outreach_app.ui.pages.base import Page

PageSet = tuple[tuple[str, type["Page"]], ...]


def desk_pages(role: StaffRole) -> PageSet:
    """The desk's pages in navigation order (keys are the pages' object names after "page_")."""
    from outreach_app.ui.pages.desk.admin import DeskAdminPage
    from outreach_app.ui.pages.desk.alerts import DeskAlertsPage
    from outreach_app.ui.pages.desk.police import DeskPolicePage
    from outreach_app.ui.pages.desk.queue import DeskQueuePage
    from outreach_app.ui.pages.desk.stats import DeskStatsPage
    from outreach_app.ui.pages.settings import SettingsPage

    work: PageSet
    if role is StaffRole.ALERTS:
        work = (("desk_queue", DeskQueuePage), ("desk_alerts", DeskAlertsPage))
    elif role is StaffRole.POLICE:
        work = (("desk_queue", DeskQueuePage), ("desk_police", DeskPolicePage))
    else:
        work = (("desk_admin", DeskAdminPage),)
    return (*work, ("desk_stats", DeskStatsPage), ("settings", SettingsPage))


# ops.desk.DESK_MODE_FILE, named here so a worker's vault never imports the desk's ops (and
# httpx with them) while its pages are built (tests/gui/desk/test_desk_mode.py checks it).
DESK_MARKER = "desk-mode"


def page_set_for(layout: VaultLayout) -> PageSet:
    """The pages the vault in `layout` opens on: a desk's by its role, else the worker's."""
    from outreach_app.ui.main_screen import PAGES

    if not (layout.data_dir / DESK_MARKER).is_file():
        return PAGES
    from outreach_app.ops.desk import desk_role

    role = desk_role(layout)
    return PAGES if role is None else desk_pages(role)
