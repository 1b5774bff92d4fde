"""Bills, bill payments and debit memos in Campfire's shapes (``AccountingBill``, ``AccountingBillLine``,
``AccountingBillPayment``, ``BillPaymentSync``, ``AccountingDebitMemo``...).

Stored rows keep what was written; what an answer adds is computed here from the workspace: the names
behind every id (vendor, entity, accounts, departments, tags, payment term), the figures
(``bill_models.Bill``, ``memos.Memo``) and each document's payments. Amounts are
stored as decimal strings and answered as numbers; relation ids as integers.
"""

from __future__ import annotations

import typing as t

from ..domain.amortization import schedule_of
from ..domain.bills import bill_payments, bill_state
from ..domain.book_amounts import book_amounts, known_rates
from ..domain.chart import account as chart_account
from ..domain.documents import BILL_PAYMENTS, BILLS, REFUNDS, TAGS, active, dec, rel_id, withholding_info
from ..domain.entries import entry_order
from ..domain.memos import debit_memo
from ..domain.payables_posting import payable_account
from ..domain.workspace import Workspace
from ..openapi.shapes import Shapes
from .file_answers import attached

Row = dict[str, t.Any]


def _name(ws: Workspace, kind: str, key: t.Any) -> str | None:
    """The name of the ``kind`` object ``key`` names; null without one (never a made-up ``""``)."""
    found = rel_id(key) if not isinstance(key, int) else key
    return str(ws.table(kind).look(found or -1, {}).get("name") or "") or None if found is not None else None


def _text(value: t.Any) -> str | None:
    """``value`` as text (an id as a string, an order), or null where there is none."""
    return str(value) if value not in (None, "") else None


def _account(ws: Workspace, key: t.Any) -> tuple[str, str]:
    """An account's (name, number): ``6700 - Office Expenses`` and ``6700``."""
    row = chart_account(ws, rel_id(key))
    name = str(row.get("name") or "")
    return name, str(row.get("number") or name.split(" - ", 1)[0])


def tag_objects(ws: Workspace, ids: t.Iterable[t.Any]) -> list[Row]:
    """Tags as upstream's answers show them (with `group_name`, `parent_name`), for the ids that name one."""
    groups = ws.table("/coa/api/tag-group")
    found = []
    for key in ids:
        row = ws.table(TAGS).look(key)
        if row is not None:
            group = rel_id(row.get("group"))
            found.append(
                {
                    "parent": None,
                    "parent_name": None,
                    **{k: v for k, v in row.items() if not k.startswith("_")},
                    "group_name": str(groups.look(group or -1, {}).get("name") or "") or None,
                }
            )
    return found


def _line(ws: Workspace, shapes: Shapes, schema: str, line: Row) -> Row:
    name, number = _account(ws, line.get("account"))
    department = ws.refs["department"].look(rel_id(line.get("department")) or -1, {})
    values = {
        **line,
        "amount": dec(line.get("amount") or 0),
        "tax": dec(line.get("tax") or 0),
        "account_name": name or None,
        "account_number": number or None,
        "department_name": department.get("name") or None,  # null without a department, as invoice lines
        "department_code": department.get("code") or None,
        "bill_customer_name": _name(ws, "vendor", line.get("bill_customer")),
        "tags": tag_objects(ws, line.get("tag_ids") or []),
        "amortization_schedule": render_schedule(ws, shapes, schedule_of(ws, line.get("id"))),
        "customer": ws.customer,
    }
    return shapes.render(schema, values)


def render_schedule(ws: Workspace, shapes: Shapes, parts: list[Row]) -> list[Row]:
    """Amortization parts (``AmortizationSchedule``); a part not kept yet has no ``id`` (none is invented)."""
    rendered = []
    for part in parts:
        values = {**part, "amount": dec(part["amount"]), "customer": ws.customer, "journal_entry_order": None}
        row = shapes.render("AmortizationSchedule", values)
        rendered.append(row if "id" in part else {k: v for k, v in row.items() if k != "id"})
    return rendered


def payment_values(ws: Workspace, payment: Row) -> Row:
    """Everything a bill payment schema shows (each schema renders the part it declares)."""
    bill = ws.table(BILLS).look(rel_id(payment.get("bill")) or -1, {})
    txn = ws.refs["transaction"].look(rel_id(payment.get("payment_transaction")) or -1, {})
    return {
        **payment,
        "amount": dec(payment["amount"]),
        "bill_id": payment.get("bill"),
        "bill_number": _text(bill.get("bill_number")),
        "customer": ws.customer,
        "payment_journal_entry_order": entry_order(rel_id(payment.get("payment_journal_entry"))),
        "voided_journal_entry_order": entry_order(rel_id(payment.get("voided_journal_entry"))),
        "payment_transaction_bank_description": _text(txn.get("description")),
        "withheld_amount": None if payment.get("withheld_amount") is None else dec(payment["withheld_amount"]),
    }


def bill_values(ws: Workspace, shapes: Shapes, bill: Row) -> Row:
    """A bill's fields (``AccountingBill``)."""
    state = bill_state(ws, bill)
    today = ws.clock.today()
    entity = ws.refs["entity"].look(rel_id(bill.get("entity")) or -1, {})
    payments = bill_payments(ws, bill)
    live = [p for p in payments if active(p)]
    term = ws.refs["payment_term"].look(rel_id(bill.get("payment_term")) or -1, {})
    return {
        **{k: v for k, v in bill.items() if not k.startswith("_")},
        "lines": [_line(ws, shapes, "AccountingBillLine", ln) for ln in bill.get("lines") or []],
        "payments": [shapes.render("AccountingBillPayment", payment_values(ws, p)) for p in payments],
        "payment_journal_entries": [p["payment_journal_entry"] for p in live],
        "total_amount": state.total_amount,
        "amount_paid": state.amount_paid,
        "amount_due": state.amount_due,
        "status": state.status(today),
        "payment_status": state.payment_status.value,
        "past_due_days": state.past_due_days(today),
        "paid_date": state.paid_date,
        "entity_name": _text(entity.get("name")),
        "entity_currency": _text(entity.get("currency")),
        "vendor_name": _name(ws, "vendor", bill.get("vendor")),
        "ap_account_name": _account(ws, bill.get("ap_account"))[0] or None,
        "payment_term_name": str(term.get("name") or "") or None,
        "voided_journal_entry_order": entry_order(rel_id(bill.get("voided_journal_entry"))),
        "customer": ws.customer,
        **book_amounts(
            ws,
            rel_id(bill.get("entity")),
            str(bill.get("currency") or ""),
            bill,
            total_amount=state.total_amount,
            amount_paid=state.amount_paid,
            amount_due=state.amount_due,
        ),
        **known_rates(ws, rel_id(bill.get("entity")), str(bill.get("currency") or ""), bill),
        "attachments": attached(ws, shapes, BILLS, bill.get("id")),
        "amortizations": [],
        "withholding_info": withholding_info(
            ws,
            rel_id(bill.get("entity")),
            (dec(p["withheld_amount"]) for p in live if p.get("withheld_amount") is not None),
        ),
    }


def render_bill(ws: Workspace, shapes: Shapes, bill: Row) -> Row:
    return shapes.render("AccountingBill", bill_values(ws, shapes, bill))


def render_bill_payment(ws: Workspace, shapes: Shapes, payment: Row) -> Row:
    return shapes.render("AccountingBillPayment", payment_values(ws, payment))


def render_bill_payment_sync(ws: Workspace, shapes: Shapes, payment: Row) -> Row:
    return shapes.render("BillPaymentSync", payment_values(ws, payment))


def memo_payments(ws: Workspace, memo: Row) -> list[Row]:
    """A debit memo's payments: the bill payments it made and the refunds marked on it, in id order."""
    table = ws.table(BILL_PAYMENTS)
    made = [
        {**payment_values(ws, table.look(p)), "debit_memo": memo["id"], "bill": _text(table.look(p)["bill"])}
        for p in memo.get("_payment_ids") or []
        if p in table
    ]
    refunds = [
        {
            **r,
            "amount": dec(r["amount"]),
            "bill": None,  # a refund pays no bill
            "debit_memo": memo["id"],
            "payment_journal_entry": r.get("journal_entry"),
            "payment_journal_entry_order": entry_order(rel_id(r.get("journal_entry"))),
            "voided_journal_entry_order": entry_order(rel_id(r.get("voided_journal_entry"))),
            "payment_transaction": r.get("transaction_id"),
            "customer": ws.customer,
        }
        for r in memo.get(REFUNDS) or []
    ]
    return sorted([*made, *refunds], key=lambda p: int(p["id"]))


def render_debit_memo(ws: Workspace, shapes: Shapes, memo: Row) -> Row:
    """A debit memo (``AccountingDebitMemo``) with its usage and payments."""
    usage = debit_memo(ws, memo).usage()
    entity = ws.refs["entity"].look(rel_id(memo.get("entity")) or -1, {})
    debit_account = payable_account(ws, memo.get("debit_account"))  # the account its entry debits
    name, number = _account(ws, debit_account)
    payments = memo_payments(ws, memo)
    used_dates = [str(p["payment_date"]) for p in payments if active(p) and p.get("payment_date")]
    values = {
        **{k: v for k, v in memo.items() if not k.startswith("_")},
        **usage,
        "lines": [_line(ws, shapes, "AccountingDebitMemoLine", ln) for ln in memo.get("lines") or []],
        "payments": [shapes.render("AccountingDebitMemoPayment", p) for p in payments],
        "entity_name": _text(entity.get("name")),
        "entity_currency": _text(entity.get("currency")),
        "vendor_name": _name(ws, "vendor", memo.get("vendor")),
        "vendor_email": ws.refs["vendor"].look(rel_id(memo.get("vendor")) or -1, {}).get("email") or None,
        "debit_memo_type": None,  # observed as a string; the twin knows none of its values
        **book_amounts(
            ws,
            rel_id(memo.get("entity")),
            str(memo.get("currency") or ""),
            memo,
            total_amount=usage["total_amount"],
            amount_used=usage["amount_used"],
        ),
        **known_rates(ws, rel_id(memo.get("entity")), str(memo.get("currency") or ""), memo),
        "attachments": attached(ws, shapes, "/coa/api/v1/debit-memo", memo.get("id")),
        "debit_account": debit_account,
        "debit_account_name": name or None,
        "debit_account_number": number or None,
        "applied_date": max(used_dates) if used_dates else None,
        "voided_journal_entry_order": entry_order(rel_id(memo.get("voided_journal_entry"))),
        "customer": ws.customer,
    }
    return shapes.render("AccountingDebitMemo", values)


__all__ = [
    "bill_values",
    "memo_payments",
    "payment_values",
    "render_bill",
    "render_bill_payment",
    "render_bill_payment_sync",
    "render_debit_memo",
    "render_schedule",
    "tag_objects",
]
