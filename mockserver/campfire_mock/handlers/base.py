"""What every handler object shares: the store, the services and the caller's workspace."""

from __future__ import annotations

from dataclasses import dataclass

from connexion import request
from connexion.context import context

from ..domain.invoices import InvoiceService
from ..domain.payments import PaymentService
from ..domain.references import ReferenceService
from ..domain.workspace import Workspace
from ..serialization import Serializer
from ..store import Store
from ..validation import SchemaChecker


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


class Handler:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.store = services.store
        self.serializer = services.serializer

    def workspace(self) -> Workspace:
        """The caller's workspace (the operation table has opened a read or a write on it)."""
        return self.store.workspace(token_of_request())

    @staticmethod
    def url() -> str:
        return str(request.url)


def token_of_request() -> str:
    return str(context["token_info"]["sub"])


def role_of_request() -> str:
    return str(context["token_info"]["role"])
