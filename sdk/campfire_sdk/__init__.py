"""campfire_sdk: a typed Python client for Campfire's API, sync and async.

Example::

    from campfire_sdk import Campfire

    client = Campfire()  # CAMPFIRE_API_KEY
    invoice = client.invoices.retrieve(47864)
    for inv in client.invoices.list(status="past_due"):
        print(inv.invoice_number, inv.amount_due)
"""

import typing as _t

from ._client import AsyncCampfire, Campfire
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CampfireError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from ._response import APIResponse
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__
from .pagination import AsyncCursorPage, AsyncOffsetPage, AsyncPaginator, SyncCursorPage, SyncOffsetPage

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCampfire",
    "AsyncCursorPage",
    "AsyncOffsetPage",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "Campfire",
    "CampfireError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "SyncCursorPage",
    "SyncOffsetPage",
    "__version__",
    "types",
]


if _t.TYPE_CHECKING:
    from . import types


def __getattr__(name: str) -> _t.Any:
    """``campfire_sdk.types`` loads on first use: importing the package builds no models."""
    if name == "types":
        import importlib

        return importlib.import_module(".types", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), "types"})
