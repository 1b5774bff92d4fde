"""Errors the client raises.

CampfireError
├── APIConnectionError          the request did not get a response
│   └── APITimeoutError
├── APIResponseValidationError  a response did not match the expected shape
└── APIStatusError              the server answered 4xx/5xx (.status_code, .body, .request, .response)
    ├── BadRequestError         400 (.field_errors)
    ├── AuthenticationError     401
    ├── PermissionDeniedError   403
    ├── NotFoundError           404
    ├── ConflictError           409
    ├── RateLimitError          429
    └── InternalServerError     5xx
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CampfireError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
]


class CampfireError(Exception):
    """Base of every error this package raises."""


class APIConnectionError(CampfireError):
    def __init__(self, *, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    def __init__(self, *, request: httpx.Request) -> None:
        super().__init__(request=request, message="Request timed out.")


class APIResponseValidationError(CampfireError):
    def __init__(self, *, response: httpx.Response, body: Any, message: str) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body


class APIStatusError(CampfireError):
    """The server answered with an error status; ``body`` is its decoded JSON (or text)."""

    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body

    @property
    def request_id(self) -> str | None:
        """The server's ``X-Request-Id`` for the failed request."""
        value: str | None = self.response.headers.get("x-request-id")
        return value

    @property
    def detail(self) -> str | None:
        """Django REST Framework's ``detail`` message, when the body has one."""
        if isinstance(self.body, dict) and isinstance(self.body.get("detail"), str):
            return str(self.body["detail"])
        return None


class BadRequestError(APIStatusError):
    """400. ``field_errors`` maps each field (or ``non_field_errors``) to its messages, nested as Django REST
    Framework nests them; ``messages`` lists every message with the path to it."""

    @property
    def field_errors(self) -> dict[str, Any]:
        if isinstance(self.body, dict):
            return {k: v for k, v in self.body.items() if k != "detail"}
        return {}

    @property
    def messages(self) -> list[tuple[tuple[str | int, ...], str]]:
        """Every message of ``field_errors`` with its path, in the body's order: a list of objects' item by its
        position (``(("lines", 1, "rate"), "A valid number is required.")``), a list of numbers' or texts' item
        by the index text DRF keys it by (``(("invoice_ids", "1"), "A valid integer is required.")``)."""
        found: list[tuple[tuple[str | int, ...], str]] = []
        stack: list[tuple[tuple[str | int, ...], Any]] = [((), self.field_errors)]
        while stack:
            path, node = stack.pop()
            if isinstance(node, str):
                found.append((path, node))
            elif isinstance(node, dict):
                stack.extend(((*path, key), value) for key, value in reversed(node.items()))
            elif isinstance(node, list):  # messages, or one entry per item of a list of objects
                listed = any(not isinstance(item, str) for item in node)
                stack.extend(((*path, i) if listed else path, item) for i, item in reversed(list(enumerate(node))))
        return found


class AuthenticationError(APIStatusError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the key's role may not do this."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409: the object's state forbids the action (e.g. paying a voided invoice)."""


class RateLimitError(APIStatusError):
    """429."""


class InternalServerError(APIStatusError):
    """5xx."""


def make_status_error(response: httpx.Response) -> APIStatusError:
    """The error class for a response's status, with a readable message."""
    try:
        body: Any = response.json()
    except ValueError:
        body = response.text or None
    if isinstance(body, dict) and isinstance(body.get("detail"), str):
        summary = body["detail"]
    elif isinstance(body, dict):
        summary = "; ".join(f"{k}: {v}" for k, v in body.items())
    else:
        summary = str(body or response.reason_phrase)
    message = f"Error code: {response.status_code} - {summary}"
    status = response.status_code
    if status == 400:
        return BadRequestError(message, response=response, body=body)
    if status == 401:
        return AuthenticationError(message, response=response, body=body)
    if status == 403:
        return PermissionDeniedError(message, response=response, body=body)
    if status == 404:
        return NotFoundError(message, response=response, body=body)
    if status == 409:
        return ConflictError(message, response=response, body=body)
    if status == 429:
        return RateLimitError(message, response=response, body=body)
    if status >= 500:
        return InternalServerError(message, response=response, body=body)
    return APIStatusError(message, response=response, body=body)
