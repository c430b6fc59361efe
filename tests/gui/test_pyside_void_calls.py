"""Guards the PySide6 pin: 6.12.0 on Python 3.11 over-releases None on void Qt calls and
aborts after a few thousand of them (../shared/TOOLCHAIN.md). A bad upgrade dies here."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def test_ten_thousand_void_qt_calls_do_not_crash(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    for index in range(10_000):
        label.setText(str(index))  # void call
        label.setEnabled(index % 2 == 0)  # void call
    assert label.text() == "9999"
    assert label.isEnabled() is False
