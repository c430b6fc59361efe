"""Modules with a slow test are handed out first, whole and in their own order."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from tests.ordering import slow_modules_first


def _item(module: str, name: str, *, slow: bool = False) -> Any:
    marker = SimpleNamespace(name="slow") if slow else None
    return SimpleNamespace(path=Path(module), name=name, get_closest_marker=lambda _name: marker)


def test_modules_with_a_slow_test_move_to_the_front_whole_and_in_order() -> None:
    items = [
        _item("a.py", "a1"),
        _item("b.py", "b1"),
        _item("b.py", "b2", slow=True),
        _item("c.py", "c1"),
        _item("d.py", "d1", slow=True),
        _item("d.py", "d2"),
    ]
    slow_modules_first(items)
    assert [item.name for item in items] == ["b1", "b2", "d1", "d2", "a1", "c1"]
