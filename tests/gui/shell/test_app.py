"""The composition root: --self-test, the no-display message, prefs file robustness."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from outreach_app.app import NO_DISPLAY_MESSAGE, display_problem
from outreach_app.ui.prefs import UiPrefs

RUN_CLI = "from outreach_app.cli import main; main()"


def _env_without_display() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    env.pop("OUTREACH_DATA_DIR", None)
    return env


def test_self_test_exits_zero_and_prints_nothing_unexpected(tmp_path: Path) -> None:
    data_dir = tmp_path / "selftest"
    result = subprocess.run(
        [sys.executable, "-c", RUN_CLI, "--data-dir", str(data_dir), "--self-test"],
        env=_env_without_display(),  # the self-test needs no display
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "self-test: OK" in result.stdout
    assert "contact saved and read back" in result.stdout
    assert result.stderr == ""
    assert (data_dir / "vault.key").is_file()


def test_self_test_refuses_a_folder_that_already_holds_a_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In this process: the refusal comes before any window, and the real `--self-test` process
    (its flag, its exit code, its output streams) is the test above (issue 19: a second child
    cost ~1 CPU-s to import the app and print one line)."""
    from PySide6.QtCore import qInstallMessageHandler

    from outreach_app.app_self_test import run_self_test
    from outreach_app.cli.common import Io
    from outreach_app.domain.layout import VaultLayout
    from tests.vault_templates import created_vault

    created_vault(VaultLayout(tmp_path / "v"), "plum-orbit-candle-wharf-93")
    before = {path.name: path.read_bytes() for path in (tmp_path / "v").iterdir()}
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # the self-test sets it; undone after
    qt_handler = qInstallMessageHandler(None)  # the self-test installs its own: put this one back
    qInstallMessageHandler(qt_handler)
    out, err = io.StringIO(), io.StringIO()
    try:
        code = run_self_test(tmp_path / "v", Io(stdout=out, stderr=err))
    finally:
        qInstallMessageHandler(qt_handler)
    assert code == 1
    assert "self-test failed" in err.getvalue() and "already holds a vault" in err.getvalue()
    assert out.getvalue() == ""
    assert {path.name: path.read_bytes() for path in (tmp_path / "v").iterdir()} == before  # untouched


def test_without_a_display_the_app_says_how_to_run_it(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", RUN_CLI, "--data-dir", str(tmp_path / "v")],
        env=_env_without_display(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 7
    assert "xvfb-run" in result.stderr and "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "v").exists()  # nothing was created


@pytest.mark.parametrize(
    ("env", "expected_problem"),
    [
        ({}, True),
        ({"DISPLAY": ":0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}, False),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":1"}, True),
    ],
)
def test_display_problem_on_linux(env: dict[str, str], expected_problem: bool) -> None:
    problem = display_problem(env, "linux")
    assert (problem == NO_DISPLAY_MESSAGE) is expected_problem


def test_display_problem_is_never_claimed_on_windows_or_macos() -> None:
    assert display_problem({}, "win32") is None
    assert display_problem({}, "darwin") is None


def test_demo_without_the_server_extra_explains(monkeypatch, capsys) -> None:
    import importlib.util

    from outreach_app import app_demo
    from outreach_app.cli.common import Io

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "fastapi" else real(name, *a)
    )
    assert app_demo.server_extra_missing() == ["fastapi"]
    assert app_demo.run_demo(None, Io()) == 7
    assert "server" in capsys.readouterr().err


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b"[1, 2]", b'{"theme": "neon", "geometry": "@@@", "language": "../../x"}'],
)
def test_damaged_prefs_fall_back_to_defaults(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "ui-prefs.json"
    path.write_bytes(content)
    prefs = UiPrefs.load(path)
    assert prefs == UiPrefs()


def test_prefs_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "d" / "ui-prefs.json"
    UiPrefs(theme="light", language="de_DE", geometry=b"\x01\x02").save(path)
    assert UiPrefs.load(path) == UiPrefs(theme="light", language="de_DE", geometry=b"\x01\x02")
