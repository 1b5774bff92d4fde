"""Build the mock: a front door (CORS, request ids, faults, limits, the request log, the compiled
request path) ahead of a Connexion ``AsyncApp`` routed and validated by the vendored spec and the
control-API spec, around its own ``Store`` (no module-level state). Nothing here imports Connexion:
its part is built off the start-up path (``connexion_app.py``)."""

from __future__ import annotations

import asyncio
import logging
import threading
import typing as t
from pathlib import Path

from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from .domain.invoices import InvoiceService
from .domain.payments import PaymentService
from .domain.references import ReferenceService
from .domain.seeding import read_seed
from .domain.workspace import Seed
from .handlers.base import Services
from .handlers.serialization import Serializer
from .handlers.webhooks import Webhooks
from .http.auth import Auth
from .http.compiled import CompiledAPI
from .http.forms import FormDecoder
from .http.front import RequestMiddleware
from .openapi.documents import load_spec, merged_spec, operations, packaged_spec
from .openapi.drf import SchemaChecker
from .openapi.responses import ResponseChecker
from .openapi.router import OperationIndex
from .openapi.shapes import Shapes
from .operations import build_operations
from .store import Store

logger = logging.getLogger("campfire_mock")
DEFAULT_MAX_BODY = 10 * 1024 * 1024
#: Seconds after start-up before Connexion's part is built in the background (sooner if a request needs it).
WARM_UP_DELAY = 0.3


def create_app(
    store: Store | None = None,
    *,
    spec: Path | None = None,
    admin_spec: Path | None = None,
    seed: str | Path | Seed | None = "demo",
    tokens: dict[str, str] | None = None,
    state_file: Path | None = None,
    validate_responses: bool = True,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    swagger_ui: bool = True,
    compiled_path: bool = True,
    strict_params: bool = False,
    webhook_hosts: t.Iterable[str] = (),
) -> MockApp:
    """A mock Campfire. ``store`` wins over ``seed``/``state_file`` when given; ``compiled_path=False``
    serves every request through Connexion (the compiled path is what makes valid requests fast);
    ``strict_params=True`` answers an unknown query parameter with a 400 naming it (DRF ignores them);
    webhooks deliver to loopback receivers only, and to ``webhook_hosts`` too (``"*"``: any host)."""
    # Connexion warns once per operation that offers several request media types.
    logging.getLogger("connexion.operations.openapi3").setLevel(logging.ERROR)
    if store is None:
        store = Store(read_seed(seed), state_file=state_file)
    api = load_spec(spec or packaged_spec())
    admin = load_spec(admin_spec or packaged_spec("mock-admin.openapi.yaml"))
    shapes = Shapes(api)
    invoices = InvoiceService()
    serializer = Serializer(shapes, check=validate_responses)
    services = Services(
        store=store,
        invoices=invoices,
        payments=PaymentService(invoices),
        references=ReferenceService(),
        serializer=serializer,
        checker=SchemaChecker(api),
        operation_ids=frozenset(op["operationId"] for _, _, op in operations(api)),
        webhooks=Webhooks(store, serializer, allowed_hosts=webhook_hosts),
    )
    auth = Auth(tokens)
    app = MockApp()
    spec_doc = merged_spec(api, admin)
    index = OperationIndex(spec_doc)
    built = build_operations(spec_doc, services, ResponseChecker(spec_doc) if validate_responses else None)

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
        )

    # Connexion validates and builds its stack from the spec (most of start-up). The bundled spec is
    # checked by the test suite, so that work moves off the start-up path (see MockApp); a --spec of the
    # user's is installed now, so a broken one stops start-up.
    app.pending = install
    if spec is not None:
        app.connexion_ready()
    app.compiled = CompiledAPI(api, built, index, strict_params=strict_params) if compiled_path else None
    # Browser apps on any origin may call the mock (preflights included), and read the request id.
    app.front = CORSMiddleware(
        RequestMiddleware(
            app.connexion,
            store=store,
            max_body_bytes=max_body_bytes,
            forms=FormDecoder(spec_doc, index),
            index=index,
            auth=auth,
            compiled=app.compiled,
        ),
        allow_origins=["*"],
        allow_methods=["*"],
        allow_headers=["*"],
        expose_headers=["X-Request-Id", "Retry-After"],
    )
    app.store = store
    app.webhooks = services.webhooks
    return app


class MockApp:
    """The ASGI app: HTTP requests pass the front door (CORS, then ``RequestMiddleware``: request ids,
    faults, limits, the request log, the compiled path) and only then, if still unanswered,
    Connexion's app (routing, security, validation, the handler, error handlers, ``/ui``).

    Connexion's app is built off the start-up path: at lifespan start-up in a worker thread, so the
    compiled path answers at once, or by the first request that needs it when there is no lifespan
    (``TestClient(app)`` outside ``with``)."""

    def __init__(self) -> None:
        self.store: Store
        #: Webhook deliveries (``app.webhooks.deliverer.idle()`` waits for them).
        self.webhooks: Webhooks | None = None
        self.front: ASGIApp | None = None
        self.compiled: CompiledAPI | None = None
        self.pending: t.Callable[[], t.Any] | None = None
        self.inner: ASGIApp | None = None
        self._warming: asyncio.Future[t.Any] | None = None
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif self.front is not None and scope["type"] == "http":
            await self.front(scope, receive, send)
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
            self._warming = asyncio.get_running_loop().run_in_executor(None, self.connexion_ready)
        return self._warming

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
        """Connexion's app, built first if it is not yet."""
        inner: ASGIApp | None = self.inner
        if inner is None:
            inner = t.cast(ASGIApp, await asyncio.shield(self._warm()))
        await inner(scope, receive, send)
