"""Build report rows for tests with only the fields a test cares about."""

from __future__ import annotations

import typing as t
from datetime import date

from campfire_mock.reports import ReportQuery, ReportRow, ReportTable, run_report
from campfire_mock.reports.engine import ReportResult

DEFAULTS: dict[str, t.Any] = dict(
    invoice_id=1,
    invoice_number="INV-1",
    client_id=1,
    client_name="Acme",
    entity_id=54,
    entity_name="Top",
    contract_id=None,
    contract_name=None,
    product_id=1,
    product_name="Widget A",
    department_id=None,
    department_name=None,
    currency="USD",
    payment_status="open",
    terms="net_30",
    invoice_date=date(2026, 1, 5),
    due_date=date(2026, 2, 4),
    paid_date=None,
    amount=100.0,
    amount_paid=0.0,
    amount_due=100.0,
    tax=0.0,
    quantity=1.0,
)


def row(**fields: t.Any) -> ReportRow:
    return ReportRow(**{**DEFAULTS, **fields})


def run(rows: list[ReportRow], **params: t.Any) -> ReportResult:
    return run_report(ReportTable.from_rows(rows), ReportQuery.from_params(params))
