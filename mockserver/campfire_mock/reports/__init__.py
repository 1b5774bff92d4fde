"""Report engine: a table (invoice lines, GL lines) and a frozen query in, a result out (no HTTP, no store)."""

from .csv_export import to_csv
from .engine import ReportResult, run_report
from .query import ReportQuery
from .rows import ReportRow, ReportTable

__all__ = ["ReportQuery", "ReportResult", "ReportRow", "ReportTable", "run_report", "to_csv"]
