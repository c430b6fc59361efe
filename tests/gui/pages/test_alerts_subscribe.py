"""The Alerts page opens the sign-up dialog (issue 23): with the regions the server sent, by
the names the worker knows, a language for the person's messages, and the sign-up sent on
the app's DB thread (here the laptop is not linked, so it comes back refused, said plainly);
locking closes it with the address emptied."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from outreach_app.ui.subscribe_dialog import SubscribeDialog

from .conftest import settle
from .test_alerts_page import _page


def test_the_alerts_page_opens_sign_up_with_its_regions_and_sends_off_the_gui_thread(
    qtbot: Any, vault_ctx: Any
) -> None:
    page = _page(qtbot, vault_ctx)
    page.show()
    page.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    assert page.subscribe_button.isEnabled()
    qtbot.mouseClick(page.subscribe_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(SubscribeDialog)
    assert dialog is not None and dialog.isVisible()
    assert [(region, box.text()) for region, box in dialog.regions] == [
        ("region-north", "North"),
        ("region-south", "South"),
    ]
    assert dialog.language.count() == 11 and dialog.language.itemText(0) == "English"
    dialog.language.setCurrentIndex(dialog.language.findData("pt-BR"))
    assert dialog.language.currentText() == "Português (Brasil)"
    dialog.address.setText("07911 123461")
    dialog.regions[1][1].setChecked(True)
    dialog.consent.setChecked(True)
    details = dialog.details()
    assert (details.language, list(details.region_ids)) == ("pt-BR", ["region-south"])
    dialog.send_button.click()
    assert not dialog.send_button.isEnabled()  # handed to the DB thread; the GUI did not wait
    settle(qtbot, vault_ctx.tasks)
    qtbot.waitUntil(dialog.send_button.isEnabled, timeout=5000)
    assert "not linked" in dialog.status.text() and "Nothing was sent" in dialog.status.text()
    page.clear_sensitive()  # as on lock: the typed address is emptied and the dialog closed
    assert dialog.address.text() == "" and not dialog.isVisible()
