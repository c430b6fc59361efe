"""Logging that carries no client address, token or payload.

uvicorn's access log is switched off (`access_log=False`) and, belt and braces, the
`uvicorn.access` logger gets a filter that drops every record. Our own log lines name
only error types, never messages of driver exceptions (they can carry SQL parameters).
"""

from __future__ import annotations

import logging
from typing import Any


class DropAll(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return False


def uvicorn_log_config() -> dict[str, Any]:
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"drop_all": {"()": DropAll}},
        "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
        "handlers": {
            "stderr": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"}
        },
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
            "uvicorn.error": {"level": "INFO"},
            "uvicorn.access": {
                "handlers": [],
                "filters": ["drop_all"],
                "level": "CRITICAL",
                "propagate": False,
            },
            "outreach_app.server": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        },
    }
