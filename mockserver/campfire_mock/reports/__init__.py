"""Invoice report engine: rows and a frozen query in, a result out (no HTTP, no store)."""

from .engine import ReportResult, run_report
from .query import ReportQuery
from .rows import ReportRow

__all__ = ["ReportQuery", "ReportResult", "ReportRow", "run_report"]
