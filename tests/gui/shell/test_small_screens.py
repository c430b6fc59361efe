"""The window fits small laptop screens, and no page needs sideways scrolling.

Two screens a worker's laptop really has: 1366×768 at 150 % scaling (911×512 logical
pixels) and 1280×720 at 100 %. Each runs in its own process (screen size and scale are
fixed before Qt starts) on Qt's offscreen platform with that screen; the screenshots of
every page are kept in the test's folder to look at. The vault the child opens is made here,
a copy of one made in this process (tests/vault_templates.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from outreach_app.domain.layout import VaultLayout
from tests.gui.shell import small_screen_child
from tests.vault_templates import created_vault

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1366, 768, "1.5"), (1280, 720, "1")],
    ids=["1366x768 at 150%", "1280x720"],
)
def test_window_fits_the_screen_and_no_page_scrolls_sideways(tmp_path: Path, width, height, scale) -> None:
    config = tmp_path / "screen.json"
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
    shots = tmp_path / "screenshots"
    shots.mkdir()
    vault = created_vault(VaultLayout(tmp_path / "vault"), small_screen_child.PASSPHRASE)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "HOME": str(tmp_path),
    }
    child = subprocess.run(
        [sys.executable, str(Path(small_screen_child.__file__)), str(shots), str(vault.data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-3000:]
    report = json.loads(child.stdout.strip().splitlines()[-1])
    expected = [round(width / float(scale)), round(height / float(scale))]
    assert report["screen"] == expected
    assert report["fits"] and report["fits_after"], report["window"]
    problems = {
        name: found for name, found in report["pages"].items() if found["sideways"] or found["clipped"]
    }
    assert problems == {}
    assert len(report["pages"]) == 12
    for shot in shots.glob("*.png"):  # screenshots are in the screen's device pixels
        image = QImage(str(shot))
        assert 0 < image.width() <= width and 0 < image.height() <= height, shot.name
