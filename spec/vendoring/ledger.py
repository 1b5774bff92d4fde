"""The general ledger: the GL log's bodies and filters, the ledger report, writable entry lines."""

from __future__ import annotations

import copy
from typing import Any

from vendoring.common import HTTP_METHODS, MARK, _changed, add_error_responses
from vendoring.report_names import gl_log_patterns, ledger_report_patterns

#: The GL log, its totals and the general ledger answer data though upstream declares no body
#: (observed-shapes.md: the GL log is a DRF page of ``ChartTransaction`` rows).
GL_LIST, GL_TOTALS, GENERAL_LEDGER = (
    "coa_api_transaction_retrieve",
    "get_chart_transaction_totals",
    "coa_api_general_ledger_retrieve",
)
GL_BODY_REASON = "the GL log returns a DRF page of ChartTransaction rows; upstream declares no body"
GL_FILTERS_REASON = "the GL log's filters, which its totals and the general ledger apply"
#: ``journal_id`` on the GL log: the ``_id`` spelling of a line's ``journal``, as ``account_id`` is ``account``'s.
GL_JOURNAL_ID = {
    "in": "query",
    "name": "journal_id",
    "schema": {"type": "integer"},
    "description": "The lines of this journal entry (a line's `journal`); an id no entry has keeps none.",
    MARK: {
        "reason": (
            "upstream's GL log declares `exclude_journal` (an entry id, so its filter set filters by `journal`)"
            " and the journal entry list documents `journal_id`; the GL log takes the `_id` spelling of its lines'"
            " `journal` as it takes `account_id` and `entity_id` (the twin's choice, no evidence of Campfire's"
            " that the GL log reads it)"
        ),
        "added": True,
    },
}
_NUMBER = {"type": "number", "format": "double"}
LEDGER_SCHEMAS: dict[str, Any] = {
    "PaginatedChartTransactionList": {
        "type": "object",
        "required": ["count", "results"],
        "properties": {
            "count": {"type": "integer"},
            "next": {"type": "string", "nullable": True, "format": "uri"},
            "previous": {"type": "string", "nullable": True, "format": "uri"},
            "results": {"type": "array", "items": {"$ref": "#/components/schemas/ChartTransaction"}},
        },
    },
    "ChartTransactionTotals": {
        "type": "object",
        "required": ["count", "debit_amount", "credit_amount", "amount"],
        "properties": {
            "count": {"type": "integer"},
            **{name: {**_NUMBER} for name in ("debit_amount", "credit_amount", "amount")},
            **{f"{name}_book": {**_NUMBER, "nullable": True} for name in ("debit_amount", "credit_amount", "amount")},
        },
    },
    "GeneralLedgerAccount": {
        "type": "object",
        "properties": {
            "account_id": {"type": "integer", "nullable": True},
            "account_name": {"type": "string"},
            "account_number": {"type": "string", "nullable": True},
            "account_type": {"type": "string", "nullable": True},
            **{name: {**_NUMBER} for name in ("opening_balance", "debits", "credits", "closing_balance")},
            "transactions": {"type": "array", "items": {"$ref": "#/components/schemas/ChartTransaction"}},
        },
    },
    "GeneralLedger": {
        "type": "object",
        "required": ["accounts"],
        "properties": {
            "currency": {"type": "string"},
            "start_date": {"type": "string", "format": "date", "nullable": True},
            "end_date": {"type": "string", "format": "date", "nullable": True},
            "accounts": {"type": "array", "items": {"$ref": "#/components/schemas/GeneralLedgerAccount"}},
        },
    },
}
LEDGER_BODIES = {
    GL_LIST: ("The GL transaction log, a page of ledger lines", "PaginatedChartTransactionList", GL_BODY_REASON),
    GL_TOTALS: (
        "Sums of the GL lines the filters select",
        "ChartTransactionTotals",
        "the totals of the GL log's lines; upstream declares no body",
    ),
    GENERAL_LEDGER: (
        "Per account: opening balance, lines, debits, credits, closing balance",
        "GeneralLedger",
        "the general ledger by account; upstream declares no body",
    ),
}


def add_ledger_bodies(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """The GL log, its totals and the general ledger: their bodies, the GL log's ``cursor`` (Campfire's docs
    tell to send an empty ``cursor=``), and its filters on the other two; a GL line's consolidated ``amount``
    is null where no rate converts it."""
    ops = {op["operationId"]: op for item in paths.values() for m, op in item.items() if m in HTTP_METHODS}
    if GL_LIST not in ops:
        return
    for name, schema in LEDGER_SCHEMAS.items():
        schemas[name] = {**copy.deepcopy(schema), MARK: {"reason": GL_BODY_REASON, "added": True}}
    for op_id, (description, schema_name, reason) in LEDGER_BODIES.items():
        op = ops[op_id]
        ok = op["responses"]["200"]
        body = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_name}"}}}
        op["responses"]["200"] = _changed(ok, {"description": description, "content": body}, reason)
    gl = ops[GL_LIST]
    if all(p.get("name") != "journal_id" for p in gl.get("parameters", [])):
        gl.setdefault("parameters", []).append(copy.deepcopy(GL_JOURNAL_ID))
    filters = [
        {k: v for k, v in copy.deepcopy(p).items() if k != MARK} for p in gl["parameters"] if p.get("in") == "query"
    ]
    gl["parameters"].append(
        {
            "in": "query",
            "name": "cursor",
            "allowEmptyValue": True,
            "schema": {"type": "string"},
            "description": "Send empty to start cursor paging in (last_modified_at, id) order; follow `next`.",
            MARK: {"reason": "cursor paging of the GL log, as Campfire's docs describe", "added": True},
        }
    )
    for op_id in (GL_TOTALS, GENERAL_LEDGER):
        params = ops[op_id].setdefault("parameters", [])
        params += [{**p, MARK: {"reason": GL_FILTERS_REASON, "added": True}} for p in copy.deepcopy(filters)]
        add_error_responses(ops[op_id], "get")  # now that it has input: its 400
    amount = schemas["ChartTransaction"]["properties"]["amount"]
    schemas["ChartTransaction"]["properties"]["amount"] = _changed(
        amount, {**amount, "nullable": True}, "null where no exchange rate converts a line to the root currency"
    )


#: The ledger through the report engine: Campfire's GL log takes ``group_fields``/``group_keys``/``pivot_fields``/
#: ``shouldPivot``/``aggregation_fields`` (``sum:amount,count:id``) but documents no answer for them, and its list
#: answer stays a page of lines; the grouped answer, in the invoice report's shape, is served beside it.
LEDGER_REPORT_PATH = "/coa/api/transaction/report"
LEDGER_REPORT_REASON = (
    "the GL log's grouping parameters (group_fields, pivot_fields, aggregation_fields) answered by the report"
    " engine over ledger lines, in the invoice report's shape; Campfire documents no grouped answer"
)
#: The invoice report's parameters the ledger report takes too (grouping, values, paging, output, sort).
LEDGER_REPORT_SHARED = (
    "group_fields",
    "group_keys",
    "pivot_fields",
    "shouldPivot",
    "aggregation_fields",
    "include_totals",
    "mode",
    "limit",
    "offset",
    "sort",
    "nested",
    "flat",
    "columns",
    "page",
    "page_size",
)
#: The GL log's own filters (comma lists or repeated, as its other filters) and the ledger's extensions.
LEDGER_REPORT_FILTERS: tuple[tuple[str, dict[str, Any], str], ...] = (
    (
        "start_date",
        {"type": "string", "format": "date"},
        "Earliest posting date (inclusive); six months ago if no bound",
    ),
    ("end_date", {"type": "string", "format": "date"}, "Latest posting date (inclusive); the end of this month"),
    ("all_time", {"type": "boolean"}, "Every date: start_date and end_date are ignored"),
    ("posted_at_timeframe", {"type": "string"}, "this_month, last_quarter, last_<N>_days... on the workspace clock"),
    *(
        (name, {"type": "string"}, "Ids, comma-separated or repeated; null for none")
        for name in (
            "account",
            "account_id",
            "accounts",
            "entity",
            "entity_id",
            "vendor",
            "vendor_id",
            "department",
            "department_id",
            "journal",
            "journal_id",
            "tag",
            "tag_id",
        )
    ),
    *(
        (name, {"type": "string"}, "Values, comma-separated or repeated")
        for name in (
            "currency",
            "entity_currency",
            "journal_type",
            "account_type",
            "account_subtype",
        )
    ),
    ("no_department", {"type": "boolean"}, "Lines without a department (department=null)"),
    ("no_vendor", {"type": "boolean"}, "Lines without a vendor (vendor=null)"),
)


def add_ledger_report(paths: dict[str, Any]) -> None:
    """``GET /coa/api/transaction/report``: GL lines grouped, pivoted, totalled per currency or listed, with the
    invoice report's answer (JSON or CSV) and the GL log's filters."""
    gl = paths.get("/coa/api/transaction", {}).get("get")
    preview = paths.get("/coa/api/v1/invoice/report/preview", {}).get("get")
    if gl is None or preview is None:
        return
    by_name = {p["name"]: p for p in preview.get("parameters", [])}
    params = [{k: v for k, v in copy.deepcopy(by_name[n]).items() if k != MARK} for n in LEDGER_REPORT_SHARED]
    params += [
        {"in": "query", "name": name, "schema": schema, "description": text}
        for name, schema, text in LEDGER_REPORT_FILTERS
    ]
    op: dict[str, Any] = {
        "operationId": "coa_api_transaction_report_retrieve",
        "summary": "Report on GL transactions",
        "description": (
            "Ledger lines grouped by `group_fields` (account, account_type, account_subtype, entity, vendor,"
            " department, journal, journal_type, currency, entity_currency, posted_at_<day|week|month|quarter|year>,"
            " tag_group_<id>: a line's tag in that tag group, as the income statement's group_by=tag),"
            " with `aggregation_fields` (sum/avg/min/max of amount, debit_amount, credit_amount and their _book"
            " twins; count:id), pivots, totals per currency, detail listings (`columns`) and CSV, as the invoice"
            " report. The GL log's filters and date window apply."
        ),
        "tags": copy.deepcopy(gl.get("tags", [])),
        "security": copy.deepcopy(gl.get("security", [])),
        "parameters": params,
        "responses": copy.deepcopy({"200": preview["responses"]["200"]}),
        MARK: {"reason": LEDGER_REPORT_REASON, "added": True},
    }
    ledger_report_patterns(op)
    add_error_responses(op, "get")
    paths[LEDGER_REPORT_PATH] = {"get": op}
    gl_log_patterns(paths)


#: The line schema upstream's entries refer to.
LINE_REF = "#/components/schemas/ChartTransaction"
#: Entries whose lines a client writes, though upstream marks ``transactions`` read-only.
WRITABLE_LINES = ("JournalEntry", "IntercompanyJournalEntry")
WRITABLE_LINES_REASON = (
    "an entry's lines are written by the client: upstream's own request examples (IntercompanyJournalEntryRequest)"
    " and Campfire's journal-entry guide send `transactions`, and the entry is nothing without them; upstream"
    " marks them read-only (and so required in answers only), so here they are writable and optional in requests;"
    ' each line\'s `tags` too, which the same examples send as objects (`[{"id": "8304", "name": ...}]`)'
)


def writable_lines(schemas: dict[str, Any]) -> None:
    """A journal entry's and an intercompany entry's ``transactions`` may be sent (not read-only)."""
    for name in WRITABLE_LINES:
        schema = schemas.get(name)
        if schema is None or not schema.get("properties", {}).get("transactions", {}).get("readOnly"):
            continue
        new = copy.deepcopy(schema)
        lines = {k: v for k, v in new["properties"]["transactions"].items() if k != "readOnly"}
        if lines.get("items", {}).get("$ref") == LINE_REF and "ChartTransaction" in schemas:
            # A line sent in a request takes its entity from the entry (upstream's basic example sends none).
            line = copy.deepcopy(schemas["ChartTransaction"])
            line["required"] = [r for r in line.get("required", []) if r not in ("entity", "tags")]
            # Upstream's own journal and intercompany examples send each line's tags as objects.
            tags = line.get("properties", {}).get("tags")
            if isinstance(tags, dict):
                line["properties"]["tags"] = {k: v for k, v in tags.items() if k != "readOnly"}
            line[MARK] = {"reason": WRITABLE_LINES_REASON, "added": True}
            schemas["ChartTransactionLine"] = line
            lines["items"] = {"$ref": "#/components/schemas/ChartTransactionLine"}
        new["properties"]["transactions"] = lines
        new["required"] = [r for r in new.get("required", []) if r != "transactions"]
        schemas[name] = _changed(schema, new, WRITABLE_LINES_REASON)
