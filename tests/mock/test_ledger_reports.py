"""The ledger report (``GET /coa/api/transaction/report``) on the demo company: GL lines grouped, pivoted,
listed and exported by the invoice report's engine, adding up to the statements computed from the same
ledger."""

from __future__ import annotations

import csv
import io
import typing as t

from starlette.testclient import TestClient

from campfire_mock.domain.chart import BALANCE_SHEET_TYPES, DEBIT_TYPES

REPORT = "/coa/api/transaction/report"
Q2 = {"start_date": "2026-04-01", "end_date": "2026-06-30"}


def report(client: TestClient, **params: t.Any) -> dict[str, t.Any]:
    response = client.get(REPORT, params=params)
    assert response.status_code == 200, response.text
    return t.cast(dict[str, t.Any], response.json())


def by_account(client: TestClient, **params: t.Any) -> dict[int, dict[str, t.Any]]:
    """The report's rows grouped by account type and account, by account id."""
    rows = report(client, group_fields="account_type,account", flat=True, mode="full", **params)["results"]
    return {row["account"]: row for row in rows}


def natural(row: dict[str, t.Any], field: str = "amount") -> float:
    """A debit-positive sum in its account's natural sign, as the statements show it."""
    value = float(row[field])
    return value if row["account_type"] in DEBIT_TYPES else -value


def test_grouped_by_account_equals_the_income_statement(client: TestClient) -> None:
    """Each income-statement account's Q2 activity, and the net income, are the report's sums by account."""
    statement = client.get("/ca/api/get_income_statement", params={**Q2, "cadence": "quarterly"}).json()
    rows = by_account(client, **Q2, aggregation_fields="sum:amount")
    column = "2026-06-30"
    accounts = [r for r in statement["income_statement"] if "account_id" in r]
    assert accounts
    for line in accounts:
        assert round(natural(rows[line["account_id"]]), 2) == line[column], line["account_name"]
    income = [r for r in rows.values() if r["account_type"] not in BALANCE_SHEET_TYPES and r["amount"]]
    assert {r["account"] for r in income} == {line["account_id"] for line in accounts}
    net = statement["income_statement"][-1]
    assert net["account_name"] == "Net Income"
    assert round(-sum(r["amount"] for r in income), 2) == net[column]


def test_the_report_names_the_engine_that_ran_it(client: TestClient) -> None:
    """``engine_used`` is ``memory``: the twin's reports run on no Postgres, so it does not claim one."""
    assert report(client, **Q2, group_fields="account")["engine_used"] == "memory"


def test_grouped_by_account_equals_the_trial_balance(client: TestClient) -> None:
    """Balance-sheet accounts from the beginning of time, and income-statement accounts over the window, are the
    trial balance's debits less credits (the consolidated books, which leave out lines with no rate)."""
    trial = client.get("/ca/api/get_trial_balance", params=Q2).json()["trial_balance"]["accounts"]
    to_end = by_account(client, start_date="1970-01-01", end_date=Q2["end_date"], entity_currency="USD")
    window = by_account(client, **Q2, entity_currency="USD")
    compared = 0
    for account in trial:
        if not account["id"].isdigit() or account["account_type"] == "EQUITY":
            continue  # retained earnings carries earlier years' income; synthetic rows have no account
        rows = to_end if account["account_type"] in BALANCE_SHEET_TYPES else window
        net = account["balances"]["debits"] - account["balances"]["credits"]
        assert rows[int(account["id"])]["amount"] == round(net, 2), account["name"]
        compared += 1
    assert compared >= 10


def test_book_amounts_of_one_entity_equal_its_income_statement(client: TestClient) -> None:
    """Scoped to the EUR entity, the report's book sums are its income statement (in EUR), while the
    consolidated sums are null: no rate to the root currency is known, and none is invented."""
    year = {"start_date": "2026-01-01", "end_date": "2026-12-31"}
    statement = client.get("/ca/api/get_income_statement", params={**year, "cadence": "yearly", "entity": 11}).json()
    assert statement["currency"] == "EUR"
    rows = by_account(client, **year, entity=11, aggregation_fields="sum:amount_book,sum:amount")
    accounts = [r for r in statement["income_statement"] if "account_id" in r]
    assert accounts
    for line in accounts:
        row = rows[line["account_id"]]
        assert natural(row, "amount_book") == line["2026-12-31"]
        assert row["amount"] is None


def test_book_amounts_in_two_currencies_are_never_added(client: TestClient) -> None:
    """Receivables across the USD and EUR entities: the book sum is null and given per currency; the
    consolidated sum is null too, since the EUR lines have no rate."""
    body = report(
        client,
        group_fields="account_subtype",
        account_subtype="ACCOUNTS_RECEIVABLE",
        aggregation_fields="sum:amount_book,count:id",
        all_time=True,
        include_totals=True,
    )
    (row,) = body["results"]
    assert row["mixed_currency"] is True and row["amount_book"] is None
    currencies = {part["currency"]: part for part in row["totals_by_currency"]}
    assert set(currencies) == {"EUR", "USD"}
    assert currencies["EUR"]["amount_book"] == 2142.0
    assert sum(part["count"] for part in currencies.values()) == row["count"]
    assert body["totals_row"]["amount_book"] is None and body["totals_row"]["mixed_currency"] is True


def test_a_rows_filter_params_select_its_lines_in_the_gl_log(client: TestClient) -> None:
    """Sent back to the GL log, a row's filter_params list exactly the row's lines."""
    rows = report(client, group_fields="account,posted_at_month", flat=True, aggregation_fields="count:id,sum:amount")
    row = max(rows["results"], key=lambda r: r["count"])
    assert set(row["filter_params"]) == {"account", "start_date", "end_date"}
    lines = client.get("/coa/api/transaction", params={**row["filter_params"], "limit": 1000}).json()
    assert lines["count"] == row["count"]
    assert round(sum(float(line["amount"]) for line in lines["results"]), 2) == row["amount"]


def test_the_default_window_is_the_gl_logs(client: TestClient) -> None:
    """Without dates the report covers the GL log's window (six months back to the end of this month) and
    counts the same lines; all_time counts every line."""
    windowed = report(client, group_fields="journal_type", aggregation_fields="count:id", mode="full")
    log = client.get("/coa/api/transaction", params={"limit": 1}).json()
    assert sum(r["count"] for r in windowed["results"]) == log["count"]
    everything = report(client, group_fields="journal_type", aggregation_fields="count:id", all_time=True)
    assert (
        sum(r["count"] for r in everything["results"])
        == client.get("/coa/api/transaction", params={"limit": 1, "all_time": True}).json()["count"]
    )
    assert sum(r["count"] for r in everything["results"]) > log["count"]


def test_a_new_journal_entry_shows_up_at_once(client: TestClient) -> None:
    """Reports run on the live ledger: a manual entry moves its accounts' sums in the next report."""
    params = {"start_date": "2026-05-01", "end_date": "2026-05-31", "account": "6000,2300"}
    before = {r["account"]: r["amount"] for r in report(client, **params)["results"]}
    created = client.post(
        "/coa/api/journal_entry",
        json={
            "date": "2026-05-31",
            "entity": 54,
            "memo": "May bonus accrual",
            "transactions": [{"account": 6000, "debit_amount": 2500}, {"account": 2300, "credit_amount": 2500}],
        },
    )
    assert created.status_code == 201, created.text
    after = {r["account"]: r["amount"] for r in report(client, **params)["results"]}
    assert after[6000] == before.get(6000, 0) + 2500
    assert after[2300] == before.get(2300, 0) - 2500


def test_repeated_and_aliased_filters_mean_the_same(client: TestClient) -> None:
    """account=1010&account=1020, account=1010,1020 and account_id=1010,1020 select the same lines."""
    repeated = client.get(REPORT, params=[("account", "1010"), ("account", "1020"), ("all_time", "true")]).json()
    comma = report(client, account="1010,1020", all_time=True)
    alias = report(client, account_id="1010,1020", all_time=True)
    assert [r["account"] for r in repeated["results"]] == [1010, 1020]
    assert repeated["results"] == comma["results"] == alias["results"]


def test_a_detail_listing_lists_lines_sorted_and_paged(client: TestClient) -> None:
    """columns= lists one row per GL line, sorted by the asked column, paged, with totals of its amounts."""
    params = {**Q2, "columns": "id,posted_at,account_name,journal_memo,debit_amount,credit_amount,amount"}
    first = report(client, **params, sort="-amount", limit=5, include_totals=True)
    amounts = [r["amount"] for r in first["results"]]
    assert amounts == sorted(amounts, reverse=True) and len(amounts) == 5
    assert first["next"] is not None and first["count"] > 5
    top = first["results"][0]
    line = client.get(f"/coa/api/transaction/{top['id']}").json()
    assert (line["account_name"], float(line["amount"]), line["journal_memo"]) == (
        top["account_name"],
        top["amount"],
        top["journal_memo"],
    )
    assert first["totals_row"]["amount"] == 0.0  # every entry balances, so a whole window's lines add up to 0
    assert first["totals_row"]["debit_amount"] == first["totals_row"]["credit_amount"] > 0


def test_a_month_by_department_pivot_exports_as_csv(client: TestClient) -> None:
    """posted_at_month rows with a department pivot come out as CSV with a header and a Total line."""
    text = client.get(
        REPORT,
        params={
            "group_fields": "posted_at_month",
            "pivot_fields": "department",
            "shouldPivot": "true",
            "account_type": "OPERATING_EXPENSES",
            "start_date": "2026-01-01",
            "end_date": "2026-12-31",
            "include_totals": "true",
            "mode": "csv",
        },
    )
    assert text.status_code == 200 and text.headers["content-type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(text.text)))
    assert lines[0][:2] == ["Posted at month", "Sum of amount"]
    assert lines[1][0] == "2026-01" and lines[-1][0] == "Total"
    assert any(label.startswith("(none): ") for label in lines[0])  # lines without a department


def test_unknown_fields_are_a_400_naming_what_is_allowed(client: TestClient) -> None:
    """A group field, aggregate or column the ledger has not is a 400 that lists the ledger's own."""
    response = client.get(REPORT, params={"group_fields": "client_id", "aggregation_fields": "sum:total"})
    assert response.status_code == 400
    body = response.json()
    assert body["group_fields"][0].startswith("Unknown field(s) client_id. Allowed: account, account_type")
    assert body["aggregation_fields"] == [
        "Unknown field 'total'. Allowed: amount, debit_amount, credit_amount, amount_book, debit_amount_book,"
        " credit_amount_book, id (count only)."
    ]
    bad_date = client.get(REPORT, params={"start_date": "2026-13-01"})
    assert bad_date.status_code == 400
    assert bad_date.json() == {"start_date": ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]}


def test_a_null_groups_filter_params_list_its_lines_in_the_gl_log(client: TestClient) -> None:
    """The groups of lines without a department (vendor) drill in with the GL log's no_department=true
    (no_vendor=true), its declared parameters for "none": sent to the GL log they list exactly the group's
    lines, and the report reads them back as department=null (vendor=null)."""
    for dimension in ("department", "vendor"):
        rows = report(client, group_fields=dimension, aggregation_fields="count:id", all_time=True)["results"]
        unknown = next(r for r in rows if r[dimension] is None)
        assert unknown["label"] == "Unknown"
        assert unknown["filter_params"] == {f"no_{dimension}": True}
        params = {**unknown["filter_params"], "all_time": True}
        again = report(client, group_fields=dimension, aggregation_fields="count:id", **params)
        assert [(r[dimension], r["count"]) for r in again["results"]] == [(None, unknown["count"])]
        listed = client.get("/coa/api/transaction", params={**params, "limit": 10000}).json()
        assert listed["count"] == unknown["count"] == len(listed["results"])
        assert {line[dimension] for line in listed["results"]} == {None}


def test_a_detail_listing_exports_as_csv_with_its_labels(client: TestClient) -> None:
    """A listing of GL lines as CSV: the column labels, one line per GL line, then the totals."""
    params = {**Q2, "columns": "id,posted_at,account_name,debit_amount,credit_amount", "include_totals": "true"}
    listed = report(client, **params, mode="full")
    text = client.get(REPORT, params={**params, "mode": "csv"}).text
    lines = list(csv.reader(io.StringIO(text)))
    assert lines[0] == ["ID", "Date", "Account", "Debit", "Credit"]
    assert len(lines) == listed["count"] + 2 and lines[-1][0] == "Total"
    assert lines[1][:3] == [
        str(listed["results"][0]["id"]),
        listed["results"][0]["posted_at"],
        listed["results"][0]["account_name"],
    ]
    assert lines[-1][3] == lines[-1][4] == str(listed["totals_row"]["debit_amount"])


# ------------------------------------------------------------ tags

JOURNAL = "/coa/api/journal_entry"
PROJECTS, PROJECT_A, FUND_1 = 727, 8355, 8344  # the demo's tag group Projects, its tag, a tag of group Fund
REVENUE = 169209  # 4108 - Service Revenue


def tagged_entries(client: TestClient) -> int:
    """Q2 manual entries on entity 54: lines tagged Project A, a new Project B (the same group), Fund 1 (another
    group) or nothing; the id of Project B."""
    made = client.post("/coa/api/tag", json={"name": "Project B", "group": PROJECTS})
    assert made.status_code == 201, made.text
    project_b = int(made.json()["id"])
    for day, account, amount, tags in (
        ("2026-04-10", 6400, 700, [PROJECT_A]),
        ("2026-05-12", 6400, 250, [FUND_1, project_b]),
        ("2026-06-03", REVENUE, -1200, [project_b]),
        ("2026-06-20", 6100, 90, [FUND_1]),
    ):
        side = {"debit_amount": amount} if amount > 0 else {"credit_amount": -amount}
        other = {"credit_amount": amount} if amount > 0 else {"debit_amount": -amount}
        body = {
            "date": day,
            "entity": 54,
            "transactions": [
                {"account": account, **side, "tags": [{"id": tag} for tag in tags]},
                {"account": 1010, **other},
            ],
        }
        response = client.post(JOURNAL, json=body)
        assert response.status_code == 201, response.text
    return project_b


def test_grouped_by_a_tag_group_equals_the_income_statement_by_tag(client: TestClient) -> None:
    """Over Q2, the report grouped by tag_group_<id> and account gives, per tag of the group (and for the lines
    with none), each income-statement account's activity as the income statement grouped by that tag shows it."""
    project_b = tagged_entries(client)
    statement = client.get(
        "/ca/api/get_income_statement", params={**Q2, "cadence": "quarterly", "group_by": "tag", "group": PROJECTS}
    ).json()
    rows = report(client, **Q2, group_fields=f"tag_group_{PROJECTS},account_type,account", flat=True, mode="full")[
        "results"
    ]
    by_group: dict[str, dict[int, dict[str, t.Any]]] = {}
    for row in rows:
        tag = row[f"tag_group_{PROJECTS}"]
        name = "Unassigned" if tag is None else {PROJECT_A: "Project A", project_b: "Project B"}[tag]
        by_group.setdefault(name, {})[row["account"]] = row
    assert set(by_group) == {"Project A", "Project B", "Unassigned"}
    accounts = [r for r in statement["income_statement"] if "account_id" in r]
    compared = 0
    for line in accounts:
        for group, found in by_group.items():
            expected = line.get(f"2026-06-30_{group}", 0)
            got = round(natural(found[line["account_id"]]), 2) if line["account_id"] in found else 0
            assert got == expected, (line["account_name"], group)
            compared += bool(expected)
    assert compared >= 4
    assert round(natural(by_group["Project B"][REVENUE]), 2) == 1200 and by_group["Project A"][6400]["amount"] == 700


def test_a_tag_groups_rows_are_its_tags_and_their_filter_params_drill_in(client: TestClient) -> None:
    """Grouped by tag_group_<id>, a row is a tag of that group, with its name (a line with two tags is in the
    group's one; also in CSV); its filter_params are the GL log's tag filter, listing exactly its lines there, and
    the lines with no tag in the group drill in with tag_group_<id>=null, which the report reads back."""
    project_b = tagged_entries(client)
    field = f"tag_group_{PROJECTS}"
    rows = report(client, **Q2, group_fields=field, aggregation_fields="count:id,sum:amount", mode="full")["results"]
    assert [(r[field], r[f"{field}_name"], r["label"], r["count"]) for r in rows[:2]] == [
        (PROJECT_A, "Project A", "Project A", 1),
        (project_b, "Project B", "Project B", 2),
    ]
    assert rows[2][field] is None and rows[2]["label"] == "Unknown"
    b = rows[1]
    assert b["filter_params"] == {"start_date": Q2["start_date"], "end_date": Q2["end_date"], "tag": project_b}
    lines = client.get("/coa/api/transaction", params={**b["filter_params"], "limit": 1000}).json()
    assert lines["count"] == b["count"] and round(sum(float(x["amount"]) for x in lines["results"]), 2) == b["amount"]
    none = rows[2]["filter_params"]
    assert none == {"start_date": Q2["start_date"], "end_date": Q2["end_date"], field: "null"}
    again = report(client, **none, group_fields=field, aggregation_fields="count:id,sum:amount")["results"]
    assert [(r[field], r["count"], r["amount"]) for r in again] == [(None, rows[2]["count"], rows[2]["amount"])]
    text = client.get(REPORT, params={**Q2, "group_fields": field, "mode": "csv"}).text
    assert text.splitlines()[:2] == ["Tag group 727,Tag group 727 name,Sum of amount", f"{PROJECT_A},Project A,700.0"]


def test_the_tag_filter_keeps_lines_carrying_any_of_its_tags(client: TestClient) -> None:
    """tag=<ids> (comma list, repeated, or tag_id) keeps the lines carrying any of them, as the GL log's tag
    filter does; tag=null keeps the lines with no tag."""
    project_b = tagged_entries(client)
    params = {**Q2, "group_fields": "account", "aggregation_fields": "count:id,sum:amount", "mode": "full"}
    comma = report(client, **params, tag=f"{FUND_1},{project_b}")
    repeated = client.get(REPORT, params=[*params.items(), ("tag", str(FUND_1)), ("tag", str(project_b))]).json()
    alias = report(client, **params, tag_id=f"{FUND_1},{project_b}")
    assert comma["results"] == repeated["results"] == alias["results"]
    assert {r["account"]: (r["count"], r["amount"]) for r in comma["results"]} == {
        6400: (1, 250.0),
        6100: (1, 90.0),
        REVENUE: (1, -1200.0),
    }
    log = client.get("/coa/api/transaction", params=[*Q2.items(), ("tag", FUND_1), ("tag", project_b)]).json()
    assert log["count"] == sum(r["count"] for r in comma["results"])
    everything = report(client, **{**params, "group_fields": "journal_type"})["results"]
    untagged = report(client, **{**params, "group_fields": "journal_type"}, tag="null")["results"]
    assert sum(r["count"] for r in everything) - sum(r["count"] for r in untagged) == 4


def test_an_unknown_tag_group_is_a_400(client: TestClient) -> None:
    """A tag group the workspace has not is a 400 naming the parameter, as the statements' group is."""
    response = client.get(REPORT, params={"group_fields": "account", "pivot_fields": "tag_group_999"})
    assert response.status_code == 400
    assert response.json() == {"pivot_fields": ['Invalid pk "999" - object does not exist.']}
    word = client.get(REPORT, params={"group_fields": "tag_group_x"})
    assert word.status_code == 400
    assert word.json()["group_fields"][0].startswith("Unknown field(s) tag_group_x. Allowed: account,")
    assert "tag_group_<id>." in word.json()["group_fields"][0]
