"""The registry from operationId to view method, and the one place requests become transactions.

Every Campfire operation is served by a resource view (``views/``): the class ``views/registry.py``
picks from ``VIEWS`` by the spec plan (a resource with rules has its own class; every other one is
the base ``ResourceView``: Django REST Framework's conventions). ``OPERATIONS`` names, by hand, only
what is no Campfire resource: the control API and the invoice reports. An entry naming a missing
method, a view without the method its plan needs, or a control-API operation without an entry stops
the app at start-up.

Every handler runs inside ``Store.read`` (GET) or ``Store.write``
(anything else), called as ``handler(ws, caller, **parameters)``; its result is checked
against the spec and encoded to bytes *inside* the write, so a handler error, a response
the spec forbids, an answer that cannot be encoded, or a failed save leaves the workspace
exactly as it was, ids included. Both request paths send the ``Reply`` that comes out.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import typing as t
from dataclasses import dataclass

import orjson

from .budget import check_strings
from .domain import idempotency
from .domain.export import SnapshotView
from .domain.faults import Fault
from .domain.left_entries import unlink_left_entries
from .domain.request_entries import Entry, Logged
from .domain.workspace import Workspace
from .errors import DomainError, ValidationFailed
from .openapi.documents import load_spec, operations, packaged_spec
from .openapi.json_parse import check_int64
from .openapi.resources import Plan, plan
from .openapi.responses import ResponseChecker
from .openapi.router import argument_name
from .store import Store
from .stubbing import Answer, Call, Responder
from .views.accounts import AccountView, BudgetAccountView
from .views.admin import AdminHandlers
from .views.bank_feeds import BankFeedView, ReconciliationView
from .views.bank_transactions import BankTransactionView
from .views.base import ROLES, Caller, NoContent, Services
from .views.bill_drafts import BillAmortizationView, BillDraftView
from .views.bill_payments import BillPaymentView
from .views.bills import BillView
from .views.bulk_search import BulkSearchView
from .views.cleaning import body_cleaner
from .views.contracts import ConsumptionView, ContractView, MilestoneView, SubscriptionView
from .views.credit_memos import CreditMemoView
from .views.custom_fields import CustomFieldView
from .views.customers import CustomerView
from .views.debit_memos import DebitMemoView
from .views.exchange_rates import ExchangeRateView
from .views.field_stage import ReferenceStage, reference_stage
from .views.files import FileContentHandlers, FileView
from .views.fixed_assets import AutomationMatchView, FixedAssetReadView, FixedAssetView
from .views.generic import ResourceView
from .views.intercompany import IntercompanyJournalEntryView
from .views.invoice_reports import InvoiceReportHandlers
from .views.invoices import InvoiceView
from .views.ledger import GLTransactionView, JournalEntryView
from .views.ledger_reports import LedgerReportHandlers
from .views.lookups import Lookup, object_lookups
from .views.payments import InvoicePaymentView
from .views.references import EntityView, ProductView, ReferenceView
from .views.registry import Registry
from .views.revenue_transactions import RevenueTransactionView
from .views.statements import StatementView
from .views.transaction_matches import TransactionMatchView
from .views.usage_events import PrepaidCommitEventsView
from .views.vendors import VendorSummaryView, VendorView
from .views.webhooks import Webhooks, WebhookView, retrieve_reader
from .wire import dumps

__all__ = [
    "JSON_CONTENT_TYPE",
    "OPEN_OPERATIONS",
    "OPERATIONS",
    "READ_ONLY_POSTS",
    "REGISTRY",
    "ROLES",
    "VIEWS",
    "Call",
    "Caller",
    "Entry",
    "Fault",
    "Head",
    "Logged",
    "Operation",
    "Reply",
    "RequestState",
    "SnapshotView",
    "Workspace",
    "build_operations",
    "encode",
    "sample_operation_ids",
    "served_by",
    "snapshot_view",
]

#: The view class of every Campfire resource with rules; every other resource is served by ``ResourceView``.
VIEWS: tuple[type[ResourceView], ...] = (
    InvoiceView,
    InvoicePaymentView,
    CreditMemoView,
    VendorView,
    VendorSummaryView,
    CustomerView,
    EntityView,
    ProductView,
    ContractView,
    MilestoneView,
    SubscriptionView,
    ConsumptionView,
    RevenueTransactionView,
    AccountView,
    BudgetAccountView,
    BankTransactionView,
    WebhookView,
    BulkSearchView,
    BankFeedView,
    ReconciliationView,
    ExchangeRateView,
    FileView,
    BillView,
    BillPaymentView,
    BillDraftView,
    BillAmortizationView,
    DebitMemoView,
    JournalEntryView,
    GLTransactionView,
    StatementView,
    IntercompanyJournalEntryView,
    FixedAssetReadView,
    FixedAssetView,
    AutomationMatchView,
    TransactionMatchView,
    CustomFieldView,
    PrepaidCommitEventsView,
)
REGISTRY = Registry(VIEWS)
#: What a view class with rules may override and the base's methods call.
HOOKS = ("visible", "posted", "derived", "perform_create", "perform_update", "check_destroy")

#: operationId -> (handler class, method name), for what is no Campfire resource.
OPERATIONS: dict[str, tuple[type, str]] = {
    "coa_api_v1_invoice_report_data_retrieve": (InvoiceReportHandlers, "retrieve_report_data"),
    "coa_api_v1_invoice_report_preview_retrieve": (InvoiceReportHandlers, "preview_report"),
    "mock_reset": (AdminHandlers, "reset"),
    "mock_seed": (AdminHandlers, "seed"),
    "mock_snapshot_export": (AdminHandlers, "snapshot_export"),
    "mock_snapshot_import": (AdminHandlers, "snapshot_import"),
    "mock_request_log": (AdminHandlers, "request_log"),
    "mock_clock_get": (AdminHandlers, "clock_get"),
    "mock_clock_set": (AdminHandlers, "clock_set"),
    "mock_invoice_reports_list": (AdminHandlers, "reports_list"),
    "mock_invoice_reports_create": (AdminHandlers, "reports_create"),
    "mock_invoice_reports_retrieve": (AdminHandlers, "reports_retrieve"),
    "mock_invoice_reports_delete": (AdminHandlers, "reports_delete"),
    "mock_health": (AdminHandlers, "health"),
    "mock_file_content": (FileContentHandlers, "file_content"),
    "mock_workspaces": (AdminHandlers, "workspaces"),
    "mock_dashboard": (AdminHandlers, "dashboard"),
    "mock_faults_list": (AdminHandlers, "faults_list"),
    "mock_faults_create": (AdminHandlers, "faults_create"),
    "mock_faults_clear": (AdminHandlers, "faults_clear"),
    "mock_stubs_list": (AdminHandlers, "stubs_list"),
    "mock_stubs_create": (AdminHandlers, "stubs_create"),
    "mock_stubs_clear": (AdminHandlers, "stubs_clear"),
    # The ledger through the report engine (views/ledger_reports.py).
    "coa_api_transaction_report_retrieve": (LedgerReportHandlers, "ledger_report"),
}


#: operationId -> (handler class, method name) of the work a heavy write does before its transaction, off
#: the store's lock: a snapshot import validates and builds the new workspace there, then swaps it in.
PREPARED: dict[str, tuple[type, str]] = {
    "mock_snapshot_import": (AdminHandlers, "prepare_import"),
}


def served_by(p: Plan) -> tuple[str, str]:
    """What serves an operation, and how: ``hand-written`` (``OPERATIONS``), ``rules`` (a method of a
    resource's own view class), ``hooks`` (the base's method on a view class that overrides hooks) or
    ``generic`` (the base's method, as it stands); with ``Class.method``."""
    entry = OPERATIONS.get(p.operation_id)
    if entry is not None:
        return "hand-written", f"{entry[0].__name__}.{entry[1]}"
    cls, name = REGISTRY.resolve(p)
    owner = next(c for c in cls.__mro__ if name in vars(c))
    if owner not in ResourceView.__mro__:  # the base's own classes (its mixins, the shared parts)
        return "rules", f"{cls.__name__}.{name}"
    if any(getattr(cls, hook) is not getattr(ResourceView, hook) for hook in HOOKS):
        return "hooks", f"{cls.__name__}.{name}"
    return "generic", f"{cls.__name__}.{name}"


@functools.cache
def _ruled() -> frozenset[str]:
    """The operations of the bundled spec served by hand-written code (``OPERATIONS`` or a view's own method)."""
    plans = plan(load_spec(packaged_spec()), argument_name)
    return frozenset(op for op, p in plans.items() if served_by(p)[0] in ("hand-written", "rules"))


def sample_operation_ids(operation_ids: t.Iterable[str], every: int = 12) -> list[str]:
    """What a bounded test run covers: every operation served by hand-written code (``OPERATIONS``, or
    a method of a resource's own view class), and every ``every``-th generic one (by operationId; the generic
    ones share one implementation). ``operation_ids`` is read once, so a generator gives the same
    sample as a list."""
    ids = list(operation_ids)
    ruled = {op for op in ids if op in OPERATIONS or op in _ruled()}
    generic = sorted(op for op in ids if op not in ruled)
    return sorted(ruled | set(generic[::every]))


#: Operations anyone may call, without a token (and so without a workspace).
OPEN_OPERATIONS = frozenset({"mock_health", "mock_dashboard", "mock_file_content"})

#: Operations that change nothing although they are POSTs (previews and searches).
READ_ONLY_POSTS = frozenset(
    {
        "coa_api_v1_invoice_calculate_payment_create",
        "coa_api_v1_invoice_default_payment_create",
        "coa_api_v1_invoice_bulk_search_create",
        "coa_api_v1_bill_bulk_search_create",
        "coa_api_v1_debit_memo_bulk_search_create",
    }
)


JSON_CONTENT_TYPE = (b"content-type", b"application/json")


class Head(enum.Enum):
    """What ``Operation.run`` is given for a request head its caller did not read."""

    UNREAD = "unread"


@dataclass(frozen=True, slots=True)
class Reply:
    """An answer ready to send: status, raw headers (``content-type`` included when there is a body)
    and the body's bytes."""

    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


def unpack(result: t.Any) -> tuple[t.Any, int, dict[str, str]]:
    """A handler's ``body`` / ``(body, status)`` / ``(body, status, headers)`` as all three."""
    if isinstance(result, tuple):
        body, status, headers = (*result, None)[:3]
        return body, status, headers or {}
    return result, 200, {}


#: The 400 of a request whose dates are valid but too near the ends of the calendar for what it asks (a day
#: before 0001-01-01 or after 9999-12-31 would be counted: a fiscal year's eve, the day after a period).
DATE_EDGE = "A date is too close to 0001-01-01 or 9999-12-31 for this request: a day it counts with does not exist."


#: The snapshot import, whose free-form fields keep integers beyond 64 bits as the API's do (``wire.dumps``).
SNAPSHOT_IMPORT = "mock_snapshot_import"


def encode(body: t.Any, status: int, headers: dict[str, str]) -> Reply:
    """A handler's body as bytes: JSON (orjson; pre-rendered fragments pass through as they are),
    or ``bytes``/``str`` as given under the handler's ``Content-Type``; ``NoContent`` is empty."""
    # (Most answers carry no header of their own: no comprehension to run for them.)
    raw = [(k.lower().encode("latin-1"), str(v).encode("latin-1")) for k, v in headers.items()] if headers else []
    if body is NoContent or body is None:
        return Reply(status, raw, b"")
    if isinstance(body, bytes):
        payload = body
    elif isinstance(body, str):
        payload = body.encode("utf-8")
    else:
        try:
            payload = dumps(body)
        except TypeError:  # a key that is no string (``{"lines": {0: [...]}}``): orjson's slower option
            payload = dumps(body, option=orjson.OPT_NON_STR_KEYS)
    if "Content-Type" not in headers:
        raw.insert(0, JSON_CONTENT_TYPE)
    return Reply(status, raw, payload)


@dataclass(frozen=True)
class Operation:
    """One operation, ready to run: its handler, and whether it writes."""

    operation_id: str
    method: t.Callable[..., t.Any]
    write: bool
    store: Store
    responses: ResponseChecker | None
    webhooks: Webhooks | None = None
    #: The declared responses errors are shaped to, whether or not answers are checked (``responses``).
    errors: ResponseChecker | None = None
    #: Work a heavy write does before its transaction, off the store's lock (``PREPARED``): it takes the
    #: request's arguments and gives the handler's. The front runs such an operation in a worker thread.
    prepare: t.Callable[[dict[str, t.Any]], dict[str, t.Any]] | None = None
    #: What cleans the JSON body before the handler runs (``views/cleaning.py``): read-only and unknown
    #: fields dropped, relation ids read; ``None``: the handler takes the body as validated.
    clean: t.Callable[[dict[str, t.Any]], dict[str, t.Any]] | None = None
    #: For an operation on one object: its kind's retrieve, which raises the 404 of a missing object
    #: (``object_lookups``); run before a body's deferred 400 (``DEFERRED_ERRORS``), as DRF's
    #: ``get_object`` runs before the serializer.
    lookup: Lookup | None = None
    #: What adds the relations' field errors to a body's deferred 400 (``views/field_stage.py``).
    references: ReferenceStage | None = None

    @functools.cached_property
    def idempotent(self) -> bool:
        """Whether this create honours ``Idempotency-Key`` (``domain/idempotency.py``)."""
        return self.operation_id in idempotency.IDEMPOTENT_CREATES

    def run(
        self,
        caller: Caller | None,
        kwargs: dict[str, t.Any],
        size: int | None = None,
        deferred: DomainError | None = None,
        idempotency_key: bytes | Head | None = Head.UNREAD,
    ) -> Reply:
        """Run ``handler(ws, caller, **kwargs)`` as one read or one write transaction on the caller's
        workspace; its answer is checked and encoded inside it. ``caller`` is ``None`` only for the open
        operations (no token, no workspace: ``handler(None, None, **kwargs)``). A write's webhook
        events are read off its journal inside it and sent only once it has committed. A ``DomainError``
        leaves with its body in the shape the operation declares for its status. ``size`` is the bytes of the
        JSON text the body was read from, when known (``budget.check_strings``). ``deferred`` is the body's 400
        (``DEFERRED_ERRORS``): raised after ``lookup`` found the object (when the path names one), with the
        relations' field errors of the same body added (``references``), instead of running the handler.
        ``idempotency_key`` is the ``Idempotency-Key`` header's value as the front read it with the others
        (``Head.UNREAD``: the caller's headers are read for it, for a request that passed no front)."""
        try:
            if deferred is not None:
                if (self.lookup is not None or self.references is not None) and caller is not None:
                    with self.store.read(caller.token) as ws:
                        if self.lookup is not None:
                            self.lookup(ws, caller, kwargs)
                        if self.references is not None and isinstance(deferred, ValidationFailed):
                            deferred = self.references(ws, kwargs, deferred)
                raise deferred
            try:
                return self._run(caller, kwargs, size, idempotency_key)
            except OverflowError:  # a day counted from 0001-01-01 or 9999-12-31 that Python's dates lack
                raise ValidationFailed.field("non_field_errors", DATE_EDGE) from None
        except DomainError as exc:
            shapes = self.errors or self.responses
            if shapes is not None and exc.shaped is None:
                exc.shaped = shapes.error_body(self.operation_id, exc.status, exc.body())
            raise

    def _run(
        self, caller: Caller | None, kwargs: dict[str, t.Any], size: int | None, given: bytes | Head | None
    ) -> Reply:
        if caller is None:
            return self.answer(self.method(None, None, **kwargs))
        clean = self.clean
        if not self.write:
            with self.store.read(caller.token) as ws:
                return self.answer(self.method(ws, caller, **kwargs))
        if not self.operation_id.startswith("mock_"):  # control bodies (imports, stubs) have their own bounds
            check_strings(kwargs.get("body"), size)
        elif self.operation_id != SNAPSHOT_IMPORT:  # kept whole (a seed, a stub's answer): integers in 64 bits
            check_int64(kwargs.get("body"))  # (a snapshot's rows are typed on import; free-form fields keep any)
        if self.prepare is not None:
            caller.authorize("POST", self.operation_id)  # no work for a caller who may not write
            kwargs = self.prepare(kwargs)
        key = None
        if self.idempotent:
            if given is Head.UNREAD:
                key = idempotency.key_of(caller.scope.get("headers") or ())
            else:
                key = idempotency.read_key(given)
        with self.store.write(caller.token) as ws:
            if key is not None:
                print_ = idempotency.fingerprint(self.operation_id, kwargs.get("body"))
                kept = idempotency.replay(ws, key, print_)
                if kept is not None:
                    return Reply(*kept)
            if clean is not None and isinstance(kwargs.get("body"), dict):  # the handler reads a clean body
                kwargs = {**kwargs, "body": clean(kwargs["body"])}
            result = self.method(ws, caller, **kwargs)
            unlink_left_entries(ws)  # contracts stop listing entries the write took out of the ledger
            reply = self.answer(result)
            if key is not None:
                idempotency.remember(ws, key, print_, reply.status, reply.headers, reply.body)
            deliveries = self.webhooks.collect(ws, caller) if self.webhooks is not None else []
        if deliveries and self.webhooks is not None:
            self.webhooks.submit(deliveries)
        return reply

    def answer(self, result: t.Any) -> Reply:
        """A handler's result checked against the spec and encoded (any failure here undoes the write)."""
        body, status, headers = unpack(result)
        if self.responses is not None:
            self.responses.check(self.operation_id, status, headers.get("Content-Type", "application/json"), body)
        return encode(body, status, headers)


class RequestState:
    """What the front may ask of the workspaces, never creating one: the caller's workspace (looked up
    once per request), the fault armed for a call (under the store's lock), a stub's or a ``Prefer``
    header's answer, and the request log (no lock: ``record``)."""

    def __init__(self, store: Store, responder: Responder | None = None) -> None:
        self.store = store
        #: Stubs and ``Prefer`` headers, answered before the operation runs (``stubbing.py``).
        self.responder = responder

    def peek(self, token: str) -> Workspace | None:
        """``token``'s workspace, if it has one (never made here)."""
        return self.store.workspaces.get(token)

    def take_fault(self, ws: Workspace | None, operation_id: str | None) -> Fault | None:
        """The fault armed in ``ws`` for a call of ``operation_id``, used up by this call; ``None`` if there is none."""
        if ws is None or not ws.faults.armed or operation_id is None:
            return None
        with self.store.lock:
            return ws.faults.take(operation_id)

    def stubbed(self, ws: Workspace | None, call: Call) -> Answer | None:
        """A stub's or a ``Prefer`` header's answer to this call, or ``None`` to run it (changes no state)."""
        if self.responder is None or (call.prefer is None and (ws is None or not ws.stubs.armed)):
            return None
        return self.responder.answer(self.store, ws, call)

    def record(self, ws: Workspace | None, token: str, entry: Logged) -> None:
        """Append one request to the request log of ``ws`` (``token``'s workspace, looked up now if the
        request found none: it may have made it), stamped with the workspace's clock; the entry's fields
        are made when the log is read (``domain.request_entries.shown``). Takes no lock: the look-up and
        the append are each one step under the GIL, and a reader copies the log in one step too
        (``AdminHandlers.request_log``); a reset meanwhile logs the entry in the workspace it forgets, as
        it would have a moment earlier."""
        if ws is None:
            ws = self.store.workspaces.get(token)
            if ws is None:
                return
        entry.at = ws.clock.now()  # made text when read, as the details are
        ws.request_log.append(entry)


def build_operations(
    spec: dict[str, t.Any],
    services: Services,
    responses: ResponseChecker | None,
    errors: ResponseChecker | None = None,
    webhooks: Webhooks | None = None,
) -> dict[str, Operation]:
    """Every operation of ``spec`` bound to its method: the hand-written one (``OPERATIONS``), else its
    resource view's (a control-API operation, under ``/__campfire_mock__/``, must have a hand-written
    one). ``responses`` checks answers (``None``: unchecked); ``errors`` shapes error bodies as the spec
    declares them; ``webhooks`` sends the events of writes (``None``: none)."""
    instances: dict[type, t.Any] = {}
    built: dict[str, Operation] = {}
    plans = plan(spec, argument_name)
    for path, method, op in operations(spec):
        operation_id = op["operationId"]
        entry = OPERATIONS.get(operation_id)
        write = method not in ("GET", "HEAD", "OPTIONS") and operation_id not in READ_ONLY_POSTS
        if entry is None:
            if path.startswith("/__campfire_mock__/"):
                raise ValueError(f"no handler for operationId {operation_id!r} in campfire_mock.operations")
            bound = REGISTRY.bind(plans[operation_id], services)
        else:
            cls, name = entry
            instance = instances.get(cls)
            if instance is None:
                instance = instances[cls] = cls(services)
            bound = getattr(instance, name)
        prepare = None
        if operation_id in PREPARED:
            cls, name = PREPARED[operation_id]
            if cls not in instances:
                instances[cls] = cls(services)
            prepare = getattr(instances[cls], name)
        clean = body_cleaner(bound, services.serializer.shapes)
        if clean is not None and not write:
            raise ValueError(f"{operation_id} cleans its body but does not write: only writes may")
        built[operation_id] = Operation(
            operation_id,
            bound,
            write,
            services.store,
            responses,
            webhooks,
            errors or responses,
            prepare,
            clean,
            references=reference_stage(bound, clean) if write else None,
        )
        if webhooks is not None and method == "GET":
            _add_reader(webhooks, plans.get(operation_id), bound)
    for operation_id, look in object_lookups(plans, {k: op.method for k, op in built.items()}).items():
        built[operation_id] = dataclasses.replace(built[operation_id], lookup=look)
    return built


def _add_reader(webhooks: Webhooks, found: Plan | None, bound: t.Callable[..., t.Any]) -> None:
    """Let ``webhooks`` render events of a retrieve operation's kind as that operation answers them."""
    if found is None or found.action != "retrieve" or found.kind is None or found.id_param is None:
        return
    view = getattr(bound, "__self__", None)
    rendered = found

    def fallback(ws: t.Any, caller: Caller, row: dict[str, t.Any]) -> t.Any:
        """A deleted object, as the view renders what is stored (or its id alone)."""
        if isinstance(view, ResourceView):
            return view.render(ws, row, rendered.response, rendered.response_name)
        return {"id": row.get("id")}

    if isinstance(view, ReferenceView) and view.kind == found.kind:
        webhooks.shown.setdefault(found.kind, view.shown)
    parents = {name: found.path_args[name] for name, _ in found.parents}
    webhooks.add_reader(found.kind, retrieve_reader(bound, found.path_args[found.id_param], parents, fallback))


def snapshot_view(operation: Operation, caller: Caller) -> SnapshotView:
    """The caller's snapshot as it is now, taken under its workspace's lock in a few milliseconds and
    encoded off it (``domain/export.py``); the caller closes it (``chunks()`` does when it ends)."""
    with operation.store.read(caller.token) as ws:
        return SnapshotView(ws)
