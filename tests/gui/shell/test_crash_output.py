"""Crash output names the exception type only (review L1): never its message or a traceback.

The real `run_app` runs in a subprocess; a Qt slot, a worker thread and a Qt warning each
carry a canary, and stderr must not contain it (but must say what type of error happened).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QTimer, qWarning

from outreach_app.app import ensure_qapplication, run_app
from outreach_app.domain.layout import VaultLayout

canary = sys.argv[2]
app = ensure_qapplication()


def slot_raises():
    raise LookupError(f"record text {canary}")


def thread_raises():
    raise KeyError(f"record text {canary}")


def warn():
    qWarning(f"file /home/worker/{canary}.pdf")


def in_thread():
    thread = threading.Thread(target=thread_raises)
    thread.start()
    thread.join()


QTimer.singleShot(0, slot_raises)
QTimer.singleShot(0, in_thread)
QTimer.singleShot(0, warn)
QTimer.singleShot(300, app.quit)
sys.exit(run_app(VaultLayout(Path(sys.argv[1]))))
"""


def test_errors_in_slots_threads_and_qt_warnings_show_no_message(tmp_path: Path, canary: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "vault"), canary],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = done.stdout + done.stderr
    assert canary not in output
    assert "Traceback" not in output
    assert "unexpected error (LookupError)" in done.stderr
    assert "unexpected error (KeyError)" in done.stderr
    assert "Qt warning" in done.stderr
