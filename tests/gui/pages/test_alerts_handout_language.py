"""The Alerts page prints the handout in the languages chosen there (one, or two side by side),
kept in the vault's settings through ops; bad choices are refused and change nothing."""

from __future__ import annotations

from typing import Any

import pytest

from outreach_app.ops.app_settings import load_app_settings, save_handout_languages
from outreach_app.ui.i18n import language_name

from .conftest import run_sync, settle
from .test_alerts_page import _page
from .test_handout import pdf_text


def test_handout_languages_are_kept_in_the_vault_and_bad_ones_change_nothing(
    qtbot: Any, vault_ctx: Any
) -> None:
    assert run_sync(qtbot, vault_ctx.tasks, load_app_settings).handout_languages == ("en",)
    run_sync(qtbot, vault_ctx.tasks, lambda s: save_handout_languages(s, ["pl", "en"]))
    for wrong in (["xx"], ["pl", "pl"], ["pl", "en", "ro"], []):
        with pytest.raises(ValueError):
            run_sync(qtbot, vault_ctx.tasks, lambda s, wrong=wrong: save_handout_languages(s, wrong))
    assert run_sync(qtbot, vault_ctx.tasks, load_app_settings).handout_languages == ("pl", "en")


def test_the_page_prints_the_handout_in_the_languages_chosen_there(
    qtbot: Any, vault_ctx: Any, tmp_path: Any
) -> None:
    run_sync(qtbot, vault_ctx.tasks, lambda s: save_handout_languages(s, ["es"]))
    page = _page(qtbot, vault_ctx)
    page.show()
    page.on_unlocked()
    settle(qtbot, vault_ctx.tasks)
    assert page.handout_language.currentText() == language_name("es") == "Español"
    assert page.handout_second.currentData() == "" and page.handout_languages() == ("es",)

    page.handout_language.setCurrentIndex(page.handout_language.findData("ro"))
    page.handout_second.setCurrentIndex(page.handout_second.findData("en"))
    settle(qtbot, vault_ctx.tasks)
    assert run_sync(qtbot, vault_ctx.tasks, load_app_settings).handout_languages == ("ro", "en")
    assert page.handout().languages == ("ro", "en")

    target = tmp_path / "handout.pdf"
    page.save_handout(target)
    settle(qtbot, vault_ctx.tasks)
    text = " ".join(pdf_text(target.read_bytes()).split())
    assert "Ce s-a întâmplat: / What happened:" in text
    assert "FII ATENT(Ă) / BE AWARE" in text and "Neplată / Non-payment" in text

    # The same language twice is one language.
    page.handout_second.setCurrentIndex(page.handout_second.findData("ro"))
    settle(qtbot, vault_ctx.tasks)
    assert page.handout_languages() == ("ro",)
    assert run_sync(qtbot, vault_ctx.tasks, load_app_settings).handout_languages == ("ro",)
