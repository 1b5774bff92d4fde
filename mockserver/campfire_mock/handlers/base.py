"""What every handler object shares: the store, the services and the caller's workspace."""

from __future__ import annotations

import typing as t
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from connexion import request
from connexion.context import context

from ..domain.invoices import InvoiceService
from ..domain.payments import PaymentService
from ..domain.references import ReferenceService
from ..serialization import Serializer, number
from ..store import Store, Workspace
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


class Handler:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.store = services.store
        self.serializer = services.serializer

    def workspace(self) -> Workspace:
        return self.store.workspace(token_of_request())

    @staticmethod
    def url() -> str:
        return str(request.url)


def token_of_request() -> str:
    return str(context["token_info"]["sub"])


def role_of_request() -> str:
    return str(context["token_info"]["role"])


def plain(value: t.Any) -> t.Any:
    """Decimals, dates and nested containers as JSON-ready values."""
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value
