"""Credit memo actions served by their own rules (``domain/credit_memos.py``) instead of the generic ones:
void, reopen, mark-used, a payment's void and delete, update, the next number, the PDF and sending. ``rules.py`` lists
them in its ``ACTIONS`` (and the delete guard in its ``GUARDS``)."""

from __future__ import annotations

import typing as t
from datetime import date

from ..domain.credit_memos import CreditMemoService
from ..domain.references import next_credit_memo_number
from ..domain.statement import credit_memo_pdf
from ..domain.workspace import Workspace
from .base import NoContent

if t.TYPE_CHECKING:
    from .base import Caller
    from .generic import GenericView

Body = dict[str, t.Any]
Result = tuple[t.Any, int]
#: The request and response schema of a credit memo.
SCHEMA = "AccountingCreditMemo"


def _memo_id(view: GenericView, kwargs: dict[str, t.Any]) -> t.Any:
    return view.path_value(kwargs, "credit_memo_id")


def _answer(view: GenericView, ws: Workspace, memo: Body) -> Result:
    return view.services.serializer.stored(ws, "credit_memo", memo), 200


def _void_date(kwargs: dict[str, t.Any]) -> date | None:
    value = (kwargs.get("body") or {}).get("void_date")
    return date.fromisoformat(value) if value else None


def void(view: GenericView, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
    """Void the memo on ``void_date`` (required): a reversing journal entry, status ``voided``."""
    void_date = _void_date(kwargs)
    assert void_date is not None  # the spec requires it
    return _answer(view, ws, view.services.credit_memos.void(ws, _memo_id(view, kwargs), void_date))


def reopen(view: GenericView, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
    """Reopen a voided memo: its reversal is gone, its status follows its payments again."""
    return _answer(view, ws, view.services.credit_memos.reopen(ws, _memo_id(view, kwargs)))


def mark_used(view: GenericView, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
    """Record a refund from the memo by a bank transaction; answers the memo with it."""
    body = view.values(kwargs)
    memo = view.services.credit_memos.mark_used(
        ws,
        _memo_id(view, kwargs),
        transaction_id=body.get("transaction_id"),
        account_id=body.get("account_id"),
        amount=body.get("amount"),
        payment_date=body.get("payment_date"),
        memo_text=body.get("memo"),
    )
    return _answer(view, ws, memo)


def void_payment(view: GenericView, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
    """Void one payment of the memo (an invoice payment it made, or a refund); answers that payment."""
    payment_id = view.path_value(kwargs, "payment_id")
    memo = view.services.credit_memos.void_payment(ws, _memo_id(view, kwargs), payment_id, _void_date(kwargs))
    return view.services.serializer.credit_memo_payment(ws, memo, payment_id), 200


def delete_payment(view: GenericView, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
    """Remove a refund marked on the memo."""
    view.services.credit_memos.delete_payment(ws, _memo_id(view, kwargs), view.path_value(kwargs, "payment_id"))
    return NoContent, 204


def update(view: GenericView, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
    """PUT and PATCH: the writable fields given; new lines replace the old and the total follows them."""
    body = view.services.serializer.shapes.strip_read_only(SCHEMA, kwargs.get("body") or {})
    return _answer(view, ws, view.services.credit_memos.update(ws, view.object_id(kwargs), body))


def next_number(view: GenericView, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
    """The number the next credit memo created without one will get (reading it draws nothing)."""
    return {"credit_memo_number": next_credit_memo_number(ws)}, 200


def pdf(view: GenericView, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> tuple[bytes, int, Body]:
    """The memo as a PDF document (its lines and its total, used and remaining amounts)."""
    memo = view.services.credit_memos.get(ws, view.object_id(kwargs), write=False)
    headers = {
        "Content-Type": "application/pdf",
        "Content-Disposition": f'inline; filename="credit-memo-{memo["id"]}.pdf"',
    }
    return credit_memo_pdf(ws, memo), 200, headers


def send(view: GenericView, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
    """Send the memo to its client: nothing leaves the mock; ``last_sent_at`` records it (no body, as upstream)."""
    view.services.credit_memos.send(ws, view.object_id(kwargs))
    return NoContent, 200


ACTIONS: dict[str, t.Callable[[GenericView, Workspace, Caller, dict[str, t.Any]], t.Any]] = {
    "get_credit_memo_pdf": pdf,
    "send_credit_memo": send,
    "coa_api_v1_credit_memo_void_create": void,
    "coa_api_v1_credit_memo_reopen_create": reopen,
    "coa_api_v1_credit_memo_mark_used_create": mark_used,
    "coa_api_v1_credit_memo_payment_void_create": void_payment,
    "coa_api_v1_credit_memo_payment_void_destroy": delete_payment,
    "coa_api_v1_credit_memo_update": update,
    "coa_api_v1_credit_memo_partial_update": update,
    "coa_api_v1_credit_memo_next_credit_memo_number_retrieve": next_number,
}

GUARDS: dict[str, t.Callable[[Workspace, t.Any], None]] = {
    "coa_api_v1_credit_memo_destroy": CreditMemoService.check_deletable,
}

__all__ = ["ACTIONS", "GUARDS"]
