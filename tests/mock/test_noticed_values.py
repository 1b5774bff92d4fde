"""What the acceptance pass noticed (issue 36, second pass): a bank account's chart account read one way
(the chart account's id, as upstream's list filter describes it) with its name answered, and a relation's
attribute answered from the target's answer (its schema default included)."""

from __future__ import annotations

from starlette.testclient import TestClient

BANK_ACCOUNTS = "/ca/api/account"


def test_a_bank_account_names_its_chart_account(client: TestClient) -> None:
    """The demo's bank account, linked to chart account 1010, answers that account's name."""
    bank = client.get(f"{BANK_ACCOUNTS}/1").json()
    assert bank["chart_of_accounts_account"] == 1010
    assert bank["chart_of_accounts_account_name"] == "1010 - Operating Bank Account"


def test_a_bank_account_linked_to_a_missing_chart_account_is_refused(client: TestClient) -> None:
    """A bank account naming a chart account that does not exist is a 400 under the field, as DRF's
    PrimaryKeyRelatedField answers."""
    made = client.post(BANK_ACCOUNTS, json={"name": "Nowhere", "entity": 54, "chart_of_accounts_account": 999999})
    assert made.status_code == 400
    assert made.json() == {"chart_of_accounts_account": ['Invalid pk "999999" - object does not exist.']}
