"""The objects invoices point to: ``clients``, ``entities``, ``products``, ``contracts``,
``credit_memos``, and ``transactions`` (applying a bank transaction to invoices)."""

from __future__ import annotations

import typing as t

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, SyncOffsetPage
from ..types import (
    AccountingCreditMemo,
    AccountingCreditMemoParam,
    ChartEntity,
    ChartEntityParam,
    ClientListParams,
    Contract,
    ContractListParams,
    ContractParam,
    CreditMemoListParams,
    EntityListParams,
    Product,
    ProductListParams,
    ProductParam,
    Vendor,
    VendorParam,
)

__all__ = [
    "AsyncClients",
    "AsyncContracts",
    "AsyncCreditMemos",
    "AsyncEntities",
    "AsyncProducts",
    "AsyncTransactions",
    "Clients",
    "Contracts",
    "CreditMemos",
    "Entities",
    "Products",
    "Transactions",
]


class Clients(SyncAPIResource):
    """Campfire calls an invoice's client a vendor with ``vendor_type="customer"``."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ClientListParams],
    ) -> SyncOffsetPage[Vendor]:
        return t.cast(
            SyncOffsetPage[Vendor],
            self._page(
                SyncOffsetPage,
                Vendor,
                options("GET", "/coa/api/vendor", params=dict(params), timeout=timeout, max_retries=max_retries),
            ),
        )

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorParam],
    ) -> Vendor:
        return t.cast(
            Vendor,
            self._request(
                Vendor, options("POST", "/coa/api/vendor", json=params, timeout=timeout, max_retries=max_retries)
            ),
        )


class Entities(SyncAPIResource):
    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[EntityListParams],
    ) -> list[ChartEntity]:
        """All entities (Campfire does not page this list)."""
        return t.cast(
            list[ChartEntity],
            self._request(
                list[ChartEntity],
                options("GET", "/coa/api/entity", params=dict(params), timeout=timeout, max_retries=max_retries),
            ),
        )

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartEntityParam],
    ) -> ChartEntity:
        return t.cast(
            ChartEntity,
            self._request(
                ChartEntity, options("POST", "/coa/api/entity", json=params, timeout=timeout, max_retries=max_retries)
            ),
        )


class Products(SyncAPIResource):
    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductListParams],
    ) -> SyncOffsetPage[Product]:
        return t.cast(
            SyncOffsetPage[Product],
            self._page(
                SyncOffsetPage,
                Product,
                options("GET", "/rr/api/v1/product", params=dict(params), timeout=timeout, max_retries=max_retries),
            ),
        )

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductParam],
    ) -> Product:
        return t.cast(
            Product,
            self._request(
                Product, options("POST", "/rr/api/v1/product", json=params, timeout=timeout, max_retries=max_retries)
            ),
        )


class Contracts(SyncAPIResource):
    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractListParams],
    ) -> SyncOffsetPage[Contract]:
        return t.cast(
            SyncOffsetPage[Contract],
            self._page(
                SyncOffsetPage,
                Contract,
                options("GET", "/rr/api/v1/contracts", params=dict(params), timeout=timeout, max_retries=max_retries),
            ),
        )

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractParam],
    ) -> Contract:
        return t.cast(
            Contract,
            self._request(
                Contract, options("POST", "/rr/api/v1/contracts", json=params, timeout=timeout, max_retries=max_retries)
            ),
        )


class CreditMemos(SyncAPIResource):
    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreditMemoListParams],
    ) -> SyncOffsetPage[AccountingCreditMemo]:
        return t.cast(
            SyncOffsetPage[AccountingCreditMemo],
            self._page(
                SyncOffsetPage,
                AccountingCreditMemo,
                options(
                    "GET", "/coa/api/v1/credit-memo", params=dict(params), timeout=timeout, max_retries=max_retries
                ),
            ),
        )

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingCreditMemoParam],
    ) -> AccountingCreditMemo:
        return t.cast(
            AccountingCreditMemo,
            self._request(
                AccountingCreditMemo,
                options("POST", "/coa/api/v1/credit-memo", json=params, timeout=timeout, max_retries=max_retries),
            ),
        )

    def retrieve(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingCreditMemo:
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}"
        return t.cast(
            AccountingCreditMemo,
            self._request(AccountingCreditMemo, options("GET", path, timeout=timeout, max_retries=max_retries)),
        )


class Transactions(SyncAPIResource):
    def create_invoice_payments(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Apply a bank transaction to invoices (Campfire documents no request body)."""
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}/invoice_payments"
        self._request(None, options("POST", path, timeout=timeout, max_retries=max_retries))


class AsyncClients(AsyncAPIResource):
    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ClientListParams],
    ) -> AsyncOffsetPage[Vendor]:
        return t.cast(
            AsyncOffsetPage[Vendor],
            await self._page(
                AsyncOffsetPage,
                Vendor,
                options("GET", "/coa/api/vendor", params=dict(params), timeout=timeout, max_retries=max_retries),
            ),
        )

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VendorParam],
    ) -> Vendor:
        return t.cast(
            Vendor,
            await self._request(
                Vendor, options("POST", "/coa/api/vendor", json=params, timeout=timeout, max_retries=max_retries)
            ),
        )


class AsyncEntities(AsyncAPIResource):
    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[EntityListParams],
    ) -> list[ChartEntity]:
        return t.cast(
            list[ChartEntity],
            await self._request(
                list[ChartEntity],
                options("GET", "/coa/api/entity", params=dict(params), timeout=timeout, max_retries=max_retries),
            ),
        )

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ChartEntityParam],
    ) -> ChartEntity:
        return t.cast(
            ChartEntity,
            await self._request(
                ChartEntity, options("POST", "/coa/api/entity", json=params, timeout=timeout, max_retries=max_retries)
            ),
        )


class AsyncProducts(AsyncAPIResource):
    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductListParams],
    ) -> AsyncOffsetPage[Product]:
        return t.cast(
            AsyncOffsetPage[Product],
            await self._page(
                AsyncOffsetPage,
                Product,
                options("GET", "/rr/api/v1/product", params=dict(params), timeout=timeout, max_retries=max_retries),
            ),
        )

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ProductParam],
    ) -> Product:
        return t.cast(
            Product,
            await self._request(
                Product, options("POST", "/rr/api/v1/product", json=params, timeout=timeout, max_retries=max_retries)
            ),
        )


class AsyncContracts(AsyncAPIResource):
    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractListParams],
    ) -> AsyncOffsetPage[Contract]:
        return t.cast(
            AsyncOffsetPage[Contract],
            await self._page(
                AsyncOffsetPage,
                Contract,
                options("GET", "/rr/api/v1/contracts", params=dict(params), timeout=timeout, max_retries=max_retries),
            ),
        )

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[ContractParam],
    ) -> Contract:
        return t.cast(
            Contract,
            await self._request(
                Contract, options("POST", "/rr/api/v1/contracts", json=params, timeout=timeout, max_retries=max_retries)
            ),
        )


class AsyncCreditMemos(AsyncAPIResource):
    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[CreditMemoListParams],
    ) -> AsyncOffsetPage[AccountingCreditMemo]:
        return t.cast(
            AsyncOffsetPage[AccountingCreditMemo],
            await self._page(
                AsyncOffsetPage,
                AccountingCreditMemo,
                options(
                    "GET", "/coa/api/v1/credit-memo", params=dict(params), timeout=timeout, max_retries=max_retries
                ),
            ),
        )

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingCreditMemoParam],
    ) -> AccountingCreditMemo:
        return t.cast(
            AccountingCreditMemo,
            await self._request(
                AccountingCreditMemo,
                options("POST", "/coa/api/v1/credit-memo", json=params, timeout=timeout, max_retries=max_retries),
            ),
        )

    async def retrieve(
        self,
        credit_memo_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingCreditMemo:
        path = f"/coa/api/v1/credit-memo/{check_id('credit_memo_id', credit_memo_id)}"
        return t.cast(
            AccountingCreditMemo,
            await self._request(AccountingCreditMemo, options("GET", path, timeout=timeout, max_retries=max_retries)),
        )


class AsyncTransactions(AsyncAPIResource):
    async def create_invoice_payments(
        self,
        transaction_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        path = f"/coa/api/transaction/{check_id('transaction_id', transaction_id)}/invoice_payments"
        await self._request(None, options("POST", path, timeout=timeout, max_retries=max_retries))
