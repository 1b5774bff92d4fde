"""The webhook events a write produces, read off its journal.

A write's journal holds the value of everything it touched as it was before (``Workspace``'s
tables); comparing that with what the tables hold now says what happened, however the write
got there (a hand-written rule or a generic resource), and a write that is rolled back never
gets this far, so it emits nothing. Decisions:

* an invoice that did not exist is ``invoice.created``; one that is gone, ``invoice.deleted``;
  ``voided_date`` set is ``invoice.voided``, cleared is ``invoice.reopened``; ``paid_date`` set
  (not voided) is ``invoice.paid``; any other change is ``invoice.updated`` (a partial payment too);
* a new payment is ``payment.created``; a payment voided or deleted is ``payment.voided``;
* a credit memo: ``credit_memo.created``, ``credit_memo.voided`` (``voided_date`` set, or a
  ``status`` of ``void``/``voided``), otherwise ``credit_memo.updated``;
* a bill: ``bill.created``, ``bill.deleted`` (gone, or soft-deleted), ``bill.voided``, ``bill.reopened``,
  ``bill.paid`` (``paid_date`` set), otherwise ``bill.updated``; a bill payment: ``bill_payment.created``,
  ``bill_payment.voided`` (voided or deleted); their envelopes name ``bill`` and ``bill_payment``;
* a client (vendor): ``vendor.created``, ``vendor.deleted`` (gone, or ``is_deleted`` set), otherwise
  ``vendor.updated``;
* every other kind ``topics.OBJECT_TYPES`` names (journal entries, contracts, products, departments,
  bank transactions, tags, ...): ``<type>.created``, ``<type>.deleted`` (gone, or soft-deleted:
  ``is_deleted`` or ``deleted_at`` set), otherwise ``<type>.updated``; a contract whose
  ``termination_date`` is set is ``contract.terminated``, a debit memo ``debit_memo.voided`` and
  ``debit_memo.reopened`` as a credit memo; a credit memo deleted is ``credit_memo.deleted``;
* ``invoice.past_due`` comes from the clock: an open invoice whose due date the workspace's day
  has just passed (moved by the control API, as Stripe's test clocks do), once per invoice;
* a whole-workspace replacement (reset, seed, import) emits nothing: it is test set-up, not business.

Each event names the object by kind and id; rendering it as its retrieve endpoint would is the
caller's job (``operations``), inside the same transaction.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass
from datetime import date

from .topics import BILL_KIND, BILL_PAYMENT_KIND, OBJECT_TYPES

if t.TYPE_CHECKING:
    from .workspace import Journal, Workspace

_MISSING: t.Any = object()


@dataclass(frozen=True)
class Event:
    """One thing that happened to one object."""

    topic: str
    kind: str
    object_id: int


def _field(obj: t.Any, name: str) -> t.Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def _invoice_topic(before: t.Any, after: t.Any) -> str | None:
    if before is _MISSING:
        return "invoice.created"
    if after is _MISSING:
        return "invoice.deleted"
    if before == after:
        return None
    voided_before, voided_after = _field(before, "voided_date"), _field(after, "voided_date")
    if voided_after and not voided_before:
        return "invoice.voided"
    if voided_before and not voided_after:
        return "invoice.reopened"
    if _field(after, "paid_date") and not _field(before, "paid_date"):
        return "invoice.paid"
    return "invoice.updated"


def _payment_topic(before: t.Any, after: t.Any) -> str | None:
    if before is _MISSING:
        return "payment.created"
    if after is _MISSING or (_field(after, "voided_date") and not _field(before, "voided_date")):
        return "payment.voided"
    return None


def _memo_voided(memo: t.Any) -> bool:
    return bool(_field(memo, "voided_date")) or _field(memo, "status") in ("void", "voided")


def _soft_deleted(obj: t.Any) -> bool:
    return bool(_field(obj, "is_deleted")) or bool(_field(obj, "deleted_at"))


def _credit_memo_topic(before: t.Any, after: t.Any) -> str | None:
    if before is _MISSING:
        return "credit_memo.created"
    if after is _MISSING or (_soft_deleted(after) and not _soft_deleted(before)):
        return "credit_memo.deleted"
    if before == after:
        return None
    if _memo_voided(after) and not _memo_voided(before):
        return "credit_memo.voided"
    return "credit_memo.updated"


def _vendor_topic(before: t.Any, after: t.Any) -> str | None:
    if before is _MISSING:
        return "vendor.created"
    if after is _MISSING or (_field(after, "is_deleted") and not _field(before, "is_deleted")):
        return "vendor.deleted"
    return None if before == after else "vendor.updated"


def _bill_topic(before: t.Any, after: t.Any) -> str | None:
    """A bill's events, as an invoice's (a soft delete is ``bill.deleted``)."""
    if after is not _MISSING and _field(after, "is_deleted") and before is not _MISSING:
        return None if _field(before, "is_deleted") else "bill.deleted"
    topic = _invoice_topic(before, after)
    return None if topic is None else topic.replace("invoice.", "bill.")


def _bill_payment_topic(before: t.Any, after: t.Any) -> str | None:
    topic = _payment_topic(before, after)
    return None if topic is None else topic.replace("payment.", "bill_payment.")


def _generic_topic(object_type: str) -> t.Callable[[t.Any, t.Any], str | None]:
    """Created, deleted (gone or soft-deleted) or updated, for a kind without rules of its own."""

    def topic(before: t.Any, after: t.Any) -> str | None:
        if before is _MISSING:
            return f"{object_type}.created"
        if after is _MISSING or (_soft_deleted(after) and not _soft_deleted(before)):
            return f"{object_type}.deleted"
        return None if before == after else f"{object_type}.updated"

    return topic


def _contract_topic(before: t.Any, after: t.Any) -> str | None:
    """A contract's events; setting its ``termination_date`` (``/terminate``) is ``contract.terminated``."""
    terminated = after is not _MISSING and bool(_field(after, "termination_date"))
    if terminated and before is not _MISSING and not _field(before, "termination_date"):
        return "contract.terminated"
    return _generic_topic("contract")(before, after)


def _debit_memo_topic(before: t.Any, after: t.Any) -> str | None:
    """A debit memo's events: voided and reopened as a credit memo's, else the generic ones."""
    if before is not _MISSING and after is not _MISSING and not _soft_deleted(after):
        if _memo_voided(after) and not _memo_voided(before):
            return "debit_memo.voided"
        if _memo_voided(before) and not _memo_voided(after):
            return "debit_memo.reopened"
    return _generic_topic("debit_memo")(before, after)


_TOPIC_OF: dict[str, t.Callable[[t.Any, t.Any], str | None]] = {
    **{kind: _generic_topic(object_type) for kind, object_type in OBJECT_TYPES.items()},
    "contract": _contract_topic,
    "/coa/api/v1/debit-memo": _debit_memo_topic,
    BILL_KIND: _bill_topic,
    BILL_PAYMENT_KIND: _bill_payment_topic,
    "invoice": _invoice_topic,
    "payment": _payment_topic,
    "credit_memo": _credit_memo_topic,
    "vendor": _vendor_topic,
}
#: The order events of one write come in: the objects first, then what follows from them (every other
#: kind after these, in id order within its kind).
_ORDER = {"vendor": 0, "invoice": 1, BILL_KIND: 1, "credit_memo": 2, "payment": 3, BILL_PAYMENT_KIND: 3}
_OTHERS = 4


def events_of(ws: Workspace, journal: Journal, missing: t.Any) -> list[Event]:
    """What the write ``journal`` records did, in a stable order. ``missing`` is the journal's marker
    for "no entry"; ``ws`` is the workspace as the write leaves it."""
    if journal.replaced is not None:
        return []
    found: list[tuple[int, str, int, Event]] = []
    for table, seen in journal.before.values():
        topic_of = _TOPIC_OF.get(table.kind)
        if topic_of is None:
            continue
        for key, before in seen.items():
            after = dict.get(table, key, missing)
            topic = topic_of(_MISSING if before is missing else before, _MISSING if after is missing else after)
            if topic is not None:
                found.append((_ORDER.get(table.kind, _OTHERS), table.kind, key, Event(topic, table.kind, key)))
    found.sort(key=lambda item: item[:3])
    events = [event for *_, event in found]
    events.extend(_past_due(ws, journal.clock.today(), ws.clock.today()))
    return events


def _past_due(ws: Workspace, before: date, after: date) -> list[Event]:
    """Open invoices whose due date the day has moved past (``due_date < today`` is past due)."""
    if after <= before:
        return []
    sent: set[int] = ws.derived.setdefault("past_due_sent", set())
    events: list[Event] = []
    for invoice in ws.invoices.values():
        if (
            before <= invoice.due_date < after
            and invoice.id not in sent
            and invoice.voided_date is None
            and invoice.paid_date is None
        ):
            sent.add(invoice.id)
            events.append(Event("invoice.past_due", "invoice", invoice.id))
    return events
