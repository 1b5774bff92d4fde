# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.general_ledger``: the general ledger of the Campfire API."""

from __future__ import annotations

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..types.general_ledger import GeneralLedger as GeneralLedgerModel
from ..types.general_ledger import GeneralLedgerRetrieveParams

__all__ = ["AsyncGeneralLedger", "GeneralLedger"]


class GeneralLedger(SyncAPIResource):
    """``client.general_ledger``: retrieve."""

    def retrieve(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GeneralLedgerRetrieveParams],
    ) -> GeneralLedgerModel:
        """Retrieve: general ledger.

        ``GET /coa/api/general-ledger`` (operationId ``coa_api_general_ledger_retrieve``)
        """
        path = "/coa/api/general-ledger"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(GeneralLedgerModel, opts)


class AsyncGeneralLedger(AsyncAPIResource):
    """``client.general_ledger`` (async): retrieve."""

    async def retrieve(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[GeneralLedgerRetrieveParams],
    ) -> GeneralLedgerModel:
        """Retrieve: general ledger.

        ``GET /coa/api/general-ledger`` (operationId ``coa_api_general_ledger_retrieve``)
        """
        path = "/coa/api/general-ledger"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(GeneralLedgerModel, opts)
