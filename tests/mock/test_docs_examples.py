"""Every request example of the vendored spec works verbatim against the demo data."""

from __future__ import annotations

import typing as t

import pytest
from starlette.testclient import TestClient

from .test_invoices import SPEC

#: Path parameters for examples whose path has an id: the ids the examples themselves name.
PATH_IDS = {"invoice_id": "58700", "id": "47864"}


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
    url = path
    for param, value in PATH_IDS.items():
        url = url.replace("{" + param + "}", value)
    response = client.request(method.upper(), url, json=body)
    success = min(int(s) for s in SPEC["paths"][path][method]["responses"] if s.startswith("2"))
    assert response.status_code == success, response.text


def test_there_are_examples_to_check() -> None:
    """The upstream schema's request examples are all present (7 of them)."""
    assert len(list(request_examples())) == 7
