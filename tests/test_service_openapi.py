"""The live server checked against its own OpenAPI description by schemathesis: for requests
generated from /openapi.json, no server error, and every status, media type and JSON body
is one the description declares."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.test_service_server import LiveServer, live_server

EXAMPLES_PER_OPERATION = 10
# Any string is a schema-valid `query`, and nearly every random one is malformed SPARQL: a
# 400 for it is right, so "schema-valid data is accepted" does not apply here.
NOT_FOR_A_QUERY_LANGUAGE = [positive_data_acceptance]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with live_server(tmp_path_factory.mktemp("openapi"), "--query-timeout", "5", "--row-cap", "200") as live:
        yield live


def test_service_openapi_describes_what_the_server_answers(server: LiveServer) -> None:
    schema = schemathesis.openapi.from_url(server.url + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    for operation in operations:
        _check(operation)


def _check(operation) -> None:  # noqa: ANN001 - a schemathesis APIOperation
    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck))
    def conforms(case) -> None:  # noqa: ANN001
        case.call_and_validate(timeout=30, excluded_checks=NOT_FOR_A_QUERY_LANGUAGE)

    conforms()
