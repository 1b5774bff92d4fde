# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.webhooks``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "PatchedWebhookParam",
    "Webhook",
    "WebhookEvent",
    "WebhookParam",
    "WebhookTopic",
    "WebhookTopicParam",
]


class Webhook(BaseModel):
    id: int
    uuid: str | None = None
    url: str
    token: str | None = None
    topics: list[WebhookTopic] | None = None
    active: bool
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int


class WebhookEvent(BaseModel):
    id: int
    object: Any
    status: str
    created_at: Timestamp
    url: str
    topic: str
    http: Any
    webhook: int | None = None


class WebhookTopic(BaseModel):
    id: int
    name: str


class PatchedWebhookParam(TypedDict, total=False):
    url: str
    topics: Iterable[WebhookTopicParam]
    active: bool


class WebhookParam(TypedDict, total=False):
    url: Required[str]
    topics: Iterable[WebhookTopicParam]
    active: Required[bool]


class WebhookTopicParam(TypedDict, total=False):
    name: Required[Literal['invoice.created', 'invoice.updated', 'invoice.paid', 'invoice.voided', 'invoice.reopened', 'invoice.deleted', 'invoice.past_due', 'payment.created', 'payment.voided', 'credit_memo.created', 'credit_memo.updated', 'credit_memo.voided', 'vendor.created', 'vendor.updated', 'vendor.deleted', 'bill.created', 'bill.updated', 'bill.paid', 'bill.voided', 'bill.reopened', 'bill.deleted', 'bill_payment.created', 'bill_payment.voided', 'credit_memo.deleted', 'entity.created', 'entity.updated', 'entity.deleted', 'product.created', 'product.updated', 'product.deleted', 'contract.created', 'contract.updated', 'contract.deleted', 'contract.terminated', 'bank_transaction.created', 'bank_transaction.updated', 'bank_transaction.deleted', 'account.created', 'account.updated', 'account.deleted', 'department.created', 'department.updated', 'department.deleted', 'journal_entry.created', 'journal_entry.updated', 'journal_entry.deleted', 'tag.created', 'tag.updated', 'tag.deleted', 'tag_group.created', 'tag_group.updated', 'tag_group.deleted', 'debit_memo.created', 'debit_memo.updated', 'debit_memo.deleted', 'debit_memo.voided', 'debit_memo.reopened', 'bill_draft.created', 'bill_draft.updated', 'bill_draft.deleted', 'reconciliation.created', 'reconciliation.updated', 'reconciliation.deleted', 'transaction_match.created', 'transaction_match.updated', 'transaction_match.deleted', 'budget.created', 'budget.updated', 'budget.deleted', 'budget_account.created', 'budget_account.updated', 'budget_account.deleted', 'chart_account_settings.created', 'chart_account_settings.updated', 'chart_account_settings.deleted', 'cost_allocation.created', 'cost_allocation.updated', 'cost_allocation.deleted', 'fixed_asset.created', 'fixed_asset.updated', 'fixed_asset.deleted', 'fixed_asset_class.created', 'fixed_asset_class.updated', 'fixed_asset_class.deleted', 'fixed_asset_automation_rule.created', 'fixed_asset_automation_rule.updated', 'fixed_asset_automation_rule.deleted', 'fixed_asset_automation_match.created', 'fixed_asset_automation_match.updated', 'fixed_asset_automation_match.deleted', 'intercompany_journal_entry.created', 'intercompany_journal_entry.updated', 'intercompany_journal_entry.deleted', 'vendor_custom_field.created', 'vendor_custom_field.updated', 'vendor_custom_field.deleted', 'bank_account.created', 'bank_account.updated', 'bank_account.deleted', 'file.created', 'file.updated', 'file.deleted', 'currency.created', 'currency.updated', 'currency.deleted', 'custom_field.created', 'custom_field.updated', 'custom_field.deleted', 'revenue_transaction.created', 'revenue_transaction.updated', 'revenue_transaction.deleted', 'product_bundle.created', 'product_bundle.updated', 'product_bundle.deleted', 'contract_subscription.created', 'contract_subscription.updated', 'contract_subscription.deleted', 'contract_milestone.created', 'contract_milestone.updated', 'contract_milestone.deleted', 'contract_usage.created', 'contract_usage.updated', 'contract_usage.deleted', 'contract_bundle.created', 'contract_bundle.updated', 'contract_bundle.deleted', 'tier_price_override.created', 'tier_price_override.updated', 'tier_price_override.deleted', 'prepaid_commit.created', 'prepaid_commit.updated', 'prepaid_commit.deleted', 'prepaid_commit_consumption.created', 'prepaid_commit_consumption.updated', 'prepaid_commit_consumption.deleted']]
