"""The statement variants, on the demo company: comparative statements, the cash basis, cash flow v2 and
the cash accounts' activity, breakdowns (``group_by``) of the balance sheet, trial balance and by tag, and
non-calendar fiscal years. Each is checked against the plain statements and the ledger it comes from."""

from __future__ import annotations

import typing as t
from decimal import Decimal

from starlette.testclient import TestClient

from .payables import manual, new_bill, pay

INVOICES, MEMOS, JOURNAL = "/coa/api/v1/invoice/", "/coa/api/v1/credit-memo", "/coa/api/journal_entry"
SPRING = {"start_date": "2026-03-01", "end_date": "2026-04-30"}


def get(client: TestClient, path: str, **params: t.Any) -> dict[str, t.Any]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return t.cast(dict[str, t.Any], response.json())


def row(rows: list[dict[str, t.Any]], name: str) -> dict[str, t.Any]:
    return next(r for r in rows if r["account_name"] == name)


def cents(value: t.Any) -> int:
    return int(Decimal(str(value or 0)) * 100)


def entry(client: TestClient, day: str, *lines: tuple[int, float], **more: t.Any) -> dict[str, t.Any]:
    """A manual entry on entity 54: ``(account, amount)`` lines, debits positive."""
    body = {
        "date": day,
        "entity": 54,
        "transactions": [
            {"account": a, **({"debit_amount": v} if v > 0 else {"credit_amount": -v}), **more} for a, v in lines
        ],
    }
    made = client.post(JOURNAL, json=body)
    assert made.status_code == 201, made.text
    return t.cast(dict[str, t.Any], made.json())


# ------------------------------------------------------------ comparative statements


def test_the_comparative_income_statement_compares_each_period_with_the_next(client: TestClient) -> None:
    """Columns are the plain statement's, labelled by period start; Difference is later minus earlier and
    Percentage its share of the earlier amount, as Campfire's example shows."""
    plain = get(client, "/ca/api/get_income_statement", **SPRING)["income_statement"]
    body = get(client, "/ca/api/income-statement/comparative", **SPRING)
    assert body["headers"] == {
        "comparison_1": ["2026-03-01_Total", "2026-04-01_Total", "comparison_1_Difference", "comparison_1_Percentage"]
    }
    assert body["budget_id"] is None
    hosting = row(body["income_statement"], "5000 - Hosting and Infrastructure")
    expected = row(plain, "5000 - Hosting and Infrastructure")
    assert (hosting["2026-03-01_Total"], hosting["2026-04-01_Total"]) == (
        expected["2026-03-31"],
        expected["2026-04-30"],
    )
    difference = Decimal(str(expected["2026-04-30"])) - Decimal(str(expected["2026-03-31"]))
    assert Decimal(str(hosting["comparison_1_Difference"])) == difference
    share = (difference / abs(Decimal(str(expected["2026-03-31"]))) * 100).quantize(Decimal("0.01"))
    assert Decimal(str(hosting["comparison_1_Percentage"])) == share


def test_a_comparison_from_zero_has_no_percentage(client: TestClient) -> None:
    """An account with nothing in the earlier period compares with a Difference and a null Percentage."""
    entry(client, "2026-04-15", (2613, 300), (1010, -300))
    body = get(client, "/ca/api/income-statement/comparative", **SPRING)
    travel = row(body["income_statement"], "6500 - Travel Expenses")
    assert (travel["2026-03-01_Total"], travel["2026-04-01_Total"]) == (0, 300)
    assert (travel["comparison_1_Difference"], travel["comparison_1_Percentage"]) == (300, None)


def test_the_comparative_balance_sheet_defaults_to_the_last_two_periods(client: TestClient) -> None:
    """Without a window it compares last month's end with this month's, each the plain balance sheet's
    ending balance (the demo clock is in December 2026)."""
    body = get(client, "/ca/api/balance-sheet/comparative")
    (first, second, *_), *rest = body["headers"].values()
    assert rest == []
    assert (first, second) == ("2026-11-30_Total", "2026-12-31_Total")
    plain = get(client, "/ca/api/get_balance_sheet", start_date="2026-11-01", end_date="2026-12-31")
    for got, want in zip(body["balance_sheet"], plain["balance_sheet"], strict=True):
        assert got["account_name"] == want["account_name"]
        assert got[first] == want["2026-11-30"]["ending_balance"]
        assert got[second] == want["2026-12-31"]["ending_balance"]


def test_a_comparative_with_a_bad_grouping_is_a_400(client: TestClient) -> None:
    """The balance sheet is broken down by entity, department or tag only, as its description says."""
    response = client.get("/ca/api/balance-sheet/comparative", params={"group_by": "vendor"})
    assert response.status_code == 400
    assert response.json() == {"group_by": ['"vendor" is not a valid choice: department, entity or tag.']}


# ------------------------------------------------------------ cash basis


def _cash(client: TestClient, name: str, **window: t.Any) -> dict[str, t.Any]:
    rows = get(client, "/ca/api/cash-basis", **(window or SPRING))["income_statement"]
    return next((r for r in rows if r["account_name"] == name), {})


def test_the_cash_basis_counts_an_invoice_only_as_cash_pays_it(client: TestClient) -> None:
    """Unpaid, an invoice is revenue on the accrual basis only; half paid in April, half its revenue (not
    its tax) shows in April on the cash basis; a credit memo applied to it is no cash; a voided payment
    takes its share back."""
    unpaid = {r["account_name"]: r for r in get(client, "/ca/api/cash-basis", **SPRING)["income_statement"]}
    made = client.post(
        INVOICES,
        json={
            "entity": 54,
            "client": 42,
            "invoice_date": "2026-03-05",
            "due_date": "2026-03-05",
            "lines": [{"product": 3, "quantity": 1, "rate": 1000, "tax": 75}],
        },
    ).json()
    posted = get(client, f"{JOURNAL}/{made['journal_entry']}")["transactions"]
    revenue = next(ln["account_name"] for ln in posted if ln["account_type"] == "REVENUE")
    accrual = row(get(client, "/ca/api/get_income_statement", **SPRING)["income_statement"], revenue)
    assert cents(accrual["2026-03-31"]) >= 100_000
    before = _cash(client, revenue)
    assert before == unpaid.get(revenue, {})  # issued, unpaid: nothing on the cash basis
    paid = client.post(
        f"{INVOICES}{made['id']}/pay/",
        json={
            "empty_transactions": [
                {"account_id": 1010, "account_name": "Bank", "amount": 537.5, "payment_date": "2026-04-02"}
            ]
        },
    )
    assert paid.status_code == 200, paid.text
    after = _cash(client, revenue)
    assert cents(after.get("2026-04-30")) - cents(before.get("2026-04-30")) == 50_000
    assert cents(after.get("2026-03-31")) == cents(before.get("2026-03-31"))
    memo = client.post(
        MEMOS,
        json={
            "entity": 54,
            "client": 42,
            "credit_memo_date": "2026-04-03",
            "currency": "USD",
            "lines": [{"account": 169209, "amount": 100, "description": "Goodwill"}],
        },
    ).json()
    applied = client.post(
        f"{INVOICES}{made['id']}/pay/",
        json={"credit_memos": [{"credit_memo_id": memo["id"], "amount": 100, "posted_at": "2026-04-04"}]},
    )
    assert applied.status_code == 200, applied.text
    assert cents(_cash(client, revenue).get("2026-04-30")) == cents(after.get("2026-04-30"))
    voided = client.post(
        f"{INVOICES}{made['id']}/payment/{paid.json()['payment_ids'][0]}/void/", json={"void_date": "2026-04-20"}
    )
    assert voided.status_code == 200, voided.text
    assert cents(_cash(client, revenue).get("2026-04-30")) == cents(before.get("2026-04-30"))


def test_the_cash_basis_counts_a_bill_when_it_is_paid_and_manual_entries_as_posted(client: TestClient) -> None:
    """A May bill paid in June is June's expense on the cash basis (May's on the accrual basis); a manual
    entry counts in its own month on both."""
    window = {"start_date": "2026-05-01", "end_date": "2026-06-30"}
    office = "6700 - Office Expenses"
    cash_before, accrual_before = (
        _cash(client, office, **window),
        row(
            get(client, "/ca/api/get_income_statement", **window)["income_statement"] + [{"account_name": office}],
            office,
        ),
    )
    made = new_bill(client, ((2622, 400, 0),), bill_date="2026-05-03")
    assert pay(client, made["id"], empty_transactions=[manual(400, "2026-06-10", account=1010)]).status_code == 200
    entry(client, "2026-05-20", (2622, 25), (1010, -25))
    cash = _cash(client, office, **window)
    accrual = row(get(client, "/ca/api/get_income_statement", **window)["income_statement"], office)
    assert cents(cash.get("2026-05-31")) - cents(cash_before.get("2026-05-31")) == 2_500
    assert cents(cash.get("2026-06-30")) - cents(cash_before.get("2026-06-30")) == 40_000
    assert cents(accrual.get("2026-05-31")) - cents(accrual_before.get("2026-05-31")) == 42_500


def test_the_operating_statement_and_its_transactions_tie_to_the_cash_basis(client: TestClient) -> None:
    """Net Operating Income is revenue less cost of revenue and operating expenses; the transactions behind
    the cash basis add up to its figures, account by account."""
    year = {"start_date": "2026-01-01", "end_date": "2026-12-31", "cadence": "yearly"}
    cash = get(client, "/ca/api/cash-basis", **year)
    assert cash["basis"] == "cash"
    operating = get(client, "/ca/api/cash-basis-operating-statement", **year)["income_statement"]
    noi = row(operating, "Net Operating Income")["2026-12-31"]
    signs = {"REVENUE": 1, "COGS": -1, "OPERATING_EXPENSES": -1}
    expected = sum(signs.get(r["hierarchy"][0], 0) * cents(r["2026-12-31"]) for r in cash["income_statement"])
    assert cents(noi) == expected
    assert operating[-1] == cash["income_statement"][-1]  # Net Income
    lines = get(client, "/ca/api/cash-operating-statement/transactions", start_date="2026-01-01", end_date="2026-12-31")
    assert lines["count"] == len(lines["transactions"]) > 0
    by_account: dict[str, int] = {}
    for line in lines["transactions"]:
        by_account[line["account_name"]] = by_account.get(line["account_name"], 0) + cents(line["amount"])
    for r in cash["income_statement"][:-1]:
        natural = 1 if r["hierarchy"][0] in ("COGS", "OPERATING_EXPENSES", "OTHER_EXPENSE") else -1
        assert natural * by_account[r["account_name"]] == cents(r["2026-12-31"]), r["account_name"]


# ------------------------------------------------------------ cash flow v2 and activity


def test_cash_flow_v2_is_sectioned_and_reconciles_with_a_zero_plug(client: TestClient) -> None:
    """Operating (net income, non-cash adjustments, working capital), investing and financing add up to the
    change in cash, in decimal strings; beginning plus change is ending; the figures are v1's."""
    window = {"start_date": "2026-01-01", "end_date": "2026-03-31"}
    v2 = get(client, "/ca/api/get_cash_flow_v2", **window)
    v1 = get(client, "/ca/api/get_cash_flow", **window)["cash_flow"]
    for period in v2["periods"]:
        key = period["key"]
        total = sum(cents(v2[s]["total"][key]) for s in ("operating", "investing", "financing"))
        assert total == cents(v2["net_change_in_cash"][key])
        assert v2["plug"][key] == "0.00"
        assert cents(v2["beginning_cash"][key]) + total == cents(v2["ending_cash"][key])
        assert cents(v2["ending_cash"][key]) == cents(row(v1, "Ending Cash")["transaction_activity"][key])
        operating = v2["operating"]
        parts = [operating["net_income"][key]] + [
            line["amounts"][key] for line in operating["non_cash_adjustments"] + operating["working_capital"]
        ]
        assert sum(cents(p) for p in parts) == cents(operating["total"][key])
    assert isinstance(v2["operating"]["net_income"]["2026-01-31"], str)
    depreciation = v2["operating"]["non_cash_adjustments"]
    assert [line["account_name"] for line in depreciation] == ["1510 - Accumulated Depreciation"]
    assert depreciation[0]["amounts"]["2026-03-31"] == "1000.00"


def test_a_purchase_without_cash_is_a_non_cash_disclosure(client: TestClient) -> None:
    """Equipment bought on the term loan moves no cash: it is disclosed, not in the investing lines' cash."""
    made = entry(client, "2026-02-14", (1500, 5000), (2700, -5000))
    v2 = get(client, "/ca/api/get_cash_flow_v2", start_date="2026-02-01", end_date="2026-02-28")
    disclosed = [d for d in v2["non_cash_disclosures"] if d["journal"] == made["id"]]
    assert disclosed == [
        {
            "journal": made["id"],
            "date": "2026-02-14",
            "memo": disclosed[0]["memo"],
            "accounts": ["1500 - Computer Equipment", "2700 - Term Loan"],
            "amount": "5000.00",
        }
    ]


def test_the_cash_accounts_activity_adds_up_to_the_change_in_cash(client: TestClient) -> None:
    """Per period (keyed by its first day) money in is positive, money out negative, and their sum is the
    cash flow's net change in cash."""
    window = {"start_date": "2026-01-01", "end_date": "2026-03-31"}
    activity = get(client, "/ca/api/get_cash_flow_activity", **window)["transaction_activity"]
    assert list(activity) == ["2026-01-01", "2026-02-01", "2026-03-01"]
    change = row(get(client, "/ca/api/get_cash_flow", **window)["cash_flow"], "Net Change in Cash")
    for (first, sides), last in zip(activity.items(), ("2026-01-31", "2026-02-28", "2026-03-31"), strict=True):
        assert sides["total_debit"] >= 0 >= sides["total_credit"], first
        assert cents(sides["total_debit"]) + cents(sides["total_credit"]) == cents(change["transaction_activity"][last])


# ------------------------------------------------------------ breakdowns


def test_the_balance_sheet_by_entity_balances_in_every_group_and_adds_up(client: TestClient) -> None:
    """Each entity's columns balance on their own lines, and the groups add up to the total column."""
    body = get(client, "/ca/api/get_balance_sheet", start_date="2026-12-01", end_date="2026-12-31", group_by="entity")
    groups = [k for k in body["totals"] if k.startswith("2026-12-31_")]
    assert "2026-12-31_Top Level" in groups
    for column in body["totals"].values():
        assert cents(column["assets"]) == cents(column["liabilities"]) + cents(column["equity"])
    for line in body["balance_sheet"]:
        parts = sum(cents(line[g]["ending_balance"]) for g in groups)
        assert parts == cents(line["2026-12-31"]["ending_balance"]), line["account_name"]


def test_the_trial_balance_breakdown_adds_up_to_the_whole(client: TestClient) -> None:
    """With group_by, ``breakdown`` has each group's accounts; per account they add up to the whole."""
    body = get(client, "/ca/api/get_trial_balance", start_date="2026-01-01", end_date="2026-12-31", group_by="entity")
    whole = {
        a["name"]: cents(a["balances"]["debits"]) - cents(a["balances"]["credits"])
        for a in body["trial_balance"]["accounts"]
    }
    parts: dict[str, int] = {}
    for group in body["breakdown"].values():
        for a in group["accounts"]:
            parts[a["name"]] = (
                parts.get(a["name"], 0) + cents(a["balances"]["debits"]) - cents(a["balances"]["credits"])
            )
    assert {k: v for k, v in parts.items() if v} == {k: v for k, v in whole.items() if v}


def test_a_statement_by_tag_splits_lines_by_their_tag_in_the_group(client: TestClient) -> None:
    """Lines tagged Project A (group Projects) make its column; the rest are Unassigned; grouping by tag
    needs ``group`` (400 without it, or with an unknown group)."""
    entry(client, "2026-04-10", (6400, 700), (1010, -700), tags=[{"id": 8355}])
    body = get(client, "/ca/api/get_income_statement", **SPRING, group_by="tag", group=727)
    marketing = row(body["income_statement"], "6400 - Marketing and Advertising")
    assert marketing["2026-04-30_Project A"] == 700
    assert cents(marketing["2026-04-30_Project A"]) + cents(marketing["2026-04-30_Unassigned"]) == cents(
        marketing["2026-04-30"]
    )
    sheet = get(client, "/ca/api/get_balance_sheet", **SPRING, group_by="tag", group=727)
    assert row(sheet["balance_sheet"], "1010 - Operating Bank Account")["2026-04-30_Project A"] == {
        "ending_balance": -700
    }
    missing = client.get("/ca/api/get_income_statement", params={"group_by": "tag"})
    assert missing.status_code == 400
    assert missing.json() == {"group": ["This field is required when group_by is tag."]}
    unknown = client.get("/ca/api/get_income_statement", params={"group_by": "tag", "group": 999})
    assert unknown.status_code == 400
    assert unknown.json() == {"group": ['Invalid pk "999" - object does not exist.']}


# ------------------------------------------------------------ fiscal years


def test_a_fiscal_year_starting_in_april_moves_every_year_to_date_figure(client: TestClient) -> None:
    """With the root entity's fiscal year starting April 1 (the root: the lowest-id entity without a parent,
    as for the root currency): the trial balance's fiscal_ytd starts then, the balance sheet's Net Income
    is the income since then, and an account's balance_ytd counts from then; a statement scoped to an
    entity that sets no fiscal year keeps the calendar year."""
    changed = client.patch("/coa/api/entity/1", json={"fiscal_year_month": 4, "fiscal_year_day": 1})
    assert changed.status_code == 200, changed.text
    june = {"start_date": "2026-06-01", "end_date": "2026-06-30"}
    trial = get(client, "/ca/api/get_trial_balance", **june, income_statement_basis="fiscal_ytd")
    assert trial["income_statement_start"] == "2026-04-01"
    scoped = get(client, "/ca/api/get_trial_balance", **june, income_statement_basis="fiscal_ytd", entity=54)
    assert scoped["income_statement_start"] == "2026-01-01"
    sheet = get(client, "/ca/api/get_balance_sheet", **june)["balance_sheet"]
    income = get(
        client, "/ca/api/get_income_statement", start_date="2026-04-01", end_date="2026-06-30", cadence="quarterly"
    )
    net = row(income["income_statement"], "Net Income")["2026-06-30"]
    assert row(sheet, "Net Income")["2026-06-30"]["ending_balance"] == net
    account = get(client, "/coa/api/account/6100")
    assert account["balance_ytd"] == 6500 * 9  # rent April to December, on the demo clock (December 2026)


def test_building_the_app_loads_no_numpy() -> None:
    """The statements load numpy on the first statement, not at start-up (it costs about 0.2 s)."""
    import subprocess
    import sys

    code = "import sys; from campfire_mock import create_app; create_app(); print('numpy' in sys.modules)"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert found.stdout.strip() == "False"
