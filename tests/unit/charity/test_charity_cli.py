"""`outreach charity ...`: keys made, a bundle and an alert signed, envelopes opened — and
each of those refused when the passphrase, desk or input is wrong."""

from __future__ import annotations

import base64
import io
import json
import os
import stat
from pathlib import Path

import pytest

from outreach_app.charity import key_files
from outreach_app.cli import run
from outreach_app.cli.common import Io
from outreach_app.crypto.sealing import public_key_of, seal
from outreach_app.protocol import (
    Alert,
    Envelope,
    EnvelopeHeader,
    PoliceIntelligenceContent,
    SignedAlert,
    SignedKeyBundle,
    canonical_json,
    ciphertext_hash,
    key_fingerprint,
    purpose_verifier,
    verify_alert,
    verify_bundle,
)

PASS = "correct horse battery"


def charity(*argv: str, stdin: str = PASS + "\n", as_json: bool = False) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    top = ["--json"] if as_json else []
    code = run([*top, "charity", *argv], Io(stdin=io.StringIO(stdin), stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def keys(tmp_path: Path) -> Path:
    assert charity("root", "init", "--out", str(tmp_path / "root"), "--charity-id", "safe-streets")[0] == 0
    assert charity("desk-keys", "--role", "alerts", "--out", str(tmp_path / "alerts"))[0] == 0
    code = charity(
        "desk-keys", "--role", "police", "--desk-id", "police-north", "--out", str(tmp_path / "police")
    )
    assert code[0] == 0
    return tmp_path


ALERT = {
    "alert_id": "0d9a3c6e-1b2f-4a5d-8e7c-6f4b3a2d1c0e",
    "version": 1,
    "title": "Man in a blue van",
    "issued_on": "2026-11-28",
    "expires_on": "2026-12-28",
    "region_ids": ["north"],
}


def test_root_init_prints_the_fingerprint_and_keeps_the_private_key_encrypted_and_private(
    tmp_path: Path,
) -> None:
    code, out, _ = charity("root", "init", "--out", str(tmp_path / "root"))
    assert code == 0
    public = key_files.read_root_public(tmp_path / "root")
    assert public.fingerprint in out and public.fingerprint == key_fingerprint(public.root_public)
    key_file = tmp_path / "root" / key_files.ROOT_KEY
    assert b"ENCRYPTED PRIVATE KEY" in key_file.read_bytes()
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert PASS not in out and PASS.encode() not in key_file.read_bytes()


def test_root_init_refuses_to_overwrite_and_a_short_passphrase(tmp_path: Path) -> None:
    assert charity("root", "init", "--out", str(tmp_path / "root"))[0] == 0
    before = (tmp_path / "root" / key_files.ROOT_KEY).read_bytes()
    code, _, err = charity("root", "init", "--out", str(tmp_path / "root"))
    assert code != 0 and "never overwritten" in err
    assert (tmp_path / "root" / key_files.ROOT_KEY).read_bytes() == before
    code, _, err = charity("root", "init", "--out", str(tmp_path / "other"), stdin="short\n")
    assert code != 0 and "at least 12" in err
    assert not (tmp_path / "other" / key_files.ROOT_KEY).exists()


def test_desk_keys_have_the_role_purposes_and_a_signing_key_only_for_alerts(keys: Path) -> None:
    alerts = key_files.read_desk_public(keys / "alerts")
    police = key_files.read_desk_public(keys / "police" / key_files.DESK_PUBLIC)
    assert (alerts.desk_id, [p.value for p in alerts.purposes]) == ("alerts", ["alert"])
    assert alerts.sign_public is not None and police.sign_public is None
    assert police.desk_id == "police-north"
    assert [p.value for p in police.purposes] == ["police_intelligence", "police_referral"]
    assert not (keys / "police" / key_files.SIGN_KEY).exists()
    # the X25519 key written by `cryptography` is the one libsodium seals to
    assert public_key_of(key_files.read_enc_private_b64(keys / "police", PASS)) == police.enc_public


def test_sign_bundle_makes_a_bundle_the_root_key_verifies(keys: Path) -> None:
    out_file = keys / "bundle.json"
    code, out, _ = charity(
        "sign-bundle", "--root", str(keys / "root"), "--desk", str(keys / "alerts" / "desk.json"),
        str(keys / "police" / "desk.json"), "--version", "2", "--out", str(out_file),
    )  # fmt: skip
    assert code == 0, out
    signed = SignedKeyBundle.model_validate_json(out_file.read_bytes())
    root = key_files.read_root_public(keys / "root")
    bundle = verify_bundle(signed, root.root_public)
    assert bundle.version == 2 and bundle.charity_id == "safe-streets"
    assert [desk.desk_id for desk in bundle.desks] == ["alerts", "police-north"]


def test_sign_bundle_with_the_wrong_passphrase_writes_nothing(keys: Path) -> None:
    out_file = keys / "bundle.json"
    code, _, err = charity(
        "sign-bundle", "--root", str(keys / "root"), "--desk", str(keys / "alerts"), "--version", "1",
        "--out", str(out_file), stdin="wrong passphrase here\n",
    )  # fmt: skip
    assert code != 0 and "wrong passphrase" in err
    assert not out_file.exists()


def test_sign_alert_gives_a_signature_the_bundle_accepts_and_a_fingerprint(keys: Path) -> None:
    charity(
        "sign-bundle", "--root", str(keys / "root"), "--desk", str(keys / "alerts"), str(keys / "police"),
        "--version", "1", "--out", str(keys / "bundle.json"),
    )  # fmt: skip
    bundle = SignedKeyBundle.model_validate_json((keys / "bundle.json").read_bytes()).bundle
    (keys / "alert.json").write_text(json.dumps(ALERT))
    code, out, _ = charity("sign-alert", "--desk", str(keys / "alerts"), str(keys / "alert.json"), "--out",
                           str(keys / "signed.json"))  # fmt: skip
    assert code == 0
    signed = SignedAlert.model_validate_json((keys / "signed.json").read_bytes())
    assert verify_alert(signed, bundle) == Alert.model_validate(ALERT)
    assert "fingerprint" in out


def test_only_an_alerts_desk_signs_alerts(keys: Path) -> None:
    (keys / "alert.json").write_text(json.dumps(ALERT))
    code, _, err = charity("sign-alert", "--desk", str(keys / "police"), str(keys / "alert.json"), "--out",
                           str(keys / "signed.json"))  # fmt: skip
    assert code != 0 and "only an alerts desk" in err
    assert not (keys / "signed.json").exists()


def test_open_envelopes_reads_what_was_sealed_to_the_desk(keys: Path) -> None:
    police = key_files.read_desk_public(keys / "police")
    content = PoliceIntelligenceContent(
        envelope_id="8b6e4f2a-0c1d-4e3f-9a5b-7c6d5e4f3a2b", incident_types=["physical_assault"],
        month="2026-11", part_of_day="night", region_id="north", summary="MARKER-7731",
    )  # type: ignore[arg-type]  # fmt: skip
    box = seal(canonical_json(content), police.enc_public)
    header = EnvelopeHeader(
        content_hash=ciphertext_hash(box), desk_id=police.desk_id, envelope_id=content.envelope_id,
        month="2026-11", org="6a1f0b9e-2c3d-4e5f-8a7b-9c0d1e2f3a4b", purpose="police_intelligence",
        region="north", verifier=purpose_verifier("7KQ2-MX9D-4HTB-0WZR", "police_intelligence"),
    )  # type: ignore[arg-type]  # fmt: skip
    envelope = Envelope(header=header, ciphertext=base64.b64encode(box).decode())
    (keys / "export.json").write_text(json.dumps({"envelopes": [json.loads(canonical_json(envelope))]}))
    code, out, _ = charity(
        "open-envelopes", "--desk", str(keys / "police"), str(keys / "export.json"), as_json=True
    )
    assert code == 0, out
    assert "MARKER-7731" in out
    code, _, err = charity("open-envelopes", "--desk", str(keys / "alerts"), str(keys / "export.json"))
    assert code != 0 and "does not open" in err
