"""Every request example of the vendored spec works verbatim against the demo data."""

from __future__ import annotations

import typing as t

import pytest
from starlette.testclient import TestClient

from .test_every_operation import PLANS, SPEC, path_values

#: Path ids the examples themselves name, where they differ from the seeded object a path names by default.
EXAMPLE_IDS = {
    "coa_api_v1_invoice_update": {"id": 47864},
    "coa_api_v1_invoice_partial_update": {"id": 47864},
    # Mark Bill Paid pays 10,000.00 with ABC Bead Supply's memo 343: an open bill of that vendor owing 10,080.00.
    "coa_api_v1_bill_pay_create": {"bill_id": 31892},
}


def request_examples() -> t.Iterator[tuple[str, str, str, dict[str, t.Any]]]:
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if method == "parameters":
                continue
            content = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            for name, example in content.get("examples", {}).items():
                yield path, method, name, example["value"]


@pytest.mark.parametrize(
    ("path", "method", "name", "body"), list(request_examples()), ids=lambda v: v if isinstance(v, str) else ""
)
def test_request_example_is_accepted(
    client: TestClient, path: str, method: str, name: str, body: dict[str, t.Any]
) -> None:
    """The example gets the operation's documented success status."""
    op_id = SPEC["paths"][path][method]["operationId"]
    url = path
    for param, value in {**path_values(PLANS[op_id]), **EXAMPLE_IDS.get(op_id, {})}.items():
        url = url.replace("{" + param + "}", str(value))
    response = client.request(method.upper(), url, json=body)
    success = min(int(s) for s in SPEC["paths"][path][method]["responses"] if s.startswith("2"))
    assert response.status_code == success, response.text


def test_there_are_examples_to_check() -> None:
    """The upstream schema's request examples are all present (26 of them; its other 4 are its create and update
    answers' examples, which upstream lists among the requests' too: the spec keeps them on the answers only)."""
    assert len(list(request_examples())) == 26
