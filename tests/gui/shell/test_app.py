"""The composition root: --self-test, the no-display message, prefs file robustness."""

from __future__ import annotations

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


def test_self_test_refuses_a_folder_that_already_holds_a_vault(tmp_path: Path) -> None:
    from outreach_app.domain.layout import VaultLayout
    from tests.vault_templates import created_vault

    created_vault(VaultLayout(tmp_path / "v"), "plum-orbit-candle-wharf-93")
    result = subprocess.run(
        [sys.executable, "-c", RUN_CLI, "--data-dir", str(tmp_path / "v"), "--self-test"],
        env=_env_without_display(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "self-test failed" in result.stderr and "already holds a vault" in result.stderr


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


def test_sigterm_locks_and_keeps_the_half_typed_form(tmp_path: Path) -> None:
    """A logout/kill quits like closing the window: the draft is saved, the process exits 0."""
    import signal

    from outreach_app.core.vault import unlock_vault
    from outreach_app.domain.layout import VaultLayout
    from outreach_app.ops.drafts import load_draft
    from tests.vault_templates import created_vault

    layout = VaultLayout(tmp_path / "v")
    passphrase = "plum-orbit-candle-wharf-93"
    created_vault(layout, passphrase)
    child = r"""
import faulthandler, sys
faulthandler.enable()
from outreach_app import app
from outreach_app.domain.layout import VaultLayout
real_build = app.build_app
def build(layout, **kw):
    desktop = real_build(layout, **kw)
    w = desktop.window
    def unlocked():
        w.main_screen.pages["shift"].note.setText("typed before the kill")
        print("READY", flush=True)
    w.unlocked.connect(unlocked)
    w.unlock_screen.passphrase.setText(sys.argv[2])
    w.unlock_screen.unlock.click()
    return desktop
app.build_app = build
sys.exit(app.run_app(VaultLayout(__import__("pathlib").Path(sys.argv[1]))))
"""
    env = {**_env_without_display(), "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-c", child, str(layout.data_dir), passphrase],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "READY"
            proc.send_signal(signal.SIGTERM)
            _out, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGABRT)  # faulthandler prints where it hung
                _out, err = proc.communicate()
    assert proc.returncode == 0, err
    with unlock_vault(layout, passphrase) as session:
        from outreach_app.ui.pages.shift import DRAFT_ID

        draft = load_draft(session, DRAFT_ID)
    assert draft is not None and draft["note"] == "typed before the kill"


def test_the_unlock_screen_is_built_without_network_keyring_server_or_storage_code(tmp_path: Path) -> None:
    """Start-up stays lean (goal: unlock screen within a second): heavy modules load later."""
    child = r"""
import sys
from pathlib import Path
from outreach_app.app import build_app
from outreach_app.domain.layout import VaultLayout
desktop = build_app(VaultLayout(Path(sys.argv[1])))
heavy = ("httpx", "keyring", "fastapi", "uvicorn", "sqlalchemy", "sqlcipher3", "outreach_app.storage",
         "outreach_app.sharing", "outreach_app.reports", "outreach_app.sync", "PySide6.QtCharts")
print(",".join(name for name in heavy if name in sys.modules))
desktop.ctx.tasks.shutdown()
"""
    env = {**_env_without_display(), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", child, str(tmp_path / "v")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == ""


def test_the_entry_point_freezes_the_long_lived_heap_after_paint_unlock_and_lock(tmp_path: Path) -> None:
    """`outreach` settles the garbage collector (`core/gc_tuning.py`) once each step's work is
    done: a sync pass's full collection then walks only its own objects, never Qt's, the
    pages' or the modules' (docs/performance.md, sync: ~14 % of a pass's CPU)."""
    from outreach_app.core.gc_tuning import CLIENT_THRESHOLDS
    from outreach_app.domain.layout import VaultLayout
    from tests.vault_templates import created_vault

    layout = VaultLayout(tmp_path / "v")
    passphrase = "plum-orbit-candle-wharf-93"
    created_vault(layout, passphrase)
    child = r"""
import faulthandler, gc, sys
faulthandler.enable()
from PySide6.QtCore import QTimer
from outreach_app import app
from outreach_app.domain.layout import VaultLayout
real_build = app.build_app
def after_the_app_s_own_slots(fn):
    # Connected before the entry point's: two event-loop turns run after its settling.
    return lambda *_: QTimer.singleShot(0, lambda: QTimer.singleShot(0, fn))
def build(layout, **kw):
    desktop = real_build(layout, **kw)
    w = desktop.window
    def state(step):
        print(step, gc.get_freeze_count(), *gc.get_threshold(), flush=True)
    def painted():
        state("painted")
        w.unlock_screen.passphrase.setText(sys.argv[2])
        w.unlock_screen.unlock.click()
    def unlocked():
        state("unlocked")
        w.lock("user")
    def locked():
        state("locked")
        desktop.app.quit()
    w.shell_built.connect(after_the_app_s_own_slots(painted))
    w.unlocked.connect(after_the_app_s_own_slots(unlocked))
    w.lock_service.locked.connect(after_the_app_s_own_slots(locked))
    return desktop
app.build_app = build
app.SETTLE_AFTER_UNLOCK_MS = 0  # the order of the steps is what is tested, not the pause
sys.exit(app.run_app(VaultLayout(__import__("pathlib").Path(sys.argv[1]))))
"""
    env = {**_env_without_display(), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", child, str(layout.data_dir), passphrase],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,  # a generous bound for a machine at load 10: a hang fails, never a wait
        check=False,
    )
    assert done.returncode == 0, done.stderr
    states = {step: [int(n) for n in numbers] for step, *numbers in map(str.split, done.stdout.splitlines())}
    assert list(states) == ["painted", "unlocked", "locked"]
    for frozen, *thresholds in states.values():
        assert tuple(thresholds) == CLIENT_THRESHOLDS
        assert frozen > 10_000  # Qt's wrappers, the modules: out of the collector's sight
    # The unlocked shell and its pages were frozen with it.
    assert states["unlocked"][0] > states["painted"][0]
