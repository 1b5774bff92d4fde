"""What every handler object shares: the store, the services and the caller's workspace."""

from __future__ import annotations

import contextvars
import typing as t
from dataclasses import dataclass
from urllib.parse import parse_qsl

from starlette.datastructures import URL

from ..checks import SchemaChecker
from ..domain.invoices import InvoiceService
from ..domain.payments import PaymentService
from ..domain.references import ReferenceService
from ..domain.workspace import Workspace
from ..errors import ValidationFailed
from ..serialization import Serializer
from ..store import Store


@dataclass
class Services:
    """The store and the stateless services built around it, shared by all handlers."""

    store: Store
    invoices: InvoiceService
    payments: PaymentService
    references: ReferenceService
    serializer: Serializer
    checker: SchemaChecker
    #: The operationIds of the served Campfire spec (the ones a fault can be armed for).
    operation_ids: frozenset[str]
    #: Checks and answers stubs (set once the app is built).
    responder: t.Any = None


class Handler:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.store = services.store
        self.serializer = services.serializer

    def workspace(self) -> Workspace:
        """The caller's workspace (the operation table has opened a read or a write on it)."""
        return self.store.workspace(token_of_request())

    @staticmethod
    def repeated(*names: str, cast: t.Callable[[str], t.Any] = int) -> dict[str, list[t.Any]]:
        """Every value of integer query parameters that may be given several times (``?client=1&client=2``:
        Campfire's filters apply them all, as DRF's multiple-choice filters do). Connexion, and the spec's
        integer type, keep only the last one, so they are read from the raw query string."""
        found: dict[str, list[t.Any]] = {}
        raw = bytes(CALLER.get().scope.get("query_string", b"")).decode("latin-1")
        for name, value in parse_qsl(raw, keep_blank_values=True):
            if name in names:
                try:
                    found.setdefault(name, []).append(cast(value))
                except ValueError:
                    raise ValidationFailed.field(
                        name, f"Select a valid choice. {value} is not one of the available choices."
                    ) from None
        return found

    @staticmethod
    def url() -> str:
        """The request's full URL (lists build their ``next``/``previous`` links from it)."""
        return str(URL(scope=CALLER.get().scope))


class _NoContent:
    def __repr__(self) -> str:
        return "NoContent"


#: A handler's body for answers without one (204, and 201 where nothing is returned).
NoContent = _NoContent()


@dataclass(frozen=True)
class Caller:
    """Who is calling, set for each request by whichever path serves it (compiled or Connexion)."""

    token: str
    role: str
    scope: t.MutableMapping[str, t.Any]


CALLER: contextvars.ContextVar[Caller] = contextvars.ContextVar("campfire_mock_caller")


def token_of_request() -> str:
    return CALLER.get().token


def role_of_request() -> str:
    return CALLER.get().role
