"""Bill rules: create, replace, patch, delete, void, reopen, bulk search; a bill's figures.

A bill is an invoice received (``documents.py``): stored as its API shape in the bills' table, its
lines and payments with it; its total, what is paid and due, its status and days past due follow
from them on the workspace's clock (``bill_state``). Decisions where Campfire's docs are silent:

* ``total_amount`` = sum of line ``amount + tax``; ``amount_due`` = total - active payments.
* ``due_date`` follows the ``terms`` sent (``net_30``...), else the ``payment_term`` sent (its ``days``),
  else the bill's terms, else its payment term (``document.due_days``, the invoices' rule), counted from
  ``bill_date``, where it may be left out (a PATCH of terms, payment term or bill date; the create
  schema requires it). It cannot be before the bill date.
* ``bill_number`` defaults to ``BILL-0000001`` style, per workspace.
* Relations are checked as DRF checks them (400 naming the field, ``Invalid pk "N" - object does not
  exist.``): ``entity`` (required), ``vendor``, ``payment_term``, ``ap_account`` and each line's
  ``account`` (required), ``department``, ``bill_customer`` and ``tag_ids``. The docs' Create Bill
  example sends a line's tags as ``tags: [{"id": "8355", ...}]``: those ids are read as ``tag_ids``.
* ``ap_account`` defaults to the chart's payables account (shown, as Campfire shows the account it
  posts to).
* A bill with active payments cannot be deleted, voided or have its lines replaced (409): void its
  payments first. Reopen applies only to a voided bill (409). A voided bill cannot be changed (409).
* A PUT (its request component requires the entity, vendor, number, dates and lines) keeps the optional
  fields it does not send, as DRF's PUT saves only what it validated; the lines it sends replace the old.
* Delete is DRF's soft delete: the bill leaves lists (``include_deleted=true`` shows it) and the
  ledger; a retrieve is a 404.
"""

from __future__ import annotations

import typing as t
from datetime import date

from ..errors import BillAlreadyVoided, BillHasPayments, BillIsVoided, BillNotFound, BillNotVoided, ValidationFailed
from . import amortization
from .bill_models import Bill, BillLine
from .bill_models import payment_rows as bill_payments
from .chart import roles
from .currency import check_book_rate, entity_currency, kept_book_rate
from .document import PAYABLE, build_lines, check_total, document_date, due_date, due_days, line_over_cap, lines_total
from .documents import BILLS, as_date, dec, relation, tag_ids
from .generic import is_deleted, object_key
from .lifecycle import Refusals, StoredRows, bulk_search
from .models import ZERO, money
from .payment_terms import term_days
from .workspace import Workspace

Row = dict[str, t.Any]

#: Writable bill fields the rules read themselves; the other writable ones are kept as given.
HANDLED = frozenset(
    {"lines", "bill_number", "bill_date", "due_date", "entity", "vendor", "currency", "terms", "payment_term"}
    | {"ap_account", "journal_entry", "voided_journal_entry", "payment_status", "paid_date"}
)
LINE_HANDLED = frozenset({"account", "amount", "tax", "department", "bill_customer", "tag_ids", "currency", "bill"})
#: Line relations: field -> stored kind.
LINE_RELATIONS = (("account", "account"), ("department", "department"), ("bill_customer", "vendor"))
#: What an update (PUT or PATCH) keeps unless it sends it; the other stored fields are kept as well.
KEPT = ("entity", "vendor", "payment_term", "ap_account", "currency", "terms", "bill_date", "due_date")


def bill_state(ws: Workspace, bill: Row) -> Bill:
    """The stored bill ``bill`` as a typed document: its total, what is paid and its status."""
    return Bill.of(ws, bill)


def has_active_payments(ws: Workspace, bill: Row) -> bool:
    return Bill.of(ws, bill).has_active_payments


def payable_lines(ws: Workspace, raw: t.Any, currency: str, errors: dict[str, t.Any]) -> list[Row]:
    """A bill's or debit memo's lines from the request, relations checked (errors under ``lines``)."""
    now = ws.now_text()

    def build(item: Row, err: dict[str, t.Any]) -> Row:
        refs = {field: relation(ws, kind, field, item.get(field), err) for field, kind in LINE_RELATIONS}
        if refs["account"] is None and "account" not in err:
            err["account"] = ["This field is required."]
        tags = tag_ids(ws, item.get("tag_ids"), err)
        try:
            amount, tax = money(dec(item.get("amount") or 0)), money(dec(item.get("tax") or 0))
        except ValueError:
            err["amount"] = ["A valid number is required."]
            amount = tax = ZERO
        line_over_cap(amount, tax, err)
        line = {k: v for k, v in item.items() if k not in LINE_HANDLED and k != "id"}
        line.update(
            id=ws.next_id("bill_line"),
            **refs,
            amount=str(amount),
            tax=str(tax),
            tag_ids=tags,
            currency=item.get("currency") or currency,
            created_at=now,
            last_modified_at=now,
        )
        return line

    return build_lines(raw, errors, build)


class BillService(StoredRows):
    """Bills of one workspace (callers hold the store lock): the mirror of ``InvoiceService``."""

    refusals = Refusals(BillAlreadyVoided, BillNotVoided, BillIsVoided, BillHasPayments)

    def get(self, ws: Workspace, bill_id: t.Any, *, write: bool = False) -> Row:
        """The live bill ``bill_id`` (an id or its digits; journaled when ``write``), or a 404."""
        table = ws.table(BILLS)
        key = object_key(bill_id)
        row = table.look(key) if key is not None else None
        if key is None or row is None or is_deleted(row):
            raise BillNotFound(bill_id)
        return table[key] if write else row

    # ------------------------------------------------------------------ building

    def _dates(
        self, ws: Workspace, merged: Row, body: Row, terms: t.Any, errors: dict[str, t.Any], *, partial: bool
    ) -> tuple[date | None, date | None]:
        """Bill and due date (``document.due_days``: the invoices' rule)."""
        bill_date = document_date(PAYABLE, merged.get("bill_date"), errors)
        if bill_date is None:
            return None, None
        due = due_date(
            PAYABLE,
            bill_date,
            given=as_date(body.get("due_date")) if body.get("due_date") else None,
            kept=as_date(merged.get("due_date")),
            days=due_days(body, terms, term_days(ws, merged.get("payment_term"))),
            follow=not partial or bool({"terms", "bill_date", "payment_term"} & body.keys()),
            errors=errors,
        )
        return bill_date, due

    def _apply(self, ws: Workspace, bill: Row | None, body: Row, *, partial: bool) -> Row:
        """Validate ``body`` against the workspace; return the bill it makes (not yet stored)."""
        errors: dict[str, t.Any] = {}
        kept = {k: bill.get(k) for k in KEPT} if bill is not None else {}  # PUT too (DRF saves validated_data)
        merged = {**kept, **body}
        entity = relation(ws, "entity", "entity", merged.get("entity"), errors)
        if entity is None and "entity" not in errors:
            errors["entity"] = ["This field is required." if "entity" not in merged else "This field may not be null."]
        refs = {
            "vendor": relation(ws, "vendor", "vendor", merged.get("vendor"), errors),
            "payment_term": relation(ws, "payment_term", "payment_term", merged.get("payment_term"), errors),
            "ap_account": relation(ws, "account", "ap_account", merged.get("ap_account"), errors),
        }
        currency = merged.get("currency") or entity_currency(ws, entity)
        kept_rate = kept_book_rate(bill, currency, entity, partial=partial)
        check_book_rate(ws, entity, currency, body.get("exchange_rate_book", kept_rate), errors)
        terms = merged.get("terms") or None
        bill_date, due_date = self._dates(ws, merged, body, terms, errors, partial=partial and bill is not None)
        if bill is None or "lines" in body or not partial:
            lines = payable_lines(ws, body.get("lines"), currency, errors)
        else:
            lines = bill["lines"]
        if errors:
            raise ValidationFailed(errors)
        now = ws.now_text()
        if bill is None:
            bill = {
                "id": ws.next_id(BILLS),
                "journal_entry": ws.next_id("journal_entry"),
                "created_at": now,
                "voided_date": None,
                "voided_journal_entry": None,
                "_payment_ids": [],
                "is_deleted": False,
                "deleted_at": None,
            }
        else:
            bill = dict(bill)  # PUT as PATCH: the fields not sent keep their values
        bill.update({k: v for k, v in body.items() if k not in HANDLED})
        if "exchange_rate_book" not in body:  # a PUT to another currency or entity keeps no stale rate
            if kept_rate is not None:
                bill["exchange_rate_book"] = kept_rate
            elif bill:
                bill.pop("exchange_rate_book", None)
        bill.update(
            refs,
            entity=entity,
            currency=currency,
            terms=terms,
            bill_date=bill_date.isoformat() if bill_date else None,
            due_date=due_date.isoformat() if due_date else None,
            lines=lines,
            last_modified_at=now,
        )
        if bill["ap_account"] is None:
            bill["ap_account"] = roles(ws)[PAYABLE.control_role]
        bill["bill_number"] = body.get("bill_number") or bill.get("bill_number") or PAYABLE.next_number(ws)
        check_total(PAYABLE.name, lines_total(BillLine.of(ln) for ln in lines))
        return bill

    # ------------------------------------------------------------------ operations

    def create(self, ws: Workspace, body: Row) -> Row:
        bill = self._apply(ws, None, body, partial=False)
        ws.table(BILLS)[bill["id"]] = bill
        return bill

    def update(self, ws: Workspace, bill_id: int, body: Row, *, partial: bool) -> Row:
        bill = self.get(ws, bill_id, write=True)
        self.check_change(ws, bill, lines="lines" in body or not partial)
        updated = self._apply(ws, bill, body, partial=partial)
        ws.table(BILLS)[updated["id"]] = updated
        self.changed(ws, updated)
        return updated

    def bulk_search(self, ws: Workspace, numbers: list[str]) -> dict[str, list[int]]:
        """Each requested bill number with the ids of the live bills that carry it exactly."""
        live = sorted((k, r) for k, r in dict.items(ws.table(BILLS)) if not is_deleted(r))
        return bulk_search(((key, row.get("bill_number")) for key, row in live), numbers)

    # ------------------------------------------------------------------ the lifecycle (lifecycle.py)

    def has_active_payments(self, ws: Workspace, doc: Row) -> bool:
        return has_active_payments(ws, doc)

    def changed(self, ws: Workspace, doc: Row) -> None:
        """Its amortization schedules post again from it (and those of lines it lost are dropped)."""
        amortization.bill_changed(ws, doc)


__all__ = ["BillService", "bill_payments", "bill_state", "has_active_payments", "payable_lines"]
