"""The mock's control API (``spec/mock-admin.openapi.yaml``), per workspace."""

from __future__ import annotations

import typing as t
from datetime import timedelta

from connexion import NoContent

from ..clock import format_timestamp, parse_moment
from ..domain.errors import ReportNotFound, ValidationFailed
from ..reports import ReportQuery
from ..seeding import bundled_seed
from ..store import SNAPSHOT_FORMAT, Workspace
from .base import Handler

Body = dict[str, t.Any]


class AdminHandlers(Handler):
    def _summary(self, ws: Workspace) -> Body:
        return {"counts": ws.counts(), "now": ws.now_text()}

    def reset(self, **_: t.Any) -> tuple[Body, int]:
        ws = self.workspace()
        ws.reset()
        return self._summary(ws), 200

    def seed(self, body: Body, **_: t.Any) -> tuple[Body, int]:
        ws = self.workspace()
        seed = bundled_seed(body["seed"]) if "seed" in body else body["data"]
        loader = self.store.loader
        fresh = Workspace(seed, loader)  # validate before touching the live workspace
        ws.restore(fresh.snapshot())
        return self._summary(ws), 200

    def snapshot_export(self, **_: t.Any) -> tuple[Body, int]:
        return self.workspace().snapshot(), 200

    def snapshot_import(self, body: Body, **_: t.Any) -> tuple[Body, int]:
        ws = self.workspace()
        if body.get("format") != SNAPSHOT_FORMAT:
            raise ValidationFailed.field("format", f"Expected {SNAPSHOT_FORMAT}.")
        probe = Workspace()
        try:
            probe.restore(body)
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationFailed({"objects": [f"Not a valid snapshot: {exc}"]}) from exc
        ws.restore(body)
        return self._summary(ws), 200

    def request_log(self, limit: int = 100, offset: int = 0, **_: t.Any) -> tuple[Body, int]:
        log = list(self.workspace().request_log)
        return {"count": len(log), "results": log[offset : offset + limit]}, 200

    def _clock(self, ws: Workspace) -> Body:
        return {
            "now": format_timestamp(ws.clock.now()),
            "today": ws.clock.today().isoformat(),
            "frozen": ws.clock.frozen_at is not None,
        }

    def clock_get(self, **_: t.Any) -> tuple[Body, int]:
        return self._clock(self.workspace()), 200

    def clock_set(self, body: Body, **_: t.Any) -> tuple[Body, int]:
        ws = self.workspace()
        if "now" in body:
            try:
                ws.clock.set(parse_moment(body["now"]))
            except ValueError:
                raise ValidationFailed.field("now", "Give an ISO 8601 date or timestamp.") from None
        elif "advance_days" in body:
            ws.clock.advance(timedelta(days=body["advance_days"]))
        elif "advance_seconds" in body:
            ws.clock.advance(timedelta(seconds=body["advance_seconds"]))
        else:
            ws.clock.release()
        return self._clock(ws), 200

    def reports_list(self, **_: t.Any) -> tuple[list[Body], int]:
        ws = self.workspace()
        return [ws.reports[k] for k in sorted(ws.reports)], 200

    def reports_create(self, body: Body, **_: t.Any) -> tuple[Body, int]:
        ws = self.workspace()
        query = body.get("query") or {}
        ReportQuery.from_params(query)  # reject a definition that could never run
        report = {"id": ws.next_id("invoice_report"), "name": body["name"], "query": query, "created_at": ws.now_text()}
        ws.reports[report["id"]] = report
        return report, 201

    def reports_retrieve(self, id_: int, **_: t.Any) -> tuple[Body, int]:
        report = self.workspace().reports.get(id_)
        if report is None:
            raise ReportNotFound(id_)
        return report, 200

    def reports_delete(self, id_: int, **_: t.Any) -> tuple[t.Any, int]:
        ws = self.workspace()
        if ws.reports.pop(id_, None) is None:
            raise ReportNotFound(id_)
        return NoContent, 204
