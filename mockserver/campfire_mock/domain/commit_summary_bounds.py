"""The bounds of a contract's prepaid-commit summary (``GET .../prepaid-commit-summary``).

The summary answers each commit's ``total_value``, ``consumed_amount`` and ``remaining_amount`` and their totals
over the contract's commits. Its schema (ours: upstream declares no body) bounds them as a commit's own figures
are bounded (``total_value``, ``remaining_value``: below 10**18 either way, DRF's ``DecimalField`` of 20 digits,
two of them decimals). A sum of many commits, or a commit whose credits refilled a negative pool, could leave
that range, and the answer would then break its schema (a 500 on every read). So a write that would is refused
as the contract's and customer's figures are (``contract_bounds.py``): a 400 under the field written, or a 409
for a delete that takes away an amount that offset others.
"""

from __future__ import annotations

import typing as t

from ..errors import ObjectNotFound, ValidationFailed
from .contract_bounds import DeleteWouldOverflow
from .contracts import prepaid_commit_summary
from .generic import PARENT
from .workspace import Workspace

#: DRF's ``DecimalField`` message for too many digits, and the summary's figures (exclusive bound 10**18).
TOO_MANY_DIGITS = "Ensure that there are no more than 20 digits in total"
SUMMARY_FIGURES = ("total_value", "consumed_amount", "remaining_amount")
LIMIT = float(10**18)


def contract_of(row: t.Mapping[str, t.Any]) -> int | None:
    """The contract a prepaid commit or consumption period belongs to (its path's ``contract_id``)."""
    key = (row.get(PARENT) or {}).get("contract_id")
    return key if isinstance(key, int) and not isinstance(key, bool) else None


def check_summary_bounds(ws: Workspace, contract_id: int | None, field: str) -> None:
    """A 400 under ``field`` if a figure of contract ``contract_id``'s prepaid-commit summary (a commit's, or a
    total) is out of its declared range."""
    if contract_id is None:
        return
    try:
        summary = prepaid_commit_summary(ws, contract_id)
    except ObjectNotFound:  # a contract deleted (or never made): no summary to answer
        return
    named = [(f"prepaid commit {c['id']}'s", c) for c in summary["commits"]]
    for what, figures in [(f"contract {contract_id}'s prepaid commits' total", summary), *named]:
        for name in SUMMARY_FIGURES:
            if abs(figures[name]) >= LIMIT:
                message = f"{TOO_MANY_DIGITS}: this would make {what} {name} {figures[name]:.2f}."
                raise ValidationFailed.field(field, message)


def check_summary_delete_bounds(ws: Workspace, contract_id: int | None, what: str) -> None:
    """After deleting ``what`` (a prepaid commit or a consumption period): a 409 if the summary's figures are
    now out of range."""
    try:
        check_summary_bounds(ws, contract_id, "detail")
    except ValidationFailed as exc:
        raise DeleteWouldOverflow(what, str(exc.fields["detail"][0])) from None


__all__ = ["check_summary_bounds", "check_summary_delete_bounds", "contract_of"]
