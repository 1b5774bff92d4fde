"""Contract actions: terminate, duplicate, and the two reads upstream declares without a body
(the minimum-commit preview and the prepaid-commit summary).

Decisions (upstream's descriptions, and DRF where they are silent):

* **terminate** ends the contract on ``termination_date`` (stored; ``contract_end_date`` becomes it and
  ``status`` ``COMPLETED``) and voids each of ``void_invoice_ids`` on ``void_date``, all or nothing:
  an id that is not an invoice of this contract, one already voided, one with active payments, or a
  void date before the invoice date is a 400 naming it, and nothing changes. ``void_date`` is required
  with ``void_invoice_ids``. A contract terminated once is a 409. Revenue the contract's subscriptions
  scheduled after the termination date is deleted (``revenue.py``). The mock's callers have every
  permission, so nothing is ever drafted (``contract_draft_id`` null, ``drafted_invoice_ids`` empty).
* **duplicate** makes a new contract with the same writable fields (not its id, timestamps,
  termination or deletion) and answers its id; its subscriptions and milestones are not copied.
* **minimum-commit preview**: the shortfall of the current month's usage revenue (the contract's
  revenue transactions with a ``contract_usage``, dated in the month of the workspace's day) under
  ``minimum_monthly_commitment_amount``; with no minimum set, the shortfall is null.
* **prepaid-commit summary**: per prepaid commit and in total, its value, what its consumption drew from
  the pool (net of the commit's discount, at most the pool) and what remains.
"""

from __future__ import annotations

import typing as t
from datetime import date
from decimal import Decimal

from ..errors import Conflict, ObjectNotFound, ValidationFailed
from .contract_figures import PREPAID_COMMITS, drawdown
from .generic import PARENT, is_deleted, live_row
from .invoices import InvoiceService
from .models import ZERO, money
from .revenue import REVENUE, end_schedules
from .values import dec
from .workspace import Workspace

Row = dict[str, t.Any]

#: Stored fields a duplicate does not take from its original.
NOT_COPIED = frozenset({"id", "created_at", "last_modified_at", "is_deleted", "deleted_at", "termination_date"})


class ContractAlreadyTerminated(Conflict):
    def __init__(self, contract_id: int) -> None:
        super().__init__(f"Contract {contract_id} is already terminated.")


def contract(ws: Workspace, contract_id: t.Any, *, write: bool) -> Row:
    """A live contract (404 if none, or deleted)."""
    row = live_row(ws, "contract", contract_id, write=write)
    if row is None:
        raise ObjectNotFound("contracts", contract_id)
    return row


def _money(value: t.Any) -> Decimal:
    try:
        return money(dec(value)) if value is not None and value != "" else ZERO
    except (ValueError, ArithmeticError):
        return ZERO


def terminate(
    ws: Workspace,
    invoices: InvoiceService,
    contract_id: int,
    termination_date: date,
    void_invoice_ids: list[int],
    void_date: date | None,
) -> Row:
    """Terminate the contract and void the invoices named; the answer of ``/terminate``."""
    row = contract(ws, contract_id, write=True)
    if row.get("termination_date"):
        raise ContractAlreadyTerminated(contract_id)
    start = row.get("contract_start_date")
    if start and termination_date.isoformat() < str(start):
        raise ValidationFailed.field("termination_date", "The termination date cannot be before the contract starts.")
    if void_invoice_ids and void_date is None:
        raise ValidationFailed.field("void_date", "This field is required when void_invoice_ids is provided.")
    problems = [p for p in (_void_problem(ws, contract_id, i, void_date) for i in void_invoice_ids) if p]
    if problems:
        raise ValidationFailed({"void_invoice_ids": problems})
    voided = []
    for invoice_id in dict.fromkeys(void_invoice_ids):
        invoices.void(ws, invoice_id, void_date)
        voided.append(invoice_id)
    row["termination_date"] = termination_date.isoformat()
    row["contract_end_date"] = termination_date.isoformat()
    row["status"] = "COMPLETED"
    row["last_modified_at"] = ws.now_text()
    end_schedules(ws, contract_id, termination_date)
    return {
        "contract_terminated": True,
        "contract_draft_id": None,
        "voided_invoice_ids": voided,
        "drafted_invoice_ids": [],
    }


def _void_problem(ws: Workspace, contract_id: int, invoice_id: int, void_date: date | None) -> str | None:
    inv = ws.invoices.look(invoice_id)
    if inv is None or inv.contract != contract_id:
        return f"Invoice {invoice_id} is not an invoice of contract {contract_id}."
    if inv.voided_date is not None:
        return f"Invoice {invoice_id} is already voided."
    if any(ws.payments.peek(p).active for p in inv.payment_ids):
        return f"Invoice {invoice_id} has payments; void them first."
    if void_date is not None and void_date < inv.invoice_date:
        return f"The void date is before the date of invoice {invoice_id}."
    return None


def duplicate(ws: Workspace, contract_id: int) -> int:
    """A new contract with the original's writable fields; its id."""
    original = contract(ws, contract_id, write=False)
    key = ws.next_id("contract")
    now = ws.now_text()
    copy = {k: v for k, v in original.items() if k not in NOT_COPIED}
    copy.update(id=key, created_at=now, last_modified_at=now)
    if "status" in original:
        copy["status"] = "PENDING" if original.get("status") == "COMPLETED" else original["status"]
    ws.refs["contract"][key] = copy
    return key


def _children(ws: Workspace, kind: str, **parent: int) -> list[Row]:
    table: dict[int, Row] = ws.generic.get(kind) or {}
    return [
        row
        for _, row in sorted(dict.items(table))
        if not is_deleted(row) and all((row.get(PARENT) or {}).get(k) == v for k, v in parent.items())
    ]


def minimum_commit_preview(ws: Workspace, contract_id: int) -> Row:
    """The shortfall the month-end true-up would post now, from this month's usage."""
    row = contract(ws, contract_id, write=False)
    today = ws.clock.today()
    month = today.isoformat()[:7]
    usage = [
        r
        for _, r in sorted(dict.items(ws.generic.get(REVENUE) or {}))
        if not is_deleted(r)
        and r.get("contract") == contract_id
        and r.get("contract_usage") is not None
        and str(r.get("transaction_date") or "")[:7] == month
    ]
    used = money(sum((_money(u.get("amount")) for u in usage), ZERO))
    minimum_value = row.get("minimum_monthly_commitment_amount")
    minimum = None if minimum_value in (None, "") else _money(minimum_value)
    return {
        "contract_id": contract_id,
        "period_start": today.replace(day=1).isoformat(),
        "period_end": _month_end(today).isoformat(),
        "minimum_monthly_commitment_amount": None if minimum is None else float(minimum),
        "usage_amount": float(used),
        "usage_count": len(usage),
        "shortfall_amount": None if minimum is None else float(max(minimum - used, ZERO)),
    }


def _month_end(day: date) -> date:
    following = day.replace(day=28).toordinal() + 4
    nxt = date.fromordinal(following)
    return date.fromordinal(nxt.replace(day=1).toordinal() - 1)


def prepaid_commit_summary(ws: Workspace, contract_id: int) -> Row:
    """Each prepaid commit's value, what its consumption drew from the pool and what remains (the same
    drawdown as the commit's ``remaining_value``: ``contract_figures.py``), and their totals.

    ``consumed_amount`` is what the periods drew (credits, below 0, give back): the pool's opening balance less
    what remains. A negative ``total_value`` opens a pool of nothing (``drawdown`` starts each period from the
    balance at no less than 0, so usage draws nothing from it and is all overage): unused, it has consumed 0 and
    has 0 remaining, whatever its ``total_value``; only a credit gives it a balance."""
    contract(ws, contract_id, write=False)
    commits = []
    for commit in _children(ws, PREPAID_COMMITS, contract_id=contract_id):
        value = _money(commit.get("total_value"))
        _, remaining = drawdown(ws, commit)
        commits.append(
            {
                "id": commit["id"],
                "name": commit.get("name"),
                "total_value": float(value),
                "consumed_amount": float(money(max(value, ZERO) - remaining)),
                "remaining_amount": float(remaining),
            }
        )
    total = sum((Decimal(str(c["total_value"])) for c in commits), ZERO)
    used = sum((Decimal(str(c["consumed_amount"])) for c in commits), ZERO)
    left = sum((Decimal(str(c["remaining_amount"])) for c in commits), ZERO)
    return {
        "contract_id": contract_id,
        "commit_count": len(commits),
        "total_value": float(money(total)),
        "consumed_amount": float(money(used)),
        "remaining_amount": float(money(left)),
        "commits": commits,
    }


__all__ = [
    "ContractAlreadyTerminated",
    "contract",
    "duplicate",
    "minimum_commit_preview",
    "prepaid_commit_summary",
    "terminate",
]
