"""Injected answers, in one step at the front: the fault armed for a call, else a stub's or a
``Prefer`` header's answer.

Everything is read from the request's ``Admission``: its operation (matched once), its caller and
workspace (looked up once), its path parameters, its ``Prefer`` header and its body (parsed at most
once). The step runs after the body has arrived, and only for a caller the operation admits: a call
that would be a 401 or a 403 gets that answer, not an injected one (as Prism checks security before
answering from examples), and a fault is not used up by it.

A fault answers with its status (and ``Retry-After``), after its delay, or drops the connection after
the status line; a fault with only a delay lets the call go on (to a stub, or the operation). Nothing
here changes a workspace's data.
"""

from __future__ import annotations

import asyncio

from starlette.types import Send

from ..errors import DomainError
from ..operations import Call, Caller, Fault, RequestState
from .admission import NOT_JSON, Admission
from .respond import json_reply, send_reply


class ConnectionDropped(Exception):
    """An injected fault: the response is cut off after its status line."""


class Control:
    """Faults and stubs: ``answer`` sends the injected answer of a call, if one is armed for it."""

    def __init__(self, state: RequestState) -> None:
        self.state = state

    @staticmethod
    def armed(admission: Admission) -> bool:
        """Whether ``answer`` may have something to send: a fault or stub armed in the caller's workspace, or
        a ``Prefer`` header. ``False`` is the usual case, told without a lock (nor a coroutine to await)."""
        ws = admission.workspace
        return admission.prefer is not None or (ws is not None and bool(ws.faults.armed or ws.stubs.armed))

    async def answer(self, admission: Admission, method: str, query_string: bytes, send: Send) -> str | None:
        """Send the call's injected answer and say what made it (``fault``, ``stub 3``, ``Prefer``);
        ``None``: nothing was sent, the call runs as usual. Called once ``armed`` said it may have one."""
        ws = admission.workspace
        if not _admitted(admission, method):
            return None
        fault = self.state.take_fault(ws, admission.operation_id)
        if fault is not None and await _inject(fault, send):
            return "fault"

        def body() -> object:
            value = admission.body.json()
            return None if value is NOT_JSON else value

        call = Call(admission.operation_id, admission.path_values, query_string, admission.prefer, body)
        found = self.state.stubbed(ws, call)
        if found is None:
            return None
        await send({"type": "http.response.start", "status": found.status, "headers": found.headers})
        await send({"type": "http.response.body", "body": found.body})
        return found.source


def _admitted(admission: Admission, method: str) -> bool:
    """Whether the caller has a key that the operation's role rules let through."""
    caller = admission.caller
    if not isinstance(caller, Caller) or admission.operation_id is None:
        return False
    try:
        caller.authorize(method, admission.operation_id)
    except DomainError:
        return False
    return True


async def _inject(fault: Fault, send: Send) -> bool:
    """Play ``fault``: its delay, then its status or a dropped connection; whether it answered the call."""
    if fault.delay_ms:
        await asyncio.sleep(fault.delay_ms / 1000)
    if fault.drop:
        await send({"type": "http.response.start", "status": 503, "headers": []})
        raise ConnectionDropped(f"injected: {fault.operation_id} dropped")
    if fault.status is None:
        return False
    extra = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else None
    await send_reply(send, json_reply(fault.status, {"detail": f"Injected fault: {fault.status}."}, extra))
    return True


__all__ = ["ConnectionDropped", "Control"]
