"""Protocol v2 golden vectors (tests/fixtures/protocol/v2_vectors.json): keys, signatures,
code proof, per-purpose verifiers, aggregate keys, a sealed envelope and v2 model bytes.
Device and server must both reproduce them; a change that alters one is a protocol change."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from outreach_app.crypto.sealing import SealError, open_sealed, public_key_of, seal
from outreach_app.protocol import (
    CONTENT_MODELS,
    WIRE_MODELS,
    Alert,
    Envelope,
    KeyBundle,
    SignatureError,
    SignedAlert,
    SignedKeyBundle,
    aggregate_key,
    alert_fingerprint,
    alert_signed_bytes,
    bundle_signed_bytes,
    canonical_json,
    ciphertext_hash,
    code_proof,
    code_proof_matches,
    content_hash,
    key_fingerprint,
    purpose_verifier,
    purpose_verifiers,
    sign_alert,
    sign_bundle,
    verify_alert,
    verify_bundle,
)
from outreach_app.protocol.canonical import canonical_json_reference, model_wire_dict
from outreach_app.protocol.enrollment_v2 import code_proof_key, code_proof_message
from outreach_app.protocol.signing import public_key_b64
from outreach_app.protocol.verifier import purpose_verifier_key

V2 = json.loads((Path(__file__).parents[2] / "fixtures" / "protocol" / "v2_vectors.json").read_text("utf-8"))
KEYS = V2["keys"]


def _root() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(KEYS["root_seed_hex"]))


def _alerts_signer() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(KEYS["alerts_sign_seed_hex"]))


def test_vector_keys_derive_their_public_halves_and_fingerprint() -> None:
    assert public_key_b64(_root()) == KEYS["root_public"]
    assert public_key_b64(_alerts_signer()) == KEYS["alerts_sign_public"]
    assert public_key_of(KEYS["alerts_enc_private"]) == KEYS["alerts_enc_public"]
    assert public_key_of(KEYS["police_enc_private"]) == KEYS["police_enc_public"]
    assert key_fingerprint(KEYS["root_public"]) == KEYS["root_fingerprint"]
    assert KEYS["root_fingerprint"] == "B446-4ABC-B410-9E8A-AEAF-B29F-F6E3-E528"


def test_bundle_canonical_bytes_and_signature_are_the_recorded_ones() -> None:
    vector = V2["bundle"]
    bundle = KeyBundle.model_validate(vector["payload"])
    assert canonical_json(bundle).decode() == vector["canonical"]
    assert bundle_signed_bytes(bundle).hex() == vector["signed_bytes_hex"]
    signed = sign_bundle(_root(), bundle)  # Ed25519 is deterministic (RFC 8032)
    assert signed.signature == vector["signature"]
    assert json.loads(canonical_json(signed)) == vector["signed_bundle"]
    received = SignedKeyBundle.model_validate(vector["signed_bundle"])
    assert verify_bundle(received, KEYS["root_public"]) == bundle


def test_bundle_signed_by_the_pinned_root_but_changed_is_refused() -> None:
    signed = V2["bundle"]["signed_bundle"]
    tampered = json.loads(json.dumps(signed))
    tampered["bundle"]["desks"][1]["enc_public"] = KEYS["alerts_enc_public"]
    with pytest.raises(SignatureError, match="does not match"):
        verify_bundle(SignedKeyBundle.model_validate(tampered), KEYS["root_public"])


def test_bundle_signed_by_another_root_is_refused_even_with_a_valid_signature() -> None:
    other_root = Ed25519PrivateKey.generate()
    forged = sign_bundle(other_root, KeyBundle.model_validate(V2["bundle"]["payload"]))
    verify_bundle(forged, public_key_b64(other_root))  # valid on its own terms
    with pytest.raises(SignatureError, match="another root key"):
        verify_bundle(forged, KEYS["root_public"])


def test_code_proof_vector() -> None:
    vector = V2["code_proof"]
    signed = SignedKeyBundle.model_validate(V2["bundle"]["signed_bundle"])
    assert code_proof_key(vector["code"]).hex() == vector["key_hex"]
    message = code_proof_message(vector["request_id"], signed)
    assert hashlib.sha256(message).hexdigest() == vector["message_sha256"]
    assert code_proof(vector["code"], vector["request_id"], signed) == vector["proof"]
    # the code as typed in groups, lower case or without hyphens gives the same proof
    assert code_proof("abcdefghjkmnpqrs", vector["request_id"], signed) == vector["proof"]
    assert code_proof_matches(vector["code"], vector["request_id"], signed, vector["proof"])


def test_code_proof_fails_for_another_code_request_or_bundle() -> None:
    vector = V2["code_proof"]
    signed = SignedKeyBundle.model_validate(V2["bundle"]["signed_bundle"])
    proof = vector["proof"]
    assert not code_proof_matches("ABCD-EFGH-JKMN-PQRT", vector["request_id"], signed, proof)
    assert not code_proof_matches(vector["code"], "3f0c2a4e-8d1b-4c6a-9e2f-5b7d1a0c9e85", signed, proof)
    other = sign_bundle(Ed25519PrivateKey.generate(), signed.bundle)
    assert not code_proof_matches(vector["code"], vector["request_id"], other, proof)


def test_purpose_verifiers_vector_and_they_differ_from_each_other_and_v1() -> None:
    vector = V2["purpose_verifiers"]
    assert purpose_verifier_key(vector["code"]).hex() == vector["key_hex"]
    assert purpose_verifiers(vector["code"], list(vector["verifiers"])) == vector["verifiers"]
    assert purpose_verifier("7kq2 mx9d 4htb owzr", "alert") == vector["verifiers"]["alert"]
    assert len(set(vector["verifiers"].values())) == 4


def test_aggregate_key_vector() -> None:
    vector = V2["aggregate_key"]
    secret = bytes.fromhex(vector["device_secret_hex"])
    assert aggregate_key(secret, vector["org"], vector["region"], vector["month"]) == vector["aggregate_key"]
    assert aggregate_key(secret, vector["org"], None, vector["month"]) == vector["aggregate_key_no_region"]
    assert aggregate_key(secret, vector["org"], vector["region"], "2026-10") != vector["aggregate_key"]
    assert (
        aggregate_key(b"another device", vector["org"], vector["region"], vector["month"])
        != (vector["aggregate_key"])
    )


def test_signed_alert_vector_and_fingerprint() -> None:
    vector = V2["signed_alert"]
    alert = Alert.model_validate(vector["payload"])
    assert canonical_json(alert).decode() == vector["canonical"]
    assert alert_signed_bytes(alert).hex() == vector["signed_bytes_hex"]
    signed = sign_alert(_alerts_signer(), vector["desk_id"], alert)
    assert signed.signature == vector["signature"]
    assert alert_fingerprint(alert) == vector["fingerprint"] == "9C2D-2E98-0360-B63A"
    bundle = KeyBundle.model_validate(V2["bundle"]["payload"])
    assert verify_alert(signed, bundle) == alert


def test_tampered_unsigned_or_wrong_desk_alerts_are_refused() -> None:
    vector = V2["signed_alert"]
    bundle = KeyBundle.model_validate(V2["bundle"]["payload"])
    changed = dict(vector["payload"], title="Man in a red van")
    tampered = SignedAlert(
        alert=Alert.model_validate(changed), desk_id="alerts", signature=vector["signature"]
    )
    with pytest.raises(SignatureError, match="does not match"):
        verify_alert(tampered, bundle)
    unsigned = SignedAlert(alert=Alert.model_validate(vector["payload"]))
    with pytest.raises(SignatureError, match="not signed"):
        verify_alert(unsigned, bundle)
    police = SignedAlert(alert=unsigned.alert, desk_id="police-north", signature=vector["signature"])
    with pytest.raises(SignatureError, match="does not list"):
        verify_alert(police, bundle)
    garbled = SignedAlert(alert=unsigned.alert, desk_id="alerts", signature="not base64!")
    with pytest.raises(SignatureError):
        verify_alert(garbled, bundle)


def test_sealed_envelope_vector_opens_with_the_desk_key_only() -> None:
    vector = V2["sealed_envelope"]
    envelope = Envelope.model_validate(vector["envelope"])
    box = base64.b64decode(envelope.ciphertext)
    assert ciphertext_hash(box) == vector["content_hash"] == envelope.header.content_hash
    plain = open_sealed(box, vector["desk_private"])
    assert plain.decode() == vector["plaintext"]
    content = CONTENT_MODELS[envelope.header.purpose].model_validate_json(plain)
    assert canonical_json(content) == plain
    assert content.envelope_id == envelope.header.envelope_id
    with pytest.raises(SealError):
        open_sealed(box, KEYS["alerts_enc_private"])
    with pytest.raises(SealError):
        open_sealed(box[:-1] + bytes([box[-1] ^ 1]), vector["desk_private"])


def test_sealing_twice_gives_unrelated_ciphertexts_that_both_open() -> None:
    plain = V2["sealed_envelope"]["plaintext"].encode()
    first, second = seal(plain, KEYS["police_enc_public"]), seal(plain, KEYS["police_enc_public"])
    assert first != second and ciphertext_hash(first) != ciphertext_hash(second)
    assert open_sealed(first, KEYS["police_enc_private"]) == plain
    assert open_sealed(second, KEYS["police_enc_private"]) == plain


def test_envelope_whose_hash_does_not_match_its_ciphertext_is_refused() -> None:
    payload = json.loads(json.dumps(V2["sealed_envelope"]["envelope"]))
    payload["header"]["content_hash"] = "0" * 64
    with pytest.raises(ValueError, match="content_hash"):
        Envelope.model_validate(payload)


@pytest.mark.parametrize("vector", V2["models"], ids=[v["title"] for v in V2["models"]])
def test_v2_model_vector_gives_the_recorded_bytes_and_hash(vector: dict[str, Any]) -> None:
    model = WIRE_MODELS[vector["model"]].model_validate(vector["payload"])
    expected = vector["canonical"].encode("utf-8")
    assert canonical_json(model) == expected
    assert canonical_json_reference(model_wire_dict(model)) == expected
    assert content_hash(model) == vector["sha256"]
    reparsed = WIRE_MODELS[vector["model"]].model_validate_json(vector["canonical"])
    assert canonical_json(reparsed) == expected
