"""The admin desk's page: regions, organisations, device enrolment codes and devices.

Every action is a call of the staff API (ops/desk.py `admin`), which the server writes to its
staff log. An enrolment code is shown once, here, and is gone from the page at lock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from outreach_app.ops import desk
from outreach_app.ops.desk_pages import AdminData, admin_data
from outreach_app.ui.context import AppContext
from outreach_app.ui.pages.desk.common import DeskPage, EnrolBox
from outreach_app.ui.pages.desk.queue import _table, fill_table, selected_key
from outreach_app.ui.widgets import button, heading

if TYPE_CHECKING:
    from outreach_app.charity.desk_client import StaffClient


class DeskAdminPage(DeskPage):
    """Attributes:
    regions / orgs / devices: the server's lists. region_id, region_name, add_region_button:
    a new region. org_name, org_regions, add_org_button: a new organisation. code_org,
    code_hours, code_button, code_shown: a device enrolment code (shown once).
    revoke_button: revoke the selected device. refresh_button: ask the server again.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Admin")
        self.enrol = EnrolBox(self)
        self.refresh_button = button(self.tr("&Refresh"), self.tr("Ask the server again"), self)
        self.regions = _table(self, self.tr("Regions"), [self.tr("Region"), self.tr("Name")])
        self.orgs = _table(self, self.tr("Organisations"), [self.tr("Organisation"), self.tr("Regions")])
        self.devices = _table(
            self,
            self.tr("Devices"),
            [self.tr("Device"), self.tr("Organisation"), self.tr("Enrolled"), self.tr("State")],
        )
        self.region_id = QLineEdit(self)
        self.region_id.setAccessibleName(self.tr("New region id"))
        self.region_id.setPlaceholderText(self.tr("id, e.g. north"))
        self.region_name = QLineEdit(self)
        self.region_name.setAccessibleName(self.tr("New region name"))
        self.add_region_button = button(self.tr("Add re&gion"), self.tr("Add the region"), self)
        self.org_name = QLineEdit(self)
        self.org_name.setAccessibleName(self.tr("New organisation name"))
        self.org_regions = QLineEdit(self)
        self.org_regions.setAccessibleName(self.tr("Its regions (comma separated)"))
        self.add_org_button = button(self.tr("Add &organisation"), self.tr("Add the organisation"), self)
        self.code_org = QLineEdit(self)
        self.code_org.setAccessibleName(self.tr("Organisation for the enrolment code"))
        self.code_hours = QSpinBox(self)
        self.code_hours.setRange(1, 24 * 14)
        self.code_hours.setValue(24)
        self.code_hours.setSuffix(self.tr(" h"))
        self.code_hours.setAccessibleName(self.tr("Hours the code stays valid"))
        self.code_button = button(
            self.tr("Make enrolment &code"), self.tr("Make a device enrolment code"), self
        )
        self.code_shown = QLabel("", self)
        self.code_shown.setAccessibleName(self.tr("The enrolment code (shown once)"))
        self.revoke_button = button(self.tr("Re&voke device…"), self.tr("Revoke the selected device"), self)

        forms = QGridLayout()
        forms.addWidget(QLabel(self.tr("New region:"), self), 0, 0)
        forms.addWidget(self.region_id, 0, 1)
        forms.addWidget(self.region_name, 0, 2)
        forms.addWidget(self.add_region_button, 0, 3)
        forms.addWidget(QLabel(self.tr("New organisation:"), self), 1, 0)
        forms.addWidget(self.org_name, 1, 1)
        forms.addWidget(self.org_regions, 1, 2)
        forms.addWidget(self.add_org_button, 1, 3)
        forms.addWidget(QLabel(self.tr("Device code for:"), self), 2, 0)
        forms.addWidget(self.code_org, 2, 1)
        forms.addWidget(self.code_hours, 2, 2)
        forms.addWidget(self.code_button, 2, 3)
        lists = QHBoxLayout()
        lists.addWidget(self.regions, 1)
        lists.addWidget(self.orgs, 1)
        lists.addWidget(self.devices, 2)
        top = QHBoxLayout()
        top.addWidget(heading(self.title, self))
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.enrol)
        column.addLayout(lists, 1)
        column.addWidget(self.revoke_button)
        column.addLayout(forms)
        column.addWidget(self.code_shown)
        column.addWidget(self.message)

        self.refresh_button.clicked.connect(self.reload)
        self.add_region_button.clicked.connect(self.add_region)
        self.add_org_button.clicked.connect(self.add_org)
        self.code_button.clicked.connect(self.make_code)
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.enrol.enrolled.connect(self.reload)

    def on_unlocked(self) -> None:
        self.enrol.load()
        self.reload()

    def clear_sensitive(self) -> None:
        self.enrol.clear()
        for table in (self.regions, self.orgs, self.devices):
            table.setRowCount(0)
        self.code_shown.clear()
        self.message.clear()

    def reload(self) -> None:
        def failed(exc: BaseException) -> None:
            if self.enrol.is_enrolled:
                self.failed(self.tr("ask the server"))(exc)

        self.ctx.tasks.run_db(admin_data, self._on_loaded, failed)

    def _on_loaded(self, data: AdminData) -> None:
        fill_table(self.regions, [[r.id, r.name] for r in data.regions], [r.id for r in data.regions])
        fill_table(
            self.orgs, [[o.name, ", ".join(o.region_ids)] for o in data.orgs], [o.id for o in data.orgs]
        )
        fill_table(
            self.devices,
            [[d.label, d.org_id, d.enrolled_on.isoformat(), d.state] for d in data.devices],
            [d.id for d in data.devices],
        )

    def _admin(self, doing: str, work: Callable[[StaffClient], object], done_text: str) -> None:
        def done(_result: object) -> None:
            self.say(done_text)
            self.reload()

        self.ctx.tasks.run_db(lambda s: desk.admin(s, work), done, self.failed(doing))

    def add_region(self) -> None:
        region_id, name = self.region_id.text().strip(), self.region_name.text().strip()
        self._admin(
            self.tr("add the region"),
            lambda client: client.add_region(region_id, name),
            self.tr("Region added."),
        )

    def add_org(self) -> None:
        name = self.org_name.text().strip()
        regions = [r.strip() for r in self.org_regions.text().split(",") if r.strip()]
        self._admin(
            self.tr("add the organisation"),
            lambda client: client.create_org(name, regions),
            self.tr("Organisation added."),
        )

    def make_code(self) -> None:
        org, hours = self.code_org.text().strip(), self.code_hours.value()

        def made(code: object) -> None:
            self.code_shown.setText(
                self.tr("Enrolment code (shown once, valid %1 h): %2")
                .replace("%1", str(getattr(code, "expires_hours", hours)))
                .replace("%2", str(getattr(code, "code", "")))
            )

        self.ctx.tasks.run_db(
            lambda s: desk.admin(s, lambda client: client.enroll_code(org, hours)),
            made,
            self.failed(self.tr("make the code")),
        )

    def ask_revoke(self) -> None:
        device_id = selected_key(self.devices)
        if device_id is None:
            self.say(self.tr("Select the device to revoke."), error=True)
            return
        self.confirm(
            self.tr("Revoke device"),
            self.tr("Revoke this device? It can no longer send or fetch anything."),
            self.tr("Revoke"),
            lambda: self._admin(
                self.tr("revoke the device"),
                lambda client: client.revoke_device(device_id),
                self.tr("Device revoked."),
            ),
        )
