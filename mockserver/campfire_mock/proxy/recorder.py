"""``--record``: what the proxy sees, as a seed document ``campfire-mock serve --seed`` loads.

Every 2xx answer that carries API objects is recorded, in the order the proxy sees it: an object
is kept by kind and id, and a later answer showing the same object replaces it (a read after a
write records the write's outcome); a 204 to a DELETE removes it. Which kind an answer carries is
read from the spec (the ``$ref`` of its response schema), so every operation that answers with an
invoice, payment, client, entity, product, contract, credit memo, contract milestone, contract
subscription or revenue transaction is recorded. Milestones and subscriptions keep the contract their
path names; revenue transactions are written as Campfire sent them, so a replayed contract has the
schedule the real one had (the seed schedules a milestone or subscription afresh only if the recording
holds none of its transactions); deleting a milestone or subscription drops the transactions it scheduled.

Ids, amounts and timestamps are written as Campfire sent them. Invoices are written as the seed
format asks (their writable fields, plus ``id``, line ``id``s, ``journal_entry``, timestamps and
their active ``payments``); a client, entity, product, contract, payment term or department that
an invoice names, or a ledger account a credit memo names, but no answer showed is written from the
names the invoice or memo carries, so the seed loads and the replayed object shows the same names.

Limits (README, "Proxy and recorder"): an invoice seen only in lists records no payments (lists
do not show them; read the invoice once); payments replay as manual payments; voided payments are
left out; a write that answers without the object (``pay``) is recorded when the object is next read.

A recording always seeds (``fitting.py``): each time it is written it is loaded as ``--seed`` would load
it; an object with values the spec allows but the mock does not hold is left out (``left_out``), text
longer than a field keeps is cut (``clamped``), and the proxy names each at shutdown.

``Redactor`` (``--redact``, ``redaction.py``) replaces names, e-mails and addresses with fakes derived from a hash of
the value, so one client keeps one fake name everywhere and the replay stays consistent.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import tempfile
import time
import typing as t
from pathlib import Path

from ..domain.payments import REFUNDS
from ..domain.seeding import SEED_FORMAT
from ..openapi.documents import operations
from ..openapi.shapes import Shapes
from .fitting import fit
from .redaction import Redactor
from .schedules import GENERIC_ORDER, MILESTONES, REVENUE, SUBSCRIPTIONS, drop, implied_contract, under_contract

#: Response schemas of the API objects a seed holds, by the kind the seed files them under.
#: A list's minimal record of a deleted object, and its fields.
DELETED_RECORD = "#/components/schemas/DeletedRecord"
DELETED_FIELDS = frozenset({"id", "is_deleted", "deleted_at", "last_modified_at"})
SCHEMA_KINDS = {
    "AccountingInvoice": "invoice",
    "AccountingInvoiceList": "invoice",
    "AccountingInvoicePayment": "payment",
    "InvoicePaymentSync": "payment",
    "Vendor": "vendor",
    "ChartEntity": "entity",
    "Product": "product",
    "Contract": "contract",
    "AccountingCreditMemo": "credit_memo",
    "ContractMilestone": MILESTONES,
    "ContractSubscription": SUBSCRIPTIONS,
    "RevenueTransaction": REVENUE,
}
#: Reference kinds in the order a seed lists them (the seed loads them before invoices).
REFERENCE_ORDER = (
    "vendor",
    "entity",
    "product",
    "contract",
    "account",
    "credit_memo",
    "payment_term",
    "department",
)
#: What a seed invoice keeps besides its writable fields, and a seed line besides its own.
INVOICE_KEEP = frozenset(
    {"id", "journal_entry", "created_at", "last_modified_at", "voided_date", "voided_journal_entry", "ar_account"}
)
LINE_KEEP = frozenset({"id", "created_at", "last_modified_at"})
#: Invoice fields the mock derives on its own and a create body must not set.
INVOICE_DERIVED = frozenset({"department_name"})

Extract = tuple[str, str]  # (shape, kind): shape is "one", "list" or "page"


def _ref_name(schema: t.Any) -> str | None:
    """The schema a ``$ref`` names; for a list's ``anyOf: [<Item>, DeletedRecord]``, the item's."""
    if isinstance(schema, dict) and "anyOf" in schema:
        schema = next((b for b in schema["anyOf"] if b.get("$ref") != DELETED_RECORD), None)
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _deleted_record(item: dict[str, t.Any]) -> bool:
    """A list's minimal record of a deleted object (``include_deleted=true``): nothing to keep as the object."""
    return item.get("is_deleted") is True and set(item) <= DELETED_FIELDS


def _extractor(schema: t.Any, schemas: dict[str, t.Any]) -> Extract | None:
    """How an answer of ``schema`` carries objects: one, a list of them, or a page of them."""
    name = _ref_name(schema)
    if name in SCHEMA_KINDS:
        return ("one", SCHEMA_KINDS[name])
    if name is not None:
        schema = schemas.get(name, {})
    if isinstance(schema, dict) and schema.get("type") == "array":
        item = _ref_name(schema.get("items"))
        return ("list", SCHEMA_KINDS[item]) if item in SCHEMA_KINDS else None
    results = schema.get("properties", {}).get("results") if isinstance(schema, dict) else None
    if isinstance(results, dict):
        item = _ref_name(results.get("items"))
        return ("page", SCHEMA_KINDS[item]) if item in SCHEMA_KINDS else None
    return None


class Recorder:
    """Objects seen in answers, by kind and id, turned into a seed document on demand."""

    def __init__(self, spec: dict[str, t.Any], *, redactor: Redactor | None = None) -> None:
        schemas = spec["components"]["schemas"]
        self.shapes = Shapes(spec)
        self.redactor = redactor
        self.extract: dict[str, Extract] = {}
        #: The generic kind each DELETE of one of them removes, by operation id.
        self.deletes: dict[str, str] = {}
        for path, method, op in operations(spec):
            collection = path.rsplit("/", 1)[0]
            if method == "DELETE" and collection in GENERIC_ORDER and path.endswith("/{id}"):
                self.deletes[op["operationId"]] = collection
            for status, response in op.get("responses", {}).items():
                if str(status).startswith("2"):
                    schema = response.get("content", {}).get("application/json", {}).get("schema")
                    found = _extractor(schema, schemas) if schema is not None else None
                    if found is not None:
                        self.extract[op["operationId"]] = found
        self.objects: dict[str, dict[int, dict[str, t.Any]]] = {}
        self.customer: int | None = None
        #: Exchanges that changed the recording.
        self.recorded = 0
        #: Where ``autosave`` writes, how often, and when it last did.
        self.path: Path | None = None
        self.interval = 1.0
        self._last_save = 0.0
        #: What the last written recording left out or cut, and why (``fit``), one line each.
        self.left_out: list[str] = []
        self.clamped: list[str] = []
        #: Bytes the last written recording stores once seeded, and the warning if beyond the default budget.
        self.size = 0
        self.warning: str | None = None

    def observe(
        self, operation_id: str, method: str, path_values: t.Mapping[str, str], status: int, body: t.Any
    ) -> None:
        """Record one answer (2xx only): its objects, or the removal a 204 to a DELETE means."""
        if not 200 <= status < 300:
            return
        if method == "DELETE" and status == 204:
            if operation_id in self.deletes:
                self._delete_generic(self.deletes[operation_id], path_values)
            else:
                self._delete(path_values)
            self._saved()
            return
        found = self.extract.get(operation_id)
        if found is None or body is None:
            return
        shape, kind = found
        items = [body] if shape == "one" else body if shape == "list" else body.get("results", [])
        if not isinstance(items, list):
            return
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("id"), int) and not _deleted_record(item):
                self._keep(kind, under_contract(kind, item, path_values))
        self.recorded += 1
        self._saved()

    def _delete(self, path_values: t.Mapping[str, str]) -> None:
        table, key = ("payment", "payment_id") if "payment_id" in path_values else ("invoice", "id")
        raw = path_values.get(key)
        if raw is not None and raw.isdigit():
            self.objects.get(table, {}).pop(int(raw), None)
            self.recorded += 1

    def _delete_generic(self, kind: str, path_values: t.Mapping[str, str]) -> None:
        """A milestone, subscription or revenue transaction deleted: gone from the recording, with the
        revenue transactions a deleted milestone or subscription scheduled (as Campfire deletes them)."""
        raw = path_values.get("id")
        if raw is not None and raw.isdigit():
            drop(self.objects, kind, int(raw))
            self.recorded += 1

    def _keep(self, kind: str, item: dict[str, t.Any]) -> None:
        if isinstance(item.get("customer"), int) and item["customer"] > 0:
            self.customer = item["customer"]
        table = self.objects.setdefault(kind, {})
        item = copy.deepcopy(item)
        if kind == "invoice":
            for payment in item.pop("payments", None) or []:
                if isinstance(payment, dict) and isinstance(payment.get("id"), int):
                    self._keep("payment", {**payment, "invoice": item["id"]})
            # A list item shows fewer fields than a retrieve: what it does not show is kept.
            previous = table.pop(item["id"], None)
            table[item["id"]] = {**(previous or {}), **item}
            return
        if kind == "payment":
            invoice = item.get("invoice", item.get("invoice_id"))
            item["invoice"] = invoice
        previous = table.pop(item["id"], None)
        table[item["id"]] = {**(previous or {}), **item}

    # ---------------------------------------------------------------- the seed document

    def document(self) -> dict[str, t.Any]:
        """The recording as a seed document (``format``, ``customer``, ``objects``)."""
        references: dict[str, dict[int, dict[str, t.Any]]] = {
            kind: {key: self._reference(kind, obj) for key, obj in self.objects.get(kind, {}).items()}
            for kind in REFERENCE_ORDER
        }
        for memo in self.objects.get("credit_memo", {}).values():
            self._implied_by_memo(memo, references)
        invoices = []
        payments = self.objects.get("payment", {})
        for inv in self.objects.get("invoice", {}).values():
            invoices.append(self._invoice(inv, payments))
            self._implied(inv, references)
        for kind in GENERIC_ORDER:
            for row in self.objects.get(kind, {}).values():
                implied_contract(row, references)
        objects: dict[str, list[dict[str, t.Any]]] = {
            kind: list(table.values()) for kind, table in references.items() if table
        }
        for kind in GENERIC_ORDER:
            if self.objects.get(kind):
                objects[kind] = list(self.objects[kind].values())
        if invoices:
            objects["invoice"] = invoices
        doc: dict[str, t.Any] = {"format": SEED_FORMAT, "customer": self.customer or 1, "objects": objects}
        if self.redactor is not None:
            doc["objects"] = {kind: self.redactor.redact(items, kind) for kind, items in objects.items()}
        return self.fit(doc)

    def fit(self, doc: dict[str, t.Any]) -> dict[str, t.Any]:
        """``doc`` made to seed (``fitting.fit``); ``left_out``, ``clamped``, ``size`` and ``warning`` say how."""
        fitted = fit(doc)
        self.left_out, self.clamped, self.size, self.warning = (
            fitted.left_out,
            fitted.clamped,
            fitted.size,
            fitted.warning,
        )
        return fitted.doc

    def _reference(self, kind: str, obj: dict[str, t.Any]) -> dict[str, t.Any]:
        if kind == "credit_memo":
            # Its invoice payments are the seed's to replay (they are the invoices'); the others are refunds
            # marked on it (mark-used), kept with it as the mock keeps them.
            memo = {k: v for k, v in obj.items() if k != "payments"}
            refunds = [p for p in obj.get("payments") or [] if isinstance(p, dict) and not p.get("invoice")]
            if refunds:
                memo[REFUNDS] = [self._refund(p) for p in refunds]
            return memo
        return dict(obj)

    @staticmethod
    def _refund(payment: dict[str, t.Any]) -> dict[str, t.Any]:
        """A refund as a credit memo keeps it, from its ``AccountingCreditMemoPayment`` (which names no account)."""
        return {
            "id": payment["id"],
            "transaction_id": payment.get("payment_transaction"),
            "account_id": None,
            "amount": str(payment.get("amount") or 0),
            "currency": payment.get("currency"),
            "payment_date": payment.get("payment_date"),
            "memo": None,
            "journal_entry": payment.get("payment_journal_entry"),
            "voided_date": payment.get("voided_date"),
            "voided_journal_entry": payment.get("voided_journal_entry"),
            "created_at": payment.get("created_at"),
            "last_modified_at": payment.get("last_modified_at"),
        }

    def _invoice(self, inv: dict[str, t.Any], payments: dict[int, dict[str, t.Any]]) -> dict[str, t.Any]:
        keep = self.shapes.writable("AccountingInvoice") - INVOICE_DERIVED
        out = {k: v for k, v in inv.items() if k in keep or k in INVOICE_KEEP}
        line_keep = self.shapes.writable("AccountingInvoiceLine")
        out["lines"] = [
            {k: v for k, v in line.items() if k in line_keep or k in LINE_KEEP}
            for line in inv.get("lines") or []
            if isinstance(line, dict)
        ]
        if inv.get("payment_status") not in ("draft", "sent", "uncollectible"):
            out.pop("payment_status", None)
        active = sorted(
            (p for p in payments.values() if p.get("invoice") == inv["id"] and not p.get("voided_date")),
            key=lambda p: p["id"],
        )
        if active:
            out["payments"] = [
                {
                    k: v
                    for k, v in {
                        "id": p["id"],
                        "amount": p.get("amount"),
                        "payment_date": p.get("payment_date"),
                        "created_at": p.get("created_at"),
                        "journal_entry": p.get("payment_journal_entry"),
                    }.items()
                    if v is not None
                }
                for p in active
            ]
        return out

    @staticmethod
    def _implied_by_memo(memo: dict[str, t.Any], references: dict[str, dict[int, dict[str, t.Any]]]) -> None:
        """The ledger accounts a credit memo (and its lines) names but no answer showed, from the names it carries."""
        named = [(memo.get("credit_account"), memo.get("credit_account_name"))]
        named += [(ln.get("account"), ln.get("account_name")) for ln in memo.get("lines") or [] if isinstance(ln, dict)]
        for key, name in named:
            if isinstance(key, int) and key not in references["account"]:
                references["account"][key] = {"id": key} if name is None else {"id": key, "name": name}

    @staticmethod
    def _implied(inv: dict[str, t.Any], references: dict[str, dict[int, dict[str, t.Any]]]) -> None:
        """The reference objects an invoice names but no answer showed, from the names it carries."""

        def imply(kind: str, key: t.Any, obj: dict[str, t.Any]) -> None:
            if isinstance(key, int) and key not in references[kind]:
                references[kind][key] = {"id": key, **{k: v for k, v in obj.items() if v is not None}}

        imply(
            "vendor",
            inv.get("client"),
            {"name": inv.get("client_name") or "", "email": inv.get("client_email"), "vendor_type": "customer"},
        )
        imply(
            "entity",
            inv.get("entity"),
            {
                "name": inv.get("entity_name") or "",
                "currency": inv.get("entity_currency") or inv.get("currency"),
                "invoice_message": inv.get("entity_invoice_message"),
            },
        )
        imply("contract", inv.get("contract"), {"deal_name": inv.get("contract_name") or ""})
        imply("payment_term", inv.get("payment_term"), {"name": inv.get("payment_term_name") or ""})
        for line in inv.get("lines") or []:
            if not isinstance(line, dict):
                continue
            imply(
                "product",
                line.get("product"),
                {
                    "product_name": line.get("product_name") or "",
                    "is_taxable": bool(line.get("product_is_taxable")),
                    "stripe_product_id": line.get("stripe_product_id"),
                    "anrok_item_id": line.get("anrok_item_id"),
                    "sphere_item_id": line.get("sphere_item_id"),
                },
            )
            imply(
                "department",
                line.get("department"),
                {"name": line.get("department_name") or "", "code": line.get("department_code") or ""},
            )

    def autosave(self, path: Path, interval: float = 1.0) -> None:
        """Write the recording to ``path`` as it grows, at most once per ``interval`` seconds (and at the end:
        ``write``), so a proxy that dies keeps what it had seen until a moment before."""
        self.path, self.interval = path, interval

    def _saved(self) -> None:
        if self.path is not None and time.monotonic() - self._last_save >= self.interval:
            self.write(self.path)

    def write(self, path: Path) -> None:
        """Write the seed document to ``path``, whole or not at all: into a new file of a name no one can
        guess beside it (created exclusively, so a link planted there is never followed), then renamed."""
        text = json.dumps(self.document(), indent=2, ensure_ascii=False) + "\n"
        fd, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(partial, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(partial)
            raise
        self._last_save = time.monotonic()


__all__ = ["Recorder", "Redactor"]
