# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.files``: the files of the Campfire API."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._conveniences import AsyncFilesBase, FilesBase
from .._models import or_deleted
from .._resource import options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..pagination import AsyncOffsetPage, AsyncPaginator, SyncOffsetPage
from ..types._shared import DeletedRecord, File
from ..types.files import (
    FileDownloadUrl,
    FileListParams,
    FileParam,
    FileTempDownloadUrlParams,
    FileUploadParams,
    FileUploadQueryParams,
    PatchedFileParam,
)

__all__ = ["AsyncFiles", "AsyncFilesWithRawResponse", "Files", "FilesWithRawResponse"]


class Files(FilesBase):
    """``client.files``: delete, list, partial_update, retrieve, temp_download_url, update, upload."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FileListParams],
    ) -> SyncOffsetPage[File | DeletedRecord]:
        """List Files.

        ``GET /ca/api/file`` (operationId ``ca_api_file_list``)
        """
        path = "/ca/api/file"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_page(or_deleted(File, DeletedRecord), opts)

    def retrieve(
        self,
        file_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> File:
        """Get File.

        ``GET /ca/api/file/{id}`` (operationId ``ca_api_file_retrieve``)
        """
        path = f"/ca/api/file/{check_id('file_id', file_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(File, opts)

    def update(
        self,
        file_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FileParam],
    ) -> File:
        """Update File.

        ``PUT /ca/api/file/{id}`` (operationId ``ca_api_file_update``)
        """
        path = f"/ca/api/file/{check_id('file_id', file_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(File, opts)

    def partial_update(
        self,
        file_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedFileParam],
    ) -> File:
        """Patch File.

        ``PATCH /ca/api/file/{id}`` (operationId ``ca_api_file_partial_update``)
        """
        path = f"/ca/api/file/{check_id('file_id', file_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(File, opts)

    def delete(
        self,
        file_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete File.

        ``DELETE /ca/api/file/{id}`` (operationId ``ca_api_file_destroy``)
        """
        path = f"/ca/api/file/{check_id('file_id', file_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def temp_download_url(
        self,
        file_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FileTempDownloadUrlParams],
    ) -> FileDownloadUrl:
        """Get File Temporary Download URL.

        ``GET /ca/api/file/{id}/temp-download-url`` (operationId ``get_file_temp_download_url``)
        """
        path = f"/ca/api/file/{check_id('file_id', file_id)}/temp-download-url"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._request(FileDownloadUrl, opts)

    def upload(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        query: FileUploadQueryParams,
        **params: Unpack[FileUploadParams],
    ) -> File:
        """Upload File.

        ``POST /ca/api/file/upload`` (operationId ``ca_api_file_upload_create``)
        """
        path = "/ca/api/file/upload"
        opts = options("POST", path, json=params, params=dict(query), timeout=timeout, max_retries=max_retries)
        return self._request(File, opts)

    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return FilesWithRawResponse(self)


class FilesWithRawResponse(RawResponses):
    """``client.files.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: Files) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)
        self.temp_download_url = to_raw_response(resource.temp_download_url)
        self.upload = to_raw_response(resource.upload)
        self.upload_file = to_raw_response(resource.upload_file)


class AsyncFiles(AsyncFilesBase):
    """``client.files`` (async): delete, list, partial_update, retrieve, temp_download_url, update, upload."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FileListParams],
    ) -> AsyncPaginator[AsyncOffsetPage[File | DeletedRecord], File | DeletedRecord]:
        """List Files.

        ``GET /ca/api/file`` (operationId ``ca_api_file_list``)
        """
        path = "/ca/api/file"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return self._offset_paginator(or_deleted(File, DeletedRecord), opts)

    async def retrieve(
        self,
        file_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> File:
        """Get File.

        ``GET /ca/api/file/{id}`` (operationId ``ca_api_file_retrieve``)
        """
        path = f"/ca/api/file/{check_id('file_id', file_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(File, opts)

    async def update(
        self,
        file_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FileParam],
    ) -> File:
        """Update File.

        ``PUT /ca/api/file/{id}`` (operationId ``ca_api_file_update``)
        """
        path = f"/ca/api/file/{check_id('file_id', file_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(File, opts)

    async def partial_update(
        self,
        file_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedFileParam],
    ) -> File:
        """Patch File.

        ``PATCH /ca/api/file/{id}`` (operationId ``ca_api_file_partial_update``)
        """
        path = f"/ca/api/file/{check_id('file_id', file_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(File, opts)

    async def delete(
        self,
        file_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete File.

        ``DELETE /ca/api/file/{id}`` (operationId ``ca_api_file_destroy``)
        """
        path = f"/ca/api/file/{check_id('file_id', file_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def temp_download_url(
        self,
        file_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[FileTempDownloadUrlParams],
    ) -> FileDownloadUrl:
        """Get File Temporary Download URL.

        ``GET /ca/api/file/{id}/temp-download-url`` (operationId ``get_file_temp_download_url``)
        """
        path = f"/ca/api/file/{check_id('file_id', file_id)}/temp-download-url"
        opts = options("GET", path, params=dict(params), timeout=timeout, max_retries=max_retries)
        return await self._request(FileDownloadUrl, opts)

    async def upload(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        query: FileUploadQueryParams,
        **params: Unpack[FileUploadParams],
    ) -> File:
        """Upload File.

        ``POST /ca/api/file/upload`` (operationId ``ca_api_file_upload_create``)
        """
        path = "/ca/api/file/upload"
        opts = options("POST", path, json=params, params=dict(query), timeout=timeout, max_retries=max_retries)
        return await self._request(File, opts)

    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncFilesWithRawResponse(self)


class AsyncFilesWithRawResponse(AsyncRawResponses):
    """``client.files.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncFiles) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
        self.temp_download_url = async_to_raw_response(resource.temp_download_url)
        self.upload = async_to_raw_response(resource.upload)
        self.upload_file = async_to_raw_response(resource.upload_file)
