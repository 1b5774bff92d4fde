"""The figures Campfire computes on contracts, subscriptions and prepaid commits, from the twin's state.

Decisions (upstream's field descriptions where they state a rule; where none is published, the rule that
follows from what the twin keeps, named here; never a stored ``0``):

* a **contract**'s ``total_billed`` is the total of its invoices that are not voided, ``total_paid`` what
  their active payments cover, ``total_outstanding`` what is left due (as a customer's figures of the same
  names: ``receivables.py``); its revenue schedule is its live revenue transactions (``revenue.py``
  writes those of its milestones and subscriptions): ``total_revenue`` their sum, ``total_unbilled`` what
  of it is not billed yet (never below 0), ``total_deferred_revenue`` what is billed but not recognized by
  the workspace's day (transactions dated after it; never below 0), ``total_mrr`` the ``mrr`` of its
  subscription revenue in the workspace's month;
* a **customer**'s ``total_revenue``, ``total_deferred_revenue``, ``total_mrr`` and ``total_unbilled`` are
  the sums of its live contracts' (its billed, paid and outstanding totals are ``receivables.py``'s);
* a **subscription**'s ``total_value`` is the sum of its revenue schedule;
* a **prepaid commit** draws its consumption periods down in period order, as the consumption schema
  states: ``discount_amount`` = gross usage x the commit's ``discount_percentage`` / 100,
  ``net_consumption_amount`` = gross - discount (the pool drawdown), ``balance_before``/``balance_after``
  the pool around the period (never below 0; a credit, a gross below 0, refills it), ``overage_amount`` the
  usage beyond the pool at the full rate (the share of the gross the net part the pool could not cover is of
  the net: never more than the gross, whatever the discount, and 0 at 100%, where nothing draws the pool); the
  commit's ``remaining_value`` is the pool after
  its last period, its ``status`` ``EXPIRED`` past its ``expiration_date``, else ``EXHAUSTED`` with nothing
  remaining, else ``ACTIVE``; its ``overage_invoice_start_month`` is its ``start_date`` unless set, as the
  field's description says.

Lists render many objects: outside a write, the per-contract sums are built once per workspace version.
"""

from __future__ import annotations

import typing as t
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .generic import PARENT, is_deleted
from .models import ZERO, money
from .revenue import REVENUE
from .values import as_date, dec
from .workspace import Workspace

Row = dict[str, t.Any]

PREPAID_COMMITS = "/rr/api/v1/contracts/{contract_id}/prepaid-commits"
CONSUMPTION = "/rr/api/v1/contracts/{contract_id}/prepaid-commits/{commit_id}/consumption"
HUNDRED = Decimal(100)


def _money(value: t.Any) -> Decimal:
    try:
        return money(dec(value)) if value is not None and value != "" else ZERO
    except (ValueError, ArithmeticError):
        return ZERO


def _percent(value: t.Any) -> Decimal:
    """A commit's ``discount_percentage`` as sent, from 0 to 100: its schema states a number (a double, text
    with any decimals), no decimal places, so it is not rounded (12.345% of 1,000 is 123.45, not 123.50)."""
    try:
        found = dec(value) if value is not None and value != "" else ZERO
    except (ValueError, ArithmeticError):
        return ZERO
    return min(max(found, ZERO), HUNDRED) if found.is_finite() else ZERO


def _day(value: t.Any) -> date | None:
    try:
        return as_date(value) if value not in (None, "") else None
    except ValueError:
        return None


@dataclass
class _Sums:
    billed: Decimal = ZERO
    paid: Decimal = ZERO
    due: Decimal = ZERO
    revenue: Decimal = ZERO
    recognized: Decimal = ZERO
    mrr: Decimal = ZERO
    by_subscription: dict[int, Decimal] = field(default_factory=dict)


def _sums(ws: Workspace) -> dict[int, _Sums]:
    """Per contract: its invoices' and revenue schedule's sums (and each subscription's schedule)."""
    found: dict[int, _Sums] = {}
    for inv in ws.invoices.values():
        if inv.contract is None or inv.voided_date is not None:
            continue
        s = found.setdefault(inv.contract, _Sums())
        s.billed += inv.total_amount
        s.paid += inv.amount_paid
        s.due += inv.amount_due
    today = ws.clock.today()
    month = today.isoformat()[:7]
    for _, row in sorted(dict.items(ws.generic.get(REVENUE) or {})):
        contract_id = row.get("contract")
        if is_deleted(row) or not isinstance(contract_id, int):
            continue
        s = found.setdefault(contract_id, _Sums())
        amount = _money(row.get("amount"))
        s.revenue += amount
        day = _day(row.get("transaction_date"))
        if day is not None and day <= today:
            s.recognized += amount
        subscription = row.get("contract_subscription")
        if isinstance(subscription, int):
            s.by_subscription[subscription] = s.by_subscription.get(subscription, ZERO) + amount
            if str(row.get("accounting_period") or row.get("transaction_date") or "")[:7] == month:
                s.mrr += _money(row.get("mrr"))
    return found


def _cached(ws: Workspace) -> dict[int, _Sums]:
    if ws.journal is not None:  # inside a write the sums could be stale: count afresh
        return _sums(ws)
    cached = ws.derived.get("contract_figures")
    if cached is None or cached[0] != ws.version:
        cached = ws.derived["contract_figures"] = (ws.version, _sums(ws))
    return t.cast(dict[int, _Sums], cached[1])


def contract_figures(ws: Workspace, contract_id: int) -> Row:
    """A contract's billed, paid, outstanding, unbilled, revenue, deferred revenue and MRR totals."""
    return _figures(_cached(ws).get(contract_id) or _Sums())


def _figures(s: _Sums) -> Row:
    return {
        "total_billed": float(money(s.billed)),
        "total_paid": float(money(s.paid)),
        "total_outstanding": float(money(s.due)),
        "total_unbilled": float(money(max(s.revenue - s.billed, ZERO))),
        "total_revenue": float(money(s.revenue)),
        "total_deferred_revenue": float(money(max(s.billed - s.recognized, ZERO))),
        "total_mrr": float(money(s.mrr)),
    }


def client_contract_figures(ws: Workspace, client_id: int) -> Row:
    """A client's revenue, deferred revenue, MRR and unbilled totals: the sums of its live contracts'."""
    keys = ("total_revenue", "total_deferred_revenue", "total_mrr", "total_unbilled")
    found = dict.fromkeys(keys, ZERO)
    sums = _cached(ws)  # once: inside a write, each count is afresh
    for contract_id, row in dict.items(ws.refs["contract"]):
        if row.get("client") != client_id or is_deleted(row):
            continue
        figures = _figures(sums.get(contract_id) or _Sums())
        for key in keys:
            found[key] += Decimal(str(figures[key]))
    return {key: float(money(value)) for key, value in found.items()}


def subscription_total(ws: Workspace, subscription: Row) -> float:
    """The sum of the subscription's revenue schedule."""
    contract_id = (subscription.get(PARENT) or {}).get("contract_id", subscription.get("contract"))
    s = _cached(ws).get(contract_id) if isinstance(contract_id, int) else None
    return float(money((s.by_subscription if s else {}).get(subscription["id"], ZERO)))


def _periods(ws: Workspace, commit_id: int) -> list[Row]:
    table: dict[int, Row] = ws.generic.get(CONSUMPTION) or {}
    rows = [
        r for _, r in dict.items(table) if not is_deleted(r) and (r.get(PARENT) or {}).get("commit_id") == commit_id
    ]
    return sorted(rows, key=lambda r: (str(r.get("period_start") or ""), r["id"]))


def drawdown(ws: Workspace, commit: Row) -> tuple[dict[int, Row], Decimal]:
    """Each consumption period's figures (by id) and the pool that remains after the last one."""
    total = _money(commit.get("total_value"))
    percent = _percent(commit.get("discount_percentage"))
    balance = total
    figures: dict[int, Row] = {}
    place = commit_place(ws, commit)
    for row in _periods(ws, commit["id"]):
        gross = _money(row.get("gross_usage_amount"))
        discount = money(gross * percent / HUNDRED)
        net = gross - discount
        before = max(balance, ZERO)
        drawn = min(net, before)
        uncovered = net - drawn  # above 0 only for usage (a credit, below 0, refills the pool)
        overage = _full_rate(gross, uncovered, net)
        balance = before - drawn
        figures[row["id"]] = {
            "discount_amount": float(discount),
            "net_consumption_amount": float(money(net)),
            "overage_amount": float(money(max(overage, ZERO))),
            "balance_before": float(money(before)),
            "balance_after": float(money(balance)),
            **place,
        }
    return figures, money(max(balance, ZERO))


def _full_rate(gross: Decimal, uncovered: Decimal, net: Decimal) -> Decimal:
    """The usage at the full rate whose discounted part is ``uncovered``: that share of the net, of the gross
    (never more than the gross; nothing at 100%, where the net is 0). Dividing the uncovered cents by
    ``1 - discount`` instead would scale their rounding by up to 10,000 (99.99%): 0.01 at 49.99% billed 0.02."""
    if uncovered <= ZERO or net <= ZERO:
        return ZERO
    return money(gross * uncovered / net)


def commit_place(ws: Workspace, commit: Row) -> Row:
    """A prepaid commit's ``entity`` and ``currency``: its own, else its contract's, else (the currency) its
    entity's: what the twin knows of them, never null where the contract tells."""
    contract_id = (commit.get(PARENT) or {}).get("contract_id", commit.get("contract"))
    contract = (ws.refs["contract"].look(contract_id, None) if isinstance(contract_id, int) else None) or {}
    entity_id = commit.get("entity") if commit.get("entity") is not None else contract.get("entity")
    entity = ws.refs["entity"].look(entity_id, None) or {} if isinstance(entity_id, int) else {}
    return {
        "entity": entity_id,
        "currency": commit.get("currency") or contract.get("currency") or entity.get("currency"),
    }


def commit_figures(ws: Workspace, commit: Row) -> Row:
    """A prepaid commit's ``remaining_value``, ``status``, (unless set) ``overage_invoice_start_month``, and its
    ``entity`` and ``currency`` where it names none (its contract's: ``commit_place``)."""
    _, remaining = drawdown(ws, commit)
    expiry = _day(commit.get("expiration_date"))
    if expiry is not None and expiry < ws.clock.today():
        status = "EXPIRED"
    elif remaining <= ZERO:
        status = "EXHAUSTED"
    else:
        status = "ACTIVE"
    figures: Row = {"remaining_value": float(remaining), "status": status, **commit_place(ws, commit)}
    if commit.get("overage_invoice_start_month") in (None, ""):  # its description: "Defaults to start_date."
        figures["overage_invoice_start_month"] = commit.get("start_date")
    return figures


def consumption_figures(ws: Workspace, row: Row) -> Row:
    """One consumption period's discount, drawdown, overage and pool balances, and what its commit tells: its
    ``prepaid_commit`` (the path's), ``entity`` and ``currency`` (the commit's, else its contract's, else the
    entity's currency) and ``period_end`` (a period is a month: its last day)."""
    commit_id = (row.get(PARENT) or {}).get("commit_id")
    commits: dict[int, Row] = ws.generic.get(PREPAID_COMMITS) or {}
    commit = commits.get(commit_id) if isinstance(commit_id, int) else None
    if commit is None:
        return {}
    facts: Row = {"prepaid_commit": commit_id, **commit_place(ws, commit)}
    start = _day(row.get("period_start"))
    if start is not None:
        facts["period_end"] = date(start.year, start.month, monthrange(start.year, start.month)[1]).isoformat()
    return {**drawdown(ws, commit)[0].get(row["id"], {}), **facts}


__all__ = [
    "client_contract_figures",
    "commit_figures",
    "commit_place",
    "consumption_figures",
    "contract_figures",
    "drawdown",
    "subscription_total",
]
