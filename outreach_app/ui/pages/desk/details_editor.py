"""The alert's structured details, editable: per perpetrator the phone numbers, e-mail
addresses, handles, the name used and a description; per vehicle the plate, make, model and
colour.

Lists are typed comma separated. What the editor does not show (age, build, hair...) is kept
as the report had it. The values are not checked here: the Alert model checks and normalises
them when the preview is drawn and when the draft is saved (`ops.desk.edit_alert`), and the
page says what it refused.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

# (key in the perpetrator's dict, is it a list)
PERSON_FIELDS = (
    ("phone_numbers", True),
    ("email_addresses", True),
    ("online_handles", True),
    ("name_used", False),
    ("distinguishing_features", False),
)
VEHICLE_FIELDS = ("registration", "make", "model", "colour")


def _text(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _merged(original: Mapping[str, object], typed: dict[str, str], lists: set[str]) -> dict[str, object]:
    """`original` with the typed values: lists split at commas, blanks left out."""
    out = {k: v for k, v in original.items() if k not in typed}
    for key, text in typed.items():
        if key in lists:
            items = [part.strip() for part in text.split(",") if part.strip()]
            if items:
                out[key] = items
            elif isinstance(original.get(key), list):
                out[key] = []  # as the report had "none" (so an untouched draft stays unchanged)
        elif text.strip():
            out[key] = text.strip()
    return out


class DetailsEditor(QWidget):
    """Signals: changed() as staff type.

    Attributes: people[i][key] / vehicles[i][key]: the line edit of that field.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[dict[str, QLineEdit]] = []
        self.vehicles: list[dict[str, QLineEdit]] = []
        self._originals: tuple[list[dict[str, object]], list[dict[str, object]]] = ([], [])
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)

    def _titles(self) -> dict[str, str]:
        return {
            "phone_numbers": self.tr("Phone numbers:"),
            "email_addresses": self.tr("E-mail addresses:"),
            "online_handles": self.tr("Handles:"),
            "name_used": self.tr("Name used:"),
            "distinguishing_features": self.tr("Description:"),
            "registration": self.tr("Plate:"),
            "make": self.tr("Make:"),
            "model": self.tr("Model:"),
            "colour": self.tr("Colour:"),
        }

    def clear(self) -> None:
        self.set_details((), ())

    def set_details(
        self, perpetrators: Sequence[Mapping[str, object]], vehicles: Sequence[Mapping[str, object]]
    ) -> None:
        while self._column.count():
            item = self._column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self._originals = ([dict(p) for p in perpetrators], [dict(v) for v in vehicles])
        titles = self._titles()
        self.people = [
            self._group(
                self.tr("Perpetrator %1").replace("%1", str(n)), person, [k for k, _ in PERSON_FIELDS], titles
            )
            for n, person in enumerate(perpetrators, start=1)
        ]
        self.vehicles = [
            self._group(self.tr("Vehicle %1").replace("%1", str(n)), vehicle, list(VEHICLE_FIELDS), titles)
            for n, vehicle in enumerate(vehicles, start=1)
        ]
        self._column.addStretch(1)  # the groups keep their height; spare room stays below

    def _group(
        self, title: str, values: Mapping[str, object], keys: list[str], titles: dict[str, str]
    ) -> dict[str, QLineEdit]:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        edits: dict[str, QLineEdit] = {}
        for key in keys:
            edit = QLineEdit(_text(values.get(key)), box)
            edit.setAccessibleName(f"{title}: {titles[key].rstrip(':')}")
            edit.textChanged.connect(lambda _t: self.changed.emit())
            form.addRow(titles[key], edit)
            edits[key] = edit
        self._column.addWidget(box)
        return edits

    def editors(self) -> list[QLineEdit]:
        """Every line edit, in reading order (the Tab chain)."""
        return [e for group in (*self.people, *self.vehicles) for e in group.values()]

    def details(self) -> tuple[tuple[dict[str, object], ...], tuple[dict[str, object], ...]]:
        """(perpetrators, vehicles) as typed, each kept with what the editor does not show."""
        person_lists = {k for k, is_list in PERSON_FIELDS if is_list}
        people = tuple(
            _merged(original, {k: e.text() for k, e in edits.items()}, person_lists)
            for original, edits in zip(self._originals[0], self.people, strict=True)
        )
        vehicles = tuple(
            _merged(original, {k: e.text() for k, e in edits.items()}, set())
            for original, edits in zip(self._originals[1], self.vehicles, strict=True)
        )
        return people, vehicles
