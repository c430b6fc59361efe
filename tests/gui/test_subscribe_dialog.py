"""The sign-up dialog: nothing is sent without consent and an area; what is sent is what was
entered; the address field is emptied once the server took it."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from outreach_app.ops.subscriptions import SignUp
from outreach_app.ui.subscribe_dialog import SubscribeDialog


def test_sign_up_needs_consent_sends_what_was_entered_and_forgets_the_address(qtbot: QtBot) -> None:
    sent: list[SignUp] = []
    finish: list[Callable[[], None]] = []

    def submit(details: SignUp, done: Callable[[], None], failed: Callable[[str], None]) -> None:
        sent.append(details)
        finish.append(done)

    dialog = SubscribeDialog([("north", "North"), ("east", "East")], submit)
    qtbot.addWidget(dialog)
    dialog.address.setText("07911 123461")
    dialog.regions[1][1].setChecked(True)
    dialog.send_button.click()
    assert sent == [] and "agreed" in dialog.status.text()
    dialog.consent.setChecked(True)
    dialog.send_button.click()
    assert len(sent) == 1 and not dialog.send_button.isEnabled()
    assert (sent[0].channel, sent[0].address, list(sent[0].region_ids), sent[0].discreet) == (
        "sms",
        "07911 123461",
        ["east"],
        True,
    )
    assert "07911" not in repr(sent[0])
    finish[0]()
    assert dialog.address.text() == "" and not dialog.consent.isChecked() and dialog.send_button.isEnabled()
