"""Webhooks wired to writes: the events of a write, rendered and addressed inside its transaction,
sent after it commits, and each attempt written to the webhook's ``events`` log; and the webhook
resource itself (``WebhookView``: a signing secret, topics checked, at most ``MAX_WEBHOOKS`` per
workspace, the list of topics).

``Operation.run`` calls ``collect(ws)`` inside every write, after the answer is encoded, and
``deliverer.submit`` after the write commits, so a rejected write (its transaction undone) sends
nothing. The object of an event is rendered as its retrieve endpoint renders it (a deleted one as it
was just before). ``GET /integrations/api/v1/webhook/topics`` is answered here too.
"""

from __future__ import annotations

import logging
import typing as t

from ..delivery import Attempt, Batch, Deliverer, Message, envelope, event_id, new_secret
from ..domain.events import Event, events_of
from ..domain.generic import PARENT
from ..domain.tables import MISSING as JOURNAL_MISSING
from ..domain.topics import BILL_KIND, BILL_PAYMENT_KIND, OBJECT_TYPES, TOPICS
from ..domain.workspace import Workspace
from ..errors import DomainError, ValidationFailed
from ..store import Store
from ..webhook_limits import check_event_count, check_webhook, live_targets
from ..webhook_log import EventsLog
from .base import Caller
from .generic import ResourceView, action
from .payables_render import render_bill, render_bill_payment
from .serialization import REFERENCE_SCHEMAS, Serializer

log = logging.getLogger("campfire_mock.webhooks")

#: The stored kind of webhooks, and of each webhook's delivery log (nested under it).
WEBHOOK_KIND = "/integrations/api/v1/webhook"
WEBHOOK_EVENTS_KIND = "/integrations/api/v1/webhook/{id}/events"

#: Renders a stored object of one kind as its retrieve endpoint answers it: ``reader(ws, caller, row)``.
Reader = t.Callable[[Workspace, Caller, dict[str, t.Any]], t.Any]


#: Where a workspace keeps its active webhooks as delivery targets, with the webhook table they were read from.
_TARGETS = "live_webhook_targets"


def _forget_targets(ws: Workspace, journal: t.Any, kept: bool) -> None:
    """A write that touched the webhook table (or replaced the workspace) ended: its targets are read again."""
    ws.derived.pop(_TARGETS, None)


Workspace.listen(_TARGETS, (WEBHOOK_KIND,), _forget_targets)


def _live(ws: Workspace, journal: t.Any) -> tuple[t.Any, ...]:
    """The workspace's active webhooks as delivery targets (``live_targets``): read again only after a write to
    the webhook table (its commit listener forgets them) or inside one, else kept, so a write in a workspace
    without an active webhook costs a few look-ups."""
    hooks = ws.generic.get(WEBHOOK_KIND)
    if not hooks:
        return ()
    if journal.replaced is not None or id(hooks) in journal.before:  # this write changed them: as they are now
        return live_targets(hooks)
    kept: tuple[t.Any, tuple[t.Any, ...]] | None = ws.derived.get(_TARGETS)
    if kept is not None and kept[0] is hooks:  # (another table: the workspace was replaced outside a write)
        return kept[1]
    targets = live_targets(hooks)
    ws.derived[_TARGETS] = (hooks, targets)
    return targets


class Webhooks:
    """The events of writes, for the workspace's active webhooks, and the log of their attempts."""

    def __init__(self, store: Store, serializer: Serializer, *, allowed_hosts: t.Iterable[str] = ()) -> None:
        self.store = store
        self.serializer = serializer
        self.log = EventsLog(store, WEBHOOK_KIND, WEBHOOK_EVENTS_KIND)
        self.deliverer = Deliverer(self.record, allowed_hosts=allowed_hosts)
        #: Stored kind -> how its retrieve endpoint renders an object (``operations.build_operations``
        #: adds one per retrieve operation), for the kinds the serializer does not render itself.
        self.readers: dict[str, Reader] = {}
        #: Stored kind -> how its view shows a reference object (names its relations tell, computed figures),
        #: for the kinds the serializer renders (``operations.build_operations`` adds them).
        self.shown: dict[str, t.Callable[[Workspace, dict[str, t.Any]], t.Any]] = {}

    def add_reader(self, kind: str, reader: Reader) -> None:
        """Render events of ``kind`` with ``reader`` (the first retrieve operation of a kind wins)."""
        self.readers.setdefault(kind, reader)

    def collect(self, ws: Workspace, caller: Caller) -> list[Batch]:
        """The deliveries the open write on ``ws`` makes, as one batch (call inside the write, after its
        answer): each event with a subscriber rendered once; the deliveries are made as they are sent."""
        journal = ws.journal
        if journal is None:
            return []
        targets = _live(ws, journal)
        if not targets:
            # A clock move still marks the invoices it made past due, so none is sent again later.
            if ws.clock.moved_from(journal.clock) and journal.clock.today() != ws.clock.today():
                events_of(ws, journal, JOURNAL_MISSING)
            return []
        events = [e for e in events_of(ws, journal, JOURNAL_MISSING) if any(h.wants(e.topic) for h in targets)]
        check_event_count(events)
        before = {table.kind: seen for table, seen in journal.before.values()}
        now = ws.now_text()
        messages: list[Message] = []
        reading = Caller(caller.token, "admin", {"type": "http", "method": "GET", "path": "/", "query_string": b""})
        for event in events:
            try:
                obj = self.render(ws, reading, event, before.get(event.kind, {}))
            except Exception:  # a rendering bug must not undo the user's write
                log.exception(
                    "webhook event %s of %s %s could not be rendered", event.topic, event.kind, event.object_id
                )
                obj = {"id": event.object_id}
            evt = event_id()
            messages.append(
                Message(
                    evt,
                    event.topic,
                    envelope(evt, event.topic, now, OBJECT_TYPES.get(event.kind, event.kind), event.object_id, obj),
                )
            )
        return [Batch(caller.token, targets, tuple(messages))] if messages else []

    def render(self, ws: Workspace, caller: Caller, event: Event, before: dict[int, t.Any]) -> t.Any:
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
        if event.kind in REFERENCE_SCHEMAS:
            shown = self.shown.get(event.kind)
            return shown(ws, obj) if shown is not None else self.serializer.stored(ws, event.kind, obj)
        reader = self.readers.get(event.kind)
        if reader is not None:
            return reader(ws, caller, obj)
        return {"id": event.object_id}

    def submit(self, batches: list[Batch]) -> None:
        self.deliverer.submit(batches)

    def record(self, attempt: Attempt) -> None:
        """One attempt, as a row of its webhook's ``events`` log (a webhook deleted since gets none)."""
        self.log.record(attempt)

    def close(self) -> None:
        self.deliverer.close()


class WebhookView(ResourceView):
    """``/integrations/api/v1/webhook``: a new webhook gets its signing secret (server-set, as ``token``
    is read-only) and is active unless told otherwise; its topics must be known ones (numbered as
    ``TOPICS`` lists them)."""

    collections = (WEBHOOK_KIND,)

    def perform_create(self, ws: Workspace, row: dict[str, t.Any]) -> None:
        check_webhook(ws.generic.get(WEBHOOK_KIND) or {}, row, True)
        row["token"] = new_secret()
        row.setdefault("active", True)
        self._check_topics(row)

    def perform_update(self, ws: Workspace, row: dict[str, t.Any]) -> None:
        check_webhook(ws.generic.get(WEBHOOK_KIND) or {}, row, False)
        self._check_topics(row)

    def _check_topics(self, row: dict[str, t.Any]) -> None:
        topics = row.get("topics") or []
        unknown = [str(topic.get("name")) for topic in topics if topic.get("name") not in TOPICS]
        if unknown:
            raise ValidationFailed.field(
                "topics", f"Unknown topic {unknown[0]!r}; GET {WEBHOOK_KIND}/topics lists them."
            )
        row["topics"] = [{"id": TOPICS.index(topic["name"]) + 1, "name": topic["name"]} for topic in topics]

    @action("GET", url_path="topics")
    def topics(self, ws: Workspace, caller: Caller, **_: t.Any) -> tuple[t.Any, int]:
        """``GET /integrations/api/v1/webhook/topics``: every topic a webhook may subscribe to."""
        return [{"id": i, "name": name} for i, name in enumerate(TOPICS, start=1)], 200


def retrieve_reader(method: t.Callable[..., t.Any], id_arg: str, parents: dict[str, str], fallback: Reader) -> Reader:
    """A ``Reader`` that calls a retrieve operation's method for the object (``id_arg`` its argument for the
    id, ``parents`` the argument of each parent path parameter, read from the object's stored parents),
    and renders with ``fallback`` an object the operation no longer answers (deleted)."""

    def read(ws: Workspace, caller: Caller, row: dict[str, t.Any]) -> t.Any:
        stored_parents = row.get(PARENT) or {}
        kwargs = {id_arg: row.get("id"), **{arg: stored_parents.get(name) for name, arg in parents.items()}}
        try:
            body = method(ws, caller, **kwargs)[0]
        except DomainError:
            return fallback(ws, caller, row)
        return body

    return read


__all__ = ["WEBHOOK_EVENTS_KIND", "WEBHOOK_KIND", "Reader", "WebhookView", "Webhooks", "retrieve_reader"]
