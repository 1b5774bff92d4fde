"""Fuzzing: no request hurts the server or changes state unless it succeeds.

Schemathesis sends positive and negative data to every operation of both specs; a handful
of hand-made hostile requests (non-JSON numbers, deep nesting, huge ids, dates reports
cannot bucket, oversized forms, crafted snapshots) follow. Every answer must be below 500,
and every rejected request (4xx) must leave the workspace's snapshot exactly as it was.
"""

from __future__ import annotations

import os
import typing as t
from pathlib import Path

import pytest
import schemathesis
from hypothesis import settings
from schemathesis import GenerationMode
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.openapi.documents import load_spec, packaged_spec

ROOT = Path(__file__).resolve().parents[1]
DEEP = os.environ.get("CAMPFIRE_TESTS_DEEP") == "1"
APP = create_app()
#: The key schemathesis.toml sends.
TOKEN = "contract-tests"

# From the packaged JSON twins of spec/*.yaml (equal: tests/spec/test_spec_files.py): milliseconds, not seconds.
campfire = schemathesis.openapi.from_dict(load_spec(packaged_spec("campfire.openapi.yaml")))
admin = schemathesis.openapi.from_dict(load_spec(packaged_spec("mock-admin.openapi.yaml")))
for schema in (campfire, admin):
    schema.app = APP
    # Only invalid data: test_server.py covers valid data; here every case should be refused.
    schema.config.generation.update(modes=[GenerationMode.NEGATIVE])
    # Every negative boundary case the schema defines (the coverage phase) only with --deep: the default run's
    # negative cases are the generated ones (examples and fuzzing phases).
    schema.config.phases.coverage.enabled = DEEP


def snapshot() -> dict[str, t.Any]:
    return APP.store.workspace(TOKEN).snapshot()


def check(status: int, before: dict[str, t.Any], what: str) -> None:
    assert status < 500, f"{what} answered {status}"
    if status >= 400:
        assert snapshot() == before, f"{what} was rejected with {status} but changed the workspace"


def run(case: schemathesis.Case) -> None:
    before = snapshot()
    response = case.call()
    check(response.status_code, before, f"{case.method} {case.formatted_path}")


@campfire.parametrize()
@settings(max_examples=40 if DEEP else 5, deadline=None)
def test_campfire_api_rejections_change_nothing(case: schemathesis.Case) -> None:
    """Negative data for every Campfire operation answers below 500, and a rejected request leaves the workspace's
    snapshot unchanged."""
    run(case)


@admin.parametrize()
@settings(max_examples=40 if DEEP else 5, deadline=None)
def test_control_api_rejections_change_nothing(case: schemathesis.Case) -> None:
    """Negative data for every control-API operation answers below 500, and a rejected request leaves the workspace's
    snapshot unchanged."""
    run(case)


INVOICES = "/coa/api/v1/invoice/"
JSON = {"content-type": "application/json"}
NEW = '{"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42, "lines": [%s]}'
HOSTILE: list[tuple[str, str, dict[str, t.Any]]] = [
    ("POST", INVOICES, {"content": NEW % '{"amount": NaN}', "headers": JSON}),
    ("POST", INVOICES, {"content": NEW % '{"amount": 1e999}', "headers": JSON}),
    ("POST", INVOICES, {"content": '{"lines": ' + "[" * 5000 + "]" * 5000 + "}", "headers": JSON}),
    ("POST", INVOICES, {"content": NEW % '{"amount": 5, "product": 99999999999999999999999}', "headers": JSON}),
    ("POST", INVOICES, {"content": (NEW % '{"amount": 5}').replace("2026-02-09", "10000-01-01"), "headers": JSON}),
    (
        "POST",
        INVOICES,
        {
            "content": "&".join(f"k{i}=v" for i in range(5000)),
            "headers": {"content-type": "application/x-www-form-urlencoded"},
        },
    ),
    (
        "PATCH",
        f"{INVOICES}145004/",
        {"content": '{"lines": [' + ",".join(['{"amount": 1}'] * 1001) + "]}", "headers": JSON},
    ),
    ("POST", f"{INVOICES}145004/pay/", {"content": '{"empty_transactions": [{"amount": -Infinity}]}', "headers": JSON}),
    (
        "GET",
        "/coa/api/v1/invoice/report/preview",
        {"params": {"group_fields": "invoice_date_week", "start_date": "9999-99-99"}},
    ),
    ("GET", f"{INVOICES}99999999999999999999999/", {}),
    ("GET", INVOICES, {"params": {"client": "99999999999999999999999", "limit": "1e9", "offset": "-1"}}),
    ("POST", "/__campfire_mock__/clock", {"content": '{"now": "9999-12-31"}', "headers": JSON}),
    (
        "POST",
        "/__campfire_mock__/snapshot",
        {"content": '{"format": "campfire-mock-snapshot/1", "objects": {"invoice": [{"id": 1}]}}', "headers": JSON},
    ),
    (
        "POST",
        "/__campfire_mock__/seed",
        {"content": '{"data": {"objects": {"invoice": [{"lines": 5}]}}}', "headers": JSON},
    ),
    (
        "POST",
        "/__campfire_mock__/invoice-reports",
        {"content": '{"name": "x", "query": {"group_fields": "nope"}}', "headers": JSON},
    ),
]


@pytest.mark.parametrize(("method", "path", "options"), HOSTILE)
def test_hostile_requests_are_refused_cleanly(method: str, path: str, options: dict[str, t.Any]) -> None:
    """Each hand-made hostile request gets a 4xx and leaves the workspace as it was."""
    with TestClient(APP, headers={"Authorization": f"Token {TOKEN}"}, raise_server_exceptions=False) as client:
        before = snapshot()
        response = client.request(method, path, **options)
        check(response.status_code, before, f"{method} {path}")
        assert 400 <= response.status_code < 500, response.text
