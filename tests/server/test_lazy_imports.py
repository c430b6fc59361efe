"""A server process imports what its job needs: `serve --workers N` processes and every
`outreach-server` command start without Apprise (only the notify worker sends), and the
workers without Alembic (`serve` migrates before it starts them). Issue 19: they were ~40 %
of the CLI's imports and ~9 % of a worker's; tests and deployments start many such processes.
A validator of `serve --validators N` imports neither FastAPI nor SQLAlchemy (~0.5 CPU-s of
its start-up, for nothing it runs)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import json, sys
import outreach_app.server.api.batch_validation
validator = sorted({m.split(".")[0] for m in sys.modules})
import outreach_app.server.worker
worker = sorted({m.split(".")[0] for m in sys.modules})
import outreach_app.server.cli
cli = sorted({m.split(".")[0] for m in sys.modules})
from outreach_app.server.notify.worker import Notifier
sender = "outreach_app.server.notify.sender" in sys.modules
print(json.dumps({"validator": validator, "worker": worker, "cli": cli, "sender": sender}))
"""


def test_a_worker_imports_neither_apprise_nor_alembic_the_cli_no_apprise_a_validator_no_fastapi() -> None:
    # A fresh process: this one has imported everything the other tests needed.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, env=env, timeout=120
    )
    imported = json.loads(done.stdout)
    assert not {"fastapi", "starlette", "sqlalchemy", "psycopg"} & set(imported["validator"])
    assert "pydantic" in imported["validator"]  # the probe sees imports: the model validates
    assert "apprise" not in imported["worker"]
    assert "alembic" not in imported["worker"]
    assert "apprise" not in imported["cli"]
    assert "alembic" in imported["cli"]  # the CLI migrates (`db upgrade`, `serve`): the probe sees imports
    assert imported["sender"] is False  # the notify worker's module alone does not load the sender
