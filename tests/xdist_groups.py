"""`@pytest.mark.xdist_group` kept working under `--dist loadgroup` (what `dev.py test` runs).

xdist's loadgroup scheduler sends tests to workers by their node id: a worker appends
"@<group>" to the id of each marked test, and the controller hands out the tests that share a
suffix as one unit. xdist 3.8 appends it by writing `item._nodeid`, which pytest 9.2 no longer
reads (node ids are structured, `item._id`): the suffix was lost and every marked test was
handed out alone, so a module-scoped fixture meant for one run was built on both workers
(pytest-dev/pytest-xdist#1386, fix proposed in #1388). `keep_groups` writes the suffix where
pytest reads it, on the workers of a loadgroup run only, and leaves an id that already has it.
tests/test_xdist_groups.py fails if the suffix goes missing again.
"""

from __future__ import annotations

import pytest
from _pytest.nodes import NodeId  # type: ignore[attr-defined]  # pytest 9.2 does not re-export it


def group_suffix(item: pytest.Item) -> str:
    """The "@name" suffix for the item's xdist_group marks, or "" (xdist's spelling: names
    sorted, joined by "_")."""
    names = {
        str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
        for mark in item.iter_markers("xdist_group")
    }
    return f"@{'_'.join(sorted(names))}" if names else ""


def keep_groups(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not getattr(config.option, "loadgroup", False):  # set on the workers of a loadgroup run
        return
    for item in items:
        suffix = group_suffix(item)
        if suffix and not item.nodeid.endswith(suffix):
            item._id = NodeId.parse(item.nodeid + suffix)


# The tests that fork real processes from tests/forks.py's fork server, on one worker: each
# process starts its own fork server at the first such test, which imports the server stack
# and the app (~1.4 CPU-s); handed out apart, both workers paid it (issue 19). The group holds
# ~30 CPU-s of mostly slow tests, so it is handed out among the first units (ordering.py).
FORK_SERVER = pytest.mark.xdist_group("fork_server")
