"""``Campfire`` and ``AsyncCampfire``: configuration, and one attribute per API resource."""

from __future__ import annotations

import os
import typing as t
from functools import cached_property

import httpx

from . import _constants as C
from . import resources
from ._base_client import AsyncAPIClient, SyncAPIClient
from ._exceptions import CampfireError
from ._types import NOT_GIVEN, NotGiven, Timeout

__all__ = ["AsyncCampfire", "Campfire"]


def _settings(api_key: str | None, base_url: str | None) -> tuple[str, str]:
    api_key = api_key or os.environ.get(C.API_KEY_ENV)
    if not api_key:
        raise CampfireError(f"No API key: pass api_key to the client or set the {C.API_KEY_ENV} environment variable.")
    return api_key, base_url or os.environ.get(C.BASE_URL_ENV) or C.DEFAULT_BASE_URL


class Campfire(SyncAPIClient):
    """Synchronous client of Campfire's invoice API.

    ``Campfire()`` reads ``CAMPFIRE_API_KEY`` and ``CAMPFIRE_BASE_URL``; pass
    ``http_client=`` to use your own ``httpx.Client`` (for example one bound to the
    in-process mock).
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = C.DEFAULT_TIMEOUT,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        retry_writes: bool = False,
        default_headers: t.Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        key, url = _settings(api_key, base_url)
        super().__init__(
            api_key=key,
            base_url=url,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
            default_headers=default_headers,
            http_client=http_client,
        )

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> Campfire:
        """A client sharing this one's connections, with some settings changed."""
        return t.cast(
            Campfire,
            self._copy_with(base_url=base_url, timeout=timeout, max_retries=max_retries, retry_writes=retry_writes),
        )

    @cached_property
    def invoices(self) -> resources.Invoices:
        return resources.Invoices(self)

    @cached_property
    def invoice_payments(self) -> resources.InvoicePayments:
        return resources.InvoicePayments(self)

    @cached_property
    def invoice_reports(self) -> resources.InvoiceReports:
        return resources.InvoiceReports(self)

    @cached_property
    def clients(self) -> resources.Clients:
        return resources.Clients(self)

    @cached_property
    def entities(self) -> resources.Entities:
        return resources.Entities(self)

    @cached_property
    def products(self) -> resources.Products:
        return resources.Products(self)

    @cached_property
    def contracts(self) -> resources.Contracts:
        return resources.Contracts(self)

    @cached_property
    def credit_memos(self) -> resources.CreditMemos:
        return resources.CreditMemos(self)

    @cached_property
    def transactions(self) -> resources.Transactions:
        return resources.Transactions(self)


class AsyncCampfire(AsyncAPIClient):
    """Asynchronous client of Campfire's invoice API; the same resources, awaited."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = C.DEFAULT_TIMEOUT,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        retry_writes: bool = False,
        default_headers: t.Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        key, url = _settings(api_key, base_url)
        super().__init__(
            api_key=key,
            base_url=url,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
            default_headers=default_headers,
            http_client=http_client,
        )

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
    ) -> AsyncCampfire:
        """A client sharing this one's connections, with some settings changed."""
        return t.cast(
            AsyncCampfire,
            self._copy_with(base_url=base_url, timeout=timeout, max_retries=max_retries, retry_writes=retry_writes),
        )

    @cached_property
    def invoices(self) -> resources.AsyncInvoices:
        return resources.AsyncInvoices(self)

    @cached_property
    def invoice_payments(self) -> resources.AsyncInvoicePayments:
        return resources.AsyncInvoicePayments(self)

    @cached_property
    def invoice_reports(self) -> resources.AsyncInvoiceReports:
        return resources.AsyncInvoiceReports(self)

    @cached_property
    def clients(self) -> resources.AsyncClients:
        return resources.AsyncClients(self)

    @cached_property
    def entities(self) -> resources.AsyncEntities:
        return resources.AsyncEntities(self)

    @cached_property
    def products(self) -> resources.AsyncProducts:
        return resources.AsyncProducts(self)

    @cached_property
    def contracts(self) -> resources.AsyncContracts:
        return resources.AsyncContracts(self)

    @cached_property
    def credit_memos(self) -> resources.AsyncCreditMemos:
        return resources.AsyncCreditMemos(self)

    @cached_property
    def transactions(self) -> resources.AsyncTransactions:
        return resources.AsyncTransactions(self)
