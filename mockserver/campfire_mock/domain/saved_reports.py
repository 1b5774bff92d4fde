"""Saved invoice reports of a workspace: a name and a query, run later through ``/data``."""

from __future__ import annotations

import typing as t

from ..errors import ReportNotFound
from .workspace import Workspace

Report = dict[str, t.Any]


class SavedReports:
    """Create, list, find and delete saved reports (callers hold the store lock)."""

    @staticmethod
    def get(ws: Workspace, report_id: int) -> Report:
        """The saved report ``report_id``, or a 404."""
        report = ws.reports.get(report_id)
        if report is None:
            raise ReportNotFound(report_id)
        return report

    @staticmethod
    def all(ws: Workspace) -> list[Report]:
        """Every saved report, in id order."""
        return [ws.reports[key] for key in sorted(ws.reports)]

    @staticmethod
    def create(ws: Workspace, name: str, query: dict[str, t.Any]) -> Report:
        """Save a report; a query that could never run is a 400 and saves nothing."""
        from ..reports import ReportQuery  # the engine loads with the first report, not at start-up

        ReportQuery.from_params(query, today=ws.clock.today())
        report_id = ws.next_id("invoice_report")
        report: Report = {"id": report_id, "name": name, "query": query, "created_at": ws.now_text()}
        ws.reports[report_id] = report
        return report

    @classmethod
    def delete(cls, ws: Workspace, report_id: int) -> None:
        """Forget the saved report ``report_id``, or a 404."""
        cls.get(ws, report_id)
        del ws.reports[report_id]
