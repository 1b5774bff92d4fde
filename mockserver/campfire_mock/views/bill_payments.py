"""Bill payments: pay, void and delete (actions of the bill view), the sync list
(``/coa/api/v1/bill-payments``), and a bank transaction applied to its vendor's bills: the mirror of
``payments.py``, over ``domain/bill_payments.py``."""

from __future__ import annotations

import typing as t
from datetime import date

from ..domain.attachments import check_match_id
from ..domain.bill_payments import BillPaymentService, sync_key
from ..domain.bills import BillService
from ..domain.workspace import Workspace
from ..openapi.shapes import Shapes
from ..wire import jsonable
from .base import Caller, NoContent
from .generic import ResourceView, action, operation
from .pagination import envelope, sync_page
from .payables_render import render_bill, render_bill_payment, render_bill_payment_sync

Body = dict[str, t.Any]
Result = tuple[t.Any, int]


def _void_date(body: Body | None) -> date | None:
    value = (body or {}).get("void_date")
    return date.fromisoformat(value) if value else None


class PayablesView(ResourceView):
    """What the payables views share: the spec's shapes, to read requests and render answers."""

    @property
    def shapes(self) -> Shapes:
        return self.services.serializer.shapes


class BillPaymentActions(PayablesView):
    """The payment actions on a bill (``BillView`` is built on them; their paths start at its collection)."""

    payments = BillPaymentService(BillService())

    @action("POST", url_path="{bill_id}/pay")
    def pay(self, ws: Workspace, caller: Caller, bill_id: int, body: Body | None = None, **_: t.Any) -> Result:
        check_match_id(ws, (body or {}).get("transaction_match_id"))
        return render_bill(ws, self.shapes, self.payments.pay(ws, bill_id, body or {})), 200

    @action("POST", url_path="{bill_id}/payment/{payment_id}/void")
    def void_payment(
        self, ws: Workspace, caller: Caller, bill_id: int, payment_id: int, body: Body | None = None, **_: t.Any
    ) -> Result:
        payment = self.payments.void(ws, bill_id, payment_id, _void_date(body))
        return render_bill_payment(ws, self.shapes, payment), 200

    @action("DELETE", url_path="{bill_id}/payment/{payment_id}/void")
    def delete_payment(self, ws: Workspace, caller: Caller, bill_id: int, payment_id: int, **_: t.Any) -> Result:
        self.payments.delete(ws, bill_id, payment_id)
        return NoContent, 204


class BillPaymentView(PayablesView):
    """``/coa/api/v1/bill-payments``: every bill payment, for syncing; and a bank transaction applied to
    its vendor's bills."""

    collections = ("/coa/api/v1/bill-payments",)
    payments = BillPaymentActions.payments

    def list(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        """Offset pages by default; cursor pages in ``(last_modified_at, id)`` order once ``cursor`` is sent."""
        external = self.repeated(caller, "external_id", cast=str).get("external_id", [])
        found = self.payments.sync_list(
            ws,
            external_id=external[-1] if external else None,
            voided=p.get("voided"),
            modified_gte=p.get("last_modified_at__gte"),
            modified_lte=p.get("last_modified_at__lte"),
        )
        page, meta = sync_page(found, p, url=self.url(caller), key=sync_key)
        return envelope([render_bill_payment_sync(ws, self.shapes, pay) for pay in page], meta), 200

    @operation("create_transaction_bill_payments")
    def create_transaction_bill_payments(
        self, ws: Workspace, caller: Caller, transaction_id: int, **_: t.Any
    ) -> Result:
        """Pay the transaction's vendor's open bills with it, oldest due date first; answer what it paid (as
        ``invoice_payments`` answers)."""
        return jsonable(self.payments.apply_to_vendor(ws, transaction_id)), 201


__all__ = ["BillPaymentActions", "BillPaymentView", "PayablesView"]
