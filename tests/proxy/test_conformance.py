"""The proxy's checks of single exchanges, without a network."""

from __future__ import annotations

import typing as t

import pytest

from campfire_mock.errors import ParseError
from campfire_mock.proxy.conformance import Conformance, Violation, decode_json_body, unreadable

AUTH = {"authorization": "Token x"}


@pytest.fixture(scope="module")
def conformance(spec: dict[str, t.Any]) -> Conformance:
    return Conformance(spec)


def test_a_path_matches_with_or_without_its_trailing_slash(conformance: Conformance) -> None:
    """Routing and path parameters accept a path with its trailing slash toggled, as DRF's router does."""
    assert conformance.operation("GET", "/coa/api/vendor/") == "coa_api_vendor_list"
    assert conformance.operation("GET", "/coa/api/v1/invoice/5") == "coa_api_v1_invoice_retrieve"
    assert conformance.path_values("coa_api_v1_invoice_retrieve", "/coa/api/v1/invoice/5") == {"id": "5"}
    assert conformance.operation("GET", "/coa/api/v1/nothing/") is None


def test_a_non_integer_path_id_is_a_violation(conformance: Conformance) -> None:
    """A path id the spec types as an integer is checked after the cast, and named in the violation."""
    found = conformance.request("coa_api_v1_invoice_retrieve", "/coa/api/v1/invoice/abc/", "", AUTH, None, "")
    assert found == [
        Violation("coa_api_v1_invoice_retrieve", "request path parameter id", "A valid integer is required.")
    ]


def test_a_body_that_is_not_json_is_one_violation() -> None:
    """A request body that is not JSON is reported with the mock's own parse message."""
    with pytest.raises(ParseError) as caught:
        decode_json_body(b'{"lines": [')
    violation = unreadable("coa_api_v1_invoice_create", caught.value)
    assert violation.where == "request body"
    assert violation.what.startswith("JSON parse error - ")


def test_an_answer_that_is_not_json_is_a_violation(conformance: Conformance) -> None:
    """A JSON answer whose body does not parse is reported as such, with the status."""
    [found] = conformance.response("coa_api_v1_invoice_retrieve", 200, "application/json", b"<html>")
    assert (found.where, found.what.split(" (")[0]) == ("response 200 body", "not JSON")
