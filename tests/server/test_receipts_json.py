"""The intake's hand-written receipts body is exactly what pydantic would serialise."""

from __future__ import annotations

import datetime as dt
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_app.protocol.receipts import BatchReceipts, Reason, Receipt, ReceiptReasonCode, ReceiptStatus
from outreach_app.server.db.reports import _REASONS, Answer, PreparedBatch, receipts_json

_codes = st.one_of(st.none(), st.sampled_from(sorted(_REASONS)))
_answers = st.tuples(
    st.sampled_from(list(ReceiptStatus)), _codes, st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31))
)
_items = st.lists(st.tuples(st.uuids(version=4), st.binary(min_size=32, max_size=32), _answers), max_size=30)


def _prepared(ids: list[str], hashes: list[str]) -> PreparedBatch:
    """Only ids and hashes matter to the receipts."""
    n = len(ids)
    day = dt.date(2026, 1, 1).toordinal()
    return PreparedBatch(ids, [""] * n, hashes, ["north"] * n, ["0" * 64] * n, [day] * n, [None] * n)


def _expected(items: list[tuple[uuid.UUID, bytes, Answer]]) -> bytes:
    receipts = [
        Receipt(
            report_id=report_id,
            content_hash=digest.hex(),
            status=status,
            reason=None if code is None else Reason(code=code.value, message=_REASONS[code]),
            received_on=day,
        )
        for report_id, digest, (status, code, day) in items
    ]
    return BatchReceipts(receipts=receipts).model_dump_json(exclude_none=True).encode()


@settings(deadline=None, max_examples=200)
@given(_items)
def test_receipts_json_is_pydantics_serialisation_byte_for_byte(
    items: list[tuple[uuid.UUID, bytes, Answer]],
) -> None:
    body = receipts_json(
        _prepared([str(report_id) for report_id, _, _ in items], [d.hex() for _, d, _ in items]),
        [answer for _, _, answer in items],
    )
    assert body == _expected(items)
    parsed = BatchReceipts.model_validate_json(body)
    assert [r.report_id for r in parsed.receipts] == [report_id for report_id, _, _ in items]


def test_every_reason_code_the_server_answers_has_a_message() -> None:
    answered = {
        ReceiptReasonCode.ID_CONFLICT,
        ReceiptReasonCode.UNKNOWN_REGION,
        ReceiptReasonCode.DATE_IN_FUTURE,
        ReceiptReasonCode.DATE_TOO_OLD,
        ReceiptReasonCode.TOMBSTONE,
        ReceiptReasonCode.SUPERSEDED,
    }
    assert set(_REASONS) == answered
    body = receipts_json(
        _prepared([str(uuid.uuid4())], ["ab" * 32]),
        [(ReceiptStatus.REJECTED, ReceiptReasonCode.UNKNOWN_REGION, dt.date(2026, 3, 2))],
    )
    (receipt,) = BatchReceipts.model_validate_json(body).receipts
    assert receipt.reason == Reason(code="unknown_region", message=_REASONS[ReceiptReasonCode.UNKNOWN_REGION])
    assert receipt.received_on == dt.date(2026, 3, 2)
