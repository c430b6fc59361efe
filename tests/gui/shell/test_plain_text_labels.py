"""Server and record text is shown as text (issue 16): an organisation named with HTML is not
rendered as a red heading with a link, and no label or tooltip interprets markup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from outreach_app.services.changes import SYNC, Changes
from tests.server_harness import running_server

from .conftest import create_via_ui, settle

HOSTILE_ORG = "<h1 style=color:red>URGENT: call <a href='tel:0800'>0800 000</a></h1>"


def _no_keyring() -> None:
    return None


def test_an_organisation_named_with_html_is_shown_as_text(
    qtbot: Any, desktop: Any, passphrase: str, tmp_path: Path
) -> None:
    from outreach_app.sync.enrollment_v2 import enroll_v2

    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    page = window.main_screen.show_page("settings")
    with running_server(tmp_path, org_name=HOSTILE_ORG) as server:
        code = server.make_enroll_code()
        window.ctx.tasks.run_db(
            lambda s: enroll_v2(s.conn, server.url, code, server.root_fingerprint, device_label="Laptop")
        )
        settle(qtbot, window.ctx.tasks)
        window.ctx.changes.publish(Changes.of(SYNC))
        settle(qtbot, window.ctx.tasks)
    label = page.link_state
    assert HOSTILE_ORG in label.text()
    assert label.textFormat() == Qt.TextFormat.PlainText
    # Rendered as text: the markup is on screen as characters, in one normal-sized line of text.
    assert label.fontMetrics().horizontalAdvance("<h1") < label.sizeHint().width()


def test_every_label_of_every_page_shows_plain_text(qtbot: Any, desktop: Any, passphrase: str) -> None:
    window = desktop.window
    create_via_ui(qtbot, window, passphrase)
    for name in list(window.main_screen.pages):
        window.main_screen.show_page(name)
        settle(qtbot, window.ctx.tasks)
    labels = window.findChildren(QLabel)
    assert len(labels) > 50
    rich = [
        label.objectName() or label.text()[:40]
        for label in labels
        if label.textFormat() != Qt.TextFormat.PlainText
    ]
    assert rich == []
