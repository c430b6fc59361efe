"""Record text in a table's tooltip shows as written, never as markup (issue 16)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from outreach_app.ui.plain_text import plain_tooltip

from .conftest import settle
from .test_lazy_table import NumbersModel

MARKUP = "<b>note</b> & <a href='x'>link</a>"
ESCAPED = "&lt;b&gt;note&lt;/b&gt; &amp; &lt;a href=&#x27;x&#x27;&gt;link&lt;/a&gt;"


class MarkupModel(NumbersModel):
    def load_block(self, session: Any, query: Any, offset: int, limit: int) -> Any:
        return [(n, MARKUP) for n in range(offset, min(offset + limit, self.total))]


def test_record_text_in_a_table_tooltip_is_escaped(qtbot: Any, tasks: Any) -> None:
    model = MarkupModel(tasks, 3)
    model.reload()
    settle(qtbot, tasks)
    model.data(model.index(0, 1))
    settle(qtbot, tasks)
    tooltip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == f"<p style='white-space:pre-wrap'>{ESCAPED}</p>"
    assert model.data(model.index(0, 1)) == MARKUP  # the cell itself is drawn as plain text
    assert plain_tooltip("") == ""
