"""Debit memos (``/coa/api/v1/debit-memo``): the mirror of ``credit_memos.py``, over
``domain/debit_memos.py``; answers rendered by ``payables_render.py``."""

from __future__ import annotations

import typing as t

from ..domain import attachments
from ..domain.bill_payments import BillPaymentService
from ..domain.bills import BillService
from ..domain.debit_memos import DebitMemoService, next_debit_memo_number
from ..domain.entries import entry_order
from ..domain.values import rel_id
from ..domain.workspace import Workspace
from .base import Caller, NoContent
from .bill_payments import PayablesView
from .bills import read_line_tags, void_date
from .cleaning import cleans_body
from .generic import action
from .pagination import check_limit, envelope, offset_page
from .payables_render import payment_values, render_debit_memo

Body = dict[str, t.Any]
Result = tuple[t.Any, int]
SCHEMA = "AccountingDebitMemo"


class DebitMemoView(PayablesView):
    """Debit memos: list, create, retrieve, update, delete, void, reopen, mark-used, payments, numbers."""

    collections = ("/coa/api/v1/debit-memo",)
    memos = DebitMemoService(BillPaymentService(BillService()))

    def _answer(self, ws: Workspace, memo: Body) -> Body:
        return render_debit_memo(ws, self.shapes, memo)

    def list(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        rows = self.memos.rows(ws)
        page, meta = offset_page(rows, limit=check_limit(p.get("limit")), offset=p.get("offset"), url=self.url(caller))
        return envelope([self._answer(ws, m) for m in page], meta), 200

    @cleans_body(SCHEMA, reads=read_line_tags)
    def create(self, ws: Workspace, caller: Caller, body: Body | None = None, **_: t.Any) -> Result:
        return self._answer(ws, self.memos.create(ws, body or {})), 201

    def retrieve(self, ws: Workspace, caller: Caller, id_: t.Any, **_: t.Any) -> Result:  # type: ignore[override]
        return self._answer(ws, self.memos.get(ws, id_)), 200

    @cleans_body(SCHEMA, reads=read_line_tags)
    def update(self, ws: Workspace, caller: Caller, id_: t.Any, body: Body | None = None, **_: t.Any) -> Result:  # type: ignore[override]
        return self._answer(ws, self.memos.update(ws, id_, body or {}, partial=False)), 200

    @cleans_body(SCHEMA, reads=read_line_tags)
    def partial_update(  # type: ignore[override]
        self, ws: Workspace, caller: Caller, id_: t.Any, body: Body | None = None, **_: t.Any
    ) -> Result:
        return self._answer(ws, self.memos.update(ws, id_, body or {}, partial=True)), 200

    def destroy(self, ws: Workspace, caller: Caller, id_: t.Any, **_: t.Any) -> Result:  # type: ignore[override]
        self.memos.delete(ws, id_)
        attachments.detach(ws, "/coa/api/v1/debit-memo", id_)  # its files and transaction matches go with it
        return NoContent, 204

    @action("POST", url_path="{debit_memo_id}/void")
    def void(self, ws: Workspace, caller: Caller, debit_memo_id: int, body: Body | None = None, **_: t.Any) -> Result:
        day = void_date(body)
        assert day is not None  # the spec requires it
        return self._answer(ws, self.memos.void(ws, debit_memo_id, day)), 200

    @action("POST", url_path="{debit_memo_id}/reopen")
    def reopen(self, ws: Workspace, caller: Caller, debit_memo_id: int, **_: t.Any) -> Result:
        return self._answer(ws, self.memos.reopen(ws, debit_memo_id)), 200

    @action("POST", url_path="{debit_memo_id}/mark-used")
    def mark_used(
        self, ws: Workspace, caller: Caller, debit_memo_id: int, body: Body | None = None, **_: t.Any
    ) -> Result:
        """Record a refund from the vendor; answers the memo with it."""
        return self._answer(ws, self.memos.mark_used(ws, debit_memo_id, body or {})), 200

    @action("POST", url_path="{debit_memo_id}/payment/{payment_id}/void")
    def void_payment(
        self,
        ws: Workspace,
        caller: Caller,
        debit_memo_id: int,
        payment_id: int,
        body: Body | None = None,
        **_: t.Any,
    ) -> Result:
        payment = self.memos.void_payment(ws, debit_memo_id, payment_id, void_date(body))
        values = {
            **payment_values(ws, {"amount": payment["amount"], **payment}),
            "debit_memo": debit_memo_id,
            "payment_journal_entry": payment.get("payment_journal_entry") or payment.get("journal_entry"),
            "payment_transaction": payment.get("payment_transaction") or payment.get("transaction_id"),
        }
        values["payment_journal_entry_order"] = entry_order(rel_id(values["payment_journal_entry"]))
        values["bill"] = str(payment.get("bill") or "")
        return self.shapes.render("AccountingDebitMemoPayment", values), 200

    @action("DELETE", url_path="{debit_memo_id}/payment/{payment_id}/void")
    def delete_payment(self, ws: Workspace, caller: Caller, debit_memo_id: int, payment_id: int, **_: t.Any) -> Result:
        self.memos.delete_payment(ws, debit_memo_id, payment_id)
        return NoContent, 204

    @action("GET", url_path="next-debit-memo-number")
    def next_number(self, ws: Workspace, caller: Caller, **_: t.Any) -> Result:
        """The number the next debit memo gets, without drawing it."""
        return {"debit_memo_number": next_debit_memo_number(ws)}, 200

    @action("POST", url_path="bulk-search")
    def bulk_search(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> Result:
        found = self.memos.bulk_search(ws, [str(item["debit_memo_number"]) for item in body["debit_memos"]])
        results = [self._answer(ws, self.memos.get(ws, i)) for ids in found.values() for i in ids]
        return {"count": len(results), "results": results, "not_found": [n for n, ids in found.items() if not ids]}, 200


__all__ = ["DebitMemoView"]
