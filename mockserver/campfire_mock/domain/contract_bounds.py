"""A write to a contract's revenue may not push a figure computed from it out of the range its schema declares.

Campfire stores those figures in ``DecimalField``s: a contract's ``total_revenue``, ``total_mrr`` and
``total_deferred_revenue``, and a customer's sums of them (``max_digits=15, decimal_places=2``: below 10**13
either way), a subscription's ``total_value`` and a revenue transaction's ``amount`` and ``mrr`` (below
10**18). Each input is checked on its own (a milestone's ``amount`` below 10**18, a subscription's ``mrr``
too), yet a subscription's schedule adds up to 600 months of its ``mrr``, and a contract sums every schedule:
an accepted write could make a figure no answer may carry, and every later read of the contract a 500. So
the write that would do it is refused, as DRF's ``DecimalField(max_digits=...)`` refuses the stored figure:
a 400 under the field written (``amount``, ``mrr``...), saying which figure it would push out and to what,
and nothing is kept (the write is undone whole). A delete that would do it (a negative amount that offset
others taken away) is a 409 saying so, as the twin's other refused deletes.

The same rule keeps the figures invoices, payments and credit memos make: a contract's ``total_billed``,
``total_paid``, ``total_outstanding`` and ``total_unbilled`` (the twin's additions, bounded as their siblings)
and a customer's ``total_billed``, ``total_paid``, ``total_outstanding``, ``total_credit_memos``,
``credit_memo_applied`` and ``credit_memo_available`` (``receivables.py``). Each invoice is below 10**12, yet
eleven of them make a customer's ``total_billed`` no answer may carry: the write that would is a 400 under
the field written (an invoice's ``lines``, a payment's source), and an action that names no amount (a delete,
a void, a reopen, a move to another customer) is a 409 saying which figure it would push out.
"""

from __future__ import annotations

import typing as t
from decimal import Decimal

from ..errors import Conflict, ValidationFailed
from .contract_figures import PREPAID_COMMITS, client_contract_figures, contract_figures, drawdown
from .generic import is_deleted
from .invoice_magnitude import within_bound
from .models import ZERO, money
from .receivables import client_balances
from .revenue import REVENUE
from .values import dec
from .workspace import Workspace

Row = dict[str, t.Any]

#: DRF's ``DecimalField`` message for too many digits, and the bounds (exclusive) of the figures.
TOO_MANY_DIGITS = "Ensure that there are no more than {digits} digits in total"
CONTRACT_FIGURES = {
    "total_revenue": 15,
    "total_mrr": 15,
    "total_deferred_revenue": 15,
    "total_billed": 15,
    "total_paid": 15,
    "total_unbilled": 15,
    "total_outstanding": 15,
}
CLIENT_FIGURES = {"total_revenue": 15, "total_mrr": 15, "total_deferred_revenue": 15, "total_unbilled": 15}
#: A customer's receivables figures (``receivables.py``), as ``ContractCustomer`` bounds them.
CUSTOMER_FIGURES = {
    "total_billed": 15,
    "total_paid": 15,
    "total_outstanding": 15,
    "total_credit_memos": 15,
    "credit_memo_applied": 15,
    "credit_memo_available": 15,
}
SUBSCRIPTION_FIGURES = {"total_value": 20}
REVENUE_AMOUNTS = {"amount": 20, "mrr": 20, "quantity": 16}  # quantity below 10**14, as its schema says
#: A prepaid commit's pool and its consumption periods' figures (``contract_figures.drawdown``).
COMMIT_FIGURES = {"remaining_value": 20}
CONSUMPTION_FIGURES = {
    "discount_amount": 20,
    "net_consumption_amount": 20,
    "overage_amount": 20,
    "balance_before": 20,
    "balance_after": 20,
}


def _limit(digits: int) -> float:
    """The exclusive bound of a figure with ``digits`` digits, two of them decimals (as the schema says it)."""
    return float(10 ** (digits - 2))


def _refuse(field: str, digits: int, what: str, value: float) -> t.NoReturn:
    message = f"{TOO_MANY_DIGITS.format(digits=digits)}: this would make {what} {value:.2f}."
    raise ValidationFailed.field(field, message)


def check_contract_bounds(ws: Workspace, contract_id: t.Any, field: str, mrr_field: str | None = None) -> None:
    """A 400 under ``field`` (under ``mrr_field``, if given, for an MRR figure) if a figure of contract
    ``contract_id``, of its customer, of one of its subscriptions or of one of its revenue transactions is out
    of its declared range, as answered (nothing for no contract)."""
    if not _is_id(contract_id):
        return

    def named(figure: str) -> str:
        return mrr_field if mrr_field is not None and figure.endswith("mrr") else field

    figures = contract_figures(ws, contract_id)
    for name, digits in CONTRACT_FIGURES.items():
        if abs(figures[name]) >= _limit(digits):
            _refuse(named(name), digits, f"contract {contract_id}'s {name}", figures[name])
    by_subscription: dict[int, Decimal] = {}
    for _, row in sorted(dict.items(ws.generic.get(REVENUE) or {})):
        if row.get("contract") != contract_id or is_deleted(row):
            continue
        for name, digits in REVENUE_AMOUNTS.items():  # a schedule's figure, kept as a number (a written
            value = row.get(name)  # string was checked against its pattern as it came)
            if isinstance(value, float | int) and abs(float(value)) >= _limit(digits):
                _refuse(named(name), digits, f"revenue transaction {row['id']}'s {name}", float(value))
        subscription = row.get("contract_subscription")
        if isinstance(subscription, int):  # its ``total_value``: the sum of its schedule
            by_subscription[subscription] = by_subscription.get(subscription, ZERO) + _money(row.get("amount"))
    for key, total in sorted(by_subscription.items()):
        if abs(float(money(total))) >= _limit(SUBSCRIPTION_FIGURES["total_value"]):
            _refuse(field, SUBSCRIPTION_FIGURES["total_value"], f"subscription {key}'s total_value", float(total))
    contract = ws.refs["contract"].look(contract_id) or {}
    _check_customer(ws, contract.get("client"), named)


def _is_id(value: t.Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_customer(ws: Workspace, client: t.Any, named: t.Callable[[str], str]) -> None:
    """A 400 under ``named(figure)`` if a figure of customer ``client`` is out of range (nothing for no client)."""
    if not _is_id(client):
        return
    sums = client_contract_figures(ws, client)
    for name, digits in CLIENT_FIGURES.items():
        if abs(sums[name]) >= _limit(digits):
            _refuse(named(name), digits, f"customer {client}'s {name}", sums[name])
    balances = client_balances(ws, client)
    for name, digits in CUSTOMER_FIGURES.items():
        value = float(money(balances[name]))
        if abs(value) >= _limit(digits):
            _refuse(named(name), digits, f"customer {client}'s {name}", value)


def check_customer_bounds(ws: Workspace, field: str, clients: t.Iterable[t.Any], contracts: t.Iterable[t.Any]) -> None:
    """A 400 under ``field`` if a write to invoices, payments or credit memos has pushed a figure of one of
    ``contracts`` (and their customers) or of one of ``clients`` out of its declared range."""
    if far_from_bounds(ws):
        return  # only invoice figures moved, and every invoice and revenue amount together stays within bound
    for contract_id in sorted({c for c in contracts if _is_id(c)}):
        check_contract_bounds(ws, contract_id, field)
    for client in sorted({c for c in clients if _is_id(c)}):
        _check_customer(ws, client, lambda _: field)


def far_from_bounds(ws: Workspace) -> bool:
    """Whether the open write has moved only invoice figures and every invoice's and revenue transaction's
    amount together stays below the customer figures' bound (``invoice_magnitude.within_bound``): then no
    customer or contract figure can be out of range, and none is counted."""
    return within_bound(ws, OTHER_FIGURE_KINDS, _CUSTOMER_BOUND)


#: The kinds whose change may move a customer's figures other than its invoices' sums.
OTHER_FIGURE_KINDS = frozenset({"credit_memo", "contract", REVENUE})
#: The exclusive bound of every figure ``check_customer_bounds`` checks (15 digits, two of them decimals).
_CUSTOMER_BOUND = Decimal(10**13)


def check_commit_bounds(ws: Workspace, commit_id: t.Any, field: str) -> None:
    """A 400 under ``field`` if a figure of prepaid commit ``commit_id`` (its ``remaining_value``) or of one of
    its consumption periods is out of its declared range, as answered (credits can refill a pool beyond its
    ``total_value``; an 18-digit pool is 10**18 once answered as a number)."""
    commits: dict[int, Row] = ws.generic.get(PREPAID_COMMITS) or {}
    commit = dict.get(commits, commit_id) if _is_id(commit_id) else None
    if commit is None or is_deleted(commit):
        return
    periods, remaining = drawdown(ws, commit)
    for key, figures in sorted(periods.items()):
        for name, digits in CONSUMPTION_FIGURES.items():
            if abs(figures[name]) >= _limit(digits):
                _refuse(field, digits, f"consumption period {key}'s {name}", figures[name])
    for name, digits in COMMIT_FIGURES.items():
        if abs(float(remaining)) >= _limit(digits):
            _refuse(field, digits, f"prepaid commit {commit_id}'s {name}", float(remaining))


class DeleteWouldOverflow(Conflict):
    """409: deleting (voiding, reopening, moving) the object would push a figure of its contract or customer out
    of range (it offset another amount)."""

    def __init__(self, what: str, reason: str, done: str = "deleted") -> None:
        super().__init__(f"This {what} cannot be {done}: {reason}")


def check_delete_bounds(ws: Workspace, contract_id: t.Any, what: str) -> None:
    """After deleting ``what`` (a revenue transaction, milestone or subscription) of contract ``contract_id``: a
    409 if its figures are now out of range (a negative amount that offset others was taken away)."""
    try:
        check_contract_bounds(ws, contract_id, "detail")
    except ValidationFailed as exc:
        raise DeleteWouldOverflow(what, str(exc.fields["detail"][0])) from None


def check_change_bounds(
    ws: Workspace, what: str, done: str, clients: t.Iterable[t.Any], contracts: t.Iterable[t.Any]
) -> None:
    """After an action that names no amount (``what`` ``done``: an invoice deleted, voided, reopened or moved, a
    payment voided): a 409 if a figure of ``contracts`` or ``clients`` is now out of range."""
    try:
        check_customer_bounds(ws, "detail", clients, contracts)
    except ValidationFailed as exc:
        raise DeleteWouldOverflow(what, str(exc.fields["detail"][0]), done) from None


def check_commit_delete_bounds(ws: Workspace, commit_id: t.Any) -> None:
    """After deleting a consumption period of prepaid commit ``commit_id``: a 409 if the pool's figures are now
    out of range (a usage that drew down a pool credits had refilled was taken away)."""
    try:
        check_commit_bounds(ws, commit_id, "detail")
    except ValidationFailed as exc:
        raise DeleteWouldOverflow("consumption period", str(exc.fields["detail"][0])) from None


def _money(value: t.Any) -> Decimal:
    """A stored amount to cents, as the figures read it (anything unreadable counts 0)."""
    try:
        return money(dec(value)) if value not in (None, "") else ZERO
    except (ValueError, ArithmeticError):
        return ZERO


def written_field(row: Row, names: tuple[str, ...]) -> str:
    """The first of ``names`` the row holds a value for (the amount a refusal names), else the first name."""
    return next((name for name in names if row.get(name) not in (None, "")), names[0])


__all__ = [
    "DeleteWouldOverflow",
    "check_change_bounds",
    "check_commit_bounds",
    "check_commit_delete_bounds",
    "check_contract_bounds",
    "check_customer_bounds",
    "check_delete_bounds",
    "far_from_bounds",
    "written_field",
]
