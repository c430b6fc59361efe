"""Contacts, incidents and people models over a real SQLCipher vault."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from outreach_app.domain.enums import IncidentType, SupplyKind
from outreach_app.domain.models import Area, Contact, Incident, Perpetrator, Person, Vehicle
from outreach_app.storage.repos import areas, contacts, incidents, people
from outreach_app.ui.models.lazy_table import OFFSET_BLOCKS
from outreach_app.ui.models.records import ContactsModel, IncidentsModel, PeopleModel, RecordQuery

from .conftest import run_sync, settle

T0 = datetime(2026, 11, 1, 21, 0, tzinfo=UTC)


def _fill(session: Any, n_contacts: int = 450) -> dict[str, Any]:
    conn = session.conn
    north, south = Area(name="North"), Area(name="South")
    areas.add_area(conn, north)
    areas.add_area(conn, south)
    jade, rosa = Person(alias="Jade"), Person(alias="Rosa")
    people.add_person(conn, jade)
    people.add_person(conn, rosa)
    batch = [
        Contact(
            occurred_at=T0 + timedelta(minutes=i),
            area_id=north.id if i % 2 else south.id,
            person_id=jade.id if i % 3 == 0 else None,
            supplies={SupplyKind.CONDOMS: i % 5},
            notes=f"note {i}" + (" blister" if i == 77 else ""),
        )
        for i in range(n_contacts)
    ]
    contacts.add_contacts(conn, batch)
    incident = Incident(
        worker_initials="AB",
        occurred_at=T0,
        area_id=north.id,
        person_id=rosa.id,
        types=[IncidentType.ROBBERY_THEFT],
        perpetrators=[Perpetrator(phone_numbers=["07700 900123"])],
        vehicles=[Vehicle(colour="silver", registration="AB12 CDE")],
        narrative="narrative words",
    )
    other = Incident(
        worker_initials="AB",
        occurred_at=T0 + timedelta(days=1),
        area_id=south.id,
        types=[IncidentType.NON_PAYMENT],
    )
    incidents.add_incident(conn, incident)
    incidents.add_incident(conn, other)
    return {"north": north, "south": south, "jade": jade, "rosa": rosa, "incident": incident, "other": other}


def test_contacts_model_lists_newest_first_with_names_and_passes_modeltester(
    qtbot, qtmodeltester, vault_ctx
) -> None:
    data = run_sync(qtbot, vault_ctx.tasks, _fill)
    model = ContactsModel(vault_ctx.tasks, block_size=100)
    qtmodeltester.check(model)
    model.reload()
    settle(qtbot, vault_ctx.tasks)
    assert model.rowCount() == 450
    first = model.row_object(0)
    assert first is not None and first.contact.notes == "note 449"
    assert model.data(model.index(0, 1)) == "North"
    # Row 3 from the top is i=446, which is a multiple of 3? 446 % 3 == 2: no alias; i=447 has Jade.
    assert model.data(model.index(2, 2)) == "Jade"
    assert model.data(model.index(0, 4)) == "Condoms 4"

    model.set_query(RecordQuery(area_id=data["north"].id))
    settle(qtbot, vault_ctx.tasks)
    assert model.rowCount() == 225

    model.set_query(RecordQuery(text="jade"))
    settle(qtbot, vault_ctx.tasks)
    assert model.rowCount() == 150  # every third contact is Jade's

    model.set_query(RecordQuery(text="blister"))
    settle(qtbot, vault_ctx.tasks)
    assert model.rowCount() == 1
    assert model.data(model.index(0, 6)) == "note 77 blister"

    model.clear()
    assert model.rowCount() == 0


def test_incidents_model_finds_phone_and_plate_in_any_format(qtbot, qtmodeltester, vault_ctx) -> None:
    data = run_sync(qtbot, vault_ctx.tasks, _fill)
    model = IncidentsModel(vault_ctx.tasks)
    qtmodeltester.check(model)
    model.reload()
    settle(qtbot, vault_ctx.tasks)
    assert model.rowCount() == 2
    assert model.key_at(0) == data["other"].id  # newest first

    for text in ("+44 7700 900123", "07700900123", "900123", "ab12cde", "b12 c"):
        model.set_query(RecordQuery(text=text))
        settle(qtbot, vault_ctx.tasks)
        assert model.rowCount() == 1, text
        assert model.key_at(0) == data["incident"].id

    model.set_query(RecordQuery(text="AB12CDE", area_id=data["south"].id))
    settle(qtbot, vault_ctx.tasks)
    assert model.rowCount() == 0  # the plate matches, the area filter does not

    model.set_query(RecordQuery(types=(IncidentType.NON_PAYMENT,)))
    settle(qtbot, vault_ctx.tasks)
    assert [model.key_at(r) for r in range(model.rowCount())] == [data["other"].id]

    model.set_query(RecordQuery(text="Rosa"))
    settle(qtbot, vault_ctx.tasks)
    assert model.rowCount() == 1 and model.data(model.index(0, 2)) == "Rosa"


def test_people_model_filters_by_alias_prefix(qtbot, qtmodeltester, vault_ctx) -> None:
    run_sync(qtbot, vault_ctx.tasks, lambda s: _fill(s, 3))
    model = PeopleModel(vault_ctx.tasks)
    qtmodeltester.check(model)
    model.reload()
    settle(qtbot, vault_ctx.tasks)
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["Jade", "Rosa"]
    model.set_query(RecordQuery(text="ro"))
    settle(qtbot, vault_ctx.tasks)
    assert model.rowCount() == 1 and model.data(model.index(0, 0)) == "Rosa"


def test_contacts_model_reaches_the_end_by_keys_with_the_same_rows_as_offsets(
    qtbot, vault_ctx, monkeypatch
) -> None:
    data = run_sync(qtbot, vault_ctx.tasks, lambda s: _fill(s, n_contacts=1_050))
    offsets: list[int] = []
    keyed: list[int] = []
    real_list = contacts.list_contact_ids

    def recording(conn: Any, **kwargs: Any) -> Any:
        if kwargs.get("at_or_before") is not None:
            keyed.append(kwargs["at_or_before"])
        elif kwargs.get("limit") is not None:
            offsets.append(kwargs.get("offset") or 0)
        return real_list(conn, **kwargs)

    monkeypatch.setattr(contacts, "list_contact_ids", recording)
    model = ContactsModel(vault_ctx.tasks, block_size=50)
    for query in (RecordQuery(), RecordQuery(area_id=data["north"].id)):
        offsets.clear()
        keyed.clear()
        model.set_query(query)
        settle(qtbot, vault_ctx.tasks)
        for row in range(model.rowCount() - 1, -1, -1):  # from the end up, as a jump would
            model.data(model.index(row, 0))
        settle(qtbot, vault_ctx.tasks)
        shown = [model.key_at(row) for row in range(model.rowCount())]
        expected = run_sync(
            qtbot, vault_ctx.tasks, lambda s, q=query: real_list(s.conn, **model.source._contact_filters(q))
        )
        assert shown == expected
        blocks = -(-model.rowCount() // 50)
        # Near the top, offset windows; every deeper block starts at its key (no rows walked).
        assert sorted(offsets) == [n * 50 for n in range(min(blocks, OFFSET_BLOCKS))]
        assert len(keyed) == blocks - OFFSET_BLOCKS > 0
    model.clear()
    assert model.rowCount() == 0
