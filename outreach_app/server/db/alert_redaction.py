"""The charity's redaction step: what an alert draft copies from a report is scrubbed again.

The device scrubs every free text before sealing, with the vault's aliases. The server has
no vault, but it runs the same scrubber (`domain.scrubbing`, issue 14 point 6) over every free
text an alert draft copies (the summary and each perpetrator and vehicle text field), keeping
the perpetrator's own structured identifiers: a report from an older app, or a text the
device's pass missed in a form the scrubber has since learnt, is caught before staff read it.
"""

from __future__ import annotations

from typing import Any

from outreach_app.domain.scrubbing.context import keepable_name
from outreach_app.domain.scrubbing.scrubber import PreparedContext, ScrubContext, default_scrubber

PERPETRATOR_TEXT_FIELDS = (
    "clothing",
    "distinguishing_features",
    "ethnicity_described",
    "hair",
    "height",
    "name_used",
    "website_or_app",
)
VEHICLE_TEXT_FIELDS = ("colour", "make", "model")


def section_context(section: dict[str, Any]) -> ScrubContext:
    """Keep the perpetrators' names used (when they read as names), phones, e-mails, handles and
    the vehicles' plates: warning others about them is the point of an alert."""
    keep: list[str] = []
    for perpetrator in section.get("perpetrators", []):
        name = perpetrator.get("name_used")
        if isinstance(name, str) and keepable_name(name):
            keep.append(name)
        for field in ("phone_numbers", "email_addresses", "online_handles"):
            keep += [str(value) for value in perpetrator.get(field) or []]
    keep += [str(v["registration"]) for v in section.get("vehicles", []) if v.get("registration")]
    return ScrubContext.of((), keep)


def _scrub_fields(item: dict[str, Any], fields: tuple[str, ...], context: PreparedContext) -> dict[str, Any]:
    scrubbed = dict(item)
    for field in fields:
        value = item.get(field)
        if isinstance(value, str):
            scrubbed[field] = default_scrubber().scrub(value, context).text
    return scrubbed


def redacted_section(section: dict[str, Any]) -> dict[str, Any]:
    """A copy of a report's alert section with every free text scrubbed (structured fields as
    they are)."""
    context = default_scrubber().prepare(section_context(section))
    redacted = dict(section)
    if isinstance(section.get("summary"), str):
        redacted["summary"] = default_scrubber().scrub(section["summary"], context).text
    redacted["perpetrators"] = [
        _scrub_fields(p, PERPETRATOR_TEXT_FIELDS, context) for p in section.get("perpetrators", [])
    ]
    redacted["vehicles"] = [
        _scrub_fields(v, VEHICLE_TEXT_FIELDS, context) for v in section.get("vehicles", [])
    ]
    return redacted
