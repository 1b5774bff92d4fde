"""Invoice report endpoints: saved reports (``/data``) and ad-hoc ``/preview``."""

from __future__ import annotations

import typing as t

from ..domain.workspace import Workspace
from ..errors import ReportNotFound
from ..handlers.pagination import envelope, offset_page
from .base import Caller, Handler

Body = dict[str, t.Any]


class InvoiceReportHandlers(Handler):
    def retrieve_report_data(self, ws: Workspace, caller: Caller, id_: int, **params: t.Any) -> tuple[t.Any, ...]:
        saved = ws.reports.get(id_)
        if saved is None:
            raise ReportNotFound(id_)
        defaults = dict(saved.get("query") or {})
        if "shouldPivot" in defaults:
            defaults["should_pivot"] = defaults.pop("shouldPivot")
        merged = {**defaults, **{k: v for k, v in params.items() if v is not None}}
        return self._run(ws, caller, merged)

    def preview_report(self, ws: Workspace, caller: Caller, **params: t.Any) -> tuple[t.Any, ...]:
        return self._run(ws, caller, params)

    def _run(self, ws: Workspace, caller: Caller, params: dict[str, t.Any]) -> tuple[t.Any, ...]:
        # The engine (numpy) loads with the first report, not at start-up.
        from ..domain.report_table import workspace_table
        from ..reports import ReportQuery, run_report, to_csv

        query = ReportQuery.from_params(params)  # reads the report parameters it knows, plain or ORM-named
        result = run_report(workspace_table(ws), query)
        if query.mode == "csv":
            return to_csv(result), 200, {"Content-Type": "text/csv"}
        if query.mode == "paginated":
            rows, meta = offset_page(result.rows, limit=query.limit, offset=query.offset, url=self.url(caller))
        else:
            rows, meta = result.rows, {"count": result.count, "next": None, "previous": None}
        return self.serializer.report(result, envelope(rows, meta)), 200, {"Content-Type": "application/json"}
