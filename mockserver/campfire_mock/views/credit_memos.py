"""Credit memos (``/coa/api/v1/credit-memo``), served by their own rules (``domain/credit_memos.py``):
the list with Campfire's filters, create and retrieve through the reference service, update, void,
reopen, mark-used, a payment's void and delete, the next number, the PDF and sending; one that
payments have applied cannot be deleted."""

from __future__ import annotations

import typing as t
from datetime import date

from ..domain.reference_query import filter_credit_memos
from ..domain.references import next_credit_memo_number
from ..domain.statement import credit_memo_pdf
from ..domain.workspace import Workspace
from .base import Caller, NoContent
from .cleaning import cleans_body
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

    def _answer(self, ws: Workspace, memo: Body) -> Result:
        return self.shown(ws, memo), 200

    def list(self, ws: Workspace, caller: Caller, **p: t.Any) -> tuple[Body, int]:
        return self._page(ws, caller, filter_credit_memos(ws, p), p)

    def retrieve(self, ws: Workspace, caller: Caller, id_: int, **_: t.Any) -> tuple[Body, int]:  # type: ignore[override]
        return self._answer(ws, self.services.references.credit_memo(ws, id_))

    @cleans_body(SCHEMA)
    def update(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """PUT and PATCH: the writable fields given; new lines replace the old and the total follows them."""
        body = kwargs.get("body") or {}
        return self._answer(ws, self.services.credit_memos.update(ws, self.object_id(kwargs), body))

    @cleans_body(SCHEMA)
    def partial_update(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        return self.update(ws, caller, **kwargs)

    def check_destroy(self, ws: Workspace, key: t.Any) -> None:
        self.services.credit_memos.check_destroy(ws, key)

    @action("POST", url_path="{credit_memo_id}/void")
    def void(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """Void the memo on ``void_date`` (required): a reversing journal entry, status ``voided``."""
        void_date = _void_date(kwargs)
        assert void_date is not None  # the spec requires it
        return self._answer(ws, self.services.credit_memos.void(ws, self._memo_id(kwargs), void_date))

    @action("POST", url_path="{credit_memo_id}/reopen")
    def reopen(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """Reopen a voided memo: its reversal is gone, its status follows its payments again."""
        return self._answer(ws, self.services.credit_memos.reopen(ws, self._memo_id(kwargs)))

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
        return self._answer(ws, memo)

    @action("POST", url_path="{credit_memo_id}/payment/{payment_id}/void")
    def void_payment(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """Void one payment of the memo (an invoice payment it made, or a refund); answers that payment."""
        payment_id = self.path_value(kwargs, "payment_id")
        memo = self.services.credit_memos.void_payment(ws, self._memo_id(kwargs), payment_id, _void_date(kwargs))
        return self.services.serializer.credit_memo_payment(ws, memo, payment_id), 200

    @action("DELETE", url_path="{credit_memo_id}/payment/{payment_id}/void")
    def delete_payment(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """Remove a refund marked on the memo."""
        self.services.credit_memos.delete_payment(ws, self._memo_id(kwargs), self.path_value(kwargs, "payment_id"))
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
