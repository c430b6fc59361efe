#!/usr/bin/env python3
"""Set up and run Outreach from a source checkout. Standard library only.

    python3 dev.py app [ARGS...]   set up, then open the desktop app (its local encrypted vault)
    python3 dev.py test [PYTEST ARGS...]
                                   set up, then run the whole test command: ruff, mypy,
                                   import-linter and pytest (what .ci/run runs)
    python3 dev.py installer       build the desktop bundle and smoke-test it (build_installer.py)
    python3 dev.py lock            re-resolve requirements.lock from pyproject.toml (needs network)

Setup is idempotent: a virtualenv in .venv with the exact versions (and hashes) of
requirements.lock, the package installed editable, and on Debian/Ubuntu the system
packages the tests need (installed with apt-get when running as root or with
passwordless sudo; otherwise the missing ones are named). The test command also
starts PostgreSQL when nothing answers on 127.0.0.1:5432 and this is a machine
where it may install one (CI, or OUTREACH_START_POSTGRES=1).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".outreach-installed"

# Glyphs for the Thai and Chinese (Simplified) slips and handouts (DejaVu has neither); the
# installer bundles the files fontconfig picks from these (build_installer.person_text_fonts).
PERSON_TEXT_FONT_PACKAGES = ["fonts-thai-tlwg", "fonts-noto-cjk"]
# Qt's xcb platform plugin needs these to open a real window; tests run offscreen.
APP_DEB_PACKAGES = [
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
    *PERSON_TEXT_FONT_PACKAGES,
]
# Offscreen Qt, a real Secret Service for the keyring tests, fonts for PDF handouts,
# pdftotext for reading them back, a real headless browser for the public alert page.
TEST_DEB_PACKAGES = [
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libxkbcommon0",
    "libdbus-1-3",
    "gnome-keyring",
    "dbus-daemon",
    "dbus-user-session",
    "fonts-dejavu-core",
    *PERSON_TEXT_FONT_PACKAGES,
    "poppler-utils",
    "chromium",
    "chromium-driver",
]
PG_HOST, PG_PORT = "127.0.0.1", 5432
CI_PG_PASSWORD = "outreach-ci"  # noqa: S105 - only ever set on a throwaway PostgreSQL that this script started


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(cmd, check=True, **kwargs)  # type: ignore[call-overload,no-any-return]


def can_install_debs() -> list[str] | None:
    """The prefix to run apt-get with, or None when this machine cannot."""
    if not shutil.which("apt-get") or not shutil.which("dpkg-query"):
        return None
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0:
        return ["sudo", "-n"]
    return None


def missing_debs(packages: list[str]) -> list[str]:
    if not shutil.which("dpkg-query"):
        return []
    missing = []
    for name in packages:
        probe = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True)
        if "install ok installed" not in probe.stdout:
            missing.append(name)
    return missing


def ensure_debs(packages: list[str]) -> None:
    missing = missing_debs(packages)
    if not missing:
        return
    prefix = can_install_debs()
    if prefix is None:
        say("these system packages seem to be missing; install them if something fails: " + " ".join(missing))
        return
    say("installing system packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run([*prefix, "apt-get", "update", "-qq"], env=env)
    run([*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env=env)


def ensure_venv() -> None:
    if not (BIN / "python").exists():
        say("creating .venv")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    digest = hashlib.sha256(LOCK.read_bytes() + (ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    say("installing locked dependencies into .venv")
    pip = [str(BIN / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
    run([*pip, "install", "--require-hashes", "-r", str(LOCK)])
    run([*pip, "install", "--no-deps", "-e", str(ROOT)])
    STAMP.write_text(digest)


def port_answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def ensure_postgres(env: dict[str, str]) -> None:
    """Make sure the PostgreSQL tests have a server; on CI start one if none answers."""
    if port_answers(PG_HOST, PG_PORT):
        return
    allowed = os.environ.get("CI") == "true" or os.environ.get("OUTREACH_START_POSTGRES") == "1"
    prefix = can_install_debs()
    if not allowed or prefix is None:
        say(
            "no PostgreSQL on 127.0.0.1:5432: the PostgreSQL tests will skip (set OUTREACH_START_POSTGRES=1 "
            "to let this script install and start one)"
        )
        return
    ensure_debs(["postgresql"])
    clusters = sorted(Path("/etc/postgresql").glob("*/main"))
    if not clusters:
        sys.exit("PostgreSQL installed but no cluster found under /etc/postgresql")
    version = clusters[-1].parent.name
    say(f"starting PostgreSQL {version}")
    run([*prefix, "pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"])
    for _ in range(60):
        if port_answers(PG_HOST, PG_PORT):
            break
        subprocess.run(["sleep", "0.5"], check=False)
    else:
        sys.exit("PostgreSQL did not start on 127.0.0.1:5432")
    # A fresh Debian cluster asks for a password on TCP; give the throwaway superuser one.
    run([*prefix, "su", "postgres", "-c", f"psql -q -c \"ALTER USER postgres PASSWORD '{CI_PG_PASSWORD}'\""])
    env["OUTREACH_TEST_PG_URL"] = f"postgresql://postgres:{CI_PG_PASSWORD}@{PG_HOST}:{PG_PORT}/postgres"


SCRATCH_FREE_BYTES = 2 << 30


def scratch_folder() -> Path:
    """Where the tests' temporary files go: a RAM disk when the machine has one.

    Vaults are SQLite files that fsync at every commit; on this VM's disk a test that makes a
    vault waited for those fsyncs with its core idle. On /dev/shm the same tests (unit storage,
    core and cli, -n 0) took 10 % less CPU and 30 % less wall time (issue 19). A SIGKILL
    loses nothing a RAM disk keeps, so the crash tests check the same thing. A TMPDIR the
    caller set is kept."""
    shm = Path("/dev/shm")  # noqa: S108 (a folder of our own in it, 0700, checked to be ours)
    # (a container's /dev/shm is often 64 MB: the suite's vaults and servers need far more)
    roomy = shm.is_dir() and shutil.disk_usage(shm).free >= SCRATCH_FREE_BYTES
    if hasattr(os, "getuid") and roomy and os.access(shm, os.W_OK):
        folder = shm / f"outreach-tests-{os.getuid()}"
        folder.mkdir(mode=0o700, exist_ok=True)
        if folder.stat().st_uid == os.getuid():  # (not a folder another user made there first)
            return folder
    return Path(tempfile.gettempdir())


def test_command(pytest_args: list[str]) -> int:
    ensure_debs(TEST_DEB_PACKAGES)
    ensure_venv()
    # Bytecode (and pytest's assert-rewritten test modules) go to one gitignored folder, not
    # beside the sources and not nowhere: with PYTHONDONTWRITEBYTECODE every worker and every
    # subprocess a test starts compiled the whole package from source again (half of the
    # collection's CPU time).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(ROOT / ".pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.setdefault("TMPDIR", str(scratch_folder()))
    ensure_postgres(env)
    steps: list[tuple[str, list[str]]] = [
        ("ruff", [str(BIN / "ruff"), "check", "."]),
        ("ruff format", [str(BIN / "ruff"), "format", "--check", "."]),
        ("mypy", [str(BIN / "mypy")]),
        ("import-linter", [str(BIN / "lint-imports")]),
    ]
    for name, cmd in steps:
        say(f"{name}: {' '.join(cmd[1:])}")
        if subprocess.run(cmd, cwd=ROOT, env=env).returncode != 0:
            say(f"{name} failed")
            return 1
    # Three workers on two cores: a worker waiting on a child process, a server or the disk
    # leaves its core idle, and a third keeps it busy. On this 2-core machine, nothing else
    # running (7 Dec 2026): 2 workers 183.0 s; 3 workers 152.5, 158.1, 168.6 and 175.1 s;
    # 4 workers 174.7 s
    # (each extra worker collects and builds its session fixtures again).
    workers = os.environ.get("OUTREACH_TEST_WORKERS", "3")
    pytest = [str(BIN / "python"), "-m", "pytest", "-n", workers, "--dist", "loadgroup", *pytest_args]
    # The keyring tests need a real Secret Service: run pytest in its own D-Bus session with an
    # unlocked gnome-keyring when this machine has them; elsewhere those tests skip saying why.
    if shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"):
        # A throwaway keyring folder: a login keyring left in ~/.local/share/keyrings by an
        # earlier session would have another password and refuse to unlock.
        inner = (
            'keyrings=$(mktemp -d); echo -n outreach-test | XDG_DATA_HOME="$keyrings" '
            "gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
            '"$@"; status=$?; rm -rf "$keyrings"; exit $status'
        )
        pytest = ["dbus-run-session", "--", "sh", "-c", inner, "sh", *pytest]
    say("pytest")
    return subprocess.run(pytest, cwd=ROOT, env=env).returncode


def app_command(args: list[str]) -> int:
    ensure_debs(APP_DEB_PACKAGES)
    ensure_venv()
    return subprocess.run([str(BIN / "outreach"), *args], cwd=ROOT).returncode


def installer_command(args: list[str]) -> int:
    # objdump (binutils) lets the build prune libraries nothing needs.
    ensure_debs([*APP_DEB_PACKAGES, "binutils"])
    ensure_venv()
    return subprocess.run([str(BIN / "python"), str(ROOT / "build_installer.py"), *args], cwd=ROOT).returncode


def lock_command() -> int:
    ensure_venv()
    return subprocess.run(
        [
            str(BIN / "uv"),
            "pip",
            "compile",
            "pyproject.toml",
            "--extra",
            "server",
            "--extra",
            "dev",
            "--universal",
            "--python-version",
            "3.11",
            "--generate-hashes",
            "-o",
            str(LOCK),
        ],
        cwd=ROOT,
    ).returncode


def main(argv: list[str]) -> int:
    if sys.version_info[:2] < (3, 11):  # noqa: UP036 - this script must say so on an old Python
        print("Outreach needs Python 3.11 or newer")
        return 2
    if not argv or argv[0] not in {"app", "test", "installer", "lock"}:
        print(__doc__)
        return 2
    if argv[0] == "app":
        return app_command(argv[1:])
    if argv[0] == "test":
        return test_command(argv[1:])
    if argv[0] == "installer":
        return installer_command(argv[1:])
    return lock_command()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
