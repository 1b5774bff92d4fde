# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.bills``: the bills of the Campfire API."""

from __future__ import annotations

import builtins
import typing as t
from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._models import or_deleted
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import AmortizationSchedule, DeletedRecord, VoidPaymentParam
from ..types.bills import (
    AccountingBill,
    AccountingBillParam,
    AccountingBillPayment,
    BillGenerateAmortizationScheduleParams,
    BillListParams,
    BillSaveAmortizationScheduleParams,
    BulkBillSearchParam,
    MarkBillPaidParam,
    PatchedAccountingBillParam,
    VoidBillRequestParam,
)

__all__ = ["AsyncBills", "AsyncBillsWithRawResponse", "Bills", "BillsWithRawResponse"]


class Bills(SyncAPIResource):
    """``client.bills``: bulk_search, bulk_sync_to_ramp, create, delete, delete_payment, empty_transaction_default_department_tags, generate_amortization_schedule, list, partial_update, pay, reopen, retrieve, save_amortization_schedule, sync_to_ramp, update, void, void_payment."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillListParams],
    ) -> SyncOffsetPage[AccountingBill | DeletedRecord]:
        """List Accounting Bills.

        ``GET /coa/api/v1/bill/`` (operationId ``coa_api_v1_bill_retrieve``)
        """
        path = "/coa/api/v1/bill/"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(AccountingBill, DeletedRecord), opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingBillParam],
    ) -> AccountingBill:
        """Create Accounting Bill.

        ``POST /coa/api/v1/bill/`` (operationId ``coa_api_v1_bill_create``)
        """
        path = "/coa/api/v1/bill/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingBill, opts)

    def empty_transaction_default_department_tags(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.dict[str, t.Any]:
        """Get Default Department and Tags for Empty Transaction.

        ``GET /coa/api/v1/bill/{bill_id}/empty-transaction-default-department-tags`` (operationId ``coa_api_v1_bill_empty_transaction_default_department_tags_retrieve``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/empty-transaction-default-department-tags"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.dict[str, t.Any], opts)

    def pay(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[MarkBillPaidParam],
    ) -> AccountingBill:
        """Mark Bill as Paid.

        ``POST /coa/api/v1/bill/{bill_id}/pay/`` (operationId ``coa_api_v1_bill_pay_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/pay/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingBill, opts)

    def void_payment(
        self,
        bill_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidPaymentParam],
    ) -> AccountingBillPayment:
        """Void Bill Payment.

        ``POST /coa/api/v1/bill/{bill_id}/payment/{payment_id}/void/`` (operationId ``coa_api_v1_bill_payment_void_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/payment/{check_id('payment_id', payment_id)}/void/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingBillPayment, opts)

    def delete_payment(
        self,
        bill_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Bill Payment.

        ``DELETE /coa/api/v1/bill/{bill_id}/payment/{payment_id}/void/`` (operationId ``coa_api_v1_bill_payment_void_destroy``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/payment/{check_id('payment_id', payment_id)}/void/"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def reopen(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingBill:
        """Reopen Voided Bill.

        ``POST /coa/api/v1/bill/{bill_id}/reopen/`` (operationId ``coa_api_v1_bill_reopen_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/reopen/"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingBill, opts)

    def sync_to_ramp(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Sync Bill to Ramp.

        ``POST /coa/api/v1/bill/{bill_id}/sync-to-ramp/`` (operationId ``coa_api_v1_bill_sync_to_ramp_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/sync-to-ramp/"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    def void(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidBillRequestParam],
    ) -> AccountingBill:
        """Void Bill.

        ``POST /coa/api/v1/bill/{bill_id}/void/`` (operationId ``coa_api_v1_bill_void_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/void/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingBill, opts)

    def retrieve(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingBill:
        """Retrieve Accounting Bill.

        ``GET /coa/api/v1/bill/{id}/`` (operationId ``coa_api_v1_bill_retrieve_2``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingBill, opts)

    def update(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingBillParam],
    ) -> AccountingBill:
        """Update Accounting Bill.

        ``PUT /coa/api/v1/bill/{id}/`` (operationId ``coa_api_v1_bill_update``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingBill, opts)

    def partial_update(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedAccountingBillParam],
    ) -> AccountingBill:
        """Partial Update Accounting Bill.

        ``PATCH /coa/api/v1/bill/{id}/`` (operationId ``coa_api_v1_bill_partial_update``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(AccountingBill, opts)

    def delete(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Accounting Bill.

        ``DELETE /coa/api/v1/bill/{id}/`` (operationId ``coa_api_v1_bill_destroy``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def generate_amortization_schedule(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillGenerateAmortizationScheduleParams],
    ) -> builtins.list[AmortizationSchedule]:
        """Generate Bill Amortization Schedule.

        ``GET /coa/api/v1/bill/amortization/generate-schedule`` (operationId ``generate_bill_amortization_schedule``)
        """
        path = "/coa/api/v1/bill/amortization/generate-schedule"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[AmortizationSchedule], opts)

    def save_amortization_schedule(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillSaveAmortizationScheduleParams],
    ) -> builtins.list[AmortizationSchedule]:
        """Save Bill Amortization Schedule.

        ``PUT /coa/api/v1/bill/amortization/generate-schedule`` (operationId ``save_bill_amortization_schedule``)
        """
        path = "/coa/api/v1/bill/amortization/generate-schedule"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[AmortizationSchedule], opts)

    def bulk_search(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkBillSearchParam],
    ) -> builtins.dict[str, t.Any]:
        """Bulk Search Bills by Number.

        ``POST /coa/api/v1/bill/bulk-search`` (operationId ``coa_api_v1_bill_bulk_search_create``)
        """
        path = "/coa/api/v1/bill/bulk-search"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.dict[str, t.Any], opts)

    def bulk_sync_to_ramp(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Bulk Sync Bills to Ramp.

        ``POST /coa/api/v1/bill/bulk-sync-to-ramp/`` (operationId ``bulk_sync_bills_to_ramp``)
        """
        path = "/coa/api/v1/bill/bulk-sync-to-ramp/"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

    @cached_property
    def with_raw_response(self) -> BillsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return BillsWithRawResponse(self)


class BillsWithRawResponse(RawResponses):
    """``client.bills.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: Bills) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.empty_transaction_default_department_tags = to_raw_response(resource.empty_transaction_default_department_tags)
        self.pay = to_raw_response(resource.pay)
        self.void_payment = to_raw_response(resource.void_payment)
        self.delete_payment = to_raw_response(resource.delete_payment)
        self.reopen = to_raw_response(resource.reopen)
        self.sync_to_ramp = to_raw_response(resource.sync_to_ramp)
        self.void = to_raw_response(resource.void)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)
        self.generate_amortization_schedule = to_raw_response(resource.generate_amortization_schedule)
        self.save_amortization_schedule = to_raw_response(resource.save_amortization_schedule)
        self.bulk_search = to_raw_response(resource.bulk_search)
        self.bulk_sync_to_ramp = to_raw_response(resource.bulk_sync_to_ramp)


class AsyncBills(AsyncAPIResource):
    """``client.bills`` (async): bulk_search, bulk_sync_to_ramp, create, delete, delete_payment, empty_transaction_default_department_tags, generate_amortization_schedule, list, partial_update, pay, reopen, retrieve, save_amortization_schedule, sync_to_ramp, update, void, void_payment."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[AccountingBill | DeletedRecord], AccountingBill | DeletedRecord]:
        """List Accounting Bills.

        ``GET /coa/api/v1/bill/`` (operationId ``coa_api_v1_bill_retrieve``)
        """
        path = "/coa/api/v1/bill/"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(AccountingBill, DeletedRecord), opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingBillParam],
    ) -> AccountingBill:
        """Create Accounting Bill.

        ``POST /coa/api/v1/bill/`` (operationId ``coa_api_v1_bill_create``)
        """
        path = "/coa/api/v1/bill/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingBill, opts)

    async def empty_transaction_default_department_tags(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.dict[str, t.Any]:
        """Get Default Department and Tags for Empty Transaction.

        ``GET /coa/api/v1/bill/{bill_id}/empty-transaction-default-department-tags`` (operationId ``coa_api_v1_bill_empty_transaction_default_department_tags_retrieve``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/empty-transaction-default-department-tags"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.dict[str, t.Any], opts)

    async def pay(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[MarkBillPaidParam],
    ) -> AccountingBill:
        """Mark Bill as Paid.

        ``POST /coa/api/v1/bill/{bill_id}/pay/`` (operationId ``coa_api_v1_bill_pay_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/pay/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingBill, opts)

    async def void_payment(
        self,
        bill_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidPaymentParam],
    ) -> AccountingBillPayment:
        """Void Bill Payment.

        ``POST /coa/api/v1/bill/{bill_id}/payment/{payment_id}/void/`` (operationId ``coa_api_v1_bill_payment_void_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/payment/{check_id('payment_id', payment_id)}/void/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingBillPayment, opts)

    async def delete_payment(
        self,
        bill_id: int | str,
        payment_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Bill Payment.

        ``DELETE /coa/api/v1/bill/{bill_id}/payment/{payment_id}/void/`` (operationId ``coa_api_v1_bill_payment_void_destroy``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/payment/{check_id('payment_id', payment_id)}/void/"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def reopen(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingBill:
        """Reopen Voided Bill.

        ``POST /coa/api/v1/bill/{bill_id}/reopen/`` (operationId ``coa_api_v1_bill_reopen_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/reopen/"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingBill, opts)

    async def sync_to_ramp(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Sync Bill to Ramp.

        ``POST /coa/api/v1/bill/{bill_id}/sync-to-ramp/`` (operationId ``coa_api_v1_bill_sync_to_ramp_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/sync-to-ramp/"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    async def void(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[VoidBillRequestParam],
    ) -> AccountingBill:
        """Void Bill.

        ``POST /coa/api/v1/bill/{bill_id}/void/`` (operationId ``coa_api_v1_bill_void_create``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/void/"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingBill, opts)

    async def retrieve(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AccountingBill:
        """Retrieve Accounting Bill.

        ``GET /coa/api/v1/bill/{id}/`` (operationId ``coa_api_v1_bill_retrieve_2``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingBill, opts)

    async def update(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[AccountingBillParam],
    ) -> AccountingBill:
        """Update Accounting Bill.

        ``PUT /coa/api/v1/bill/{id}/`` (operationId ``coa_api_v1_bill_update``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingBill, opts)

    async def partial_update(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedAccountingBillParam],
    ) -> AccountingBill:
        """Partial Update Accounting Bill.

        ``PATCH /coa/api/v1/bill/{id}/`` (operationId ``coa_api_v1_bill_partial_update``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(AccountingBill, opts)

    async def delete(
        self,
        bill_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Accounting Bill.

        ``DELETE /coa/api/v1/bill/{id}/`` (operationId ``coa_api_v1_bill_destroy``)
        """
        path = f"/coa/api/v1/bill/{check_id('bill_id', bill_id)}/"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def generate_amortization_schedule(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillGenerateAmortizationScheduleParams],
    ) -> builtins.list[AmortizationSchedule]:
        """Generate Bill Amortization Schedule.

        ``GET /coa/api/v1/bill/amortization/generate-schedule`` (operationId ``generate_bill_amortization_schedule``)
        """
        path = "/coa/api/v1/bill/amortization/generate-schedule"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[AmortizationSchedule], opts)

    async def save_amortization_schedule(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BillSaveAmortizationScheduleParams],
    ) -> builtins.list[AmortizationSchedule]:
        """Save Bill Amortization Schedule.

        ``PUT /coa/api/v1/bill/amortization/generate-schedule`` (operationId ``save_bill_amortization_schedule``)
        """
        path = "/coa/api/v1/bill/amortization/generate-schedule"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[AmortizationSchedule], opts)

    async def bulk_search(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[BulkBillSearchParam],
    ) -> builtins.dict[str, t.Any]:
        """Bulk Search Bills by Number.

        ``POST /coa/api/v1/bill/bulk-search`` (operationId ``coa_api_v1_bill_bulk_search_create``)
        """
        path = "/coa/api/v1/bill/bulk-search"
        opts = options("POST", path, json=params, idempotent=True, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.dict[str, t.Any], opts)

    async def bulk_sync_to_ramp(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Bulk Sync Bills to Ramp.

        ``POST /coa/api/v1/bill/bulk-sync-to-ramp/`` (operationId ``bulk_sync_bills_to_ramp``)
        """
        path = "/coa/api/v1/bill/bulk-sync-to-ramp/"
        opts = options("POST", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    @cached_property
    def with_raw_response(self) -> AsyncBillsWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncBillsWithRawResponse(self)


class AsyncBillsWithRawResponse(AsyncRawResponses):
    """``client.bills.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncBills) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.empty_transaction_default_department_tags = async_to_raw_response(resource.empty_transaction_default_department_tags)
        self.pay = async_to_raw_response(resource.pay)
        self.void_payment = async_to_raw_response(resource.void_payment)
        self.delete_payment = async_to_raw_response(resource.delete_payment)
        self.reopen = async_to_raw_response(resource.reopen)
        self.sync_to_ramp = async_to_raw_response(resource.sync_to_ramp)
        self.void = async_to_raw_response(resource.void)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
        self.generate_amortization_schedule = async_to_raw_response(resource.generate_amortization_schedule)
        self.save_amortization_schedule = async_to_raw_response(resource.save_amortization_schedule)
        self.bulk_search = async_to_raw_response(resource.bulk_search)
        self.bulk_sync_to_ramp = async_to_raw_response(resource.bulk_sync_to_ramp)
