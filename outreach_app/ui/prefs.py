"""The one file the UI keeps outside the encrypted vault: theme, language, window geometry.

It is read before unlock (the unlock screen must already be dark at night), so it may hold
nothing about the work — no server address, no counts, no names. Unknown or damaged
content falls back to the defaults.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from pathlib import Path

from outreach_app.ops.app_files import ensure_private_dir, write_private

THEMES = ("dark", "light")
DEFAULT_THEME = "dark"


@dataclass
class UiPrefs:
    """Attributes:
    theme: "dark" (default, low glare) or "light".
    language: a Qt locale name ("" = the system's).
    geometry: the main window's saved geometry (QWidget.saveGeometry bytes).
    """

    theme: str = DEFAULT_THEME
    language: str = ""
    geometry: bytes = b""

    @classmethod
    def load(cls, path: Path) -> UiPrefs:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        prefs = cls()
        theme = raw.get("theme")
        if theme in THEMES:
            prefs.theme = theme
        language = raw.get("language")
        if isinstance(language, str) and len(language) <= 20 and language.replace("_", "").isalnum():
            prefs.language = language
        geometry = raw.get("geometry")
        if isinstance(geometry, str):
            try:
                prefs.geometry = base64.b64decode(geometry, validate=True)
            except (binascii.Error, ValueError):
                prefs.geometry = b""
        return prefs

    def save(self, path: Path) -> None:
        ensure_private_dir(path.parent)
        body = {
            "theme": self.theme,
            "language": self.language,
            "geometry": base64.b64encode(self.geometry).decode("ascii"),
        }
        write_private(path, json.dumps(body, sort_keys=True).encode("utf-8"))
