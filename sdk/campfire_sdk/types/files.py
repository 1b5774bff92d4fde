# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.files``."""

from __future__ import annotations

from typing import Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "FileParam",
    "FilesListParams",
    "PatchedFile",
    "PatchedFileParam",
]


class PatchedFile(BaseModel):
    id: int | None = None
    customer: int | None = None
    created_at: Timestamp | None = None
    created_by: int | None = None
    created_by_name: str | None = None
    created_by_email: str | None = None
    last_modified_at: Timestamp | None = None
    name: str | None = None
    url: str | None = None
    s3_content_type: str | None = None
    s3_content_length: int | None = None
    s3_path: str | None = None
    object_id: int | None = None
    app: str | None = None
    model: str | None = None
    is_deleted: bool | None = None
    deleted_at: Timestamp | None = None


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


class FilesListParams(TypedDict, total=False):
    include_deleted: bool
    last_modified_at__gte: str
    last_modified_at__lte: str
    limit: int
    offset: int
