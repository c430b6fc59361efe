"""The staff API for the charity's desks (issue 22): desk codes and enrolment, sign-in with the
desk's own key, what each role may do, sealed envelopes across organisations, withdrawals,
signed alerts checked against the bundle, the admin desk's work, and the staff log."""

from __future__ import annotations

import base64
import io
import json
import uuid
from typing import Any

from sqlalchemy import select

from outreach_app.charity.desk_keys import DeskKeys, new_desk_keys
from outreach_app.crypto.sealing import open_sealed
from outreach_app.protocol.alerts import Alert
from outreach_app.protocol.device_auth import Challenge
from outreach_app.protocol.signed_alerts import sign_alert
from outreach_app.protocol.staff import StaffRole
from outreach_app.protocol.verifier import new_withdrawal_code, purpose_verifier
from outreach_app.server import cli as server_cli
from outreach_app.server.core import tokens
from outreach_app.server.db import staff_desks, staff_log
from outreach_app.server.db import stats as stats_db
from outreach_app.server.db.tables import envelopes
from tests.server.support import World, charity, make_alert, make_envelope, post_envelopes


class Desk:
    def __init__(self, world: World, role: StaffRole) -> None:
        self.world = world
        self.keys: DeskKeys = new_desk_keys(role, f"{role.value}-1")
        with world.engine.begin() as conn:
            self.code = tokens.group_code(staff_desks.create_desk_code(conn, role, 24, world.clock))
        reply = self.enrol(self.code)
        assert reply.status_code == 200, reply.text
        assert reply.json()["role"] == role.value
        self.desk_id = str(reply.json()["desk_id"])
        self.first_request_id = self.request_id
        self.token = self.sign_in()

    def enrol(self, code: str, request_id: str | None = None, keys: DeskKeys | None = None) -> Any:
        body = {
            "code": code,
            "label": "Desk A",
            "public_key": (keys or self.keys).auth_public(),
            "request_id": request_id or str(uuid.uuid4()),
            "role": (keys or self.keys).role.value,
        }
        self.request_id = body["request_id"]
        return self.world.client.post("/v2/staff/enroll", json=body)

    def sign_in(self, keys: DeskKeys | None = None) -> str:
        reply = self.world.client.post("/v2/staff/auth/challenge", json={"device_id": self.desk_id})
        assert reply.status_code == 200, reply.text
        signature = (keys or self.keys).answer(Challenge.model_validate(reply.json()))
        body = {"device_id": self.desk_id, "nonce": reply.json()["nonce"], "signature": signature}
        token = self.world.client.post("/v2/staff/auth/token", json=body)
        return str(token.json().get("token", "")) if token.status_code == 200 else ""

    def get(self, path: str, **params: str) -> Any:
        return self.world.client.get(path, params=params, headers={"Authorization": f"Bearer {self.token}"})

    def post(self, path: str, body: Any = None) -> Any:
        return self.world.client.post(path, json=body, headers={"Authorization": f"Bearer {self.token}"})


def _log(world: World) -> list[tuple[str, str, int | None]]:
    with world.engine.begin() as conn:
        return [(e.staff.split(":")[0], e.action, e.count) for e in staff_log.entries(conn)]


def test_a_desk_code_enrols_one_desk_which_signs_in_with_its_own_key(world: World) -> None:
    desk = Desk(world, StaffRole.POLICE)
    assert desk.token
    again = desk.enrol(desk.code)  # another request with the spent code
    assert again.status_code == 403
    retry = desk.enrol(desk.code, request_id=desk.first_request_id)  # the first request again (lost reply)
    assert retry.status_code == 200 and retry.json()["desk_id"] == desk.desk_id
    other_key = desk.enrol(
        desk.code, request_id=desk.first_request_id, keys=new_desk_keys(StaffRole.POLICE, "y")
    )
    assert other_key.status_code == 403  # but not with another key
    with world.engine.begin() as conn:
        alerts_code = tokens.group_code(staff_desks.create_desk_code(conn, StaffRole.ALERTS, 24, world.clock))
    assert desk.enrol(alerts_code).status_code == 403  # a police desk cannot take an alerts code...
    other = new_desk_keys(StaffRole.ALERTS, "alerts-2")
    assert desk.enrol(alerts_code, keys=other).status_code == 200  # ...which stays unspent for its role
    assert desk.sign_in(keys=new_desk_keys(StaffRole.POLICE, "x")) == ""  # another key cannot sign in
    assert (
        world.client.get(
            "/v2/staff/envelopes", params={"purpose": "police_referral"}, headers=world.a.headers
        ).status_code
        == 401
    )  # a device's token is no desk's
    url = world.engine.url.render_as_string(hide_password=False)
    listed = io.StringIO()
    assert server_cli.main(["desk", "list", "--json", "--db", url], out=listed) == 0
    assert {(d["id"], d["role"]) for d in json.loads(listed.getvalue())} >= {(desk.desk_id, "police")}
    assert server_cli.main(["desk", "revoke", desk.desk_id, "--db", url], out=io.StringIO()) == 0
    assert desk.get("/v2/staff/envelopes", purpose="police_referral").status_code == 401
    log = _log(world)
    assert ("desk", "desk.enroll", 1) in log and "desk.revoke" in [action for _who, action, _n in log]


def test_each_role_does_only_its_own_work(world: World) -> None:
    police, alerts, admin = (
        Desk(world, role) for role in (StaffRole.POLICE, StaffRole.ALERTS, StaffRole.ADMIN)
    )
    assert police.get("/v2/staff/envelopes", purpose="alert").status_code == 403
    assert alerts.get("/v2/staff/envelopes", purpose="police_intelligence").status_code == 403
    assert admin.get("/v2/staff/envelopes", purpose="alert").status_code == 403
    signed = charity().signed_alert(make_alert()).model_dump(mode="json", exclude_none=True)
    assert police.post("/v2/staff/alerts", signed).status_code == 403
    assert admin.post("/v2/staff/alerts", signed).status_code == 403
    assert alerts.get("/v2/staff/regions").status_code == 403
    assert police.post("/v2/staff/enroll-codes", {"org": "Project A"}).status_code == 403
    assert admin.post("/v2/staff/envelopes/ack", {"envelope_ids": [str(uuid.uuid4())]}).status_code == 403


def test_desks_pull_sealed_envelopes_across_organisations_ack_them_and_hear_of_withdrawals(
    world: World,
) -> None:
    code = new_withdrawal_code()
    from_a = make_envelope(world.org_a, "north", "alert", code=code, marker="AAA")
    from_b = make_envelope(world.org_b, "south", "alert", marker="BBB")
    police_env = make_envelope(world.org_a, "north", "police_intelligence", marker="PPP")
    post_envelopes(world, world.a, [from_a, police_env])
    post_envelopes(world, world.b, [from_b])
    alerts = Desk(world, StaffRole.ALERTS)

    page = alerts.get("/v2/staff/envelopes", purpose="alert").json()
    pulled = {e["header"]["envelope_id"]: e for e in page["envelopes"]}
    assert set(pulled) == {from_a["header"]["envelope_id"], from_b["header"]["envelope_id"]}
    assert not page["has_more"]
    first = alerts.get("/v2/staff/envelopes", purpose="alert", limit="1").json()
    second = alerts.get(
        "/v2/staff/envelopes",
        purpose="alert",
        limit="1",
        after=first["envelopes"][0]["header"]["envelope_id"],
    ).json()
    assert first["has_more"] and not second["has_more"]  # pages in envelope-id order
    assert [
        first["envelopes"][0]["header"]["envelope_id"],
        second["envelopes"][0]["header"]["envelope_id"],
    ] == sorted(pulled)
    opened = open_sealed(
        base64.b64decode(pulled[from_a["header"]["envelope_id"]]["ciphertext"]),
        charity().private_for("alert"),
    )
    assert json.loads(opened)["summary"].endswith("AAA")  # the desk's key opens it; the server could not

    assert alerts.post(
        "/v2/staff/envelopes/ack", {"envelope_ids": [*pulled, police_env["header"]["envelope_id"]]}
    ).json() == {"acknowledged": 2}
    assert alerts.get("/v2/staff/envelopes", purpose="alert").json()["envelopes"] == []
    caught_up = alerts.get("/v2/staff/envelopes", purpose="alert", acknowledged="true").json()["envelopes"]
    assert len(caught_up) == 2  # a second desk of the role can still fetch them
    with world.engine.begin() as conn:  # the police envelope was not the alerts desk's to acknowledge
        acked = conn.execute(
            select(envelopes.c.acked_on).where(envelopes.c.envelope_id == police_env["header"]["envelope_id"])
        ).scalar_one()
    assert acked is None

    reply = world.client.post(
        "/v2/withdrawals", json={"verifiers": [purpose_verifier(code, "alert")]}, headers=world.a.headers
    )
    assert reply.status_code == 200, reply.text
    gone = alerts.post("/v2/staff/envelopes/withdrawn", {"envelope_ids": list(pulled)}).json()["withdrawn"]
    assert gone == [from_a["header"]["envelope_id"]]
    log = _log(world)
    assert ("desk", "staff.envelopes.pull", 2) in log and ("desk", "staff.envelopes.ack", 2) in log
    assert ("desk", "staff.envelopes.withdrawn", 1) in log


def test_alerts_are_published_only_when_an_alerts_desk_of_the_bundle_signed_them(world: World) -> None:
    desk = Desk(world, StaffRole.ALERTS)
    alert = make_alert()
    genuine = charity().signed_alert(alert).model_dump(mode="json", exclude_none=True)
    published = desk.post("/v2/staff/alerts", genuine)
    assert published.status_code == 200, published.text
    assert published.json()["status"] == "published" and published.json()["version"] == 1

    forged = sign_alert(
        new_desk_keys(StaffRole.ALERTS, "x").sign_key(), "alerts-1", Alert.model_validate(make_alert())
    )  # type: ignore[arg-type]
    refused = desk.post("/v2/staff/alerts", forged.model_dump(mode="json", exclude_none=True))
    assert refused.status_code == 422 and "signature" in refused.json()["message"]

    expired = desk.post(f"/v2/staff/alerts/{alert['alert_id']}/expire")
    assert expired.json()["status"] == "expired"
    again = desk.post("/v2/staff/alerts", genuine)
    assert again.status_code == 409 and "expired" in again.json()["message"]
    assert [a["status"] for a in desk.get("/v2/staff/alerts").json()] == ["expired"]
    actions = [action for _who, action, _count in _log(world)]
    assert actions.count("alert.publish") == 1 and "alert.expire" in actions


def test_the_admin_desk_manages_regions_organisations_codes_and_devices(world: World) -> None:
    admin = Desk(world, StaffRole.ADMIN)
    assert admin.post("/v2/staff/regions", {"id": "west", "name": "West"}).status_code == 200
    duplicate = admin.post("/v2/staff/regions", {"id": "west", "name": "West"})
    assert duplicate.status_code == 409 and "exists" in duplicate.json()["message"]
    org = admin.post("/v2/staff/orgs", {"name": "Project W", "region_ids": ["west"]}).json()
    assert org["region_ids"] == ["west"]
    code = admin.post("/v2/staff/enroll-codes", {"org": "Project W", "expires_hours": 2}).json()
    enrolled = world.client.post(
        "/v2/enroll", json={"code": code["code"], "device_label": "W laptop", "request_id": str(uuid.uuid4())}
    )
    assert enrolled.status_code == 200, enrolled.text
    device_id = enrolled.json()["device_id"]
    assert device_id in [d["id"] for d in admin.get("/v2/staff/devices").json()]
    assert admin.post(f"/v2/staff/devices/{device_id}/revoke").status_code == 204
    (listed,) = [d for d in admin.get("/v2/staff/devices").json() if d["id"] == device_id]
    assert listed["revoked_on"] is not None
    assert [r["id"] for r in admin.get("/v2/staff/regions").json()] == ["east", "north", "south", "west"]
    actions = {action for _who, action, _count in _log(world)}
    assert {"region.add", "org.create", "enroll_code.create", "device.list", "device.revoke"} <= actions


def _seed_stats(world: World) -> None:
    """Two organisations' monthly sums, as their devices' uploads leave them."""

    def part(key: str, region: str, month: str, **counts: int) -> stats_db.Contribution:
        return stats_db.Contribution(key, region, month, counts)

    with world.engine.begin() as conn:
        stats_db.store(
            conn,
            world.org_a,
            [
                part("a1", "north", "2026-01", incidents=20, contacts=7),
                part("a2", "", "2026-01", contacts=5),  # areas mapped to no region
                part("a3", "north", "2026-03", incidents=99),
            ],
            allowed_extra={""},
        )
        stats_db.store(conn, world.org_b, [part("b1", "south", "2026-01", incidents=4)])
        stats_db.store(conn, world.org_b, [part("b2", "south", "2026-02", incidents=31)])


def test_every_desk_reads_the_statistics_summed_across_organisations_for_a_period(world: World) -> None:
    _seed_stats(world)
    desks = [Desk(world, role) for role in (StaffRole.ALERTS, StaffRole.POLICE, StaffRole.ADMIN)]
    for desk in desks:
        reply = desk.get("/v2/staff/stats", **{"from": "2026-01", "to": "2026-02"})
        assert reply.status_code == 200, reply.text
        body = reply.json()
        assert (body["first_month"], body["last_month"]) == ("2026-01", "2026-02")
        assert body["rows"] == [
            {"month": "2026-01", "region_id": None, "measure": "contacts", "count": 5},
            {"month": "2026-01", "region_id": "north", "measure": "contacts", "count": 7},
            {"month": "2026-01", "region_id": "north", "measure": "incidents", "count": 20},
            {"month": "2026-01", "region_id": "south", "measure": "incidents", "count": 4},
            {"month": "2026-02", "region_id": "south", "measure": "incidents", "count": 31},
        ]  # no organisation column; March is outside the period
    assert [n for _who, action, n in _log(world) if action == "staff.stats"] == [5, 5, 5]
    with world.engine.begin() as conn:
        (entry,) = {e.target for e in staff_log.entries(conn) if e.action == "staff.stats"}
    assert entry == "2026-01..2026-02"
    only_march = desks[0].get("/v2/staff/stats", **{"from": "2026-03", "to": "2026-03"}).json()
    assert only_march["rows"] == [
        {"month": "2026-03", "region_id": "north", "measure": "incidents", "count": 99}
    ]
    assert world.client.get("/v2/staff/stats", params={"from": "2026-01", "to": "2026-02"}).status_code == 401
    device = world.client.get(
        "/v2/staff/stats", params={"from": "2026-01", "to": "2026-02"}, headers=world.a.headers
    )
    assert device.status_code == 401  # a device's token is no desk's


def test_a_bad_statistics_period_is_refused_with_a_clear_message_and_not_logged(world: World) -> None:
    desk = Desk(world, StaffRole.ALERTS)
    for params, message in [
        ({"from": "2026-13", "to": "2026-12"}, "from is not a month (YYYY-MM)"),
        ({"from": "2026-01", "to": "26-02"}, "to is not a month (YYYY-MM)"),
        ({"from": "2026-03", "to": "2026-02"}, "the period ends before it starts"),
        ({"from": "2010-01", "to": "2020-01"}, "the period is longer than 120 months"),
        ({"to": "2026-02"}, "give the period as from=YYYY-MM and to=YYYY-MM"),
    ]:
        reply = desk.get("/v2/staff/stats", **params)
        assert reply.status_code == 422, params
        assert reply.json() == {"code": "validation_failed", "message": message}
    assert "staff.stats" not in [action for _who, action, _n in _log(world)]
