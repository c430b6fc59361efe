"""`outreach --demo`: a throwaway vault full of realistic demo data, for newcomers.

Needs a source install with the `server` extra (FastAPI, uvicorn, SQLAlchemy): the installed
app explains that it lacks it instead of failing with an import error.
"""

from __future__ import annotations

import importlib.util
import os

from outreach_app.cli.common import ExitCode, Io

SERVER_EXTRA_MODULES = ("fastapi", "uvicorn", "sqlalchemy", "alembic")

NO_SERVER_MESSAGE = """\
outreach: the demo needs the charity's reference server, which this install does not include.
From a source checkout run:  python3 dev.py app --demo
(or: pip install 'outreach-app[server]', then outreach --demo)"""


def server_extra_missing() -> list[str]:
    """The modules of the `server` extra that are not installed (empty: the demo can run)."""
    missing = [name for name in SERVER_EXTRA_MODULES if importlib.util.find_spec(name) is None]
    if importlib.util.find_spec("outreach_app.server") is None:
        missing.append("outreach_app.server")
    return missing


def run_demo(data_dir: str | os.PathLike[str] | None, io: Io) -> int:
    missing = server_extra_missing()
    if missing:
        io.err(NO_SERVER_MESSAGE)
        return int(ExitCode.UNAVAILABLE)
    io.err("outreach: the demo is not ready in this version yet.")
    return int(ExitCode.UNAVAILABLE)
