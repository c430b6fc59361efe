"""Printing with no printer (issue 16): the app asks where to save, writes the PDF 0600 and
records it in the vault for quick delete — it never leaves Qt's `~/print.pdf` behind."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter

from outreach_app.services.changes import OUTSIDE_FILES, Changes
from outreach_app.storage.repos.outside_files import OutsideKind, list_outside_files
from outreach_app.ui import print_to_file
from outreach_app.ui.pages.incident_form import IncidentForm

from .conftest import run_sync, settle
from .test_alerts_page import _page as alerts_page
from .test_handout import pdf_text


@pytest.fixture
def no_printer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """No printer installed; the save dialog answers with a file in the test's folder."""
    asked: list[str] = []

    def ask(_parent: Any, title: str, suggested: str, then: Callable[[Path], None]) -> None:
        asked.append(suggested)
        then(tmp_path / "Documents" / suggested)

    (tmp_path / "Documents").mkdir()
    monkeypatch.setattr(print_to_file, "printers_available", lambda: False)
    monkeypatch.setattr(print_to_file, "ask_pdf_path", ask)
    return asked


def _recorded(qtbot: Any, ctx: Any) -> list[tuple[str, OutsideKind]]:
    found = run_sync(qtbot, ctx.tasks, lambda s: list_outside_files(s.conn))
    return [(f.path.name, f.kind) for f in found]


def test_printing_the_handout_without_a_printer_saves_a_private_recorded_pdf(
    qtbot: Any, vault_ctx: Any, tmp_path: Path, no_printer: list[str]
) -> None:
    page = alerts_page(qtbot, vault_ctx)
    page.show()
    page.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    published: list[Changes] = []
    vault_ctx.changes.changed.connect(published.append)
    page.print_handout()
    settle(qtbot, vault_ctx.tasks)
    name = no_printer[0]
    target = tmp_path / "Documents" / name
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Silver Ford, man called Dave" in pdf_text(target.read_bytes())
    assert _recorded(qtbot, vault_ctx) == [(name, OutsideKind.PRINT)]
    assert any(c.touches(OUTSIDE_FILES) for c in published)


def test_saving_the_handout_records_it_too(qtbot: Any, vault_ctx: Any, tmp_path: Path) -> None:
    page = alerts_page(qtbot, vault_ctx)
    page.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    page.save_handout(tmp_path / "handout.pdf")
    settle(qtbot, vault_ctx.tasks)
    assert _recorded(qtbot, vault_ctx) == [("handout.pdf", OutsideKind.HANDOUT)]


def test_printing_the_slip_without_a_printer_saves_a_private_recorded_pdf(
    qtbot: Any, vault_ctx: Any, tmp_path: Path, no_printer: list[str]
) -> None:
    form = IncidentForm(vault_ctx)
    qtbot.addWidget(form)
    form.print_slip("ABCD-EFGH-JKMN-PQRS")
    settle(qtbot, vault_ctx.tasks)
    target = tmp_path / "Documents" / no_printer[0]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "ABCD-EFGH-JKMN-PQRS" in pdf_text(target.read_bytes())
    assert form.consent.status.text() == "Slip saved as a PDF."
    assert _recorded(qtbot, vault_ctx) == [(no_printer[0], OutsideKind.PRINT)]


def test_a_printer_that_would_write_a_file_is_recognised(qapp: Any, tmp_path: Path) -> None:
    """Qt's own "printer" with no printer installed, or after "Print to file", writes a PDF
    itself (with the default umask): those choices go to the app's save path instead."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if not print_to_file.printers_available():
        assert printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        assert print_to_file.prints_to_file(printer)
    printer.setOutputFileName(str(tmp_path / "print.pdf"))  # what "Print to file" sets
    assert print_to_file.prints_to_file(printer)
