"""Take the README screenshots of the desktop app on a throwaway vault.

    xvfb-run -a .venv/bin/python docs/screenshots/make_screenshots.py [--theme dark|light]

Writes PNGs next to this file: first run and unlock on an empty vault, then every page on
the `--demo` vault (invented records, a local server). Uses the cheap test KDF.
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
from pathlib import Path

from qt_wait import settle, spin  # this folder is on sys.path when run as a script

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--theme", default="dark")
    args = parser.parse_args()
    from outreach_app.app import build_app
    from outreach_app.crypto.kdf import TEST_KDF
    from outreach_app.domain.layout import VaultLayout
    from outreach_app.ui.prefs import UiPrefs

    suffix = "" if args.theme == "dark" else f"-{args.theme}"
    with tempfile.TemporaryDirectory() as tmp:
        layout = VaultLayout(Path(tmp) / "vault")
        UiPrefs(theme=args.theme).save(layout.ui_prefs)
        desktop = build_app(layout, kdf=TEST_KDF)
        window = desktop.window
        window.resize(1100, 720)
        window.show()
        settle()

        def shot(name: str) -> None:
            settle()
            path = HERE / f"{name}{suffix}.png"
            window.grab().save(str(path))
            print(path, file=sys.stderr)

        passphrase = "-".join(secrets.token_hex(3) for _ in range(5))
        window.first_run.passphrase.setText(passphrase)
        window.first_run.check_strength()
        window.first_run.confirm.setText(passphrase)
        spin(window.first_run.create_button.isEnabled)
        shot("first-run")
        window.first_run.create_button.click()
        spin(lambda: window.current_screen == "main")
        window.lock("user")
        window.unlock_screen.passphrase.setText("wrong passphrase")
        shot("unlock")
        window.close()
        desktop.shutdown()
        demo_dir = Path(tmp) / "demo"
        demo_dir.mkdir()
        demo_pages(demo_dir, args.theme, suffix)


def demo_pages(folder: Path, theme: str, suffix: str) -> None:
    from outreach_app.app import build_app
    from outreach_app.app_demo import prepare_demo, running_demo_server
    from outreach_app.cli.common import Io
    from outreach_app.crypto.kdf import TEST_KDF
    from outreach_app.ui.prefs import UiPrefs

    with running_demo_server(folder) as server:
        layout, passphrase = prepare_demo(folder, server, Io())
        UiPrefs(theme=theme).save(layout.ui_prefs)
        desktop = build_app(layout, kdf=TEST_KDF)
        window = desktop.window
        window.resize(1100, 720)
        window.show()
        window.unlock_screen.passphrase.setText(passphrase)
        window.unlock_screen.unlock.click()
        spin(lambda: window.current_screen == "main")
        sync_now = getattr(desktop.ctx.sync, "sync_now", None)
        if callable(sync_now):
            sync_now()
        settle(2.0)
        for key in window.main_screen.pages:
            window.main_screen.show_page(key)
            settle(0.5)
            path = HERE / f"page-{key}{suffix}.png"
            window.grab().save(str(path))
            print(path, file=sys.stderr)
        window.close()
        desktop.shutdown()


if __name__ == "__main__":
    main()
