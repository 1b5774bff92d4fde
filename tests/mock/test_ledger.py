"""The general ledger: posting rules (accounts by role, documents naming accounts), manual journal entries
(lines kept, balance and account checks, reversals, list filters, no edits of posted entries) and the GL
log (paging by offset and cursor, filters, totals, lines by id)."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from .test_invoices import INVOICES, example

JOURNAL = "/coa/api/journal_entry"
GL = "/coa/api/transaction"
ALL = {"all_time": "true", "limit": 10000}


def entry_body(*lines: tuple[int, float], day: str = "2026-05-10", **extra: t.Any) -> dict[str, t.Any]:
    """A manual entry: (account, + debit / - credit) per line."""
    return {
        "date": day,
        "entity": 54,
        "memo": "Test entry",
        "transactions": [
            {"account": a, "debit_amount": v} if v > 0 else {"account": a, "credit_amount": -v} for a, v in lines
        ],
        **extra,
    }


def sides(entry: dict[str, t.Any]) -> dict[int, float]:
    """An entry's signed amount (debit positive) by account."""
    found: dict[int, float] = {}
    for line in entry["transactions"]:
        found[line["account"]] = round(found.get(line["account"], 0) + line["amount"], 2)
    return found


def gl_lines(client: TestClient, **params: t.Any) -> list[dict[str, t.Any]]:
    response = client.get(GL, params={**ALL, **params})
    assert response.status_code == 200, response.text
    return t.cast(list[dict[str, t.Any]], response.json()["results"])


# ---------------------------------------------------------------------- posting rules


def test_the_docs_mark_paid_example_debits_the_bank_not_receivables(client: TestClient) -> None:
    """The Mark Paid example names the receivables account: its transaction payment debits the bank account
    the transaction belongs to and credits receivables (it once posted Dr AR / Cr AR)."""
    body = example(f"{INVOICES}{{invoice_id}}/pay/", "post", "MarkInvoiceAsPaidRequest")
    result = client.post(f"{INVOICES}58700/pay/", json=body).json()
    posted = [client.get(f"{JOURNAL}/{je}").json() for je in result["journal_entry_ids"]]
    by_bank = next(e for e in posted if 1010 in sides(e))
    assert sides(by_bank) == {1010: 883.33, 2553: -883.33}
    by_memo = next(e for e in posted if e is not by_bank)  # the memo credits receivables: AR to AR
    assert (by_memo["type"], sides(by_memo)) == ("invoice_payment", {2553: 0.0})


def test_a_workspace_chart_decides_the_posting_accounts(client: TestClient) -> None:
    """Receivables and revenue are found by their role: a new receivables account with a lower number and a
    product naming its revenue account take an invoice's lines."""
    ar = client.post(
        "/coa/api/account",
        json={
            "name": "1050 - Trade Debtors",
            "number": "1050",
            "account_type": "ASSET",
            "account_subtype": "ACCOUNTS_RECEIVABLE",
        },
    ).json()
    client.patch("/rr/api/v1/product/3680", json={"revenue_account": 169209})
    body = {
        "entity": 54,
        "client": 42,
        "invoice_date": "2026-05-01",
        "due_date": "2026-05-31",
        "lines": [{"product": 3680, "quantity": 2, "rate": 500}],
    }
    inv = client.post(INVOICES, json=body).json()
    posted = client.get(f"{JOURNAL}/{inv['journal_entry']}").json()
    assert sides(posted) == {ar["id"]: 1000.0, 169209: -1000.0}


def test_the_role_accounts_follow_the_chart_across_writes(client: TestClient) -> None:
    """The role accounts the ledger remembers between writes are found again once the chart changes: an
    invoice posted before and after a new receivables account (lower number) and after its deletion posts
    to 2553, the new account, then 2553 again."""
    body = {
        "entity": 54,
        "client": 42,
        "invoice_date": "2026-05-01",
        "due_date": "2026-05-31",
        "lines": [{"product": 1, "quantity": 1, "rate": 100}],
    }

    def receivable() -> int:
        inv = client.post(INVOICES, json=body).json()
        assert "journal_entry" in inv, inv
        posted = client.get(f"{JOURNAL}/{inv['journal_entry']}").json()
        assert inv["ar_account"] in sides(posted)
        return int(inv["ar_account"])

    assert receivable() == receivable() == 2553
    ar = client.post(
        "/coa/api/account",
        json={
            "name": "Trade Debtors",
            "number": "1050",
            "account_type": "ASSET",
            "account_subtype": "ACCOUNTS_RECEIVABLE",
        },
    ).json()
    assert receivable() == ar["id"]
    assert client.delete(f"/coa/api/account/{ar['id']}").status_code == 409  # it now holds receivables
    refused = client.post("/coa/api/account", json={"name": "", "account_subtype": "ACCOUNTS_RECEIVABLE"})
    assert refused.status_code == 400
    assert receivable() == ar["id"]


def test_an_invoice_discount_and_tax_post_balanced(client: TestClient) -> None:
    """An invoice with tax and a discount debits receivables its total, credits revenue and sales tax, and
    debits revenue the discount."""
    body = {
        "entity": 54,
        "client": 42,
        "invoice_date": "2026-05-01",
        "due_date": "2026-05-31",
        "discount": 50,
        "lines": [{"product": 1, "quantity": 2, "rate": 250, "tax": 40}],
    }
    inv = client.post(INVOICES, json=body).json()
    posted = client.get(f"{JOURNAL}/{inv['journal_entry']}").json()
    assert sides(posted) == {2553: inv["total_amount"], 169208: -450.0, 2200: -40.0}
    assert inv["total_amount"] == 490


def test_a_gl_line_has_null_on_its_other_side_and_three_amounts(client: TestClient) -> None:
    """A debit line has credit_amount null, its amount signed, and book and native twins; its journal's
    order round-trips to the entry."""
    line = next(ln for ln in gl_lines(client, journal_type="invoice") if ln["debit_amount"] is not None)
    assert line["credit_amount"] is None and line["amount"] == line["debit_amount"] > 0
    assert line["amount_book"] == line["amount_native"] == line["amount"]
    assert (line["posted_at"][:4], line["date_year"], len(line["date_month"])) == (line["date_year"],) * 2 + (2,)
    entry = client.get(f"{JOURNAL}/{line['journal']}").json()
    assert entry["order"] == line["journal_order"] and line["id"] in [t["id"] for t in entry["transactions"]]
    assert client.get(f"{GL}/{line['id']}").json() == line


# ---------------------------------------------------------------------- manual journal entries


def test_the_journal_entry_guide_example_keeps_its_lines_and_posts_its_reversal(client: TestClient) -> None:
    """Campfire's journal-entry example keeps both lines, and its reversal_date posts the swapped entry."""
    body = example(JOURNAL, "post", "BasicJournalEntryRequest")
    made = client.post(JOURNAL, json=body)
    assert made.status_code == 201, made.text
    entry = made.json()
    assert sides(entry) == {180564: 12345.67, 2563: -12345.67}
    assert entry["created_automatically"] is False and entry["has_reversal"] is True
    reversal = client.get(f"{JOURNAL}/{entry['reversals'][0]['id']}").json()
    assert (reversal["date"], reversal["reversal_of"]) == ("2025-08-01", entry["id"])
    assert sides(reversal) == {180564: -12345.67, 2563: 12345.67}


def test_a_tagged_line_answers_its_tags_with_their_names_in_the_entry_and_the_gl_log(client: TestClient) -> None:
    """A line sent with tag 8355 as upstream's examples send it answers the tag with its name and group's name,
    in the entry and in the GL log."""
    body = entry_body((6000, 40), (2300, -40))
    body["transactions"][0]["tags"] = [{"id": "8355", "name": "Project A", "group": 727}]
    made = client.post(JOURNAL, json=body)
    assert made.status_code == 201, made.text
    tagged = [line for line in gl_lines(client, tag=8355) if line["journal"] == made.json()["id"]]
    assert [(t["id"], t["name"], t["group_name"]) for line in tagged for t in line["tags"]] == [
        (8355, "Project A", "Projects")
    ]
    shown = client.get(f"{JOURNAL}/{made.json()['id']}").json()
    assert [t["name"] for line in shown["transactions"] for t in line["tags"]] == ["Project A"]


def test_an_unbalanced_entry_is_a_400_naming_transactions_and_stores_nothing(client: TestClient) -> None:
    """500 debit against 499 credit is refused with the totals, and nothing posts."""
    before = client.get(GL + "/totals", params={"all_time": "true"}).json()
    refused = client.post(JOURNAL, json=entry_body((6100, 500), (1010, -499)))
    assert refused.status_code == 400
    assert refused.json() == {"transactions": ["Debits (500.00) must equal credits (499.00)."]}
    assert client.get(GL + "/totals", params={"all_time": "true"}).json() == before


def test_a_line_that_rounds_to_nothing_is_a_400(client: TestClient) -> None:
    """A line whose debit and credit both round to nothing (0.004 against 0.001) is refused, and nothing
    posts."""
    before = client.get(GL + "/totals", params={"all_time": "true"}).json()
    tiny = client.post(JOURNAL, json=entry_body((6100, 0.004), (1010, -0.001)))
    assert tiny.status_code == 400
    assert tiny.json() == {
        "transactions": [{"debit_amount": ["A line needs a debit or a credit amount (of at least 0.01)."]}] * 2
    }
    assert client.get(GL + "/totals", params={"all_time": "true"}).json() == before


def test_an_entry_without_lines_is_a_400_and_stores_nothing(client: TestClient) -> None:
    """No ``transactions``, null or an empty list is refused in DRF's words (an entry with no lines is none),
    on create and on replace, and no entry is made."""
    before = client.get(JOURNAL, params=ALL).json()["count"]
    for body, message in (
        ({}, "This field is required."),
        ({"date": "2026-01-02", "transactions": None}, "This field may not be null."),
        ({"date": "2026-01-02", "entity": 54, "transactions": []}, "This list may not be empty."),
    ):
        refused = client.post(JOURNAL, json=body)
        assert (refused.status_code, refused.json()) == (400, {"transactions": [message]}), body
    assert client.get(JOURNAL, params=ALL).json()["count"] == before
    made = client.post(JOURNAL, json=entry_body((6100, 10), (1010, -10)))
    assert made.status_code == 201, made.text
    for method in (client.put, client.patch):
        emptied = method(f"{JOURNAL}/{made.json()['id']}", json={"date": "2026-01-02", "transactions": []})
        assert (emptied.status_code, emptied.json()) == (400, {"transactions": ["This list may not be empty."]})
    assert len(client.get(f"{JOURNAL}/{made.json()['id']}").json()["transactions"]) == 2


def test_an_unknown_account_is_drfs_invalid_pk_on_its_line(client: TestClient) -> None:
    """A line on account 999999 is a 400 on that line only, in DRF's words."""
    refused = client.post(JOURNAL, json=entry_body((999999, 10), (1010, -10)))
    assert refused.status_code == 400
    assert refused.json() == {"transactions": [{"account": ['Invalid pk "999999" - object does not exist.']}, {}]}


def test_receivables_are_refused_to_manual_lines_unless_the_account_allows_it(client: TestClient) -> None:
    """AR is its invoices' subledger: a manual line on it is a 400 until skip_subledger_validation is set."""
    refused = client.post(JOURNAL, json=entry_body((2553, 10), (1010, -10)))
    assert refused.status_code == 400
    assert "skip_subledger_validation" in refused.json()["transactions"][0]["account"][0]
    client.patch("/coa/api/account/2553", json={"skip_subledger_validation": True})
    assert client.post(JOURNAL, json=entry_body((2553, 10), (1010, -10))).status_code == 201


def test_an_inactive_account_is_refused(client: TestClient) -> None:
    """Journal entries post only to active accounts."""
    client.patch("/coa/api/account/6400", json={"status": "INACTIVE"})
    refused = client.post(JOURNAL, json=entry_body((6400, 10), (1010, -10)))
    assert refused.status_code == 400
    assert refused.json()["transactions"][0]["account"] == [
        "Account 6400 is inactive; journal entries may only post to active accounts."
    ]


def test_a_posted_entry_cannot_be_edited_or_deleted(client: TestClient) -> None:
    """An invoice's entry is a 409 to PATCH and DELETE, with the message saying what to do instead."""
    for method in ("PATCH", "DELETE"):
        refused = client.request(method, f"{JOURNAL}/2681173", json={"memo": "x"} if method == "PATCH" else None)
        assert refused.status_code == 409
        assert refused.json()["detail"] == (
            "Journal entry 2681173 is posted by invoice 47864; void or change that document to reverse it."
        )


def test_patching_and_deleting_a_manual_entry_moves_its_lines(client: TestClient) -> None:
    """A PATCH of the lines replaces them (checked again); a DELETE takes them off the ledger and the GL
    log's include_deleted lists them."""
    made = client.post(JOURNAL, json=entry_body((6100, 100), (1010, -100))).json()
    patched = client.patch(
        f"{JOURNAL}/{made['id']}", json={"transactions": entry_body((6200, 70), (1010, -70))["transactions"]}
    )
    assert patched.status_code == 200, patched.text
    assert sides(patched.json()) == {6200: 70.0, 1010: -70.0}
    assert (
        client.patch(
            f"{JOURNAL}/{made['id']}", json={"transactions": [{"account": 6200, "debit_amount": 1}]}
        ).status_code
        == 400
    )
    assert client.delete(f"{JOURNAL}/{made['id']}").status_code == 204
    assert client.get(f"{JOURNAL}/{made['id']}").status_code == 404
    gone = client.get(GL, params={"include_deleted": "true", "limit": 1000}).json()["results"]
    assert {ln["id"] for ln in gone} == {ln["id"] for ln in patched.json()["transactions"]}
    assert all(ln["is_deleted"] for ln in gone)


def test_the_entry_list_has_a_six_month_window_and_filters(client: TestClient) -> None:
    """Without dates the list covers six months back; all_time lists every entry; account keeps entries
    with a line on it; start_date/end_date bound the entry date."""
    client.post("/__campfire_mock__/clock", json={"now": "2026-12-15"})
    default = client.get(JOURNAL, params={"limit": 10000}).json()["results"]
    assert default and min(e["date"] for e in default) >= "2026-06-15"
    everything = client.get(JOURNAL, params=ALL).json()
    assert everything["count"] > len(default)
    rent = client.get(JOURNAL, params={**ALL, "account": 6100}).json()["results"]
    assert len(rent) == 12 and all(6100 in sides(e) for e in rent)
    march = client.get(JOURNAL, params={"start_date": "2026-03-01", "end_date": "2026-03-31", "limit": 1000})
    assert {e["date"][:7] for e in march.json()["results"]} == {"2026-03"}


# ---------------------------------------------------------------------- GL log


def test_the_gl_log_lists_every_line_once_across_offset_and_cursor_pages(client: TestClient) -> None:
    """Offset pages and cursor pages (following next links) each list every posted line exactly once."""
    every = {ln["id"] for ln in gl_lines(client)}
    assert len(every) > 300
    seen: list[int] = []
    url: str | None = f"{GL}?all_time=true&limit=97"
    while url:
        page = client.get(url).json()
        seen += [ln["id"] for ln in page["results"]]
        url = page["next"]
    assert sorted(seen) == sorted(every)
    seen = []
    url = f"{GL}?all_time=true&limit=97&cursor="
    while url:
        page = client.get(url).json()
        seen += [ln["id"] for ln in page["results"]]
        url = page["next"]
    assert sorted(seen) == sorted(every)


def test_a_cursor_sync_sees_a_later_write_on_its_next_page(client: TestClient) -> None:
    """Cursor order is (last_modified_at, id): an entry written during a sync comes on a later page."""
    first = client.get(GL, params={"all_time": "true", "limit": 5000, "cursor": ""}).json()
    made = client.post(JOURNAL, json=entry_body((6100, 5), (1010, -5))).json()
    rest = client.get(
        GL, params={"all_time": "true", "limit": 5000, "cursor": "", "last_modified_at__gte": made["last_modified_at"]}
    ).json()
    assert {ln["journal"] for ln in rest["results"]} >= {made["id"]}
    assert first["count"] + 2 == client.get(GL, params={"all_time": "true", "cursor": ""}).json()["count"]


def test_gl_filters_select_lines(client: TestClient) -> None:
    """account, account_type, vendor, department, entity, journal_type and q each keep only matching lines."""
    assert {ln["account"] for ln in gl_lines(client, account=6100)} == {6100}
    assert {ln["account_type"] for ln in gl_lines(client, account_type="REVENUE")} == {"REVENUE"}
    assert {ln["vendor"] for ln in gl_lines(client, vendor=42)} == {42}
    assert {ln["department"] for ln in gl_lines(client, department=35)} == {35}
    assert {ln["entity"] for ln in gl_lines(client, entity=11)} == {11}
    assert {ln["journal_type"] for ln in gl_lines(client, journal_type="void_invoice")} == {"void_invoice"}
    assert {ln["journal_memo"] for ln in gl_lines(client, q="payroll run")} == {"Payroll"}
    window = gl_lines(client, all_time="false", start_date="2026-04-01", end_date="2026-04-30")
    assert window and {ln["posted_at"][:7] for ln in window} == {"2026-04"}


def test_the_none_flags_keep_lines_without_a_department_or_vendor(client: TestClient) -> None:
    """no_department=true keeps the lines without a department, no_vendor=true those without a vendor; with
    department=N too it keeps both (as the ledger report reads it); false filters nothing; the totals and the
    general ledger take the flags too."""
    every = gl_lines(client)
    plain = [ln for ln in every if ln["department"] is None]
    assert 0 < len(plain) < len(every)
    assert [ln["id"] for ln in gl_lines(client, no_department="true")] == [ln["id"] for ln in plain]
    no_vendor = gl_lines(client, no_vendor="true")
    assert [ln["id"] for ln in no_vendor] == [ln["id"] for ln in every if ln["vendor"] is None]
    both = gl_lines(client, no_department="true", department=35)
    assert {ln["department"] for ln in both} == {None, 35}
    assert len(gl_lines(client, no_department="false")) == len(every)
    totals = client.get(GL + "/totals", params={**ALL, "no_department": "true"}).json()
    assert totals["count"] == len(plain)
    ledger = client.get("/coa/api/general-ledger", params={**ALL, "no_vendor": "true"}).json()
    assert sum(len(account["transactions"]) for account in ledger["accounts"]) == len(no_vendor)


def test_totals_balance_and_a_bad_date_is_a_400(client: TestClient) -> None:
    """The totals of every line have debits equal to credits; a malformed start_date is a 400 naming it."""
    totals = client.get(GL + "/totals", params={"all_time": "true"}).json()
    assert totals["count"] > 300 and totals["debit_amount"] == totals["credit_amount"] > 0
    bad = client.get(GL, params={"start_date": "05/01/2026"})
    assert bad.status_code == 400
    assert bad.json() == {"start_date": ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]}


def test_a_posted_line_cannot_be_edited_and_a_manual_one_only_outside_its_amounts(client: TestClient) -> None:
    """A document's GL line is a 409 to PATCH/DELETE; a manual line takes a new description but not a new
    amount (400 naming the field: the entry must stay balanced), and deleting it deletes its entry."""
    posted = gl_lines(client, journal_type="invoice")[0]
    assert client.patch(f"{GL}/{posted['id']}", json={"bank_description": "x"}).status_code == 409
    assert client.delete(f"{GL}/{posted['id']}").status_code == 409
    made = client.post(JOURNAL, json=entry_body((6100, 5), (1010, -5))).json()
    line = made["transactions"][0]["id"]
    renamed = client.patch(f"{GL}/{line}", json={"bank_description": "Rent top-up"})
    assert renamed.status_code == 200 and renamed.json()["bank_description"] == "Rent top-up"
    refused = client.patch(f"{GL}/{line}", json={"debit_amount": 6})
    assert refused.status_code == 400 and "stays balanced" in refused.json()["debit_amount"][0]
    assert client.delete(f"{GL}/{line}").status_code == 204  # the entry goes with its line
    assert client.get(f"{JOURNAL}/{made['id']}").status_code == 404
    assert client.get(f"{GL}/99").status_code == 404


def test_a_gl_line_of_an_entry_without_an_entity_answers_entity_null(client: TestClient) -> None:
    """An entry posted without ``entity`` answers null there, and so do its GL lines (not an invented 0)."""
    lines = [{"account": 6000, "debit_amount": 1}, {"account": 2300, "credit_amount": 1}]
    made = client.post(JOURNAL, json={"date": "2026-11-02", "transactions": lines})
    assert made.status_code == 201, made.text
    assert made.json()["entity"] is None
    assert [ln["entity"] for ln in made.json()["transactions"]] == [None, None]
    line = client.get(f"{GL}/{made.json()['transactions'][0]['id']}")
    assert line.status_code == 200, line.text
    assert (line.json()["entity"], line.json()["entity_name"]) == (None, None)


def test_an_entry_without_an_entity_posts_in_the_consolidation_currency_and_the_trial_balance_counts_it(
    client: TestClient,
) -> None:
    """An entry naming no entity answers its three amounts on each line and moves the trial balance by them."""
    params = {"start_date": "2026-01-01", "end_date": "2026-12-31"}

    def balance(number: str) -> float:
        accounts = client.get("/ca/api/get_trial_balance", params=params).json()["trial_balance"]["accounts"]
        found = [a["balances"] for a in accounts if a["number"] == number]
        return round(sum(b["debits"] - b["credits"] for b in found), 2)

    expense, accrued = (client.get(f"/coa/api/account/{a}").json()["number"] for a in (6000, 2300))
    before = balance(expense), balance(accrued)
    lines = [{"account": 6000, "debit_amount": 120}, {"account": 2300, "credit_amount": 120}]
    made = client.post(JOURNAL, json={"date": "2026-06-28", "transactions": lines})
    assert made.status_code == 201, made.text
    amounts = [(ln["debit_amount"], ln["credit_amount"], ln["currency"]) for ln in made.json()["transactions"]]
    assert amounts == [(120, None, "USD"), (None, 120, "USD")]
    assert (balance(expense), balance(accrued)) == (before[0] + 120, before[1] - 120)


def test_a_date_only_lte_bound_of_the_gl_log_covers_its_whole_day(client: TestClient) -> None:
    """``last_modified_at__lte=<the day of the latest change>`` keeps every line, as on the other sync lists."""
    params = {"all_time": "true", "limit": 1000}
    lines = client.get(GL, params=params).json()
    latest = max(line["last_modified_at"] for line in lines["results"])
    bounded = client.get(GL, params={**params, "last_modified_at__lte": latest[:10]}).json()
    assert bounded["count"] == lines["count"]
