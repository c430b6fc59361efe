"""A fresh process that builds the app (`build_app`, no event loop yet), made to look like the
frozen app (`sys._MEIPASS`), checked two ways from one run (issue 19: each was a child process
of its own that imported and built the app, ~0.6 CPU-s each on a quiet machine):

- the unlock screen is built without network, keyring, server or storage code (start-up stays
  lean: goal, the unlock screen within a second; heavy modules load later);
- the installer's bundled Thai and CJK fonts (services/fonts.py) are registered when the app
  starts, before any widget is laid out, and printing registers nothing more. Registered only
  at the first print (as they were), they changed Qt's font fallback for Thai under labels
  already laid out. In a child process: an application font added to this test process would
  change the fonts of every later test in the worker.

`_MEIPASS` changes only where the fonts and resources are read from (services/fonts.py,
domain/resources.py); the resources are the source tree's, linked into the bundle.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from outreach_app.domain.resources import resources_root

# Both tests read the one child's run: on one xdist worker, so it runs once.
pytestmark = pytest.mark.xdist_group("fresh_build")

HEAVY = (
    "httpx",
    "keyring",
    "fastapi",
    "uvicorn",
    "sqlalchemy",
    "sqlcipher3",
    "outreach_app.storage",
    "outreach_app.sharing",
    "outreach_app.reports",
    "outreach_app.sync",
    "PySide6.QtCharts",
)

_CHILD = r"""
import json, sys
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

desktop = build_app(VaultLayout(Path(sys.argv[2])))
loaded = [name for name in sys.argv[3].split(",") if name in sys.modules]
at_start = list(calls)
from datetime import date
from outreach_app.services.handout import Handout, handout_pdf

thai = Handout(area="ภาคเหนือ", alerts=[], printed_on=date(2026, 4, 2), last_sync=None, languages=("th",))
handout_pdf(thai)
print(json.dumps({"loaded": loaded, "at_start": at_start, "after_print": calls}))
desktop.ctx.tasks.shutdown()
"""


def _a_font_file() -> Path:
    """A Thai font (dev.py installs fonts-thai-tlwg), else any TrueType font of the system."""
    for pattern in ("truetype/tlwg/Garuda.ttf", "truetype/**/*.ttf"):
        found = sorted(Path("/usr/share/fonts").glob(pattern))
        if found:
            return found[0]
    raise AssertionError("no TrueType font under /usr/share/fonts")


@pytest.fixture(scope="module")
def fresh_build(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp_path = tmp_path_factory.mktemp("fresh-build")
    bundle = tmp_path / "bundle"
    (bundle / "fonts").mkdir(parents=True)
    shutil.copy(_a_font_file(), bundle / "fonts" / "PersonText.ttf")
    (bundle / "resources").symlink_to(resources_root())  # the frozen app's resources, as in the source tree
    hidden = {"DISPLAY", "WAYLAND_DISPLAY", "OUTREACH_DATA_DIR"}
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(bundle), str(tmp_path / "vault"), ",".join(HEAVY)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    seen: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return seen


def test_the_unlock_screen_is_built_without_network_keyring_server_or_storage_code(
    fresh_build: dict[str, Any],
) -> None:
    assert fresh_build["loaded"] == []


def test_the_bundled_fonts_are_registered_at_start_before_any_widget_and_not_again_at_print(
    fresh_build: dict[str, Any],
) -> None:
    # Once, at start, with no window built yet; the print adds nothing.
    assert fresh_build["at_start"] == [["PersonText.ttf", 0]]
    assert fresh_build["after_print"] == [["PersonText.ttf", 0]]
