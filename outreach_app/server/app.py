"""`create_app(settings)`: the charity's FastAPI server (protocol v2, docs/protocol.md).

Stateless apart from the database, which also holds the rate-limit buckets: any number of
`serve` processes on any number of machines can share one database (docs/deployment.md).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI
from sqlalchemy import Engine
from starlette.types import ASGIApp

from outreach_app.protocol.errors import ErrorCode
from outreach_app.protocol.staff import STAFF_OPEN_PATHS
from outreach_app.protocol.version import (
    V2_AUTH_CHALLENGE_PATH,
    V2_AUTH_TOKEN_PATH,
    V2_DEVICE_KEY_PATH,
    V2_ENROLL_PATH,
)
from outreach_app.server.api import errors
from outreach_app.server.api.batch_prep import BatchPreparer
from outreach_app.server.api.routes import (
    alerts,
    audit,
    device_auth,
    enroll,
    envelopes,
    health,
    legacy,
    regions,
    staff,
    stats,
    subscriptions,
    warning_pages,
    withdrawals,
)
from outreach_app.server.api.state import ServerState
from outreach_app.server.core.body_limit import BodyLimits, BodyLimitsMiddleware
from outreach_app.server.core.clock import Clock, utcnow, wall_seconds
from outreach_app.server.core.config import ServerSettings
from outreach_app.server.core.contain_errors import ContainErrors
from outreach_app.server.core.logs import install_type_only_filter
from outreach_app.server.core.ratelimit import PeerKeys
from outreach_app.server.core.security_headers import SecurityHeaders
from outreach_app.server.db.engine import make_engine
from outreach_app.server.db.group_commit import IntakeWriter
from outreach_app.server.db.key_bundles import BundleCache
from outreach_app.server.db.rate_buckets import DatabaseBuckets, WallClock
from outreach_app.server.db.write_gate import write_gate_for
from outreach_app.server.notify.setup import PUBLIC_FORM_LIMIT, WarningsSetup

OPEN_MAX_BODY_BYTES = 16 * 1024
"""Largest body of a request without a token: an enrolment request is a code and a label, a
key registration, challenge or token request a few ids and signatures, all under 1 KiB.
(`POST /v2/device/key` carries a credential, but it is checked only with the body: capped
here instead.)"""
_BODY_REFUSALS = {
    408: ErrorCode.REQUEST_TIMEOUT,
    413: ErrorCode.PAYLOAD_TOO_LARGE,
    503: ErrorCode.UNAVAILABLE,
}


class OutreachApp(FastAPI):
    """FastAPI with `ContainErrors` outside Starlette's own error middleware (which re-raises
    after replying, for the server to log the traceback and message), and `SecurityHeaders`
    outside that, so every reply carries them.

    Attributes:
        docs_routers: the routers the OpenAPI document is built from: the served ones, with
            routes that parse their body themselves (FastAPI sees no body parameter)
            replaced by documentation twins that declare it (`routes.envelopes.docs_router`),
            so the document is the one FastAPI would give if it parsed the body.
    """

    docs_routers: list[APIRouter]

    def build_middleware_stack(self) -> ASGIApp:
        stack = super().build_middleware_stack()
        contained = ContainErrors(stack, reply=lambda: errors.error_reply_bytes(500, ErrorCode.INTERNAL))
        return SecurityHeaders(contained)

    def openapi(self) -> dict[str, Any]:
        if self.openapi_schema is None:
            twin = FastAPI(title=self.title, version=self.version, summary=self.summary)
            for router in self.docs_routers:
                twin.include_router(router)
            self.openapi_schema = twin.openapi()
        return self.openapi_schema


def create_app(
    settings: ServerSettings,
    *,
    engine: Engine | None = None,
    clock: Clock = utcnow,
    bucket_clock: WallClock = wall_seconds,
    run_migrations: bool = False,
    warning_setup: WarningsSetup | None = None,
) -> FastAPI:
    """Build the app.

    Args:
        settings: DB URL and limits.
        engine: an engine to share (tests, the CLI); otherwise one is made from
            `settings.db_url` and disposed when the app shuts down.
        clock / bucket_clock: injected so tests control days, expiry and rate limits
            (`bucket_clock`: epoch seconds, the same in every process).
        run_migrations: upgrade the schema before serving (`outreach-server serve` does
            this itself before building the app).
        warning_setup: the subscriber key and delivery settings (issue 23); otherwise read
            from the environment (notify/setup.py), and the warning routes are off without.
    """
    owns_engine = engine is None
    db = engine if engine is not None else make_engine(settings.db_url)
    if run_migrations:
        # Alembic (with Mako and Pygments) is imported only here: each process of
        # `serve --workers N` builds this app and never migrates (issue 19: ~9 % of its imports).
        from outreach_app.server.db import migrate

        migrate.upgrade(db)
    write_gate = write_gate_for(db)
    preparer = BatchPreparer(settings.validator_processes, settings.max_json_depth)
    bundles = BundleCache()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await preparer.start()
        yield
        preparer.close()
        write_gate.close()
        if owns_engine:
            db.dispose()

    install_type_only_filter()
    app = OutreachApp(
        title="Outreach charity server",
        version="2",
        summary="Protocol v2: enrolment with the charity's key bundle, sealed envelope intake,"
        " withdrawals by verifier, signed alerts, monthly aggregates.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        # The document maps every route and model for whoever asks; off unless enabled.
        openapi_url="/openapi.json" if settings.serve_openapi else None,
    )
    app.state.outreach = ServerState(
        settings=settings,
        engine=db,
        clock=clock,
        by_device=DatabaseBuckets("device", settings.device_limit, db, bucket_clock),
        enroll_by_ip=DatabaseBuckets("enroll_ip", settings.enroll_ip_limit, db, bucket_clock),
        auth_by_device=DatabaseBuckets("auth_device", settings.auth_limit, db, bucket_clock),
        verifier_by_device=DatabaseBuckets(
            "verifier_device", settings.verifier_device_limit, db, bucket_clock
        ),
        verifier_by_ip=DatabaseBuckets("verifier_ip", settings.verifier_ip_limit, db, bucket_clock),
        verifier_by_org=DatabaseBuckets("verifier_org", settings.verifier_org_limit, db, bucket_clock),
        peers=PeerKeys(settings.peer_key),
        write_gate=write_gate,
        preparer=preparer,
        intake=IntakeWriter(db, write_gate, clock, bundles=bundles),
        bundles=bundles,
        forms_by_ip=DatabaseBuckets("public_forms", PUBLIC_FORM_LIMIT, db, bucket_clock),
    )
    app.state.warnings = warning_setup or WarningsSetup.from_env()
    errors.install(app)
    served = [
        module.router
        for module in (
            health,
            enroll,
            device_auth,
            regions,
            envelopes,
            withdrawals,
            alerts,
            stats,
            audit,
            staff,
            legacy,
        )
    ]
    for router in served:
        app.include_router(router)
    for router in (subscriptions.router, subscriptions.hooks, warning_pages.router):
        app.include_router(router)
    app.docs_routers = [envelopes.docs_router if r is envelopes.router else r for r in served]
    app.add_middleware(
        BodyLimitsMiddleware,
        limits=BodyLimits(
            max_bytes=settings.max_body_bytes,
            idle_timeout_s=settings.body_idle_timeout_s,
            total_timeout_s=settings.body_total_timeout_s,
            max_bytes_in_flight=settings.max_body_bytes_in_flight,
            open_paths=frozenset(
                {V2_ENROLL_PATH, V2_DEVICE_KEY_PATH, V2_AUTH_CHALLENGE_PATH, V2_AUTH_TOKEN_PATH}
                | STAFF_OPEN_PATHS
            ),
            open_max_bytes=OPEN_MAX_BODY_BYTES,
            open_prefixes=(*warning_pages.PUBLIC_PREFIXES, subscriptions.SMS_HOOK_PREFIX),
        ),
        reply=lambda status: errors.error_reply_bytes(status, _BODY_REFUSALS[status]),
    )
    return app
