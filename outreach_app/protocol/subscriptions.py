"""Signing a person up for warnings from the app (issue 23): the contact detail goes from
the form straight to the charity's server and is never stored on the laptop.

`POST /v2/subscriptions` with a device token (protocol v2, issue 21: `/v1/subscriptions`, like
every `/v1/` path, is answered 426 `update_required`); 202 when stored (the server sends a welcome
message with the unsubscribe link), 422 when the address does not fit the channel or a
region is unknown, 503 when the charity has not set up warnings.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from outreach_app.protocol.base import RequestModel, ResponseModel
from outreach_app.protocol.version import V2_PREFIX

SUBSCRIPTIONS_PATH = f"{V2_PREFIX}/subscriptions"
CHANNELS = ("sms", "email", "signal", "whatsapp", "telegram")


class SubscribeRequest(RequestModel):
    """A sign-up from the app (in WIRE_MODELS: docs/schemas/protocol/SubscribeRequest.json)."""

    # Fields in sorted order, as every wire model (canonical JSON on pydantic's fast path).
    address: str = Field(min_length=1, max_length=254)
    channel: Literal["sms", "email", "signal", "whatsapp", "telegram"]
    # The person said yes, in person, to the worker: the form cannot be sent without it.
    consent: Literal[True]
    discreet: bool = True
    language: str = Field(default="en", pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
    region_ids: list[str] = Field(min_length=1, max_length=50)


class SubscribeResponse(ResponseModel):
    status: Literal["subscribed"] = "subscribed"
