"""Device labels are printable text on one line, on SQLite and PostgreSQL alike; `device
list` never prints a stored escape raw; alert text holds no hidden characters."""

from __future__ import annotations

import io
import json
import uuid

import pytest
from sqlalchemy import select

from outreach_app.server.cli import main
from outreach_app.server.db import alerts as alerts_db
from outreach_app.server.db import orgs
from outreach_app.server.db.orgs import InvalidInputError
from outreach_app.server.db.tables import devices
from tests.server.support import World, charity, make_alert

BAD_LABELS = {
    "nul": "Laptop\x002",
    "escape": "Laptop \x1b[2J2",
    "newline": "Laptop\n2",
    "tab": "Laptop\t2",
    "rtl_override": "Laptop \u202e2",
    "zero_width_space": "Lap\u200btop",
    "line_separator": "Laptop\u20282",
    "too_long": "L" * 65,
}


@pytest.mark.parametrize("label", BAD_LABELS.values(), ids=BAD_LABELS.keys())
def test_a_label_not_one_printable_line_is_refused_and_spends_nothing(world: World, label: str) -> None:
    code = world.code(world.org_a)
    reply = world.client.post(
        "/v2/enroll", json={"code": code, "device_label": label, "request_id": str(uuid.uuid4())}
    )
    assert reply.status_code == 422, reply.text  # the same on PostgreSQL, which cannot store a NUL
    assert reply.json()["code"] == "validation_failed"
    with world.engine.begin() as conn:
        assert conn.execute(select(devices)).all() == []
    # The code was not spent: the same code with a good label enrols.
    again = world.client.post(
        "/v2/enroll", json={"code": code, "device_label": "Laptop 2", "request_id": str(uuid.uuid4())}
    )
    assert again.status_code == 200, again.text


@pytest.mark.parametrize("label", ["Laptop 2", "Portátil nº 2", "ノートパソコン", "Laptop\u00a02"])
def test_printable_labels_in_any_script_are_kept(world: World, label: str) -> None:
    reply = world.client.post(
        "/v2/enroll",
        json={"code": world.code(world.org_a), "device_label": label, "request_id": str(uuid.uuid4())},
    )
    assert reply.status_code == 200, reply.text
    with world.engine.begin() as conn:
        assert [d.label for d in orgs.list_devices(conn)] == [label]


def test_device_list_shows_a_stored_escape_as_text(world: World, db_url: str) -> None:
    # A label stored before labels were checked (PostgreSQL could never hold a NUL).
    label = "Laptop \x1b[31mred\u202e\tX"
    with world.engine.begin() as conn:
        orgs.add_device(conn, world.org_a, label, world.clock)
    out = io.StringIO()
    assert main(["device", "list", "--db", db_url], clock=world.clock, out=out) == 0
    line = out.getvalue()
    assert "\x1b" not in line and "\u202e" not in line
    assert "Laptop \\u001b[31mred\\u202e\\u0009X" in line
    assert line.count("\t") == 4  # five columns, none added by the label
    as_json = io.StringIO()
    assert main(["device", "list", "--json", "--db", db_url], clock=world.clock, out=as_json) == 0
    assert as_json.getvalue().isascii() and "\\u001b" in as_json.getvalue()  # escaped by JSON
    assert json.loads(as_json.getvalue())[0]["label"] == label  # and exactly what is stored


HIDDEN = {
    "rtl_override": "\u202e",
    "ltr_embedding": "\u202a",
    "first_strong_isolate": "\u2068",
    "zero_width_space": "\u200b",
    "zero_width_joiner": "\u200d",
    "word_joiner": "\u2060",
    "byte_order_mark": "\ufeff",
    "escape": "\x1b",
}


@pytest.mark.parametrize("char", HIDDEN.values(), ids=HIDDEN.keys())
@pytest.mark.parametrize("field", ["title", "body"])
def test_alert_text_refuses_bidi_and_zero_width_characters(world: World, field: str, char: str) -> None:
    """Even signed by the alerts desk: the desk's tool should never sign such text, and the
    server refuses to publish it all the same."""
    signed = charity().signed_alert(make_alert(**{field: f"Call 0770 {char}0900"}))
    with world.engine.begin() as conn, pytest.raises(InvalidInputError, match=f"U\\+{ord(char):04X}"):
        alerts_db.publish_signed(conn, signed, charity().bundle().bundle, world.clock)
    fine = charity().signed_alert(
        make_alert(body="Be careful.\nCall us.\tThanks")
    )  # breaks and tabs are fine
    with world.engine.begin() as conn:
        alerts_db.publish_signed(conn, fine, charity().bundle().bundle, world.clock)
