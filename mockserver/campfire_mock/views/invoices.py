"""Invoices (``/coa/api/v1/invoice``), served by their own rules (``domain/invoices.py``): list filters,
create, update, delete (a clerk only drafts), void, reopen, bulk create and search, the client
statement PDF, and the payment actions of ``payments.py``."""

from __future__ import annotations

import functools
import typing as t
from datetime import date

from ..domain import attachments, relations
from ..domain.contract_bounds import check_change_bounds, check_customer_bounds
from ..domain.invoice_input import NotClean, reads_whole, relation_errors
from ..domain.invoice_query import InvoiceQuery, filter_invoices
from ..domain.revenue import check_linked_contract, link_invoice_revenue
from ..domain.statement import statement_pdf
from ..domain.workspace import Workspace
from ..errors import ValidationFailed
from ..openapi.error_tree import merge_errors
from .base import Caller, NoContent
from .generic import action
from .pagination import envelope, offset_page
from .payments import InvoicePaymentActions
from .serialization import Serializer

Body = dict[str, t.Any]
Bodies = list[Body]
#: The request and response schema of an invoice.
SCHEMA = "AccountingInvoice"


#: The relations the invoice rules read themselves (``domain/invoice_input.py``), in their own words: of the
#: invoice, and of its lines.
OWN_RELATIONS = frozenset({"client", "entity", "contract", "revenue_transactions"})
OWN_LINE_RELATIONS = frozenset({"product", "department", "tag_ids", "invoice"})
INVOICE_KIND = "/coa/api/v1/invoice"


class InvoiceView(InvoicePaymentActions):
    collections = ("/coa/api/v1/invoice",)

    @property
    def serializer(self) -> Serializer:
        return self.services.serializer

    def _input(self, body: Body) -> Body:
        """A body as a create's is cleaned (``@cleans_body``): an update's, a bulk create's item."""
        return self.serializer.shapes.strip_read_only(SCHEMA, body)

    def reference_errors(self, ws: Workspace, kwargs: dict[str, t.Any]) -> dict[str, t.Any]:
        """A create's or update's relations as the invoice rules word them (an inactive client, a vendor that
        is no customer), then any other relation the spec implies."""
        found = super().reference_errors(ws, kwargs)
        body = kwargs.get("body")
        if self.plan.action not in ("create", "update", "partial_update") or not isinstance(body, dict):
            return found
        try:
            own = relation_errors(ws, body)
        except NotClean:  # an id beyond the largest integer: the spec's relation check names it
            return found
        return merge_errors(own, found)

    @functools.cached_property
    def _unread_relations(self) -> tuple[frozenset[str], frozenset[str]]:
        """The relation fields of an invoice, and of its lines, that the invoice rules do not read (from the
        spec's relations, once)."""
        top = self.links.fields.get(INVOICE_KIND, {}).keys() - OWN_RELATIONS
        in_lines = self.links.written(INVOICE_KIND).get("lines", {}).keys() - OWN_LINE_RELATIONS
        return frozenset(top), frozenset(in_lines)

    def check_other_references(self, ws: Workspace, body: Body) -> None:
        """A 400 naming each relation the invoice rules do not read (a line's ``product_bundle`` or
        ``tag_group_ids``, the invoice's ``payment_term``, ``source_file``, ``tags``...) that names no live object,
        as the generic resources check theirs: such an id is kept with the invoice, and must not dangle. Bodies
        naming none of those fields (most) cost one look at their keys."""
        top, in_lines = self._unread_relations
        lines = body.get("lines")
        named = not top.isdisjoint(body) or (  # (told in C: no generator per field)
            isinstance(lines, list) and any(isinstance(line, dict) and not in_lines.isdisjoint(line) for line in lines)
        )
        if named:
            kind = INVOICE_KIND  # (an action's plan, bulk create's, names no kind)
            errors = relations.invalid_references(ws, self.links.fields.get(kind, {}), self.links.written(kind), body)
            if errors:
                raise ValidationFailed(errors)

    def list(self, ws: Workspace, caller: Caller, **params: t.Any) -> tuple[Body, int]:
        query = InvoiceQuery.from_params({**params, **self.repeated(caller, "client", "entity")})
        found = filter_invoices(ws, query)
        page, meta = offset_page(found, limit=params.get("limit"), offset=params.get("offset"), url=self.url(caller))
        return envelope(self.serializer.invoice_page(ws, page, "AccountingInvoiceList"), meta), 200

    def create(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> tuple[t.Any, int]:  # type: ignore[override]
        self.check_other_references(ws, body)
        try:  # most bodies: the invoice is built straight from the validated body (``domain/invoice_input.py``)
            inv = self.services.invoices.create(ws, body) if reads_whole(body) else None
        except NotClean:  # an id the cleaner refuses: its 400 follows (the write, ids drawn included, undone)
            inv = None
        if inv is None:  # cleaned first, as ``@cleans_body`` cleans other resources' bodies
            body = self._input(body)
            inv = self.services.invoices.create(ws, body)
        caller.check_drafts(inv)
        check_customer_bounds(ws, "lines", [inv.client], [inv.contract])  # its total joins its customer's
        if "revenue_transactions" in body:
            link_invoice_revenue(ws, inv.id, body["revenue_transactions"])
        return self.serializer.invoice_answer(ws, inv), 201

    def retrieve(self, ws: Workspace, caller: Caller, id_: int, **_: t.Any) -> tuple[t.Any, int]:  # type: ignore[override]
        return self.serializer.invoice_json(ws, self.services.invoices.get(ws, id_)), 200

    def update(self, ws: Workspace, caller: Caller, id_: int, body: Body, **_: t.Any) -> tuple[t.Any, int]:  # type: ignore[override]
        return self._update(ws, caller, id_, body, partial=False)

    def partial_update(  # type: ignore[override]
        self, ws: Workspace, caller: Caller, id_: int, body: Body | None = None, **_: t.Any
    ) -> tuple[t.Any, int]:
        return self._update(ws, caller, id_, body or {}, partial=True)

    def _update(
        self, ws: Workspace, caller: Caller, invoice_id: int, body: Body, *, partial: bool
    ) -> tuple[t.Any, int]:
        old = self.services.invoices.get(ws, invoice_id)
        caller.check_drafts(old)
        was = (old.client, old.contract)
        # Cleaned here, not before the handler: the object and the caller's right to it are checked
        # first, as DRF's ``get_object`` comes before its serializer (a 404 or 403 before a 400).
        clean = self._input(body)
        self.check_other_references(ws, clean)
        inv = self.services.invoices.update(ws, invoice_id, clean, partial=partial)
        caller.check_drafts(inv)
        field = "client" if inv.client != was[0] else "contract" if inv.contract != was[1] else "lines"
        check_customer_bounds(ws, field, [was[0], inv.client], [was[1], inv.contract])
        if "revenue_transactions" in clean:  # omitted, as DRF leaves a many-related field it is not given
            link_invoice_revenue(ws, inv.id, clean["revenue_transactions"])
        elif inv.contract != was[1]:  # the transactions it keeps must be of its new contract, as on a create
            check_linked_contract(ws, "invoice", inv.id, inv.contract)
        return self.serializer.invoice_answer(ws, inv), 200

    def destroy(self, ws: Workspace, caller: Caller, id_: int, **_: t.Any) -> tuple[t.Any, int]:  # type: ignore[override]
        inv = self.services.invoices.get(ws, id_)
        caller.check_drafts(inv)
        self.services.invoices.delete(ws, id_)
        check_change_bounds(ws, "invoice", "deleted", [inv.client], [inv.contract])  # it may have offset others
        link_invoice_revenue(ws, id_, [])  # its revenue transactions name no invoice now (nullable: SET_NULL)
        attachments.detach(ws, "invoice", id_)  # its files and transaction matches go with it
        return NoContent, 204

    @action("POST", url_path="{invoice_id}/void")
    def void(
        self, ws: Workspace, caller: Caller, invoice_id: int, body: Body | None = None, **_: t.Any
    ) -> tuple[t.Any, int]:
        void_date = (body or {}).get("void_date")
        inv = self.services.invoices.void(ws, invoice_id, date.fromisoformat(void_date) if void_date else None)
        check_change_bounds(ws, "invoice", "voided", [inv.client], [inv.contract])  # it counts for nothing now
        return self.serializer.invoice_answer(ws, inv), 200

    @action("POST", url_path="{invoice_id}/reopen")
    def reopen(self, ws: Workspace, caller: Caller, invoice_id: int, **_: t.Any) -> tuple[t.Any, int]:
        inv = self.services.invoices.reopen(ws, invoice_id)
        check_change_bounds(ws, "invoice", "reopened", [inv.client], [inv.contract])  # it counts again
        return self.serializer.invoice_answer(ws, inv), 200

    @action("POST", url_path="bulk-create")
    def bulk_create(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> tuple[Bodies, int]:
        items = body["invoices"]
        self.services.invoices.check_bulk_size(items)
        # The spec leaves the items free-form; each must still be a valid invoice (due_date may follow terms).
        errors = self.services.checker.item_errors("AccountingInvoice", items, optional=frozenset({"due_date"}))
        for item, err in zip(items, errors, strict=True):
            if isinstance(item, dict) and "due_date" not in item and err.get("due_date") == ["This field is required."]:
                del err["due_date"]
        if any(errors):
            raise ValidationFailed({"invoices": errors})
        cleaned = [self._input(i) for i in items]
        errors = []
        for item in cleaned:
            try:
                self.check_other_references(ws, item)
                errors.append({})
            except ValidationFailed as exc:
                errors.append(dict(exc.fields))
        if any(errors):
            raise ValidationFailed({"invoices": errors})
        created = self.services.invoices.bulk_create(ws, cleaned)
        check_customer_bounds(ws, "invoices", [i.client for i in created], [i.contract for i in created])
        for inv, item in zip(created, items, strict=True):
            if "revenue_transactions" in item:
                link_invoice_revenue(ws, inv.id, item["revenue_transactions"])
        return [self.serializer.invoice(ws, inv) for inv in created], 201

    @action("POST", url_path="bulk-search")
    def bulk_search(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> tuple[Body, int]:
        numbers = [item["invoice_number"] for item in body["invoices"]]
        found = self.services.invoices.bulk_search(ws, numbers)
        results = [self.serializer.invoice_list_item(ws, ws.invoices[i]) for ids in found.values() for i in ids]
        missing = [n for n, ids in found.items() if not ids]
        return {"count": len(results), "results": results, "not_found": missing}, 200

    @action("GET", url_path="statement/client/{client_id}/pdf")
    def client_statement_pdf(
        self, ws: Workspace, caller: Caller, client_id: int, **_: t.Any
    ) -> tuple[bytes, int, dict[str, str]]:
        pdf = statement_pdf(ws, client_id)
        return pdf, 200, {"Content-Type": "application/pdf"}


__all__ = ["InvoiceView"]
