"""`outreach area list | set-region` on a real vault: map areas onto the server's regions."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from outreach_app.cli import run
from outreach_app.cli.common import ExitCode, Io
from outreach_app.core.vault import unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Area
from outreach_app.storage.repos.areas import add_area, get_area
from outreach_app.storage.repos.sync_state import save_regions
from tests.vault_templates import built_vault, created_vault

PASSPHRASE = "correct horse battery staple orbit"
CANAL = Area(name="Canal side")
STATION = Area(name="Station Road", region_id="centre")


def _worker_with_areas(vault: VaultLayout) -> None:
    created_vault(vault, PASSPHRASE, kdf=TEST_KDF, role="worker")
    with unlock_vault(vault, PASSPHRASE) as session:
        save_regions(session.conn, [("north", "North"), ("centre", "City centre")])
        add_area(session.conn, CANAL)
        add_area(session.conn, STATION)


@pytest.fixture
def layout(tmp_path: Path) -> VaultLayout:
    """A worker's vault with two regions and two areas: a copy of one built once per process."""
    return built_vault(VaultLayout(tmp_path / "data"), f"{__name__}: worker with areas", _worker_with_areas)


def cli(layout: VaultLayout, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(layout.data_dir), *argv], Io(io.StringIO(f"{PASSPHRASE}\n"), out, err))
    return code, out.getvalue(), err.getvalue()


def region_of(layout: VaultLayout, area: Area) -> str | None:
    with unlock_vault(layout, PASSPHRASE) as session:
        stored = get_area(session.conn, area.id)
    assert stored is not None
    return stored.region_id


def test_list_shows_each_area_with_its_region_and_the_server_regions(layout: VaultLayout) -> None:
    code, out, _ = cli(layout, "--json", "area", "list")
    assert code == ExitCode.OK
    assert json.loads(out) == {
        "areas": [
            {"id": str(CANAL.id), "name": "Canal side", "region_id": None, "region_name": None},
            {
                "id": str(STATION.id),
                "name": "Station Road",
                "region_id": "centre",
                "region_name": "City centre",
            },
        ],
        "regions": [{"id": "centre", "name": "City centre"}, {"id": "north", "name": "North"}],
    }
    code, out, _ = cli(layout, "area", "list")
    assert code == ExitCode.OK
    assert f"{CANAL.id}\tCanal side\tno region: not shareable" in out
    assert "server regions: City centre (centre), North (north)" in out


def test_set_region_by_name_or_id_and_back_to_none(layout: VaultLayout) -> None:
    code, out, err = cli(layout, "--json", "area", "set-region", "canal SIDE", "north")
    assert code == ExitCode.OK, err
    assert json.loads(out)["region_name"] == "North"
    assert region_of(layout, CANAL) == "north"

    code, out, _ = cli(layout, "area", "set-region", str(CANAL.id), "city centre")
    assert (code, out) == (ExitCode.OK, "Canal side: region City centre (centre)\n")
    assert region_of(layout, CANAL) == "centre"

    code, _, _ = cli(layout, "area", "set-region", "Canal side", "none")
    assert code == ExitCode.OK
    assert region_of(layout, CANAL) is None


@pytest.mark.parametrize(
    ("area", "region", "exit_code", "says"),
    [
        ("Nowhere lane", "north", ExitCode.NOT_FOUND, "no area has that name or id"),
        ("Canal side", "south", ExitCode.USAGE, "the server gave no region with that name or id"),
    ],
)
def test_unknown_area_or_region_changes_nothing_and_echoes_nothing(
    layout: VaultLayout, area: str, region: str, exit_code: ExitCode, says: str
) -> None:
    code, out, err = cli(layout, "area", "set-region", area, region)
    assert code == exit_code
    assert says in err and "nothing changed" in err
    assert area not in err and region not in err.replace("region", "")
    assert out == ""
    assert region_of(layout, CANAL) is None


def test_two_areas_with_one_name_must_be_named_by_id(layout: VaultLayout) -> None:
    twin = Area(name="canal side")
    with unlock_vault(layout, PASSPHRASE) as session:
        add_area(session.conn, twin)
    code, _, err = cli(layout, "area", "set-region", "Canal side", "north")
    assert code == ExitCode.USAGE and "2 areas have that name" in err
    assert region_of(layout, CANAL) is None and region_of(layout, twin) is None
    assert cli(layout, "area", "set-region", str(twin.id), "north")[0] == ExitCode.OK
    assert region_of(layout, twin) == "north" and region_of(layout, CANAL) is None
