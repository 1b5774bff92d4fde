"""What one workspace may store: a byte budget per workspace, long text refused, stubs bounded."""

from __future__ import annotations

import typing as t

import pytest
from starlette.testclient import TestClient

from campfire_mock import budget, create_app
from campfire_mock.budget import workspace_bytes
from campfire_mock.limits import MAX_STUBS, MAX_TEXT_CHARS
from campfire_mock.store import Store

TAGS = "/coa/api/tag"
VENDORS = "/coa/api/vendor"
LONG = {"name": "Long", "invoice_message": "n" * 20_000}
STUBS = "/__campfire_mock__/stubs"
INVOICES = "/coa/api/v1/invoice/"
NEW = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42, "lines": [{"amount": 5}]}


@pytest.fixture(scope="module", params=[True, False], ids=["audited", "unaudited"])
def small(request: pytest.FixtureRequest) -> t.Iterator[t.Any]:
    """A mock whose workspaces may each store 40 KB more than the demo seed; with the test suite's audit, and
    without it (a server's write path: the journal alone)."""
    seed = Store(create_app().store.seed).seeded()
    app = create_app(
        Store(create_app().store.seed, max_workspace_bytes=workspace_bytes(seed) + 40_000, audit=request.param)
    )
    yield app
    app.close()


def test_a_write_beyond_the_storage_budget_is_a_413_that_changes_nothing(small: t.Any) -> None:
    """Clients with an invoice message of 20,000 characters fill the budget; the one beyond it is refused, and
    the workspace keeps exactly what it had; another workspace has a budget of its own."""
    with TestClient(small, headers={"Authorization": "Token budget"}) as client:
        made = 0
        while (answer := client.post(VENDORS, json=LONG)).status_code == 201:
            made += 1
            assert made < 10
        assert made == 1
        assert answer.status_code == 413
        assert answer.json()["detail"].startswith("This write would grow the workspace to ")
        assert "(--max-workspace-bytes); delete objects, or reset the workspace." in answer.json()["detail"]
        assert client.get(f"{VENDORS}?q=Long").json()["count"] == 1  # the one that fitted
        assert client.post(TAGS, json={"name": "short"}).status_code == 201
    with TestClient(small, headers={"Authorization": "Token other"}) as other:
        assert other.post(VENDORS, json=LONG).status_code == 201


def test_the_budget_follows_every_write(small: t.Any) -> None:
    """The size the store keeps for a workspace is the size of what it holds, after creates and updates."""
    with TestClient(small, headers={"Authorization": "Token measured"}) as client:
        tag = client.post(TAGS, json={"name": "a" * 200}).json()
        assert client.patch(f"{TAGS}/{tag['id']}", json={"name": "b"}).status_code == 200
        assert client.post(INVOICES, json=NEW).status_code == 201
        store = small.store
        assert store.sizes["measured"] == workspace_bytes(store.workspaces["measured"])


def test_a_new_workspace_starts_measured_and_its_first_write_encodes_only_what_it_touches(
    small: t.Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A workspace made from the seed starts with the seed's size (measured once per copy of the seed), so its
    first write encodes the one tag it creates, not every seeded object; the size stays exact."""
    store = small.store
    encoded: list[str] = []
    real = budget.encode_json

    def counting(kind: str, obj: t.Any) -> bytes:
        encoded.append(kind)
        return real(kind, obj)

    with TestClient(small, headers={"Authorization": "Token first-write"}) as client:
        assert client.get(TAGS).status_code == 200  # the workspace is made from the seed
        assert store.sizes["first-write"] == workspace_bytes(store.workspaces["first-write"])
        monkeypatch.setattr(budget, "encode_json", counting)
        assert client.post(TAGS, json={"name": "first"}).status_code == 201
        monkeypatch.undo()
    assert encoded == [TAGS]
    assert store.sizes["first-write"] == workspace_bytes(store.workspaces["first-write"])


def test_text_longer_than_the_bound_is_a_400_naming_the_field(client: TestClient) -> None:
    """A client's message one over 1,000,000 characters, and a 9 MB invoice memo, are refused before anything is
    stored."""
    before = client.get(VENDORS).json()["count"]
    answer = client.post(VENDORS, json={"name": "V", "invoice_message": "x" * (MAX_TEXT_CHARS + 1)})
    assert answer.status_code == 400
    assert answer.json() == {"invoice_message": [f"Ensure this field has no more than {MAX_TEXT_CHARS} characters."]}
    nine_mb = client.post(INVOICES, json={**NEW, "memo": "x" * 9_000_000})
    assert nine_mb.status_code == 400
    assert nine_mb.json() == {"memo": [f"Ensure this field has no more than {MAX_TEXT_CHARS} characters."]}
    assert client.get(VENDORS).json()["count"] == before


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({"X-Bad": "a\r\nSet-Cookie: x=1"}, "The value of 'X-Bad' must be ASCII text without CR, LF or NUL."),
        ({"Bad Name": "1"}, "'Bad Name' is not a valid header name."),
    ],
)
def test_a_stub_header_that_cannot_be_sent_is_refused_at_arming(
    client: TestClient, headers: dict[str, str], message: str
) -> None:
    """CR/LF in a value or a space in a name is a 400 on ``headers``; nothing is armed."""
    stub = {"operation_id": "coa_api_v1_invoice_list", "status": 200, "body": {}, "headers": headers}
    answer = client.post(STUBS, json={**stub, "validate": False})
    assert answer.status_code == 400
    assert answer.json() == {"headers": [message]}
    assert client.get(STUBS).json()["results"] == []


def test_stubs_are_bounded_in_count_and_size(client: TestClient) -> None:
    """The 101st stub is a 400; a stub of 2 MB is a 413; neither is armed."""
    stub = {"operation_id": "coa_api_v1_invoice_list", "status": 200, "body": {}, "validate": False}
    for _ in range(MAX_STUBS):
        assert client.post(STUBS, json=stub).status_code == 201
    answer = client.post(STUBS, json=stub)
    assert answer.status_code == 400
    assert answer.json() == {"non_field_errors": [f"At most {MAX_STUBS} stubs may be armed at once; clear some first."]}
    assert client.delete(STUBS).status_code == 204
    big = client.post(STUBS, json={**stub, "body": {"x": "y" * 2_000_000}})
    assert big.status_code == 413
    assert big.json()["detail"].endswith("bytes encoded; at most 1048576 bytes may be armed.")
    assert client.get(STUBS).json()["results"] == []
