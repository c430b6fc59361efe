"""ops.areas on a real vault, without Qt: the areas view and mapping an area onto a region."""

from __future__ import annotations

from uuid import uuid4

import pytest

from outreach_app.core.vault import VaultSession
from outreach_app.domain.models import Area
from outreach_app.ops.areas import load_areas_view, set_region
from outreach_app.ops.changes import Kind
from outreach_app.storage.errors import RecordNotFoundError
from outreach_app.storage.repos.areas import add_area
from outreach_app.storage.repos.sync_state import save_regions


def test_mapping_an_area_is_shown_and_says_areas_changed(session: VaultSession) -> None:
    save_regions(session.conn, [("leeds", "Leeds"), ("york", "York")])
    canal = Area(name="Canal")
    add_area(session.conn, canal)
    view = load_areas_view(session)
    assert [(a.area.name, a.region_name) for a in view.areas] == [("Canal", None)]
    assert view.regions == [("leeds", "Leeds"), ("york", "York")]
    result = set_region(session, canal.id, "york")
    assert result.value.region_id == "york"
    assert result.changes.kinds == {Kind.AREAS} and result.changes.ids == {str(canal.id)}
    assert [a.region_name for a in load_areas_view(session).areas] == ["York"]
    assert set_region(session, canal.id, None).value.region_id is None


def test_an_unknown_area_changes_nothing(session: VaultSession) -> None:
    with pytest.raises(RecordNotFoundError):
        set_region(session, uuid4(), None)
