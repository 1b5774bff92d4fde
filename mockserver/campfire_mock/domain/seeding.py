"""Seed documents: the bundled ``demo`` data, ``none``, or a JSON file of the same shape.

A seed lists reference objects by kind with their ids (the generic resources' by their collection
path, ``"/ca/api/account"``), invoices as create bodies
(plus ``id``, line ``id``s, ``journal_entry``, ``voided_journal_entry`` and ``payments``
to replay, each with its ``id``, ``created_at`` and ``journal_entry``), saved
invoice reports, and optional ``sequences`` (the next id of each kind). Invoices
go through the same service as API calls, so seeded data obeys the same rules.
Its shape is ``seed/seed.schema.json`` (JSON Schema, shipped in the package): a seed
with a key it does not know (a misspelled kind) is refused, naming the keys. An
exported snapshot (``campfire-mock-snapshot/1``) is a seed too.
"""

from __future__ import annotations

import copy
import functools
import json
import typing as t
from datetime import date, datetime
from importlib import resources
from pathlib import Path

from ..errors import DomainError
from ..limits import MAX_INT
from ..wire import STORED_KINDS
from . import revenue
from .clock import parse_moment
from .generic import is_deleted
from .invoices import InvoiceService
from .payments import REFUNDS, PaymentService
from .references import product_uuid
from .snapshot import SNAPSHOT_FORMAT, decode
from .tables import REFERENCE_KINDS, Table, is_generic_kind
from .workspace import Seed, Workspace

SEED_FORMAT = "campfire-mock-seed/1"
INVOICE_META = (
    "id",
    "payments",
    "journal_entry",
    "created_at",
    "last_modified_at",
    "voided_date",
    "voided_journal_entry",
)
MILESTONES = "/rr/api/v1/contracts/{contract_id}/milestones"
SUBSCRIPTIONS = "/rr/api/v1/contracts/{contract_id}/subscriptions"
#: Line fields a seed may set that are the server's, not the invoice body's.
LINE_META = ("id", "created_at", "last_modified_at")
#: The stamps of when an object was made and last changed: never after the moment it is seeded.
STAMPS = ("created_at", "last_modified_at")


def bundled_seed(name: str) -> Seed:
    if name == "none":
        return {"format": SEED_FORMAT, "objects": {}}
    text = resources.files("campfire_mock").joinpath("seed", f"{name}.json").read_text(encoding="utf-8")
    return t.cast(Seed, json.loads(text))


def seed_schema() -> dict[str, t.Any]:
    """The JSON Schema of seed documents (``campfire_mock/seed/seed.schema.json``)."""
    text = resources.files("campfire_mock").joinpath("seed", "seed.schema.json").read_text(encoding="utf-8")
    return t.cast(dict[str, t.Any], json.loads(text))


_SEED_VALIDATOR: t.Any = None


class SeedError(ValueError):
    """A document that is not a seed; the message says what is wrong, in one line."""


def check_seed(seed: t.Any) -> None:
    """Refuse (``SeedError``, naming what is wrong) a document that is neither a seed nor a snapshot."""
    global _SEED_VALIDATOR
    if isinstance(seed, dict) and seed.get("format") == SNAPSHOT_FORMAT:
        return  # a snapshot: validated whole by ``Workspace.from_snapshot``
    if isinstance(seed, dict) and seed.get("format", SEED_FORMAT) != SEED_FORMAT:
        raise SeedError(f"format {seed['format']!r} is neither {SEED_FORMAT} nor {SNAPSHOT_FORMAT}")
    if _SEED_VALIDATOR is None:
        from jsonschema import Draft202012Validator

        _SEED_VALIDATOR = Draft202012Validator(seed_schema())
    errors = sorted(_SEED_VALIDATOR.iter_errors(seed), key=lambda e: list(map(str, e.absolute_path)))
    if not errors:
        _check_kind_names(seed)
        return
    unknown = [
        ".".join([*map(str, e.absolute_path), key])
        for e in errors
        if e.validator == "additionalProperties"
        for key in sorted(set(e.instance) - set(e.schema.get("properties", {})))
    ]
    if unknown:
        listed = ", ".join(sorted(unknown))
        raise SeedError(f"unknown keys {listed} (the seed format is campfire_mock/seed/seed.schema.json)")
    first = errors[0]
    where = ".".join(map(str, first.absolute_path)) or "the document"
    raise SeedError(f"{where}: {first.message}")


def _check_kind_names(seed: dict[str, t.Any]) -> None:
    """Refuse a collection path whose objects are kept under a kind's name (``/coa/api/vendor`` is
    ``vendor``): stored under the path, nothing would read them."""
    for part in ("objects", "sequences"):
        for key in seed.get(part) or {}:
            kind = STORED_KINDS.get(key.rstrip("/"))
            if kind is not None:
                raise SeedError(f"{part}.{key}: these are kept as {kind!r}; name them so")


def read_seed(value: str | Path | Seed | None) -> Seed | None:
    """``demo``/``none``, a path to a seed (or snapshot) file, a seed dict, or ``None`` (empty)."""
    if value is None:
        return None
    if isinstance(value, dict):
        check_seed(value)
        return value
    if str(value) in ("demo", "none"):
        return bundled_seed(str(value))
    seed = t.cast(Seed, json.loads(Path(value).read_text(encoding="utf-8")))
    check_seed(seed)
    return seed


#: What ``load_seed`` tells of an object it left out (``skip``): its kind, the object as the seed has it, and why.
Skip = t.Callable[[str, t.Any, Exception], None]
#: What loading one object of a seed may raise when the object breaks a rule or a limit of the mock.
REFUSED = (DomainError, ValueError, TypeError, KeyError, ArithmeticError, AttributeError)


def load_seed(ws: Workspace, seed: Seed, *, skip: Skip | None = None) -> None:
    """Fill an empty workspace from a seed document (or a snapshot). With ``skip``, an object the mock
    refuses (a rule or a limit it breaks) is left out and handed to ``skip`` instead of stopping the load;
    an invoice is loaded in a transaction of its own, so one left out leaves nothing behind."""
    if seed.get("format") == SNAPSHOT_FORMAT:
        import pydantic

        try:
            ws.replace_with(Workspace.from_snapshot(seed))
        except pydantic.ValidationError as exc:
            first = exc.errors()[0]
            raise SeedError(f"not a valid snapshot: {'.'.join(map(str, first['loc']))}: {first['msg']}") from None
        return
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
            _one(ws, kind, raw, skip, functools.partial(_reference, ws, kind, raw, now))
    for kind in [k for k in objects if is_generic_kind(k)]:  # the generic resources, by collection path
        for raw in objects[kind]:
            _one(ws, kind, raw, skip, functools.partial(_generic, ws, kind, raw, now))
    _schedule_revenue(ws, skip)
    for raw in objects.get("invoice", []):
        _one(ws, "invoice", raw, skip, functools.partial(_invoice, ws, raw, invoices, payments))
    for report in objects.get("invoice_report", []):
        ws.reports[int(report["id"])] = decode("invoice_report", report)
        ws.bump_sequence("invoice_report", int(report["id"]))
    for kind, value in (seed.get("sequences") or {}).items():
        if not 1 <= int(value) <= MAX_INT:
            raise ValueError(f"sequence {kind} must be between 1 and {MAX_INT}")
        ws.bump_sequence(kind, int(value) - 1)


def _one(ws: Workspace, kind: str, raw: t.Any, skip: Skip | None, load: t.Callable[[], None]) -> None:
    """``load()`` one object; with ``skip``, in a transaction of its own: undone, and handed to ``skip``, if
    refused."""
    if skip is None:
        load()
        return
    try:
        with ws.transaction():
            load()
    except REFUSED as exc:
        skip(kind, raw, exc)


def _reference(ws: Workspace, kind: str, raw: t.Any, now: str) -> None:
    """One reference object of a seed (a client, an entity, a credit memo...)."""
    obj = copy.deepcopy(raw)
    obj.setdefault("created_at", now)
    obj.setdefault("last_modified_at", obj["created_at"])
    not_after_now(ws, obj)
    if kind == "credit_memo":
        obj.setdefault("_payment_ids", [])
        _bump_number(ws, "credit_memo_number", obj.get("credit_memo_number"))
        for line in obj.get("lines") or []:
            ws.bump_sequence("credit_memo_line", int(line.get("id") or 0))
        # before invoices draw theirs: the memo's entries, and its refunds' ids (payment ids) and entries
        for entry in ("journal_entry", "voided_journal_entry"):
            ws.bump_sequence("journal_entry", int(obj.get(entry) or 0))
        for refund in obj.get(REFUNDS) or []:
            ws.bump_sequence("payment", int(refund.get("id") or 0))
            for entry in ("journal_entry", "voided_journal_entry"):
                ws.bump_sequence("journal_entry", int(refund.get(entry) or 0))
    if kind == "product":
        obj.setdefault("product_uuid", product_uuid(ws.customer, int(obj["id"])))
    ws.refs[kind][int(obj["id"])] = decode(kind, obj)  # checked as an import's would be
    ws.bump_sequence(kind, int(obj["id"]))


def _generic(ws: Workspace, kind: str, raw: t.Any, now: str) -> None:
    """One object of a generic resource, kept under its collection path."""
    obj = copy.deepcopy(raw)
    obj.setdefault("created_at", now)
    obj.setdefault("last_modified_at", obj["created_at"])
    not_after_now(ws, obj)
    ws.table(kind)[int(obj["id"])] = obj
    ws.bump_sequence(kind, int(obj["id"]))


def _schedule_revenue(ws: Workspace, skip: Skip | None) -> None:
    """Run the rules a seed's objects skipped: a milestone with no revenue transaction gets its own, a
    subscription with none its monthly ones (``revenue.py``), as creating them through the API would. One that
    already names or has some (a recording of real ones) is left as the seed has it."""
    milestones = ws.generic.get(MILESTONES) or Table(MILESTONES)
    for key, row in sorted(dict.items(milestones)):
        if row.get("revenue_transaction_id") is None and not is_deleted(row):
            _one(ws, MILESTONES, row, skip, functools.partial(_run, revenue.schedule_milestone, ws, milestones, key))
    subscriptions = ws.generic.get(SUBSCRIPTIONS) or Table(SUBSCRIPTIONS)
    scheduled = {r.get("contract_subscription") for _, r in dict.items(ws.generic.get(revenue.REVENUE) or {})}
    for key, row in sorted(dict.items(subscriptions)):
        if key not in scheduled and not is_deleted(row):
            rule = functools.partial(_run, revenue.schedule_subscription, ws, subscriptions, key)
            _one(ws, SUBSCRIPTIONS, row, skip, rule)


def _run(rule: t.Callable[[Workspace, t.Any], None], ws: Workspace, table: Table[t.Any], key: int) -> None:
    """``rule`` on the object ``key`` of ``table``, read so that an open write journals it."""
    rule(ws, table[key])


def _invoice(ws: Workspace, raw: t.Any, invoices: InvoiceService, payments: PaymentService) -> None:
    """One invoice of a seed, created as an API call would create it, then given its recorded ids, payments
    and stamps; ids beyond the mock's range (1 to ``MAX_INT``) are refused."""
    for name in ("id", "journal_entry", "voided_journal_entry"):
        if raw.get(name) is not None and not 1 <= int(raw[name]) <= MAX_INT:
            raise ValueError(f"invoice {name} {raw[name]} is outside 1 to {MAX_INT}")
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
            if pay.get("journal_entry"):
                payment.journal_entry = int(pay["journal_entry"])
                ws.bump_sequence("journal_entry", payment.journal_entry)
            ws.payments[payment.id] = payment
            inv.payment_ids.append(payment.id)
            ws.bump_sequence("payment", payment.id)
    if raw.get("voided_date"):
        invoices.void(ws, inv.id, None)
        inv.voided_date = date.fromisoformat(raw["voided_date"])
        if raw.get("voided_journal_entry"):
            inv.voided_journal_entry = int(raw["voided_journal_entry"])
            ws.bump_sequence("journal_entry", inv.voided_journal_entry)
    # Last: replaying payments and the void stamps the invoice with the time of loading.
    if raw.get("last_modified_at"):
        inv.last_modified_at = parse_moment(raw["last_modified_at"])
    # Nothing is made or changed after the moment it is seeded (its dates may be later: a future-dated
    # invoice keeps its ``invoice_date``), or a client syncing by ``last_modified_at`` would skip what comes next.
    moment = ws.clock.now()
    inv.created_at, inv.last_modified_at = min(inv.created_at, moment), min(inv.last_modified_at, moment)
    for line in inv.lines:
        line.created_at, line.last_modified_at = min(line.created_at, moment), min(line.last_modified_at, moment)
    for payment_id in inv.payment_ids:
        payment = ws.payments[payment_id]
        payment.created_at = min(payment.created_at, moment)
        payment.last_modified_at = min(payment.last_modified_at, moment)


def not_after_now(ws: Workspace, obj: dict[str, t.Any]) -> None:
    """A seeded object's stamps (and those of the objects in its lists: lines, payments) that are after the
    workspace clock's now become now: nothing is created or changed after the moment it is seeded, though
    its dates may be later (a journal entry dated next month keeps its ``date``). Otherwise a client syncing
    by ``last_modified_at`` takes its watermark from the future and misses the writes that follow."""
    moment = ws.clock.now()
    text: str | None = None
    nested = (item for value in obj.values() if isinstance(value, list) for item in value if isinstance(item, dict))
    for item in (obj, *nested):
        for name in STAMPS:
            value = item.get(name)
            if isinstance(value, str) and _after(value, moment):
                text = text or ws.now_text()
                item[name] = text


def _after(value: str, moment: datetime) -> bool:
    try:
        return parse_moment(value) > moment
    except ValueError:
        return False  # not a timestamp: the object's own checks refuse it, or keep it as written


def _bump_number(ws: Workspace, sequence: str, number: t.Any) -> None:
    """Numbers handed out later follow a seeded one (``CM-0000007`` -> the next is ``CM-0000008``)."""
    digits = "".join(ch for ch in str(number or "") if ch.isdigit())
    if digits:
        ws.bump_sequence(sequence, int(digits))
