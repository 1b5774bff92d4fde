"""Webhooks wired to writes: the events of a write, rendered and addressed inside its transaction,
sent after it commits, and each attempt written to the webhook's ``events`` log.

``Operation.run`` calls ``collect(ws)`` inside every write, after the answer is encoded, and
``deliverer.submit`` after the write commits, so a rejected write (its transaction undone) sends
nothing. The object of an event is rendered as its retrieve endpoint renders it (a deleted one as it
was just before). ``GET /integrations/api/v1/webhook/topics`` is answered here too.
"""

from __future__ import annotations

import logging
import typing as t

import orjson

from ..delivery import Attempt, Deliverer, Delivery, envelope, event_id
from ..domain.events import BILL_KIND, BILL_PAYMENT_KIND, OBJECT_TYPES, TOPICS, Event, events_of
from ..domain.generic import PARENT, is_deleted
from ..domain.workspace import _MISSING as JOURNAL_MISSING
from ..domain.workspace import Workspace
from ..store import Store
from .payables_render import render_bill, render_bill_payment
from .rules import WEBHOOK_EVENTS_KIND, WEBHOOK_KIND
from .serialization import Serializer

if t.TYPE_CHECKING:
    from .base import Caller

log = logging.getLogger("campfire_mock.webhooks")


class Webhooks:
    """The events of writes, for the workspace's active webhooks, and the log of their attempts."""

    def __init__(self, store: Store, serializer: Serializer, *, allowed_hosts: t.Iterable[str] = ()) -> None:
        self.store = store
        self.serializer = serializer
        self.deliverer = Deliverer(self.record, allowed_hosts=allowed_hosts)

    def collect(self, ws: Workspace, token: str) -> list[Delivery]:
        """The deliveries the open write on ``ws`` makes (call inside the write, after its answer)."""
        journal = ws.journal
        if journal is None:
            return []
        hooks = [
            row
            for row in dict.values(ws.generic.get(WEBHOOK_KIND) or {})
            if row.get("active", True) and not is_deleted(row) and row.get("url") and row.get("token")
        ]
        if not hooks:
            # A clock move still marks the invoices it made past due, so none is sent again later.
            if journal.clock.today() != ws.clock.today():
                events_of(ws, journal, JOURNAL_MISSING)
            return []
        events = events_of(ws, journal, JOURNAL_MISSING)
        if not events:
            return []
        before = {table.kind: seen for table, seen in journal.before.values()}
        now = ws.now_text()
        deliveries: list[Delivery] = []
        for event in events:
            wanted = [h for h in hooks if not h.get("topics") or event.topic in {x.get("name") for x in h["topics"]}]
            if not wanted:
                continue
            try:
                obj = self.render(ws, event, before.get(event.kind, {}))
            except Exception:  # a rendering bug must not undo the user's write
                log.exception(
                    "webhook event %s of %s %s could not be rendered", event.topic, event.kind, event.object_id
                )
                obj = {"id": event.object_id}
            evt = event_id()
            kind = OBJECT_TYPES.get(event.kind, event.kind)
            body = envelope(evt, event.topic, now, kind, event.object_id, obj)
            deliveries.extend(
                Delivery(token, int(h["id"]), str(h["url"]), str(h["token"]), evt, event.topic, body) for h in wanted
            )
        return deliveries

    def render(self, ws: Workspace, event: Event, before: dict[int, t.Any]) -> t.Any:
        """The event's object as its retrieve endpoint renders it (a deleted one as it was)."""
        tables = ws.tables()
        obj = dict.get(tables[event.kind], event.object_id, JOURNAL_MISSING)
        if obj is JOURNAL_MISSING:
            obj = before.get(event.object_id, JOURNAL_MISSING)
            if obj is JOURNAL_MISSING:
                return {"id": event.object_id}
        if event.kind == "invoice":
            return self.serializer.invoice(ws, obj)
        if event.kind == "payment":
            return self.serializer.payment(ws, obj)
        if event.kind == BILL_KIND:
            return render_bill(ws, self.serializer.shapes, obj)
        if event.kind == BILL_PAYMENT_KIND:
            return render_bill_payment(ws, self.serializer.shapes, obj)
        return self.serializer.stored(ws, event.kind, obj)

    def submit(self, deliveries: list[Delivery]) -> None:
        self.deliverer.submit(deliveries)

    def record(self, attempt: Attempt) -> None:
        """One attempt, as a row of its webhook's ``events`` log (a webhook deleted since gets none)."""
        delivery = attempt.delivery
        with self.store.write(delivery.token) as ws:
            hooks = ws.table(WEBHOOK_KIND)
            if delivery.webhook_id not in hooks:
                return
            key = ws.next_id(WEBHOOK_EVENTS_KIND)
            ws.table(WEBHOOK_EVENTS_KIND)[key] = {
                "id": key,
                PARENT: {"id": delivery.webhook_id},
                "object": _loads(delivery.body),
                "status": attempt.status,
                "created_at": ws.now_text(),
                "url": delivery.url,
                "topic": delivery.topic,
                "http": {"attempt": attempt.number, **attempt.http},
                "webhook": delivery.webhook_id,
            }

    def close(self) -> None:
        self.deliverer.close()

    def topics(self, ws: Workspace | None, caller: Caller | None, **_: t.Any) -> tuple[t.Any, int]:
        """``GET /integrations/api/v1/webhook/topics``: every topic a webhook may subscribe to."""
        return [{"id": i, "name": name} for i, name in enumerate(TOPICS, start=1)], 200


def _loads(body: bytes) -> t.Any:
    return orjson.loads(body)


__all__ = ["Webhooks"]
