"""Payment endpoints: pay, previews, void/delete, the sync list, bank transactions."""

from __future__ import annotations

import typing as t
from datetime import date

from connexion import NoContent

from ..domain.invoices import dec
from ..domain.payments import decode_cursor, encode_cursor
from ..errors import TransactionNotFound, ValidationFailed
from ..pagination import MAX_LIMIT, envelope, offset_page, with_query
from ..schemas import jsonable
from .base import Handler

Body = dict[str, t.Any]


class PaymentHandlers(Handler):
    def pay_invoice(self, invoice_id: int, body: Body | None = None, **_: t.Any) -> tuple[Body, int]:
        ws = self.workspace()
        return jsonable(self.services.payments.pay(ws, invoice_id, body or {})), 200

    def calculate_payment(self, invoice_id: int, body: Body | None = None, **_: t.Any) -> tuple[Body, int]:
        ws = self.workspace()
        return jsonable(self.services.payments.calculate(ws, invoice_id, body or {})), 200

    def default_payment(self, invoice_id: int, body: Body, **_: t.Any) -> tuple[Body, int]:
        ws = self.workspace()
        amount = body.get("transaction_amount")
        result = self.services.payments.default_amount(
            ws, invoice_id, date.fromisoformat(body["posted_at"]), dec(amount) if amount is not None else None
        )
        return jsonable(result), 200

    def void_payment(self, invoice_id: int, payment_id: int, body: Body | None = None, **_: t.Any) -> tuple[Body, int]:
        ws = self.workspace()
        void_date = (body or {}).get("void_date")
        payment = self.services.payments.void(
            ws, invoice_id, payment_id, date.fromisoformat(void_date) if void_date else None
        )
        return self.serializer.payment(ws, payment), 200

    def delete_payment(self, invoice_id: int, payment_id: int, **_: t.Any) -> tuple[t.Any, int]:
        self.services.payments.delete(self.workspace(), invoice_id, payment_id)
        return NoContent, 204

    def list_invoice_payments(self, **p: t.Any) -> tuple[Body, int]:
        """Offset pages by default; cursor pages once ``cursor`` is sent (even empty)."""
        ws = self.workspace()
        limit = p.get("limit") or 100
        if limit > MAX_LIMIT or limit < 1:
            raise ValidationFailed.field("limit", f"Ensure this value is between 1 and {MAX_LIMIT}.")
        found = self.services.payments.sync_list(
            ws,
            invoice_id=p.get("invoice_id"),
            external_id=p.get("external_id") or None,
            voided=p.get("voided"),
            modified_gte=p.get("last_modified_at__gte"),
            modified_lte=p.get("last_modified_at__lte"),
        )
        url = self.url()
        if "cursor" in p and p["cursor"] is not None:
            start = 0
            if p["cursor"]:
                moment, pid = decode_cursor(p["cursor"])
                start = next(
                    (i for i, pay in enumerate(found) if (pay.last_modified_at.isoformat(), pay.id) > (moment, pid)),
                    len(found),
                )
            page = found[start : start + limit]
            more = start + limit < len(found)
            meta = {
                "count": len(found),
                "next": with_query(url, cursor=encode_cursor(page[-1]), offset=None) if more and page else None,
                "previous": None,
            }
        else:
            page, meta = offset_page(found, limit=limit, offset=p.get("offset"), url=url)
        if p.get("skip_count"):
            meta["count"] = (p.get("offset") or 0) + len(page) + (1 if meta["next"] else 0)
        return envelope([self.serializer.payment_sync(ws, pay) for pay in page], meta), 200

    def bulk_apply_payment(self, body: Body, **_: t.Any) -> tuple[Body, int]:
        ws = self.workspace()
        ids = body.get("invoice_ids")
        filters = body.get("filters")
        if ids is None and filters is None:
            raise ValidationFailed({"non_field_errors": ["Give invoice_ids or filters."]})
        if ids is None:
            ids = self._matching(ws, filters or {})
        missing = [i for i in ids if i not in ws.invoices]
        if missing:
            raise ValidationFailed.field("invoice_ids", f"Unknown invoice ids: {', '.join(map(str, missing))}.")
        return jsonable(self.services.payments.apply_transaction(ws, body["transaction_id"], list(ids))), 200

    @staticmethod
    def _matching(ws: t.Any, filters: Body) -> list[int]:
        out = []
        for inv in ws.invoices.values():
            if filters.get("entity") is not None and inv.entity != filters["entity"]:
                continue
            if filters.get("client") is not None and inv.client != filters["client"]:
                continue
            if filters.get("status") and inv.payment_status.value != filters["status"]:
                continue
            if filters.get("max_date") and inv.invoice_date > date.fromisoformat(filters["max_date"]):
                continue
            query = (filters.get("search_query") or "").lower()
            if query and query not in inv.invoice_number.lower():
                continue
            out.append(inv.id)
        return out

    def create_transaction_invoice_payments(self, transaction_id: int, **_: t.Any) -> tuple[t.Any, int]:
        """Apply the transaction to its client's unpaid invoices, oldest due date first."""
        ws = self.workspace()
        txn = ws.refs["transaction"].get(transaction_id)
        if txn is None:
            raise TransactionNotFound(transaction_id)
        client = txn.get("client")
        if client is None:
            raise ValidationFailed({"non_field_errors": ["This transaction names no client to apply it to."]})
        ids = [i.id for i in ws.invoices.values() if i.client == client and i.amount_due > 0 and i.voided_date is None]
        self.services.payments.apply_transaction(ws, transaction_id, ids)
        return NoContent, 201
