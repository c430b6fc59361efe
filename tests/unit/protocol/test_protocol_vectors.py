"""Golden vectors both sides must reproduce; a model change that alters an old vector fails here."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from outreach_app.protocol import WIRE_MODELS, canonical_json, content_hash, withdrawal_verifier
from outreach_app.protocol.canonical import canonical_json_reference, model_wire_dict
from outreach_app.protocol.verifier import normalise_withdrawal_code

FIXTURES = Path(__file__).parents[2] / "fixtures" / "protocol"


def _vectors(name: str) -> list[dict[str, Any]]:
    data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    vectors: list[dict[str, Any]] = data["vectors"]
    assert vectors, f"{name} holds no vectors"
    return vectors


MODEL_VECTORS = _vectors("model_vectors.json")


@pytest.mark.parametrize("vector", MODEL_VECTORS, ids=[v["title"] for v in MODEL_VECTORS])
def test_model_vector_payload_gives_the_recorded_bytes_and_hash(vector: dict[str, Any]) -> None:
    model = WIRE_MODELS[vector["model"]].model_validate(vector["payload"])
    expected = vector["canonical"].encode("utf-8")
    assert canonical_json(model) == expected
    assert canonical_json_reference(model_wire_dict(model)) == expected
    assert content_hash(model) == vector["sha256"]
    assert hashlib.sha256(expected).hexdigest() == vector["sha256"]


@pytest.mark.parametrize("vector", MODEL_VECTORS, ids=[v["title"] for v in MODEL_VECTORS])
def test_model_vector_canonical_bytes_parse_back_to_themselves(vector: dict[str, Any]) -> None:
    model_type = WIRE_MODELS[vector["model"]]
    reparsed = model_type.model_validate_json(vector["canonical"])
    assert canonical_json(reparsed).decode("utf-8") == vector["canonical"]


def test_model_vectors_cover_the_bodies_that_are_hashed_or_stored() -> None:
    covered = {v["model"] for v in MODEL_VECTORS}
    assert {
        "SharedReport",
        "ReportBatch",
        "WithdrawalBatch",
        "StatsUpload",
        "AuditHead",
        "AlertFeed",
    } <= covered


VALUE_VECTORS = _vectors("canonical_values.json")


@pytest.mark.parametrize("vector", VALUE_VECTORS, ids=[v["title"] for v in VALUE_VECTORS])
def test_plain_value_vector_matches_the_hand_written_canonical_text(vector: dict[str, Any]) -> None:
    expected = vector["canonical"].encode("utf-8")
    assert canonical_json(vector["value"]) == expected
    assert hashlib.sha256(expected).hexdigest() == vector["sha256"]


VERIFIER_VECTORS = _vectors("verifier_vectors.json")


@pytest.mark.parametrize("vector", VERIFIER_VECTORS, ids=[v["code"] for v in VERIFIER_VECTORS])
def test_verifier_vector(vector: dict[str, str]) -> None:
    assert normalise_withdrawal_code(vector["code"]) == vector["normalised"]
    assert withdrawal_verifier(vector["code"]) == vector["verifier"]
