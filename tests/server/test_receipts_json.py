"""The intake's hand-written receipts body is exactly what pydantic would serialise."""

from __future__ import annotations

import datetime as dt
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_app.protocol.envelopes import EnvelopeReceipt, EnvelopeReceipts
from outreach_app.protocol.receipts import Reason, ReceiptReasonCode, ReceiptStatus
from outreach_app.server.api.routes.envelopes import _REASONS, receipts_json
from outreach_app.server.db.envelopes import Answer
from outreach_app.server.db.prepared import PreparedEnvelopes

_codes = st.one_of(st.none(), st.sampled_from(sorted(_REASONS)))
_answers = st.tuples(
    st.sampled_from(list(ReceiptStatus)), _codes, st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31))
)
_items = st.lists(st.tuples(st.uuids(version=4), st.binary(min_size=32, max_size=32), _answers), max_size=30)


def _prepared(ids: list[str], hashes: list[str]) -> PreparedEnvelopes:
    """Only ids and hashes matter to the receipts."""
    n = len(ids)
    return PreparedEnvelopes(
        ids,
        ["o"] * n,
        ["north"] * n,
        ["alert"] * n,
        ["d"] * n,
        ["2026-03"] * n,
        hashes,
        [None] * n,
        ["0" * 64] * n,
        [b""] * n,
    )


def _expected(items: list[tuple[uuid.UUID, bytes, Answer]]) -> bytes:
    receipts = [
        EnvelopeReceipt(
            envelope_id=envelope_id,
            content_hash=digest.hex(),
            status=status,
            reason=None if code is None else Reason(code=code.value, message=_REASONS[code]),
            received_on=day,
        )
        for envelope_id, digest, (status, code, day) in items
    ]
    return EnvelopeReceipts(receipts=receipts).model_dump_json(exclude_none=True).encode()


@settings(deadline=None, max_examples=200)
@given(_items)
def test_receipts_json_is_pydantics_serialisation_byte_for_byte(
    items: list[tuple[uuid.UUID, bytes, Answer]],
) -> None:
    body = receipts_json(
        _prepared([str(envelope_id) for envelope_id, _, _ in items], [d.hex() for _, d, _ in items]),
        [answer for _, _, answer in items],
    )
    assert body == _expected(items)
    parsed = EnvelopeReceipts.model_validate_json(body)
    assert [r.envelope_id for r in parsed.receipts] == [envelope_id for envelope_id, _, _ in items]


def test_every_reason_code_the_server_answers_has_a_message() -> None:
    answered = {
        ReceiptReasonCode.ID_CONFLICT,
        ReceiptReasonCode.UNKNOWN_REGION,
        ReceiptReasonCode.WRONG_ORG,
        ReceiptReasonCode.UNKNOWN_DESK,
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
    (receipt,) = EnvelopeReceipts.model_validate_json(body).receipts
    assert receipt.reason == Reason(code="unknown_region", message=_REASONS[ReceiptReasonCode.UNKNOWN_REGION])
    assert receipt.received_on == dt.date(2026, 3, 2)
