"""Schemathesis (pinned 4.32.5) against the real server's OpenAPI schema, as an enrolled device.

All default checks, a fixed seed and a bounded number of examples per operation, so the
run is repeatable and short. The device is re-enrolled for each operation (DELETE
/v2/device revokes it). One server and database serve every operation of the module (and
the check of the schema it serves): starting one per operation cost ~0.1-0.3 CPU-s each, 32
times (issue 19). The operations run as a device, so none of them can change another
device, its organisation or the server's settings; what one leaves behind (envelopes,
stats, withdrawals of random verifiers) is data any server holds while another device calls.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, seed, settings

from outreach_app.server.app import create_app
from outreach_app.server.core.config import ServerSettings
from tests.server.device_keys import signed_in_headers
from tests.server_harness import ServerHandle, default_tls, running_server

# On one xdist worker: handed out apart, both workers started the module's server and built
# the schema's operations (~0.7 CPU-s a run, issue 19).
pytestmark = pytest.mark.xdist_group("schemathesis")

MAX_EXAMPLES = 25
SEED = 20260304


@pytest.fixture(scope="module")
def st_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerHandle]:
    """The module's server, /openapi.json served (`test_the_served_schema_is_the_one_tested`);
    it is not one of the operations the schema lists, so no conformance test calls it."""
    folder = tmp_path_factory.mktemp("schemathesis")
    with running_server(folder, org_regions=("north", "south"), openapi=True) as server:
        yield server


@pytest.fixture
def st_headers(st_server: ServerHandle) -> dict[str, str]:
    code = st_server.make_enroll_code()
    # One client for the four requests: each client loads the CA bundle (~23 ms of CPU).
    with httpx.Client(verify=default_tls(), base_url=st_server.url) as client:
        reply = client.post(
            "/v2/enroll",
            json={"code": code, "device_label": "Schemathesis", "request_id": str(uuid.uuid4())},
        )
        assert reply.status_code == 200, reply.text
        return signed_in_headers(client, reply.json())


# The schema the app serves at /openapi.json (building the app opens no database connection).
# Loaded at import so pytest can parametrize by operation; `from_fixture` does not work with
# pytest 9 in this schemathesis version.
# A copy of the app's own: what the served one is compared with, as the app built it.
OPENAPI = create_app(ServerSettings(db_url="sqlite:///:memory:")).openapi()
schema = schemathesis.openapi.from_dict(copy.deepcopy(OPENAPI))
# Two documented additions to the default checks' accepted statuses:
# - schema-violating data may get 413: the protocol answers a batch over its maximum size with
#   413 (the client splits it), not 422;
# - schema-valid data may get 422: the models hold rules a JSON Schema does not express
#   (age_min <= age_max, at least one purpose section, distinct ids, UUID version 4, months
#   as YYYY-MM, stable normal forms of phone numbers, strict integers: 5.0 is refused), and
#   the protocol's answer to JSON that does not fit the model is 422.
_checks = schema.config.checks
_checks.negative_data_rejection = type(_checks.negative_data_rejection)(
    expected_statuses=[*_checks.negative_data_rejection.expected_statuses, "413"]
)
_checks.positive_data_acceptance = type(_checks.positive_data_acceptance)(
    expected_statuses=[*_checks.positive_data_acceptance.expected_statuses, "422"]
)


@schema.hook
def filter_query(_context: Any, query: dict[str, Any] | None) -> bool:
    """Drop generated queries that cannot reach the server as generated.

    A parameter whose value is an empty list is sent as nothing at all, so a negative case
    whose only violation is such an extra parameter arrives as a valid request, and the
    200 it gets would be reported as "schema-violating request accepted". Which examples
    Hypothesis draws varies with the process's string hashing, so this showed up only in
    some runs.
    """
    return not query or all(value != [] for value in query.values())


# One pytest parameter per operation, through pytest's own parametrize: the items that
# `schema.parametrize()` makes all share one node id, so under xdist eight of the nine were
# counted once and the run's summary did not add up to what was collected.
OPERATIONS = [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("operation", OPERATIONS, ids=[operation.label for operation in OPERATIONS])
def test_api_conforms_to_its_schema(
    operation: Any, st_server: ServerHandle, st_headers: dict[str, str]
) -> None:
    @given(case=operation.as_strategy())
    @seed(SEED)
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def conforms(case: Any) -> None:
        case.call_and_validate(base_url=st_server.url, headers=st_headers, session=session)

    # One session (its kept connection) for the operation's calls: without it schemathesis
    # makes a session, and with it a new connection the server accepts, for every call.
    with requests.Session() as session:
        conforms()


def test_the_served_schema_is_the_one_tested(st_server: ServerHandle) -> None:
    served = httpx.get(f"{st_server.url}/openapi.json", verify=default_tls()).json()
    assert served == OPENAPI
