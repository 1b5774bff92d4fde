# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.general_ledger``: the general ledger of the Campfire API."""

from __future__ import annotations

import typing as t

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout

__all__ = ["AsyncGeneralLedger", "GeneralLedger"]


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
