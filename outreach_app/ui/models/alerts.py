"""The current alerts as a small table model (a few dozen rows at most: no lazy loading needed)."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)

from outreach_app.domain.display import national_phone, spaced_plate
from outreach_app.protocol.alerts import Alert, AlertPerpetrator, AlertVehicle
from outreach_app.ui.models.labels import label
from outreach_app.ui.models.qt_types import AnyIndex, ItemData
from outreach_app.ui.models.row_list import RowListModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("AlertModels", text)


def perpetrator_words(p: AlertPerpetrator) -> str:
    """One perpetrator in a line of plain words (what the alert says; nothing else)."""
    ages = ""
    if p.age_min is not None or p.age_max is not None:
        ages = (
            QCoreApplication.translate("AlertModels", "aged %1-%2")
            .replace("%1", str(p.age_min or "?"))
            .replace("%2", str(p.age_max or "?"))
        )
    parts = [
        label(p.gender) if p.gender.value != "unknown" else "",
        ages,
        label(p.build) if p.build.value != "unknown" else "",
        p.height or "",
        p.hair or "",
        p.ethnicity_described or "",
        p.distinguishing_features or "",
        p.clothing or "",
        QCoreApplication.translate("AlertModels", "uses the name %1").replace("%1", p.name_used)
        if p.name_used
        else "",
        QCoreApplication.translate("AlertModels", "phone %1").replace(
            "%1", ", ".join(national_phone(n) for n in p.phone_numbers)
        )
        if p.phone_numbers
        else "",
        QCoreApplication.translate("AlertModels", "e-mail %1").replace("%1", ", ".join(p.email_addresses))
        if p.email_addresses
        else "",
        QCoreApplication.translate("AlertModels", "online %1").replace("%1", ", ".join(p.online_handles))
        if p.online_handles
        else "",
        p.website_or_app or "",
    ]
    return ", ".join(part for part in parts if part)


def vehicle_words(v: AlertVehicle) -> str:
    parts = [v.colour or "", v.make or "", v.model or ""]
    text = " ".join(part for part in parts if part)
    if v.registration:
        text = (text + ", " if text else "") + QCoreApplication.translate("AlertModels", "plate %1").replace(
            "%1", spaced_plate(v.registration)
        )
    return text


class AlertsModel(RowListModel[Alert]):
    """Alerts newest first: issued, title, what, regions, valid until; bold when new.

    Attributes:
        alerts: the rows. new_keys: "alert_id:version" of alerts not seen yet.
        region_names: region id → a name the worker knows (an area mapped to it).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        headers = [
            QCoreApplication.translate("AlertModels", "Issued"),
            QCoreApplication.translate("AlertModels", "Alert"),
            QCoreApplication.translate("AlertModels", "What happened"),
            QCoreApplication.translate("AlertModels", "Region"),
            QCoreApplication.translate("AlertModels", "Valid until"),
        ]
        super().__init__(headers, parent)
        self.new_keys: set[str] = set()
        self.region_names: dict[str, str] = {}

    @property
    def alerts(self) -> list[Alert]:
        return self.rows

    def set_alerts(self, alerts: list[Alert], new_keys: set[str], region_names: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows = list(alerts)
        self.new_keys = set(new_keys)
        self.region_names = dict(region_names)
        self.endResetModel()

    def mark_all_seen(self) -> None:
        if self.new_keys and self.alerts:
            self.new_keys = set()
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.alerts) - 1, len(self._headers) - 1))

    def clear(self) -> None:
        self.set_alerts([], set(), {})

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> ItemData:
        alert = self.row_at(index)
        if alert is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return alert.issued_on.isoformat()
            if column == 1:
                new = f"{alert.alert_id}:{alert.version}" in self.new_keys
                return (QCoreApplication.translate("AlertModels", "NEW: ") if new else "") + alert.title
            if column == 2:
                return ", ".join(label(t) for t in alert.incident_types)
            if column == 3:
                return ", ".join(self.region_names.get(r, r) for r in alert.region_ids)
            if column == 4:
                return alert.expires_on.isoformat()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
