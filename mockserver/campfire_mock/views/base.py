"""What every view and handler shares: the services, and the ``Caller`` each one is handed.

A view method or handler is called as ``method(ws, caller, **parameters)``: ``ws`` is the workspace the operation
table opened its read or write transaction on, ``caller`` who is calling (parsed once per request by
``http.auth``). Nothing is read from context variables.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass
from urllib.parse import parse_qsl

from starlette.datastructures import URL

from ..domain.credit_memos import CreditMemoService
from ..domain.invoices import InvoiceService
from ..domain.models import Invoice, PaymentStatus
from ..domain.payments import PaymentService
from ..domain.references import ReferenceService
from ..errors import PermissionDenied, ValidationFailed
from ..openapi.schema_checker import SchemaChecker
from ..store import Store
from .serialization import Serializer


@dataclass
class Services:
    """The store and the stateless services built around it, shared by all handlers."""

    store: Store
    invoices: InvoiceService
    payments: PaymentService
    references: ReferenceService
    credit_memos: CreditMemoService
    serializer: Serializer
    checker: SchemaChecker
    #: The operationIds of the served Campfire spec (the ones a fault can be armed for).
    operation_ids: frozenset[str]
    #: Checks and answers stubs (set once the app is built).
    responder: t.Any = None


def repeated(caller: Caller, *names: str, cast: t.Callable[[str], t.Any] = int) -> dict[str, list[t.Any]]:
    """Every value of integer query parameters that may be given several times (``?client=1&client=2``:
    Campfire's filters apply them all, as DRF's multiple-choice filters do). Connexion, and the spec's
    integer type, keep only the last one, so they are read from the raw query string. An empty value
    (``?account=``) filters nothing, as django-filter skips an empty value."""
    found: dict[str, list[t.Any]] = {}
    for name, value in caller.query():
        if name in names and value != "":
            try:
                found.setdefault(name, []).append(cast(value))
            except ValueError:
                raise ValidationFailed.field(
                    name, f"Select a valid choice. {value} is not one of the available choices."
                ) from None
    return found


def request_url(caller: Caller) -> str:
    """The request's full URL (lists build their ``next``/``previous`` links from it)."""
    return str(URL(scope=caller.scope))


class Handler:
    """A hand-written handler of operations that are no Campfire resource (the control API, reports)."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.store = services.store
        self.serializer = services.serializer

    repeated = staticmethod(repeated)
    url = staticmethod(request_url)


class _NoContent:
    def __repr__(self) -> str:
        return "NoContent"


#: A handler's body for answers without one (204, and 201 where nothing is returned).
NoContent = _NoContent()


#: Campfire's API roles: ``admin`` does everything; ``clerk`` reads everything and writes only draft
#: invoices (create, update, delete); ``view_only`` reads only.
ROLES = ("admin", "clerk", "view_only")
#: Operations a clerk may call when the invoice is, and stays, a draft.
CLERK_DRAFT_OPERATIONS = frozenset(
    {
        "coa_api_v1_invoice_create",
        "coa_api_v1_invoice_update",
        "coa_api_v1_invoice_partial_update",
        "coa_api_v1_invoice_destroy",
    }
)
CLERK_MESSAGE = "A clerk may only write draft invoices."
#: Where a request's parsed query string is kept in its scope (``Caller.query``).
QUERY_KEY = "campfire_mock.query"
_set = object.__setattr__


@dataclass(frozen=True, slots=True)
class Caller:
    """Who is calling: the key, its role, and the request's ASGI scope (URL and raw query string).
    The role rules live here, in one place: ``authorize`` before the handler runs, ``check_drafts``
    inside it, on the invoices a clerk's write touches."""

    token: str
    role: str
    scope: t.MutableMapping[str, t.Any]

    def __init__(self, token: str, role: str, scope: t.MutableMapping[str, t.Any]) -> None:
        # (the dataclass's own ``__init__`` looks ``object.__setattr__`` up for each field: every request makes one)
        _set(self, "token", token)
        _set(self, "role", role)
        _set(self, "scope", scope)

    def query(self) -> list[tuple[str, str]]:
        """The raw query string's parameters, in order, blank values kept (parsed once per request)."""
        found: list[tuple[str, str]] | None = self.scope.get(QUERY_KEY)  # (typed, not ``t.cast``: every request)
        if found is None:
            raw = bytes(self.scope.get("query_string", b"")).decode("latin-1")
            found = self.scope[QUERY_KEY] = parse_qsl(raw, keep_blank_values=True) if raw else []
        return found

    def authorize(self, method: str, operation_id: str | None) -> None:
        """A 403 if this caller's role may not call ``operation_id`` at all."""
        if method in ("GET", "HEAD", "OPTIONS") or self.role == "admin":
            return
        if self.role == "view_only":
            raise PermissionDenied()
        if operation_id not in CLERK_DRAFT_OPERATIONS:
            raise PermissionDenied(CLERK_MESSAGE)

    def check_drafts(self, *invoices: Invoice) -> None:
        """A clerk writes only invoices that are drafts, before and after (the write is undone otherwise)."""
        if self.role == "clerk" and any(i.payment_status != PaymentStatus.DRAFT for i in invoices):
            raise PermissionDenied(CLERK_MESSAGE)
