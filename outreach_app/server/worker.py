"""The app as each process of `outreach-server serve --workers N` builds it.

uvicorn starts N processes and each imports this factory (an import string is the only
way uvicorn can hand an app to processes it spawns). The parent has already resolved the
database URL and upgraded the schema; it passes the URL on in OUTREACH_SERVER_DB, which
the workers inherit (the environment, unlike the command line, is not readable by other
users). Every worker has its own engine; the rate-limit buckets are in the database, shared
by all of them (and by other `serve` processes on the same database, docs/deployment.md).
"""

from __future__ import annotations

from fastapi import FastAPI

from outreach_app.server.app import create_app
from outreach_app.server.core.config import ServerSettings
from outreach_app.server.core.gc_tuning import tune_for_serving
from outreach_app.server.core.parent_death import die_with_supervisor

IMPORT_STRING = "outreach_app.server.worker:worker_app"


def worker_app() -> FastAPI:
    """A fresh app on the database named in the environment, tuned for serving; the
    worker ends when its supervisor dies (core/parent_death.py)."""
    die_with_supervisor()
    app = create_app(ServerSettings.from_env())
    tune_for_serving()
    return app
