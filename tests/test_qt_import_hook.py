"""tests/qt_import_hook.py: PySide6's feature hook is out of the test process, its lazy
loader kept, and Qt still imports."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from typing import Any

import pytest

from tests import qt_import_hook


def test_the_running_process_imports_without_the_feature_hook() -> None:
    import PySide6.QtWidgets  # pytest-qt loaded PySide6 at configure; a later module too

    assert getattr(builtins.__import__, "__name__", "") != qt_import_hook.FEATURE_HOOK
    assert builtins.__import__ is builtins.__orig_import__  # type: ignore[attr-defined]
    assert PySide6.QtWidgets.QWidget.__name__ == "QWidget"


def _named(name: str) -> Callable[..., Any]:
    """An import function called `name` that imports as this process does (pytest imports
    while the test runs)."""
    real = builtins.__import__

    def hook(*args: Any, **kwargs: Any) -> Any:
        return real(*args, **kwargs)

    hook.__name__ = name
    return hook


def test_only_the_feature_hook_is_replaced_and_by_what_it_wraps(monkeypatch: pytest.MonkeyPatch) -> None:
    lazy, feature, other = _named("__lazy_import__"), _named("__feature_import__"), _named("someone_elses")
    monkeypatch.setattr(builtins, "__orig_import__", lazy, raising=False)
    monkeypatch.setattr(builtins, "__import__", feature)
    assert qt_import_hook.drop_feature_hook() is True
    assert builtins.__import__ is lazy
    monkeypatch.setattr(builtins, "__import__", other)
    assert qt_import_hook.drop_feature_hook() is False
    assert builtins.__import__ is other
