"""The webhook topics: what a webhook may subscribe to (``events.py`` emits them; imports check them)."""

from __future__ import annotations

#: Every topic a webhook may subscribe to (a webhook with no topics gets them all).
TOPICS = (
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

__all__ = ["TOPICS"]
