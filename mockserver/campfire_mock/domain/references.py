"""Objects that invoices point to: clients (vendors), entities, products,
contracts and credit memos. The mock lists and creates them; their own business
rules beyond what invoices need are out of scope.

Credit memos compute ``total_amount`` from their lines (amount + tax), and
``amount_used``/``amount_remaining``/``application_status`` from the invoice
payments that applied them.
"""

from __future__ import annotations

import typing as t
import uuid

from ..errors import CreditMemoNotFound, ValidationFailed
from .invoices import dec, rel_id
from .models import ZERO, money
from .workspace import Workspace

#: kind -> relation fields checked on create (field -> referenced kind).
RELATIONS: dict[str, dict[str, str]] = {
    "vendor": {"parent": "vendor", "payment_term": "payment_term"},
    "entity": {"parent": "entity"},
    "product": {"department": "department"},
    "contract": {"entity": "entity", "client": "vendor", "department": "department"},
    "credit_memo": {"entity": "entity", "client": "vendor", "contract": "contract", "credit_account": "account"},
}


def product_uuid(customer: int, product_id: int) -> str:
    """A stable UUID per product, so the same seed always gives the same one."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"campfire-mock:{customer}:product:{product_id}"))


class ReferenceService:
    """Create and read reference objects (callers hold the store lock)."""

    def _check_relations(
        self, ws: Workspace, kind: str, body: dict[str, t.Any], errors: dict[str, t.Any]
    ) -> dict[str, t.Any]:
        values = dict(body)
        for field, target in RELATIONS[kind].items():
            if field not in body:
                continue
            ref = rel_id(body[field])
            if ref is not None and ref not in ws.refs[target]:
                errors[field] = [f'Invalid pk "{ref}" - object does not exist.']
            values[field] = ref
        return values

    def create(self, ws: Workspace, kind: str, body: dict[str, t.Any]) -> dict[str, t.Any]:
        errors: dict[str, t.Any] = {}
        values = self._check_relations(ws, kind, body, errors)
        if kind == "credit_memo":
            values = self._credit_memo(ws, values, errors)
        if errors:
            raise ValidationFailed(errors)
        now = ws.now_text()
        values.update(id=ws.next_id(kind), created_at=now, last_modified_at=now)
        if kind == "vendor":
            values.setdefault("vendor_type", "customer")
            values.setdefault("status", "ACTIVE")
        if kind == "entity":
            values.setdefault("active", True)
        if kind == "product":
            values.setdefault("display_name", values.get("product_name") or "")
            values["product_uuid"] = product_uuid(ws.customer, values["id"])
        ws.refs[kind][values["id"]] = values
        return values

    def _credit_memo(self, ws: Workspace, values: dict[str, t.Any], errors: dict[str, t.Any]) -> dict[str, t.Any]:
        lines = []
        line_errors: list[dict[str, t.Any]] = []
        total = ZERO
        for item in values.get("lines") or []:
            err: dict[str, t.Any] = {}
            line = dict(item)
            for field, target in (("product", "product"), ("account", "account"), ("department", "department")):
                if field in item:
                    ref = rel_id(item[field])
                    if ref is not None and ref not in ws.refs[target]:
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
        values["lines"] = lines
        values["total_amount"] = str(money(total))
        values["journal_entry"] = ws.next_id("journal_entry")
        values["_payment_ids"] = []
        if not values.get("credit_memo_number"):
            values["credit_memo_number"] = f"CM-{ws.next_id('credit_memo_number'):07d}"
        else:  # a number of the client's own: later numbers follow it, as Campfire's next-number does
            digits = "".join(ch for ch in str(values["credit_memo_number"]) if ch.isdigit())
            if digits and len(digits) <= 15:
                ws.bump_sequence("credit_memo_number", int(digits))
        values.setdefault("credit_memo_type", "credit_memo")
        return values

    def credit_memo(self, ws: Workspace, memo_id: int) -> dict[str, t.Any]:
        memo = ws.refs["credit_memo"].get(memo_id)
        if memo is None:
            raise CreditMemoNotFound(memo_id)
        return memo
