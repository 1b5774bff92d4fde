"""The mock conforms to both spec files: Schemathesis, in-process over ASGI, all checks.

Stateless: positive and negative data for the operations with hand-written rules and a sample
of the generic ones (``--deep``: every operation, with more cases). Stateful: sequences of calls
chained by the spec's links (create invoice -> retrieve/pay/void -> void payment ...).
"""

from __future__ import annotations

import os
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import positive_data_acceptance
from schemathesis.core.failures import Failure, FailureGroup

from campfire_mock import create_app
from campfire_mock.contract import is_drift
from campfire_mock.openapi.documents import load_spec, operations, packaged_spec
from campfire_mock.operations import sample_operation_ids

ROOT = Path(__file__).resolve().parents[1]
DEEP = os.environ.get("CAMPFIRE_TESTS_DEEP") == "1"
APP = create_app()

# The specs from their packaged JSON twins (equal to spec/*.yaml: tests/spec/test_spec_files.py), which load in
# milliseconds where the YAML takes seconds, in each xdist worker.
campfire = schemathesis.openapi.from_dict(load_spec(packaged_spec("campfire.openapi.yaml")))
campfire.app = APP
if not DEEP:
    _ids = [op["operationId"] for _, _, op in operations(load_spec(packaged_spec("campfire.openapi.yaml")))]
    campfire = campfire.include(operation_id=sample_operation_ids(_ids))
admin = schemathesis.openapi.from_dict(load_spec(packaged_spec("mock-admin.openapi.yaml")))
admin.app = APP
if not DEEP:
    # The coverage phase sends every boundary case the schema defines (max-examples does not bound it). Its
    # negative half was most of the suite's time, so the default run keeps the positive half for the control
    # API only; over Campfire's operations it cost 3.5x the rest of this test (64 of 90 CPU seconds), so it runs
    # with --deep, both halves, over every operation. Generated and explicit examples still run by default.
    for schema in (campfire, admin):
        schema.config.phases.coverage.generation.update(modes=[GenerationMode.POSITIVE])
    campfire.config.phases.coverage.enabled = False

EXAMPLES = 60 if DEEP else 8


def call_and_validate(case: schemathesis.Case) -> None:
    """``case.call_and_validate()``, counting what ``campfire-mock contract`` counts as drift: a form body the
    JSON schema forbids that the mock accepts is not (form fields carry no types, and DRF reads them so)."""
    response = case.call()
    try:
        case.validate_response(response)
    except FailureGroup as group:
        drift = [failure for failure in group.exceptions if is_drift(case.media_type, failure)]
        if drift:
            raise FailureGroup(drift, str(group)) from None
    except Failure as failure:
        if is_drift(case.media_type, failure):
            raise


#: A required multipart body of entry lines (intercompany entries: each line's account, entity and sides, all
#: text in a form) is one Hypothesis finds by filtering many drafts; the cases it finds are still checked.
@campfire.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
def test_campfire_api(case: schemathesis.Case) -> None:
    """Every Campfire operation, given positive and negative data, answers as the vendored spec says (every Schemathesis
    check)."""
    call_and_validate(case)


@admin.parametrize()
@settings(max_examples=EXAMPLES, deadline=None)
def test_control_api(case: schemathesis.Case) -> None:
    """Every control-API operation, given positive and negative data, answers as the control-API spec says (every
    Schemathesis check; a file's content URL is a 403 unless its signature is the one the twin made, which no schema
    can state, so a generated one is not expected to be accepted)."""
    if case.operation.path == "/__campfire_mock__/files/{id}/content":
        case.call_and_validate(excluded_checks=[positive_data_acceptance])
    else:
        case.call_and_validate()


CampfireWorkflows = campfire.as_state_machine()
CampfireWorkflows.TestCase.settings = settings(
    max_examples=100 if DEEP else 15, stateful_step_count=12 if DEEP else 6, deadline=None
)
TestCampfireWorkflows = CampfireWorkflows.TestCase
