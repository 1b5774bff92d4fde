"""Authentication, per-token workspaces and Campfire's roles."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.http.auth import load_tokens

INVOICE = "/coa/api/v1/invoice/47864/"
DRAFT = {
    "invoice_date": "2026-01-10",
    "due_date": "2026-02-09",
    "entity": 54,
    "client": 42,
    "payment_status": "draft",
    "lines": [{"product": 1, "quantity": 1}],
}


@pytest.fixture(scope="module")
def open_app() -> TestClient:
    return TestClient(create_app())


def test_missing_header_is_401(open_app: TestClient) -> None:
    """No Authorization header: DRF's 'not provided' message."""
    response = open_app.get(INVOICE)
    assert response.status_code == 401
    assert response.json() == {"detail": "Authentication credentials were not provided."}


def test_malformed_header_is_401(open_app: TestClient) -> None:
    """A header that is not 'Token <key>' is refused."""
    response = open_app.get(INVOICE, headers={"Authorization": "Basic abc"})
    assert response.status_code == 401
    assert response.json() == {"detail": "Invalid token header. Use 'Token <key>'."}


def test_bearer_is_accepted_too(open_app: TestClient) -> None:
    """Campfire's Quickstart documents Bearer; the same key is the same workspace."""
    created = open_app.post("/coa/api/v1/invoice/", json=DRAFT, headers={"Authorization": "Bearer shared"}).json()
    response = open_app.get(f"/coa/api/v1/invoice/{created['id']}/", headers={"Authorization": "Token shared"})
    assert response.status_code == 200


def test_workspaces_are_isolated(open_app: TestClient) -> None:
    """What one token creates, another token cannot see."""
    created = open_app.post("/coa/api/v1/invoice/", json=DRAFT, headers={"Authorization": "Token alice"}).json()
    response = open_app.get(f"/coa/api/v1/invoice/{created['id']}/", headers={"Authorization": "Token bob"})
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


@pytest.fixture(scope="module")
def roles_app(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    path: Path = tmp_path_factory.mktemp("tokens") / "tokens.toml"
    path.write_text('[tokens]\nboss = "admin"\nbob = "clerk"\neve = "view_only"\n')
    return TestClient(create_app(tokens=load_tokens(path)))


def test_unknown_token_is_401_when_tokens_are_listed(roles_app: TestClient) -> None:
    """With --tokens, only listed keys get in."""
    response = roles_app.get(INVOICE, headers={"Authorization": "Token mallory"})
    assert response.status_code == 401
    assert response.json() == {"detail": "Invalid token."}


def test_view_only_can_read_but_not_write(roles_app: TestClient) -> None:
    """view_only: GET works, POST is 403."""
    headers = {"Authorization": "Token eve"}
    assert roles_app.get(INVOICE, headers=headers).status_code == 200
    response = roles_app.post("/coa/api/v1/invoice/", json=DRAFT, headers=headers)
    assert response.status_code == 403
    assert response.json() == {"detail": "You do not have permission to perform this action."}


def test_clerk_writes_drafts_only(roles_app: TestClient) -> None:
    """A clerk creates drafts, but cannot create open invoices or record payments."""
    headers = {"Authorization": "Token bob"}
    assert roles_app.post("/coa/api/v1/invoice/", json=DRAFT, headers=headers).status_code == 201
    open_body = {**DRAFT, "payment_status": "open"}
    response = roles_app.post("/coa/api/v1/invoice/", json=open_body, headers=headers)
    assert response.status_code == 403
    assert response.json() == {"detail": "A clerk may only write draft invoices."}
    pay = roles_app.post("/coa/api/v1/invoice/58700/pay/", json={}, headers=headers)
    assert pay.status_code == 403


def test_bad_tokens_file_names_the_role(tmp_path: Path) -> None:
    """A role outside admin/clerk/view_only stops start-up with a clear message."""
    path = tmp_path / "tokens.toml"
    path.write_text('[tokens]\nx = "superuser"\n')
    with pytest.raises(ValueError, match="superuser"):
        load_tokens(path)


@pytest.mark.parametrize("compiled_path", [True, False])
def test_two_authorization_headers_are_refused(compiled_path: bool) -> None:
    """Two Authorization headers get a 400 naming the problem on both request paths, and create nothing."""
    client = TestClient(create_app(compiled_path=compiled_path))
    headers = [("Authorization", "Token first"), ("Authorization", "Token second")]
    response = client.post("/coa/api/v1/invoice/", json=DRAFT, headers=headers)
    assert response.status_code == 400
    assert response.json() == {"detail": "Send one Authorization header, not several."}
    assert client.get("/__campfire_mock__/health").json()["workspaces"] == 0
