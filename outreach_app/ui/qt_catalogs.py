"""The app's own screens in other languages: Qt Linguist catalogs under resources/translations/.

`outreach_<lang>.ts` (XML, what a translator edits in Qt Linguist) is made and kept in step
with the code by PySide6's lupdate; `outreach_<lang>.qm` (what QTranslator loads) is compiled
from it by PySide6's lrelease. Both are committed: a clean clone, CI and the installer have
the compiled catalogs without a build step, and a test compiles every .ts again and fails when
the committed .qm differs (a .ts edited without `python -m outreach_app.ui.qt_catalogs
release`), or when the code has a string the .ts lacks (code changed without `update`).

Drafted translations are kept as Qt Linguist's "unfinished" (lrelease still compiles them;
a native reviewer marks each one finished in Linguist), so the .ts itself says what is
reviewed.

    python -m outreach_app.ui.qt_catalogs update    # lupdate: add new strings, drop gone ones
    python -m outreach_app.ui.qt_catalogs release   # lrelease: .ts -> .qm
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from outreach_app.domain.resources import resource_path
from outreach_app.domain.texts import TRANSLATED_LANGUAGES

# Only the build steps (update, release, read_ts) run PySide6's tools and read XML: the app at
# start-up needs just the .qm paths, so subprocess and xml.etree are imported where they are
# used (~10 ms before the unlock screen paints; start-up, issue 20).

PACKAGE_ROOT = Path(__file__).resolve().parents[1]  # outreach_app/
# The Qt language of each catalog code (the .ts header; lrelease takes plural rules from it).
QT_LANGUAGE = {"zh_Hans": "zh_CN"}


def catalog_dir() -> Path:
    return resource_path("translations")


def ts_file(lang: str) -> Path:
    return catalog_dir() / f"outreach_{lang}.ts"


def qm_file(lang: str) -> Path:
    return catalog_dir() / f"outreach_{lang}.qm"


def qt_language(lang: str) -> str:
    return QT_LANGUAGE.get(lang, lang)


def source_files() -> list[Path]:
    """The modules whose strings go in the catalogs: every module of the desktop app that asks
    Qt to translate (the server and the Qt-free layers have no Qt strings)."""
    found = []
    for path in sorted((PACKAGE_ROOT / "ui").rglob("*.py")):
        body = path.read_text(encoding="utf-8")
        if "tr(" in body or "translate(" in body or "QT_TRANSLATE_NOOP" in body:
            found.append(path)
    return found


def _tool(name: str) -> list[str]:
    """PySide6's own lupdate/lrelease binaries (what the pyside6-<name> scripts wrap, without
    a Python start-up each), so the catalogs are made by the Qt version the app runs on."""
    import PySide6

    suffix = ".exe" if sys.platform == "win32" else ""
    return [str(Path(PySide6.__file__).resolve().parent / f"{name}{suffix}")]


def update(langs: Sequence[str] = TRANSLATED_LANGUAGES) -> None:
    """Run lupdate over the code into every catalog (new strings arrive unfinished and empty;
    strings no longer in the code are dropped)."""
    import subprocess

    catalog_dir().mkdir(parents=True, exist_ok=True)
    sources = [str(path) for path in source_files()]
    for lang in langs:
        subprocess.run(  # noqa: S603 - PySide6's own tool on the project's files
            [
                *_tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                qt_language(lang),
                *sources,
                "-ts",
                str(ts_file(lang)),
            ],
            check=True,
        )


def compile_catalog(ts: Path, qm: Path) -> None:
    """lrelease `ts` into `qm` (unfinished, i.e. drafted, translations included)."""
    import subprocess

    command = [*_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True)  # noqa: S603 - PySide6's own tool on the project's files


def release(langs: Sequence[str] = TRANSLATED_LANGUAGES) -> None:
    for lang in langs:
        compile_catalog(ts_file(lang), qm_file(lang))


@dataclass(frozen=True)
class Entry:
    """One message of a .ts: context, English source, numerus or not, and the translation
    (one form, or one per plural form); `finished` once a reviewer has marked it so."""

    context: str
    source: str
    numerus: bool
    forms: tuple[str, ...]
    finished: bool


def read_ts(path: Path) -> Iterator[Entry]:
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()  # noqa: S314 - the project's own catalogs, not outside input
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            if kind in {"obsolete", "vanished"}:
                continue
            yield Entry(name, message.findtext("source", ""), numerus, forms, kind != "unfinished")


def main(argv: Sequence[str]) -> int:
    if list(argv) == ["update"]:
        update()
        return 0
    if list(argv) == ["release"]:
        release()
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
