"""The snapshot document (a whole workspace as JSON) and the codec of stored objects.

The codec (``encode``/``decode``) turns objects into JSON-ready rows and back; it is pydantic's,
generated from the dataclasses, and serves the state database, snapshots and their validation alike.
``SnapshotDocument`` is the schema a snapshot (or a state row set) must meet before it may replace
a workspace: every object decoded, ids in range, invoices and payments pointing at each other.
"""

from __future__ import annotations

import copy
import typing as t
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pydantic

from ..limits import CLOCK_MAX_YEAR, CLOCK_MIN_YEAR, MAX_ITEM_ERRORS, MAX_YEAR, MIN_YEAR
from ..limits import MAX_INT as MAX_ID
from . import import_shapes
from .models import Invoice, Line, Payment
from .rows import row_encoder
from .tables import is_kind

SNAPSHOT_FORMAT = "campfire-mock-snapshot/1"


Id = t.Annotated[int, pydantic.Field(ge=1, le=MAX_ID)]


def _dated(value: date) -> date:
    """A stored date, within the years a request's dates may hold."""
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"must fall between the years {MIN_YEAR} and {MAX_YEAR}")
    return value


def _sane_year(value: date) -> date:
    """A clock's date, within the years the workspace clock keeps."""
    if not CLOCK_MIN_YEAR <= value.year <= CLOCK_MAX_YEAR:
        raise ValueError(f"must fall between the years {CLOCK_MIN_YEAR} and {CLOCK_MAX_YEAR}")
    return value


class ReferenceObject(pydantic.BaseModel):
    """A stored reference object: an API-shaped dict with an id."""

    model_config = pydantic.ConfigDict(extra="allow")
    id: Id


_Date = date


class PaymentTermObject(ReferenceObject):
    """A payment term: its discount is a percentage, its windows whole days (pay and the previews use them)."""

    days: t.Annotated[int, pydantic.Field(ge=0, le=36_500)] | None = None
    discount_percent: t.Annotated[Decimal, pydantic.Field(ge=0, le=100)] | None = None
    discount_days: t.Annotated[int, pydantic.Field(ge=0, le=36_500)] | None = None


class TransactionObject(ReferenceObject):
    """A bank transaction: payments applied from it take its date."""

    date: t.Annotated[_Date, pydantic.AfterValidator(_dated)]


class InvoiceReportObject(ReferenceObject):
    """A saved invoice report: the report list shows its name."""

    name: str


#: Reference kinds whose fields the mock computes with, checked on import and seed.
_REFERENCE_MODELS: dict[str, type[ReferenceObject]] = {
    "payment_term": PaymentTermObject,
    "transaction": TransactionObject,
    "invoice_report": InvoiceReportObject,
}


class ClockState(pydantic.BaseModel):
    frozen_at: datetime | None = None
    offset_seconds: int = pydantic.Field(0, ge=-(10**10), le=10**10)

    @pydantic.field_validator("frozen_at")
    @classmethod
    def _frozen_in_range(cls, value: datetime | None) -> datetime | None:
        if value is not None:
            try:
                _sane_year((value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).date())
            except OverflowError:
                raise ValueError(f"must fall between the years {CLOCK_MIN_YEAR} and {CLOCK_MAX_YEAR}") from None
        return value

    @pydantic.model_validator(mode="after")
    def _now_in_range(self) -> ClockState:
        """A running clock with its offset must also read a time within the supported years."""
        if self.frozen_at is None and self.offset_seconds:
            now = datetime.now(UTC) + timedelta(seconds=self.offset_seconds)
            _sane_year(now.date())
        return self


class SnapshotDocument(pydantic.BaseModel):
    """The schema a snapshot (or state row set) must meet before it may replace a workspace."""

    model_config = pydantic.ConfigDict(extra="forbid")
    format: t.Literal["campfire-mock-snapshot/1"]
    customer: Id = 1
    sequences: dict[str, Id] = {}
    clock: ClockState = ClockState(frozen_at=None, offset_seconds=0)
    #: By kind: the hand-written ones (``KINDS``) and the generic resources' collection paths.
    #: (Each item is checked to be an object one by one below: pydantic checking 100,000 of them in one call
    #: would hold the interpreter for over half a second, and an import runs beside other requests.)
    objects: dict[str, list[t.Any]] = {}
    #: The objects as stored, by kind and id, filled by the validation below.
    _decoded: dict[str, dict[int, t.Any]] = pydantic.PrivateAttr(default_factory=dict)

    @pydantic.model_validator(mode="after")
    def _objects_valid(self) -> SnapshotDocument:
        errors: list[t.Any] = []
        decoded: dict[str, dict[int, t.Any]] = {}
        for kind, items in self.objects.items():
            if not is_kind(kind):
                errors.append(_error(("objects", kind), f"Unknown kind {kind!r}."))
                continue
            seen = decoded.setdefault(kind, {})
            for i, item in enumerate(items):
                if len(errors) >= MAX_ITEM_ERRORS:  # a document this wrong is refused on its first errors
                    break
                if not isinstance(item, dict):
                    errors.append({"type": "dict_type", "loc": ("objects", kind, i), "input": item})
                    continue
                try:
                    obj = decode(kind, item)
                except pydantic.ValidationError as exc:
                    errors.extend({**e, "loc": ("objects", kind, i, *e["loc"])} for e in exc.errors())
                    continue
                if wrong := import_shapes.problems(kind, item):
                    errors.extend(_error(("objects", kind, i, *loc), message) for loc, message in wrong)
                    continue
                key = obj.id if isinstance(obj, Invoice | Payment) else obj["id"]
                if key in seen:
                    errors.append(_error(("objects", kind, i, "id"), f"Duplicate {kind} id {key}."))
                seen[key] = obj
        invoices, payments = decoded.get("invoice", {}), decoded.get("payment", {})
        for key, inv in invoices.items():
            for pid in inv.payment_ids:
                if pid not in payments or payments[pid].invoice_id != key:
                    errors.append(_error(("objects", "invoice", key), f"Payment {pid} of invoice {key} is missing."))
        for key, payment in payments.items():
            if key not in getattr(invoices.get(payment.invoice_id), "payment_ids", ()):
                errors.append(_error(("objects", "payment", key), f"Payment {key} belongs to no invoice."))
        if errors:
            raise pydantic.ValidationError.from_exception_data("SnapshotDocument", errors)
        self._decoded = decoded
        return self


def _error(loc: tuple[t.Any, ...], message: str) -> t.Any:
    """One error entry for ``pydantic.ValidationError.from_exception_data``."""
    return {"type": "value_error", "loc": loc, "input": None, "ctx": {"error": ValueError(message)}}


SNAPSHOT = pydantic.TypeAdapter(SnapshotDocument)
_INVOICE = pydantic.TypeAdapter(Invoice)
_PAYMENT = pydantic.TypeAdapter(Payment)
_REFERENCE = pydantic.TypeAdapter(ReferenceObject)
_ANY: pydantic.TypeAdapter[t.Any] = pydantic.TypeAdapter(t.Any)
#: ``dump_json`` without ``TypeAdapter``'s Python wrapper (the same bytes; a tenth of an invoice row's cost).
_INVOICE_JSON = _INVOICE.serializer.to_json
_PAYMENT_JSON = _PAYMENT.serializer.to_json
_ANY_JSON = _ANY.serializer.to_json
#: An invoice's row: pydantic's bytes, written by a function generated from the dataclasses (``rows.py``: under
#: half of pydantic-core's cost, and pydantic's own encoding for any value of another form).
_INVOICE_ROW = row_encoder(Invoice, lambda obj: _INVOICE_JSON(obj, exclude_defaults=True), _ANY_JSON, Line)
_REFERENCE_ADAPTERS: dict[str, pydantic.TypeAdapter[t.Any]] = {
    kind: pydantic.TypeAdapter(model) for kind, model in _REFERENCE_MODELS.items()
}


def let_go(snap: t.Any, chunk: int = 1_000) -> None:
    """Empty a parsed snapshot's object lists a ``chunk`` at a time: freeing 100,000 parsed objects in one
    go is one C call of a third of a second, during which no other thread runs."""
    objects = snap.get("objects") if isinstance(snap, dict) else None
    if not isinstance(objects, dict):
        return
    for items in objects.values():
        while isinstance(items, list) and items:
            del items[-chunk:]


def row_key(obj: t.Any) -> int:
    return int(obj["id"] if isinstance(obj, dict) else obj.id)


def encode(kind: str, obj: t.Any) -> t.Any:
    """A stored object as JSON-ready data."""
    if kind == "invoice":
        return _INVOICE.dump_python(obj, mode="json")
    if kind == "payment":
        return _PAYMENT.dump_python(obj, mode="json")
    return obj


def encode_json(kind: str, obj: t.Any) -> bytes:
    """A stored object as a compact JSON row (fields at their defaults left out)."""
    if kind == "invoice":  # (every write measures its rows so)
        return _INVOICE_ROW(obj)
    if kind == "payment":
        return _PAYMENT_JSON(obj, exclude_defaults=True)
    return _ANY_JSON(obj)


def decode(kind: str, data: t.Any) -> t.Any:
    """Inverse of ``encode``; raises ``pydantic.ValidationError`` for data that is not such an object."""
    if kind == "invoice":
        return _check_invoice(_INVOICE.validate_python(data))
    if kind == "payment":
        return _check_payment(_PAYMENT.validate_python(data))
    _REFERENCE_ADAPTERS.get(kind, _REFERENCE).validate_python(data)
    return copy.deepcopy(data)


def decode_json(kind: str, text: str | bytes) -> t.Any:
    """A row this store wrote: types are checked by pydantic; the range checks ``decode`` adds for
    imported data were already passed on the way in."""
    if kind == "invoice":
        return _INVOICE.validate_json(text)
    if kind == "payment":
        return _PAYMENT.validate_json(text)
    return _REFERENCE.validate_json(text).model_dump()


def _check_invoice(inv: Invoice) -> Invoice:
    problems: list[t.Any] = []
    ids = [("id",), ("journal_entry",)] + [("lines", i, "id") for i in range(len(inv.lines))]
    for loc in ids:
        value: t.Any = inv
        for part in loc:
            value = value[part] if isinstance(part, int) else getattr(value, part)
        if not 1 <= value <= MAX_ID:
            problems.append(_error(loc, f"Ensure this id is between 1 and {MAX_ID}."))
    for name in ("invoice_date", "due_date", "paid_date", "sent_date", "voided_date", "uncollectible_date"):
        value = getattr(inv, name)
        if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
            problems.append(_error((name,), f"Ensure the year is between {MIN_YEAR} and {MAX_YEAR}."))
    if not inv.lines:
        problems.append(_error(("lines",), "An invoice needs at least one line."))
    if problems:
        raise pydantic.ValidationError.from_exception_data("Invoice", problems)
    return inv


def _check_payment(payment: Payment) -> Payment:
    for name in ("id", "invoice_id", "journal_entry"):
        if not 1 <= getattr(payment, name) <= MAX_ID:
            raise pydantic.ValidationError.from_exception_data(
                "Payment", [_error((name,), f"Ensure this id is between 1 and {MAX_ID}.")]
            )
    return payment


__all__ = [
    "SNAPSHOT",
    "SNAPSHOT_FORMAT",
    "SnapshotDocument",
    "decode",
    "decode_json",
    "encode",
    "encode_json",
    "let_go",
    "row_key",
]
