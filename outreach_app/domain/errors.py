"""Readable validation messages that never echo what was typed or imported."""

from __future__ import annotations

from pydantic import ValidationError


def describe_validation_error(exc: ValidationError) -> str:
    """`field.path: message` lines, without input values (they may be record text)."""
    lines = []
    for error in exc.errors(include_input=False, include_url=False, include_context=False):
        location = ".".join(str(part) for part in error["loc"]) or "(record)"
        lines.append(f"{location}: {error['msg']}")
    return "; ".join(lines)
