"""Build the mock: a Connexion ``AsyncApp`` routed and validated by the vendored spec
and the control-API spec, around its own ``Store`` (no module-level state)."""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import threading
import typing as t
from pathlib import Path

import connexion
from connexion.exceptions import ProblemException
from connexion.lifecycle import ConnexionRequest, ConnexionResponse
from connexion.options import SwaggerUIOptions
from starlette.exceptions import HTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from .compiled import CompiledAPI
from .domain.invoices import InvoiceService
from .domain.payments import PaymentService
from .domain.references import ReferenceService
from .domain.seeding import read_seed
from .domain.workspace import Seed
from .errors import DomainError, ServerError
from .forms import FormDecoder
from .handlers.base import Services
from .middleware import RequestMiddleware
from .operations import OperationTable, build_operations
from .schemas import OperationIndex, Shapes, load_spec, merged_spec, operations, packaged_spec
from .security import Auth
from .serialization import Serializer
from .store import Store
from .validation import VALIDATOR_MAP, ResponseChecker, SchemaChecker

logger = logging.getLogger("campfire_mock")
DEFAULT_MAX_BODY = 10 * 1024 * 1024
DRF_MESSAGES = {
    401: "Authentication credentials were not provided.",
    403: "You do not have permission to perform this action.",
    404: "Not found.",
    500: "A server error occurred.",
}


def _json(status: int, body: t.Any, headers: dict[str, str] | None = None) -> ConnexionResponse:
    return ConnexionResponse(
        status_code=status, body=json.dumps(body), content_type="application/json", headers=headers
    )


def domain_error(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    assert isinstance(exc, DomainError)
    if isinstance(exc, ServerError):
        logger.error("%s %s failed, nothing was changed: %s", request.method, request.url, exc.cause)
    return _json(exc.status, exc.body())


def problem_error(
    request: ConnexionRequest, exc: Exception, allowed: OperationIndex | None = None
) -> ConnexionResponse:
    status = int(getattr(exc, "status", None) or getattr(exc, "status_code", None) or 500)
    detail = getattr(exc, "detail", None) or ""
    headers: dict[str, str] = {}
    if status == 405:
        message = f'Method "{request.method}" not allowed.'
        headers["Allow"] = allowed.allowed(request.url.path) if allowed else ""
    elif status == 415:
        message = f'Unsupported media type "{request.headers.get("content-type", "")}" in request.'
    elif status in DRF_MESSAGES:
        message = DRF_MESSAGES[status]
    else:
        message = str(detail) or "Invalid request."
    if status >= 500:
        logger.error("%s %s failed: %s", request.method, request.url, detail or exc)
    return _json(status, {"detail": message}, headers or None)


def unexpected_error(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    logger.exception("%s %s crashed", request.method, request.url, exc_info=exc)
    return _json(500, {"detail": DRF_MESSAGES[500]})


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
) -> MockApp:
    """A mock Campfire. ``store`` wins over ``seed``/``state_file`` when given; ``compiled_path=False``
    serves every request through Connexion (the compiled path is what makes valid requests fast)."""
    # Connexion warns once per operation that offers several request media types.
    logging.getLogger("connexion.operations.openapi3").setLevel(logging.ERROR)
    if store is None:
        store = Store(read_seed(seed), state_file=state_file)
    api = load_spec(spec or packaged_spec())
    admin = load_spec(admin_spec or packaged_spec("mock-admin.openapi.yaml"))
    shapes = Shapes(api)
    invoices = InvoiceService()
    services = Services(
        store=store,
        invoices=invoices,
        payments=PaymentService(invoices),
        references=ReferenceService(),
        serializer=Serializer(shapes, check=validate_responses),
        checker=SchemaChecker(api),
        operation_ids=frozenset(op["operationId"] for _, _, op in operations(api)),
    )
    auth = Auth(tokens)
    app = MockApp(__name__)
    spec_doc = merged_spec(api, admin)
    allowed = OperationIndex(spec_doc)
    built = build_operations(spec_doc, services, ResponseChecker(spec_doc) if validate_responses else None)

    def install() -> None:
        app.add_api(
            spec_doc,
            resolver=OperationTable(built),
            strict_validation=True,
            pythonic_params=True,
            # Responses are checked inside each request's transaction (operations.py), not after it.
            validate_responses=False,
            validator_map=VALIDATOR_MAP,
            security_map={"apiKey": auth.handler_class()},
            swagger_ui_options=SwaggerUIOptions(swagger_ui=swagger_ui, swagger_ui_path="/ui"),
        )
        app.add_error_handler(DomainError, domain_error)
        app.add_error_handler(ProblemException, functools.partial(problem_error, allowed=allowed))
        app.add_error_handler(HTTPException, functools.partial(problem_error, allowed=allowed))
        app.add_error_handler(Exception, unexpected_error)

    # Connexion validates and builds its stack from the spec (most of start-up). The bundled spec is
    # checked by the test suite, so that work moves off the start-up path (see MockApp); a --spec of the
    # user's is installed now, so a broken one stops start-up.
    app.pending = install
    if spec is not None:
        app.connexion_ready()
    app.compiled = CompiledAPI(api, built, auth) if compiled_path else None
    # Browser apps on any origin may call the mock (preflights included), and read the request id.
    app.front = CORSMiddleware(
        RequestMiddleware(
            app.connexion,
            store=store,
            max_body_bytes=max_body_bytes,
            forms=FormDecoder(spec_doc),
            index=allowed,
            compiled=app.compiled,
        ),
        allow_origins=["*"],
        allow_methods=["*"],
        allow_headers=["*"],
        expose_headers=["X-Request-Id", "Retry-After"],
    )
    app.store = store
    return app


class MockApp(connexion.AsyncApp):
    """Connexion's app behind the mock's own front door: HTTP requests pass CORS, then
    ``RequestMiddleware`` (request ids, faults, limits, the request log, the compiled path), and only
    then Connexion's own stack.

    Connexion's part (spec validation, operations, Swagger UI) is installed and built off the start-up
    path: at lifespan start-up in a worker thread, so the compiled path answers at once, or at the first
    request that needs it when there is no lifespan (``TestClient(app)`` outside ``with``)."""

    store: Store
    front: ASGIApp | None = None
    compiled: CompiledAPI | None = None
    pending: t.Callable[[], None] | None = None
    _warming: asyncio.Future[None] | None = None
    _lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif self.front is not None and scope["type"] == "http":
            await self.front(scope, receive, send)
        else:
            await self.connexion(scope, receive, send)

    def connexion_ready(self) -> None:
        """Install the API and build Connexion's stack, once (any thread)."""
        with self._lock:
            if self.pending is not None:
                self.pending()
                self.pending = None
            stack = self.middleware
            if stack.middleware_stack is None:
                stack.app, stack.middleware_stack = stack._build_middleware_stack()

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._warming = asyncio.get_running_loop().run_in_executor(None, self.connexion_ready)
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self._warming is not None:
                    await self._warming
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def connexion(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Connexion's stack: routing, security, validation, the handler, error handlers."""
        if self._warming is not None:
            await asyncio.shield(self._warming)
        else:
            self.connexion_ready()
        await super().__call__(scope, receive, send)
