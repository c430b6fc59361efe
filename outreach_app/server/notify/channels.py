"""The channels a person can subscribe on, and how each address is checked and written.

A channel is offered only when the charity has configured a gateway for it (config.py).
Addresses are normalised before they are indexed so a STOP from "+44 7700 900123" finds the
subscriber who signed up as "07700900123".
"""

from __future__ import annotations

import re
from enum import StrEnum

import phonenumbers


class Channel(StrEnum):
    SMS = "sms"
    EMAIL = "email"
    SIGNAL = "signal"
    WHATSAPP = "whatsapp"
    TELEGRAM = "telegram"


PHONE_CHANNELS = frozenset({Channel.SMS, Channel.SIGNAL, Channel.WHATSAPP})
_EMAIL = re.compile(r"^[^@\s<>\"',;]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_TELEGRAM = re.compile(r"^(-?\d{5,20}|@[A-Za-z][A-Za-z0-9_]{4,31})$")
MAX_ADDRESS = 254


class AddressError(ValueError):
    """The address does not fit its channel (the message never repeats the address)."""


def normalise(channel: Channel, address: str, default_region: str = "GB") -> str:
    """The canonical form of `address` on `channel`; raises AddressError."""
    text = address.strip()
    if not text or len(text) > MAX_ADDRESS:
        raise AddressError(f"a {channel.value} address is 1 to {MAX_ADDRESS} characters")
    if channel in PHONE_CHANNELS:
        try:
            number = phonenumbers.parse(text, default_region)
        except phonenumbers.NumberParseException as exc:
            raise AddressError("not a phone number") from exc
        if not phonenumbers.is_valid_number(number):
            raise AddressError("not a valid phone number")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if channel is Channel.EMAIL:
        if not _EMAIL.match(text):
            raise AddressError("not an email address")
        local, domain = text.rsplit("@", 1)
        return f"{local}@{domain.lower()}"
    if not _TELEGRAM.match(text):
        raise AddressError("not a Telegram chat id or @username")
    return text
