"""One frozen record per request, made once at the front door; every later step reads it.

``admit`` reads the request head in one pass over the headers (the request id, ``Authorization``,
the content type, ``Prefer``, ``Idempotency-Key``, the dashboard's mark), identifies the caller (``http/auth.py``),
matches the path once (the operation, its path parameters, whether an id in the path is spelled
other than in ASCII digits) and peeks at the caller's workspace once, without creating it. Once the
body has arrived, ``Admission.with_body`` gives the same record holding it; the body is parsed as
JSON at most once, by whichever step first asks (``RequestBody.json``).

The record is kept in the ASGI scope under ``ADMISSION_KEY``. Faults and stubs (``http/control.py``),
the compiled path, Connexion's security check and handlers, and the request log all read it: none of
them scans the headers, matches the path, looks the workspace up or parses the body again.

A path that names no spec path as given, but does with its trailing slash toggled
(``POST /coa/api/journal_entry/``), is routed to that operation, as Django REST Framework's routers
with an optional trailing slash answer both spellings (``Admission.path`` is the spec's spelling).
"""

from __future__ import annotations

import itertools
import re
import secrets
import typing as t
from datetime import datetime

from ..errors import DomainError
from ..limits import MAX_INT, REQUEST_LOG_TEXT
from ..openapi.router import OperationIndex
from ..operations import Caller, Logged, Workspace
from .auth import Auth
from .request_body import NOT_JSON, RequestBody
from .request_log import Entry, reads_now, request_details

#: Where the front keeps the request's ``Admission`` in the ASGI scope.
ADMISSION_KEY = "campfire_mock.admission"
#: The dashboard's own calls carry this header; they stay out of the request log it shows.
DASHBOARD_HEADER = b"x-campfire-mock-dashboard"


#: An empty body, shared by every record made before its body is read.
_EMPTY = RequestBody()


#: The path parameters of a request whose path names none (shared: no one changes a record's values).
_NO_VALUES: dict[str, str] = {}


class Admission(Logged):
    """What the front door read of one request, and, once it is answered, its entry in the request log (one
    object per request for both: ``logged``). Read-only while the request runs, but for its body (``with_body``);
    a plain class with slots, made by its own ``__init__`` (every request makes one)."""

    __slots__ = (
        "body",
        "caller",
        "content_type",
        "dashboard",
        "has_body",
        "headers",
        "idempotency_key",
        "names_nothing",
        "path_values",
        "prefer",
        "refusal",
        "routed",
        "workspace",
    )

    def __init__(
        self,
        method: str,
        path: str,
        query: bytes,
        request_id: bytes,
        caller: Caller | DomainError,
        operation_id: str | None,
        path_values: dict[str, str] = _NO_VALUES,
        names_nothing: bool = False,
        content_type: str = "",
        prefer: str | None = None,
        workspace: Workspace | None = None,
        dashboard: bool = False,
        refusal: DomainError | None = None,
        routed: str | None = None,
        has_body: bool = False,
        body: RequestBody = _EMPTY,
        idempotency_key: bytes | None = None,
    ) -> None:
        # What the log shows of the request as received (``Logged``; cut only when long: the usual path and
        # query are kept as the very objects the request brought), and what ``logged`` sets as it ends.
        self.method = method
        self.path = path if len(path) <= REQUEST_LOG_TEXT else path[:REQUEST_LOG_TEXT]
        self.query = query if len(query) <= REQUEST_LOG_TEXT else query[:REQUEST_LOG_TEXT]
        self.request_id = request_id
        #: The operationId the method and path reach (``None``: none, or two templates at once); in the log,
        #: what Connexion routed a request without one to.
        self.operation_id = operation_id
        self.status = 500
        self.millis = 0.0
        self.answered_by: str | None = None
        self.details: t.Callable[[], Entry] | None = None
        self.at: datetime | str | None = None
        self._fields: Entry | None = None
        #: The request's ``Caller``, or the 401 its operation answers if it needs a key (``None`` once logged).
        self.caller: Caller | DomainError | None = caller
        #: The path parameters of that operation, as spelled in the path.
        self.path_values = path_values
        #: The path names no object: an id of it is spelled other than in ASCII digits (``/tag/01``), a segment
        #: has more digits than any id, or it holds a control character (a newline).
        self.names_nothing = names_nothing
        self.content_type = content_type
        self.prefer = prefer
        #: The caller's workspace as the front found it (``None``: no key, or no workspace made yet; or logged).
        self.workspace = workspace
        #: The request is the dashboard's own (it stays out of the request log).
        self.dashboard = dashboard
        #: A refusal of the request head itself (two ``Authorization`` headers): answered before anything.
        self.refusal = refusal
        #: The path as routed, when only the spec's spelling with its trailing slash toggled names an operation
        #: (``None``: as received).
        self.routed = routed
        #: The head announces a body (``Content-Length`` other than 0, or ``Transfer-Encoding``).
        self.has_body = has_body
        self.body = body
        #: The first ``Idempotency-Key`` header's value as sent (``None``: none; ``domain/idempotency.py`` reads it).
        self.idempotency_key = idempotency_key
        #: The headers as served, kept by ``logged`` for the log's ``request_headers``.
        self.headers: t.Sequence[tuple[bytes, bytes]] = ()

    @property
    def token(self) -> str | None:
        """The caller's key, if it has a valid one."""
        caller = self.caller
        return caller.token if isinstance(caller, Caller) else None

    def with_body(self, scope: t.MutableMapping[str, t.Any], raw: bytes, content_type: str | None = None) -> Admission:
        """This record, holding the body that arrived (and, if given, the ``content_type`` it is served as)."""
        body = self.body
        if body is not _EMPTY and body.untouched:  # made empty for it by ``admit``
            body.raw = raw
        else:
            self.body = RequestBody(raw)
        if content_type is not None:
            self.content_type = content_type
        scope[ADMISSION_KEY] = self
        return self

    def logged(
        self,
        status: int,
        millis: float,
        answered_by: str | None,
        headers: t.Sequence[tuple[bytes, bytes]],
        now: bool = False,
    ) -> Admission:
        """This record made the request's log entry, once it is answered: its ``status``, duration, what
        answered it and the ``headers`` as served kept; what the request no longer needs let go (the caller and
        the request's scope it holds, the workspace, the body's parsed JSON). The headers and the body's bytes
        are read into the entry's fields when the log is read (``read_details``), unless the log would keep only
        a part of them or answer the body as text (``request_log.reads_now``), or ``now`` (a body read under
        other JSON bounds than the default: a snapshot import's): then they are read now, so an entry never
        holds more than its fields would."""
        self.status = status
        self.millis = millis
        self.answered_by = answered_by
        self.caller = self.workspace = self.refusal = None
        body = self.body
        if now or body.refused or reads_now(headers, body.raw):
            made = request_details(headers, body)
            self.details = lambda: made
            self.body = _EMPTY
        else:
            self.headers = headers
            body.forget()  # parsed again if the log is read (it keeps bytes, not the parsed tree)
        return self

    def read_details(self) -> Entry:
        """The entry's ``request_headers`` and ``request_body``: the headers and body kept, read now (once)."""
        if self.details is not None:
            return super().read_details()
        made = request_details(self.headers, self.body)
        self.headers, self.body = (), _EMPTY
        return made


def admit(
    scope: t.MutableMapping[str, t.Any],
    routes: Routes,
    auth: Auth,
    peek: t.Callable[[str], Workspace | None] | None = None,
) -> Admission:
    """The request's record (kept in ``scope``): one pass over the headers, the caller identified, one
    match of the path (and, if it matches nothing, of the path with its trailing slash toggled), and
    the caller's workspace looked up once with ``peek`` (which must not create it)."""
    content_type = ""
    prefer: str | None = None
    given_id: bytes | None = None
    dashboard = False
    has_body = False
    idempotency_key: bytes | None = None
    authorization: list[bytes] = []
    for name, value in scope.get("headers") or ():
        read = _READ.get(name)  # one look-up per header (a host or an accept is none of ours)
        if read is None:
            continue
        if read == 0:
            authorization.append(value)
        elif read == 1:
            content_type = value.decode("latin-1")
        elif read == 2:
            has_body = has_body or value.strip() != b"0"
        elif read == 3:
            has_body = True
        elif read == 4:
            prefer = value.decode("latin-1")
        elif read == 5:
            given_id = value if given_id is None else given_id
        elif read == 6:
            dashboard = True
        elif idempotency_key is None:
            idempotency_key = value
    request_id = _request_id(given_id)
    refusal: DomainError | None = None
    try:
        caller = auth.identify(scope, authorization)
    except DomainError as exc:
        caller = refusal = exc
    method, path = scope["method"], scope["path"]
    matched, routed, nameless = routes.find(method, path)
    token = caller.token if isinstance(caller, Caller) else None
    admission = Admission(
        method,
        path,
        scope.get("query_string", b""),
        request_id,
        caller,
        matched[0] if matched is not None else None,
        matched[1] if matched is not None else _NO_VALUES,
        nameless,
        content_type,
        prefer,
        peek(token) if token is not None and peek is not None else None,
        dashboard,
        refusal,
        routed,
        has_body,
        RequestBody(),
        idempotency_key,
    )
    scope[ADMISSION_KEY] = admission
    return admission


#: The headers ``admit`` reads, each to its branch (names as ASGI gives them: lower-case).
_READ = {
    b"authorization": 0,
    b"content-type": 1,
    b"content-length": 2,
    b"transfer-encoding": 3,
    b"prefer": 4,
    b"x-request-id": 5,
    DASHBOARD_HEADER: 6,
    b"idempotency-key": 7,
}

Route = tuple[str, dict[str, str], bool]
#: A path segment of more digits than any id (``MAX_INT``) has, and a control character.
_LONG_NUMBER = re.compile(rf"/-?\d{{{len(str(MAX_INT)) + 1},}}(?:/|$)")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class Routes:
    """The one path index (``openapi/router.py``), with the routes it found lately remembered: clients call
    the same paths again and again (a list, a create, one object's retrieve), and matching a path tries
    every template of its shape. At most ``limit`` are remembered; the memory is emptied when full."""

    def __init__(self, index: OperationIndex, limit: int = 4096) -> None:
        self.index = index
        self.limit = limit
        self._found: dict[tuple[str, str], tuple[Route | None, str | None, bool]] = {}

    def find(self, method: str, path: str) -> tuple[Route | None, str | None, bool]:
        """What ``method path`` reaches (the path is tried with its trailing slash toggled if it names no
        spec path as it is), the path as routed when toggled, and whether the path names no object
        (``Admission.names_nothing``: told once per path remembered, not per request)."""
        key = (method, path)
        found = self._found.get(key)
        if found is not None:
            return found
        index = self.index
        routed: str | None = None
        matched = index.route(method, path)
        if matched is None and len(path) > 1 and not index.methods(path):
            toggled = path[:-1] if path.endswith("/") else f"{path}/"
            if index.methods(toggled):  # served (or, for another method, a 405) as the spec spells it
                matched, routed = index.route(method, toggled), toggled
        if len(self._found) >= self.limit:
            self._found.clear()
        nameless = (
            (matched is not None and matched[2]) or bool(_LONG_NUMBER.search(path)) or bool(_CONTROL.search(path))
        )
        found = self._found[key] = (matched, routed, nameless)
        return found


def admission_of(scope: t.Mapping[str, t.Any]) -> Admission | None:
    """The record the front made for this request (``None`` for a request that did not pass the front)."""
    found = scope.get(ADMISSION_KEY)
    return found if isinstance(found, Admission) else None


#: Request ids are ``req_`` + 20 random hex digits drawn once per process + a 12-digit counter:
#: unique like a UUID (the prefix differs between runs), without a system call per request.
_ID_PREFIX = f"req_{secrets.token_hex(10)}".encode()
_ID_COUNTER = itertools.count(1)


def request_id_of(scope: t.Mapping[str, t.Any]) -> bytes:
    """The request id of a request the front door does not admit (``/mcp``): the caller's first
    ``X-Request-Id`` (kept if it is short and printable), or a new one."""
    given = next((value for name, value in scope.get("headers") or () if name.lower() == b"x-request-id"), None)
    return _request_id(given)


def _request_id(given: bytes | None) -> bytes:
    """The caller's ``X-Request-Id`` (kept if it is short and printable), or a new one."""
    if given is not None and 0 < len(given) <= 200 and given.isascii() and given.decode("ascii").isprintable():
        return bytes(given)
    return b"%s%012x" % (_ID_PREFIX, next(_ID_COUNTER))


__all__ = [
    "ADMISSION_KEY",
    "DASHBOARD_HEADER",
    "NOT_JSON",
    "Admission",
    "RequestBody",
    "Routes",
    "admission_of",
    "admit",
    "request_id_of",
]
