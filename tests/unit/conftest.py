"""Shared by every unit test: the test profile's Argon2id run once per passphrase and salt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from outreach_app.crypto import keyfile
from tests import kdf_memo


@pytest.fixture(autouse=True)
def _test_profile_derived_once() -> Iterator[None]:
    """tests/kdf_memo.py: ~1,200 derivations of a few keys a run, ~6 CPU-s (issue 19).

    Per test, not per session: a worker that runs GUI or server tests after these keeps the
    real function for them. Its own MonkeyPatch, so a test's `monkeypatch.undo()` leaves it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyfile, "derive_key", kdf_memo.remembered)
        yield
