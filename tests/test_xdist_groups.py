"""The xdist_group marks reach xdist's loadgroup scheduler (tests/xdist_groups.py)."""

from __future__ import annotations

import pytest


@pytest.mark.xdist_group("xdist_groups_self_check")
def test_a_marked_test_carries_its_group_in_its_id_on_a_loadgroup_worker(
    request: pytest.FixtureRequest,
) -> None:
    """Under `--dist loadgroup` (dev.py test) the id must end in "@<group>", or the scheduler
    hands the group's tests out one by one; elsewhere (no xdist, other modes) it must not."""
    on_loadgroup_worker = getattr(request.config.option, "loadgroup", False)
    assert request.node.nodeid.endswith("@xdist_groups_self_check") is on_loadgroup_worker
