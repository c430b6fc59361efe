"""Stateful property test of the outbox on a real SQLCipher database.

Random interleavings of consent, sharing, edits, confirmations of an edit, review, pushes
with every kind of outcome (receipt, park, retry, crash mid-send, restart), withdrawals by
code and narrowed consent must keep these promises:
- nothing is sent without consent (an item moved to `sending` holds only purposes the
  current consent gives);
- withdrawal always wins (no item that can still be sent holds a withdrawn purpose, and a
  late receipt never brings a withdrawn item back);
- any item that was ever `sending` gets a server withdrawal for what is withdrawn from it
  (it may have arrived even if no receipt did);
- an edit to a shared incident seals nothing until the person confirms it (no new item
  while the incident is `changed`), and at most one version of an incident is live or sent.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest
from hypothesis import event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from outreach_app.domain.enums import ConsentMethod, IncidentType, Purpose
from outreach_app.domain.models import Area, Incident, Perpetrator
from outreach_app.protocol.canonical import content_hash
from outreach_app.protocol.receipts import Receipt, ReceiptStatus
from outreach_app.protocol.reports import SharedReport
from outreach_app.sharing import outbox
from outreach_app.sharing.consent import ConsentError, SpentCodeError
from outreach_app.sharing.consent_store import current_consent
from outreach_app.sharing.errors import NeedsConsentAgainError, NoConsentError, NotChangedError
from outreach_app.sharing.outbox_states import LIVE
from outreach_app.sharing.outbox_states import OutboxState as S
from outreach_app.sharing.reconsent import confirm_edit, needs_consent_again, note_edit
from outreach_app.sharing.seal import REVIEW_REQUIRED_SETTING, seal_incident
from outreach_app.sharing.workflow import record_consent, withdraw_with_code
from outreach_app.storage.connection import transaction
from outreach_app.storage.repos import outbox as repo
from outreach_app.storage.repos.areas import add_area
from outreach_app.storage.repos.incidents import add_incident, get_incident, update_incident
from outreach_app.storage.repos.settings import set_setting
from tests.unit.sharing.conftest import open_migrated

purposes = st.frozensets(st.sampled_from(Purpose))
OUTCOMES = st.sampled_from(["sent", "duplicate", "parked", "retry", "crash"])


class OutboxMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="outbox-stateful-"))
        self.conn = open_migrated(self.folder / "vault.db", durable=False)
        self.clock = datetime(2025, 1, 1, tzinfo=UTC)
        self.incidents: list[UUID] = []
        self.codes: dict[UUID, str] = {}
        self.items_when_edited: dict[UUID, int] = {}

    def now(self) -> datetime:
        self.clock += timedelta(seconds=1)
        return self.clock

    @initialize()
    def make_incidents(self) -> None:
        area = Area(name="Centre", region_id="centre")
        add_area(self.conn, area)
        for index in range(2):
            incident = Incident(
                area_id=area.id,
                worker_initials="JK",
                occurred_at=datetime(2024, 12, 1 + index, 22, tzinfo=UTC),
                types=[IncidentType.THREATS_INTIMIDATION],
                perpetrators=[Perpetrator(phone_numbers=[f"07700 90012{index}"])],
                alert_summary=f"summary {index}",
            )
            add_incident(self.conn, incident)
            self.incidents.append(incident.id)

    def teardown(self) -> None:
        self.conn.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def granted(self, incident_id: UUID) -> frozenset[Purpose]:
        consent = current_consent(self.conn, incident_id)
        return consent.granted() if consent else frozenset()

    # --- rules ----------------------------------------------------------------------------

    @rule(which=st.integers(0, 1), chosen=purposes)
    def consent(self, which: int, chosen: frozenset[Purpose]) -> None:
        incident_id = self.incidents[which]
        before = self.granted(incident_id)
        outcome = record_consent(
            self.conn, incident_id, chosen, worker_initials="JK", method=ConsentMethod.VERBAL, now=self.now()
        )
        if outcome.code is not None:
            self.codes[incident_id] = outcome.code
        self.check_server_withdrawals(incident_id, before - chosen)

    @rule(which=st.integers(0, 1), chosen=purposes.filter(bool), then_push=st.booleans())
    def consent_and_share(self, which: int, chosen: frozenset[Purpose], then_push: bool) -> None:
        """The common path in one step, so short runs reach sending and withdrawal."""
        self.consent(which, chosen)
        self.share(which)
        if then_push:
            self.push(3, ["crash", "sent", "retry"])

    @rule(which=st.integers(0, 1))
    def share(self, which: int) -> None:
        incident_id = self.incidents[which]
        try:
            seal_incident(self.conn, incident_id, now=self.now())
        except NoConsentError:
            assert not self.granted(incident_id)
        except NeedsConsentAgainError:
            assert needs_consent_again(self.conn, incident_id)

    @rule(which=st.integers(0, 1), text=st.sampled_from(["a", "b", "c"]))
    def edit(self, which: int, text: str) -> None:
        """Saving an edit as the app does: the update and `note_edit` in one transaction."""
        incident_id = self.incidents[which]
        incident = get_incident(self.conn, incident_id)
        assert incident is not None
        with transaction(self.conn):
            update_incident(self.conn, incident.model_copy(update={"alert_summary": f"changed {text}"}))
            note_edit(self.conn, incident_id, now=self.now())

    @rule(which=st.integers(0, 1), chosen=purposes)
    def confirm(self, which: int, chosen: frozenset[Purpose]) -> None:
        """The person confirms the edited version (maybe narrower; wider or none is refused)."""
        incident_id = self.incidents[which]
        before = self.granted(incident_id)
        waiting = needs_consent_again(self.conn, incident_id)
        try:
            item = confirm_edit(
                self.conn,
                incident_id,
                chosen,
                worker_initials="JK",
                method=ConsentMethod.VERBAL,
                now=self.now(),
            ).item
        except NotChangedError:
            assert not waiting
            return
        except ConsentError:  # nothing chosen, or more than before: nothing changes
            assert waiting and (not chosen or not chosen <= before)
            assert self.granted(incident_id) == before
            return
        assert waiting and chosen <= before and set(item.purposes) == {p.value for p in chosen}
        assert not needs_consent_again(self.conn, incident_id)
        self.check_server_withdrawals(incident_id, before - chosen)
        event("an edit was confirmed and sealed")

    @rule(on=st.booleans())
    def review_setting(self, on: bool) -> None:
        set_setting(self.conn, REVIEW_REQUIRED_SETTING, on)

    @rule(approve=st.booleans())
    def review(self, approve: bool) -> None:
        for item in outbox.awaiting_review(self.conn):
            (outbox.approve if approve else outbox.reject)(self.conn, item.id, now=self.now())

    @rule(limit=st.integers(1, 3), outcomes=st.lists(OUTCOMES, min_size=3, max_size=3))
    def push(self, limit: int, outcomes: list[str]) -> None:
        out = outbox.items_to_send(self.conn, limit)
        moved = outbox.mark_sending(self.conn, [o.item_id for o in out], now=self.now())
        for item_id in moved:
            item = repo.get_item(self.conn, item_id)
            assert item is not None
            # nothing is sent without consent
            assert set(item.purposes) <= {p.value for p in self.granted(item.incident_id)}
            assert item.content_hash == content_hash(SharedReport.model_validate_json(item.payload))
        for item_id, outcome in zip(moved, outcomes, strict=False):
            item = repo.get_item(self.conn, item_id)
            assert item is not None
            if outcome in {"sent", "duplicate"}:
                status = ReceiptStatus.ACCEPTED if outcome == "sent" else ReceiptStatus.DUPLICATE
                receipt = Receipt(
                    report_id=item.report_id,
                    content_hash=item.content_hash,
                    status=status,
                    received_on=date(2025, 1, 1),
                )
                outbox.mark_sent(self.conn, item_id, receipt, now=self.now())
            elif outcome == "parked":
                outbox.mark_parked(self.conn, item_id, "rejected: unknown_region", now=self.now())
            elif outcome == "retry":
                outbox.mark_retry(self.conn, [item_id], "timeout", now=self.now())
            # "crash": left in sending until restart

    @rule()
    def restart(self) -> None:
        outbox.requeue_stale_sending(self.conn, now=self.now())

    @rule()
    def retry_parked(self) -> None:
        for item in repo.list_items(self.conn, [S.PARKED]):
            outbox.requeue_parked(self.conn, item.id, now=self.now())

    @precondition(lambda self: bool(self.codes))
    @rule(which=st.integers(0, 1), chosen=purposes.filter(bool))
    def withdraw(self, which: int, chosen: frozenset[Purpose]) -> None:
        incident_id = self.incidents[which]
        code = self.codes.get(incident_id)
        if code is None:
            return
        before = self.granted(incident_id)
        try:
            withdraw_with_code(self.conn, code, chosen, now=self.now())
        except SpentCodeError:
            assert not (chosen & before)
            return
        assert not (self.granted(incident_id) & chosen)
        self.check_server_withdrawals(incident_id, chosen & before)

    @rule(late_receipt=st.booleans())
    def push_withdrawals(self, late_receipt: bool) -> None:
        for pending in outbox.withdrawals_to_send(self.conn):
            outbox.mark_withdrawn(self.conn, pending.withdrawal_id, None, now=self.now())
        if late_receipt:  # a receipt for something withdrawn in flight must not revive it
            for item in repo.list_items(self.conn, [S.WITHDRAWN, S.WITHDRAWAL_PENDING]):
                receipt = Receipt(
                    report_id=item.report_id,
                    content_hash=item.content_hash,
                    status=ReceiptStatus.ACCEPTED,
                    received_on=date(2025, 1, 1),
                )
                outbox.mark_sent(self.conn, item.id, receipt, now=self.now())
                assert repo.get_item(self.conn, item.id).state == item.state  # type: ignore[union-attr]

    # --- promises -------------------------------------------------------------------------

    def check_server_withdrawals(self, incident_id: UUID, withdrawn: frozenset[Purpose]) -> None:
        """Every item that was ever sending has a server withdrawal covering what was withdrawn."""
        gone = {p.value for p in withdrawn}
        for item in repo.items_for_incident(self.conn, incident_id):
            hit = gone & set(item.purposes)
            if item.ever_sending and hit:
                asked = {
                    p for w in repo.withdrawals_for_report(self.conn, item.report_id) for p in w.purposes
                }
                assert hit <= asked, (item.state, hit, asked)

    @rule(
        which=st.integers(0, 1),
        text=st.sampled_from(["d", "e"]),
        drop=purposes,
        then_push=st.booleans(),
        first=purposes.filter(lambda p: Purpose.ALERT in p),
    )
    def edit_and_confirm(
        self, which: int, text: str, drop: frozenset[Purpose], then_push: bool, first: frozenset[Purpose]
    ) -> None:
        """The common path in one step: edit a shared incident (shared first with `first` if it
        never was), and the person confirms the edited version, maybe for fewer purposes."""
        if not repo.items_for_incident(self.conn, self.incidents[which]):
            self.consent_and_share(which, first, then_push)
        self.edit(which, text)
        before = self.granted(self.incidents[which])
        self.confirm(which, (before - drop) or before)
        if then_push:
            self.push(3, ["sent", "crash", "retry"])

    @invariant()
    def promises(self) -> None:
        """The five promises below after every step, over one read of the outbox: each read
        its own (six reads of each incident's items and two of the whole outbox a step, ~1/4
        of the test's CPU; issue 19). The checks only read, so they see the same rows."""
        by_incident = {each: repo.items_for_incident(self.conn, each) for each in self.incidents}
        every = repo.list_items(self.conn)
        self.an_edit_waits_for_the_person(by_incident)
        self.at_most_one_live_or_sent_version(by_incident)
        self.withdrawal_always_wins(by_incident)
        self.withdrawn_after_sending_went_through_the_server(
            [item for item in every if item.state in {S.WITHDRAWN, S.WITHDRAWAL_PENDING}]
        )
        self.every_transition_is_logged(every)

    def an_edit_waits_for_the_person(self, by_incident: dict[UUID, list[repo.OutboxRow]]) -> None:
        for incident_id, items in by_incident.items():
            count = len(items)
            if not needs_consent_again(self.conn, incident_id):
                self.items_when_edited.pop(incident_id, None)
                continue
            assert count == self.items_when_edited.setdefault(incident_id, count)

    def at_most_one_live_or_sent_version(self, by_incident: dict[UUID, list[repo.OutboxRow]]) -> None:
        for items in by_incident.values():
            current = [item for item in items if item.state in LIVE or item.state == S.SENT]
            assert len(current) <= 1, [(i.version, i.state) for i in current]

    def withdrawal_always_wins(self, by_incident: dict[UUID, list[repo.OutboxRow]]) -> None:
        for incident_id, items in by_incident.items():
            granted = {p.value for p in self.granted(incident_id)}
            for item in items:
                if item.state in LIVE:
                    assert set(item.purposes) <= granted, (item.state, item.purposes, granted)

    def withdrawn_after_sending_went_through_the_server(self, withdrawn: list[repo.OutboxRow]) -> None:
        for item in withdrawn:
            if item.ever_sending:
                assert repo.withdrawals_for_report(self.conn, item.report_id)
            if item.state == S.WITHDRAWAL_PENDING:
                assert item.ever_sending

    def every_transition_is_logged(self, every: list[repo.OutboxRow]) -> None:
        for item in every:
            log = repo.transitions(self.conn, item.id)
            assert log[0][0] == "draft"
            assert log[-1][1] == item.state
            assert all(a[1] == b[0] for a, b in itertools.pairwise(log))


OutboxMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=40, deadline=None)
test_outbox_promises = OutboxMachine.TestCase

# 60 runs of 40 steps on a real vault: one of the longest tests, so handed out first.
pytestmark = pytest.mark.slow
