"""Logging that carries no client address, token or payload.

uvicorn's access log is switched off (`access_log=False`) and, belt and braces, the
`uvicorn.access` logger gets a filter that drops every record. Our own log lines name
only error types, never messages of driver exceptions (they can carry SQL parameters).
Exceptions are contained before uvicorn sees them (core/contain_errors.py); should one
still reach uvicorn's loggers, `TypeOnly` reduces the record to the exception's type.
"""

from __future__ import annotations

import logging
from typing import Any


class DropAll(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return False


class TypeOnly(logging.Filter):
    """A record carrying an exception keeps only the exception's type: no message, no
    arguments, no traceback (`str(exc)` of a driver error can hold SQL parameters)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info:
            kind = record.exc_info[1]
            record.msg = "%s: %s"
            record.args = (record.name, type(kind).__name__ if kind is not None else "error")
            record.exc_info = None
            record.exc_text = None
            record.stack_info = None
        return True


UVICORN_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.asgi")


def install_type_only_filter() -> None:
    """Attach `TypeOnly` to uvicorn's loggers (idempotent): servers run with any log config
    (the test harness passes none) still keep exception details out of their logs."""
    for name in UVICORN_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, TypeOnly) for f in logger.filters):
            logger.addFilter(TypeOnly())


def uvicorn_log_config() -> dict[str, Any]:
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"drop_all": {"()": DropAll}, "type_only": {"()": TypeOnly}},
        "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
        "handlers": {
            "stderr": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"}
        },
        "loggers": {
            "uvicorn": {
                "handlers": ["stderr"],
                "filters": ["type_only"],
                "level": "INFO",
                "propagate": False,
            },
            "uvicorn.error": {"filters": ["type_only"], "level": "INFO"},
            "uvicorn.asgi": {"filters": ["type_only"], "level": "INFO"},
            "uvicorn.access": {
                "handlers": [],
                "filters": ["drop_all"],
                "level": "CRITICAL",
                "propagate": False,
            },
            "outreach_app.server": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        },
    }
