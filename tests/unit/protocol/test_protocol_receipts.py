"""Receipts prove delivery only for the right id and hash; a report's sections drop per purpose."""

from __future__ import annotations

import datetime as dt
import uuid

from outreach_app.domain.enums import Purpose
from outreach_app.protocol import (
    Receipt,
    ReceiptStatus,
    SharedReport,
    content_hash,
    matching_receipts,
    receipt_for,
)
from outreach_app.protocol.receipts import PARK_STATUSES, SENT_STATUSES


def _report() -> SharedReport:
    return SharedReport.model_validate(
        {
            "report_id": str(uuid.uuid4()),
            "region_id": "leeds",
            "date": "2026-03-14",
            "part_of_day": "night",
            "incident_types": ["non_payment"],
            "withdrawal_verifier": "ab" * 32,
            "statistics": {},
            "alert": {"summary": "x"},
        }
    )


def test_receipt_for_carries_the_content_hash() -> None:
    report = _report()
    receipt = receipt_for(report, ReceiptStatus.ACCEPTED, dt.date(2026, 3, 15))
    assert receipt.content_hash == content_hash(report)
    assert Receipt.model_validate_json(receipt.model_dump_json()) == receipt


def test_only_receipts_with_the_expected_id_and_hash_count() -> None:
    sent, other = _report(), _report()
    good = receipt_for(sent, ReceiptStatus.DUPLICATE, dt.date(2026, 3, 15))
    wrong_hash = good.model_copy(update={"content_hash": "0" * 64})
    stranger = receipt_for(other, ReceiptStatus.ACCEPTED, dt.date(2026, 3, 15))
    expected = {sent.report_id: content_hash(sent)}
    assert matching_receipts(expected, [wrong_hash, stranger]) == {}
    assert matching_receipts(expected, [wrong_hash, good, stranger]) == {sent.report_id: good}


def test_every_status_is_either_sent_or_parked() -> None:
    assert set(ReceiptStatus) == SENT_STATUSES | PARK_STATUSES
    assert not SENT_STATUSES & PARK_STATUSES


def test_without_drops_only_the_withdrawn_sections() -> None:
    report = _report()
    assert report.purposes() == {Purpose.ALERT, Purpose.STATISTICS}
    kept = report.without({Purpose.ALERT})
    assert "alert" not in kept and "statistics" in kept and kept["report_id"] == str(report.report_id)
