"""The demo company's payables: bills in every state, their payments and a debit memo, stored as the
mock stores what the API writes (``domain/bills.py``, ``bill_payments.py``, ``debit_memos.py``), so the
ledger posts them like any others and AP ties out to the open bills.

Called by ``demo_seed.py``; idempotent (replaces the payables objects it owns). The ids are chosen so
the docs' examples continue them: the next bill created is 31894 with line 298626 (Create Bill's
answer); debit memo 343 (``DM-0000005``, 1,000.01 of ABC Bead Supply, as Create Debit Memo's example
makes it) is seeded, so Mark Bill Paid's example, which applies it, works on the bill Create Bill makes.

=======  ==================  ==========  =========================================================
bill     vendor              date        state
=======  ==================  ==========  =========================================================
31888    ABC Bead Supply     2026-01-10  paid in full by bank transaction 14728804 (a withdrawal)
31889    Office Supplies Co  2026-02-01  partially paid on the company card (a manual payment)
31890    Office Supplies Co  2026-03-01  open and past due
31891    ABC Bead Supply     2026-04-01  voided on 2026-04-05 (its reversal posted)
31892    ABC Bead Supply     2026-11-20  open, with sales tax, due 2026-12-20
31893    Office Supplies Co  2026-02-10  paid by debit memo 342 (100.00) and the card (400.00)
=======  ==================  ==========  =========================================================

Debit memos: 340 (Office Supplies Co, 75.00, open), 341 (ABC Bead Supply, 60.00, 25.00 refunded by
deposit 14728806: partially used), 342 (Office Supplies Co, 150.00, 100.00 applied to bill 31893), 343
(ABC Bead Supply, 1,000.01, open: the docs' memo).
"""

from __future__ import annotations

import typing as t

Row = dict[str, t.Any]

BILLS = "/coa/api/v1/bill"
BILL_PAYMENTS = "/coa/api/v1/bill-payments"
DEBIT_MEMOS = "/coa/api/v1/debit-memo"
#: What the docs' Create Bill example names: its expense account, tag, tag group and payment term.
GUIDE_ACCOUNT = {
    "id": 2622,
    "name": "6700 - Office Expenses",
    "number": "6700",
    "account_type": "OPERATING_EXPENSES",
    "account_subtype": "EXPENSE",
    "account_cashflow_classification": "OPERATING",
    "currency": "USD",
    "status": "ACTIVE",
}
GUIDE_TAG = {
    "id": 8355,
    "name": "Project A",
    "group": 727,
    "parent": None,
    "created_at": "2025-07-17T16:21:02+0000",
    "last_modified_at": "2025-07-17T16:21:02+0000",
}
GUIDE_TAG_GROUP = {"id": 727, "name": "Projects"}
GUIDE_TERM = {"id": 1234, "name": "Net 30", "days": 30}
#: A withdrawal from the operating account that paid bill 31888.
WITHDRAWAL = {
    "id": 14728804,
    "amount": -1200,
    "date": "2026-02-05",
    "description": "ABC Bead Supply ACH",
    "account_id": 1010,
    "vendor": 34182,
    "currency": "USD",
}
#: What the docs' Create Debit Memo and Mark Bill Paid examples name besides: a travel expense account, a
#: department, a tag of a "Fund" group, a second payables account and the withdrawal that pays the bill;
#: Update Bill's cost of goods account (numbered 5000 as the docs show it) and Net 45 payment term.
GUIDE_EXTRAS: tuple[tuple[str, Row], ...] = (
    ("account", {**GUIDE_ACCOUNT, "id": 2613, "name": "6500 - Travel Expenses", "number": "6500"}),
    ("account", {**GUIDE_ACCOUNT, "id": 2550, "name": "2010 - Accounts Payable", "number": "2010",
                 "account_type": "LIABILITY", "account_subtype": "ACCOUNTS_PAYABLE"}),
    ("account", {**GUIDE_ACCOUNT, "id": 2600, "name": "5000 - Cost of Goods Sold", "number": "5000",
                 "account_type": "COGS", "account_subtype": "COST_OF_GOODS_SOLD"}),
    ("payment_term", {"id": 1236, "name": "Net 45", "days": 45}),
    ("department", {"id": 365, "name": "Customer Support", "code": "CS"}),
    ("/coa/api/tag", {**GUIDE_TAG, "id": 8344, "name": "Fund 1", "group": 696}),
    ("/coa/api/tag-group", {"id": 696, "name": "Fund"}),
    ("transaction", {"id": 21069178, "amount": -8999.99, "date": "2025-07-25", "account_id": 1010, "vendor": 34182,
                     "description": "ScholarShare ACHCONTRIB 070825", "currency": "USD"}),
    ("transaction", {"id": 14728805, "amount": -600, "date": "2026-06-01", "account_id": 1010, "vendor": 900,
                     "description": "Office Supplies Co ACH", "currency": "USD"}),
)  # fmt: skip
#: Money ABC Bead Supply sent back against debit memo 341.
REFUND_DEPOSIT = {
    "id": 14728806,
    "amount": 25,
    "date": "2026-03-12",
    "description": "ABC Bead Supply refund",
    "account_id": 1010,
    "vendor": 34182,
    "currency": "USD",
}
CARD = 2100
VENDORS = {"abc": 34182, "office": 900}
#: Next ids the API draws after the seeded ones (bill lines: the docs' 298626).
SEQUENCES = {"bill_line": 298626, "bill_number": 1, "debit_memo_number": 6}


def _stamp(day: str) -> str:
    return f"{day}T16:00:00+0000"


def _bill(
    bill_id: int, vendor: int, day: str, due: str, number: str, journal: int, lines: list[tuple[int, str, str, str]]
) -> Row:
    """A stored bill: (account, amount, tax, description) lines, ids from ``bill_id``'s range."""
    return {
        "id": bill_id,
        "journal_entry": journal,
        "created_at": _stamp(day),
        "last_modified_at": _stamp(day),
        "voided_date": None,
        "voided_journal_entry": None,
        "_payment_ids": [],
        "is_deleted": False,
        "deleted_at": None,
        "vendor": vendor,
        "payment_term": None,
        "ap_account": 2000,
        "entity": 54,
        "currency": "USD",
        "terms": "net_30",
        "bill_date": day,
        "due_date": due,
        "bill_number": number,
        "message_on_bill": None,
        "paid_date": None,
        "lines": [
            {
                "id": 298600 + (bill_id - 31888) * 4 + n,
                "description": text,
                "account": account,
                "department": 35 if account == 5000 else None,
                "bill_customer": None,
                "amount": amount,
                "tax": tax,
                "tag_ids": [],
                "currency": "USD",
                "created_at": _stamp(day),
                "last_modified_at": _stamp(day),
            }
            for n, (account, amount, tax, text) in enumerate(lines)
        ],
    }


def _payment(payment_id: int, bill: Row, amount: str, day: str, journal: int, **how: t.Any) -> Row:
    row = {
        "payment_type": "MANUAL_TRANSACTION",
        "account_id": None,
        "payment_transaction": None,
        "debit_memo": None,
        "external_id": None,
        "memo": None,
        **how,
        "id": payment_id,
        "bill": bill["id"],
        "amount": amount,
        "currency": "USD",
        "payment_date": day,
        "payment_journal_entry": journal,
        "source": "MANUAL",
        "source_id": None,
        "voided_date": None,
        "voided_journal_entry": None,
        "created_at": _stamp(day),
        "last_modified_at": _stamp(day),
    }
    bill["_payment_ids"].append(payment_id)
    bill["last_modified_at"] = max(bill["last_modified_at"], row["last_modified_at"])
    return row


def payables() -> tuple[list[Row], list[Row], list[Row]]:
    """The demo bills, bill payments and debit memo."""
    abc, office = VENDORS["abc"], VENDORS["office"]
    office_lines = [(2622, "500.00", "0.00", "Printer paper"), (2622, "300.00", "0.00", "Toner")]
    rack_lines = [(5000, "9000.00", "0.00", "Server racks"), (2622, "1000.00", "80.00", "Cabling")]
    bills = [
        _bill(31888, abc, "2026-01-10", "2026-02-09", "ABC-2026-001", 5100001, [(2622, "1200.00", "0.00", "Beads")]),
        _bill(31889, office, "2026-02-01", "2026-03-03", "OSC-1187", 5100002, office_lines),
        _bill(31890, office, "2026-03-01", "2026-03-31", "OSC-1203", 5100003, [(2622, "450.00", "0.00", "Chairs")]),
        _bill(31891, abc, "2026-04-01", "2026-05-01", "ABC-2026-014", 5100004, [(6400, "2000.00", "0.00", "Booth")]),
        _bill(31892, abc, "2026-11-20", "2026-12-20", "ABC-2026-031", 5100005, rack_lines),
        _bill(31893, office, "2026-02-10", "2026-03-12", "OSC-1191", 5100006, [(2622, "500.00", "0.00", "Boards")]),
    ]
    by_id = {b["id"]: b for b in bills}
    by_id[31891].update(voided_date="2026-04-05", voided_journal_entry=5100007, last_modified_at=_stamp("2026-04-05"))
    memo: Row = {
        "id": 342,
        "debit_memo_number": "DM-0000004",
        "debit_memo_date": "2026-02-15",
        "vendor": office,
        "entity": 54,
        "currency": "USD",
        "debit_account": None,
        "journal_entry": 5100008,
        "voided_date": None,
        "voided_journal_entry": None,
        "message_on_debit_memo": "Returned damaged whiteboard",
        "is_deleted": False,
        "deleted_at": None,
        "created_at": _stamp("2026-02-15"),
        "last_modified_at": _stamp("2026-02-20"),
        "lines": [
            {
                "id": 298590,
                "account": 2622,
                "amount": "150.00",
                "tax": "0.00",
                "description": "Damaged whiteboard returned",
                "department": None,
                "tag_ids": [],
                "created_at": _stamp("2026-02-15"),
                "last_modified_at": _stamp("2026-02-15"),
            }
        ],
        "_payment_ids": [5004],
        "_refunds": [],
    }
    spare = {
        **memo,
        "id": 340,
        "debit_memo_number": "DM-0000002",
        "debit_memo_date": "2026-03-05",
        "vendor": office,
        "journal_entry": 5100009,
        "message_on_debit_memo": "Credit for a late delivery",
        "created_at": _stamp("2026-03-05"),
        "last_modified_at": _stamp("2026-03-05"),
        "lines": [{**memo["lines"][0], "id": 298591, "amount": "75.00", "description": "Late delivery credit"}],
        "_payment_ids": [],
    }
    refunded = {
        **spare,
        "id": 341,
        "debit_memo_number": "DM-0000003",
        "vendor": abc,
        "journal_entry": 5100010,
        "message_on_debit_memo": "Overcharge on beads",
        "lines": [{**memo["lines"][0], "id": 298592, "amount": "60.00", "description": "Overcharge refunded"}],
        "last_modified_at": _stamp("2026-03-12"),
        "_refunds": [
            {
                "id": 5005,
                "amount": "25.00",
                "currency": "USD",
                "payment_date": "2026-03-12",
                "transaction_id": REFUND_DEPOSIT["id"],
                "account_id": 1010,
                "memo": "Refund by ACH",
                "journal_entry": 5100015,
                "voided_date": None,
                "voided_journal_entry": None,
                "created_at": _stamp("2026-03-12"),
                "last_modified_at": _stamp("2026-03-12"),
            }
        ],
    }
    payments = [
        _payment(5001, by_id[31888], "1200.00", "2026-02-05", 5100011, payment_type="BANK_TRANSACTION",
                 payment_transaction=WITHDRAWAL["id"], account_id=1010),
        _payment(5002, by_id[31889], "300.00", "2026-02-20", 5100012, account_id=CARD, memo="Paid on the card"),
        _payment(5003, by_id[31893], "400.00", "2026-02-20", 5100013, account_id=CARD, memo="Paid on the card"),
        _payment(5004, by_id[31893], "100.00", "2026-02-20", 5100014, payment_type="DEBIT_MEMO", debit_memo=342),
    ]  # fmt: skip
    by_id[31888]["paid_date"], by_id[31893]["paid_date"] = "2026-02-05", "2026-02-20"
    guide = {
        **spare,
        "id": 343,
        "debit_memo_number": "DM-0000005",
        "debit_memo_date": "2025-07-01",
        "vendor": abc,
        "debit_account": 41905,
        "journal_entry": 5100016,
        "message_on_debit_memo": "Debit Memo Message",
        "created_at": _stamp("2025-07-01"),
        "last_modified_at": _stamp("2025-07-01"),
        "lines": [
            {**memo["lines"][0], "id": 298593, "account": 2613, "department": 365, "amount": "1000.01",
             "tag_ids": [8344], "description": "Debit Memo Line"}
        ],
    }  # fmt: skip
    return bills, payments, [spare, refunded, memo, guide]


#: A bill emailed in and read, ready to promote into a bill of Office Supplies Co (three such drafts).
DRAFT = {
    "id": 1,
    "source": "email",
    "status": "ready",
    "entity": 54,
    "sender_email": "billing@officesupplies.example",
    "email_subject": "Invoice OSC-1240",
    "extracted_vendor_name": "Office Supplies Co",
    "resolved_vendor": 900,
    "extracted_bill_number": "OSC-1240",
    "extracted_bill_date": "2026-03-20",
    "extracted_due_date": "2026-04-19",
    "extracted_currency": "USD",
    "extracted_total_amount": 88,
    "extracted_line_items": [{"account": 2622, "amount": 88, "description": "Copier paper"}],
    "promoted_bill": None,
    "created_at": _stamp("2026-03-20"),
    "last_modified_at": _stamp("2026-03-20"),
}


def add_payables(seed: Row) -> None:
    """Put the demo payables, the docs' bill example's references and the sequences into ``seed``."""
    objects: dict[str, list[Row]] = seed["objects"]
    bills, payments, memos = payables()
    objects[BILLS], objects[BILL_PAYMENTS], objects[DEBIT_MEMOS] = bills, payments, memos
    objects["/coa/api/v1/bill-draft"] = [
        {**DRAFT, "id": n, "extracted_bill_number": f"OSC-{1239 + n}"} for n in (1, 2, 3)
    ]
    # The schedule endpoints keep nothing of their own (a saved schedule lives on its bill line).
    objects.pop("/coa/api/v1/bill/amortization/generate-schedule", None)
    for kind, row in (
        ("account", GUIDE_ACCOUNT),
        ("/coa/api/tag", GUIDE_TAG),
        ("/coa/api/tag-group", GUIDE_TAG_GROUP),
        ("payment_term", GUIDE_TERM),
        ("transaction", WITHDRAWAL),
        ("transaction", REFUND_DEPOSIT),
        *GUIDE_EXTRAS,
    ):
        objects[kind] = [o for o in objects.get(kind, []) if o["id"] != row["id"]] + [row]
    seed.setdefault("sequences", {}).update(SEQUENCES)
