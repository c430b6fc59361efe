"""Enrolment: `POST /v1/enroll` (no authentication) turns a one-time code into a device credential.

The credential is then sent as `Authorization: Bearer <credential>` on every other call;
it never appears in a URL. Enrolment is idempotent per `request_id` (see EnrollRequest) so a
lost reply costs nothing: the device retries and confirms with `POST /v1/enroll/confirm`.
`DELETE /v1/device` revokes the calling device's own credential
(quick delete does this before destroying the key); the next request with it gets 401.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import UUID4, Field

from outreach_app.protocol.base import SHORT_TEXT, Label, RegionId, RequestModel, ResponseModel, Text
from outreach_app.protocol.limits import MAX_REGIONS

ENROLLMENT_CODE_MIN_LENGTH = 16
CREDENTIAL_MIN_LENGTH = 22
"""A credential is at least 128 random bits, e.g. 22+ characters of URL-safe base64."""

_CODE_SEPARATORS = str.maketrans("", "", " -\t\r\n")


def normalise_enrollment_code(raw: str) -> str:
    """The code without the spaces and hyphens it is shown with, upper case.

    Servers store and compare codes in this form (they are shown in groups for reading).
    """
    return raw.translate(_CODE_SEPARATORS).upper()


class EnrollRequest(RequestModel):
    """Body of `POST /v1/enroll`.

    Attributes:
        code: the one-time code as typed (groups, spaces and case are forgiven).
        device_label: a neutral label staff see in `device list` (say "Laptop 2", not a name).
        request_id: chosen by the device before the first attempt and sent again on every
            retry: the same code with the same request id, while the code is valid, gets the
            same device back (with a fresh credential) instead of being refused. The code is
            spent only when the device confirms (`POST /v1/enroll/confirm`, or any request
            made with the new credential). Without it (older devices) the code is spent at once.
    """

    code: Annotated[Text, Field(min_length=ENROLLMENT_CODE_MIN_LENGTH, max_length=128)]
    device_label: Label
    request_id: UUID4 | None = None


class Region(ResponseModel):
    """A server-owned region; a device maps each of its Areas onto one (Area.region_id)."""

    id: RegionId
    name: Annotated[Text, Field(min_length=1, max_length=SHORT_TEXT)]


class RegionList(ResponseModel):
    """`GET /v1/regions`: the regions of the device's organisation now, sorted by id.

    A device replaces its stored regions with these at every sync, so an area made after
    enrolment can be mapped onto a region added since (docs/protocol.md, "Regions").
    """

    regions: Annotated[list[Region], Field(max_length=MAX_REGIONS)] = Field(default_factory=list)


class EnrollResponse(ResponseModel):
    """Answer to a valid EnrollRequest.

    Attributes:
        device_id: the server's id for this device.
        credential: the bearer token; shown once, stored by the server only as a hash.
        organisation_name: for the device to show which organisation it joined.
        regions: the organisation's regions (ids and names), sorted by id.
    """

    credential: Annotated[
        str, Field(min_length=CREDENTIAL_MIN_LENGTH, max_length=256, pattern=r"^[A-Za-z0-9._~+/=-]+$")
    ]
    device_id: UUID4
    organisation_name: Annotated[Text, Field(min_length=1, max_length=SHORT_TEXT)] | None = None
    regions: Annotated[list[Region], Field(max_length=MAX_REGIONS)] = Field(default_factory=list)
