"""A keyboard and screen-reader walk over every page and dialog of the real window.

For each page (and each step of the incident interview, and each dialog the pages open):
- Alt mnemonics are unique among what is on screen, and no text shows a literal "&";
- Tab leaves tables and text areas (it never walks cell by cell or inserts a tab);
- pressing Tab from the first field reaches every enabled input on screen;
- every input has an accessible name, and no combo box is announced by its current value.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from outreach_app.domain.models import Contact, Person

from .conftest import create_via_ui, run_sync, settle

INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
)
_MNEMONIC = re.compile(r"&(?!&)(.)")


def _shown(root: QWidget) -> Iterator[QWidget]:
    """Widgets of `root`'s window that are on screen now (not parts of other widgets)."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        parent = widget.parent()
        if isinstance(parent, QComboBox | QAbstractSpinBox | QAbstractItemView | QTabBar):
            continue  # inner parts: a combo's line edit, a spin box's, a view's scroll bars
        if type(widget).__name__ in {"QScrollBar", "QHeaderView", "QTableCornerButton"}:
            continue
        if (
            isinstance(widget, QAbstractButton)
            and not widget.text()
            and type(parent).__name__
            in {
                "QLineEdit",
                "QDateTimeEdit",
                "QDateEdit",
                "QCalendarWidget",
            }
        ):
            continue  # a line edit's clear button, a date edit's calendar button
        yield widget


def _texts_with_mnemonics(widgets: list[QWidget]) -> list[tuple[str, QWidget]]:
    texts: list[tuple[str, QWidget]] = []
    for widget in widgets:
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            texts.append((widget.text(), widget))
        elif isinstance(widget, QGroupBox):
            texts.append((widget.title(), widget))
    return texts


def mnemonic_clashes(root: QWidget) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for text, _widget in _texts_with_mnemonics(list(_shown(root))):
        for letter in _MNEMONIC.findall(text):
            key = letter.lower()
            if key in seen and seen[key] != text:
                clashes.append(f"Alt+{key.upper()}: {seen[key]!r} and {text!r}")
            seen[key] = text
    return clashes


def literal_ampersands(root: QWidget) -> list[str]:
    found = []
    for widget in _shown(root):
        if (
            isinstance(widget, QLabel)
            and widget.buddy() is None
            and widget.textFormat() != Qt.TextFormat.RichText
        ):
            text = widget.text()
            if "&" in text.replace("&&", "") and not QtGui.Qt.mightBeRichText(text):
                found.append(text)
        # A list view shows no header (and a list model's columnCount is private in PySide6).
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListView) and widget.model():
            model = widget.model()
            for column in range(model.columnCount()):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(header, str) and "&" in header:
                    found.append(f"column {header!r}")
    return found


def tab_traps(root: QWidget) -> list[str]:
    traps = []
    for widget in _shown(root):
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
            traps.append(f"table {widget.accessibleName()!r} walks its cells with Tab")
        if (
            isinstance(widget, QPlainTextEdit | QTextEdit)
            and not widget.isReadOnly()
            and not widget.tabChangesFocus()
        ):
            traps.append(f"text area {widget.accessibleName()!r} types a tab instead of moving on")
    return traps


def naming_problems(root: QWidget) -> list[str]:
    problems = []
    for widget in _shown(root):
        if not isinstance(widget, INPUTS):
            continue
        name = widget.accessibleName()
        if isinstance(widget, QAbstractButton) and not name:
            name = widget.text().replace("&", "")
        if not name.strip():
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} has no accessible name")
        elif isinstance(widget, QComboBox) and name in {widget.itemText(i) for i in range(widget.count())}:
            problems.append(f"combo box named by its value {name!r}")
    return problems


def _tab_stops(widget: QWidget) -> bool:
    return (
        widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and isinstance(widget, INPUTS)
        and not (isinstance(widget, QAbstractButton) and widget.focusProxy() is not None)
    )


def unreachable_by_tab(qtbot: Any, root: QWidget, start: QWidget) -> list[str]:
    """Inputs on screen that Tab, pressed from `start`, never reaches (real key presses)."""
    wanted = [w for w in _shown(root) if _tab_stops(w)]
    root.window().activateWindow()  # keys go to the active window (a dialog is its own)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is root.window(), timeout=5000)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    reached: set[int] = set()
    for _ in range(3 * len(wanted) + 10):
        focus = QApplication.focusWidget()
        if focus is None:
            break
        reached.add(id(focus))
        proxy_of = focus.parentWidget()
        if proxy_of is not None:
            reached.add(id(proxy_of))  # a spin box's or combo box's inner line edit
        QTest.keyClick(focus, Qt.Key.Key_Tab)
    return [
        f"{type(w).__name__} {w.accessibleName() or w.objectName()!r}" for w in wanted if id(w) not in reached
    ]


def _add_records(session: Any) -> None:
    from outreach_app.storage.repos.contacts import add_contact
    from outreach_app.storage.repos.people import add_person

    person = Person(alias="Jo")
    add_person(session.conn, person)
    add_contact(session.conn, Contact(notes="a note", person_id=person.id))


def _screens(qtbot: Any, window: Any) -> Iterator[tuple[str, QWidget]]:
    """Every page, every step of the incident interview, and the dialogs pages open."""
    screen = window.main_screen
    for key in screen.pages:
        page = screen.show_page(key)
        settle(qtbot, window.ctx.tasks)
        yield key, page
    incidents = screen.show_page("incidents")
    incidents.new_incident()  # type: ignore[attr-defined]
    settle(qtbot, window.ctx.tasks)
    form = incidents.form  # type: ignore[attr-defined]
    form.perpetrators.add()
    form.vehicles.add()
    for step in range(4):  # the four interview steps (consent and preview come after saving)
        form.set_step(step)
        settle(qtbot, window.ctx.tasks)
        yield f"incident step {step}", incidents
    yield "contact editor", _open_contact_editor(qtbot, window)
    _open_dialog().reject()
    yield "change passphrase", window.open_change_passphrase()
    _open_dialog().reject()


def _open_contact_editor(qtbot: Any, window: Any) -> QDialog:
    contacts = window.main_screen.show_page("contacts")
    contacts.on_unlocked()  # list the contact added after unlock
    settle(qtbot, window.ctx.tasks)
    contacts.table.selectRow(0)
    settle(qtbot, window.ctx.tasks)
    contacts.edit_selected()
    return _open_dialog()


def _open_dialog() -> QDialog:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def _ready(qtbot: Any, window: Any, passphrase: str) -> Any:
    window.resize(1280, 900)
    create_via_ui(qtbot, window, passphrase)
    run_sync(qtbot, window.ctx.tasks, _add_records)
    return window


@pytest.fixture
def walked(qtbot, desktop, passphrase) -> list[tuple[str, QWidget]]:
    return _ready(qtbot, desktop.window, passphrase)


@pytest.fixture(scope="module")
def read_walk(qapp, request, tmp_path_factory) -> dict[str, list[str]]:
    """One walk over every screen for the three checks that only read them (mnemonics, Tab
    traps, names), each screen checked while it is shown: the same screens in the same states as
    a walk per test, at a third of the cost (a walk is ~3 CPU-s; issue 19). The three are one
    xdist group (`_ONE_READ_WALK`), so one worker makes the walk. The window is made and
    closed here, as the `desktop` fixture does (cheap KDF kept, no free-memory sweep at lock).
    The tests that press keys (Tab, the date fields) walk a window of their own."""
    from outreach_app.core import vault_keys, vault_session
    from outreach_app.crypto.kdf import TEST_KDF
    from outreach_app.domain.layout import VaultLayout
    from tests.fake_clock import FakeClock
    from tests.gui.quick_waits import QuickQtBot

    from .conftest import _desktop

    qtbot = QuickQtBot(request)
    found: dict[str, list[str]] = {"screens": [], "mnemonics": [], "tab traps": [], "names": []}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(vault_session, "scrub_free_memory", lambda: 0)
        patch.setattr(vault_keys, "PRODUCTION_KDF", TEST_KDF)
        desktop = _desktop(qtbot, VaultLayout(tmp_path_factory.mktemp("walk") / "vault"), FakeClock())
        window = _ready(qtbot, next(desktop).window, "-".join(secrets.token_hex(4) for _ in range(5)))
        try:
            for name, root in _screens(qtbot, window):
                found["screens"].append(name)
                shell = [] if isinstance(root, QDialog) else mnemonic_clashes(window.status)
                found["mnemonics"] += [
                    f"{name}: {p}" for p in mnemonic_clashes(root) + shell + literal_ampersands(root)
                ]
                found["tab traps"] += [f"{name}: {p}" for p in tab_traps(root)]
                found["names"] += [f"{name}: {p}" for p in naming_problems(root)]
        finally:
            next(desktop, None)  # close the window and the vault
    return found


# The three checks of the shared walk run on one xdist worker, so the walk is made once per run
# (handed out one by one, they were split between the workers and each made a walk: ~3 CPU-s).
_ONE_READ_WALK = pytest.mark.xdist_group("keyboard_read_walk")


def _saw_every_screen(read_walk: dict[str, list[str]]) -> None:
    """The shared walk went everywhere (an empty or cut-short walk would find no problems)."""
    from outreach_app.ui.main_screen import PAGES

    assert read_walk["screens"] == [
        *(key for key, _page in PAGES),
        *(f"incident step {step}" for step in range(4)),
        "contact editor",
        "change passphrase",
    ]


@_ONE_READ_WALK
def test_every_screen_has_unique_mnemonics_and_no_literal_ampersand(read_walk) -> None:
    _saw_every_screen(read_walk)
    assert read_walk["mnemonics"] == [], "\n".join(read_walk["mnemonics"])


@_ONE_READ_WALK
def test_tab_leaves_tables_and_text_areas_on_every_screen(read_walk) -> None:
    _saw_every_screen(read_walk)
    assert read_walk["tab traps"] == [], "\n".join(read_walk["tab traps"])


@_ONE_READ_WALK
def test_every_input_is_named_and_no_combo_box_by_its_value(read_walk) -> None:
    _saw_every_screen(read_walk)
    assert read_walk["names"] == [], "\n".join(read_walk["names"])


def test_tab_reaches_every_field_on_every_screen(qtbot, walked) -> None:
    walked.activateWindow()
    problems = []
    for name, root in _screens(qtbot, walked):
        first = next((w for w in _shown(root) if _tab_stops(w)), None)
        if first is None:
            continue
        problems += [f"{name}: {p}" for p in unreachable_by_tab(qtbot, root, first)]
    assert problems == [], "\n".join(problems)


def _one_tab_leaves(qtbot: Any, field: QWidget) -> bool:
    field.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is field.window(), timeout=5000)
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    return focus is not field and not field.isAncestorOf(focus)


def test_date_fields_take_one_tab_and_add_puts_the_cursor_in_the_new_vehicle(qtbot, walked) -> None:
    screen = walked.main_screen
    statistics = screen.show_page("statistics")
    assert _one_tab_leaves(qtbot, statistics.start_edit)  # type: ignore[attr-defined]
    incidents = screen.show_page("incidents")
    incidents.new_incident()  # type: ignore[attr-defined]
    settle(qtbot, walked.ctx.tasks)
    form = incidents.form  # type: ignore[attr-defined]
    form.set_step(1)
    assert _one_tab_leaves(qtbot, form.when)
    form.set_step(2)
    vehicles = form.vehicles
    vehicles.add_button.setFocus()
    QTest.keyClick(vehicles.add_button, Qt.Key.Key_Space)
    editor = vehicles.editors()[-1]
    focus = QApplication.focusWidget()
    assert focus is not None and editor.isAncestorOf(focus)  # no Tab needed at all
    dialog = _open_contact_editor(qtbot, walked)
    assert _one_tab_leaves(qtbot, dialog.when)  # type: ignore[attr-defined]
    dialog.reject()
