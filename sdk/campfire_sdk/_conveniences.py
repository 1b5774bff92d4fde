"""Hand-written methods the generated resources inherit: the few places where a method does more than
send the operation's parameters (sdk/generate.py lists them in ``HAND_WRITTEN`` and ``BASES``)."""

from __future__ import annotations

import mimetypes
import os
import typing as t
from collections.abc import Iterable
from pathlib import Path

from typing_extensions import Unpack

from ._base_client import check_id
from ._resource import AsyncAPIResource, SyncAPIResource, options
from ._types import NOT_GIVEN, NotGiven, Timeout
from .types import (
    File,
    FileUploadQueryParams,
    InvoiceReportDataParams,
    InvoiceReportPreviewParams,
    InvoiceReportResponse,
)

__all__ = [
    "AsyncFilesBase",
    "AsyncInvoiceReportsBase",
    "AsyncInvoicesBase",
    "FileContent",
    "FilesBase",
    "InvoiceReportsBase",
    "InvoicesBase",
]

#: What ``upload_file`` sends: the bytes, an open binary file, or the path of one.
FileContent = t.Union[bytes, t.IO[bytes], "os.PathLike[str]"]
UPLOAD = "/ca/api/file/upload"

REPORT = "/coa/api/v1/invoice/report"
BULK_SEARCH = "/coa/api/v1/invoice/bulk-search"


def _report_params(params: t.Mapping[str, t.Any], mode: str | None = None) -> dict[str, t.Any]:
    out = dict(params)
    if mode is not None:
        out["mode"] = mode
    elif out.get("mode") == "csv":
        raise ValueError("use data_csv()/preview_csv() for mode='csv'")
    return out


def _search_body(invoice_numbers: Iterable[str]) -> dict[str, t.Any]:
    return {"invoices": [{"invoice_number": n} for n in invoice_numbers]}


class InvoicesBase(SyncAPIResource):
    def bulk_search(
        self,
        *,
        invoice_numbers: Iterable[str],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, t.Any]:
        """Find invoices by exact number (the response shape is not documented by Campfire).

        ``POST /coa/api/v1/invoice/bulk-search`` (operationId ``coa_api_v1_invoice_bulk_search_create``)
        """
        opts = options(
            "POST",
            BULK_SEARCH,
            json=_search_body(invoice_numbers),
            idempotent=True,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._request(dict[str, t.Any], opts)


class AsyncInvoicesBase(AsyncAPIResource):
    async def bulk_search(
        self,
        *,
        invoice_numbers: Iterable[str],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, t.Any]:
        """Find invoices by exact number (the response shape is not documented by Campfire).

        ``POST /coa/api/v1/invoice/bulk-search`` (operationId ``coa_api_v1_invoice_bulk_search_create``)
        """
        opts = options(
            "POST",
            BULK_SEARCH,
            json=_search_body(invoice_numbers),
            idempotent=True,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._request(dict[str, t.Any], opts)


class InvoiceReportsBase(SyncAPIResource):
    """``data``/``preview`` return the JSON result; ``data_csv``/``preview_csv`` the CSV text (``mode=csv``).
    Parameters are Campfire's: comma-separated lists, ``func:field`` aggregates."""

    def data(
        self,
        report_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceReportDataParams],
    ) -> InvoiceReportResponse:
        """Run a saved report; parameters override the report's own.

        ``GET /coa/api/v1/invoice/report/{id}/data`` (operationId ``coa_api_v1_invoice_report_data_retrieve``)
        """
        path = f"{REPORT}/{check_id('report_id', report_id)}/data"
        opts = options("GET", path, params=_report_params(params), timeout=timeout, max_retries=max_retries)
        return self._request(InvoiceReportResponse, opts)

    def preview(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceReportPreviewParams],
    ) -> InvoiceReportResponse:
        """Run an ad-hoc report from the parameters.

        ``GET /coa/api/v1/invoice/report/preview`` (operationId ``coa_api_v1_invoice_report_preview_retrieve``)
        """
        opts = options(
            "GET", f"{REPORT}/preview", params=_report_params(params), timeout=timeout, max_retries=max_retries
        )
        return self._request(InvoiceReportResponse, opts)

    def data_csv(
        self,
        report_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceReportDataParams],
    ) -> str:
        """A saved report as CSV text.

        ``GET /coa/api/v1/invoice/report/{id}/data?mode=csv`` (operationId ``coa_api_v1_invoice_report_data_retrieve``)
        """
        path = f"{REPORT}/{check_id('report_id', report_id)}/data"
        opts = options(
            "GET",
            path,
            params=_report_params(params, "csv"),
            headers={"Accept": "text/csv"},
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._request(str, opts)

    def preview_csv(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceReportPreviewParams],
    ) -> str:
        """An ad-hoc report as CSV text.

        ``GET /coa/api/v1/invoice/report/preview?mode=csv`` (operationId ``coa_api_v1_invoice_report_preview_retrieve``)
        """
        opts = options(
            "GET",
            f"{REPORT}/preview",
            params=_report_params(params, "csv"),
            headers={"Accept": "text/csv"},
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._request(str, opts)


class AsyncInvoiceReportsBase(AsyncAPIResource):
    """The async twin of ``InvoiceReportsBase``."""

    async def data(
        self,
        report_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceReportDataParams],
    ) -> InvoiceReportResponse:
        """Run a saved report; parameters override the report's own.

        ``GET /coa/api/v1/invoice/report/{id}/data`` (operationId ``coa_api_v1_invoice_report_data_retrieve``)
        """
        path = f"{REPORT}/{check_id('report_id', report_id)}/data"
        opts = options("GET", path, params=_report_params(params), timeout=timeout, max_retries=max_retries)
        return await self._request(InvoiceReportResponse, opts)

    async def preview(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceReportPreviewParams],
    ) -> InvoiceReportResponse:
        """Run an ad-hoc report from the parameters.

        ``GET /coa/api/v1/invoice/report/preview`` (operationId ``coa_api_v1_invoice_report_preview_retrieve``)
        """
        opts = options(
            "GET", f"{REPORT}/preview", params=_report_params(params), timeout=timeout, max_retries=max_retries
        )
        return await self._request(InvoiceReportResponse, opts)

    async def data_csv(
        self,
        report_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceReportDataParams],
    ) -> str:
        """A saved report as CSV text.

        ``GET /coa/api/v1/invoice/report/{id}/data?mode=csv`` (operationId ``coa_api_v1_invoice_report_data_retrieve``)
        """
        path = f"{REPORT}/{check_id('report_id', report_id)}/data"
        opts = options(
            "GET",
            path,
            params=_report_params(params, "csv"),
            headers={"Accept": "text/csv"},
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._request(str, opts)

    async def preview_csv(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[InvoiceReportPreviewParams],
    ) -> str:
        """An ad-hoc report as CSV text.

        ``GET /coa/api/v1/invoice/report/preview?mode=csv`` (operationId ``coa_api_v1_invoice_report_preview_retrieve``)
        """
        opts = options(
            "GET",
            f"{REPORT}/preview",
            params=_report_params(params, "csv"),
            headers={"Accept": "text/csv"},
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._request(str, opts)


def _file_part(file: FileContent, filename: str | None, content_type: str | None) -> tuple[str, bytes, str]:
    """The multipart ``file`` part: its name (given, else the path's or open file's, else ``file``), its bytes,
    and its type (given, else guessed from the name by ``mimetypes``, else ``application/octet-stream``, which
    Campfire's upload does not take)."""
    if isinstance(file, str):  # a path or the content? Neither is guessed.
        raise TypeError("upload_file() takes bytes, an open binary file or a path (pathlib.Path), not str")
    if isinstance(file, bytes):
        data, named = file, None
    elif isinstance(file, os.PathLike):
        path = Path(file)
        data, named = path.read_bytes(), path.name
    else:
        data, named = file.read(), getattr(file, "name", None)
        named = Path(named).name if isinstance(named, str) else None
    name = filename or named or "file"
    kind = content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return name, data, kind


def _upload_options(
    file: FileContent,
    filename: str | None,
    content_type: str | None,
    query: FileUploadQueryParams,
    timeout: Timeout | NotGiven,
    max_retries: int | NotGiven,
) -> t.Any:
    part = {"file": _file_part(file, filename, content_type)}
    return options("POST", UPLOAD, files=part, params=dict(query), timeout=timeout, max_retries=max_retries)


class FilesBase(SyncAPIResource):
    def upload_file(
        self,
        file: FileContent,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **query: Unpack[FileUploadQueryParams],
    ) -> File:
        """Upload a file as upstream's operation takes it: a multipart ``file`` part (``upload`` sends the
        JSON data URL the twin also reads). ``model`` (and ``object_id``) say what it is attached to.

        ``POST /ca/api/file/upload`` (operationId ``ca_api_file_upload_create``)
        """
        opts = _upload_options(file, filename, content_type, query, timeout, max_retries)
        return self._request(File, opts)


class AsyncFilesBase(AsyncAPIResource):
    async def upload_file(
        self,
        file: FileContent,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **query: Unpack[FileUploadQueryParams],
    ) -> File:
        """Upload a file as upstream's operation takes it: a multipart ``file`` part (``upload`` sends the
        JSON data URL the twin also reads). ``model`` (and ``object_id``) say what it is attached to.

        ``POST /ca/api/file/upload`` (operationId ``ca_api_file_upload_create``)
        """
        opts = _upload_options(file, filename, content_type, query, timeout, max_retries)
        return await self._request(File, opts)
