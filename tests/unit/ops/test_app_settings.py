"""ops.app_settings and ops.outside_writes on a real vault, without Qt: values checked, Changes said."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from outreach_app.core.outside_files import targets_from
from outreach_app.core.vault import VaultSession
from outreach_app.ops import app_settings
from outreach_app.ops.changes import Kind
from outreach_app.ops.outside_writes import OutsideKind, write_outside

from .conftest import NOW


def test_settings_are_stored_checked_and_say_settings_changed(session: VaultSession) -> None:
    assert app_settings.load_app_settings(session) == app_settings.AppSettings()
    saved = app_settings.save_contact_line(session, "  Call the project: 0113 000 0000  ")
    assert saved.value == "Call the project: 0113 000 0000" and saved.changes.kinds == {Kind.SETTINGS}
    assert app_settings.save_idle_minutes(session, 30).changes.kinds == {Kind.SETTINGS}
    assert app_settings.save_review_required(session, True, NOW).changes.kinds == {Kind.SETTINGS}
    loaded = app_settings.load_app_settings(session)
    assert (loaded.contact_line, loaded.idle_lock_minutes, loaded.review_required) == (
        "Call the project: 0113 000 0000",
        30,
        True,
    )


@pytest.mark.parametrize("minutes", [0, app_settings.MAX_IDLE_MINUTES + 1])
def test_out_of_range_idle_minutes_change_nothing(session: VaultSession, minutes: int) -> None:
    with pytest.raises(ValueError, match="between"):
        app_settings.save_idle_minutes(session, minutes)
    assert app_settings.load_app_settings(session).idle_lock_minutes == app_settings.DEFAULT_IDLE_MINUTES


def test_a_two_line_contact_line_is_refused(session: VaultSession) -> None:
    with pytest.raises(ValueError, match="one line"):
        app_settings.save_contact_line(session, "first\nsecond")
    assert app_settings.load_app_settings(session).contact_line == ""


def test_a_file_written_outside_is_private_and_recorded_first(session: VaultSession, tmp_path: Path) -> None:
    result = write_outside(session, tmp_path / "handout.pdf", b"%PDF-1.4", OutsideKind.HANDOUT, NOW)
    assert result.value == tmp_path / "handout.pdf" and result.changes.kinds == {Kind.OUTSIDE_FILES}
    assert stat.S_IMODE(result.value.stat().st_mode) == 0o600
    assert [t.path for t in targets_from(session.conn)] == [result.value]
