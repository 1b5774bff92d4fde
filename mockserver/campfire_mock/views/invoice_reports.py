"""Invoice report endpoints: saved reports (``/data``) and ad-hoc ``/preview``."""

from __future__ import annotations

import typing as t

from ..domain.saved_reports import SavedReports
from ..domain.workspace import Workspace
from .base import Caller, Handler
from .pagination import clamp_limit, envelope, offset_page, with_query

Body = dict[str, t.Any]


def page_links(meta: dict[str, t.Any], page: int, size: int, url: str) -> dict[str, t.Any]:
    """``next``/``previous`` of a request paged with ``page``/``page_size``, in the same spelling."""
    return {
        **meta,
        "next": with_query(url, page=page + 1, page_size=size) if meta["next"] else None,
        "previous": with_query(url, page=page - 1, page_size=size) if meta["previous"] else None,
    }


class InvoiceReportHandlers(Handler):
    @classmethod
    def report_lists(cls, caller: Caller) -> dict[str, list[str]]:
        """Every value of the report's list parameters given more than once (plain or ORM-named)."""
        from ..reports.fields import LIST_PARAMS, ORM_NAMES

        names = (*LIST_PARAMS, *(ORM_NAMES[n] for n in LIST_PARAMS if n in ORM_NAMES))
        return {name: values for name, values in cls.repeated(caller, *names, cast=str).items() if len(values) > 1}

    def retrieve_report_data(self, ws: Workspace, caller: Caller, id_: int, **params: t.Any) -> tuple[t.Any, ...]:
        return self._run(ws, caller, params, SavedReports.get(ws, id_).get("query") or {})

    def preview_report(self, ws: Workspace, caller: Caller, **params: t.Any) -> tuple[t.Any, ...]:
        return self._run(ws, caller, params)

    def _run(
        self, ws: Workspace, caller: Caller, params: dict[str, t.Any], defaults: dict[str, t.Any] | None = None
    ) -> tuple[t.Any, ...]:
        # The engine (numpy) loads with the first report, not at start-up.
        from ..domain.report_table import workspace_table
        from ..reports import ReportQuery, run_report, to_csv

        # Reads the report parameters it knows, plain or ORM-named, over the saved report's; a bad one
        # (sort included) is a 400 before any work. A list parameter may be repeated (the spec's string
        # keeps only the last value, so every value is read from the query string); timeframes are on the
        # workspace clock.
        query = ReportQuery.from_params({**params, **self.report_lists(caller)}, defaults, ws.clock.today())
        result = run_report(workspace_table(ws), query)
        if query.mode == "csv":
            return to_csv(result), 200, {"Content-Type": "text/csv"}
        if query.mode == "paginated":
            url = self.url(caller)
            rows, meta = offset_page(result.rows, limit=query.limit, offset=query.offset, url=url)
            if query.paged_by_page:
                meta = page_links(meta, query.page, clamp_limit(query.limit), url)
        else:
            rows, meta = list(result.rows), {"count": result.count, "next": None, "previous": None}
        return self.serializer.report(result, envelope(rows, meta)), 200, {"Content-Type": "application/json"}
