"""First run's "who is this laptop for": an outreach worker (the default) or a charity desk.

A desk is the same vault (own passphrase, slots, backups) holding the desk's new key pairs
(ops.desk.init_desk); its role picks its pages (ui/pages/desk). The desk's id is its name in
the charity's key bundle; the label is how the server's staff log names it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from outreach_app.protocol.staff import StaffRole


@dataclass(frozen=True)
class DeskChoice:
    role: StaffRole
    desk_id: str
    label: str


class DeskChoiceBox(QWidget):
    """Attributes:
    worker / desk: the two choices. role, desk_id, label: the desk's details (shown for a desk).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = QRadioButton(self.tr("An outreach &worker's records"), self)
        self.worker.setChecked(True)
        self.desk = QRadioButton(self.tr("The charity's &desk (staff: triage, alerts, police, admin)"), self)
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Desk role"))
        for role, words in (
            (StaffRole.ALERTS, self.tr("Alerts desk")),
            (StaffRole.POLICE, self.tr("Police desk")),
            (StaffRole.ADMIN, self.tr("Admin desk")),
        ):
            self.role.addItem(words, role.value)
        self.desk_id = QLineEdit(self)
        self.desk_id.setAccessibleName(self.tr("Desk id in the key bundle"))
        self.label = QLineEdit(self)
        self.label.setAccessibleName(self.tr("Desk name in the server's log"))
        self.details = QWidget(self)
        grid = QGridLayout(self.details)
        grid.setContentsMargins(24, 0, 0, 0)
        for row, (text, widget) in enumerate(
            (
                (self.tr("R&ole:"), self.role),
                (self.tr("Desk &id:"), self.desk_id),
                (self.tr("&Name:"), self.label),
            )
        ):
            name = QLabel(text, self.details)
            name.setBuddy(widget)
            grid.addWidget(name, row, 0)
            grid.addWidget(widget, row, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("This laptop keeps:"), self))
        column.addWidget(self.worker)
        column.addWidget(self.desk)
        column.addWidget(self.details)
        self.role.currentIndexChanged.connect(lambda _i: self._default_id())
        self.desk.toggled.connect(lambda _on: self._show())
        self._default_id()
        self._show()

    def _default_id(self) -> None:
        self.desk_id.setPlaceholderText(f"{self.role.currentData()}-1")
        self.label.setPlaceholderText(self.desk_id.placeholderText())

    def _show(self) -> None:
        self.details.setVisible(self.desk.isChecked())

    def choice(self) -> DeskChoice | None:
        """The desk to make, or None for a worker's vault."""
        if not self.desk.isChecked():
            return None
        role = StaffRole(self.role.currentData())
        desk_id = self.desk_id.text().strip() or f"{role.value}-1"
        return DeskChoice(role, desk_id, self.label.text().strip() or desk_id)

    def reset(self) -> None:
        self.worker.setChecked(True)
        self.desk_id.clear()
        self.label.clear()
