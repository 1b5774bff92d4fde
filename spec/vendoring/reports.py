"""The report operations' additions: CSV answers, report extensions and fields, the reports' engine."""

from __future__ import annotations

import copy
from typing import Any

from vendoring.common import MARK, _changed
from vendoring.report_names import (
    AGGREGATIONS_REASON,
    MODE,
    MODE_REASON,
    REPORT_IDS,
    REPORT_TIMEFRAME,
    aggregations,
    dimensions,
    names,
    sorted_by,
    stated,
)
from vendoring.timestamps import CAMPFIRE_DAY_TEXT


def add_report_csv(op: dict[str, Any]) -> None:
    if not op["operationId"].startswith("coa_api_v1_invoice_report_"):
        return
    content = op["responses"]["200"]["content"]
    content["text/csv"] = {
        "schema": {"type": "string"},
        MARK: {"reason": "mode=csv streams the report as CSV", "added": True},
    }


REPORT_FILTERS_REASON = "report extension: due/paid/terms/invoice filters"
REPORT_SORT_REASON = "report extension: multi-column sort, repeatable (ActiveCollab, TeamUp)"
REPORT_NESTED_REASON = "report extension: nested groups, at most 2 levels (ActiveCollab)"
REPORT_TEAMUP_REASON = "report extension: TeamUp's date-time filters and page/page_size paging"
REPORT_DETAIL_REASON = "report extension: detail mode (one row per invoice with chosen columns, ActiveCollab's export)"
REPORT_FLAT_REASON = "report extension: flat grouping (every level at once, TeamUp's grouped report)"
REPORT_TIMEFRAME_REASON = "report extension: relative timeframes (TeamUp's *_timeframe, on the workspace clock)"
REPORT_DISCOUNT_REASON = "report extension: discount filter (TeamUp's discount_applied)"
REPORT_CREATED_REASON = "report extension: creation date-time bounds (ActiveCollab's creation date)"
#: The dates and instants a ``<field>_timeframe`` parameter bounds.
REPORT_TIMEFRAME_FIELDS = ("invoice_date", "due_date", "paid_date", "paid_at", "updated_at", "created_at")

#: (name, schema, other fields of the parameter, reason) of each extra report parameter.
REPORT_EXTENSION_PARAMS: tuple[tuple[str, dict[str, Any], dict[str, Any], str], ...] = (
    # sort=client_name,-amount, and a repeated sort adds keys: a form-exploded array.
    ("sort", {"type": "array", "items": {"type": "string"}}, {"style": "form", "explode": True}, REPORT_SORT_REASON),
    ("terms", {"type": "string"}, {}, REPORT_FILTERS_REASON),
    ("invoice_id", {"type": "string"}, {}, REPORT_FILTERS_REASON),
    ("due_start_date", {"type": "string"}, {}, REPORT_FILTERS_REASON),
    ("due_end_date", {"type": "string"}, {}, REPORT_FILTERS_REASON),
    ("paid_start_date", {"type": "string"}, {}, REPORT_FILTERS_REASON),
    ("paid_end_date", {"type": "string"}, {}, REPORT_FILTERS_REASON),
    ("nested", {"type": "boolean"}, {}, REPORT_NESTED_REASON),
    # Date-times, or dates (a whole day); as strings so the mock can name a bad one in DRF's words.
    ("paid_at_gte", {"type": "string"}, {}, REPORT_TEAMUP_REASON),
    ("paid_at_lte", {"type": "string"}, {}, REPORT_TEAMUP_REASON),
    ("updated_at_gte", {"type": "string"}, {}, REPORT_TEAMUP_REASON),
    ("updated_at_lte", {"type": "string"}, {}, REPORT_TEAMUP_REASON),
    ("page", {"type": "integer", "minimum": 1}, {}, REPORT_TEAMUP_REASON),
    ("page_size", {"type": "integer", "minimum": 0, "maximum": 10000}, {}, REPORT_TEAMUP_REASON),
    ("columns", {"type": "string"}, {}, REPORT_DETAIL_REASON),
    ("flat", {"type": "boolean"}, {}, REPORT_FLAT_REASON),
    ("discount_applied", {"type": "boolean"}, {}, REPORT_DISCOUNT_REASON),
    ("created_at_gte", {"type": "string"}, {}, REPORT_CREATED_REASON),
    ("created_at_lte", {"type": "string"}, {}, REPORT_CREATED_REASON),
    *((f"{name}_timeframe", {"type": "string"}, {}, REPORT_TIMEFRAME_REASON) for name in REPORT_TIMEFRAME_FIELDS),
)

#: Campfire's ORM names for the report filters, as its ``filter_params`` spell them
#: (``{"invoice__client_id": 42}`` in the report example); the mock answers with them and accepts both.
REPORT_ORM_PARAMS = (
    "invoice__client_id",
    "invoice__entity_id",
    "invoice__contract_id",
    "product_id",
    "department_id",
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

REPORT_EXTENSION_FIELDS: dict[str, Any] = {
    "columns": {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "key": {"type": "string"},
                "label": {"type": "string"},
                "kind": {"type": "string", "enum": ["dimension", "name", "aggregate", "pivot", "field"]},
                "sortable": {"type": "boolean"},
                "sorted": {
                    "type": "object",
                    "properties": {
                        "order": {"type": "string", "enum": ["asc", "desc"]},
                        "priority": {"type": "integer"},
                    },
                    "required": ["order", "priority"],
                },
            },
            "required": ["key", "label", "kind", "sortable"],
        },
    },
    "totals_by_currency": {
        "type": "array",
        "items": {"type": "object", "additionalProperties": {}},
    },
}


#: Fields a report row carries beyond upstream's ``filter_params``/``group_id``/``id``, with their reasons.
REPORT_ROW_FIELDS: dict[str, tuple[dict[str, Any], str]] = {
    "label": ({"type": "string"}, "report extension: the null group labelled Unknown (ActiveCollab)"),
    "mixed_currency": (
        {"type": "boolean"},
        "report extension: amounts in several currencies are null, given per currency",
    ),
    "totals_by_currency": (
        {"type": "array", "items": {"type": "object", "additionalProperties": {}}},
        "report extension: amounts in several currencies are null, given per currency",
    ),
    "sub_rows": (
        {"type": "array", "items": {"type": "object", "additionalProperties": {}}},
        REPORT_NESTED_REASON,
    ),
}


REPORT_NAMES_REASON = (
    "a rule the service enforces, stated so a client can keep it: the invoice report's `group_fields` and"
    " `columns` are comma-separated names of its dimensions (the description's client_id, invoice_id,"
    " invoice_date_month, product_id, ...) and detail columns, and its `paid_at`, `updated_at` and `created_at`"
    ' bounds a date or an ISO 8601 date-time; the service answers 400 in its own words otherwise ("Unknown'
    ' field(s) ...", "Datetime has wrong format. ..."), so the pattern is an `anyOf` its handler answers'
)
#: The instants a report filter bounds: a date (its whole day) or an ISO 8601 date-time, or empty (no bound).
#: ``[0-9]``, not ``\d``: a generator's ``\d`` draws any Unicode digit, which ``fromisoformat`` refuses.
REPORT_INSTANT = (
    rf"^({CAMPFIRE_DAY_TEXT}"
    r"(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?)?$"
).replace(r"\d", "[0-9]")
REPORT_INSTANTS = ("paid_at_gte", "paid_at_lte", "updated_at_gte", "updated_at_lte", "created_at_gte", "created_at_lte")
#: The parameters ``REPORT_NAMES_REASON`` explains (the rest are ``REPORT_FILTER_RULES_REASON``'s).
REPORT_NAMED = ("group_fields", "columns", *REPORT_INSTANTS)
STATUS_REASON = (
    "a rule the service enforces, stated so a client can keep it: the invoice report's `payment_status` (and"
    " its ORM name) is comma-separated statuses (draft, open, sent, partial, paid, uncollectible, voided) or"
    ' `null`; the service answers 400 in its own words otherwise ("Unknown value(s) ... Allowed: ...")'
)
#: The parameters ``AGGREGATIONS_REASON`` explains.
AGGREGATED = ("aggregation_fields", "pivot_fields")


REPORT_FILTER_RULES_REASON = (
    "a rule the service enforces, stated so a client can keep it: the invoice report's id filters"
    " (`client_id`, `department_id`, `product_id`, ... and their ORM names) are comma-separated integer ids or"
    " `null`, its date bounds a day (YYYY-MM-DD) or `null`, and a `<field>_timeframe` one of the timeframes the"
    " report reads (today, yesterday, this_/last_"
    " week, month, quarter or year, last_<N>_days with N from 1 to 36600); the service answers 400 in its own"
    ' words otherwise ("Give comma-separated integer ids (or null).", "Unknown timeframe ...")'
)
#: The id filters, by their plain and ORM names (``reports/fields.py``'s ``ID_FILTERS`` and ``ORM_NAMES``).
REPORT_ID_FILTERS = (
    "client_id",
    "contract_id",
    "department_id",
    "product_id",
    "entity_id",
    "invoice_id",
    "invoice__client_id",
    "invoice__entity_id",
    "invoice__contract_id",
)
#: The report's date bounds, by their plain and ORM names: a day (``YYYY-MM-DD``), ``null`` or nothing.
REPORT_DAYS = (
    "start_date",
    "end_date",
    "due_start_date",
    "due_end_date",
    "paid_start_date",
    "paid_end_date",
    *(f"invoice__{field}__{bound}" for field in ("invoice_date", "due_date", "paid_date") for bound in ("gte", "lte")),
)
REPORT_DAY = rf"^( *(null|{CAMPFIRE_DAY_TEXT.removesuffix('$')}) *)?$".replace(r"\d", "[0-9]")


def _report_patterns(op: dict[str, Any]) -> None:
    """The invoice report's name lists (``group_fields``, ``columns``, ``pivot_fields``, ``aggregation_fields``,
    ``payment_status``), ``mode``, id filters, days, timeframes and instants (``updated_at_gte``, ...) as
    patterns of what the mock reads (``reports/reader.py``), from its vocabulary (``reports/fields.py``)."""
    from campfire_mock.reports.fields import INVOICE, STATUSES

    patterns = {
        "columns": names(INVOICE.detail_columns),
        "pivot_fields": dimensions(INVOICE),
        "mode": MODE,
        **dict.fromkeys(("payment_status", "invoice__payment_status"), names((*STATUSES, "null"))),
        "aggregation_fields": aggregations(INVOICE.measures, INVOICE.count_field),
        **dict.fromkeys(REPORT_INSTANTS, REPORT_INSTANT),
        **dict.fromkeys(REPORT_ID_FILTERS, REPORT_IDS),
        **dict.fromkeys((f"{name}_timeframe" for name in REPORT_TIMEFRAME_FIELDS), REPORT_TIMEFRAME),
        **dict.fromkeys(REPORT_DAYS, REPORT_DAY),
    }
    if not INVOICE.set_columns:  # a set's groups (``tag_group_<id>``) would need a pattern of their own
        patterns["group_fields"] = names(INVOICE.dimensions)
    for param in op["parameters"]:
        if param.get("in") == "query" and param.get("name") == "sort":
            sorted_by(param, INVOICE)
        pattern = patterns.get(param.get("name", ""))
        if param.get("in") != "query" or param.get("schema") != {"type": "string"} or pattern is None:
            continue
        reason = REPORT_NAMES_REASON if param["name"] in REPORT_NAMED else REPORT_FILTER_RULES_REASON
        if param["name"] in ("payment_status", "invoice__payment_status"):
            reason = STATUS_REASON
        if param["name"] in AGGREGATED:
            reason = AGGREGATIONS_REASON
        stated(param, pattern, MODE_REASON if param["name"] == "mode" else reason)


def add_report_extensions(op: dict[str, Any]) -> None:
    """Extra report parameters (sorting, nesting, more filters, page paging), documented extensions; the name
    lists, instants, id filters and timeframes say what the mock reads."""
    if not op["operationId"].startswith("coa_api_v1_invoice_report_"):
        return
    for name, schema, extra, reason in REPORT_EXTENSION_PARAMS:
        op["parameters"].append(
            {
                "in": "query",
                "name": name,
                **extra,
                "schema": copy.deepcopy(schema),
                MARK: {"reason": reason, "added": True},
            }
        )
    declared = {p.get("name") for p in op["parameters"]}
    for name in REPORT_ORM_PARAMS:
        if name in declared:
            continue
        op["parameters"].append(
            {
                "in": "query",
                "name": name,
                "schema": {"type": "string"},
                MARK: {
                    "reason": "filter_params use Campfire's ORM names (invoice__client_id); sent back, they filter",
                    "added": True,
                },
            }
        )
    _report_patterns(op)


def add_report_fields(schemas: dict[str, Any]) -> None:
    """Column metadata and per-currency totals in the report response, and the row fields of our
    extensions (extra properties, which both schemas allow)."""
    props = schemas["InvoiceReportResponse"]["properties"]
    for name, schema in REPORT_EXTENSION_FIELDS.items():
        props[name] = {
            **schema,
            MARK: {"reason": "report extension: column metadata and totals per currency", "added": True},
        }
    row = schemas["InvoiceReportResultRow"]["properties"]
    for name, (schema, reason) in REPORT_ROW_FIELDS.items():
        row[name] = {**schema, MARK: {"reason": reason, "added": True}}


def allow_empty_cursor(op: dict[str, Any]) -> None:
    """``cursor=`` (empty) is how Campfire says to start cursor paging."""
    if op["operationId"] not in ("coa_api_v1_invoice_payments_list", "coa_api_v1_bill_payments_list"):
        return
    for i, param in enumerate(op["parameters"]):
        if param["name"] == "cursor":
            op["parameters"][i] = _changed(
                param,
                {**param, "allowEmptyValue": True},
                "an empty cursor= starts cursor paging, as Campfire documents",
            )


#: Why the reports' ``engine_used`` may name the twin's engine.
ENGINE_REASON = (
    "reports name the engine that ran them: the twin's reports run in memory (numpy over its own tables and"
    " ledger columns), not on Postgres, so `engine_used` answers `memory` rather than claim `postgres`"
)


def twin_engine(schemas: dict[str, Any]) -> None:
    """``EngineUsedEnum`` offers ``memory``, the engine the twin's reports really run on."""
    schema = schemas.get("EngineUsedEnum")
    if schema is None or "memory" in schema.get("enum", []):
        return
    new = copy.deepcopy(schema)
    new["enum"] = [*schema["enum"], "memory"]
    new["description"] = f"{schema.get('description', '')}\n* `memory` - the twin's in-memory engine".lstrip()
    schemas["EngineUsedEnum"] = _changed(schema, new, ENGINE_REASON)
