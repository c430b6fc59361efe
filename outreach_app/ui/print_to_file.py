"""Printing that never leaves a readable file behind: with no printer, or when the user
picks "print to file", the app asks where to save and writes the PDF itself.

Left to Qt, printing without a printer writes `print.pdf` in the home folder with the
default umask (readable by other users), and nothing records it. Here a PDF goes through
`ops.outside_writes.write_outside`: a save dialog, 0600, atomic, and recorded in the
vault so quick delete destroys it. Only a real printer gets the QPrinter.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from outreach_app.ops import outside_writes
from outreach_app.ops.outside_writes import OutsideKind
from outreach_app.services.op_runner import run_op
from outreach_app.ui.context import AppContext
from outreach_app.ui.file_dialogs import save_dialog

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def printers_available() -> bool:
    from PySide6.QtPrintSupport import QPrinterInfo

    return bool(QPrinterInfo.availablePrinters())


def prints_to_file(printer: QPrinter) -> bool:
    """True when the print dialog's choice is a file (Qt would write it), not a printer."""
    from PySide6.QtPrintSupport import QPrinter

    return bool(printer.outputFileName()) or printer.outputFormat() == QPrinter.OutputFormat.PdfFormat


def ask_pdf_path(
    parent: QWidget, title: str, suggested_name: str, then: Callable[[Path], None]
) -> QFileDialog:
    """A window-modal save dialog for a PDF; `then(path)` when the user picks one."""
    dialog = save_dialog(
        parent, title, suggested_name, QCoreApplication.translate("PrintToFile", "PDF (*.pdf)")
    )
    dialog.setDefaultSuffix("pdf")

    def chosen(result: int) -> None:
        files = dialog.selectedFiles()
        dialog.deleteLater()
        if result == QFileDialog.DialogCode.Accepted and files:
            then(Path(files[0]))

    dialog.finished.connect(chosen)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def save_pdf(
    ctx: AppContext,
    path: Path,
    data: bytes,
    kind: OutsideKind,
    done: Callable[[Path], None],
    failed: Callable[[BaseException], None],
) -> None:
    """Record and write the PDF on the DB thread; tell the views a file exists outside."""
    now = ctx.clock()

    run_op(
        ctx.tasks, ctx.changes, lambda s: outside_writes.write_outside(s, path, data, kind, now), done, failed
    )


def choose_printer(
    parent: QWidget,
    title: str,
    suggested_name: str,
    on_printer: Callable[[QPrinter], None],
    on_file: Callable[[Path], None],
) -> None:
    """Let the user print: `on_printer(QPrinter)` for a real printer; `on_file(path)` when
    there is no printer (a save dialog is shown) or the print dialog's choice is a file."""
    if not printers_available():
        ask_pdf_path(parent, title, suggested_name, on_file)
        return
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)

    def chosen(result: int) -> None:
        dialog.deleteLater()
        if result != QPrintDialog.DialogCode.Accepted:
            return
        if prints_to_file(printer):
            named = printer.outputFileName()
            if named:
                on_file(Path(named))
            else:
                ask_pdf_path(parent, title, suggested_name, on_file)
            return
        on_printer(printer)

    dialog.finished.connect(chosen)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
