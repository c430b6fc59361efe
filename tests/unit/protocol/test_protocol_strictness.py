"""Validation: what v1 refuses, what it forgives, and that errors never echo the input."""

from __future__ import annotations

import copy
import json
import uuid
from typing import Any

import pytest
from pydantic import ValidationError

from outreach_app.domain.enums import Purpose
from outreach_app.domain.errors import describe_validation_error
from outreach_app.protocol import (
    Alert,
    AlertFeed,
    AlertFeedEntry,
    AuditHead,
    BatchReceipts,
    EnrollRequest,
    ErrorCode,
    MonthlyStats,
    PoliceIntelligenceSection,
    PoliceReferralSection,
    ReportBatch,
    SharedPerpetrator,
    SharedReport,
    SharedVehicle,
    StatsUpload,
    Withdrawal,
    code_for_validation_error,
)
from outreach_app.protocol.base import RequestModel, ResponseModel
from outreach_app.protocol.limits import MAX_BATCH_SIZE
from outreach_app.protocol.reports import AlertSection, StatisticsSection

VERIFIER = "ab" * 32


def _report(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "report_id": str(uuid.uuid4()),
        "region_id": "leeds",
        "date": "2026-03-14",
        "part_of_day": "night",
        "incident_types": ["non_payment"],
        "withdrawal_verifier": VERIFIER,
        "statistics": {},
    }
    base.update(changes)
    return base


def test_request_models_refuse_unknown_fields_at_every_level() -> None:
    with pytest.raises(ValidationError):
        SharedReport.model_validate(_report(location_note="behind the station"))
    with pytest.raises(ValidationError):
        SharedReport.model_validate(_report(alert={"perpetrators": [{"alias": "x"}]}))
    with pytest.raises(ValidationError):
        SharedReport.model_validate(_report(statistics={"age": 23}))


def test_response_models_ignore_fields_a_newer_server_adds() -> None:
    receipts = BatchReceipts.model_validate(
        {
            "receipts": [
                {
                    "report_id": str(uuid.uuid4()),
                    "content_hash": "0" * 64,
                    "status": "accepted",
                    "received_on": "2026-03-15",
                    "added_in_v1_1": {"x": 1},
                }
            ],
            "server_note": "hello",
        }
    )
    assert receipts.receipts[0].status == "accepted"
    assert "added_in_v1_1" not in receipts.receipts[0].model_dump()


def test_every_wire_model_is_either_a_request_or_a_response() -> None:
    from outreach_app.protocol import WIRE_MODELS

    for name, model in WIRE_MODELS.items():
        assert issubclass(model, RequestModel | ResponseModel), name
        extra = model.model_config.get("extra")
        assert extra == ("forbid" if issubclass(model, RequestModel) else "ignore"), name
        assert model.model_config.get("hide_input_in_errors") is True, name
        assert model.model_config.get("frozen") is True, name


def test_unknown_schema_version_maps_to_its_own_error_code() -> None:
    with pytest.raises(ValidationError) as caught:
        ReportBatch.model_validate({"reports": [_report(schema_version=2)]})
    assert code_for_validation_error(caught.value) is ErrorCode.UNSUPPORTED_VERSION
    with pytest.raises(ValidationError) as other:
        ReportBatch.model_validate({"reports": [_report(region_id="Not A Region")]})
    assert code_for_validation_error(other.value) is ErrorCode.VALIDATION_FAILED


def test_a_report_needs_a_section_and_cannot_supersede_itself() -> None:
    bare = _report()
    del bare["statistics"]
    with pytest.raises(ValidationError, match="at least one consented purpose"):
        SharedReport.model_validate(bare)
    own = str(uuid.uuid4())
    with pytest.raises(ValidationError, match="supersede itself"):
        SharedReport.model_validate(_report(report_id=own, supersedes=own))


def test_report_ids_must_be_random_uuid4() -> None:
    with pytest.raises(ValidationError):
        SharedReport.model_validate(_report(report_id=str(uuid.uuid1())))
    with pytest.raises(ValidationError):
        SharedReport.model_validate(_report(report_id="42"))


@pytest.mark.parametrize("bad", [1710374400, "2026-03-14T00:00:00", "14/03/2026", "2026-3-14", "2026-02-30"])
def test_dates_have_exactly_one_form(bad: object) -> None:
    with pytest.raises(ValidationError):
        SharedReport.model_validate(_report(date=bad))


@pytest.mark.parametrize("bad", ["3", 3.0, True, -1, 10_000_001])
def test_counts_are_strict_non_negative_integers(bad: object) -> None:
    with pytest.raises(ValidationError):
        MonthlyStats.model_validate({"month": "2026-02", "contacts": bad})


@pytest.mark.parametrize("bad", ["yes", 1, "true"])
def test_booleans_are_strict(bad: object) -> None:
    with pytest.raises(ValidationError):
        AlertSection.model_validate({"weapon_used": bad})


@pytest.mark.parametrize("bad", ["2026-13", "26-02", "2026-00", "1999-12", "2026-02-01"])
def test_months_are_yyyy_mm(bad: str) -> None:
    with pytest.raises(ValidationError):
        MonthlyStats.model_validate({"month": bad})


def test_lone_surrogates_in_any_text_are_refused() -> None:
    # json.loads (FastAPI's parser) accepts "\ud800"; the model must not.
    raw = json.loads('{"perpetrators": [{"name_used": "a\\ud800"}]}')
    with pytest.raises(ValidationError):
        AlertSection.model_validate(raw)
    with pytest.raises(ValidationError):
        AlertSection.model_validate({"summary": "x\udc00"})
    with pytest.raises(ValidationError):
        SharedPerpetrator.model_validate({"online_handles": ["a\ud800"]})


def test_identifiers_are_normalised_sorted_and_deduplicated() -> None:
    perp = SharedPerpetrator.model_validate(
        {
            "phone_numbers": ["07700 900123", "+447700900123", "0123"],
            "online_handles": [" @Dave_X ", "dave_x", "Zed"],
        }
    )
    assert perp.phone_numbers == ["+447700900123", "0123"]
    assert perp.online_handles == ["dave_x", "zed"]
    assert SharedVehicle.model_validate({"registration": "ab12 c-d e"}).registration == "AB12CDE"


@pytest.mark.parametrize("bad", ["12", "phone", "+", "1" * 41])
def test_phone_numbers_that_cannot_be_matched_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        SharedPerpetrator.model_validate({"phone_numbers": [bad]})


@pytest.mark.parametrize("bad", ["A", "!!", "AB12CDEFGHIJK"])
def test_plates_must_be_2_to_10_letters_and_digits(bad: str) -> None:
    with pytest.raises(ValidationError):
        SharedVehicle.model_validate({"registration": bad})


def test_blank_texts_count_as_absent() -> None:
    perp = SharedPerpetrator.model_validate({"name_used": "   ", "hair": "", "clothing": " red coat "})
    assert perp.name_used is None and perp.hair is None
    assert perp.clothing == "red coat"
    assert (
        SharedVehicle.model_validate({"registration": "  ", "make": ""}).model_dump(exclude_none=True) == {}
    )


def test_age_ranges_and_injuries_must_be_consistent() -> None:
    with pytest.raises(ValidationError):
        SharedPerpetrator.model_validate({"age_min": 40, "age_max": 30})
    with pytest.raises(ValidationError):
        PoliceIntelligenceSection.model_validate({"injured": False, "injury_severity": "serious"})
    with pytest.raises(ValidationError):
        PoliceReferralSection.model_validate({"injured": True, "injury_severity": "none"})
    with pytest.raises(ValidationError):
        PoliceReferralSection.model_validate({"wants_contact_via_project": False})
    assert PoliceReferralSection.model_validate({"injured": True}).injury_severity == "unknown"


def test_lists_have_bounds() -> None:
    with pytest.raises(ValidationError):
        AlertSection.model_validate({"perpetrators": [{}] * 11})
    with pytest.raises(ValidationError):
        SharedPerpetrator.model_validate({"phone_numbers": [f"0770090{n:04d}" for n in range(11)]})
    with pytest.raises(ValidationError):
        ReportBatch.model_validate({"reports": []})
    one = _report()
    too_many = [dict(one, report_id=str(uuid.uuid4())) for _ in range(MAX_BATCH_SIZE + 1)]
    with pytest.raises(ValidationError):
        ReportBatch.model_validate({"reports": too_many})


def test_a_batch_may_not_repeat_a_report_id() -> None:
    one = _report()
    with pytest.raises(ValidationError, match="distinct"):
        ReportBatch.model_validate({"reports": [one, copy.deepcopy(one)]})


def test_withdrawal_names_exactly_one_of_id_or_verifier() -> None:
    with pytest.raises(ValidationError):
        Withdrawal.model_validate({"purposes": ["alert"]})
    with pytest.raises(ValidationError):
        Withdrawal.model_validate(
            {"report_id": str(uuid.uuid4()), "verifier": VERIFIER, "purposes": ["alert"]}
        )
    with pytest.raises(ValidationError):
        Withdrawal.model_validate({"verifier": VERIFIER, "purposes": []})
    done = Withdrawal.model_validate({"verifier": VERIFIER, "purposes": ["statistics", "alert", "alert"]})
    assert done.purposes == [Purpose.ALERT, Purpose.STATISTICS]


def test_feed_entries_carry_an_alert_only_for_upserts() -> None:
    alert_id = str(uuid.uuid4())
    alert = {
        "alert_id": alert_id,
        "version": 1,
        "region_ids": ["leeds"],
        "issued_on": "2026-03-01",
        "expires_on": "2026-03-31",
        "title": "t",
    }
    assert AlertFeedEntry.model_validate({"kind": "upsert", "alert_id": alert_id, "alert": alert}).alert
    with pytest.raises(ValidationError):
        AlertFeedEntry.model_validate({"kind": "upsert", "alert_id": alert_id})
    with pytest.raises(ValidationError):
        AlertFeedEntry.model_validate({"kind": "upsert", "alert_id": str(uuid.uuid4()), "alert": alert})
    with pytest.raises(ValidationError):
        AlertFeedEntry.model_validate({"kind": "expire", "alert_id": alert_id, "alert": alert})
    with pytest.raises(ValidationError):
        Alert.model_validate(dict(alert, expires_on="2026-02-28"))
    with pytest.raises(ValidationError):
        AlertFeed.model_validate({"entries": [], "next_cursor": "has space"})


def test_alert_signature_is_reserved_but_tolerated() -> None:
    alert = Alert.model_validate(
        {
            "alert_id": str(uuid.uuid4()),
            "version": 2,
            "region_ids": ["york", "leeds", "york"],
            "issued_on": "2026-03-01",
            "expires_on": "2026-03-01",
            "title": "t",
            "signature": "future-signature",
            "perpetrators": [{"phone_numbers": ["07700 900123"], "online_handles": ["@X"]}],
            "vehicles": [{"registration": "ab12"}, {}],
        }
    )
    assert alert.region_ids == ["leeds", "york"]
    assert (alert.phone_numbers(), alert.handles(), alert.plates()) == (["+447700900123"], ["x"], ["AB12"])


def test_stats_upload_has_one_row_per_month_and_region_and_drops_zero_counts() -> None:
    with pytest.raises(ValidationError, match="one row"):
        StatsUpload.model_validate({"rows": [{"month": "2026-02"}, {"month": "2026-02"}]})
    upload = StatsUpload.model_validate(
        {
            "rows": [
                {"month": "2026-02", "supplies": {"condoms": 0, "lube": 2}},
                {"month": "2026-01", "region_id": "york"},
            ]
        }
    )
    assert upload.rows[0].supplies == {"lube": 2}
    assert upload.months() == ["2026-01", "2026-02"]


def test_enrollment_and_audit_head_bounds() -> None:
    with pytest.raises(ValidationError):
        EnrollRequest.model_validate({"code": "short", "device_label": "Laptop"})
    with pytest.raises(ValidationError):
        EnrollRequest.model_validate({"code": "A" * 20, "device_label": "  "})
    with pytest.raises(ValidationError):
        AuditHead.model_validate({"sequence": -1, "chain_hash": VERIFIER})
    with pytest.raises(ValidationError):
        AuditHead.model_validate({"sequence": 1, "chain_hash": VERIFIER.upper()})


def test_models_are_frozen() -> None:
    section = StatisticsSection()
    with pytest.raises(ValidationError):
        section.police_told = True  # type: ignore[misc]


def test_validation_errors_never_echo_the_input(canary: str) -> None:
    attempts = [
        (SharedReport, _report(region_id=canary)),
        (SharedReport, _report(date=canary)),
        (SharedReport, _report(alert={"perpetrators": [{"name_used": canary * 10}]})),
        (SharedReport, _report(alert={"perpetrators": [{"phone_numbers": [canary]}]})),
        (SharedReport, _report(alert={"vehicles": [{"registration": canary}]})),
        (SharedReport, _report(alert={"summary": canary + "\ud800"})),
        (MonthlyStats, {"month": canary}),
        (EnrollRequest, {"code": canary, "device_label": canary * 3}),
    ]
    for model, raw in attempts:
        with pytest.raises(ValidationError) as caught:
            model.model_validate(raw)
        assert canary not in str(caught.value)
        assert canary not in describe_validation_error(caught.value)
        assert canary not in repr(caught.value.errors(include_input=False))
