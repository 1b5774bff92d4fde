"""Everything Connexion: the ``AsyncApp`` that routes and validates by the merged spec, its error
handlers (DRF-shaped bodies), and the operation table as Connexion resolves it.

Imported only when Connexion's part is built (off the start-up path, see ``app.MockApp``).
"""

from __future__ import annotations

import functools
import json
import logging
import typing as t

import connexion
import orjson
from connexion.context import _scope
from connexion.exceptions import ProblemException
from connexion.lifecycle import ConnexionRequest, ConnexionResponse
from connexion.options import SwaggerUIOptions
from connexion.resolver import Resolution, Resolver
from starlette.exceptions import HTTPException

from ..errors import DomainError, ServerError
from ..handlers.base import NoContent
from ..openapi.documents import Spec
from ..openapi.router import OperationIndex
from ..operations import OPEN_OPERATIONS, Operation
from .auth import Auth
from .connexion_validators import VALIDATOR_MAP

logger = logging.getLogger("campfire_mock")

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


def connexion_handler(operation: Operation, auth: Auth) -> t.Callable[..., t.Any]:
    """The operation as Connexion calls it: the ``Caller`` is the one the front identified (Connexion's
    security check has already passed it)."""

    @functools.wraps(operation.method)
    async def handler(**kwargs: t.Any) -> t.Any:
        if operation.operation_id in OPEN_OPERATIONS:
            return operation.run(None, kwargs)
        return plain(operation.run(auth.caller_of(_scope.get()), kwargs))

    return handler


def plain(result: t.Any) -> t.Any:
    """A result as Connexion takes it: pre-rendered JSON fragments turned back into data, and
    ``NoContent`` as Connexion's own."""
    body, rest = (result[0], result[1:]) if isinstance(result, tuple) else (result, ())
    if body is NoContent:
        body = connexion.NoContent
    elif isinstance(body, orjson.Fragment) or (
        isinstance(body, dict) and any(isinstance(r, orjson.Fragment) for r in body.get("results") or [])
    ):
        body = orjson.loads(orjson.dumps(body))
    return (body, *rest) if rest else body


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
    swagger_ui: bool,
    strict_params: bool,
) -> connexion.AsyncApp:
    """Connexion's app for the merged spec (validates the spec: most of what building costs)."""
    # Without --strict-params an unknown query parameter is ignored, as DRF does; Connexion would log
    # an error for each one it skips.
    logging.getLogger("connexion.decorators.parameter").setLevel(logging.CRITICAL)
    app = connexion.AsyncApp("campfire_mock")
    app.add_api(
        spec_doc,
        resolver=OperationTable(built, auth),
        strict_validation=strict_params,
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
    return app
