"""The documented limits on what one request may ask of the mock (README, "Limits").

Each is answered with a 400 naming the field, or a 413, before any work is done that
could stall the server or exhaust its memory; none of them changes state.
"""

from __future__ import annotations

#: Most cells (groups x pivot values x aggregates) one report may compute: 413 above it.
MAX_REPORT_CELLS = 1_000_000

#: Most amounts one financial statement may answer (its rows, account and summary, times its breakdown's
#: groups, times its columns): 400 naming ``cadence`` above it. About 0.3 s of one core at its worst.
MAX_STATEMENT_AMOUNTS = 100_000

#: Page size of every list and report (``limit``): the default, and the most one page may hold.
DEFAULT_LIMIT = 100
MAX_LIMIT = 10_000
#: Distinct fields one ``sort``/``ordering`` may name (a repeated field counts once): 400 naming it above.
MAX_SORT_KEYS = 10
#: Bytes of an upstream answer the proxy holds to check it; a larger answer passes through, reported unchecked.
PROXY_CHECK_BYTES = 10 * 1024 * 1024
#: Request body size (``--max-body-bytes``): 413 above it.
DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024
#: Body size of a snapshot import (``--max-import-bytes``), so a large workspace's export re-imports: 413 above it.
DEFAULT_MAX_IMPORT_BYTES = 100 * 1024 * 1024
#: Bytes one workspace may store (``--max-workspace-bytes``; its objects as compact JSON, as the state file
#: keeps them): a write beyond it is a 413 that changes nothing. 256 MiB holds a 100,000-invoice workspace.
DEFAULT_MAX_WORKSPACE_BYTES = 256 * 1024 * 1024
#: Characters of a text field the schema gives no ``maxLength`` (generic resources): 400 naming it above.
MAX_TEXT_CHARS = 1_000_000
#: Bytes of request bodies being read at once, server-wide (at least one import and one API body): a request
#: whose body would go beyond it is answered 503 (retry shortly).
MAX_INFLIGHT_BODY_BYTES = 256 * 1024 * 1024
#: Workspaces held at once (``--max-workspaces``): a new token beyond it is answered 503.
DEFAULT_MAX_WORKSPACES = 1_000
#: Faults armed at once in one workspace: 400 above it.
MAX_FAULTS = 100
#: Stubs armed at once in one workspace (400 above it), and the size of one, encoded (413 above it).
MAX_STUBS = 100
MAX_STUB_BYTES = 1024 * 1024
#: Seconds a request's headers may take to arrive (the connection is closed after it), and its body (408).
HEADER_TIMEOUT_SECONDS = 10.0
BODY_TIMEOUT_SECONDS = 30.0
#: Connections served at once (``--max-connections``); a request beyond it is answered 503.
DEFAULT_MAX_CONNECTIONS = 512
#: Nesting of objects and lists in a JSON body: 400 deeper.
MAX_JSON_DEPTH = 32
#: Distinct field names of a form-encoded or multipart body (a repeated name is one list): 413 above it.
MAX_FORM_FIELDS = 1_000
#: Lines of one invoice: 400 above it.
MAX_LINES = 1_000
#: Items of one array field of a body where the spec sets no ``maxItems`` (400 naming the field above it),
#: checked before any item is validated.
MAX_ITEMS = 1_000
#: Items of any array in a JSON body, whatever its field allows (the most any field's ``maxItems`` is):
#: 400 naming the field above it, found while the body is parsed.
MAX_JSON_ITEMS = 10_000
#: Values of a JSON body in all (its commas and colons outside strings), counted before it is parsed: 413 above it.
MAX_JSON_VALUES = 200_000
#: Values of a form body, a repeated name counting once per value: 413 above it, before it is parsed. Twice
#: the most any field's ``maxItems`` is (10,000), so that the largest valid form fits with its other fields.
MAX_FORM_VALUES = 20_000
#: Item errors shown per array field of a 400 (the first ones; a ``non_field_errors`` line counts the rest).
MAX_ITEM_ERRORS = 100
#: Invoices of one bulk create, and their lines in all: 400 above either.
MAX_BULK_INVOICES = 250
MAX_BULK_LINES = 1_000
#: Ids and integers anywhere: SQLite's (and Postgres's bigint) range.
MAX_INT = 2**63 - 1
#: Dates a request may hold: every year Python's and DRF's ``DateField`` take (an independent Schemathesis run
#: draws them from the whole range; a date the mock cannot count from, such as terms past 9999-12-31, is a 400).
MIN_YEAR, MAX_YEAR = 1, 9999
#: The workspace clock stays within these years, so that relative timeframes (``last_year``, aging buckets,
#: the next period) and every date counted from today stay inside the years dates may hold.
CLOCK_MIN_YEAR, CLOCK_MAX_YEAR = 1900, 9000
#: Request log: entries kept per workspace, and characters kept of a path or query string.
REQUEST_LOG_ENTRIES = 10_000
REQUEST_LOG_TEXT = 2_048
#: Request log: characters kept of a request body, and headers kept of a request.
REQUEST_LOG_BODY = 4_096
REQUEST_LOG_HEADERS = 50

#: Webhook delivery attempts kept in memory for the testing kit (the events log of each webhook is in the workspace).
WEBHOOK_LOG_ENTRIES = 10_000
#: Deliveries one workspace may have waiting (queued, under way or due for a retry); more are dropped, and
#: the drop recorded in that workspace's webhook events logs. Other workspaces have their own share.
WEBHOOK_PENDING = 10_000
#: Rows kept in each webhook's ``events`` log (the oldest are deleted as new attempts come).
WEBHOOK_EVENTS_KEPT = 100
#: Webhooks one workspace may have (Stripe's limit of 16 endpoints per account; Campfire documents none):
#: creating one more is a 400 (``non_field_errors``).
MAX_WEBHOOKS = 16
#: Webhook events one write may send (events with at least one subscribed webhook): 413 above it, the write
#: undone. A clock move that makes more invoices past due must move in smaller steps.
MAX_WRITE_EVENTS = 2_000

__all__ = [
    "BODY_TIMEOUT_SECONDS",
    "CLOCK_MAX_YEAR",
    "CLOCK_MIN_YEAR",
    "DEFAULT_LIMIT",
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_MAX_IMPORT_BYTES",
    "DEFAULT_MAX_WORKSPACES",
    "DEFAULT_MAX_WORKSPACE_BYTES",
    "HEADER_TIMEOUT_SECONDS",
    "MAX_BULK_INVOICES",
    "MAX_BULK_LINES",
    "MAX_FAULTS",
    "MAX_FORM_FIELDS",
    "MAX_FORM_VALUES",
    "MAX_INFLIGHT_BODY_BYTES",
    "MAX_INT",
    "MAX_ITEMS",
    "MAX_ITEM_ERRORS",
    "MAX_JSON_DEPTH",
    "MAX_JSON_ITEMS",
    "MAX_JSON_VALUES",
    "MAX_LIMIT",
    "MAX_LINES",
    "MAX_REPORT_CELLS",
    "MAX_SORT_KEYS",
    "MAX_STATEMENT_AMOUNTS",
    "MAX_STUBS",
    "MAX_STUB_BYTES",
    "MAX_TEXT_CHARS",
    "MAX_WEBHOOKS",
    "MAX_WRITE_EVENTS",
    "MAX_YEAR",
    "MIN_YEAR",
    "PROXY_CHECK_BYTES",
    "REQUEST_LOG_BODY",
    "REQUEST_LOG_ENTRIES",
    "REQUEST_LOG_HEADERS",
    "REQUEST_LOG_TEXT",
    "WEBHOOK_EVENTS_KEPT",
    "WEBHOOK_LOG_ENTRIES",
    "WEBHOOK_PENDING",
]
