"""HTTP-level errors: unknown routes and methods, bad JSON, unknown params, body limit."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from campfire_mock import create_app


def test_unknown_path_is_404(client: TestClient) -> None:
    """A path that is no operation is a 404 with DRF's ``Not found.``."""
    response = client.get("/coa/api/v1/nothing-here/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


def test_wrong_method_is_405(client: TestClient) -> None:
    """DELETE on the invoice list is not an operation."""
    response = client.delete("/coa/api/v1/invoice/")
    assert response.status_code == 405
    assert response.json() == {"detail": 'Method "DELETE" not allowed.'}
    assert response.headers["Allow"] == "GET, POST"


def test_invalid_json_is_400(client: TestClient) -> None:
    """A malformed JSON body is a 400 with DRF's ParseError: ``{"detail": "JSON parse error - ..."}``."""
    response = client.post("/coa/api/v1/invoice/", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("JSON parse error - Expecting property name")


def test_json_null_body_is_400(client: TestClient) -> None:
    """A JSON ``null`` where an object is expected is a 400 with DRF's "Expected a dictionary" message."""
    response = client.post("/coa/api/entity", content=b"null", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json() == {"non_field_errors": ["Invalid data. Expected a dictionary, but got null."]}


def test_undecodable_body_is_400(client: TestClient) -> None:
    """A body that is not valid UTF-8 is a 400 with DRF's JSON parse error."""
    response = client.post("/coa/api/entity", content=b"\xe0", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("JSON parse error")


def test_unknown_query_parameters_are_ignored_as_drf_does(client: TestClient) -> None:
    """Campfire is a DRF service: a query parameter a view does not read is ignored, so the
    ``?format=json`` that DRF clients (and Campfire's own schema URL) send works."""
    plain = client.get("/coa/api/v1/invoice/", params={"limit": 3}).json()
    assert (
        client.get("/coa/api/v1/invoice/", params={"limit": 3, "format": "json"}).json()["results"] == plain["results"]
    )
    assert client.get("/coa/api/v1/invoice/47864/", params={"colour": "red"}).status_code == 200


@pytest.mark.parametrize("compiled", [True, False], ids=["compiled path", "Connexion path"])
def test_strict_params_names_an_unknown_query_parameter(compiled: bool) -> None:
    """``--strict-params`` (``strict_params=True``) catches typos: 400 naming the parameter."""
    strict = TestClient(create_app(strict_params=True, compiled_path=compiled), headers={"Authorization": "Token s"})
    response = strict.get("/coa/api/v1/invoice/", params={"colour": "red"})
    assert response.status_code == 400
    assert response.json() == {"colour": ["Unknown query parameter."]}
    assert strict.get("/coa/api/v1/invoice/", params={"limit": 2}).status_code == 200


def test_non_integer_path_id_is_404(client: TestClient) -> None:
    """As in DRF, an id that is not a number finds nothing."""
    response = client.get("/coa/api/v1/invoice/abc/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


def test_body_over_limit_is_413() -> None:
    """Bodies larger than the configured limit are refused before parsing."""
    small = TestClient(create_app(max_body_bytes=1000), headers={"Authorization": "Token t"})
    response = small.post("/coa/api/v1/invoice/", content=b"x" * 2000, headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.json() == {"detail": "Request body exceeds the limit of 1000 bytes."}


def test_two_apps_do_not_share_state() -> None:
    """Each create_app() has its own store."""
    a = TestClient(create_app(), headers={"Authorization": "Token t"})
    b = TestClient(create_app(), headers={"Authorization": "Token t"})
    a.delete("/coa/api/v1/invoice/145006/")
    assert a.get("/coa/api/v1/invoice/145006/").status_code == 404
    assert b.get("/coa/api/v1/invoice/145006/").status_code == 200


def test_interactive_docs_work_offline(client: TestClient) -> None:
    """/ui serves Swagger UI from local assets, offering both documents: Campfire's API (``/openapi.json``)
    and the control API's (``/__campfire_mock__/openapi.json``), each holding only its own paths."""
    page = client.get("/ui/")
    assert page.status_code == 200
    assert 'src="./swagger-ui-bundle.js"' in page.text
    assert client.get("/ui/swagger-ui-bundle.js").status_code == 200
    offered = {u["name"]: u["url"] for u in client.get("/ui/swagger-ui-config.json").json()["urls"]}
    assert offered == {
        "Campfire API": "../openapi.json",
        "campfire-mock control API": "../__campfire_mock__/openapi.json",
    }
    spec = client.get("/openapi.json").json()
    assert "/coa/api/v1/invoice/" in spec["paths"]
    assert not [p for p in spec["paths"] if p.startswith("/__campfire_mock__/")]
    admin = client.get("/__campfire_mock__/openapi.json").json()
    assert "/__campfire_mock__/reset" in admin["paths"] and "/coa/api/v1/invoice/" not in admin["paths"]


@pytest.mark.parametrize(("compiled", "validate"), [(True, True), (False, True), (True, False), (False, False)])
def test_error_body_takes_the_shape_the_operation_declares(compiled: bool, validate: bool) -> None:
    """Reconciliation confirm declares its 404 as ``{"error": ...}`` (upstream's ErrorResponse), not DRF's
    ``{"detail": ...}``: the mock's 404 says the same words under that field, on both paths, with or without
    response validation; other operations keep DRF's."""
    app = create_app(compiled_path=compiled, validate_responses=validate)
    client = TestClient(app, headers={"Authorization": "Token shape"})
    for reconciliation in ("987654", "not-a-number", "9" * 30):
        missing = client.post(
            f"/coa/api/v2/reconciliation/{reconciliation}/transactions/confirm", json={"selected": [1]}
        )
        assert missing.status_code == 404, reconciliation
        assert set(missing.json()) == {"error"} and missing.json()["error"], reconciliation
    assert client.get("/coa/api/v1/invoice/987654/").json().keys() == {"detail"}


@pytest.mark.parametrize("compiled", [True, False])
def test_an_unknown_field_holding_an_integer_beyond_int64_is_ignored(compiled: bool) -> None:
    """An integer below int64 deep in a field the operation does not declare is ignored, as DRF ignores the
    field, on both request paths (it once crashed encoding int keys: a 500; then it was a 400)."""
    client = TestClient(create_app(compiled_path=compiled), headers={"Authorization": "Token nested"})
    body = b'{"bundle_name": "b", "lines": [], "x": [1, 2, [-9223372036854775809]]}'
    response = client.post("/rr/api/v1/product-bundles", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 201
    assert response.json()["bundle_name"] == "b" and "x" not in response.json()
