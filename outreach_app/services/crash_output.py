"""Crash output that carries no record data: the exception's type and a fixed line, nothing else.

An exception's message (`str(exc)`) and a traceback can hold record text: a driver error
quotes the SQL parameters, a validation error the value it refused, a traceback with locals
everything. The desktop app installs these hooks at start (not under tests, where pytest
reports failures itself) so an unexpected error, in a Qt slot, on a worker thread or in a
Qt warning, reaches stderr only as its type.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType
from typing import TextIO

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: "debug",
    QtMsgType.QtInfoMsg: "info",
    QtMsgType.QtWarningMsg: "warning",
    QtMsgType.QtCriticalMsg: "critical",
    QtMsgType.QtFatalMsg: "fatal",
}


def crash_line(exc_type: type[BaseException] | None) -> str:
    """The one line printed for an unexpected error: its type name, nothing from its value."""
    name = exc_type.__name__ if exc_type is not None else "unknown"
    return f"outreach: unexpected error ({name}); details are not shown because they may hold record data."


_INSTALLED: list[QuietCrashOutput] = []


class QuietCrashOutput:
    """Installs and holds the hooks. Attributes: stream (where the lines go; stderr)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream

    def _write(self, line: str) -> None:
        stream = self.stream if self.stream is not None else sys.stderr
        if stream is None:  # a windowed build may have no stderr at all
            return
        try:
            stream.write(line + "\n")
            stream.flush()
        except (OSError, ValueError):
            pass

    def excepthook(
        self, exc_type: type[BaseException], _exc: BaseException, _tb: TracebackType | None
    ) -> None:
        self._write(crash_line(exc_type))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        self._write(crash_line(args.exc_type))

    def unraisablehook(self, unraisable: object) -> None:
        self._write(crash_line(getattr(unraisable, "exc_type", None)))

    def qt_message(self, kind: QtMsgType, context: QMessageLogContext, _message: str) -> None:
        # The message text can name files or values; its level and category cannot.
        level = _QT_LEVELS.get(kind, "message")
        category = context.category or "default"
        self._write(f"outreach: Qt {level} ({category}); text not shown.")

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        sys.unraisablehook = self.unraisablehook
        qInstallMessageHandler(self.qt_message)


def install_quiet_crash_output() -> QuietCrashOutput:
    """Install the hooks for this process (the desktop app calls it first thing)."""
    output = QuietCrashOutput()
    output.install()
    _INSTALLED.append(output)  # the Qt handler must outlive this call
    return output
