"""The canonical fast path of batch validation agrees with the `EnvelopeBatch` model: it
accepts only batches the model accepts, prepares them exactly alike, and leaves every
other body (and every error message) to the model."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import uuid
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_app.protocol.envelopes import ciphertext_bytes
from outreach_app.server.api.batch_validation import prepare_body, prepare_with_model
from outreach_app.server.api.canonical_batch import prepare_canonical
from outreach_app.server.db.prepared import PreparedEnvelopes

DEPTH = 32
ORG = "0b6f3c5e-2a41-4d0e-9b7a-5f1e2d3c4b5a"


def _envelope(size: int = 200, **header: Any) -> dict[str, Any]:
    """A well-formed envelope; the server never opens the box, so any bytes stand in."""
    box = os.urandom(size)
    fields = {
        "content_hash": hashlib.sha256(box).hexdigest(),
        "desk_id": "alerts-1",
        "envelope_id": str(uuid.uuid4()),
        "month": "2026-03",
        "org": ORG,
        "purpose": "alert",
        "region": "north",
        "supersedes": None,
        "verifier": hashlib.sha256(b"v").hexdigest(),
    }
    fields.update(header)
    return {"ciphertext": base64.b64encode(box).decode("ascii"), "header": fields}


def _body(batch: Any) -> bytes:
    return json.dumps(batch).encode()


def _agree(body: bytes) -> PreparedEnvelopes | None:
    """The fast path's answer, after checking it against the model's."""
    fast = prepare_canonical(body)
    by_model = prepare_with_model(body)
    if fast is not None:
        assert isinstance(by_model, PreparedEnvelopes)
        assert fast == by_model
    assert prepare_body(body, DEPTH) == by_model
    return fast


def test_the_apps_canonical_batch_takes_the_fast_path_with_the_models_result() -> None:
    items = [_envelope(), _envelope(supersedes=str(uuid.uuid4())), _envelope(purpose="police_referral")]
    fast = _agree(_body({"envelopes": items}))
    assert fast is not None
    assert fast.supersedes[0] is None and fast.supersedes[1] == items[1]["header"]["supersedes"]
    assert fast.ciphertexts[2] == base64.b64decode(items[2]["ciphertext"])


def test_a_missing_supersedes_is_null_on_both_paths() -> None:
    item = _envelope()
    del item["header"]["supersedes"]
    fast = _agree(_body({"envelopes": [item]}))
    assert fast is not None and fast.supersedes == [None]


def test_forms_the_model_normalises_go_to_the_model() -> None:
    upper = str(uuid.uuid4()).upper()
    body = _body({"envelopes": [_envelope(envelope_id=upper, region=" north ")]})
    assert prepare_canonical(body) is None
    prepared = prepare_body(body, DEPTH)
    assert isinstance(prepared, PreparedEnvelopes)
    assert prepared.ids == [upper.lower()] and prepared.region_ids == ["north"]


def test_refusals_are_the_models_errors() -> None:
    item = _envelope()
    item["header"]["content_hash"] = "0" * 64
    body = _body({"envelopes": [item]})
    assert prepare_canonical(body) is None
    errors = prepare_body(body, DEPTH)
    assert isinstance(errors, list)
    assert any("content_hash is not the SHA-256" in error["msg"] for error in errors)


_UUID = str(uuid.uuid4())
_ODD_TEXT: list[Any] = [
    None,
    "",
    " ",
    7,
    True,
    [],
    {},
    _UUID.upper(),
    _UUID.replace("-", ""),
    "{" + _UUID + "}",
    "urn:uuid:" + _UUID,
    " " + _UUID,
    _UUID + "\n",
    str(uuid.uuid1()),
    _UUID[:19] + "c" + _UUID[20:],  # not the RFC 4122 variant
    "2026-3",
    "1999-12",
    "2000-01",
    "2099-12",
    "2100-01",
    "2026-13",
    " 2026-03",
    "\uff12\uff10\uff12\uff16-03",  # full-width digits
    "North",
    "north\n",
    "x" * 65,
    "alert",
    "Alert",
    "statistics",
    "police_intelligence",
    "A" * 64,
    "f" * 63,
    "f" * 64,
]
_HEADER_FIELDS = [
    "content_hash",
    "desk_id",
    "envelope_id",
    "month",
    "org",
    "purpose",
    "region",
    "supersedes",
    "verifier",
]


def _spoilt_ciphertexts(text: str) -> list[Any]:
    return [
        " " + text,
        text + "\n",
        text[:40] + "\n" + text[40:],
        text.rstrip("="),
        text + "=",
        text.replace("+", "-").replace("/", "_"),
        text[:64],
        base64.b64encode(os.urandom(48)).decode(),  # a box no longer than its overhead
        base64.b64encode(os.urandom(49)).decode(),
        text[:-4] + "\u00e9AAA",
        "=" + text[1:],
        None,
    ]


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    items = [_envelope(size=draw(st.integers(40, 120))) for _ in range(draw(st.integers(1, 3)))]
    batch: Any = {"envelopes": items}
    for _ in range(draw(st.integers(1, 3))):
        item = items[draw(st.integers(0, len(items) - 1))]
        change = draw(st.sampled_from(["field", "drop", "extra", "ciphertext", "copy", "itself", "top"]))
        if change == "field":
            item["header"][draw(st.sampled_from(_HEADER_FIELDS))] = draw(st.sampled_from(_ODD_TEXT))
        elif change == "drop":
            item["header"].pop(draw(st.sampled_from(_HEADER_FIELDS)), None)
        elif change == "extra":
            target = draw(st.sampled_from([item, item["header"]]))
            target[draw(st.sampled_from(["x", "Header", "reason"]))] = 1
        elif change == "ciphertext" and isinstance(item["ciphertext"], str):
            item["ciphertext"] = draw(st.sampled_from(_spoilt_ciphertexts(item["ciphertext"])))
            if draw(st.booleans()) and isinstance(item["ciphertext"], str):
                try:  # a hash that matches what the model decodes, so decoding itself is tested
                    raw = ciphertext_bytes(item["ciphertext"].strip())
                    item["header"]["content_hash"] = hashlib.sha256(raw).hexdigest()
                except ValueError:
                    pass
        elif change == "copy":
            items.append(copy.deepcopy(item))  # a repeated id
        elif change == "itself":
            item["header"]["supersedes"] = item["header"].get("envelope_id")
        elif isinstance(batch, dict):
            batch = draw(st.sampled_from([[batch], {"envelopes": []}, {**batch, "more": 1}, batch]))
    return _body(batch)


@settings(deadline=None, max_examples=300)
@given(_mutated())
def test_the_fast_path_never_accepts_what_the_model_refuses(body: bytes) -> None:
    _agree(body)


@settings(deadline=None, max_examples=100)
@given(st.data())
def test_flipped_bytes_are_decided_alike(data: st.DataObject) -> None:
    body = bytearray(_body({"envelopes": [_envelope(size=60), _envelope(size=60)]}))
    for _ in range(data.draw(st.integers(1, 4))):
        body[data.draw(st.integers(0, len(body) - 1))] = data.draw(st.integers(0, 255))
    _agree(bytes(body))


def test_a_repeated_key_is_read_alike() -> None:
    """JSON allows a key twice; both paths use pydantic-core's parser, so both read the same
    value (the later one), and agree."""
    body = _body({"envelopes": [_envelope()]}).replace(
        b'"region": "north"', b'"region": "Bad!", "region": "east"'
    )
    fast = _agree(body)
    assert fast is not None and fast.region_ids == ["east"]
