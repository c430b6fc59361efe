"""PySide6's `__feature__` import hook, taken out of the test processes.

Importing PySide6 (pytest-qt does, in every worker, at configure) replaces
`builtins.__import__` with shiboken's `__feature_import__`, which runs two Python functions
(`feature_import`, `feature_imported`) around every import statement the process executes,
to support `from __feature__ import snake_case, true_property`. Neither the app nor the tests
use `__feature__`, and the server, which the server and e2e tests drive in-process, never
imports PySide6 in production. Hypothesis, schemathesis, SQLAlchemy and pydantic execute
import statements inside functions on hot paths: ~300,000 in test_schemathesis alone, each
~2 us dearer through the hook (issue 19).

The hook wraps `__orig_import__` (PySide6's lazy loader of its own modules, which stays in
place); only the feature layer goes, once PySide6 is loaded, and it does not come back when
more Qt modules are imported.
"""

from __future__ import annotations

import builtins

FEATURE_HOOK = "__feature_import__"


def drop_feature_hook() -> bool:
    """Put back the import function shiboken's feature hook wraps; True if it was there."""
    current = builtins.__import__
    wrapped = getattr(builtins, "__orig_import__", None)
    if getattr(current, "__name__", "") != FEATURE_HOOK or wrapped is None:
        return False
    builtins.__import__ = wrapped
    return True
