"""The ledger report (``GET /coa/api/transaction/report``): GL lines through the invoice report's engine.

The request is read as the invoice report reads its own (``reports.query``), in the ledger's vocabulary
(``reports.fields.LEDGER``), with the GL log's filters (``account``, ``entity``, ``vendor``, ``department``,
``journal_type``, ``tag``... and their ``_id`` spellings) and its date window: ``start_date`` six months back and
``end_date`` the end of this month unless given, ``all_time`` for every date, and ``posted_at_timeframe``
instead of both. The answer has the invoice report's shape (JSON or CSV).
"""

from __future__ import annotations

import typing as t
from datetime import date

from ..domain.ledger_query import month_end, months_before
from ..domain.workspace import Workspace
from .base import Caller, Handler
from .invoice_reports import page_links
from .pagination import clamp_limit, envelope, offset_page


def with_window(params: dict[str, t.Any], today: date) -> dict[str, t.Any]:
    """The GL log's date window over ``params``: none with ``all_time``, the timeframe's alone if one is
    given, else Campfire's defaults for the bounds not given."""
    out = dict(params)
    all_time = str(out.pop("all_time", "")).lower() in ("true", "1")
    if all_time:
        out.pop("start_date", None)
        out.pop("end_date", None)
        return out
    if out.get("posted_at_timeframe"):
        return out
    out.setdefault("start_date", months_before(today, 6).isoformat())
    out.setdefault("end_date", month_end(today).isoformat())
    return out


def check_grouping(ws: Workspace, params: t.Mapping[str, t.Any]) -> None:
    """The GL log's grouping parameters (``group_fields``, ``pivot_fields``, ``aggregation_fields``) read as
    the ledger report reads them: a name that is no ledger field, or a tag group the workspace lacks, is the
    report's 400. The GL log still answers its page of lines; the grouped answer is the ledger report's."""
    from ..domain.ledger_source import check_tag_groups
    from ..errors import ValidationFailed
    from ..reports.ledger_fields import LEDGER
    from ..reports.reader import Reader

    read = Reader({k: v for k, v in params.items() if v is not None}, LEDGER)
    named = {name: read.dimensions(name) for name in ("group_fields", "pivot_fields")}
    read.aggregations()
    if read.errors:
        raise ValidationFailed(read.errors)
    check_tag_groups(ws, named)


class LedgerReportHandlers(Handler):
    def ledger_report(self, ws: Workspace, caller: Caller, **params: t.Any) -> tuple[t.Any, ...]:
        # The engine (numpy) loads with the first report, not at start-up.
        from ..domain.ledger_source import check_tag_groups, ledger_table
        from ..reports import ReportQuery, run_report, to_csv
        from ..reports.ledger_fields import LEDGER

        # Every value of a list parameter, repeated or comma-separated (the spec's string keeps the last).
        lists = {
            name: values
            for name, values in self.repeated(caller, *LEDGER.list_params, cast=str).items()
            if len(values) > 1
        }
        # A tag group as a filter (``tag_group_5=12``, ``=null``: what a tag-group row's filter_params say) is
        # no declared parameter: it is read from the query string.
        for name, value in caller.query():
            if LEDGER.set_dimension(name):
                lists.setdefault(name, []).append(value)
        today = ws.clock.today()
        given = {k: v for k, v in {**params, **lists}.items() if v is not None}
        query = ReportQuery.from_params(with_window(given, today), today=today, vocabulary=LEDGER)
        check_tag_groups(
            ws,
            {
                "group_fields": query.group_fields,
                "pivot_fields": query.pivot_fields,
                **{name: (name,) for name, _ in query.filters},
            },
        )
        result = run_report(ledger_table(ws), query)
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


__all__ = ["LedgerReportHandlers", "check_grouping", "with_window"]
