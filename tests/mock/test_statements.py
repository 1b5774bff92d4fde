"""Statements computed from the ledger, on the demo company: each echoes its period, the balance sheet
accumulates from the beginning of time and balances, the income statement counts only activity inside
each period, the trial balance balances on both income-statement bases, the cash flow reconciles, and
the chart's balances come from the same ledger."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

YEAR = {"start_date": "2026-01-01", "end_date": "2026-12-31"}


def get(client: TestClient, path: str, **params: t.Any) -> dict[str, t.Any]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return t.cast(dict[str, t.Any], response.json())


def row(rows: list[dict[str, t.Any]], name: str) -> dict[str, t.Any]:
    return next(r for r in rows if r["account_name"] == name)


def test_every_statement_echoes_the_period_asked_for(client: TestClient) -> None:
    """start_date, end_date and cadence come back as sent (once they came back as today)."""
    for path in ("/ca/api/get_income_statement", "/ca/api/get_balance_sheet", "/ca/api/get_cash_flow"):
        body = get(client, path, **YEAR, cadence="quarterly")
        assert (body["start_date"], body["end_date"], body["cadence"]) == ("2026-01-01", "2026-12-31", "quarterly")
    trial = get(client, "/ca/api/get_trial_balance", start_date="2026-04-01", end_date="2026-06-30")
    assert (trial["start_date"], trial["end_date"], trial["income_statement_start"]) == (
        "2026-04-01",
        "2026-06-30",
        "2026-04-01",
    )


def test_the_income_statement_counts_only_activity_inside_each_period(client: TestClient) -> None:
    """Monthly rent is 6,500 in each month column and 19,500 for a quarter; nothing outside the range."""
    monthly = get(client, "/ca/api/get_income_statement", start_date="2026-04-01", end_date="2026-06-30")
    rent = row(monthly["income_statement"], "6100 - Rent")
    assert [rent[k] for k in ("2026-04-30", "2026-05-31", "2026-06-30")] == [6500, 6500, 6500]
    assert "2026-03-31" not in rent
    quarter = get(
        client, "/ca/api/get_income_statement", start_date="2026-04-01", end_date="2026-06-30", cadence="quarterly"
    )
    assert row(quarter["income_statement"], "6100 - Rent")["2026-06-30"] == 19500
    net = row(quarter["income_statement"], "Net Income")["2026-06-30"]
    revenue = sum(
        r["2026-06-30"] for r in quarter["income_statement"] if r["hierarchy"][0] in ("REVENUE", "OTHER_INCOME")
    )
    costs = sum(
        r["2026-06-30"]
        for r in quarter["income_statement"]
        if r["hierarchy"][0] in ("COGS", "OPERATING_EXPENSES", "OTHER_EXPENSE")
    )
    assert round(revenue - costs, 2) == net


def test_the_balance_sheet_accumulates_from_the_beginning_of_time_and_balances(client: TestClient) -> None:
    """A column's balances do not depend on start_date; assets = liabilities + equity in every column."""
    late = get(client, "/ca/api/get_balance_sheet", start_date="2026-06-01", end_date="2026-06-30")
    early = get(client, "/ca/api/get_balance_sheet", start_date="2026-01-01", end_date="2026-06-30")
    assert row(late["balance_sheet"], "3000 - Common Stock")["2026-06-30"] == {"ending_balance": 250000}
    assert (
        row(late["balance_sheet"], "2700 - Term Loan")["2026-06-30"]
        == row(early["balance_sheet"], "2700 - Term Loan")["2026-06-30"]
    )
    for column in early["totals"].values():
        assert round(column["assets"], 2) == round(column["liabilities"] + column["equity"], 2)
    equity_rows = [
        r["account_name"] for r in early["balance_sheet"] if r["hierarchy"] == ["EQUITY", "RETAINED_EARNINGS"]
    ]
    assert equity_rows == ["Retained Earnings", "Net Income"]


def test_the_trial_balance_balances_on_both_bases(client: TestClient) -> None:
    """Debits equal credits with the period basis (and its Net Income (Prior Periods) row) and fiscal_ytd
    (which starts the income window on January 1 and has no such row)."""
    period = get(client, "/ca/api/get_trial_balance", start_date="2026-07-01", end_date="2026-09-30")
    ytd = get(
        client,
        "/ca/api/get_trial_balance",
        start_date="2026-07-01",
        end_date="2026-09-30",
        income_statement_basis="fiscal_ytd",
    )
    for body in (period, ytd):
        accounts = body["trial_balance"]["accounts"]
        assert round(sum(a["balances"]["debits"] for a in accounts), 2) == round(
            sum(a["balances"]["credits"] for a in accounts), 2
        )
    names = [a["name"] for a in period["trial_balance"]["accounts"]]
    assert "Net Income (Prior Periods)" in names
    assert "Net Income (Prior Periods)" not in [a["name"] for a in ytd["trial_balance"]["accounts"]]
    assert ytd["income_statement_start"] == "2026-01-01"
    rent = {a["name"]: a["balances"]["debits"] for a in period["trial_balance"]["accounts"]}["6100 - Rent"]
    assert rent == 19500


def test_the_cash_flow_reconciles_beginning_to_ending_cash(client: TestClient) -> None:
    """Net income plus the working-capital, investing and financing lines is the change in cash, and ending
    cash is the bank accounts' balance on the balance sheet."""
    flow = get(client, "/ca/api/get_cash_flow", **YEAR, cadence="quarterly")["cash_flow"]
    for column in ("2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"):
        lines = [r["transaction_activity"][column] for r in flow if r["hierarchy"]]
        change = row(flow, "Net Change in Cash")["transaction_activity"][column]
        assert round(sum(lines), 2) == change
        begin, end = (row(flow, name)["transaction_activity"][column] for name in ("Beginning Cash", "Ending Cash"))
        assert round(begin + change, 2) == end
    sheet = get(client, "/ca/api/get_balance_sheet", start_date="2026-12-01", end_date="2026-12-31")["balance_sheet"]
    cash = sum(r["2026-12-31"]["ending_balance"] for r in sheet if r["hierarchy"][1] == "BANK")
    assert round(cash, 2) == row(flow, "Ending Cash")["transaction_activity"]["2026-12-31"]
    assert row(flow, "1500 - Computer Equipment")["hierarchy"] == ["Investing Activities"]


def test_an_entity_scope_uses_its_book_currency_and_never_adds_currencies(client: TestClient) -> None:
    """The EUR entity's statement is in EUR; the consolidated one leaves out its EUR invoice (no rate)."""
    eur = get(client, "/ca/api/get_income_statement", start_date="2026-03-01", end_date="2026-03-31", entity=11)
    assert eur["currency"] == "EUR"
    assert row(eur["income_statement"], "Net Income")["2026-03-31"] == 1800
    consolidated = get(client, "/ca/api/get_balance_sheet", start_date="2026-03-01", end_date="2026-03-31")
    assert consolidated["currency"] == "USD"
    refused = client.get("/ca/api/get_income_statement", params={"entity": 999})
    assert refused.status_code == 400 and refused.json() == {"entity": ['Invalid pk "999" - object does not exist.']}


def test_a_write_shows_up_in_every_statement(client: TestClient) -> None:
    """A manual accrual moves the income statement, balance sheet, trial balance and the account's balance."""
    before = get(client, "/ca/api/get_income_statement", start_date="2026-05-01", end_date="2026-05-31")
    made = client.post(
        "/coa/api/journal_entry",
        json={
            "date": "2026-05-31",
            "entity": 54,
            "transactions": [{"account": 6100, "debit_amount": 250}, {"account": 2300, "credit_amount": 250}],
        },
    )
    assert made.status_code == 201, made.text
    after = get(client, "/ca/api/get_income_statement", start_date="2026-05-01", end_date="2026-05-31")
    assert row(after["income_statement"], "6100 - Rent")["2026-05-31"] == 6750
    net = row(after["income_statement"], "Net Income")["2026-05-31"]
    assert round(row(before["income_statement"], "Net Income")["2026-05-31"] - net, 2) == 250
    sheet = get(client, "/ca/api/get_balance_sheet", start_date="2026-05-01", end_date="2026-05-31")
    assert row(sheet["balance_sheet"], "2300 - Accrued Payroll")["2026-05-31"] == {"ending_balance": 250}
    account = client.get("/coa/api/account/2300").json()
    assert account["current_balance"] == 250


def test_a_statement_of_too_many_amounts_is_a_400(client: TestClient) -> None:
    """A daily statement over millennia (more than 100,000 amounts) is refused with the field named, not
    computed."""
    refused = client.get(
        "/ca/api/get_balance_sheet", params={"start_date": "0001-01-01", "end_date": "9999-12-31", "cadence": "daily"}
    )
    assert refused.status_code == 400
    message = refused.json()["cadence"][0]
    assert "x 3652059 daily columns); at most 100000. Ask for a shorter period" in message


def test_a_breakdown_counts_against_the_statement_budget_under_its_cadence(client: TestClient) -> None:
    """A daily statement that fits the budget alone is refused once ``group_by`` multiplies its rows, and
    the 400 names the cadence asked (``daily``), counting the summary rows with the accounts."""
    window = {"start_date": "2019-01-01", "end_date": "2026-12-31", "cadence": "daily"}  # 2922 columns
    alone = client.get("/ca/api/get_income_statement", params=window)
    assert alone.status_code == 200, alone.text[:200]
    grouped = client.get("/ca/api/get_income_statement", params={**window, "group_by": "entity"})
    assert grouped.status_code == 400
    message = grouped.json()["cadence"][0]
    assert "x 2922 daily columns); at most 100000. Ask for a shorter period" in message
    monthly = client.get("/ca/api/get_income_statement", params={**window, "cadence": "monthly", "group_by": "entity"})
    assert monthly.status_code == 200


def test_income_statement_group_by_splits_each_period_into_groups_that_add_up(client: TestClient) -> None:
    """group_by=department adds a <date>_<department> column per department (Unassigned for lines without
    one) that sum to the period's column; an unknown breakdown is a 400 naming group_by."""
    body = get(
        client, "/ca/api/get_income_statement", start_date="2026-03-01", end_date="2026-03-31", group_by="department"
    )
    for line in body["income_statement"]:
        parts = [v for k, v in line.items() if k.startswith("2026-03-31_")]
        assert round(sum(parts), 2) == line["2026-03-31"], line["account_name"]
    revenue = row(body["income_statement"], "4107 - Subscription fees")
    assert revenue["2026-03-31_Engineering"] == 2400
    refused = client.get("/ca/api/get_income_statement", params={"group_by": "planet"})
    assert refused.status_code == 400
    assert refused.json() == {"group_by": ['"planet" is not a valid choice: department, entity, tag or vendor.']}


def test_the_chart_lists_with_balances_by_statement(client: TestClient) -> None:
    """/coa/api/account/balance-sheet lists the balance-sheet accounts with their ledger balances (the
    income-statement list the others), filtered by account_type and q."""
    assets = client.get("/coa/api/account/balance-sheet", params={"account_type": "ASSET", "limit": 100}).json()
    assert assets["count"] >= 8 and {a["account_type"] for a in assets["results"]} == {"ASSET"}
    bank = next(a for a in assets["results"] if a["id"] == 1010)
    assert bank["current_balance"] == client.get("/coa/api/account/1010").json()["current_balance"] > 0
    rent = client.get("/coa/api/account/income-statement", params={"q": "rent"}).json()["results"]
    assert [(a["id"], a["account_type"]) for a in rent] == [(6100, "OPERATING_EXPENSES")]
