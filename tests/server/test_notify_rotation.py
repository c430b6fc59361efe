"""Subscriber key rotation in place (issue 23): `outreach-server notify rotate-key` re-seals
every record under the key file's first secret. Interrupted mid-way (in-process by an
exception after a batch, and the real command by SIGKILL), every record still opens and is
still found by a STOP under the key file that holds both secrets, the old secret alone opens
what is not yet re-sealed, and a re-run finishes; afterwards the new secret alone opens and
finds everything."""

from __future__ import annotations

import io
import signal
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert, select

from outreach_app.server.cli import main
from outreach_app.server.core.clock import utcnow
from outreach_app.server.db import migrate, orgs, subscriptions
from outreach_app.server.db.engine import make_engine
from outreach_app.server.db.tables import subscribers
from outreach_app.server.notify.channels import Channel
from outreach_app.server.notify.keys import SubscriberKeyError, SubscriberKeys, new_subscriber_id
from outreach_app.server.notify.rotation import rotate
from tests.server_harness import server_command
from tests.xdist_groups import FORK_SERVER

pytestmark = FORK_SERVER  # one fork server per run (tests/xdist_groups.py)

COUNT = 23


class Killed(Exception):
    pass


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    made = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    migrate.upgrade(made)
    with made.begin() as conn:
        orgs.add_region(conn, "north", "North", utcnow)
    yield made
    made.dispose()


def address(n: int) -> str:
    return f"+4479111{n:05d}"


def sign_up_all(engine: Engine, keys: SubscriberKeys) -> list[str]:
    ids = []
    with engine.begin() as conn:
        for n in range(COUNT):
            record = subscriptions.Subscription(
                Channel.SMS, address(n), ("north",), "ro", True, date(2026, 3, 4)
            )
            made = subscriptions.subscribe(conn, keys, record, confirmed=True, now=0)
            assert made is not None
            ids.append(made)
    return ids


def every_record_opens_and_is_found(engine: Engine, keys: SubscriberKeys, ids: list[str]) -> None:
    with engine.connect() as conn:
        for n, subscriber_id in enumerate(ids):
            record = subscriptions.load(conn, keys, subscriber_id)
            assert record is not None and record.address == address(n) and record.language == "ro"
            assert subscriptions.find_by_address(conn, keys, Channel.SMS, address(n)) == subscriber_id


def test_rotation_killed_mid_way_leaves_everything_usable_and_a_rerun_finishes(engine: Engine) -> None:
    old, new = SubscriberKeys.generate(), SubscriberKeys.generate()
    ids = sign_up_all(engine, SubscriberKeys(old))
    old_link = SubscriberKeys(old).token("u", ids[0])
    both = SubscriberKeys(f"{new}\n{old}\n")

    def kill_after_two_batches(resealed: int) -> None:
        if resealed >= 10:
            raise Killed

    with pytest.raises(Killed):
        rotate(engine, both, batch=5, after_batch=kill_after_two_batches)
    every_record_opens_and_is_found(engine, both, ids)
    with engine.connect() as conn:
        assert subscriptions.count_not_current(conn, both) == COUNT - 10
        sealed = conn.execute(select(subscribers.c.id, subscribers.c.sealed)).all()
    old_alone = SubscriberKeys(old)
    not_yet = [row for row in sealed if not both.sealed_under_current(row.sealed)]
    assert len(not_yet) == COUNT - 10
    for row in not_yet:  # the old secret alone still opens what is not re-sealed
        assert subscriptions.Subscription.opened(old_alone, row.sealed).language == "ro"
    assert both.check_token("u", old_link) == ids[0]  # links in messages already sent still work

    done = rotate(engine, both, batch=5)
    assert (done.resealed, done.remaining) == (COUNT - 10, 0)
    new_alone = SubscriberKeys(new)
    every_record_opens_and_is_found(engine, new_alone, ids)
    with engine.connect() as conn, pytest.raises(SubscriberKeyError):
        subscriptions.load(conn, old_alone, ids[0])
    assert rotate(engine, both, batch=5).resealed == 0  # a third run has nothing to do


def test_rotate_key_command_needs_both_secrets_then_reseals(engine: Engine, tmp_path: Path) -> None:
    old, new = SubscriberKeys.generate(), SubscriberKeys.generate()
    ids = sign_up_all(engine, SubscriberKeys(old))
    key_file = tmp_path / "subscriber.key"
    key_file.write_text(old + "\n", encoding="ascii")
    db = ["--db", str(engine.url)]
    out = io.StringIO()
    assert main(["notify", "rotate-key", "--key-file", str(key_file), *db], out=out) == 2
    key_file.write_text(f"{new}\n{old}\n", encoding="ascii")
    assert main(["notify", "rotate-key", "--key-file", str(key_file), *db], out=out) == 0
    assert f"re-sealed {COUNT}; not under the first secret: 0" in out.getvalue()
    every_record_opens_and_is_found(engine, SubscriberKeys(new), ids)


@pytest.mark.slow
def test_rotate_key_killed_by_sigkill_mid_way_then_rerun_finishes(engine: Engine, tmp_path: Path) -> None:
    old, new = SubscriberKeys.generate(), SubscriberKeys.generate()
    old_keys = SubscriberKeys(old)
    people = 600
    rows = [
        {
            "id": new_subscriber_id(),
            "stop_lookup": old_keys.index("sms", address(n)),
            "sealed": subscriptions.Subscription(
                Channel.SMS, address(n), ("north",), "vi", True, date(2026, 3, 4)
            ).sealed(old_keys),
            "confirmed": True,
            "created_at": 0,
        }
        for n in range(people)
    ]
    with engine.begin() as conn:
        conn.execute(insert(subscribers), rows)
    key_file = tmp_path / "subscriber.key"
    key_file.write_text(f"{new}\n{old}\n", encoding="ascii")
    both = SubscriberKeys(key_file.read_text(encoding="ascii"))
    command = ["notify", "rotate-key", "--key-file", str(key_file), "--batch", "5"]
    command += ["--db", str(engine.url)]
    process = server_command(*command, stdout=True)  # a process of its own, forked
    assert process.stdout is not None
    first = process.stdout.readline().decode()  # the first batch is committed ...
    process.send_signal(signal.SIGKILL)  # ... and the rotation dies in the middle
    process.communicate(timeout=60)
    assert first.startswith("re-sealed ")
    with engine.connect() as conn:
        left = subscriptions.count_not_current(conn, both)
        assert 0 < left < people, "the kill came too late (or too early) to interrupt"
        for row in conn.execute(select(subscribers.c.sealed)).scalars():
            assert subscriptions.Subscription.opened(both, row).language == "vi"  # nothing unreadable
        assert subscriptions.find_by_address(conn, both, Channel.SMS, address(people - 1)) is not None
    again = io.StringIO()  # the re-run, in-process (the same command)
    assert main(command, out=again) == 0
    assert f"re-sealed {left}; not under the first secret: 0" in again.getvalue()
    with engine.connect() as conn:
        new_alone = SubscriberKeys(new)
        assert all(
            new_alone.sealed_under_current(text)
            for text in conn.execute(select(subscribers.c.sealed)).scalars()
        )
        assert subscriptions.find_by_address(conn, new_alone, Channel.SMS, address(0)) is not None
