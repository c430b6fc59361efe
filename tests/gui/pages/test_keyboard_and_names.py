"""Every control of the record pages has an accessible name, and the main paths need no mouse."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from outreach_app.ui.pages.alerts import AlertsPage
from outreach_app.ui.pages.contacts import ContactsPage
from outreach_app.ui.pages.incidents import IncidentsPage
from outreach_app.ui.pages.review import ReviewPage
from outreach_app.ui.pages.shift import ShiftPage

from .conftest import settle

INTERACTIVE = (
    QLineEdit,
    QAbstractButton,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE):
            continue
        parent = widget.parent()
        if parent is not None and isinstance(parent, QComboBox | QAbstractSpinBox | QAbstractItemView):
            continue  # the inner parts of a combo box, spin box or view
        if type(widget).__name__ in {"QScrollBar", "QHeaderView", "QTableCornerButton"}:
            continue
        if widget.window() is not root.window():
            continue  # popups of combo boxes and completers (their own windows)
        inner_button = isinstance(widget, QAbstractButton) and not widget.text() and parent is not None
        if inner_button and type(parent).__name__ in {
            "QTabBar",
            "QLineEdit",
            "QDateTimeEdit",
            "QCalendarWidget",
        }:
            continue  # tab scrollers, a line edit's clear button
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(parent).__name__}")
    return missing


def test_every_control_has_an_accessible_name(qtbot, vault_ctx) -> None:
    pages: list[Any] = [
        cls(vault_ctx) for cls in (ShiftPage, ContactsPage, IncidentsPage, AlertsPage, ReviewPage)
    ]
    for page in pages:
        qtbot.addWidget(page)
        page.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    incidents = pages[2]
    incidents.new_incident()
    settle(qtbot, vault_ctx.tasks)
    incidents.form.perpetrators.add()
    incidents.form.vehicles.add()
    for page in pages:
        assert unnamed(page) == [], type(page).__name__


def test_incident_interview_steps_by_keyboard(qtbot, vault_ctx) -> None:
    page = IncidentsPage(vault_ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    page.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    page.new_incident()
    settle(qtbot, vault_ctx.tasks)
    form = page.form
    assert form.step() == 0
    # Buttons carry Alt mnemonics (&Next, &Back) for desktops; the offscreen test platform has
    # no mnemonics, so drive them the other keyboard way: focus and Space.
    assert "&Next" in form.next_button.text() and "&Back" in form.back_button.text()
    form.next_button.setFocus()
    qtbot.keyClick(form.next_button, Qt.Key.Key_Space)
    assert form.step() == 1
    qtbot.keyClick(form.next_button, Qt.Key.Key_Space)
    assert form.step() == 2
    form.back_button.setFocus()
    qtbot.keyClick(form.back_button, Qt.Key.Key_Space)
    assert form.step() == 1


def test_contacts_tab_order_runs_search_filters_table_actions(qtbot, vault_ctx) -> None:
    page = ContactsPage(vault_ctx)
    qtbot.addWidget(page)
    page.show()
    order = [page.search, page.area_filter, page.date_filter, page.kind_filter, page.table]
    for first, second in itertools.pairwise(order):
        assert first.nextInFocusChain() is second or _next_focusable(first) is second


def _next_focusable(widget: QWidget) -> QWidget:
    candidate = widget.nextInFocusChain()
    while candidate is not widget and not (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus):
        candidate = candidate.nextInFocusChain()
    return candidate
