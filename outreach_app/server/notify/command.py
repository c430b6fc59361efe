"""`outreach-server notify`: the delivery worker as its own process (worker.py).

    outreach-server notify [--secrets FILE] [--key-file FILE] [--batch N] [--threads N] [--once]
    outreach-server notify --new-key        print a fresh subscriber key and stop
    outreach-server notify rotate-key       re-seal every record under the key file's first secret

The secrets file and the key file can also be named by OUTREACH_SERVER_NOTIFY_SECRETS and
OUTREACH_SERVER_SUBSCRIBER_KEY_FILE (or the key given in OUTREACH_SERVER_SUBSCRIBER_KEY).
SIGTERM or SIGINT stops it after the batch in hand; SIGKILL loses nothing (the next start
re-sends at most that batch).
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from pathlib import Path
from typing import TextIO

from sqlalchemy import Engine

from outreach_app.server.core.clock import Clock
from outreach_app.server.notify.config import ConfigError, NotifyConfig
from outreach_app.server.notify.keys import SubscriberKeyError, SubscriberKeys
from outreach_app.server.notify.rotation import rotate
from outreach_app.server.notify.worker import DEFAULT_BATCH, DEFAULT_THREADS, Notifier
from outreach_app.server.notify.worker_guard import AnotherWorkerRunning

log = logging.getLogger("outreach_app.server.notify")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "action",
        nargs="?",
        choices=["rotate-key"],
        help="rotate-key: re-seal every subscriber record under the first secret of the key"
        " file, the older secret(s) after it (docs/warnings.md); re-run after a crash",
    )
    parser.add_argument("--secrets", metavar="FILE", help="the gateways file (TOML, docs/warnings.md)")
    parser.add_argument("--key-file", metavar="FILE", help="the subscriber key file")
    parser.add_argument(
        "--batch",
        type=int,
        default=DEFAULT_BATCH,
        help="messages in flight at most (re-sent after a crash); rotate-key: records per transaction",
    )
    parser.add_argument("--threads", type=int, default=DEFAULT_THREADS, help="messages handed over at once")
    parser.add_argument("--idle", type=float, default=1.0, help="seconds between passes with nothing to send")
    parser.add_argument(
        "--nice",
        type=int,
        default=19,
        help="lower this process's CPU priority by N (default 19, the lowest): report intake keeps the"
        " CPU it needs",
    )
    parser.add_argument("--once", action="store_true", help="one pass, then stop (for cron or a test)")
    parser.add_argument("--new-key", action="store_true", help="print a fresh subscriber key and stop")


def check_serving_setup() -> None:
    """Before `serve` listens: a subscriber key or secrets file named in the environment but
    unusable is a clear usage error, not a traceback (the message never holds a secret)."""
    from outreach_app.server.cli import EXIT_USAGE, CommandError
    from outreach_app.server.notify.setup import WarningsSetup

    try:
        WarningsSetup.from_env()
    except (SubscriberKeyError, ConfigError) as exc:
        raise CommandError(f"warnings: {exc}", EXIT_USAGE) from None
    except OSError as exc:
        raise CommandError(
            f"warnings: cannot read the subscriber key file ({type(exc).__name__})", EXIT_USAGE
        ) from None


def run(engine: Engine, clock: Clock, args: argparse.Namespace, out: TextIO) -> int:
    if args.new_key:
        out.write(SubscriberKeys.generate() + "\n")
        return 0
    try:
        keys = (
            SubscriberKeys(Path(args.key_file).read_text("ascii"))
            if args.key_file
            else SubscriberKeys.from_env()
        )
        if args.action == "rotate-key":
            return _rotate(engine, keys, out, max(1, args.batch))
        config = NotifyConfig.load(Path(args.secrets)) if args.secrets else NotifyConfig.from_env()
    except (OSError, SubscriberKeyError, ConfigError) as exc:
        sys.stderr.write(
            f"outreach-server notify: {exc if not isinstance(exc, OSError) else type(exc).__name__}\n"
        )
        return 1
    if keys is None or config is None:
        sys.stderr.write("outreach-server notify: no subscriber key or no secrets file (docs/warnings.md)\n")
        return 2
    if args.batch < 1 or args.threads < 1:
        sys.stderr.write("outreach-server notify: --batch and --threads must be at least 1\n")
        return 2
    if args.nice > 0 and hasattr(os, "nice"):
        os.nice(args.nice)
    notifier = Notifier(engine, keys, config, clock=clock, batch=args.batch, threads=args.threads)
    try:
        notifier.start()
    except AnotherWorkerRunning as exc:
        notifier.close()
        sys.stderr.write(f"outreach-server notify: {exc}\n")
        return 1
    try:
        if args.once:
            result = notifier.run_pass()
            out.write(
                f"queued {result.queued}, cancelled {result.cancelled},"
                f" sent {result.sent}, retry {result.failed}\n"
            )
            return 0
        stop = threading.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stop.set())
        log.info("notify: running")
        notifier.run(stop, idle_s=args.idle)
        return 0
    finally:
        notifier.close()


def _rotate(engine: Engine, keys: SubscriberKeys | None, out: TextIO, batch: int) -> int:
    if keys is None:
        sys.stderr.write("outreach-server notify rotate-key: no subscriber key (docs/warnings.md)\n")
        return 2
    if keys.held < 2:
        sys.stderr.write(
            "outreach-server notify rotate-key: the key file holds one secret; put the new one"
            " first and the old one on the next line, restart serve and notify, then run this"
            " (docs/warnings.md)\n"
        )
        return 2
    try:
        done = rotate(engine, keys, batch=batch, after_batch=lambda n: _progress(out, n))
    except SubscriberKeyError as exc:
        sys.stderr.write(f"outreach-server notify rotate-key: {exc}; nothing after it was changed\n")
        return 1
    out.write(f"re-sealed {done.resealed}; not under the first secret: {done.remaining}\n")
    if done.remaining:
        return 1
    out.write(
        "every record is under the first secret; keep the older line until the messages"
        " sent before have expired (their links are signed with it)\n"
    )
    return 0


def _progress(out: TextIO, resealed: int) -> None:
    out.write(f"re-sealed {resealed} so far\n")
    out.flush()
