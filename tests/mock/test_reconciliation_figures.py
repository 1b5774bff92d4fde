"""A bank reconciliation report's figures come from the workspace: the GL lines and bank transactions of its
account and statement range, cleared by ``transactions/confirm`` and matched by ``bulk-match-transactions``."""

from __future__ import annotations

import typing as t
from decimal import Decimal

from starlette.testclient import TestClient

REPORTS = "/coa/api/v2/reconciliation"
RANGE = {"statement_starting_date": "2026-02-01", "statement_ending_date": "2026-03-31"}
#: The demo's bank transactions on 1010 in February and March 2026 (5000, 2500, -1200, 25, and -500 for
#: customer refunds).
STATEMENT = [14728801, 14728802, 14728804, 14728806, 14728807]


def _report(client: TestClient) -> dict[str, t.Any]:
    body = {"account": 1010, "entity": 54, **RANGE, "starting_balance": 1000, "ending_balance": 1500}
    made = client.post(REPORTS, json=body)
    assert made.status_code == 201, made.text
    return t.cast(dict[str, t.Any], made.json())


def _gl(client: TestClient) -> list[dict[str, t.Any]]:
    """The GL log's lines on 1010 of entity 54 in the report's range, as an accountant would list them."""
    params = {"account": 1010, "entity": 54, "start_date": "2026-02-01", "end_date": "2026-03-31", "limit": 1000}
    return t.cast(list[dict[str, t.Any]], client.get("/coa/api/transaction", params=params).json()["results"])


def _money(lines: list[dict[str, t.Any]], side: str) -> str:
    return str(sum((Decimal(str(ln[side])) for ln in lines if ln[side] is not None), Decimal("0.00")))


def test_a_new_report_counts_its_ranges_gl_lines_and_bank_transactions_as_unreconciled(client: TestClient) -> None:
    """Nothing is cleared yet: the unreconciled figures are the GL log's lines of the range, the statement
    lines the bank transactions of the range, and the difference the whole statement activity."""
    report = _report(client)
    lines = _gl(client)
    assert len(lines) > 4
    shown = client.get(f"{REPORTS}/{report['id']}").json()
    assert (shown["cleared_item_count"], shown["cleared_activity"], shown["matched_item_count"]) == ("0", "0.00", "0")
    assert shown["unreconciled_gl_item_count"] == str(len(lines))
    assert shown["unreconciled_total_debits"] == _money(lines, "debit_amount_book")
    assert shown["unreconciled_total_credits"] == _money(lines, "credit_amount_book")
    assert (shown["unreconciled_statement_line_count"], shown["unreconciled_statement_activity"]) == ("5", "5825.00")
    assert (shown["statement_activity"], shown["reconciliation_difference"]) == ("500.00", "500.00")
    params = {"account": 1010, "entity": 54, "start_date": "2000-01-01", "end_date": "2026-03-31", "limit": 1}
    to_date = client.get("/coa/api/transaction", params=params).json()["count"]
    assert shown["open_gl_item_count"] == str(to_date)  # no report cleared anything: all of it is open
    assert shown["open_difference"] == "1500.00"  # book balance less what is open is 0


def test_confirming_lines_clears_them_and_a_new_selection_replaces_the_old(client: TestClient) -> None:
    """Two confirmed GL lines are cleared (their debits, credits, count) and leave the unreconciled figures;
    the difference is the statement's ending balance less the starting balance and the cleared activity;
    confirming again with one line deselects the other."""
    report, lines = _report(client), _gl(client)
    debit = next(ln for ln in lines if ln["debit_amount_book"] is not None)
    credit = next(ln for ln in lines if ln["credit_amount_book"] is not None)
    url = f"{REPORTS}/{report['id']}"
    confirmed = client.post(
        f"{url}/transactions/confirm",
        json={"selected": [debit["id"], credit["id"]], "selected_statements": [STATEMENT[0]]},
    )
    assert confirmed.status_code == 204, confirmed.text
    shown = client.get(url).json()
    activity = Decimal(str(debit["debit_amount_book"])) - Decimal(str(credit["credit_amount_book"]))
    assert shown["cleared_item_count"] == "2"
    assert (shown["cleared_total_debits"], shown["cleared_total_credits"]) == (
        f"{Decimal(str(debit['debit_amount_book'])):.2f}",
        f"{Decimal(str(credit['credit_amount_book'])):.2f}",
    )
    assert shown["cleared_activity"] == f"{activity:.2f}"
    assert shown["reconciliation_difference"] == f"{Decimal(1500) - (Decimal(1000) + activity):.2f}"
    assert shown["unreconciled_gl_item_count"] == str(len(lines) - 2)
    assert shown["unreconciled_statement_line_count"] == str(len(STATEMENT) - 1)
    client.post(f"{url}/transactions/confirm", json={"selected": [debit["id"]]})
    again = client.get(url).json()
    assert (again["cleared_item_count"], again["unreconciled_statement_line_count"]) == ("1", str(len(STATEMENT)))


def test_matched_pairs_are_counted_and_a_line_is_matched_once(client: TestClient) -> None:
    """A GL line matched to a bank transaction of the report is matched (not unreconciled); matching either
    of them again is a 400 that matches nothing."""
    report, lines = _report(client), _gl(client)
    url = f"{REPORTS}/{report['id']}/bulk-match-transactions"
    pair = {"transaction_id": lines[0]["id"], "statement_transaction_id": STATEMENT[1]}
    assert client.post(url, json={"pairs": [pair]}).status_code == 201
    shown = client.get(f"{REPORTS}/{report['id']}").json()
    assert (shown["matched_item_count"], shown["unreconciled_gl_item_count"]) == ("1", str(len(lines) - 1))
    assert shown["unreconciled_statement_line_count"] == str(len(STATEMENT) - 1)
    other = {"transaction_id": lines[1]["id"], "statement_transaction_id": STATEMENT[1]}
    refused = client.post(url, json={"pairs": [other]})
    assert refused.status_code == 400
    assert refused.json() == {"pairs": [f"Transaction {lines[1]['id']} or {STATEMENT[1]} is already matched."]}
    assert client.get(f"{REPORTS}/{report['id']}").json()["matched_item_count"] == "1"


def test_confirming_lines_that_are_not_the_reports_clears_nothing(client: TestClient) -> None:
    """Ids of no GL line of the report (Campfire's own example selects 1001 to 1005) are passed over, as a
    Django ``filter(id__in=...)`` passes them over: 204, nothing cleared."""
    report = _report(client)
    answer = client.post(f"{REPORTS}/{report['id']}/transactions/confirm", json={"selected": [999, 1001]})
    assert answer.status_code == 204, answer.text
    assert client.get(f"{REPORTS}/{report['id']}").json()["cleared_item_count"] == "0"


def test_a_report_without_dates_has_no_figures(client: TestClient) -> None:
    """Without a statement range there is nothing to count: the figures stay null."""
    made = client.post(REPORTS, json={"account": 1010, "entity": 54, "starting_balance": 0, "ending_balance": 0})
    assert made.status_code == 201, made.text
    assert made.json()["cleared_item_count"] is None and made.json()["reconciliation_difference"] is None
