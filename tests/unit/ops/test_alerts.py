"""ops.alerts on a real vault, without Qt: loading, seen, and the one (SQL) check."""

from __future__ import annotations

from datetime import UTC, date, datetime
from uuid import uuid4

from outreach_app.core.vault import VaultSession
from outreach_app.domain.enums import IncidentType
from outreach_app.domain.models import Area, Incident, Perpetrator, Vehicle
from outreach_app.ops.alerts import alert_key, check, current, load_alerts, mark_seen
from outreach_app.protocol.alerts import Alert, AlertPerpetrator, AlertVehicle
from outreach_app.storage.repos import alerts, incidents, sync_state

SYNCED = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)
TODAY = date(2026, 11, 29)


def _alert(title: str, issued: date, expires: date, **extra: object) -> Alert:
    return Alert(
        alert_id=uuid4(),
        version=1,
        region_ids=["leeds"],
        issued_on=issued,
        expires_on=expires,
        title=title,
        body="Refused to pay.",
        incident_types=[IncidentType.NON_PAYMENT],
        **extra,  # type: ignore[arg-type]
    )


DAVE = _alert(
    "Silver Ford",
    date(2026, 11, 25),
    date(2026, 12, 25),
    perpetrators=[
        AlertPerpetrator(
            phone_numbers=["+447700900123"], email_addresses=["dave.x@example.com"], online_handles=["DaveX"]
        )
    ],
    vehicles=[AlertVehicle(registration="AB12CDE")],
)
OLD = _alert(
    "Expired", date(2026, 10, 1), date(2026, 10, 31), vehicles=[AlertVehicle(registration="AB12CDE")]
)


def _store(session: VaultSession) -> None:
    for alert in (DAVE, OLD):
        alerts.store_alert(session.conn, alert, SYNCED)
    sync_state.set_cursor(session.conn, "c1", SYNCED)


def test_load_gives_every_stored_alert_when_fetched_and_what_was_seen(
    session: VaultSession, area: Area
) -> None:
    empty = load_alerts(session)
    assert (empty.alerts, empty.last_sync, empty.seen) == ([], None, frozenset())
    _store(session)
    stored = load_alerts(session)
    assert {a.title for a in stored.alerts} == {"Silver Ford", "Expired"} and stored.last_sync == SYNCED
    assert stored.areas == {"Holbeck": "leeds"}
    assert [a.title for a in current(stored.alerts, TODAY)] == ["Silver Ford"]
    assert current(stored.alerts, TODAY, "elsewhere") == []
    mark_seen(session, [alert_key(DAVE)])
    assert load_alerts(session).seen == {f"{DAVE.alert_id}:1"}


def test_check_matches_todays_alerts_in_any_format_and_our_incidents(session: VaultSession) -> None:
    _store(session)
    ours = Incident(
        worker_initials="AB",
        occurred_at=datetime(2026, 11, 20, 23, 0, tzinfo=UTC),
        types=[IncidentType.ROBBERY_THEFT],
        perpetrators=[Perpetrator(phone_numbers=["07700 900123"], email_addresses=["Dave.X@example.com"])],
        vehicles=[Vehicle(registration="AB12 CDE")],
    )
    incidents.add_incident(session.conn, ours)
    for text in ("07700 900 123", "900123", "ab12 cde", "AB12", "DAVE.X@Example.com"):
        result = check(session, text, TODAY)
        assert [a.title for a in result.alerts] == ["Silver Ford"], text  # never the expired one
        assert [i.id for i in result.incidents] == [ours.id], text
    assert [a.title for a in check(session, "@DaveX", TODAY).alerts] == ["Silver Ford"]
    nothing = check(session, "07000 111222", TODAY)
    assert nothing.alerts == [] and nothing.incidents == []
    assert [a.title for a in check(session, "AB12CDE", date(2026, 10, 15)).alerts] == ["Expired"]
