# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.entities``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "ChartEntity",
    "ChartEntityMinimal",
    "ChartEntityParam",
    "EntityListParams",
    "PatchedChartEntityParam",
]


class ChartEntity(BaseModel):
    id: int
    customer: int
    parent: int | None = None
    parent_name: str | None = None
    elimination_entity: int | None = None
    primary_entity: int | None = None
    primary_entity_name: str | None = None
    is_adjusting: bool
    is_elimination_entity: bool | None = None
    is_deleted: bool
    deleted_at: Timestamp | None = None
    last_modified_at: Timestamp
    name: str | None = None
    description: str | None = None
    currency: str | None = None
    address_1: str | None = None
    address_2: str | None = None
    city: str | None = None
    state: str | None = None
    zip_code: str | None = None
    country: str | None = None
    disable_service_date: bool | None = None
    logo_url: str | None = None
    active: bool | None = None
    fiscal_year_month: int | None = None
    fiscal_year_day: int | None = None
    created_at: Timestamp | None = None
    enable_mid_month_convention: bool | None = None
    mid_month_threshold: int | None = None
    use_whole_month_accounting_for_prepaids: bool | None = None
    allow_payments_in_closed_periods: bool | None = None
    auto_apply_catchup_for_closed_periods: bool | None = None
    lineage_array: list[str] | None = None
    tax_identification_number: str | None = None
    representative_name: str | None = None
    business_type: str | None = None
    business_category: str | None = None
    invoice_name: str | None = None
    invoice_email: str | None = None
    invoice_message: str | None = None
    invoice_email_subject: str | None = None
    invoice_email_body: str | None = None
    invoice_prefix: str | None = None
    invoice_address: str | None = None
    invoice_cc_emails: str | None = None
    invoice_display_settings: dict[str, Any] | None = None
    invoice_email_attachments: dict[str, Any] | None = None
    withholding_scheme: int | None = None
    withholding_scheme_name: str | None = None
    withholding_certificate: int | None = None
    withholding_certificate_number: str | None = None


class ChartEntityMinimal(BaseModel):
    id: int
    name: str | None = None
    currency: str | None = None


class ChartEntityParam(TypedDict, total=False):
    parent: int | str | None
    elimination_entity: int | str | None
    primary_entity: int | None
    is_elimination_entity: bool
    name: str | None
    description: str | None
    currency: str | None
    address_1: str | None
    address_2: str | None
    city: str | None
    state: str | None
    zip_code: str | None
    country: str | None
    disable_service_date: bool
    logo_url: str | None
    active: bool
    fiscal_year_month: int | None
    fiscal_year_day: int | None
    enable_mid_month_convention: bool | None
    mid_month_threshold: int | None
    use_whole_month_accounting_for_prepaids: bool | None
    allow_payments_in_closed_periods: bool
    auto_apply_catchup_for_closed_periods: bool
    lineage_array: Iterable[str] | None
    tax_identification_number: str | None
    representative_name: str | None
    business_type: str | None
    business_category: str | None
    withholding_scheme: int | None
    withholding_certificate: int | None


class PatchedChartEntityParam(TypedDict, total=False):
    parent: int | str | None
    elimination_entity: int | str | None
    primary_entity: int | None
    is_elimination_entity: bool
    name: str | None
    description: str | None
    currency: str
    address_1: str | None
    address_2: str | None
    city: str | None
    state: str | None
    zip_code: str | None
    country: str | None
    disable_service_date: bool
    logo_url: str | None
    active: bool
    fiscal_year_month: int
    fiscal_year_day: int
    enable_mid_month_convention: bool | None
    mid_month_threshold: int | None
    use_whole_month_accounting_for_prepaids: bool | None
    allow_payments_in_closed_periods: bool
    auto_apply_catchup_for_closed_periods: bool
    lineage_array: Iterable[str] | None
    tax_identification_number: str | None
    representative_name: str | None
    business_type: str | None
    business_category: str | None
    withholding_scheme: int | None
    withholding_certificate: int | None


class EntityListParams(TypedDict, total=False):
    exclude_adjusting: bool
    include_inactive: bool
