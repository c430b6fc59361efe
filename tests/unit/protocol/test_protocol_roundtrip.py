"""Any valid body has one canonical form: parse -> canonical -> parse -> canonical is stable,
whether the peer parses JSON text (pydantic) or a dict from `json.loads` (FastAPI's path)."""

from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from outreach_app.protocol import WIRE_MODELS, canonical_json, content_hash
from outreach_app.protocol.canonical import canonical_json_reference, model_wire_dict
from tests.unit.protocol.protocol_strategies import BODIES

ROUND_TRIP = settings(
    deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)


@pytest.mark.parametrize("name", sorted(BODIES))
def test_every_body_model_round_trips_to_identical_canonical_bytes(name: str) -> None:
    model_type = WIRE_MODELS[name]

    @ROUND_TRIP
    @given(BODIES[name])
    def check(raw: dict[str, object]) -> None:
        try:
            first = model_type.model_validate(raw)
        except ValidationError:
            reject()
        canonical = canonical_json(first)
        from_text = model_type.model_validate_json(canonical)
        from_dict = model_type.model_validate(json.loads(canonical))
        assert from_text == first
        assert from_dict == first
        assert canonical_json(from_text) == canonical
        assert canonical_json(from_dict) == canonical
        # The C-encoder fast path and the reference encoder agree byte for byte.
        assert canonical_json_reference(model_wire_dict(first)) == canonical
        assert content_hash(first) == hashlib.sha256(canonical).hexdigest()

    check()


def test_strategies_cover_every_top_level_body() -> None:
    """Every request/response body of docs/protocol.md has a generator (sections are inside)."""
    bodies = {
        "HealthResponse", "EnrollRequest", "EnrollResponse", "RegionList", "ReportBatch", "BatchReceipts",
        "WithdrawalBatch", "WithdrawalResults", "AlertFeed", "StatsUpload", "StatsReceipt",
        "AuditHead", "AuditHeadReceipt", "ErrorBody",
    }  # fmt: skip
    assert bodies <= set(BODIES)
    assert set(BODIES) <= set(WIRE_MODELS)


@settings(deadline=None, max_examples=40, suppress_health_check=[HealthCheck.filter_too_much])
@given(BODIES["SharedReport"], st.randoms(use_true_random=False))
def test_key_order_and_whitespace_of_the_input_do_not_change_the_hash(raw: dict[str, object], rnd) -> None:  # type: ignore[no-untyped-def]
    model_type = WIRE_MODELS["SharedReport"]
    try:
        model = model_type.model_validate(raw)
    except ValidationError:
        reject()
    items = list(raw.items())
    rnd.shuffle(items)
    text = json.dumps(dict(items), indent=rnd.choice([None, 1, 4]), ensure_ascii=rnd.choice([True, False]))
    assert content_hash(model_type.model_validate_json(text)) == content_hash(model)
