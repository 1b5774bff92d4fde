"""Objects that invoices point to: clients (vendors), entities, products,
contracts and credit memos. The mock lists and creates them; their own business
rules beyond what invoices need are out of scope, but for credit memos
(``credit_memos.py``: void, reopen, mark-used, update, delete).

Credit memos compute ``total_amount`` from their lines (amount + tax), and
``amount_used``/``amount_remaining``/``application_status`` from the invoice
payments that applied them and the refunds marked on them (``payments.py``);
their numbers (``CM-0000009``) come from one sequence that follows any number
a client gives. A memo written without ``credit_account`` stores the chart's
receivables account, the one its entry credits (``memo_credit_account``).
"""

from __future__ import annotations

import typing as t
import uuid
from decimal import Decimal

from ..errors import CreditMemoNotFound, ValidationFailed
from .chart import roles
from .currency import check_book_rate, entity_currency
from .generic import is_deleted
from .models import ZERO, money
from .values import dec, rel_id
from .workspace import Workspace

#: The sequence credit memo numbers (``CM-0000009``) are drawn from.
MEMO_NUMBERS = "credit_memo_number"
#: kind -> relation fields checked on create (field -> referenced kind).
RELATIONS: dict[str, dict[str, str]] = {
    "vendor": {"parent": "vendor", "payment_term": "payment_term"},
    "entity": {"parent": "entity"},
    "product": {"department": "department"},
    "contract": {"entity": "entity", "client": "vendor", "department": "department"},
    "credit_memo": {"entity": "entity", "client": "vendor", "contract": "contract", "credit_account": "account"},
}


#: Credit memo fields the server keeps, whatever a create or update sends: the totals and status follow
#: from the lines and payments, the journal entries from the memo's own history.
MEMO_SERVER_FIELDS = ("total_amount", "amount_used", "application_status", "journal_entry", "voided_journal_entry")


def credit_memo_lines(
    ws: Workspace, items: list[dict[str, t.Any]], errors: dict[str, t.Any]
) -> tuple[list[dict[str, t.Any]], Decimal]:
    """A credit memo's lines as stored (new ids, timestamps, relation ids read as DRF reads them) and its
    total (amounts plus tax); an empty list, or a line naming an account, product or department that does
    not exist, adds a ``lines`` error to ``errors``."""
    lines = []
    line_errors: list[dict[str, t.Any]] = []
    total = ZERO
    for item in items:
        err: dict[str, t.Any] = {}
        line = dict(item)
        for field, target in (("product", "product"), ("account", "account"), ("department", "department")):
            if field in item:
                ref = rel_id(item[field])
                if ref is not None and not live(ws, target, ref):
                    err[field] = [f'Invalid pk "{ref}" - object does not exist.']
                line[field] = ref
        line["id"] = ws.next_id("credit_memo_line")
        line["created_at"] = line["last_modified_at"] = ws.now_text()
        total += money(dec(item.get("amount") or 0)) + money(dec(item.get("tax") or 0))
        line_errors.append(err)
        lines.append(line)
    if not lines:
        errors["lines"] = ["This list may not be empty."]
    elif any(line_errors):
        errors["lines"] = line_errors
    return lines, money(total)


def memo_credit_account(ws: Workspace, named: int | None) -> int | None:
    """The account a credit memo's entry credits (``posting.credit_memo_entries``): the ``credit_account``
    it names (checked to be an account), else the chart's receivables account (``None`` for a chart with
    none). Stored with the memo, so that its answer, the stored memo and its entry agree."""
    return named if named is not None else roles(ws)["receivables"]


def live(ws: Workspace, kind: str, key: int) -> bool:
    """Whether ``kind`` holds ``key``, not deleted."""
    row = ws.refs[kind].look(key)
    return row is not None and not is_deleted(row)


def next_credit_memo_number(ws: Workspace) -> str:
    """The number the workspace's next credit memo gets, unless it brings its own (nothing is drawn)."""
    return f"CM-{ws.sequences.get(MEMO_NUMBERS, 1):07d}"


def new_credit_memo_number(ws: Workspace) -> str:
    """Draw the next credit memo number."""
    return f"CM-{ws.next_id(MEMO_NUMBERS):07d}"


def follow_credit_memo_number(ws: Workspace, number: t.Any) -> None:
    """A number of the client's own: later numbers follow it, as Campfire's next-number does."""
    digits = "".join(ch for ch in str(number) if ch.isdigit())
    if digits and len(digits) <= 15:
        ws.bump_sequence(MEMO_NUMBERS, int(digits))


def product_uuid(customer: int, product_id: int) -> str:
    """A stable UUID per product, so the same seed always gives the same one."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"campfire-mock:{customer}:product:{product_id}"))


class ReferenceService:
    """Create and read reference objects (callers hold the store lock)."""

    def check_relations(
        self, ws: Workspace, kind: str, body: dict[str, t.Any], errors: dict[str, t.Any]
    ) -> dict[str, t.Any]:
        """``body`` with its relation ids read as DRF reads them; each one that names nothing adds a field
        error to ``errors``."""
        values = dict(body)
        for field, target in RELATIONS[kind].items():
            if field not in body:
                continue
            ref = rel_id(body[field])
            if ref is not None and not live(ws, target, ref):
                errors[field] = [f'Invalid pk "{ref}" - object does not exist.']
            values[field] = ref
        return values

    def create(self, ws: Workspace, kind: str, body: dict[str, t.Any]) -> dict[str, t.Any]:
        errors: dict[str, t.Any] = {}
        values = self.check_relations(ws, kind, body, errors)
        if kind == "credit_memo":
            values = self._credit_memo(ws, values, errors)
        if errors:
            raise ValidationFailed(errors)
        now = ws.now_text()
        values.update(id=ws.next_id(kind), created_at=now, last_modified_at=now)
        if kind == "vendor":
            values.setdefault("vendor_type", "vendor")  # upstream's default (`Vendor.vendor_type`)
            values.setdefault("status", "ACTIVE")
        if kind == "entity":
            values.setdefault("active", True)
        if kind == "product":
            values.setdefault("display_name", values.get("product_name") or None)
            values["product_uuid"] = product_uuid(ws.customer, values["id"])
        ws.refs[kind][values["id"]] = values
        return values

    def _credit_memo(self, ws: Workspace, values: dict[str, t.Any], errors: dict[str, t.Any]) -> dict[str, t.Any]:
        for name in MEMO_SERVER_FIELDS:
            values.pop(name, None)
        values["lines"], total = credit_memo_lines(ws, values.get("lines") or [], errors)
        values["total_amount"] = str(total)
        # Left out (or null), the memo is in its entity's currency, as invoices, bills and debit memos are:
        # stored so that the answer, the stored memo and its entry agree.
        values["currency"] = values.get("currency") or entity_currency(ws, values.get("entity"))
        check_book_rate(ws, values.get("entity"), values["currency"], values.get("exchange_rate_book"), errors)
        values["credit_account"] = memo_credit_account(ws, values.get("credit_account"))
        values["journal_entry"] = ws.next_id("journal_entry")
        values["_payment_ids"] = []
        if not values.get("credit_memo_number"):
            values["credit_memo_number"] = new_credit_memo_number(ws)
        else:
            follow_credit_memo_number(ws, values["credit_memo_number"])
        values.setdefault("credit_memo_type", "credit_memo")
        return values

    @staticmethod
    def has_invoices(ws: Workspace, contract_id: int) -> bool:
        """Whether any invoice bills under the contract (voided ones count): one pass over the invoices per
        workspace version, kept for the lists that ask it of every contract; counted afresh inside a write."""
        if ws.journal is not None:
            return any(inv.contract == contract_id for inv in ws.invoices.values())
        cached = ws.derived.get("invoiced_contracts")
        if cached is None or cached[0] != ws.version:
            found = frozenset(inv.contract for inv in ws.invoices.values() if inv.contract is not None)
            cached = ws.derived["invoiced_contracts"] = (ws.version, found)
        return contract_id in t.cast(frozenset[int], cached[1])

    def credit_memo(self, ws: Workspace, memo_id: int) -> dict[str, t.Any]:
        memo = ws.refs["credit_memo"].get(memo_id)
        if memo is None:
            raise CreditMemoNotFound(memo_id)
        return memo


def check_account(ws: Workspace, item: dict[str, t.Any], err: dict[str, t.Any]) -> int | None:
    """A payment's ``account_id``: an account of the chart of accounts (``/coa/api/account``), or a 400."""
    account_id = rel_id(item.get("account_id"))
    if account_id is not None and not live(ws, "account", account_id):
        err["account_id"] = [f'Invalid pk "{account_id}" - object does not exist.']
    return account_id
