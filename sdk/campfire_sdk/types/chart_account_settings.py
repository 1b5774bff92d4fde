# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.chart_account_settings``."""

from __future__ import annotations

from typing import TypedDict

from .._models import BaseModel

__all__ = [
    "ChartAccountSettings",
    "ChartAccountSettingsParam",
    "PatchedChartAccountSettingsParam",
]


class ChartAccountSettings(BaseModel):
    id: int
    uncategorized_name_and_number: str | None = None
    accounts_payable_name_and_number: str | None = None
    accounts_receivable_name_and_number: str | None = None
    deferred_revenue_name_and_number: str | None = None
    accrued_revenue_name_and_number: str | None = None
    unrealized_gain_loss_name_and_number: str | None = None
    realized_gain_loss_name_and_number: str | None = None
    rounding_account_name_and_number: str | None = None
    unapplied_credits_name_and_number: str | None = None
    unapplied_debits_name_and_number: str | None = None
    unbilled_revenue_name_and_number: str | None = None
    default_clearing_name_and_number: str | None = None
    discount_account_name_and_number: str | None = None
    accrued_discount_account_name_and_number: str | None = None
    unbilled_discount_account_name_and_number: str | None = None
    refund_account_name_and_number: str | None = None
    processing_fees_name_and_number: str | None = None
    platform_fees_name_and_number: str | None = None
    deferred_processing_fees_name_and_number: str | None = None
    tax_account_name_and_number: str | None = None
    payout_account_name_and_number: str | None = None
    cta_account_name_and_number: str | None = None
    oci_translation_account_name_and_number: str | None = None
    fixed_asset_disposal_name_and_number: str | None = None
    bad_debt_account_name_and_number: str | None = None
    dispute_expense_account_name_and_number: str | None = None
    dispute_reinstatement_account_name_and_number: str | None = None
    recognize_discounts_as_contra_revenue: bool | None = None
    enable_mid_month_convention: bool | None = None
    mid_month_threshold: int | None = None
    use_whole_month_accounting_for_prepaids: bool | None = None
    split_invoice_payments_by_line: bool | None = None
    split_eliminations_by_department: bool | None = None
    customer: int
    uncategorized: int | None = None
    accounts_payable: int | None = None
    accounts_receivable: int | None = None
    deferred_revenue: int | None = None
    accrued_revenue: int | None = None
    unrealized_gain_loss: int | None = None
    realized_gain_loss: int | None = None
    rounding_account: int | None = None
    unapplied_credits: int | None = None
    unapplied_debits: int | None = None
    unbilled_revenue: int | None = None
    default_clearing: int | None = None
    discount_account: int | None = None
    accrued_discount_account: int | None = None
    unbilled_discount_account: int | None = None
    refund_account: int | None = None
    processing_fees: int | None = None
    platform_fees: int | None = None
    deferred_processing_fees: int | None = None
    tax_account: int | None = None
    payout_account: int | None = None
    cta_account: int | None = None
    oci_translation_account: int | None = None
    fixed_asset_disposal: int | None = None
    bad_debt_account: int | None = None
    dispute_expense_account: int | None = None
    dispute_reinstatement_account: int | None = None


class ChartAccountSettingsParam(TypedDict, total=False):
    recognize_discounts_as_contra_revenue: bool
    enable_mid_month_convention: bool
    mid_month_threshold: int | None
    use_whole_month_accounting_for_prepaids: bool
    split_invoice_payments_by_line: bool | None
    split_eliminations_by_department: bool
    uncategorized: int | str | None
    accounts_payable: int | str | None
    accounts_receivable: int | str | None
    deferred_revenue: int | str | None
    accrued_revenue: int | str | None
    unrealized_gain_loss: int | str | None
    realized_gain_loss: int | str | None
    rounding_account: int | str | None
    unapplied_credits: int | str | None
    unapplied_debits: int | str | None
    unbilled_revenue: int | str | None
    default_clearing: int | str | None
    discount_account: int | str | None
    accrued_discount_account: int | str | None
    unbilled_discount_account: int | str | None
    refund_account: int | str | None
    processing_fees: int | str | None
    platform_fees: int | None
    deferred_processing_fees: int | str | None
    tax_account: int | str | None
    payout_account: int | str | None
    cta_account: int | str | None
    oci_translation_account: int | str | None
    fixed_asset_disposal: int | str | None
    bad_debt_account: int | str | None
    dispute_expense_account: int | None
    dispute_reinstatement_account: int | None


class PatchedChartAccountSettingsParam(TypedDict, total=False):
    recognize_discounts_as_contra_revenue: bool
    enable_mid_month_convention: bool
    mid_month_threshold: int
    use_whole_month_accounting_for_prepaids: bool
    split_invoice_payments_by_line: bool | None
    split_eliminations_by_department: bool
    uncategorized: int | str | None
    accounts_payable: int | str | None
    accounts_receivable: int | str | None
    deferred_revenue: int | str | None
    accrued_revenue: int | str | None
    unrealized_gain_loss: int | str | None
    realized_gain_loss: int | str | None
    rounding_account: int | str | None
    unapplied_credits: int | str | None
    unapplied_debits: int | str | None
    unbilled_revenue: int | str | None
    default_clearing: int | str | None
    discount_account: int | str | None
    accrued_discount_account: int | str | None
    unbilled_discount_account: int | str | None
    refund_account: int | str | None
    processing_fees: int | str | None
    platform_fees: int | None
    deferred_processing_fees: int | str | None
    tax_account: int | str | None
    payout_account: int | str | None
    cta_account: int | str | None
    oci_translation_account: int | str | None
    fixed_asset_disposal: int | str | None
    bad_debt_account: int | str | None
    dispute_expense_account: int | None
    dispute_reinstatement_account: int | None
