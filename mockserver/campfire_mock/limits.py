"""The documented limits on what one request may ask of the mock (README, "Limits").

Each is answered with a 400 naming the field, or a 413, before any work is done that
could stall the server or exhaust its memory; none of them changes state.
"""

from __future__ import annotations

#: Most cells (groups x pivot values x aggregates) one report may compute: 413 above it.
MAX_REPORT_CELLS = 5_000_000

#: Request body size (``--max-body-bytes``): 413 above it.
DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024
#: Nesting of objects and lists in a JSON body: 400 deeper.
MAX_JSON_DEPTH = 32
#: Distinct field names of a form-encoded or multipart body (a repeated name is one list): 413 above it.
MAX_FORM_FIELDS = 1_000
#: Lines of one invoice: 400 above it.
MAX_LINES = 1_000
#: Ids and integers anywhere: SQLite's (and Postgres's bigint) range.
MAX_INT = 2**63 - 1
#: Dates and the workspace clock stay within these years, so reports can bucket any date.
MIN_YEAR, MAX_YEAR = 1900, 9000
#: Request log: entries kept per workspace, and characters kept of a path or query string.
REQUEST_LOG_ENTRIES = 10_000
REQUEST_LOG_TEXT = 2_048

#: Webhook delivery attempts kept in memory for the testing kit (the events log of each webhook is in the workspace).
WEBHOOK_LOG_ENTRIES = 10_000
#: Deliveries waiting to be sent at once; more are dropped with a log line.
WEBHOOK_PENDING = 10_000

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "MAX_FORM_FIELDS",
    "MAX_INT",
    "MAX_JSON_DEPTH",
    "MAX_LINES",
    "MAX_REPORT_CELLS",
    "MAX_YEAR",
    "MIN_YEAR",
    "REQUEST_LOG_ENTRIES",
    "REQUEST_LOG_TEXT",
    "WEBHOOK_LOG_ENTRIES",
    "WEBHOOK_PENDING",
]
