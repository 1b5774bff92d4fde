"""Invoice report endpoints: saved reports (``/data``) and ad-hoc ``/preview``."""

from __future__ import annotations

import typing as t

from ..errors import ReportNotFound
from ..pagination import envelope, offset_page
from .base import Handler

Body = dict[str, t.Any]
QUERY_KEYS = (
    "aggregation_fields",
    "group_fields",
    "pivot_fields",
    "should_pivot",
    "include_totals",
    "client_id",
    "contract_id",
    "department_id",
    "product_id",
    "entity_id",
    "invoice_id",
    "currency",
    "payment_status",
    "terms",
    "start_date",
    "end_date",
    "due_start_date",
    "due_end_date",
    "paid_start_date",
    "paid_end_date",
    "group_keys",
    "sort",
    "limit",
    "offset",
    "mode",
    # Campfire's ORM names, as filter_params spell them (reports/query.py reads them as the plain ones).
    "invoice__client_id",
    "invoice__entity_id",
    "invoice__contract_id",
    "invoice__currency",
    "invoice__payment_status",
    "invoice__terms",
    "invoice__invoice_date__gte",
    "invoice__invoice_date__lte",
    "invoice__due_date__gte",
    "invoice__due_date__lte",
    "invoice__paid_date__gte",
    "invoice__paid_date__lte",
)


class InvoiceReportHandlers(Handler):
    def retrieve_report_data(self, id_: int, **params: t.Any) -> tuple[t.Any, ...]:
        ws = self.workspace()
        saved = ws.reports.get(id_)
        if saved is None:
            raise ReportNotFound(id_)
        defaults = dict(saved.get("query") or {})
        if "shouldPivot" in defaults:
            defaults["should_pivot"] = defaults.pop("shouldPivot")
        merged = {**defaults, **{k: v for k, v in params.items() if v is not None}}
        return self._run(merged)

    def preview_report(self, **params: t.Any) -> tuple[t.Any, ...]:
        return self._run(params)

    def _run(self, params: dict[str, t.Any]) -> tuple[t.Any, ...]:
        # The engine (numpy) loads with the first report, not at start-up.
        from ..domain.report_table import workspace_table
        from ..reports import ReportQuery, run_report, to_csv

        query = ReportQuery.from_params({k: params[k] for k in QUERY_KEYS if k in params})
        result = run_report(workspace_table(self.workspace()), query)
        if query.mode == "csv":
            return to_csv(result), 200, {"Content-Type": "text/csv"}
        if query.mode == "paginated":
            rows, meta = offset_page(result.rows, limit=query.limit, offset=query.offset, url=self.url())
        else:
            rows, meta = result.rows, {"count": result.count, "next": None, "previous": None}
        return self.serializer.report(result, envelope(rows, meta)), 200, {"Content-Type": "application/json"}
