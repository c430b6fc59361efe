"""The app on a full disk (issue 17): it unlocks, says the disk is full, and a half-typed form
locked away meanwhile is kept in memory and reaches the vault once there is room.

The vault sits on a real tmpfs filled to the last byte (tests/disk_support.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from outreach_app.domain.layout import VaultLayout
from outreach_app.ops.drafts import load_draft
from tests.disk_support import fill
from tests.disk_support import small_disk as small_disk

from .conftest import create_via_ui, run_sync, settle, unlock_via_ui
from .test_lock import DRAFT_ID, _add_probe


@pytest.fixture
def layout(small_disk: Path) -> VaultLayout:
    return VaultLayout(small_disk / "vault")


def test_a_full_disk_unlocks_says_so_and_keeps_the_draft_until_there_is_room(
    qtbot: Any, desktop: Any, passphrase: str, canary: str, layout: VaultLayout, small_disk: Path
) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    probe = _add_probe(window, show=True)
    filler = fill(small_disk, 0)
    qtbot.keyClicks(probe.note, f"half typed {canary}")

    window.lock("idle")
    settle(qtbot, window.ctx.tasks)
    assert probe.note.text() == ""
    assert len(window.ctx.drafts_waiting) == 1, "the draft did not fit: it waits in memory"
    for path in layout.data_dir.rglob("*"):
        if path.is_file():
            assert canary.encode() not in path.read_bytes(), path.name

    # Still full: the unlock works, the status bar says why nothing saves, the form comes back.
    unlock_via_ui(qtbot, window, passphrase)
    assert "The disk is full" in window.status.currentMessage()
    probe.on_unlocked()
    settle(qtbot, window.ctx.tasks)
    assert probe.note.text() == f"half typed {canary}"
    filler = fill(small_disk, 0)  # closing the vault folded its WAL in and freed a little
    window.lock("idle")
    settle(qtbot, window.ctx.tasks)
    assert len(window.ctx.drafts_waiting) == 1

    # Space returns: the next unlock writes the draft into the vault and forgets the copy.
    filler.unlink()
    unlock_via_ui(qtbot, window, passphrase)
    settle(qtbot, window.ctx.tasks)
    assert len(window.ctx.drafts_waiting) == 0
    draft = run_sync(qtbot, window.ctx.tasks, lambda s: load_draft(s, DRAFT_ID))
    assert draft == {"note": f"half typed {canary}"}
    assert "The disk is full" not in window.status.currentMessage()
