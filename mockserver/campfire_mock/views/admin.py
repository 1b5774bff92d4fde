"""The mock's control API (``spec/mock-admin.openapi.yaml``), per workspace."""

from __future__ import annotations

import typing as t
from importlib import resources

import pydantic

from .._version import __version__
from ..domain.clock import move_clock
from ..domain.faults import Fault
from ..domain.request_entries import shown
from ..domain.saved_reports import SavedReports
from ..domain.seeding import SeedError, bundled_seed, check_seed, load_seed
from ..domain.snapshot import SNAPSHOT_FORMAT, let_go
from ..domain.stubs import Stub
from ..domain.workspace import Workspace
from ..errors import DomainError, ValidationFailed, from_pydantic
from ..store import Measured, token_hint
from ..wire import format_timestamp
from .base import Caller, Handler, NoContent
from .pagination import envelope, offset_page

Body = dict[str, t.Any]

DASHBOARD_HTML = (resources.files("campfire_mock") / "dashboard.html").read_text(encoding="utf-8")


def key_hint(token: str) -> str:
    """Enough to tell workspaces apart, and no part of the key (a keyed hash, see ``store.token_hint``)."""
    return token_hint(token)


class AdminHandlers(Handler):
    def _summary(self, ws: Workspace) -> Body:
        return {"counts": ws.counts(), "now": ws.now_text()}

    def reset(self, ws: Workspace, caller: Caller, **_: t.Any) -> tuple[Body, int]:
        ws.replace_with(self.store.seeded())
        ws.stubs.clear()  # as WireMock's reset does: a test's stubs never answer the next test
        return self._summary(ws), 200

    def seed(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> tuple[Body, int]:
        fresh = Workspace()
        try:
            if "data" in body:
                check_seed(body["data"])
            load_seed(fresh, bundled_seed(body["seed"]) if "seed" in body else body["data"])
        except DomainError as exc:
            raise ValidationFailed({"data": [f"Not a valid seed: {exc.detail}"]}) from None
        except SeedError as exc:
            raise ValidationFailed({"data": [f"Not a valid seed: {exc}"]}) from None
        except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
            raise ValidationFailed({"data": [f"Not a valid seed: {type(exc).__name__}: {exc}"]}) from None
        self._check_servable(fresh, "data")
        ws.replace_with(fresh)
        return self._summary(ws), 200

    def snapshot_export(self, ws: Workspace, caller: Caller, **_: t.Any) -> tuple[Body, int]:
        return ws.snapshot(), 200

    def prepare_import(self, kwargs: dict[str, t.Any]) -> dict[str, t.Any]:
        """The import's work, done before its write and off the store's lock (``Operation.prepare``): the
        snapshot validated whole, the new workspace built and checked, and its bytes measured; the body is
        let go. Nothing here touches a workspace anyone else can see."""
        body = kwargs.pop("body")
        if body.get("format") != SNAPSHOT_FORMAT:
            raise ValidationFailed.field("format", f"Expected {SNAPSHOT_FORMAT}.")
        try:
            fresh = Workspace.from_snapshot(body)
        except pydantic.ValidationError as exc:
            raise from_pydantic(exc) from None
        finally:
            let_go(body)  # what was parsed goes a piece at a time (the new workspace holds copies)
        self._check_servable(fresh, "objects")
        return {**kwargs, "fresh": fresh, "measured": self.store.measure(fresh)}

    def snapshot_import(
        self, ws: Workspace, caller: Caller, fresh: Workspace, measured: Measured, **_: t.Any
    ) -> tuple[Body, int]:
        """Swap in the workspace ``prepare_import`` built: a short write, whatever the import's size."""
        self.store.replace(caller.token, ws, fresh, measured)
        return self._summary(ws), 200

    def _check_servable(self, ws: Workspace, field: str) -> None:
        """Every object of ``ws`` must render as its response schema says, or the import is a 400."""
        problems = self.services.checker.unservable(ws, self.serializer)
        if problems:
            raise ValidationFailed({field: problems[:20]})

    def request_log(
        self,
        ws: Workspace,
        caller: Caller,
        limit: int = 100,
        offset: int = 0,
        status: int | None = None,
        operation_id: str | None = None,
        **_: t.Any,
    ) -> tuple[Body, int]:
        entries = [
            entry
            for entry in tuple(ws.request_log)  # one step: the front may append meanwhile (it takes no lock)
            if (status is None or entry.status == status)
            and (operation_id is None or entry.operation_id == operation_id)
        ]
        page, meta = offset_page(entries, limit=limit, offset=offset, url=self.url(caller))
        return envelope([shown(entry) for entry in page], meta), 200

    def workspaces(self, ws: Workspace, caller: Caller, **_: t.Any) -> tuple[Body, int]:
        with self.store.lock:  # another thread may add a workspace meanwhile (each holds only its own lock)
            held = list(self.store.workspaces.items())
        listing = [
            {
                **self._summary(other),
                "key_hint": key_hint(token),
                "current": other is ws,
                "requests": len(other.request_log),
            }
            for token, other in held
        ]
        listing.sort(key=lambda row: not row["current"])
        return {"results": listing}, 200

    def dashboard(self, ws: Workspace | None, caller: Caller | None, **_: t.Any) -> tuple[str, int, dict[str, str]]:
        return DASHBOARD_HTML, 200, {"Content-Type": "text/html"}

    def _clock(self, ws: Workspace) -> Body:
        return {
            "now": format_timestamp(ws.clock.now()),
            "today": ws.clock.today().isoformat(),
            "frozen": ws.clock.frozen_at is not None,
        }

    def clock_get(self, ws: Workspace, caller: Caller, **_: t.Any) -> tuple[Body, int]:
        return self._clock(ws), 200

    def clock_set(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> tuple[Body, int]:
        move_clock(ws.clock, now=body.get("now"), days=body.get("advance_days"), seconds=body.get("advance_seconds"))
        return self._clock(ws), 200

    def health(self, ws: Workspace | None, caller: Caller | None, **_: t.Any) -> tuple[Body, int]:
        return {"status": "ok", "version": __version__, "workspaces": len(self.store.workspaces)}, 200

    def faults_list(self, ws: Workspace, caller: Caller, **_: t.Any) -> tuple[Body, int]:
        return {"results": [f.as_dict() for f in ws.faults.armed]}, 200

    def faults_create(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> tuple[Body, int]:
        fault = Fault(
            operation_id=body["operation_id"],
            remaining=body.get("count", 1),
            status=body.get("status"),
            retry_after=body.get("retry_after"),
            delay_ms=body.get("delay_ms", 0),
            drop=body.get("drop", False),
        )
        return ws.faults.arm(fault, known=self.services.operation_ids).as_dict(), 201

    def faults_clear(self, ws: Workspace, caller: Caller, **_: t.Any) -> tuple[t.Any, int]:
        ws.faults.clear()
        return NoContent, 204

    def reports_list(self, ws: Workspace, caller: Caller, **_: t.Any) -> tuple[list[Body], int]:
        return SavedReports.all(ws), 200

    def reports_create(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> tuple[Body, int]:
        return SavedReports.create(ws, body["name"], body.get("query") or {}), 201

    def reports_retrieve(self, ws: Workspace, caller: Caller, id_: int, **_: t.Any) -> tuple[Body, int]:
        return SavedReports.get(ws, id_), 200

    def reports_delete(self, ws: Workspace, caller: Caller, id_: int, **_: t.Any) -> tuple[t.Any, int]:
        SavedReports.delete(ws, id_)
        return NoContent, 204

    def stubs_list(self, ws: Workspace, caller: Caller, **_: t.Any) -> tuple[Body, int]:
        return {"results": [s.as_dict() for s in ws.stubs.armed]}, 200

    def stubs_create(self, ws: Workspace, caller: Caller, body: Body, **_: t.Any) -> tuple[Body, int]:
        match = body.get("match") or {}
        stub = Stub(
            operation_id=body["operation_id"],
            status=body["status"],
            body=body.get("body"),
            headers=body.get("headers") or {},
            path=match.get("path") or {},
            query=match.get("query") or {},
            json=match.get("json"),
            remaining=body.get("times"),
        )
        responder = self.services.responder
        if stub.operation_id not in self.services.operation_ids:
            raise ValidationFailed.field("operation_id", f"Unknown operation {stub.operation_id!r}.")
        if body.get("validate", True):
            responder.check(stub)
        return ws.stubs.add(stub).as_dict(), 201

    def stubs_clear(self, ws: Workspace, caller: Caller, **_: t.Any) -> tuple[t.Any, int]:
        ws.stubs.clear()
        return NoContent, 204
