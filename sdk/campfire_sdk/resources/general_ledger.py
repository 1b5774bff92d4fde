# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.general_ledger``: the general ledger of the Campfire API."""

from __future__ import annotations

import typing as t
from functools import cached_property

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout

__all__ = ["AsyncGeneralLedger", "AsyncGeneralLedgerWithRawResponse", "GeneralLedger", "GeneralLedgerWithRawResponse"]


class GeneralLedger(SyncAPIResource):
    """``client.general_ledger``: retrieve."""

    def retrieve(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> t.Any:
        """Get General Ledger.

        ``GET /coa/api/general-ledger`` (operationId ``coa_api_general_ledger_retrieve``)
        """
        path = "/coa/api/general-ledger"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(t.Any, opts)

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
    ) -> t.Any:
        """Get General Ledger.

        ``GET /coa/api/general-ledger`` (operationId ``coa_api_general_ledger_retrieve``)
        """
        path = "/coa/api/general-ledger"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(t.Any, opts)

    @cached_property
    def with_raw_response(self) -> AsyncGeneralLedgerWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncGeneralLedgerWithRawResponse(self)


class AsyncGeneralLedgerWithRawResponse(AsyncRawResponses):
    """``client.general_ledger.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncGeneralLedger) -> None:
        super().__init__(resource)
        self.retrieve = async_to_raw_response(resource.retrieve)
