from __future__ import annotations

import math
from datetime import UTC, datetime
from uuid import uuid4

import pytest

from outreach_app.domain.enums import ConsentMethod, Purpose
from outreach_app.protocol.verifier import (
    WITHDRAWAL_CODE_ALPHABET,
    WITHDRAWAL_CODE_LENGTH,
    withdrawal_verifier,
)
from outreach_app.sharing.consent import (
    PURPOSE_EXPLANATIONS,
    ConsentChange,
    ConsentError,
    SpentCodeError,
    explanation_text,
    give_consent,
    slip_text,
    withdraw_consent,
)
from outreach_app.sharing.outbox_states import (
    TERMINAL,
    TRANSITIONS,
    OutboxState,
    TransitionError,
    check_transition,
    withdrawal_target,
)

NOW = datetime(2025, 1, 1, tzinfo=UTC)


def test_a_withdrawal_code_carries_at_least_80_bits_from_an_unambiguous_alphabet() -> None:
    assert WITHDRAWAL_CODE_LENGTH * math.log2(len(WITHDRAWAL_CODE_ALPHABET)) >= 80
    assert not set("ILOU") & set(WITHDRAWAL_CODE_ALPHABET)
    _, code = give_consent(
        uuid4(), [Purpose.ALERT], worker_initials="JK", method=ConsentMethod.VERBAL, now=NOW
    )
    assert code is not None and [len(group) for group in code.split("-")] == [4, 4, 4, 4]


def test_only_the_verifier_is_kept_and_later_versions_keep_it() -> None:
    incident_id = uuid4()
    first, code = give_consent(
        incident_id, [Purpose.ALERT], worker_initials="JK", method=ConsentMethod.VERBAL, now=NOW
    )
    assert code is not None
    assert first.verifier == withdrawal_verifier(code)
    assert code.replace("-", "") not in first.model_dump_json()
    second, again = give_consent(
        incident_id,
        [Purpose.STATISTICS],
        worker_initials="MB",
        method=ConsentMethod.WRITTEN,
        now=NOW,
        previous=first,
    )
    assert again is None and second.version == 2 and second.change is ConsentChange.CHANGED
    assert second.verifier == first.verifier and second.granted() == {Purpose.STATISTICS}
    with pytest.raises(ConsentError):
        give_consent(uuid4(), [], worker_initials="JK", method=ConsentMethod.VERBAL, now=NOW, previous=first)


def test_withdrawal_turns_purposes_off_and_a_spent_code_is_refused() -> None:
    first, _ = give_consent(
        uuid4(),
        [Purpose.ALERT, Purpose.STATISTICS],
        worker_initials="JK",
        method=ConsentMethod.VERBAL,
        now=NOW,
    )
    after = withdraw_consent(first, [Purpose.ALERT], now=NOW)
    assert after.granted() == {Purpose.STATISTICS} and after.change is ConsentChange.WITHDRAWN
    with pytest.raises(SpentCodeError):
        withdraw_consent(after, [Purpose.ALERT, Purpose.POLICE_REFERRAL], now=NOW)


def test_every_purpose_is_explained_in_plain_words_and_the_slip_is_neutral() -> None:
    text = explanation_text()
    for purpose, explanation in PURPOSE_EXPLANATIONS.items():
        assert explanation.title in text and explanation.cannot_undo in text, purpose
    slip = slip_text("7KQ2-MX9D-4HTB-0WZR").lower()
    assert "7kq2-mx9d-4htb-0wzr" in slip
    for word in ("outreach", "charity", "project", "report", "police", "incident", "consent", "sex"):
        assert word not in slip


def test_state_machine_ends_and_withdrawal_targets() -> None:
    for state in TERMINAL:
        assert TRANSITIONS[state] == frozenset()
    check_transition(OutboxState.QUEUED, OutboxState.SENDING)
    with pytest.raises(TransitionError):
        check_transition(OutboxState.QUEUED, OutboxState.SENT)
    with pytest.raises(TransitionError):
        check_transition(OutboxState.WITHDRAWN, OutboxState.QUEUED)
    assert withdrawal_target(OutboxState.QUEUED, ever_sending=False) is OutboxState.WITHDRAWN
    assert withdrawal_target(OutboxState.QUEUED, ever_sending=True) is OutboxState.WITHDRAWAL_PENDING
    assert withdrawal_target(OutboxState.SENT, ever_sending=True) is OutboxState.WITHDRAWAL_PENDING
    assert withdrawal_target(OutboxState.WITHDRAWN, ever_sending=True) is None
    for state in OutboxState:
        target = withdrawal_target(state, ever_sending=True)
        if target is not None:
            check_transition(state, target)
