"""A chart account answers its lineage (``lineage_array``: its parents' ids, root first, and its own, unless
written), and a budget account's ``account_lineage`` is its account's, null without one (``views/accounts.py``)."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

ACCOUNTS, BUDGET_ACCOUNTS = "/coa/api/account", "/coa/api/budgets/1/accounts"
#: The generic store's table of budget accounts (the demo seed's budget 1 has account row 1).
TABLE = "/coa/api/budgets/{budget_pk}/accounts"


def _on_account(app: t.Any, account: int) -> None:
    """Budget account 1 names ``account`` (read-only in the API: the service sets it, as a seed or a recording
    of real budgets does)."""
    with app.store.write("test-token") as ws:
        table = ws.table(TABLE)
        table[1] = {**table[1], "account": account}


def _account(client: TestClient, number: str, **more: t.Any) -> int:
    body = {"name": f"Child {number}", "number": number, "account_type": "ASSET", **more}
    made = client.post(ACCOUNTS, json=body)
    assert made.status_code == 201, made.text
    return int(made.json()["id"])


def test_a_budget_accounts_lineage_is_its_accounts(app: t.Any, client: TestClient) -> None:
    """An account under an account under 1010 has lineage ["1010", its parent, itself]; a budget account on it
    answers that lineage, and one on no account answers null (the demo seed's, as it stands)."""
    assert client.get(f"{BUDGET_ACCOUNTS}/1").json()["account_lineage"] is None
    child = _account(client, "1011", parent=1010)
    grandchild = _account(client, "1012", parent=child)
    chain = ["1010", str(child), str(grandchild)]
    assert client.get(f"{ACCOUNTS}/{grandchild}").json()["lineage_array"] == chain
    assert client.get(f"{ACCOUNTS}/1010").json()["lineage_array"] == ["1010"]
    _on_account(app, grandchild)
    assert client.get(f"{BUDGET_ACCOUNTS}/1").json()["account_lineage"] == chain
    assert [row["account_lineage"] for row in client.get(BUDGET_ACCOUNTS).json()] == [chain]


def test_a_written_lineage_is_the_one_answered(app: t.Any, client: TestClient) -> None:
    """An account written with its ``lineage_array`` answers it as written, and so do its budget accounts."""
    key = _account(client, "1013", lineage_array=["Assets", "Cash"])
    assert client.get(f"{ACCOUNTS}/{key}").json()["lineage_array"] == ["Assets", "Cash"]
    _on_account(app, key)
    assert client.get(f"{BUDGET_ACCOUNTS}/1").json()["account_lineage"] == ["Assets", "Cash"]
