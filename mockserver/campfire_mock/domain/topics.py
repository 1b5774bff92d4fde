"""The webhook topics: what a webhook may subscribe to (``events.py`` emits them; imports check them).

Every stored kind a client writes has an object type (``OBJECT_TYPES``), and every object type has
``<type>.created``, ``<type>.updated`` and ``<type>.deleted``, plus the action events its rules give
it (``invoice.paid``, ``contract.terminated``). The topics the mock had before it covered every
resource come first, in their old order, so a topic's id (its place in ``TOPICS``, from 1) never
changes; new topics are only ever appended.
"""

from __future__ import annotations

#: Where bills and bill payments are stored (``documents.BILLS``/``BILL_PAYMENTS``).
BILL_KIND, BILL_PAYMENT_KIND = "/coa/api/v1/bill", "/coa/api/v1/bill-payments"

#: Stored kind -> the object type its events name (the envelope's ``object_type``, the topic's prefix).
#: A kind not listed here (a webhook's own delivery log, a report definition) sends no events.
OBJECT_TYPES: dict[str, str] = {
    "invoice": "invoice",
    "payment": "payment",
    "credit_memo": "credit_memo",
    "vendor": "vendor",
    BILL_KIND: "bill",
    BILL_PAYMENT_KIND: "bill_payment",
    "entity": "entity",
    "product": "product",
    "contract": "contract",
    "transaction": "bank_transaction",
    "account": "account",
    "department": "department",
    "/coa/api/journal_entry": "journal_entry",
    "/coa/api/tag": "tag",
    "/coa/api/tag-group": "tag_group",
    "/coa/api/v1/debit-memo": "debit_memo",
    "/coa/api/v1/bill-draft": "bill_draft",
    "/coa/api/v2/reconciliation": "reconciliation",
    "/coa/api/transaction-matches": "transaction_match",
    "/coa/api/budgets": "budget",
    "/coa/api/budgets/{budget_pk}/accounts": "budget_account",
    "/coa/api/chart-account-settings": "chart_account_settings",
    "/coa/api/cost-allocations": "cost_allocation",
    "/coa/api/fixed-asset": "fixed_asset",
    "/coa/api/fixed-asset-class": "fixed_asset_class",
    "/coa/api/fixed-asset-automation": "fixed_asset_automation_rule",
    "/coa/api/fixed-asset-automation-match": "fixed_asset_automation_match",
    "/coa/api/intercompany-journal-entry": "intercompany_journal_entry",
    "/coa/api/vendor_custom_field_1": "vendor_custom_field",
    "/ca/api/account": "bank_account",
    "/ca/api/file": "file",
    "/ca/api/user_currency": "currency",
    "/ca/api/v1/custom-fields": "custom_field",
    "/rr/api/v1/transactions": "revenue_transaction",
    "/rr/api/v1/product-bundles": "product_bundle",
    "/rr/api/v1/contracts/{contract_id}/subscriptions": "contract_subscription",
    "/rr/api/v1/contracts/{contract_id}/milestones": "contract_milestone",
    "/rr/api/v1/contracts/{contract_id}/usage": "contract_usage",
    "/rr/api/v1/contracts/{contract_id}/bundles": "contract_bundle",
    "/rr/api/v1/contracts/{contract_id}/tier-price-overrides": "tier_price_override",
    "/rr/api/v1/contracts/{contract_id}/prepaid-commits": "prepaid_commit",
    "/rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/consumption": "prepaid_commit_consumption",
}

#: The topics the mock had first (their ids are fixed by this order).
_FIRST = (
    "invoice.created",
    "invoice.updated",
    "invoice.paid",
    "invoice.voided",
    "invoice.reopened",
    "invoice.deleted",
    "invoice.past_due",
    "payment.created",
    "payment.voided",
    "credit_memo.created",
    "credit_memo.updated",
    "credit_memo.voided",
    "vendor.created",
    "vendor.updated",
    "vendor.deleted",
    "bill.created",
    "bill.updated",
    "bill.paid",
    "bill.voided",
    "bill.reopened",
    "bill.deleted",
    "bill_payment.created",
    "bill_payment.voided",
)
#: Action events of object types beyond created/updated/deleted (the first ones' are in ``_FIRST``).
ACTION_TOPICS: dict[str, tuple[str, ...]] = {
    "contract": ("terminated",),
    "debit_memo": ("voided", "reopened"),
}
#: Object types whose events are only those in ``_FIRST`` (a payment is created or voided, never updated).
_FIXED = frozenset({"invoice", "payment", "bill", "bill_payment", "vendor"})


def _all_topics() -> tuple[str, ...]:
    topics = list(_FIRST)
    topics.append("credit_memo.deleted")
    for object_type in OBJECT_TYPES.values():
        if object_type in _FIXED or object_type == "credit_memo":
            continue
        for verb in ("created", "updated", "deleted", *ACTION_TOPICS.get(object_type, ())):
            topics.append(f"{object_type}.{verb}")
    return tuple(topics)


#: Every topic a webhook may subscribe to (a webhook with no topics gets them all).
TOPICS = _all_topics()

__all__ = ["ACTION_TOPICS", "BILL_KIND", "BILL_PAYMENT_KIND", "OBJECT_TYPES", "TOPICS"]
