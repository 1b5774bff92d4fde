"""Credit memos (``/coa/api/v1/credit-memo``), served by their own rules (``domain/credit_memos.py``):
the list with Campfire's filters, create and retrieve through the reference service, update, void,
reopen, mark-used, a payment's void and delete, the next number, the PDF and sending; one that
payments have applied cannot be deleted."""

from __future__ import annotations

import typing as t
from datetime import date

from ..domain.book_amounts import book_amounts, known_rates
from ..domain.contract_bounds import check_change_bounds, check_customer_bounds
from ..domain.credit_memos import credit_memo_usage
from ..domain.reference_query import filter_credit_memos
from ..domain.references import next_credit_memo_number
from ..domain.revenue import check_linked_contract
from ..domain.statement import credit_memo_pdf
from ..domain.values import object_key
from ..domain.workspace import Workspace
from .base import Caller, NoContent
from .cleaning import cleans_body
from .file_answers import attached
from .generic import action
from .references import ReferenceView

Body = dict[str, t.Any]
Result = tuple[t.Any, int]
#: The request and response schema of a credit memo.
SCHEMA = "AccountingCreditMemo"


def _void_date(kwargs: dict[str, t.Any]) -> date | None:
    value = (kwargs.get("body") or {}).get("void_date")
    return date.fromisoformat(value) if value else None


class CreditMemoView(ReferenceView):
    collections = ("/coa/api/v1/credit-memo",)
    kind = "credit_memo"

    def _memo_id(self, kwargs: dict[str, t.Any]) -> t.Any:
        return self.path_value(kwargs, "credit_memo_id")

    def figures(self, ws: Workspace, obj: Body) -> Body:
        """Its total and used amounts in its entity's book currency and in the consolidation currency."""
        usage = credit_memo_usage(ws, obj)
        rates_of = {"exchange_rate": obj.get("exchange_rate"), "exchange_rate_book": obj.get("exchange_rate_book")}
        entity = obj.get("entity") if isinstance(obj.get("entity"), int) else None
        currency = str(obj.get("currency") or "")
        return {
            **book_amounts(
                ws, entity, currency, rates_of, total_amount=usage["total_amount"], amount_used=usage["amount_used"]
            ),
            **known_rates(ws, entity, currency, rates_of),
            "attachments": attached(ws, self.services.serializer.shapes, "credit_memo", obj.get("id")),
        }

    def _bounded(self, ws: Workspace, memo: Body, field: str | None, done: str = "", what: str = "credit memo") -> Body:
        """The memo, unless the write pushed a figure of its customer out of range (``contract_bounds.py``): a
        400 under ``field``, else a 409 (``what`` ``done``)."""
        if field is None:
            check_change_bounds(ws, what, done, [memo.get("client")], [])
        else:
            check_customer_bounds(ws, field, [memo.get("client")], [])
        return memo

    @cleans_body(SCHEMA)  # (an override is cleaned only if marked itself)
    def create(self, ws: Workspace, caller: Caller, body: Body | None = None, **kwargs: t.Any) -> tuple[Body, int]:
        """A new memo, refused (400 under ``lines``) if its total would push its customer's figures out of range."""
        answer, status = super().create(ws, caller, body=body, **kwargs)
        self._bounded(ws, self.services.references.credit_memo(ws, answer["id"]), "lines")
        return answer, status

    def _answer(self, ws: Workspace, memo: Body) -> Result:
        """The memo as every answer shows it (the list's and the create's: ``ReferenceView.shown``)."""
        return self.shown(ws, memo), 200

    def list(self, ws: Workspace, caller: Caller, **p: t.Any) -> tuple[Body, int]:
        return self._page(ws, caller, filter_credit_memos(ws, p), p)

    def retrieve(self, ws: Workspace, caller: Caller, id_: int, **_: t.Any) -> tuple[Body, int]:  # type: ignore[override]
        return self._answer(ws, self.services.references.credit_memo(ws, id_))

    @cleans_body(SCHEMA)
    def update(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """PUT and PATCH: the writable fields given; new lines replace the old and the total follows them."""
        body = kwargs.get("body") or {}
        memo_id = self.object_id(kwargs)
        before = self.services.references.credit_memo(ws, memo_id)
        was, contract = before.get("client"), before.get("contract")
        memo = self.services.credit_memos.update(ws, memo_id, body)
        if memo.get("contract") != contract:  # its revenue transactions must be of its new contract
            check_linked_contract(ws, "credit_memo", memo["id"], memo.get("contract"))
        if was != memo.get("client"):
            self._bounded(ws, {"client": was}, "client")
        return self._answer(ws, self._bounded(ws, memo, "client" if was != memo.get("client") else "lines"))

    @cleans_body(SCHEMA)
    def partial_update(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        return self.update(ws, caller, **kwargs)

    def check_destroy(self, ws: Workspace, key: t.Any) -> None:
        self.services.credit_memos.check_destroy(ws, key)

    def destroy(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """Delete the memo, refused (409, nothing deleted) if taking its amount away would push its customer's
        figures out of range (a negative memo that offset others: ``contract_bounds.py``)."""
        key = object_key(self.object_id(kwargs))
        memo = ws.table(self.kind).look(key) if key is not None else None
        answer = super().destroy(ws, caller, **kwargs)
        self._bounded(ws, memo or {}, None, "deleted")
        return answer

    @action("POST", url_path="{credit_memo_id}/void")
    def void(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """Void the memo on ``void_date`` (required): a reversing journal entry, status ``voided``."""
        void_date = _void_date(kwargs)
        assert void_date is not None  # the spec requires it
        memo = self.services.credit_memos.void(ws, self._memo_id(kwargs), void_date)
        return self._answer(ws, self._bounded(ws, memo, None, "voided"))

    @action("POST", url_path="{credit_memo_id}/reopen")
    def reopen(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """Reopen a voided memo: its reversal is gone, its status follows its payments again."""
        memo = self.services.credit_memos.reopen(ws, self._memo_id(kwargs))
        return self._answer(ws, self._bounded(ws, memo, None, "reopened"))

    @action("POST", url_path="{credit_memo_id}/mark-used")
    def mark_used(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """Record a refund from the memo by a bank transaction; answers the memo with it."""
        body = self.values(kwargs)
        memo = self.services.credit_memos.mark_used(
            ws,
            self._memo_id(kwargs),
            transaction_id=body.get("transaction_id"),
            account_id=body.get("account_id"),
            amount=body.get("amount"),
            payment_date=body.get("payment_date"),
            memo_text=body.get("memo"),
        )
        return self._answer(ws, self._bounded(ws, memo, "amount"))

    @action("POST", url_path="{credit_memo_id}/payment/{payment_id}/void")
    def void_payment(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """Void one payment of the memo (an invoice payment it made, or a refund); answers that payment."""
        payment_id = self.path_value(kwargs, "payment_id")
        memo = self.services.credit_memos.void_payment(ws, self._memo_id(kwargs), payment_id, _void_date(kwargs))
        self._bounded(ws, memo, None, "voided", "payment")  # its payment's invoice is due again, the memo's credit free
        return self.services.serializer.credit_memo_payment(ws, memo, payment_id), 200

    @action("DELETE", url_path="{credit_memo_id}/payment/{payment_id}/void")
    def delete_payment(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """Remove a refund marked on the memo."""
        self.services.credit_memos.delete_payment(ws, self._memo_id(kwargs), self.path_value(kwargs, "payment_id"))
        self._bounded(ws, self.services.references.credit_memo(ws, self._memo_id(kwargs)), None, "deleted", "payment")
        return NoContent, 204

    @action("GET", url_path="next-credit-memo-number")
    def next_number(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """The number the next credit memo created without one will get (reading it draws nothing)."""
        return {"credit_memo_number": next_credit_memo_number(ws)}, 200

    @action("GET", url_path="{id}/pdf")
    def pdf(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> tuple[bytes, int, Body]:
        """The memo as a PDF document (its lines and its total, used and remaining amounts)."""
        memo = self.services.credit_memos.get(ws, self.object_id(kwargs), write=False)
        headers = {
            "Content-Type": "application/pdf",
            "Content-Disposition": f'inline; filename="credit-memo-{memo["id"]}.pdf"',
        }
        return credit_memo_pdf(ws, memo), 200, headers

    @action("PUT", url_path="{id}/send")
    def send(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """Send the memo to its client: nothing leaves the mock; ``last_sent_at`` records it (no body, as upstream)."""
        self.services.credit_memos.send(ws, self.object_id(kwargs))
        return NoContent, 200


__all__ = ["CreditMemoView"]
