"""The installer's bundled Thai and CJK fonts (services/fonts.py) are registered when the app
starts, before any widget is laid out, and printing registers nothing more.

Registered only at the first print (as they were), they changed Qt's font fallback for Thai
under labels already laid out. Checked in a child process made to look like the frozen app
(`sys._MEIPASS`): an application font added to this test process would change the fonts of
every later test in the worker."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from outreach_app.domain.resources import resources_root

_CHILD = r"""
import json, sys
from datetime import date
from pathlib import Path

sys._MEIPASS = sys.argv[1]  # what PyInstaller sets in the frozen app
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

calls = []
real_add = QFontDatabase.addApplicationFont


def add(path):
    calls.append([Path(path).name, len(QApplication.topLevelWidgets())])
    return real_add(path)


QFontDatabase.addApplicationFont = add
from outreach_app.app import build_app
from outreach_app.domain.layout import VaultLayout
from outreach_app.services.handout import Handout, handout_pdf

desktop = build_app(VaultLayout(Path(sys.argv[2])))
at_start = list(calls)
thai = Handout(area="ภาคเหนือ", alerts=[], printed_on=date(2026, 4, 2), last_sync=None, languages=("th",))
handout_pdf(thai)
print(json.dumps({"at_start": at_start, "after_print": calls}))
desktop.ctx.tasks.shutdown()
"""


def _a_font_file() -> Path:
    """A Thai font (dev.py installs fonts-thai-tlwg), else any TrueType font of the system."""
    for pattern in ("truetype/tlwg/Garuda.ttf", "truetype/**/*.ttf"):
        found = sorted(Path("/usr/share/fonts").glob(pattern))
        if found:
            return found[0]
    raise AssertionError("no TrueType font under /usr/share/fonts")


def test_the_bundled_fonts_are_registered_at_start_before_any_widget_and_not_again_at_print(
    tmp_path: Path,
) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "fonts").mkdir(parents=True)
    shutil.copy(_a_font_file(), bundle / "fonts" / "PersonText.ttf")
    (bundle / "resources").symlink_to(resources_root())  # the frozen app's resources, as in the source tree
    hidden = {"DISPLAY", "WAYLAND_DISPLAY", "OUTREACH_DATA_DIR"}
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(bundle), str(tmp_path / "vault")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    # Once, at start, with no window built yet; the print adds nothing.
    assert seen["at_start"] == [["PersonText.ttf", 0]]
    assert seen["after_print"] == [["PersonText.ttf", 0]]
