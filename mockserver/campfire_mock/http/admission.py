"""One frozen record per request, made once at the front door; every later step reads it.

The front identifies the caller (``http/auth.py``), then ``admit`` reads the rest in one pass over the
headers and one match of the path: the request id, the key, the operation the method and path reach
(with its path parameters, and whether an id in the path is spelled other than in ASCII digits),
the content type and the ``Prefer`` header. The record is kept in the ASGI scope under
``ADMISSION_KEY``: the compiled path takes its route from it instead of matching the path again, and
the request log takes its operation from it.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, field

from ..errors import DomainError
from ..openapi.router import OperationIndex
from ..operations import Caller

#: Where the front keeps the request's ``Admission`` in the ASGI scope.
ADMISSION_KEY = "campfire_mock.admission"


@dataclass(frozen=True, slots=True)
class Admission:
    """What the front door read of one request."""

    request_id: bytes
    #: The request's ``Caller``, or the 401 its operation answers if it needs a key.
    caller: Caller | DomainError
    #: The operationId the method and path reach (``None``: none, or two templates at once).
    operation_id: str | None
    #: The path parameters of that operation, as spelled in the path.
    path_values: dict[str, str] = field(default_factory=dict)
    #: An id of the path is spelled other than in ASCII digits (``/tag/01``): it names no object.
    odd_id: bool = False
    content_type: str = ""
    prefer: str | None = None

    @property
    def token(self) -> str | None:
        """The caller's key, if it has a valid one."""
        return self.caller.token if isinstance(self.caller, Caller) else None


def admit(
    scope: t.MutableMapping[str, t.Any], index: OperationIndex, request_id: bytes, caller: Caller | DomainError
) -> Admission:
    """The request's record (kept in ``scope``): one pass over the headers, one match of the path."""
    content_type = ""
    prefer: str | None = None
    for name, value in scope.get("headers") or ():
        if name == b"content-type":
            content_type = value.decode("latin-1")
        elif name == b"prefer":
            prefer = value.decode("latin-1")
    matched = index.route(scope["method"], scope["path"])
    admission = Admission(
        request_id,
        caller,
        matched[0] if matched is not None else None,
        matched[1] if matched is not None else {},
        matched[2] if matched is not None else False,
        content_type,
        prefer,
    )
    scope[ADMISSION_KEY] = admission
    return admission


def admission_of(scope: t.Mapping[str, t.Any]) -> Admission | None:
    """The record the front made for this request (``None`` for a request that did not pass the front)."""
    found = scope.get(ADMISSION_KEY)
    return found if isinstance(found, Admission) else None


__all__ = ["ADMISSION_KEY", "Admission", "admission_of", "admit"]
