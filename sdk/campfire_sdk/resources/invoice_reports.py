"""``client.invoice_reports``: run saved reports (``data``) and ad-hoc ones (``preview``).

``data``/``preview`` return the JSON result; ``data_csv``/``preview_csv`` return the CSV text
(``mode=csv``). Parameters are Campfire's: comma-separated lists, ``func:field`` aggregates.
"""

from __future__ import annotations

import typing as t

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..types import InvoiceReportParams, InvoiceReportResponse

__all__ = ["AsyncInvoiceReports", "InvoiceReports"]

BASE = "/coa/api/v1/invoice/report"


def _params(params: InvoiceReportParams, mode: str | None = None) -> dict[str, t.Any]:
    out = dict(params)
    if mode is not None:
        out["mode"] = mode
    elif out.get("mode") == "csv":
        raise ValueError("use data_csv()/preview_csv() for mode='csv'")
    return out


class InvoiceReports(SyncAPIResource):
    def data(
        self,
        report_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceReportParams],
    ) -> InvoiceReportResponse:
        """Run a saved report; parameters override the report's own."""
        path = f"{BASE}/{check_id('report_id', report_id)}/data"
        return self._request(
            InvoiceReportResponse,
            options("GET", path, params=_params(params), timeout=timeout, max_retries=max_retries),
        )

    def preview(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceReportParams],
    ) -> InvoiceReportResponse:
        """Run an ad-hoc report from the parameters."""
        return self._request(
            InvoiceReportResponse,
            options("GET", f"{BASE}/preview", params=_params(params), timeout=timeout, max_retries=max_retries),
        )

    def data_csv(
        self,
        report_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceReportParams],
    ) -> str:
        path = f"{BASE}/{check_id('report_id', report_id)}/data"
        return self._request(
            str,
            options(
                "GET",
                path,
                params=_params(params, "csv"),
                headers={"Accept": "text/csv"},
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def preview_csv(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceReportParams],
    ) -> str:
        return self._request(
            str,
            options(
                "GET",
                f"{BASE}/preview",
                params=_params(params, "csv"),
                headers={"Accept": "text/csv"},
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class AsyncInvoiceReports(AsyncAPIResource):
    async def data(
        self,
        report_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceReportParams],
    ) -> InvoiceReportResponse:
        path = f"{BASE}/{check_id('report_id', report_id)}/data"
        return await self._request(
            InvoiceReportResponse,
            options("GET", path, params=_params(params), timeout=timeout, max_retries=max_retries),
        )

    async def preview(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceReportParams],
    ) -> InvoiceReportResponse:
        return await self._request(
            InvoiceReportResponse,
            options("GET", f"{BASE}/preview", params=_params(params), timeout=timeout, max_retries=max_retries),
        )

    async def data_csv(
        self,
        report_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceReportParams],
    ) -> str:
        path = f"{BASE}/{check_id('report_id', report_id)}/data"
        return await self._request(
            str,
            options(
                "GET",
                path,
                params=_params(params, "csv"),
                headers={"Accept": "text/csv"},
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def preview_csv(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceReportParams],
    ) -> str:
        return await self._request(
            str,
            options(
                "GET",
                f"{BASE}/preview",
                params=_params(params, "csv"),
                headers={"Accept": "text/csv"},
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
