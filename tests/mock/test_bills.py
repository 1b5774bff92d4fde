"""Bills through the API: the docs' Create Bill example, figures and status on the workspace clock,
relations checked, the list's filters, paging and deleted rows, replace/patch/delete/void/reopen, and the
entries bills post (the trial balance balances, AP equals the open bills)."""

from __future__ import annotations

import typing as t
from decimal import Decimal

from starlette.testclient import TestClient

from campfire_mock.openapi.documents import load_spec, packaged_spec

from .payables import (
    AP,
    BILLS,
    ap_balance,
    bill,
    new_bill,
    open_payables,
    set_clock,
    trial_balance_difference,
)

SPEC = load_spec(packaged_spec())
DOCS = SPEC["paths"]["/coa/api/v1/bill/"]["post"]["requestBody"]["content"]["application/json"]["examples"]
#: The docs' Create Bill answer (upstream lists it among the request's examples too; the spec keeps it here only).
SHOWN = SPEC["paths"]["/coa/api/v1/bill/"]["post"]["responses"]["201"]["content"]["application/json"]["examples"]


def test_docs_create_bill_example_answers_what_the_docs_show(client: TestClient) -> None:
    """The docs' Create Bill request, sent verbatim on the docs' day, answers the docs' figures and names."""
    set_clock(client, "2025-07-25")
    response = client.post(f"{BILLS}/", json=DOCS["CreateBillRequest"]["value"])
    assert response.status_code == 201, response.text
    body, shown = response.json(), SHOWN["CreateBillResponse"]["value"]
    same = (
        "id", "status", "payment_status", "past_due_days", "total_amount", "amount_due", "amount_paid",
        "vendor_name", "entity_name", "entity_currency", "voided_date", "bill_number", "bill_date", "due_date",
        "payment_term_name", "entity", "vendor", "payment_term", "terms", "message_on_bill", "paid_date",
    )  # fmt: skip
    assert {k: body[k] for k in same} == {k: shown[k] for k in same}
    line, shown_line = body["lines"][0], shown["lines"][0]
    fields = ("id", "account", "account_name", "account_number", "department", "department_name", "amount")
    assert {k: line[k] for k in fields} == {k: shown_line[k] for k in fields}
    assert line["bill_customer"] == 34182 and line["bill_customer_name"] == "ABC Bead Supply"
    assert [(tag["id"], tag["name"], tag["group_name"]) for tag in line["tags"]] == [(8355, "Project A", "Projects")]
    assert isinstance(body["journal_entry"], int)


def test_total_is_lines_plus_tax_and_status_follows_the_clock(client: TestClient) -> None:
    """Total is the lines' amounts and tax; an unpaid bill is open until its due date, then past due by days."""
    created = new_bill(client, lines=[(2622, 100, 8), (6400, 50.5, 0)], bill_date="2026-05-01", terms="net_30")
    assert (created["total_amount"], created["amount_due"], created["due_date"]) == (158.5, 158.5, "2026-05-31")
    set_clock(client, "2026-05-31")
    assert (bill(client, created["id"])["status"], bill(client, created["id"])["past_due_days"]) == ("open", None)
    set_clock(client, "2026-06-10")
    found = bill(client, created["id"])
    assert (found["status"], found["payment_status"], found["past_due_days"]) == ("past_due", "open", 10)


def test_due_date_follows_terms_or_payment_term_when_they_change(client: TestClient) -> None:
    """A PATCH of terms moves the due date to the bill date plus their days; of the payment term, its days;
    a PATCH of anything else keeps the due date."""
    created = new_bill(client, bill_date="2026-01-10", due_date="2026-01-20")
    patched = client.patch(f"{BILLS}/{created['id']}/", json={"terms": "net_15"}).json()
    assert patched["due_date"] == "2026-01-25"
    patched = client.patch(f"{BILLS}/{created['id']}/", json={"terms": None, "payment_term": 1234}).json()
    assert (patched["due_date"], patched["payment_term_name"]) == ("2026-02-09", "Net 30")
    assert client.patch(f"{BILLS}/{created['id']}/", json={"message_on_bill": "x"}).json()["due_date"] == "2026-02-09"


def test_unknown_relations_are_400s_naming_the_field(client: TestClient) -> None:
    """Vendor, entity, line account, department and tags must exist: DRF's message under each field."""
    body = {
        "entity": 999999,
        "vendor": 888888,
        "bill_date": "2026-01-01",
        "due_date": "2026-01-31",
        "bill_number": "B-1",
        "lines": [{"account": 777777, "amount": 10, "department": 666666, "tag_ids": [555555]}],
    }
    response = client.post(f"{BILLS}/", json=body)
    assert response.status_code == 400
    errors = response.json()
    assert errors["entity"] == ['Invalid pk "999999" - object does not exist.']
    assert errors["vendor"] == ['Invalid pk "888888" - object does not exist.']
    line = errors["lines"][0]
    assert line["account"] == ['Invalid pk "777777" - object does not exist.']
    assert line["department"] == ['Invalid pk "666666" - object does not exist.']
    assert line["tag_ids"] == ['Invalid pk "555555" - object does not exist.']
    assert client.get(f"{BILLS}/", params={"limit": 100}).json()["count"] == 6  # nothing was stored


def test_due_date_before_bill_date_is_refused(client: TestClient) -> None:
    """A due date before the bill date is a 400 naming due_date."""
    response = client.post(
        f"{BILLS}/",
        json={
            "entity": 54,
            "vendor": None,
            "bill_number": "B-2",
            "bill_date": "2026-02-01",
            "due_date": "2026-01-01",
            "lines": [{"account": 2622, "amount": 1}],
        },
    )
    assert response.status_code == 400
    assert response.json() == {"due_date": ["The due date cannot be before the bill date."]}


def test_line_relation_ids_are_integers_in_answers(client: TestClient) -> None:
    """Ids sent as numeric strings come back as integers."""
    created = new_bill(client, vendor="34182", lines=[("2622", "25.00", "0")])
    assert (created["vendor"], created["lines"][0]["account"], created["lines"][0]["amount"]) == (34182, 2622, 25)


def test_list_is_a_drf_page_and_a_created_bill_is_listed(client: TestClient) -> None:
    """The list answers count/next/previous/results and shows a bill created through the API."""
    created = new_bill(client)
    page = client.get(f"{BILLS}/", params={"limit": 2}).json()
    assert page["count"] == 7 and len(page["results"]) == 2 and page["previous"] is None
    assert "offset=2" in page["next"]
    ids = {b["id"] for b in client.get(f"{BILLS}/", params={"limit": 100}).json()["results"]}
    assert created["id"] in ids


def test_list_filters_by_vendor_status_dates_and_text(client: TestClient) -> None:
    """vendor, status, start/end date and q each narrow the list as their names say."""

    def ids(**params: t.Any) -> list[int]:
        return [b["id"] for b in client.get(f"{BILLS}/", params={"limit": 100, **params}).json()["results"]]

    set_clock(client, "2026-12-06")
    assert ids(vendor=900, sort="id") == [31889, 31890, 31893]
    assert ids(status="paid", sort="id") == [31888, 31893]
    assert ids(status="voided") == [31891]
    assert ids(status="partially_paid") == [31889]
    assert ids(status="past_due", sort="id") == [31889, 31890]
    assert ids(status="current") == [31892]
    assert ids(status="over_120", sort="id") == [31889, 31890]
    assert ids(start_date="2026-02-01", end_date="2026-03-01", sort="bill_date") == [31889, 31893, 31890]
    assert ids(q="chairs") == [31890]
    assert ids(sort="-amount_due")[0] == 31892


def test_bad_sort_is_a_400_naming_sort(client: TestClient) -> None:
    """An unknown sort field is refused under ``sort``, naming it and the fields it may be (the spec's pattern)."""
    response = client.get(f"{BILLS}/", params={"sort": "colour"})
    assert response.status_code == 400
    message = response.json()["sort"][0]
    assert message.startswith("Unknown sort field 'colour'. Use bill_date, due_date,") and "- to reverse" in message


def test_delete_hides_the_bill_and_include_deleted_lists_it_minimally(client: TestClient) -> None:
    """A deleted bill is a 404 and gone from the list; include_deleted=true lists only it, id and stamps."""
    created = new_bill(client)
    assert client.delete(f"{BILLS}/{created['id']}/").status_code == 204
    response = client.get(f"{BILLS}/{created['id']}/")
    assert response.status_code == 404 and response.json() == {"detail": "Not found."}
    deleted = client.get(f"{BILLS}/", params={"include_deleted": "true"}).json()["results"]
    assert [(row["id"], row["is_deleted"], set(row)) for row in deleted] == [
        (created["id"], True, {"id", "is_deleted", "deleted_at", "last_modified_at"})
    ]


def test_bill_with_active_payments_cannot_be_deleted_or_voided(client: TestClient) -> None:
    """Deleting or voiding a paid bill is a 409 saying to void its payments first."""
    response = client.delete(f"{BILLS}/31888/")
    assert response.status_code == 409
    assert response.json() == {"detail": "Bill 31888 has active payments; void them before you delete it."}
    response = client.post(f"{BILLS}/31888/void/", json={"void_date": "2026-03-01"})
    assert response.status_code == 409
    assert response.json() == {"detail": "Bill 31888 has active payments; void them before you void it."}


def test_put_replaces_and_patch_keeps_what_it_does_not_send(client: TestClient) -> None:
    """PUT replaces the lines and the fields it sends (keeping the optional ones it omits); PATCH changes only
    what it sends."""
    created = new_bill(client, message_on_bill="first")
    body = {"entity": 54, "vendor": 900, "bill_date": "2026-03-01", "due_date": "2026-03-15", "bill_number": "P-1",
            "lines": [{"account": 6400, "amount": 70}]}  # fmt: skip
    replaced = client.put(f"{BILLS}/{created['id']}/", json=body).json()
    assert (replaced["total_amount"], replaced["vendor_name"], replaced["message_on_bill"]) == (
        70,
        "Office Supplies Co",
        "first",
    )
    patched = client.patch(f"{BILLS}/{created['id']}/", json={"message_on_bill": "second"}).json()
    assert (patched["total_amount"], patched["due_date"], patched["message_on_bill"]) == (70, "2026-03-15", "second")


def test_void_posts_a_reversal_and_reopen_removes_it(client: TestClient) -> None:
    """Void sets voided_date and a reversing entry (AP back to where it was); reopen undoes both."""
    set_clock(client, "2026-05-15")
    before = ap_balance(client)
    created = new_bill(client, lines=[(2622, 300, 0)])
    assert created["voided_date"] is None
    assert ap_balance(client) == before - Decimal(300)
    voided = client.post(f"{BILLS}/{created['id']}/void/", json={"void_date": "2026-06-01"}).json()
    assert (voided["voided_date"], voided["status"], voided["payment_status"]) == ("2026-06-01", "voided", "voided")
    assert isinstance(voided["voided_journal_entry"], int)
    assert ap_balance(client) == before
    assert client.post(f"{BILLS}/{created['id']}/void/", json={"void_date": "2026-06-01"}).status_code == 409
    reopened = client.post(f"{BILLS}/{created['id']}/reopen/").json()
    assert (reopened["voided_date"], reopened["voided_journal_entry"], reopened["status"]) == (None, None, "open")
    assert ap_balance(client) == before - Decimal(300)


def test_unknown_bill_is_404(client: TestClient) -> None:
    """Retrieve, void and reopen of an id no bill has answer DRF's 404."""
    for response in (
        client.get(f"{BILLS}/999999/"),
        client.post(f"{BILLS}/999999/void/", json={"void_date": "2026-01-01"}),
        client.post(f"{BILLS}/999999/reopen/"),
    ):
        assert response.status_code == 404 and response.json() == {"detail": "Not found."}


def test_bill_posts_expense_and_tax_against_payables(client: TestClient) -> None:
    """A bill's entry debits each line's account and tax and credits AP the total, and it balances."""
    created = new_bill(client, lines=[(2622, 100, 8)])
    lines = client.get("/coa/api/transaction", params={"all_time": "true", "limit": 100, "account": AP}).json()[
        "results"
    ]
    mine = [row for row in lines if row["journal"] == created["journal_entry"]]
    assert [(row["credit_amount"], row["debit_amount"]) for row in mine] == [(108, None)]
    entry = client.get(f"/coa/api/journal_entry/{created['journal_entry']}").json()
    sides = sorted((row["account"], row["debit_amount"], row["credit_amount"]) for row in entry["transactions"])
    assert sides == [(2000, None, 108), (2200, 8, None), (2622, 100, None)]


def test_ap_control_account_equals_open_bills_and_trial_balance_balances(client: TestClient) -> None:
    """After bill writes the AP account equals what open bills owe less unused debit memos, and the trial
    balance still balances."""
    created = new_bill(client, lines=[(2622, 250, 0)])
    client.patch(f"{BILLS}/{created['id']}/", json={"lines": [{"account": 6400, "amount": 400}]})
    new_bill(client, lines=[(2622, 10, 1)])
    assert ap_balance(client) == -open_payables(client)
    assert trial_balance_difference(client) == 0


def test_aging_buckets_add_up_to_the_ap_account(client: TestClient) -> None:
    """The list's aging buckets (current, 1_30 ... over_120) cover every unpaid bill: their amounts due
    add up to what open bills owe, which is the AP account plus the unused debit memos held on it."""
    set_clock(client, "2026-12-06")
    new_bill(client, bill_date="2026-11-01", due_date="2026-11-20", lines=[(2622, 75, 0)])
    total = Decimal(0)
    for bucket in ("current", "1_30", "31_60", "61_90", "91_120", "over_120"):
        rows = client.get(f"{BILLS}/", params={"status": bucket, "limit": 100}).json()["results"]
        total += sum((Decimal(str(row["amount_due"])) for row in rows), Decimal(0))
    assert total == open_payables(client) + _unused_on_ap(client) == -ap_balance(client) + _unused_on_ap(client)


def _unused_on_ap(client: TestClient) -> Decimal:
    memos = client.get("/coa/api/v1/debit-memo", params={"limit": 100}).json()["results"]
    held = [m for m in memos if m["voided_date"] is None and m["debit_account"] in (None, AP)]
    return sum((Decimal(str(m["amount_remaining"])) for m in held), Decimal(0))


def test_bulk_search_finds_bills_by_number(client: TestClient) -> None:
    """Bulk search answers the bills carrying each number and the numbers none carries."""
    response = client.post(
        f"{BILLS}/bulk-search", json={"bills": [{"bill_number": "OSC-1203"}, {"bill_number": "nope"}]}
    )
    assert response.status_code == 200
    body = response.json()
    assert ([b["id"] for b in body["results"]], body["not_found"]) == ([31890], ["nope"])


DRAFTS = "/coa/api/v1/bill-draft"


def _draft(client: TestClient, **fields: t.Any) -> dict[str, t.Any]:
    """A new draft (its create answers no id, as upstream's schema says: it is the newest one listed)."""
    response = client.post(DRAFTS, json={"source": "ui_upload", **fields})
    assert response.status_code == 201, response.text
    return t.cast(dict[str, t.Any], max(client.get(DRAFTS).json(), key=lambda d: d["id"]))


def test_promoting_a_draft_makes_the_bill_it_describes(client: TestClient) -> None:
    """Promote creates a bill from the draft's extracted fields; the draft says promoted and names it."""
    draft = _draft(client)
    fields = {
        "entity": 54,
        "resolved_vendor": 900,
        "extracted_bill_number": "OSC-2001",
        "extracted_bill_date": "2026-05-02",
        "extracted_due_date": "2026-06-01",
        "extracted_line_items": [{"account": 2622, "amount": 64, "description": "Pens"}],
    }
    assert client.patch(f"{DRAFTS}/{draft['id']}", json=fields).status_code == 200
    promoted = client.post(f"{DRAFTS}/{draft['id']}/promote")
    assert promoted.status_code == 200, promoted.text
    body = promoted.json()
    assert body["status"] == "promoted" and isinstance(body["promoted_bill"], int)
    made = bill(client, body["promoted_bill"])
    assert (made["bill_number"], made["vendor_name"], made["total_amount"]) == ("OSC-2001", "Office Supplies Co", 64)
    again = client.post(f"{DRAFTS}/{draft['id']}/promote")
    assert again.status_code == 409
    assert again.json() == {
        "detail": f"Bill draft {draft['id']} is promoted; only an open draft can be promoted, abandoned or discarded."
    }


def test_a_draft_missing_what_a_bill_needs_is_a_400_naming_the_drafts_fields(client: TestClient) -> None:
    """Promoting a draft without an entity or line items names the draft's own fields, and says the draft
    (not the bodiless request) is what to change."""
    draft = _draft(client)
    response = client.post(f"{DRAFTS}/{draft['id']}/promote")
    assert response.status_code == 400
    assert response.json()["entity"] == ["This field is required."]
    assert response.json()["extracted_line_items"] == ["This list may not be empty."]
    assert response.json()["non_field_errors"] == [
        "The draft's extracted fields do not make a bill yet: set them (PATCH the draft), then promote it."
    ]


def test_abandon_deletes_and_discard_keeps_the_draft_with_its_reason(client: TestClient) -> None:
    """Abandon removes the draft; discard needs a reason and marks it discarded."""
    gone, kept = _draft(client), _draft(client)
    assert client.post(f"{DRAFTS}/{gone['id']}/abandon").status_code == 200
    assert client.get(f"{DRAFTS}/{gone['id']}").status_code == 404
    missing = client.post(f"{DRAFTS}/{kept['id']}/discard", json={})
    assert missing.status_code == 400
    discarded = client.post(f"{DRAFTS}/{kept['id']}/discard", json={"discard_reason": "Duplicate of OSC-1187"})
    assert discarded.status_code == 200
    assert (discarded.json()["status"], discarded.json()["discard_reason"]) == ("discarded", "Duplicate of OSC-1187")


SCHEDULE = f"{BILLS}/amortization/generate-schedule"


def test_generate_spreads_an_amount_straight_line_over_the_months(client: TestClient) -> None:
    """1,000.00 over 3 months from 2026-01-31 is 333.33, 333.33, 333.34 on each month's matching day."""
    response = client.get(SCHEDULE, params={"amount": 1000, "start_date": "2026-01-31", "months": 3})
    assert response.status_code == 200, response.text
    assert [(p["date"], p["amount"]) for p in response.json()] == [
        ("2026-01-31", 333.33),
        ("2026-02-28", 333.33),
        ("2026-03-31", 333.34),
    ]


def test_save_keeps_a_schedule_on_the_bill_line_when_it_adds_up(client: TestClient) -> None:
    """A schedule adding up to the line is kept on it; one that does not is a 400 naming schedule."""
    created = new_bill(client, lines=[(2622, 1200, 0)])
    line = created["lines"][0]["id"]
    parts = client.get(SCHEDULE, params={"amount": 1200, "start_date": "2026-05-01", "months": 12}).json()
    short = client.put(SCHEDULE, json={"bill_line": line, "schedule": parts[:11]})
    assert short.status_code == 400
    assert short.json() == {"schedule": [f"The parts add up to 1100.00; bill line {line} is 1200.00."]}
    saved = client.put(SCHEDULE, json={"bill_line": line, "schedule": parts})
    assert saved.status_code == 200 and len(saved.json()) == 12
    kept = bill(client, created["id"])["lines"][0]["amortization_schedule"]
    assert [(p["date"], p["amount"]) for p in kept][:2] == [("2026-05-01", 100), ("2026-06-01", 100)]


def test_a_vendor_with_bills_cannot_be_deleted(client: TestClient) -> None:
    """Deleting a vendor that live bills name is a 409 naming them (test_vendor_delete.py: ``new_vendor``); the
    count is of objects, each once (two debit memos, three bill drafts, one bank transaction after the three
    bills), not of the links that reach them."""
    response = client.delete("/coa/api/vendor/900")
    assert response.status_code == 409
    assert response.json() == {
        "detail": "This vendor cannot be deleted: bill 31889, bill 31890, bill 31893 and 6 more refer to it."
    }


def test_default_department_and_tags_come_from_the_largest_line(client: TestClient) -> None:
    """A manual payment's defaults are the department and tags of the line with the largest amount + tax,
    the first created among equals."""
    lines = [
        {"account": 2622, "amount": 100, "tax": 0, "department": 35, "tag_ids": [8355]},
        {"account": 2622, "amount": 90, "tax": 20, "department": 36},
        {"account": 2622, "amount": 110, "tax": 0, "department": 365},
    ]
    body = {"entity": 54, "vendor": 34182, "bill_number": "T-2", "bill_date": "2026-05-01", "due_date": "2026-05-31"}
    body["lines"] = lines
    created = client.post(f"{BILLS}/", json=body).json()
    response = client.get(f"{BILLS}/{created['id']}/empty-transaction-default-department-tags")
    assert response.status_code == 200, response.text
    assert response.json() == {"department": {"id": 36, "name": "Sales"}, "tags": []}
    client.patch(f"{BILLS}/{created['id']}/", json={"lines": lines[:1]})
    found = client.get(f"{BILLS}/{created['id']}/empty-transaction-default-department-tags").json()
    assert (found["department"]["id"], [tag["id"] for tag in found["tags"]]) == (35, [8355])
