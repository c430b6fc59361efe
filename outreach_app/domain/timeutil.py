"""Time rules: UTC storage, the device's zone, the night that belongs to the day it began."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from outreach_app.domain.enums import PartOfDay

NIGHT_START_HOUR = 22
NIGHT_END_HOUR = 6


def require_aware(value: datetime) -> datetime:
    """Return `value` in UTC; naive datetimes are refused (we never guess a zone)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("datetime must carry a time zone")
    return value.astimezone(UTC)


def to_local(value: datetime, zone: str) -> datetime:
    return require_aware(value).astimezone(ZoneInfo(zone))


def part_of_day(local: datetime) -> PartOfDay:
    hour = local.hour
    if hour >= NIGHT_START_HOUR or hour < NIGHT_END_HOUR:
        return PartOfDay.NIGHT
    if hour < 12:
        return PartOfDay.MORNING
    if hour < 17:
        return PartOfDay.AFTERNOON
    return PartOfDay.EVENING


def shift_day(local: datetime) -> date:
    """The date a moment belongs to: 02:00 on the 5th is part of the night of the 4th."""
    if local.hour < NIGHT_END_HOUR:
        return (local - timedelta(days=1)).date()
    return local.date()


def generalise(value: datetime, zone: str) -> tuple[date, PartOfDay]:
    """Date plus part of day, the only form in which a time leaves the device."""
    local = to_local(value, zone)
    return shift_day(local), part_of_day(local)


def utcnow() -> datetime:
    return datetime.now(UTC)
