# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.general_ledger``: the general ledger of the Campfire API."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..types.general_ledger import GeneralLedger as GeneralLedgerModel
from ..types.general_ledger import GeneralLedgerRetrieveParams

__all__ = ["AsyncGeneralLedger", "AsyncGeneralLedgerWithRawResponse", "GeneralLedger", "GeneralLedgerWithRawResponse"]


class GeneralLedger(SyncAPIResource):
    """``client.general_ledger``: retrieve."""

    def retrieve(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GeneralLedgerRetrieveParams],
    ) -> GeneralLedgerModel:
        """Get General Ledger.

        ``GET /coa/api/general-ledger`` (operationId ``coa_api_general_ledger_retrieve``)
        """
        path = "/coa/api/general-ledger"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(GeneralLedgerModel, opts)

    @cached_property
    def with_raw_response(self) -> GeneralLedgerWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return GeneralLedgerWithRawResponse(self)


class GeneralLedgerWithRawResponse(RawResponses):
    """``client.general_ledger.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: GeneralLedger) -> None:
        super().__init__(resource)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncGeneralLedger(AsyncAPIResource):
    """``client.general_ledger`` (async): retrieve."""

    async def retrieve(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GeneralLedgerRetrieveParams],
    ) -> GeneralLedgerModel:
        """Get General Ledger.

        ``GET /coa/api/general-ledger`` (operationId ``coa_api_general_ledger_retrieve``)
        """
        path = "/coa/api/general-ledger"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(GeneralLedgerModel, opts)

    @cached_property
    def with_raw_response(self) -> AsyncGeneralLedgerWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncGeneralLedgerWithRawResponse(self)


class AsyncGeneralLedgerWithRawResponse(AsyncRawResponses):
    """``client.general_ledger.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncGeneralLedger) -> None:
        super().__init__(resource)
        self.retrieve = async_to_raw_response(resource.retrieve)
