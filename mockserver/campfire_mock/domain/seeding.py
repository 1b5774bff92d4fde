"""Seed documents: the bundled ``demo`` data, ``none``, or a JSON file of the same shape.

A seed lists reference objects by kind with their ids (the generic resources' by their collection
path, ``"/ca/api/account"``), invoices as create bodies
(plus ``id``, line ``id``s, ``journal_entry`` and ``payments`` to replay), saved
invoice reports, and optional ``sequences`` (the next id of each kind). Invoices
go through the same service as API calls, so seeded data obeys the same rules.
"""

from __future__ import annotations

import copy
import json
import typing as t
from datetime import date
from importlib import resources
from pathlib import Path

from .clock import parse_moment
from .invoices import InvoiceService
from .payments import PaymentService
from .references import product_uuid
from .workspace import REFERENCE_KINDS, Seed, Workspace, is_generic_kind

SEED_FORMAT = "campfire-mock-seed/1"
INVOICE_META = ("id", "payments", "journal_entry", "created_at", "last_modified_at", "voided_date")
#: Line fields a seed may set that are the server's, not the invoice body's.
LINE_META = ("id", "created_at", "last_modified_at")


def bundled_seed(name: str) -> Seed:
    if name == "none":
        return {"format": SEED_FORMAT, "objects": {}}
    text = resources.files("campfire_mock").joinpath("seed", f"{name}.json").read_text(encoding="utf-8")
    return t.cast(Seed, json.loads(text))


def read_seed(value: str | Path | Seed | None) -> Seed | None:
    """``demo``/``none``, a path to a seed file, a seed dict, or ``None`` (empty)."""
    if value is None:
        return None
    if isinstance(value, dict):
        return value
    if str(value) in ("demo", "none"):
        return bundled_seed(str(value))
    return t.cast(Seed, json.loads(Path(value).read_text(encoding="utf-8")))


def load_seed(ws: Workspace, seed: Seed) -> None:
    """Fill an empty workspace from a seed document."""
    if seed.get("format", SEED_FORMAT) != SEED_FORMAT:
        raise ValueError(f"not a seed document (format {seed.get('format')!r})")
    invoices = InvoiceService()
    payments = PaymentService(invoices)
    ws.customer = int(seed.get("customer", 1))
    if seed.get("now"):
        ws.clock.set(parse_moment(seed["now"]))
    objects = seed.get("objects", {})
    now = ws.now_text()
    for kind in REFERENCE_KINDS:
        for raw in objects.get(kind, []):
            obj = copy.deepcopy(raw)
            obj.setdefault("created_at", now)
            obj.setdefault("last_modified_at", obj["created_at"])
            if kind == "credit_memo":
                obj.setdefault("_payment_ids", [])
                _bump_number(ws, "credit_memo_number", obj.get("credit_memo_number"))
                for line in obj.get("lines") or []:
                    ws.bump_sequence("credit_memo_line", int(line.get("id") or 0))
            if kind == "product":
                obj.setdefault("product_uuid", product_uuid(ws.customer, int(obj["id"])))
            ws.refs[kind][int(obj["id"])] = obj
            ws.bump_sequence(kind, int(obj["id"]))
    for kind in [k for k in objects if is_generic_kind(k)]:  # the generic resources, by collection path
        for raw in objects[kind]:
            obj = copy.deepcopy(raw)
            obj.setdefault("created_at", now)
            obj.setdefault("last_modified_at", obj["created_at"])
            ws.table(kind)[int(obj["id"])] = obj
            ws.bump_sequence(kind, int(obj["id"]))
    for raw in objects.get("invoice", []):
        body = {k: v for k, v in raw.items() if k not in INVOICE_META}
        if isinstance(body.get("lines"), list):
            body["lines"] = [
                {k: v for k, v in line.items() if k not in LINE_META} if isinstance(line, dict) else line
                for line in body["lines"]
            ]
        inv = invoices.create(ws, body)
        del ws.invoices[inv.id]
        inv.id = int(raw.get("id", inv.id))
        ws.bump_sequence("invoice", inv.id)
        for line, line_raw in zip(inv.lines, raw.get("lines", []), strict=True):
            if "id" in line_raw:
                line.id = int(line_raw["id"])
                ws.bump_sequence("line", line.id)
        if raw.get("journal_entry"):
            inv.journal_entry = int(raw["journal_entry"])
            ws.bump_sequence("journal_entry", inv.journal_entry)
        if raw.get("created_at"):
            inv.created_at = inv.last_modified_at = parse_moment(raw["created_at"])
        for line, line_raw in zip(inv.lines, raw.get("lines", []), strict=True):
            # A seeded line carries its own timestamps (the docs' example does), else its invoice's.
            line.created_at = parse_moment(line_raw["created_at"]) if line_raw.get("created_at") else inv.created_at
            modified = line_raw.get("last_modified_at")
            line.last_modified_at = parse_moment(modified) if modified else line.created_at
        ws.invoices[inv.id] = inv
        for pay in raw.get("payments", []):
            result = payments.pay(ws, inv.id, {"empty_transactions": [pay]})
            if "id" in pay and result["payment_ids"]:
                payment = ws.payments.pop(result["payment_ids"][0])
                inv.payment_ids.remove(payment.id)
                payment.id = int(pay["id"])
                if pay.get("created_at"):
                    payment.created_at = payment.last_modified_at = parse_moment(pay["created_at"])
                ws.payments[payment.id] = payment
                inv.payment_ids.append(payment.id)
                ws.bump_sequence("payment", payment.id)
        if raw.get("last_modified_at"):
            inv.last_modified_at = parse_moment(raw["last_modified_at"])
        if raw.get("voided_date"):
            invoices.void(ws, inv.id, None)
            inv.voided_date = date.fromisoformat(raw["voided_date"])
    for report in objects.get("invoice_report", []):
        ws.reports[int(report["id"])] = copy.deepcopy(report)
        ws.bump_sequence("invoice_report", int(report["id"]))
    for kind, value in (seed.get("sequences") or {}).items():
        ws.bump_sequence(kind, int(value) - 1)


def _bump_number(ws: Workspace, sequence: str, number: t.Any) -> None:
    """Numbers handed out later follow a seeded one (``CM-0000007`` -> the next is ``CM-0000008``)."""
    digits = "".join(ch for ch in str(number or "") if ch.isdigit())
    if digits:
        ws.bump_sequence(sequence, int(digits))
