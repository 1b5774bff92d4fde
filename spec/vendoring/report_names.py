"""The reports' name lists as patterns of what the mock reads (``reports/reader.py``), from each report's own
vocabulary (``reports/fields.py``'s ``INVOICE``, ``reports/ledger_fields.py``'s ``LEDGER``): group and pivot
fields, aggregations, detail columns, and (the ledger report's) id filters."""

from __future__ import annotations

from typing import Any

from vendoring.common import MARK

#: Comma-separated ids or ``null``, each within 64 bits (18 digits, so never past them); empty items and
#: spaces around an item are skipped, as the reader skips them.
_ONE_ID = r" *(-?[0-9]{1,18} *|null *)?"
REPORT_IDS = rf"^{_ONE_ID}(,{_ONE_ID})*$"

AGGREGATIONS_REASON = (
    "a rule the service enforces, stated so a client can keep it: a report's `aggregation_fields` are"
    " comma-separated `<function>:<field>` items (sum, avg, min, max or count of the report's measures; a bare"
    " field is its sum; `count:<key>` counts rows) and its `pivot_fields` names of its dimensions; the service"
    ' answers 400 in its own words otherwise ("Unknown field ...", "Unknown function ...")'
)
MODE_REASON = (
    "a rule the service enforces, stated so a client can keep it: a report's `mode` is paginated, full or csv"
    ' (its description\'s "paginated | full | csv"; empty for the default, paginated); the service answers 400'
    ' in its own words otherwise ("Unknown mode ... Allowed: paginated, full, csv.")'
)
#: ``reports/fields.py``'s ``MODES``, or nothing (``Reader.choice`` takes an empty value as the default).
MODE = "^(paginated|full|csv)?$"
#: ``reports/timeframes.py``'s names; ``last_<N>_days`` for N from 1 to 36600 (spaces around one are stripped,
#: but spaces alone name no timeframe). The invoice report's ``<field>_timeframe`` and the ledger report's
#: ``posted_at_timeframe`` read them alike.
REPORT_TIMEFRAME = (
    r"^( *(today|yesterday|(this|last)_(week|month|quarter|year)"
    r"|last_([1-9][0-9]{0,3}|[12][0-9]{4}|3[0-5][0-9]{3}|36[0-5][0-9]{2}|36600)_days) *)?$"
)
LEDGER_NAMES_REASON = (
    "a rule the service enforces, stated so a client can keep it: the ledger report's `group_fields`,"
    " `pivot_fields`, `aggregation_fields` and `columns` are comma-separated names of the ledger's own fields"
    " (account, vendor, posted_at_month, tag_group_<id>: any id, a group the workspace lacks is DRF's"
    " `Invalid pk`), its id filters (`department`, `journal`, `account`, ... ) integer ids or `null`, and its"
    " `posted_at_timeframe` one of the timeframes the invoice report reads (today, yesterday, this_/last_ week,"
    " month, quarter or year, last_<N>_days with N from 1 to 36600); the service answers 400 in its own words"
    ' otherwise ("Unknown field(s) ...", "Give comma-separated integer ids (or null).", "Unknown timeframe ...")'
)


def names(items: tuple[str, ...]) -> str:
    """A pattern of a comma-separated list of ``items`` (regular expressions), spaces around an item and
    empty items allowed, as the reader splits it."""
    one = " *((" + "|".join(items) + ") *)?"
    return rf"^{one}(,{one})*$"


def aggregations(measures: tuple[str, ...], counted: str) -> str:
    """A pattern of ``aggregation_fields``: ``[<function>]:<measure>``, a bare measure, or ``count:<counted>``."""
    return names((rf"((sum|avg|min|max|count)?:)?({'|'.join(measures)})", f"count:{counted}"))


def dimensions(vocabulary: Any) -> str:
    """A pattern of a vocabulary's group or pivot fields, with its sets' groups (``tag_group_<id>``)."""
    sets = tuple(f"{prefix}[0-9]{{1,18}}" for prefix in vocabulary.set_columns.values())
    return names((*vocabulary.dimensions, *sets))


SORT_REASON = (
    "a rule the service enforces, stated so a client can keep it: a report's `sort` items are comma-separated"
    " columns of the report (its group fields and their name columns, aggregate columns, detail columns, or a"
    " pivot cell `<label>::::<aggregate column>`), each `-` for descending; the service answers 400 in its own"
    ' words otherwise ("Unknown column ...")'
)


def sort_columns(vocabulary: Any) -> str:
    """A pattern of a report's ``sort`` item: columns some query of the report has (``Vocabulary.is_column``),
    comma-separated, each with ``-`` to reverse."""
    from campfire_mock.reports.fields import SEPARATOR

    plain = (
        *vocabulary.dimensions,
        *vocabulary.id_dimensions.values(),
        *vocabulary.aggregate_columns,
        *vocabulary.detail_columns,
    )
    sets = tuple(f"{prefix}[0-9]{{1,18}}(_name)?" for prefix in vocabulary.set_columns.values())
    cell = f"[^,]*{SEPARATOR}({'|'.join(vocabulary.aggregate_columns)})"
    return names((rf"-?({'|'.join((*dict.fromkeys(plain), *sets, cell))})",))


def sorted_by(param: dict[str, Any], vocabulary: Any) -> None:
    """A report's ``sort`` (a form-exploded array, ours) with each item an ``anyOf`` of ``sort_columns``, which
    the report's reader answers (``answered_by: handler``: "Unknown column ...")."""
    items: dict[str, Any] = {"type": "string", "anyOf": [{"type": "string", "pattern": sort_columns(vocabulary)}]}
    items[MARK] = {"reason": SORT_REASON, "added": True, "answered_by": "handler"}
    param["schema"] = {**param["schema"], "items": items}


def stated(param: dict[str, Any], pattern: str, reason: str, added: bool = False) -> None:
    """``param``'s string schema becomes the ``anyOf`` of ``pattern`` its handler answers (the mock's parameter
    validator leaves it to the handler, ``openapi/drf.py``); ``added``: the parameter is ours."""
    mark: dict[str, Any] = {"reason": reason, "upstream": param["schema"]}
    if added or MARK in param:  # a parameter of ours: its schema is ours too
        mark = {"reason": reason, "added": True}
    param["schema"] = {
        "type": "string",
        "anyOf": [{"type": "string", "pattern": pattern}],
        MARK: {**mark, "answered_by": "handler"},
    }


def ledger_report_patterns(op: dict[str, Any]) -> None:
    """The ledger report's names and id filters, in the ledger's vocabulary (they were the invoice report's
    patterns, copied with its parameters, or none)."""
    from campfire_mock.reports.ledger_fields import LEDGER

    patterns = {
        "group_fields": dimensions(LEDGER),
        "pivot_fields": dimensions(LEDGER),
        "aggregation_fields": aggregations(LEDGER.measures, LEDGER.count_field),
        "columns": names(LEDGER.detail_columns),
        "mode": MODE,
        "posted_at_timeframe": REPORT_TIMEFRAME,
        **dict.fromkeys((*LEDGER.id_filters, *LEDGER.set_columns), REPORT_IDS),
        **{alias: REPORT_IDS for alias, name in LEDGER.aliases.items() if name in (*LEDGER.id_filters, "tag")},
    }
    for param in op["parameters"]:
        if param.get("in") == "query" and param.get("name") == "sort":
            sorted_by(param, LEDGER)
        pattern = patterns.get(param.get("name", ""))
        if param.get("in") != "query" or pattern is None:
            continue
        param["schema"] = {k: v for k, v in param["schema"].items() if k not in ("anyOf", MARK)}
        stated(param, pattern, MODE_REASON if param["name"] == "mode" else LEDGER_NAMES_REASON, added=True)


GL_LOG_NAMES_REASON = (
    "a rule the service enforces, stated so a client can keep it: the GL log's `group_fields`, `pivot_fields`"
    " and `aggregation_fields` are the ledger report's names (its description's account, vendor,"
    " tag_group_<id>, sum:amount, count:id), and so are those its totals and the general ledger take with its"
    " filters; each answers as before, and 400 in the ledger report's words for a name that is none"
    ' ("Unknown field(s) ...")'
)


def gl_log_patterns(paths: dict[str, Any]) -> None:
    """The GL log's grouping parameters as the ledger report's patterns (``views/ledger_reports.py``'s
    ``check_grouping`` reads them so)."""
    from campfire_mock.reports.ledger_fields import LEDGER

    op = paths.get("/coa/api/transaction", {}).get("get")
    patterns = {
        "group_fields": dimensions(LEDGER),
        "pivot_fields": dimensions(LEDGER),
        "aggregation_fields": aggregations(LEDGER.measures, LEDGER.count_field),
    }
    for param in (op or {}).get("parameters", []):
        pattern = patterns.get(param.get("name", ""))
        if param.get("in") == "query" and pattern is not None and param.get("schema") == {"type": "string"}:
            stated(param, pattern, GL_LOG_NAMES_REASON)


__all__ = [
    "AGGREGATIONS_REASON",
    "GL_LOG_NAMES_REASON",
    "LEDGER_NAMES_REASON",
    "MODE",
    "MODE_REASON",
    "REPORT_IDS",
    "SORT_REASON",
    "aggregations",
    "dimensions",
    "gl_log_patterns",
    "ledger_report_patterns",
    "names",
    "sort_columns",
    "sorted_by",
    "stated",
]
