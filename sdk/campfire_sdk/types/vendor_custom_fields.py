# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.vendor_custom_fields``."""

from __future__ import annotations

from typing import TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "PatchedVendorCustomField1Param",
    "VendorCustomField1",
    "VendorCustomField1Param",
]


class VendorCustomField1(BaseModel):
    id: int
    value: str | None = None
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int


class PatchedVendorCustomField1Param(TypedDict, total=False):
    value: str | None


class VendorCustomField1Param(TypedDict, total=False):
    value: str | None
