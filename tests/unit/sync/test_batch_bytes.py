"""A batch's body stays under the byte limit, counted in UTF-8 bytes (not characters)."""

from __future__ import annotations

from outreach_app.storage.repos.sync_outbox import QueuedItem
from outreach_app.sync.engine import _by_size


def _item(n: int, payload: str) -> QueuedItem:
    return QueuedItem(str(n), f"report-{n}", payload, "hash")


def test_batches_are_cut_by_encoded_bytes_whatever_the_characters() -> None:
    ascii_items = [_item(n, "a" * 100) for n in range(5)]
    accented = [_item(n, "é" * 100) for n in range(5)]  # 100 characters, 200 bytes each
    # 16 bytes of envelope, then each payload plus its comma: 101 (ASCII) or 201 bytes.
    assert [len(b) for b in _by_size(ascii_items, 16 + 3 * 101)] == [3, 2]
    assert [len(b) for b in _by_size(accented, 16 + 3 * 101)] == [1, 1, 1, 1, 1]
    assert [len(b) for b in _by_size(accented, 16 + 2 * 201)] == [2, 2, 1]
    mixed = [_item(0, "a" * 100), _item(1, "é" * 100), _item(2, "a" * 100)]
    assert [[i.item_id for i in b] for b in _by_size(mixed, 16 + 101 + 201)] == [["0", "1"], ["2"]]
    assert _by_size([_item(0, "x" * 1000)], 10) == [[_item(0, "x" * 1000)]]  # one item at least
