"""Warnings to subscribers (issue 23), end to end in-process: the real app, a real database
(SQLite and PostgreSQL), a real aiosmtpd server and a Twilio Messages API emulator on
loopback, Apprise in between. Clocks are injected: backoff and rate limits need no sleeps."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select, update

from outreach_app.protocol.canonical import canonical_json
from outreach_app.server.db import alerts as alerts_db
from outreach_app.server.db import deliveries as deliveries_db
from outreach_app.server.db.tables import alerts, deliveries, subscribers
from outreach_app.server.notify.keys import SubscriberKeys
from outreach_app.server.notify.sendable import alert_is_sendable
from outreach_app.server.notify.setup import WarningsSetup
from outreach_app.server.notify.worker import Notifier
from tests.server.notify_support import SmtpSink, TwilioEmulator, notify_config
from tests.server.support import World, charity, make_alert
from tests.server.test_alerts import publish

PHONE = "+447911123461"
PHONE_TYPED = "07911 123461"
EMAIL = "canary.person+x@example.org"


@pytest.fixture(scope="module")
def sinks() -> Iterator[tuple[SmtpSink, TwilioEmulator]]:
    smtp, sms = SmtpSink().start(), TwilioEmulator().start()
    yield smtp, sms
    smtp.stop()
    sms.stop()


@pytest.fixture
def setup(world: World, sinks: tuple[SmtpSink, TwilioEmulator]) -> WarningsSetup:
    smtp, sms = sinks
    smtp.messages.clear()
    sms.messages.clear()
    made = WarningsSetup.of(SubscriberKeys(SubscriberKeys.generate()), notify_config(smtp.port, sms.port))
    world.app.state.warnings = made
    return made


@pytest.fixture
def notifier(world: World, setup: WarningsSetup) -> Iterator[Notifier]:
    made = Notifier(
        world.engine,
        setup.keys,
        setup.config,
        clock=world.clock,
        monotonic_clock=world.clock.monotonic,
        threads=4,
    )
    made.start()
    yield made
    made.close()


def sign_up(world: World, **fields: object) -> int:
    body = {"channel": "sms", "address": PHONE_TYPED, "region_ids": ["north"], "consent": True, **fields}
    return world.client.post("/v2/subscriptions", json=body, headers=world.a.headers).status_code


def drain(notifier: Notifier) -> None:
    notifier.housekeeping()
    while notifier.run_pass().sent:
        pass


def hook(world: World, sender: str, text: str) -> int:
    return world.client.post(
        "/hooks/sms/hook-secret-123",
        content=f"From={sender.replace('+', '%2B')}&Body={text}&To=%2B447700900000",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    ).status_code


def link(text: str, kind: str) -> str:
    found = re.search(rf"https://w\.charity\.example(/{kind}/[A-Za-z0-9_-]+)", text)
    assert found is not None, text
    return found.group(1)


def count(world: World, table: object) -> int:
    with world.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_device_sign_up_stores_only_a_sealed_record_and_sends_a_welcome(
    world: World, setup: WarningsSetup, notifier: Notifier, sinks: tuple[SmtpSink, TwilioEmulator]
) -> None:
    assert sign_up(world) == 202
    with world.engine.connect() as conn:
        row = conn.execute(select(subscribers)).one()
    assert PHONE not in row.sealed and "north" not in row.sealed and "7911123461" not in repr(tuple(row))
    drain(notifier)
    (welcome,) = sinks[1].messages
    assert welcome.to == PHONE
    assert "/u/" in welcome.body and "/r/" in welcome.body


def test_sign_up_refuses_bad_input_and_changes_nothing(world: World, setup: WarningsSetup) -> None:
    assert sign_up(world, address="not a number") == 422
    assert sign_up(world, region_ids=["atlantis"]) == 422
    assert sign_up(world, channel="telegram") == 422  # no gateway configured for it
    assert sign_up(world, consent=False) == 422
    assert count(world, subscribers) == 0
    world.app.state.warnings = None
    assert sign_up(world) == 503


def test_an_alert_reaches_a_subscriber_in_two_regions_once_with_a_short_link(
    world: World, setup: WarningsSetup, notifier: Notifier, sinks: tuple[SmtpSink, TwilioEmulator]
) -> None:
    assert sign_up(world, region_ids=["north", "east"]) == 202
    assert sign_up(world, channel="email", address=EMAIL, region_ids=["south"], discreet=False) == 202
    drain(notifier)
    sinks[1].messages.clear()
    sinks[0].messages.clear()
    publish(world, "Man in a blue van", ["north", "east"])
    drain(notifier)
    (message,) = sinks[1].messages
    assert message.to == PHONE and message.key.startswith("a:")
    assert "van" not in message.body.lower() and "alert" not in message.body.lower()  # discreet by default
    page = world.client.get(link(message.body, "a"))
    assert page.status_code == 200 and "Man in a blue van" in page.text
    assert sinks[0].messages == []  # the email subscriber is in south only
    drain(notifier)
    assert len(sinks[1].messages) == 1  # not again


def test_plain_wording_by_email_carries_an_unsubscribe_header_and_the_link_deletes(
    world: World, setup: WarningsSetup, notifier: Notifier, sinks: tuple[SmtpSink, TwilioEmulator]
) -> None:
    assert sign_up(world, channel="email", address=EMAIL, discreet=False) == 202
    publish(world, "Robbery near the station", ["north"])
    drain(notifier)
    mails = [m for m in sinks[0].messages if "Robbery" in m.body]
    assert len(mails) == 1 and mails[0].to == EMAIL
    unsubscribe = link(mails[0].body, "u")
    assert unsubscribe in mails[0].headers["List-Unsubscribe"]
    assert world.client.get(unsubscribe).status_code == 200  # a link scanner's GET deletes nothing
    assert count(world, subscribers) == 1
    assert world.client.post(unsubscribe).status_code == 200
    assert count(world, subscribers) == 0 and count(world, deliveries) == 0
    publish(world, "Another one", ["north"])
    drain(notifier)
    assert not [m for m in sinks[0].messages if "Another" in m.body]


def test_stop_by_sms_deletes_at_once_and_no_queued_message_follows(
    world: World, setup: WarningsSetup, notifier: Notifier, sinks: tuple[SmtpSink, TwilioEmulator]
) -> None:
    assert sign_up(world) == 202
    drain(notifier)
    publish(world, "Queued but not sent", ["north"])
    notifier.housekeeping()  # the message is queued (the sent welcome's row is forgotten) ...
    assert count(world, deliveries) == 1
    assert hook(world, PHONE, "Stop") == 200  # ... and STOP arrives before it is sent
    assert count(world, subscribers) == 0 and count(world, deliveries) == 0
    before = len(sinks[1].messages)
    drain(notifier)
    assert len(sinks[1].messages) == before
    assert world.client.post("/hooks/sms/wrong-secret", content="From=x&Body=STOP").status_code == 404


def test_public_sign_up_needs_confirmation_before_any_alert(
    world: World, setup: WarningsSetup, notifier: Notifier, sinks: tuple[SmtpSink, TwilioEmulator]
) -> None:
    page = world.client.get("/join")
    assert page.status_code == 200 and "North" in page.text
    form = "channel=sms&address=07911+123461&regions=north&regions=south&language=en&discreet=on&consent=on"
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    assert world.client.post("/join", content=form, headers=headers).status_code == 200
    drain(notifier)
    (confirmation,) = sinks[1].messages
    publish(world, "Not for the unconfirmed", ["north"])
    drain(notifier)
    assert len(sinks[1].messages) == 1
    confirm = link(confirmation.body, "c")
    assert world.client.get(confirm).status_code == 200
    assert world.client.post(confirm).status_code == 200
    publish(world, "Now confirmed", ["south"])
    drain(notifier)
    assert len(sinks[1].messages) == 2
    # A second public sign-up for a confirmed address changes nothing and sends nothing.
    other = form.replace("regions=north&regions=south", "regions=east")
    assert world.client.post("/join", content=other, headers=headers).status_code == 200
    drain(notifier)
    assert len(sinks[1].messages) == 2


def test_regions_change_by_reply_and_by_link(
    world: World, setup: WarningsSetup, notifier: Notifier, sinks: tuple[SmtpSink, TwilioEmulator]
) -> None:
    assert sign_up(world) == 202
    drain(notifier)
    assert hook(world, PHONE, "Areas South") == 200
    publish(world, "In the south", ["south"])
    drain(notifier)
    assert len(sinks[1].messages) == 2
    regions_link = link(sinks[1].messages[0].body, "r")
    assert 'value="south" checked' in world.client.get(regions_link).text
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    assert world.client.post(regions_link, content="regions=east", headers=headers).status_code == 200
    publish(world, "In the south again", ["south"])
    publish(world, "In the east", ["east"])
    drain(notifier)
    assert len(sinks[1].messages) == 3


def test_withdrawn_and_expired_alerts_are_never_sent_and_their_queue_is_cancelled(
    world: World, setup: WarningsSetup, notifier: Notifier, sinks: tuple[SmtpSink, TwilioEmulator]
) -> None:
    assert sign_up(world) == 202
    drain(notifier)
    withdrawn = publish(world, "Withdrawn", ["north"])
    notifier.housekeeping()  # queued ...
    with world.engine.begin() as conn:
        alerts_db.set_status(conn, withdrawn, "withdrawn", world.clock)
    before = len(sinks[1].messages)
    assert notifier.send_due().sent == 0  # ... and not claimed once withdrawn, even before a cancel
    tomorrow = (world.clock().date() + timedelta(days=1)).isoformat()
    publish(world, "Expiring", ["north"], expires_on=tomorrow)
    assert notifier.housekeeping().cancelled == 1  # the withdrawn alert's message
    world.clock.advance(days=2)
    assert notifier.housekeeping().cancelled == 1  # the expired alert's message
    drain(notifier)
    assert len(sinks[1].messages) == before
    assert count(world, deliveries) == 0  # finished rows are forgotten: no record of who got what
    assert world.client.get("/a/unknown").status_code == 404


def test_a_refusing_gateway_is_retried_with_backoff_and_paced(
    world: World, setup: WarningsSetup, sinks: tuple[SmtpSink, TwilioEmulator]
) -> None:
    config = notify_config(sinks[0].port, sinks[1].port, burst=2, per_minute=60, backoff_s=30)
    notifier = Notifier(
        world.engine, setup.keys, config, clock=world.clock, monotonic_clock=world.clock.monotonic
    )
    try:
        for n in range(3):
            assert sign_up(world, address=f"+4479111235{n:02d}") == 202
        sinks[1].fail_next(1)
        assert notifier.run_pass().sent == 1  # burst 2: two tried, one refused
        assert notifier.run_pass().sent == 0  # the bucket is empty until time passes
        world.clock.advance(seconds=1)
        assert notifier.run_pass().sent == 1  # the third; the refused one waits 30 s
        world.clock.advance(seconds=28)
        assert notifier.run_pass().sent == 0
        world.clock.advance(seconds=1)
        assert notifier.run_pass().sent == 1
        assert len({m.to for m in sinks[1].messages}) == 3
    finally:
        notifier.close()


def test_no_subscriber_data_in_logs(
    world: World,
    setup: WarningsSetup,
    notifier: Notifier,
    sinks: tuple[SmtpSink, TwilioEmulator],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    sinks[1].fail_next(2, status=500)
    assert sign_up(world) == 202
    assert sign_up(world, channel="email", address=EMAIL) == 202
    publish(world, "Canary", ["north"])
    for _ in range(3):
        drain(notifier)
        world.clock.advance(minutes=5)
    hook(world, PHONE, "STOP")
    assert len(sinks[1].messages) >= 2
    # Every record of every logger but the test's own SMTP sink (aiosmtpd's "mail.log").
    ours = [r for r in caplog.records if not r.name.startswith("mail.log")]
    assert ours, "the capture works"
    logged = "".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in ours)
    for secret in (PHONE, "7911123461", "7911 123461", EMAIL, "canary.person"):
        assert secret not in logged


def test_only_published_alerts_signed_by_the_installed_alerts_desk_are_sendable() -> None:
    bundle = charity().bundle().bundle
    signed = charity().signed_alert(make_alert(["north"], title="Man in a blue van"))
    content = canonical_json(signed.alert).decode("utf-8")
    assert alert_is_sendable(content, "published", signed.desk_id, signed.signature, bundle)
    for status in ("draft", "expired", "withdrawn"):
        assert not alert_is_sendable(content, status, signed.desk_id, signed.signature, bundle)
    assert not alert_is_sendable(content, "published", None, None, bundle)  # unsigned
    assert not alert_is_sendable(content, "published", signed.desk_id, signed.signature, None)  # no bundle
    changed = content.replace("Man in a blue van", "Man in a red van")
    assert not alert_is_sendable(changed, "published", signed.desk_id, signed.signature, bundle)
    forged = charity().signed_alert(make_alert(["north"]), key=Ed25519PrivateKey.generate())
    forged_content = canonical_json(forged.alert).decode("utf-8")
    assert not alert_is_sendable(forged_content, "published", forged.desk_id, forged.signature, bundle)
    police_desk, _ = charity().desk_for("police_intelligence")  # a desk of the bundle, not an alerts desk
    assert not alert_is_sendable(content, "published", police_desk, signed.signature, bundle)
    assert not alert_is_sendable("{not json", "published", signed.desk_id, signed.signature, bundle)


def test_an_unsigned_or_badly_signed_alert_is_never_sent_nor_shown(
    world: World, setup: WarningsSetup, notifier: Notifier, sinks: tuple[SmtpSink, TwilioEmulator]
) -> None:
    """Rows written around `publish-signed` (it refuses both): the notifier leaves them alone."""
    assert sign_up(world) == 202
    drain(notifier)
    sinks[1].messages.clear()
    unsigned = publish(world, "Unsigned", ["north"])
    tampered = publish(world, "Tampered", ["north"])
    with world.engine.begin() as conn:
        conn.execute(update(alerts).where(alerts.c.id == unsigned).values(desk_id=None, signature=None))
        content = conn.execute(select(alerts.c.content).where(alerts.c.id == tampered)).scalar_one()
        changed = content.replace("Tampered", "Changed on the server")
        conn.execute(update(alerts).where(alerts.c.id == tampered).values(content=changed))
    drain(notifier)
    assert sinks[1].messages == []
    assert count(world, deliveries) == 0
    with world.engine.connect() as conn:  # no public page either
        assert (
            deliveries_db.alert_for_code(conn, deliveries_db.link_code(conn, unsigned), world.clock) is None
        )
        assert (
            deliveries_db.alert_for_code(conn, deliveries_db.link_code(conn, tampered), world.clock) is None
        )

    publish(world, "Signed by the desk", ["north"])  # the control: a signed alert does go
    drain(notifier)
    (message,) = sinks[1].messages
    assert "Signed by the desk" in world.client.get(link(message.body, "a")).text


def test_v1_sign_up_is_answered_update_required(world: World, setup: WarningsSetup) -> None:
    body = {"channel": "sms", "address": PHONE_TYPED, "region_ids": ["north"], "consent": True}
    reply = world.client.post("/v1/subscriptions", json=body, headers=world.a.headers)
    assert reply.status_code == 426 and reply.json()["code"] == "update_required"
    assert count(world, subscribers) == 0


def test_link_tokens_are_bound_to_their_purpose_and_key() -> None:
    keys = SubscriberKeys(SubscriberKeys.generate())
    token = keys.token("u", "AAAAAAAAAAAAAAAA")
    assert keys.check_token("u", token) == "AAAAAAAAAAAAAAAA"
    assert keys.check_token("r", token) is None
    assert keys.check_token("u", token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1]) is None
    assert SubscriberKeys(SubscriberKeys.generate()).check_token("u", token) is None


def test_the_reused_tls_context_starts_fully_verifying_every_time() -> None:
    import ssl

    from apprise.plugins.email import smtp as apprise_smtp

    first = apprise_smtp.ssl.create_default_context()
    first.check_hostname = False
    first.verify_mode = ssl.CERT_NONE  # what the plugin does for a server with verify=no
    again = apprise_smtp.ssl.create_default_context()
    assert again is first
    assert again.verify_mode == ssl.CERT_REQUIRED and again.check_hostname


def test_a_yes_reply_confirms_a_public_sign_up_and_the_form_is_rate_limited(
    world: World, setup: WarningsSetup, notifier: Notifier, sinks: tuple[SmtpSink, TwilioEmulator]
) -> None:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    form = "channel=sms&address=07911+123461&regions=north&language=en&consent=on"
    assert world.client.post("/join", content=form, headers=headers).status_code == 200
    assert world.client.post("/join", content="channel=sms", headers=headers).status_code == 422
    assert hook(world, PHONE, "yes") == 200
    drain(notifier)
    publish(world, "After a YES", ["north"])
    drain(notifier)
    assert [m.to for m in sinks[1].messages].count(PHONE) == 2  # the confirmation request, the alert
    assert sinks[1].messages[-1].body.startswith("Safety alert: After a YES")  # discreet box unticked
    statuses = [world.client.post("/join", content=form, headers=headers).status_code for _ in range(12)]
    assert 429 in statuses  # ten tries at once from one address, then wait


def test_serve_refuses_an_unusable_subscriber_key_clearly(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from outreach_app.server import cli
    from outreach_app.server.notify.keys import KEY_ENV

    monkeypatch.setenv(KEY_ENV, "too-short")
    code = cli.main(["serve", "--db", f"sqlite:///{tmp_path}/s.db", "--port", "0"])
    assert code == cli.EXIT_USAGE
    assert "subscriber key" in capsys.readouterr().err


def test_a_subscriber_gets_messages_and_pages_in_their_language(
    world: World, setup: WarningsSetup, notifier: Notifier, sinks: tuple[SmtpSink, TwilioEmulator]
) -> None:
    assert sign_up(world, language="pt-BR") == 202  # the protocol's BCP 47 spelling
    drain(notifier)
    (welcome,) = sinks[1].messages
    assert welcome.body.startswith("Você se inscreveu") and "STOP" in welcome.body
    sinks[1].messages.clear()
    publish(world, "Man in a blue van", ["north"])
    drain(notifier)
    (message,) = sinks[1].messages
    assert message.body.startswith("Oi, uma novidade para você") and "van" not in message.body
    alert = re.search(r"https://w\.charity\.example(/a/[A-Za-z0-9_-]+\?l=pt_BR)", message.body)
    assert alert is not None, message.body
    page = world.client.get(alert.group(1))
    assert (
        '<html lang="pt-BR">' in page.text and "Man in a blue van" in page.text and "Emitido em" in page.text
    )
    stop_page = world.client.get(link(message.body, "u"))  # the record says which language
    assert "Parar novidades" in stop_page.text and "<button>Parar</button>" in stop_page.text
    join = world.client.get("/join", headers={"Accept-Language": "th-TH,th;q=0.9,en;q=0.5"})
    assert '<html lang="th">' in join.text and "รับข่าว" in join.text
    assert '<option value="th" selected>ไทย</option>' in join.text
    assert sign_up(world, language="de") == 422  # a language without a catalog is refused
