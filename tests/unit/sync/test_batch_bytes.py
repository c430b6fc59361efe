"""A batch stays under the envelope count and the byte limit, and an item's envelopes travel
together (the item is settled from the batch's receipts)."""

from __future__ import annotations

from outreach_app.storage.repos.sync_outbox import PendingEnvelope, QueuedItem
from outreach_app.sync.envelope_push import _batches

OVERHEAD = PendingEnvelope("", "", "", "").body_bytes  # the JSON around one envelope


def _item(n: int, *sizes: int) -> QueuedItem:
    envelopes = tuple(PendingEnvelope(f"e{n}.{k}", "hash", "h" * size, "") for k, size in enumerate(sizes))
    return QueuedItem(str(n), f"report-{n}", True, envelopes)


def _ids(batches: list[list[QueuedItem]]) -> list[list[str]]:
    return [[item.item_id for item in batch] for batch in batches]


def test_batches_are_cut_by_envelope_count_keeping_each_items_envelopes_together() -> None:
    items = [_item(0, 10), _item(1, 10, 10, 10), _item(2, 10), _item(3, 10, 10)]
    assert _ids(_batches(items, 3, 10**6)) == [["0"], ["1"], ["2", "3"]]
    assert _ids(_batches(items, 4, 10**6)) == [["0", "1"], ["2", "3"]]
    assert _ids(_batches([_item(0, 10, 10, 10)], 1, 10**6)) == [["0"]]  # one item at least


def test_batches_are_cut_by_body_bytes() -> None:
    one = 100 + OVERHEAD
    items = [_item(n, 100) for n in range(5)]
    assert _ids(_batches(items, 500, 16 + 3 * one)) == [["0", "1", "2"], ["3", "4"]]
    assert _ids(_batches(items, 500, 16 + 3 * one - 1)) == [["0", "1"], ["2", "3"], ["4"]]
    assert _ids(_batches([_item(0, 10_000)], 500, 10)) == [["0"]]  # one item at least
