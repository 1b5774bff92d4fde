"""Build the mock: a front door (CORS, request ids, faults, limits, the request log, the compiled
request path) ahead of a Connexion ``AsyncApp`` routed and validated by the vendored spec and the
control-API spec, around its own ``Store`` (no module-level state). Nothing here imports Connexion:
its part is built off the start-up path (``connexion_app.py``)."""

from __future__ import annotations

import asyncio
import gzip
import logging
import threading
import typing as t
from pathlib import Path

from starlette.types import ASGIApp, Receive, Scope, Send

from .domain.credit_memos import CreditMemoService
from .domain.invoices import InvoiceService
from .domain.payments import PaymentService
from .domain.references import ReferenceService
from .domain.seeding import read_seed
from .domain.workspace import Seed
from .http.auth import Auth
from .http.compiled import CompiledAPI
from .http.cors import CORS
from .http.forms import FormDecoder
from .http.front import RequestMiddleware
from .http.offload import Offloaded, OffloadedExport
from .limits import BODY_TIMEOUT_SECONDS, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_IMPORT_BYTES, DEFAULT_MAX_WORKSPACES
from .mcp.endpoint import MCP_PATHS, McpEndpoint
from .openapi.documents import load_spec, merged_spec, operations, packaged_spec
from .openapi.responses import ErrorShapes, ResponseChecker
from .openapi.router import OperationIndex
from .openapi.schema_checker import SchemaChecker
from .openapi.shapes import Shapes
from .operations import RequestState, build_operations
from .store import Store
from .stubbing import Responder
from .views.base import Services
from .views.serialization import Serializer
from .views.webhooks import Webhooks

#: The operations served in a worker thread (``http/offload.py``): the snapshot import and export.
IMPORT = "mock_snapshot_import"
EXPORT = "mock_snapshot_export"
logger = logging.getLogger("campfire_mock")
#: Seconds after start-up before Connexion's part is built in the background (sooner if a request needs it).
WARM_UP_DELAY = 0.3
#: Where the app serves Campfire's API (the vendored spec, our additions marked) as JSON.
SPEC_PATH = "/openapi.json"
#: Where it serves the control API's own document (as WireMock serves its admin API's at ``/__admin/docs``):
#: kept out of ``/openapi.json``, so a client or a fuzzer generated from that is Campfire's API alone.
ADMIN_SPEC_PATH = "/__campfire_mock__/openapi.json"


def create_app(
    store: Store | None = None,
    *,
    spec: Path | None = None,
    admin_spec: Path | None = None,
    seed: str | Path | Seed | None = "demo",
    tokens: dict[str, str] | None = None,
    state_file: Path | None = None,
    validate_responses: bool = True,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    max_import_bytes: int = DEFAULT_MAX_IMPORT_BYTES,
    max_workspaces: int = DEFAULT_MAX_WORKSPACES,
    body_timeout: float = BODY_TIMEOUT_SECONDS,
    swagger_ui: bool = True,
    compiled_path: bool = True,
    strict_params: bool = False,
    webhook_hosts: t.Iterable[str] = (),
) -> MockApp:
    """A mock Campfire. ``store`` wins over ``seed``/``state_file`` when given; ``compiled_path=False``
    serves every request through Connexion (the compiled path is what makes valid requests fast);
    ``strict_params=True`` answers an unknown query parameter with a 400 naming it (DRF ignores them);
    ``max_import_bytes`` is the body limit of a snapshot import (``max_body_bytes`` that of the rest).
    webhooks deliver to loopback receivers only, and to ``webhook_hosts`` too (``"*"``: any host)."""
    # Connexion warns once per operation that offers several request media types.
    logging.getLogger("connexion.operations.openapi3").setLevel(logging.ERROR)
    if store is None:
        store = Store(read_seed(seed), state_file=state_file, max_workspaces=max_workspaces)
    api = load_spec(spec or packaged_spec())
    admin = load_spec(admin_spec or packaged_spec("mock-admin.openapi.yaml"))
    shapes = Shapes(api)
    invoices = InvoiceService()
    payments = PaymentService(invoices)
    references = ReferenceService()
    # Made before the serializer, so both read the spec through one reader (``dereferencer``'s map is weak).
    checker = SchemaChecker(api)
    serializer = Serializer(shapes, check=validate_responses)
    services = Services(
        store=store,
        invoices=invoices,
        payments=payments,
        references=references,
        credit_memos=CreditMemoService(payments, references),
        serializer=serializer,
        checker=checker,
        operation_ids=frozenset(op["operationId"] for _, _, op in operations(api)),
    )
    webhooks = Webhooks(store, serializer, allowed_hosts=webhook_hosts)
    auth = Auth(tokens)
    app = MockApp()
    spec_doc = merged_spec(api, admin)
    index = OperationIndex(spec_doc)
    responses = ResponseChecker(spec_doc)
    error_shapes = ErrorShapes(index, responses)
    built = build_operations(
        spec_doc, services, responses if validate_responses else None, errors=responses, webhooks=webhooks
    )

    def install() -> t.Any:
        from .http.connexion_app import build_connexion

        return build_connexion(
            spec_doc,
            built,
            auth,
            index,
            swagger_ui=swagger_ui,
            strict_params=strict_params,
            trusted=spec is None and admin_spec is None,
            shapes=error_shapes,
        )

    # Connexion validates and builds its stack from the spec (most of start-up). The bundled spec is
    # checked by the test suite, so that work moves off the start-up path (see MockApp); a --spec of the
    # user's is installed now, so a broken one stops start-up.
    app.pending = install
    app.spec_docs = {SPEC_PATH: api, ADMIN_SPEC_PATH: admin}
    if spec is not None:
        app.connexion_ready()
    app.responder = Responder(responses, services.operation_ids)
    services.responder = app.responder
    app.compiled = CompiledAPI(api, built, index, strict_params=strict_params) if compiled_path else None
    # Browser apps on any origin may call the mock (preflights included), and read the request id.
    app.front = CORS(
        RequestMiddleware(
            app.connexion,
            state=RequestState(store, app.responder),
            max_body_bytes=max_body_bytes,
            max_import_bytes=max_import_bytes,
            body_timeout=body_timeout,
            forms=FormDecoder(spec_doc, index),
            index=index,
            auth=auth,
            compiled=app.compiled,
            shapes=error_shapes,
            offloaded=Offloaded(built[IMPORT], spec_doc, error_shapes) if IMPORT in built else None,
            exported=OffloadedExport(built[EXPORT], error_shapes) if EXPORT in built else None,
            pdf_operations=_pdf_operations(spec_doc),
        ),
        allow_origins=["*"],
        allow_methods=["*"],
        allow_headers=["*"],
        expose_headers=["X-Request-Id", "Retry-After"],
    )
    app.store = store
    app.webhooks = webhooks
    app.mcp = McpEndpoint(app, auth, max_body_bytes)  # /mcp: MCP's streamable HTTP transport over the same store
    return app


class MockApp:
    """The ASGI app: HTTP requests pass the front door (CORS if they name an ``Origin``, then
    ``RequestMiddleware``: request ids, faults, limits, the request log, the compiled path) and only then,
    if still unanswered, Connexion's app (routing, security, validation, the handler, error handlers, ``/ui``).

    Connexion's app is built off the start-up path: at lifespan start-up in a worker thread, so the
    compiled path answers at once, or by the first request that needs it when there is no lifespan
    (``TestClient(app)`` outside ``with``)."""

    def __init__(self) -> None:
        self.store: Store
        #: Webhook deliveries (``app.webhooks.deliverer.idle()`` waits for them).
        self.webhooks: Webhooks | None = None
        #: The front door: CORS around ``RequestMiddleware`` (``front.app``, which a request without ``Origin``
        #: enters directly).
        self.front: CORS | None = None
        self.compiled: CompiledAPI | None = None
        self.responder: Responder | None = None
        self.mcp: ASGIApp | None = None
        #: Set while the testing kit's ``intercept()`` serves from this app.
        self.kit_in_use = False
        self.pending: t.Callable[[], t.Any] | None = None
        self.inner: ASGIApp | None = None
        self._warming: asyncio.Future[t.Any] | None = None
        self._lock = threading.Lock()
        #: The documents the app serves, as loaded, by path: Campfire's API at ``/openapi.json``, the control
        #: API's at ``/__campfire_mock__/openapi.json``.
        self.spec_docs: dict[str, dict[str, t.Any]] = {}
        #: Each document's answer, encoded once per path and mount point (``root_path``).
        self._spec_cache: dict[str, tuple[list[tuple[bytes, bytes]], bytes]] = {}  # and gzip:<path>:<mount point>

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            front = self.front
            if self.mcp is not None and scope["path"] in MCP_PATHS:
                await self.mcp(scope, receive, send)
            elif front is not None:
                # Only a request naming an ``Origin`` passes CORS (``http/cors.py``): one layer less for the rest,
                # and one scan of the headers for it (``with_origin`` does not look again).
                for name, _ in scope.get("headers") or ():
                    if name == b"origin":
                        await front.with_origin(scope, receive, send)
                        return
                await front.app(scope, receive, send)
            else:
                await self.connexion(scope, receive, send)
        elif kind == "lifespan":
            await self._lifespan(receive, send)
        else:
            await self.connexion(scope, receive, send)

    def connexion_ready(self) -> ASGIApp:
        """Build Connexion's app and its middleware stack, once (any thread)."""
        with self._lock:
            if self.inner is None:
                assert self.pending is not None
                inner = self.pending()
                stack = inner.middleware
                stack.app, stack.middleware_stack = stack._build_middleware_stack()
                self.inner = inner
            return self.inner

    def _warm(self) -> asyncio.Future[t.Any]:
        """Start building Connexion's app in a worker thread (once); the future of that build."""
        if self._warming is None:
            self._warming = asyncio.get_running_loop().run_in_executor(None, self._build_and_import)
        return self._warming

    def _build_and_import(self) -> ASGIApp:
        """Connexion's app (the PDF library is imported for the first PDF: ``http/front.py``)."""
        return self.connexion_ready()

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                # Let the first requests in before the build takes its share of the interpreter.
                asyncio.get_running_loop().call_later(WARM_UP_DELAY, self._warm)
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self._warming is not None:
                    await self._warming
                await send({"type": "lifespan.shutdown.complete"})
                return

    def close(self) -> None:
        """Stop webhook deliveries for good (those under way finish; pending retries are dropped).
        Not done at lifespan shutdown: a test client may start and stop one app many times."""
        if self.webhooks is not None:
            self.webhooks.close()

    async def connexion(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Connexion's app, built first if it is not yet (``/openapi.json`` needs none of it)."""
        doc = self.spec_docs.get(scope["path"]) if scope["type"] == "http" else None
        if doc is not None and scope["method"] in ("GET", "HEAD"):
            await self._spec_document(doc, scope, send)
            return
        inner: ASGIApp | None = self.inner
        if inner is None:
            inner = t.cast(ASGIApp, await asyncio.shield(self._warm()))
        await inner(scope, receive, send)

    async def _spec_document(self, doc: dict[str, t.Any], scope: Scope, send: Send) -> None:
        """``/openapi.json`` (or the control API's document): the spec as loaded, with its ``$ref``s (as
        drf-spectacular serves Campfire's), encoded once per mount point and kept; gzipped when the client
        accepts it. Connexion's rendering (every ``$ref`` inlined: 17.7 MB, and about 49 MiB more RSS) is not used."""
        root = scope.get("root_path", "")
        key = f"{scope['path']}:{root}"
        cached = self._spec_cache.get(key)
        if cached is None:
            cached = self._spec_cache[key] = _spec_answer(doc, root)
        headers, body = cached
        if _accepts_gzip(scope):  # 2.7 MB of JSON is ~0.2 MB gzipped: Swagger UI loads in a blink
            headers, body = self._spec_cache.setdefault(f"gzip:{key}", _gzipped(headers, body))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})


def _pdf_operations(spec: dict[str, t.Any]) -> frozenset[str]:
    """The operations whose success answers ``application/pdf``."""
    return frozenset(
        str(op["operationId"])
        for _, _, op in operations(spec)
        if any("application/pdf" in (r.get("content") or {}) for r in op.get("responses", {}).values())
    )


def _spec_answer(doc: dict[str, t.Any], root_path: str) -> tuple[list[tuple[bytes, bytes]], bytes]:
    """The spec document as JSON, its server this mock (at its mount point), so Swagger UI's Servers list
    shows it and "Try it out" calls it."""
    import orjson

    server = [{"url": root_path or "/", "description": "this campfire-mock"}]
    body = orjson.dumps({**doc, "servers": server})
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    return [*headers, (b"vary", b"accept-encoding")], body


def _accepts_gzip(scope: Scope) -> bool:
    return any(k == b"accept-encoding" and b"gzip" in v.lower() for k, v in scope.get("headers", []))


def _gzipped(headers: list[tuple[bytes, bytes]], body: bytes) -> tuple[list[tuple[bytes, bytes]], bytes]:
    packed = gzip.compress(body, compresslevel=6, mtime=0)
    kept = [(k, v) for k, v in headers if k.lower() != b"content-length"]
    return [*kept, (b"content-encoding", b"gzip"), (b"content-length", str(len(packed)).encode())], packed
