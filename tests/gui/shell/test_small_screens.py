"""The window fits small laptop screens, and no page needs sideways scrolling.

Two screens a worker's laptop really has: 1366×768 at 150 % scaling (911×512 logical
pixels) and 1280×720 at 100 %. Each runs in its own process (screen size and scale are
fixed before Qt starts) on Qt's offscreen platform with that screen; the screenshots of
every page are kept in the test's folder to look at. Both processes are forks of one child
that imported the app once (small_screen_child.py), run once for the two tests (on one xdist
worker); each test asserts its own screen. The vaults the forks open are made here, copies of
one made in this process (tests/vault_templates.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from outreach_app.domain.layout import VaultLayout
from tests.gui.shell import small_screen_child
from tests.vault_templates import created_vault

ROOT = Path(__file__).resolve().parents[3]

# (width, height, scale) by the tests' ids.
SCREENS = {"1366x768 at 150%": (1366, 768, "1.5"), "1280x720": (1280, 720, "1")}

# Both tests read the one child's run: on one xdist worker, so it runs once.
pytestmark = pytest.mark.xdist_group("small_screens")


def _run_for(folder: Path, name: str, width: int, height: int, scale: str) -> dict[str, str]:
    folder.mkdir()
    config = folder / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    shots = folder / "screenshots"
    shots.mkdir()
    vault = created_vault(VaultLayout(folder / "vault"), small_screen_child.PASSPHRASE)
    return {
        "name": name,
        "qpa": f"offscreen:configfile={config}",
        "scale": scale,
        "home": str(folder),
        "shots": str(shots),
        "vault": str(vault.data_dir),
        "report": str(folder / "report.json"),
    }


@pytest.fixture(scope="module")
def walks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """{"exit": {screen: the fork's exit code}, "stderr": the child's, "runs": {screen: run}}."""
    tmp_path = tmp_path_factory.mktemp("small-screens")
    runs = {
        name: _run_for(tmp_path / f"screen-{number}", name, *screen)
        for number, (name, screen) in enumerate(SCREENS.items())
    }
    (tmp_path / "runs.json").write_text(json.dumps(list(runs.values())), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    env.pop("QT_QPA_PLATFORM", None)  # each fork sets its screen's
    child = subprocess.run(
        [sys.executable, str(Path(small_screen_child.__file__)), str(tmp_path / "runs.json")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-3000:]
    return {"exit": json.loads(child.stdout.strip().splitlines()[-1]), "stderr": child.stderr, "runs": runs}


@pytest.mark.parametrize("screen", list(SCREENS))
def test_window_fits_the_screen_and_no_page_scrolls_sideways(walks: dict[str, Any], screen: str) -> None:
    width, height, scale = SCREENS[screen]
    run = walks["runs"][screen]
    assert walks["exit"][screen] == 0, walks["stderr"][-3000:]
    report = json.loads(Path(run["report"]).read_text(encoding="utf-8"))
    expected = [round(width / float(scale)), round(height / float(scale))]
    assert report["screen"] == expected
    assert report["fits"] and report["fits_after"], report["window"]
    problems = {
        name: found for name, found in report["pages"].items() if found["sideways"] or found["clipped"]
    }
    assert problems == {}
    assert len(report["pages"]) == 12
    shots = sorted(Path(run["shots"]).glob("*.png"))
    assert len(shots) == 13  # the unlock screen, the 8 pages and the 4 interview steps
    for shot in shots:  # screenshots are in the screen's device pixels
        image = QImage(str(shot))
        assert 0 < image.width() <= width and 0 < image.height() <= height, shot.name
