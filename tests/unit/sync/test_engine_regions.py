"""Every sync pass refreshes the stored regions, so areas made after enrolment can be mapped."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from outreach_app.domain.models import Area
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import areas, sync_state
from tests.unit.sync.conftest import Scripted, make_engine


def _server(regions: list[dict[str, str]] | None) -> Callable[[httpx.Request], httpx.Response]:
    scripted = Scripted(lambda _r: httpx.Response(200, json={"receipts": []}))

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v2/regions":
            if regions is None:
                return httpx.Response(404, json={"code": "not_found", "message": "Not found."})
            return httpx.Response(200, json={"regions": regions})
        return scripted(request)  # the key bundle, an empty alert feed

    return answer


def test_a_pass_replaces_the_regions_and_maps_areas_named_like_a_new_one(conn: Connection) -> None:
    sync_state.save_regions(conn, [("north", "North"), ("gone", "Gone")])
    west, mapped, elsewhere = Area(name="west"), Area(name="Dock", region_id="north"), Area(name="Market")
    for area in (west, mapped, elsewhere):
        areas.add_area(conn, area)

    regions = [{"id": "north", "name": "North"}, {"id": "west", "name": "West"}]
    summary = make_engine(conn, _server(regions)).run_pass()

    assert summary.ok and summary.areas_mapped == 1
    assert sync_state.list_regions(conn) == [("north", "North"), ("west", "West")]
    assert [(a.name, a.region_id) for a in areas.list_areas(conn)] == [
        ("Dock", "north"),  # an area already mapped is never changed
        ("Market", None),
        ("west", "west"),
    ]


def test_a_server_without_regions_leaves_them_and_says_so(conn: Connection) -> None:
    sync_state.save_regions(conn, [("north", "North")])
    summary = make_engine(conn, _server(None)).run_pass()
    assert sync_state.list_regions(conn) == [("north", "North")]
    assert any(problem.startswith("regions not refreshed") for problem in summary.problems)
