# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.vendors``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp
from ._shared import VendorContact, VendorContactParam

__all__ = [
    "BulkVendorParam",
    "BulkVendorSearchParam",
    "ClientListParams",
    "PaginatedVendorContactList",
    "PaginatedVendorList",
    "PaginatedVendorSummaryList",
    "PatchedVendorParam",
    "Vendor",
    "VendorContactListParams",
    "VendorDeleteParams",
    "VendorListParams",
    "VendorListSummariesParams",
    "VendorParam",
    "VendorSummary",
]


class PaginatedVendorContactList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[VendorContact]


class PaginatedVendorList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[Any]


class PaginatedVendorSummaryList(BaseModel):
    count: int
    next: str | None = None
    previous: str | None = None
    results: list[VendorSummary]


class Vendor(BaseModel):
    id: int
    contacts: list[VendorContact] | None = None
    parent_name: str | None = None
    stripe_connection_name: str | None = None
    stripe_connection_entity: int | None = None
    stripe_connection_portal_url: str | None = None
    stripe_connection_portal_enabled: bool | None = None
    stripe_connection_invoicing_enabled: bool | None = None
    vendor_custom_field_1_name: str | None = None
    payment_term_name_display: str | None = None
    last_modified_at: Timestamp
    is_deleted: bool
    deleted_at: Timestamp | None = None
    search_vector: str | None = None
    search_text: str | None = None
    vendor_type: str | None = None
    name: str | None = None
    dba: str | None = None
    company_name: str | None = None
    website: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone_number: str | None = None
    mobile_number: str | None = None
    address_street_1: str | None = None
    address_street_2: str | None = None
    city: str | None = None
    state: str | None = None
    zip_code: str | None = None
    country: str | None = None
    billing_address_street_1: str | None = None
    billing_address_street_2: str | None = None
    billing_city: str | None = None
    billing_state: str | None = None
    billing_zip_code: str | None = None
    billing_country: str | None = None
    shipping_addressee: str | None = None
    billing_addressee: str | None = None
    notes: str | None = None
    business_id_ssn: str | None = None
    is_1099: bool | None = None
    vat_number: str | None = None
    business_type: str | None = None
    business_category: str | None = None
    entity_use_code: str | None = None
    withholding_tax_id: str | None = None
    stripe_customer_id: str | None = None
    use_stripe_auto_bill: bool | None = None
    bill_vendor_id: str | None = None
    external_id: str | None = None
    source: str | None = None
    invoice_message: str | None = None
    abbreviation: str | None = None
    created_at: Timestamp
    status: str | None = None
    anrok_customer_id: str | None = None
    terms: str | None = None
    invoice_labels: Any | None = None
    invoice_language: str | None = None
    lineage_array: list[str] | None = None
    customer: int
    parent: int | None = None
    stripe_connection: int | None = None
    default_expense_category: int | None = None
    vendor_custom_field_1: int | None = None
    payment_term: int | None = None


class VendorSummary(BaseModel):
    id: int
    name: str | None = None
    dba: str | None = None
    total_spend: float | None = None
    total_bill_spend: float | None = None
    total_card_spend: float | None = None
    total_paid: float | None = None
    total_unpaid: float | None = None
    total_credits: float | None = None
    credit_used: float | None = None
    credit_available: float | None = None
    total_spend_book: float | None = None
    total_bill_spend_book: float | None = None
    total_card_spend_book: float | None = None
    total_paid_book: float | None = None
    total_unpaid_book: float | None = None
    total_credits_book: float | None = None
    credit_used_book: float | None = None
    credit_available_book: float | None = None


class BulkVendorParam(TypedDict, total=False):
    name: Required[str]
    external_id: str | None
    vendor_type: Literal['vendor', 'customer', 'employee'] | None
    email: str | None


class BulkVendorSearchParam(TypedDict, total=False):
    vendors: Required[Iterable[BulkVendorParam]]
    upsert: bool


class PatchedVendorParam(TypedDict, total=False):
    contacts: Iterable[VendorContactParam]
    vendor_type: Literal['vendor', 'customer', 'employee', ''] | None
    name: str | None
    dba: str | None
    company_name: str | None
    website: str | None
    first_name: str | None
    last_name: str | None
    email: str | None
    phone_number: str | None
    mobile_number: str | None
    address_street_1: str | None
    address_street_2: str | None
    city: str | None
    state: str | None
    zip_code: str | None
    country: str | None
    billing_address_street_1: str | None
    billing_address_street_2: str | None
    billing_city: str | None
    billing_state: str | None
    billing_zip_code: str | None
    billing_country: str | None
    shipping_addressee: str | None
    billing_addressee: str | None
    notes: str | None
    business_id_ssn: str | None
    is_1099: bool
    vat_number: str | None
    business_type: str | None
    business_category: str | None
    entity_use_code: str | None
    withholding_tax_id: str | None
    stripe_customer_id: str | None
    use_stripe_auto_bill: bool | None
    bill_vendor_id: str | None
    external_id: str | None
    source: Literal['BILL', 'BREX', 'HUBSPOT', 'MANUAL', 'PAYROLL', 'SALESFORCE', ''] | None
    invoice_message: str | None
    abbreviation: str | None
    status: Literal['ACTIVE', 'INACTIVE']
    anrok_customer_id: str | None
    terms: Literal['custom', 'net_5', 'net_7', 'net_10', 'net_15', 'net_20', 'net_30', 'net_40', 'net_45', 'net_60', 'net_90', 'net_105', 'net_120', 'due_on_receipt', ''] | None
    invoice_labels: Any | None
    invoice_language: str | None
    lineage_array: Iterable[str] | None
    parent: int | str | None
    stripe_connection: int | str | None
    default_expense_category: int | str | None
    vendor_custom_field_1: int | str | None
    payment_term: int | None


class VendorParam(TypedDict, total=False):
    contacts: Iterable[VendorContactParam]
    vendor_type: Literal['vendor', 'customer', 'employee', ''] | None
    name: Required[str | None]
    dba: str | None
    company_name: str | None
    website: str | None
    first_name: str | None
    last_name: str | None
    email: str | None
    phone_number: str | None
    mobile_number: str | None
    address_street_1: str | None
    address_street_2: str | None
    city: str | None
    state: str | None
    zip_code: str | None
    country: str | None
    billing_address_street_1: str | None
    billing_address_street_2: str | None
    billing_city: str | None
    billing_state: str | None
    billing_zip_code: str | None
    billing_country: str | None
    shipping_addressee: str | None
    billing_addressee: str | None
    notes: str | None
    business_id_ssn: str | None
    is_1099: bool
    vat_number: str | None
    business_type: str | None
    business_category: str | None
    entity_use_code: str | None
    withholding_tax_id: str | None
    stripe_customer_id: str | None
    use_stripe_auto_bill: bool | None
    bill_vendor_id: str | None
    external_id: str | None
    source: Literal['BILL', 'BREX', 'HUBSPOT', 'MANUAL', 'PAYROLL', 'SALESFORCE', ''] | None
    invoice_message: str | None
    abbreviation: str | None
    status: Literal['ACTIVE', 'INACTIVE']
    anrok_customer_id: str | None
    terms: Literal['custom', 'net_5', 'net_7', 'net_10', 'net_15', 'net_20', 'net_30', 'net_40', 'net_45', 'net_60', 'net_90', 'net_105', 'net_120', 'due_on_receipt', ''] | None
    invoice_labels: Any | None
    invoice_language: str | None
    lineage_array: Iterable[str] | None
    parent: int | str | None
    stripe_connection: int | str | None
    default_expense_category: int | str | None
    vendor_custom_field_1: int | str | None
    payment_term: int | str | None


class VendorContactListParams(TypedDict, total=False):
    limit: int
    offset: int


class VendorListParams(TypedDict, total=False):
    external_id: str
    include_deleted: bool
    include_inactive: bool
    last_modified_at__gte: str | dt.datetime | str | str | dt.date | Literal['']
    last_modified_at__lte: str | dt.datetime | str | str | dt.date | Literal['']
    limit: int
    offset: int
    q: str
    sort: str
    vendor_type: Literal['customer', 'vendor']


class VendorDeleteParams(TypedDict, total=False):
    new_vendor: int


class VendorListSummariesParams(TypedDict, total=False):
    limit: int
    offset: int


#: The older name of ``VendorListParams``.
ClientListParams = VendorListParams
