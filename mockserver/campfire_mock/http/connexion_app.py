"""Everything Connexion: the ``AsyncApp`` that routes and validates by the merged spec, its error
handlers (DRF-shaped bodies), and the operation table as Connexion resolves it.

Imported only when Connexion's part is built (off the start-up path, see ``app.MockApp``).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
import typing as t
from unittest import mock

import connexion
from connexion.context import _scope
from connexion.exceptions import ProblemException
from connexion.lifecycle import ConnexionRequest, ConnexionResponse
from connexion.options import SwaggerUIOptions
from connexion.resolver import Resolution, Resolver
from connexion.spec import OpenAPISpecification
from starlette.exceptions import HTTPException
from starlette.responses import Response

from ..errors import DEFERRED_ERRORS, DomainError
from ..openapi.documents import Spec
from ..openapi.responses import ErrorShapes
from ..openapi.router import OperationIndex
from ..operations import OPEN_OPERATIONS, Caller, Head, Operation, Reply
from .admission import admission_of
from .auth import Auth
from .connexion_validators import validator_map
from .respond import DRF_MESSAGES, crash_reply, detail_reply, error_reply, json_reply, starlette_response

logger = logging.getLogger("campfire_mock")


def _forget_importer_frames() -> None:
    """Drop the traceback of the ``ImportError`` of flask that Connexion keeps (``not_installed_error``: a
    closure in ``connexion`` and ``connexion.decorators.main``, raised if ``FlaskApp`` is ever used; flask is an
    extra we do not install). Its traceback holds the frames that first imported Connexion: the app being
    built then, kept alive for the process (``bench/app_lifetime.py``). The error still says what it says."""
    import connexion.decorators.main as decorators

    for kept in (getattr(connexion, "FlaskApp", None), getattr(decorators, "FlaskFramework", None)):
        for cell in getattr(kept, "__closure__", None) or ():
            error = cell.cell_contents
            if isinstance(error, BaseException):
                error.__traceback__ = None


_forget_importer_frames()


def _response(reply: Reply) -> ConnexionResponse:
    """``reply`` as Connexion's error handlers must answer (Connexion turns it into Starlette's)."""
    headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in reply.headers if k != b"content-type"}
    content_type = dict(reply.headers).get(b"content-type", b"application/json").decode("latin-1")
    return ConnexionResponse(
        status_code=reply.status, body=reply.body, content_type=content_type, headers=headers or None
    )


def domain_error(request: ConnexionRequest, exc: Exception, shapes: ErrorShapes | None = None) -> ConnexionResponse:
    assert isinstance(exc, DomainError)
    if shapes is not None and exc.shaped is None:
        exc.shaped = shapes.body(request.method, request.url.path, exc.status, exc.body())
    return _response(error_reply(exc, request.method, str(request.url)))


def problem_error(
    request: ConnexionRequest,
    exc: Exception,
    allowed: OperationIndex | None = None,
    shapes: ErrorShapes | None = None,
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
    if shapes is not None and status != 405:
        body = shapes.body(request.method, request.url.path, status, {"detail": message})
        return _response(json_reply(status, body, headers or None))
    return _response(detail_reply(status, message, headers or None))


def unexpected_error(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    return _response(crash_reply(request.method, str(request.url), exc))


def connexion_handler(operation: Operation, auth: Auth) -> t.Callable[..., t.Any]:
    """The operation as Connexion calls it: the ``Caller`` is the one the front's ``Admission`` holds
    (Connexion's security check has already passed it); the answer is the operation's encoded ``Reply``,
    sent as is."""

    @functools.wraps(operation.method)
    async def handler(**kwargs: t.Any) -> Response:
        scope = _scope.get()
        caller = None if operation.operation_id in OPEN_OPERATIONS else _caller(scope, auth)
        deferred = scope.pop(DEFERRED_ERRORS, None)  # a body's 400, raised once the object is found
        admission = admission_of(scope)  # its Idempotency-Key read with the other headers
        key = Head.UNREAD if admission is None else admission.idempotency_key
        return starlette_response(operation.run(caller, kwargs, deferred=deferred, idempotency_key=key))

    return handler


def _caller(scope: t.MutableMapping[str, t.Any], auth: Auth) -> Caller:
    """The request's ``Caller``, from its ``Admission`` (identified now only for an app without the front)."""
    admission = admission_of(scope)
    caller = None if admission is None else admission.caller
    if caller is None:  # (an admission's is let go once the request is logged)
        return auth.caller_of(scope)
    if isinstance(caller, DomainError):
        raise caller
    return caller


class OperationTable(Resolver):
    """Resolve every operationId to its built ``Operation`` (Connexion's side of the table)."""

    def __init__(self, built: dict[str, Operation], auth: Auth) -> None:
        super().__init__()
        self.built = built
        self.auth = auth

    def resolve(self, operation: t.Any) -> Resolution:
        operation_id = self.resolve_operation_id(operation)
        return Resolution(connexion_handler(self.built[operation_id], self.auth), operation_id)


def build_connexion(
    spec_doc: Spec,
    built: dict[str, Operation],
    auth: Auth,
    allowed: OperationIndex,
    *,
    shapes: ErrorShapes | None = None,
    swagger_ui: bool,
    strict_params: bool,
    trusted: bool = False,
) -> connexion.AsyncApp:
    """Connexion's app for the merged spec. Connexion validates a spec against the OpenAPI schema
    (twice: ``add_api`` clones it): with the whole Campfire API that is most of a minute, so for the
    bundled spec (``trusted``: the test suite validates it, tests/spec/test_spec_files.py) that step is
    skipped; a user's ``--spec`` is validated as before."""
    # Without --strict-params an unknown query parameter is ignored, as DRF does; Connexion would log
    # an error for each one it skips.
    logging.getLogger("connexion.decorators.parameter").setLevel(logging.CRITICAL)
    app = connexion.AsyncApp("campfire_mock")
    with _unvalidated() if trusted else contextlib.nullcontext():
        _add_api(app, spec_doc, built, auth, swagger_ui=swagger_ui, strict_params=strict_params)
    app.add_error_handler(DomainError, functools.partial(domain_error, shapes=shapes))
    app.add_error_handler(ProblemException, functools.partial(problem_error, allowed=allowed, shapes=shapes))
    app.add_error_handler(HTTPException, functools.partial(problem_error, allowed=allowed, shapes=shapes))
    app.add_error_handler(Exception, unexpected_error)
    return app


_SKIP_LOCK = threading.Lock()


@contextlib.contextmanager
def _unvalidated() -> t.Iterator[None]:
    """Connexion's spec validation switched off while one trusted spec is added (one at a time)."""
    with _SKIP_LOCK, mock.patch.object(OpenAPISpecification, "_validate_spec", classmethod(lambda cls, spec: None)):
        yield


#: Swagger UI at ``/ui/`` offers both documents the app serves (relative to the page, so a mount point
#: keeps working): Campfire's API first, the control API's in the "Select a definition" list.
SWAGGER_UI_CONFIG = {
    "urls": [
        {"name": "Campfire API", "url": "../openapi.json"},
        {"name": "campfire-mock control API", "url": "../__campfire_mock__/openapi.json"},
    ],
    "urls.primaryName": "Campfire API",
}


def _add_api(
    app: connexion.AsyncApp,
    spec_doc: Spec,
    built: dict[str, Operation],
    auth: Auth,
    *,
    swagger_ui: bool,
    strict_params: bool,
) -> None:
    app.add_api(
        spec_doc,
        resolver=OperationTable(built, auth),
        strict_validation=strict_params,
        pythonic_params=True,
        # Responses are checked inside each request's transaction (operations.py), not after it.
        validate_responses=False,
        validator_map=validator_map(),
        security_map={"apiKey": auth.handler_class()},
        swagger_ui_options=SwaggerUIOptions(
            swagger_ui=swagger_ui, swagger_ui_path="/ui", swagger_ui_config=SWAGGER_UI_CONFIG
        ),
    )
