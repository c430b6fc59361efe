"""`outreach area list | set-region AREA REGION`: which server region each area's reports go to.

A report can be shared only from an area mapped onto one of the regions the server gave
(at enrolment and at every sync). Areas made later — the Shift page creates them on the
fly — are mapped here or in the app's Settings → Areas.
"""

from __future__ import annotations

import argparse
from typing import Any

from outreach_app.cli.common import CliError, ExitCode, Io


def register(sub: Any) -> None:
    area = sub.add_parser("area", help="areas and the server region each one's reports go to")
    actions = area.add_subparsers(dest="area_command", metavar="ACTION", required=True)
    actions.add_parser("list", help="every area with its region, and the server's regions").set_defaults(
        handler=run_area_list
    )
    setter = actions.add_parser("set-region", help="map an area onto one of the server's regions")
    setter.add_argument("area", help="the area's name (case-insensitive) or id")
    setter.add_argument("region", help="the region's name (case-insensitive) or id, or 'none' to unmap")
    setter.set_defaults(handler=run_area_set_region)


def _area_json(area: Any, region_name: str | None) -> dict[str, Any]:
    return {"id": str(area.id), "name": area.name, "region_id": area.region_id, "region_name": region_name}


def run_area_list(args: argparse.Namespace, io: Io) -> int:
    from outreach_app.cli.session import open_session
    from outreach_app.ops.areas import load_areas_view

    with open_session(args, io) as session:
        view = load_areas_view(session)  # what Settings → Areas shows
    mapped, regions = view.areas, view.regions
    if args.json:
        io.json(
            {
                "areas": [_area_json(item.area, item.region_name) for item in mapped],
                "regions": [{"id": region_id, "name": name} for region_id, name in regions],
            }
        )
        return int(ExitCode.OK)
    for item in mapped:
        where = (
            f"{item.region_name} ({item.area.region_id})" if item.shareable else "no region: not shareable"
        )
        io.out(f"{item.area.id}\t{item.area.name}\t{where}")
    if not mapped:
        io.out("no areas yet")
    names = ", ".join(f"{name} ({region_id})" for region_id, name in regions)
    io.out(f"server regions: {names or 'none (enrol, or sync, to get them)'}")
    return int(ExitCode.OK)


def run_area_set_region(args: argparse.Namespace, io: Io) -> int:
    from outreach_app.cli.session import open_session
    from outreach_app.ops.areas import set_region
    from outreach_app.storage.errors import RecordNotFoundError
    from outreach_app.storage.repos.area_regions import (
        AmbiguousAreaError,
        UnknownRegionError,
        find_area,
        find_region,
        known_regions,
    )

    with open_session(args, io) as session:
        conn = session.conn
        try:
            area = find_area(conn, args.area)
            region_id = None if args.region.strip().casefold() == "none" else find_region(conn, args.region)
            area = set_region(session, area.id, region_id).value  # the op Settings → Areas runs
        except RecordNotFoundError as exc:
            raise CliError(f"{exc} (see `outreach area list`); nothing changed", ExitCode.NOT_FOUND) from None
        except (AmbiguousAreaError, UnknownRegionError) as exc:
            raise CliError(f"{exc} (see `outreach area list`); nothing changed", ExitCode.USAGE) from None
        region_name = dict(known_regions(conn)).get(region_id) if region_id else None
    if args.json:
        io.json(_area_json(area, region_name))
    elif region_id is None:
        io.out(f"{area.name}: no region (its reports cannot be shared until one is set)")
    else:
        io.out(f"{area.name}: region {region_name} ({region_id})")
    return int(ExitCode.OK)
