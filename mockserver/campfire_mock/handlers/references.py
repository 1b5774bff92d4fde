"""Clients (vendors), entities, products, contracts and credit memos."""

from __future__ import annotations

import typing as t

from ..domain.invoices import dec
from ..domain.models import ZERO, money
from ..domain.payments import credit_memo_remaining
from ..pagination import envelope, offset_page
from ..store import Workspace
from .base import Handler

Body = dict[str, t.Any]

SCHEMAS = {
    "vendor": "Vendor",
    "entity": "ChartEntity",
    "product": "Product",
    "contract": "Contract",
    "credit_memo": "AccountingCreditMemo",
}


class ReferenceHandlers(Handler):
    def _render(self, ws: Workspace, kind: str, obj: Body) -> Body:
        values = dict(obj)
        values["customer"] = ws.customer
        if kind == "vendor" and obj.get("parent") is not None:
            values["parent_name"] = ws.refs["vendor"].get(obj["parent"], {}).get("name", "")
        if kind in ("contract", "credit_memo"):
            values["client_name"] = ws.refs["vendor"].get(obj.get("client") or -1, {}).get("name", "")
            entity = ws.refs["entity"].get(obj.get("entity") or -1, {})
            values["entity_name"] = entity.get("name", "")
            values["entity_currency"] = entity.get("currency", "")
        if kind == "contract":
            values.setdefault("effective_end_date", obj.get("contract_end_date"))
            values.setdefault("working_end_date", obj.get("contract_end_date"))
            values["has_invoices"] = any(i.contract == obj["id"] for i in ws.invoices.values())
        if kind == "credit_memo":
            remaining = credit_memo_remaining(ws, obj)
            total = money(dec(obj.get("total_amount") or 0))
            used = total - remaining
            values.update(
                total_amount=total,
                amount_used=used,
                amount_remaining=remaining,
                application_status="voided"
                if obj.get("voided_date")
                else "used"
                if remaining <= ZERO
                else "partially_used"
                if used > ZERO
                else "open",
                payments=[
                    self._memo_payment(ws, obj, pid) for pid in obj.get("_payment_ids", []) if pid in ws.payments
                ],
            )
        return self.serializer.reference(SCHEMAS[kind], values)

    def _memo_payment(self, ws: Workspace, memo: Body, payment_id: int) -> Body:
        p = ws.payments[payment_id]
        invoice = ws.invoices.get(p.invoice_id)
        return self.serializer.reference(
            "AccountingCreditMemoPayment",
            {
                "id": p.id,
                "payment_journal_entry_order": str(p.journal_entry),
                "voided_journal_entry_order": str(p.voided_journal_entry) if p.voided_journal_entry else None,
                "invoice": invoice.invoice_number if invoice else "",
                "currency": p.currency,
                "amount": p.amount,
                "payment_date": p.payment_date,
                "created_at": p.created_at,
                "last_modified_at": p.last_modified_at,
                "voided_date": p.voided_date,
                "customer": ws.customer,
                "credit_memo": memo["id"],
                "payment_journal_entry": p.journal_entry,
                "voided_journal_entry": p.voided_journal_entry,
            },
        )

    def _list(
        self, kind: str, params: dict[str, t.Any], match: t.Callable[[Body], bool] | None = None
    ) -> tuple[Body, int]:
        ws = self.workspace()
        objs = [o for o in sorted(ws.refs[kind].values(), key=lambda o: o["id"]) if match is None or match(o)]
        page, meta = offset_page(objs, limit=params.get("limit"), offset=params.get("offset"), url=self.url())
        return envelope([self._render(ws, kind, o) for o in page], meta), 200

    def _create(self, kind: str, body: Body) -> tuple[Body, int]:
        ws = self.workspace()
        body = self.serializer.shapes.strip_read_only(SCHEMAS[kind], body)
        return self._render(ws, kind, self.services.references.create(ws, kind, body)), 201

    def list_vendors(self, **p: t.Any) -> tuple[Body, int]:
        q = (p.get("q") or p.get("search") or "").lower()
        vtype = p.get("vendor_type")
        return self._list(
            "vendor", p, lambda o: (not vtype or o.get("vendor_type") == vtype) and q in (o.get("name") or "").lower()
        )

    def create_vendor(self, body: Body, **_: t.Any) -> tuple[Body, int]:
        return self._create("vendor", body)

    def list_entities(self, **p: t.Any) -> tuple[list[Body], int]:
        ws = self.workspace()
        include_inactive = p.get("include_inactive", True)
        objs = sorted(ws.refs["entity"].values(), key=lambda o: o["id"])
        return [self._render(ws, "entity", o) for o in objs if include_inactive or o.get("active", True)], 200

    def create_entity(self, body: Body, **_: t.Any) -> tuple[Body, int]:
        return self._create("entity", body)

    def list_products(self, **p: t.Any) -> tuple[Body, int]:
        return self._list("product", p)

    def create_product(self, body: Body, **_: t.Any) -> tuple[Body, int]:
        return self._create("product", body)

    def list_contracts(self, **p: t.Any) -> tuple[Body, int]:
        return self._list("contract", p)

    def create_contract(self, body: Body, **_: t.Any) -> tuple[Body, int]:
        return self._create("contract", body)

    def list_credit_memos(self, **p: t.Any) -> tuple[Body, int]:
        clients = p.get("client") or []
        return self._list("credit_memo", p, lambda o: not clients or o.get("client") in clients)

    def create_credit_memo(self, body: Body, **_: t.Any) -> tuple[Body, int]:
        return self._create("credit_memo", body)

    def retrieve_credit_memo(self, id_: int, **_: t.Any) -> tuple[Body, int]:
        ws = self.workspace()
        return self._render(ws, "credit_memo", self.services.references.credit_memo(ws, id_)), 200
