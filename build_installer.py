#!/usr/bin/env python3
"""Build the desktop app into a folder a project can hand to staff, then smoke-test it.

    .venv/bin/python build_installer.py [--skip-smoke-test] [--keep-build]

What it does, in order:
1. PyInstaller one-folder build of `outreach` (the desktop app and its scripting command
   line). The charity's server and its libraries are excluded; so are the Qt modules the
   app does not import.
2. Adds the app icon, the resources/ folder and (on Linux) a desktop entry.
3. On Linux also writes `dist/outreach-<version>-linux-x86_64.tar.gz`.
4. Runs the frozen app once: `outreach --self-test --data-dir <tmp>` offscreen. The build
   fails if that run fails or prints anything unexpected on stderr.
5. Prints the bundle size, the compressed size and the build time.

The same command builds on Windows and macOS (PyInstaller builds for the platform it runs
on; see README "Installing the app" for what differs). Only Linux is built and tested here.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"
BUILD = ROOT / "build" / "pyinstaller"
APP_NAME = "outreach"

# Libraries only the server, the tests or the build need.
EXCLUDED_PACKAGES = [
    "outreach_app.server",
    "fastapi",
    "starlette",
    "uvicorn",
    "sqlalchemy",
    "alembic",
    "psycopg",
    "psycopg_binary",
    "pytest",
    "_pytest",
    "hypothesis",
    "schemathesis",
    "mypy",
    "ruff",
    "trustme",
    "IPython",
    "tkinter",
    "numpy",
    "PyInstaller",
    "setuptools",
    "pip",
]
# Qt modules the app does not import (PyInstaller's hooks otherwise pull some of them in).
EXCLUDED_QT = [
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtWebEngineQuick",
    "QtWebChannel",
    "QtWebSockets",
    "Qt3DCore",
    "Qt3DRender",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DAnimation",
    "Qt3DExtras",
    "QtQuick",
    "QtQuick3D",
    "QtQuickWidgets",
    "QtQml",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtSql",
    "QtBluetooth",
    "QtNfc",
    "QtPositioning",
    "QtLocation",
    "QtSensors",
    "QtSerialPort",
    "QtSerialBus",
    "QtRemoteObjects",
    "QtScxml",
    "QtStateMachine",
    "QtTextToSpeech",
    "QtDataVisualization",
    "QtGraphs",
    "QtPdf",
    "QtPdfWidgets",
    "QtDesigner",
    "QtUiTools",
    "QtHelp",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtSpatialAudio",
    "QtHttpServer",
    "QtNetworkAuth",
    "QtConcurrent",
    "QtDBus",
    "QtXml",
    "QtTest",
    "QtSvgWidgets",
    "QtCanvasPainter",
]
# Qt plugins PyInstaller's hooks collect that the app never uses; each drags in large libraries
# (the virtual keyboard pulls in Qt Quick and QML, the PDF image format Qt PDF, the GTK theme
# all of GTK 3). Paths are relative to PySide6/Qt/plugins.
UNUSED_QT_PLUGINS = [
    "platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "imageformats/libqpdf.so",
    "platformthemes/libqgtk3.so",
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqminimalegl.so",
    "platforms/libqvnc.so",
    "platforms/libqvkkhrdisplay.so",
    "egldeviceintegrations",
    "generic",
]
# stderr lines the smoke test tolerates (each one explained).
ALLOWED_STDERR = [
    # Qt's offscreen platform says this once when no fonts config is found on bare machines.
    "QFont::",
    "propagateSizeHints",  # the offscreen plugin does not implement window size hints
]


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from outreach_app import __version__

    return __version__


def pyinstaller_args(work: Path) -> list[str]:
    sep = os.pathsep
    entry = work / "outreach_entry.py"
    entry.write_text("from outreach_app.cli import main\n\nif __name__ == '__main__':\n    main()\n")
    args = [
        str(entry),
        "--name",
        APP_NAME,
        "--onedir",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(DIST),
        "--workpath",
        str(work / "work"),
        "--specpath",
        str(work),
        "--add-data",
        f"{ROOT / 'resources'}{sep}resources",
        "--add-data",
        f"{ROOT / 'outreach_app' / 'storage' / 'migrations'}{sep}outreach_app/storage/migrations",
        "--collect-submodules",
        "outreach_app",
        "--collect-data",
        "zxcvbn",
        "--collect-data",
        "phonenumbers",
        "--collect-data",  # CLDR locale data: dates and numbers on the slip and the handout
        "babel",
        "--collect-data",  # the EFF word list the passphrase suggestion draws from
        "xkcdpass",
        "--hidden-import",
        "PySide6.QtCharts",
        "--log-level",
        "WARN",
    ]
    for font in person_text_fonts():
        args += ["--add-data", f"{font}{sep}fonts"]
    icon = ROOT / "resources" / "icons" / ("outreach.ico" if sys.platform == "win32" else "outreach.png")
    if icon.exists() and sys.platform != "darwin":
        args += ["--icon", str(icon)]
    for name in EXCLUDED_PACKAGES:
        args += ["--exclude-module", name]
    for name in EXCLUDED_QT:
        args += ["--exclude-module", f"PySide6.{name}"]
    return args


# Scripts DejaVu lacks, for the Thai and Chinese slips and handouts (fonts-thai-tlwg and
# fonts-noto-cjk on Debian, installed by dev.py): the bundle carries the files so a machine
# without them still prints every glyph; services/handout.py registers bundle/fonts/.
PERSON_TEXT_FONT_LANGS = ("th", "zh-cn")


def person_text_fonts() -> list[Path]:
    """The font file fontconfig picks for each script (none where fc-match is missing)."""
    if shutil.which("fc-match") is None:
        return []
    fonts = []
    for lang in PERSON_TEXT_FONT_LANGS:
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", f"sans-serif:lang={lang}"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        if found and Path(found).is_file() and Path(found) not in fonts:
            fonts.append(Path(found))
    return fonts


def hidden_app_imports() -> list[str]:
    """Every app module except the server's (pages are imported lazily, so name them all)."""
    args = []
    for path in sorted((ROOT / "outreach_app").rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        if module.endswith(".__init__"):
            module = module.removesuffix(".__init__")
        if not module.startswith("outreach_app.server"):
            args += ["--hidden-import", module]
    return args


def compile_translations() -> list[str]:
    """The app's Qt catalogs (.ts) compiled to .qm with PySide6's own lrelease at build time
    (issue 24); the committed .qm files are the same bytes (tests/unit/test_qt_catalogs.py)."""
    from outreach_app.ui import qt_catalogs

    qt_catalogs.release()
    return [qt_catalogs.qm_file(lang).name for lang in qt_catalogs.TRANSLATED_LANGUAGES]


def build(work: Path) -> Path:
    import PyInstaller.__main__

    catalogs = compile_translations()
    PyInstaller.__main__.run(pyinstaller_args(work))
    bundle = DIST / APP_NAME
    bundled = {path.name for path in bundle.rglob("*.qm") if path.parent.name == "translations"}
    if missing := sorted(set(catalogs) - bundled):
        raise SystemExit(f"the bundle lacks the app's translations: {missing}")
    if sys.platform.startswith("linux"):
        # The menu entry and the script that installs it for the current user (README).
        shutil.copy2(ROOT / "resources" / "outreach.desktop", bundle / "outreach.desktop")
        shutil.copy2(ROOT / "resources" / "install-linux.sh", bundle / "install-linux.sh")
    return bundle


def _needed_libraries(binary: Path) -> set[str]:
    """Names in the ELF file's DT_NEEDED entries (via objdump, part of binutils)."""
    out = subprocess.run(["objdump", "-p", str(binary)], capture_output=True, text=True, check=False).stdout
    return {line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")}


def prune_linux_bundle(bundle: Path) -> int:
    """Drop unused Qt plugins, then every bundled shared library nothing left still needs.

    Returns the bytes removed. Only libraries unreachable from the remaining executables,
    Python extension modules and plugins are removed, so pruning cannot break a dependency.
    """
    internal = bundle / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    removed = 0
    for relative in UNUSED_QT_PLUGINS:
        target = plugins / relative
        if target.is_dir():
            removed += folder_size(target)
            shutil.rmtree(target)
        elif target.exists():
            removed += target.stat().st_size
            target.unlink()
    libraries = {
        p.name: p
        for p in internal.rglob("*.so*")
        if p.is_file()
        and ".so" in p.name
        and not p.name.endswith(".abi3.so")
        and "plugins" not in p.parts
        and ".cpython-" not in p.name
    }
    roots = [bundle / APP_NAME, *(p for p in internal.rglob("*.so") if p.name not in libraries)]
    seen: set[str] = set()
    queue = list(roots)
    while queue:
        for name in _needed_libraries(queue.pop()):
            if name in libraries and name not in seen:
                seen.add(name)
                queue.append(libraries[name])
    for name, path in libraries.items():
        if name not in seen and not name.startswith("libpython"):
            removed += path.stat().st_size
            path.unlink()
    return removed


def smoke_test(bundle: Path) -> None:
    exe = bundle / (APP_NAME + (".exe" if sys.platform == "win32" else ""))
    with tempfile.TemporaryDirectory(prefix="outreach-smoke-") as data_dir:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env.pop("OUTREACH_DATA_DIR", None)
        started = time.perf_counter()
        proc = subprocess.run(
            [str(exe), "--self-test", "--data-dir", data_dir],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            stdin=subprocess.DEVNULL,
        )
        elapsed = time.perf_counter() - started
        unexpected = [
            line
            for line in proc.stderr.splitlines()
            if line.strip() and not any(ok in line for ok in ALLOWED_STDERR)
        ]
        print(proc.stdout.strip())
        if proc.returncode != 0 or unexpected:
            print(proc.stderr, file=sys.stderr)
            raise SystemExit(
                f"smoke test FAILED: exit {proc.returncode}, unexpected stderr lines: {unexpected}"
            )
        print(f"smoke test passed in {elapsed:.2f} s")


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def make_tarball(bundle: Path) -> Path:
    arch = platform.machine() or "unknown"
    target = DIST / f"{APP_NAME}-{version()}-linux-{arch}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(bundle, arcname=f"{APP_NAME}-{version()}")
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--skip-smoke-test", action="store_true")
    parser.add_argument("--keep-build", action="store_true", help="keep build/pyinstaller for debugging")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    BUILD.mkdir(parents=True, exist_ok=True)
    bundle = build(BUILD)
    if sys.platform.startswith("linux") and shutil.which("objdump"):
        print(f"pruned {prune_linux_bundle(bundle) / 2**20:.0f} MiB of unused plugins and libraries")
    build_seconds = time.perf_counter() - started
    size = folder_size(bundle)
    print(f"bundle: {bundle} ({size / 2**20:.0f} MiB) built in {build_seconds:.0f} s")
    if sys.platform.startswith("linux"):
        tarball = make_tarball(bundle)
        print(f"archive: {tarball} ({tarball.stat().st_size / 2**20:.0f} MiB compressed)")
    if not args.skip_smoke_test:
        smoke_test(bundle)
    if not args.keep_build:
        shutil.rmtree(BUILD, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
