"""Receivables and payables aging, computed from the API's invoice and bill lists, as community MCP servers
compute them.

The API has no aging operation, so this is arithmetic over what ``GET /coa/api/v1/invoice/`` (or
``GET /coa/api/v1/bill/``) answers, decided here once:

- A document is owed when its ``amount_due`` is above zero and its status is not ``draft``,
  ``voided`` or ``paid`` (drafts are not sent, voided ones are not owed).
- Its age is the API's own ``past_due_days`` (counted on the workspace's clock); ``null`` or zero
  is ``current`` (not yet due).
- Buckets are the invoice list's own aging filter values (its ``status`` choices): ``current``,
  ``1_30``, ``31_60``, ``61_90``, ``91_120`` and ``over_120`` days past due.
- Amounts are summed as decimals and never across currencies: every total is per currency, and
  given rounded to cents as a JSON number.
"""

from __future__ import annotations

import typing as t
from decimal import Decimal

__all__ = ["BUCKETS", "PARTIES", "aging"]

BUCKETS = ("current", "1_30", "31_60", "61_90", "91_120", "over_120")
NOT_OWED = frozenset({"draft", "voided", "void", "paid"})
CENT = Decimal("0.01")


def bucket_of(past_due_days: t.Any) -> str:
    """The bucket of an invoice ``past_due_days`` days past due (``None``: not yet due)."""
    days = int(past_due_days or 0)
    if days <= 0:
        return "current"
    if days <= 30:
        return "1_30"
    if days <= 60:
        return "31_60"
    if days <= 90:
        return "61_90"
    if days <= 120:
        return "91_120"
    return "over_120"


def _empty() -> dict[str, Decimal]:
    return dict.fromkeys((*BUCKETS, "total"), Decimal(0))


def _numbers(sums: dict[str, Decimal]) -> dict[str, float]:
    return {key: float(value.quantize(CENT)) for key, value in sums.items()}


#: The party each aggregate is by: the documents' field naming it, and what the answer calls its counts.
PARTIES = {"receivables_aging": ("client", "invoices_owed"), "payables_aging": ("vendor", "bills_owed")}


def aging(kind: str, documents: t.Iterable[dict[str, t.Any]]) -> dict[str, t.Any]:
    """Totals per currency and per party (client or vendor) and currency, by bucket, of the documents still
    owed; ``kind`` is ``receivables_aging`` or ``payables_aging``."""
    party, owed = PARTIES[kind]
    totals: dict[str, dict[str, Decimal]] = {}
    parties: dict[tuple[t.Any, str], dict[str, t.Any]] = {}
    counted = 0
    for document in documents:
        due = Decimal(str(document.get("amount_due") or 0))
        if due <= 0 or document.get("status") in NOT_OWED:
            continue
        counted += 1
        currency = str(document.get("currency") or "")
        bucket = bucket_of(document.get("past_due_days"))
        for sums in (
            totals.setdefault(currency, _empty()),
            parties.setdefault(
                (document.get(party), currency),
                {party: document.get(party), f"{party}_name": document.get(f"{party}_name"), "sums": _empty()},
            )["sums"],
        ):
            sums[bucket] += due
            sums["total"] += due
    by_party = [
        {party: row[party], f"{party}_name": row[f"{party}_name"], "currency": currency, **_numbers(row["sums"])}
        for (_, currency), row in sorted(parties.items(), key=lambda item: (item[0][1], -item[1]["sums"]["total"]))
    ]
    return {
        owed: counted,
        "totals": {currency: _numbers(sums) for currency, sums in sorted(totals.items())},
        f"by_{party}": by_party,
    }
