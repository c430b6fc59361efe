"""The app's own files beside the vault (its UI preferences): written 0600, atomically.

`crypto.atomic` does the writing (fsync, rename, private folder); this names it for the UI,
which imports no crypto.
"""

from __future__ import annotations

from outreach_app.crypto.atomic import ensure_private_dir, write_private

__all__ = ["ensure_private_dir", "write_private"]
