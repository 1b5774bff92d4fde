# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.files``."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel

__all__ = [
    "FileDownloadUrl",
    "FileListParams",
    "FileParam",
    "FileTempDownloadUrlParams",
    "FileUploadParams",
    "FileUploadQueryParams",
    "PaginatedFileList",
    "PatchedFileParam",
]


class PaginatedFileList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class FileDownloadUrl(BaseModel):
    url: str


class FileParam(TypedDict, total=False):
    name: Required[str]
    s3_content_type: str | None
    s3_content_length: int | None
    s3_path: Required[str]
    object_id: int | None


class PatchedFileParam(TypedDict, total=False):
    name: str
    s3_content_type: str | None
    s3_content_length: int | None
    s3_path: str
    object_id: int | None


class FileUploadParams(TypedDict, total=False):
    file: Required[str]


class FileListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int


class FileTempDownloadUrlParams(TypedDict, total=False):
    disposition: Literal['inline', 'attachment']


class FileUploadQueryParams(TypedDict, total=False):
    model: Required[Literal['bill', 'chat', 'close_task', 'closecheckitem', 'contract', 'credit_memo', 'customer', 'debit_memo', 'draft_queue', 'fixed_asset', 'intercompany_journal', 'invoice', 'journal_entry', 'journalentry', 'lease_v2', 'migration_record', 'policy', 'reconciliation', 'reconciliation_report']]
    object_id: int
