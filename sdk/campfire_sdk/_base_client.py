"""The HTTP layer: building requests, the retry ladder, parsing responses.

``BaseClient`` does no I/O; ``SyncAPIClient`` and ``AsyncAPIClient`` differ only where
they send and sleep. Any ``httpx.Client``/``httpx.AsyncClient`` can be injected, e.g. one
whose transport is the in-process mock.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import random
import time
import typing as t
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cached_property, lru_cache

import httpx
import pydantic

from . import _constants as C
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    make_status_error,
)
from ._http import default_async_http_client, default_http_client
from ._models import BaseModel
from ._response import request_id_of
from ._types import NOT_GIVEN, NotGiven, Timeout, strip_not_given
from ._version import __version__

log = logging.getLogger("campfire_sdk")
T = t.TypeVar("T")
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@dataclass(frozen=True)
class RequestOptions:
    """One API call, before it becomes an ``httpx.Request``."""

    method: str
    path: str
    params: t.Mapping[str, t.Any] | None = None
    json: t.Any = None
    #: A multipart body's file parts, by field: (file name, bytes, content type); sent instead of ``json``.
    files: t.Mapping[str, tuple[str, bytes, str]] | None = None
    headers: t.Mapping[str, str] | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    #: Safe to send twice? ``None``: decided by the method (GET, PUT, DELETE are; POST is not).
    idempotent: bool | None = None
    #: Retry even if the request may have reached the server (only for non-idempotent calls).
    retry_writes: bool | NotGiven = NOT_GIVEN


def _jsonable(value: t.Any) -> t.Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", exclude_unset=True)
    if isinstance(value, t.Mapping):
        return {k: _jsonable(v) for k, v in value.items() if not isinstance(v, NotGiven)}
    if isinstance(value, list | tuple | set | frozenset) or (
        isinstance(value, t.Iterable) and not isinstance(value, str | bytes)
    ):
        return [_jsonable(v) for v in value]
    return value


def _query_value(value: t.Any) -> t.Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_query_value(v) for v in value]
    return value


def check_id(name: str, value: t.Any) -> str:
    """A path id as text; empty ids fail before any request is made."""
    if value is None or value == "" or isinstance(value, bool):
        raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
    return str(value)


@lru_cache(maxsize=256)
def _adapter(tp: t.Any) -> pydantic.TypeAdapter[t.Any]:
    return pydantic.TypeAdapter(tp)


class BaseClient:
    """Everything about requests and retries that involves no I/O."""

    _owns_client: bool

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
        timeout: Timeout,
        max_retries: int,
        retry_writes: bool,
        default_headers: t.Mapping[str, str] | None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.api_key = api_key
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.retry_writes = retry_writes
        self._default_headers = dict(default_headers or {})

    @property
    def user_agent(self) -> str:
        return f"campfire-sdk-python/{__version__}"

    def _headers(self, options: RequestOptions) -> dict[str, str]:
        headers = {
            "Authorization": f"Token {self.api_key}",
            "User-Agent": self.user_agent,
            "Accept": "application/json",
            **self._default_headers,
        }
        if options.json is not None:
            headers["Content-Type"] = "application/json"
        headers.update(options.headers or {})
        return headers

    def _timeout(self, options: RequestOptions) -> httpx.Timeout:
        value = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)

    def _build_request(self, client: httpx.Client | httpx.AsyncClient, options: RequestOptions) -> httpx.Request:
        params = {
            k: _query_value(v)
            for k, v in (options.params or {}).items()
            if v is not None and not isinstance(v, NotGiven)
        }
        content = None if options.json is None else json.dumps(_jsonable(options.json)).encode()
        return client.build_request(
            options.method,
            self.base_url + options.path,
            params=params or None,
            content=content,
            files=dict(options.files) if options.files else None,  # httpx writes the multipart body
            headers=self._headers(options),
            timeout=self._timeout(options),
        )

    def _max_retries(self, options: RequestOptions) -> int:
        return self.max_retries if isinstance(options.max_retries, NotGiven) else options.max_retries

    def _safe_to_resend(self, options: RequestOptions) -> bool:
        idempotent = options.idempotent
        if idempotent is None:
            idempotent = options.method.upper() in IDEMPOTENT_METHODS
        writes = self.retry_writes if isinstance(options.retry_writes, NotGiven) else options.retry_writes
        return idempotent or writes

    def _retry_delay(
        self,
        options: RequestOptions,
        retries_taken: int,
        *,
        response: httpx.Response | None = None,
        error: Exception | None = None,
    ) -> float | None:
        """Seconds to wait before trying again, or ``None`` to give up. One reason per branch."""
        if retries_taken >= self._max_retries(options):
            return None  # out of retries
        if error is not None:
            if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout):
                return self._backoff(retries_taken)  # never reached the server: always safe
            if not self._safe_to_resend(options):
                return None  # may have reached the server: a second POST could create twice
            return self._backoff(retries_taken)
        assert response is not None
        if response.status_code not in C.RETRYABLE_STATUSES:
            return None  # a client error will not fix itself
        if response.status_code != 429 and not self._safe_to_resend(options):
            return None  # a 5xx may come after the write happened; 429 means it was refused
        retry_after = self._retry_after(response)
        if retry_after is not None and retry_after > C.MAX_RETRY_AFTER:
            return None  # the server asks for longer than we are willing to wait
        return retry_after if retry_after is not None else self._backoff(retries_taken)

    @staticmethod
    def _retry_after(response: httpx.Response) -> float | None:
        """``Retry-After`` (seconds or an HTTP date), or ``retry-after-ms``, in seconds."""
        millis = response.headers.get("retry-after-ms")
        if millis:
            try:
                return max(float(millis) / 1000, 0.0)
            except ValueError:
                pass
        value = response.headers.get("retry-after")
        if not value:
            return None
        try:
            return max(float(value), 0.0)
        except ValueError:
            parsed = email.utils.parsedate_to_datetime(value) if value else None
            if parsed is None:
                return None
            return max((parsed - datetime.now(parsed.tzinfo)).total_seconds(), 0.0)

    @staticmethod
    def _backoff(retries_taken: int) -> float:
        """Exponential backoff with up to 25% jitter."""
        delay: float = min(C.INITIAL_RETRY_DELAY * 2**retries_taken, C.MAX_RETRY_DELAY)
        return delay * (1 - 0.25 * random.random())

    @staticmethod
    def _parse_page(item: t.Any, response: httpx.Response) -> dict[str, t.Any]:
        """``{count, next, previous, results}`` with ``results`` validated as ``list[item]``."""
        try:
            body = response.json()
            results = _adapter(list[item]).validate_python(body["results"])
        except (ValueError, KeyError, TypeError) as exc:
            raise APIResponseValidationError(response=response, body=response.text, message="Not a page") from exc
        except pydantic.ValidationError as exc:
            raise APIResponseValidationError(
                response=response, body=body, message=f"Unexpected list items: {exc}"
            ) from exc
        return {
            "results": results,
            "count": body.get("count", len(results)),
            "next": body.get("next"),
            "previous": body.get("previous"),
        }

    @staticmethod
    def _parse(cast_to: t.Any, response: httpx.Response) -> t.Any:
        if cast_to is None or response.status_code == 204:
            return None
        if cast_to is httpx.Response:
            return response
        if cast_to is bytes:
            return response.content
        if cast_to is str:
            return response.text
        if cast_to is t.Any and not response.content:  # the spec declares no body: JSON if any, else None
            return None
        if not response.content and type(None) in t.get_args(cast_to):  # a body the real service may not send
            return None
        try:
            body = response.json()
        except ValueError as exc:
            raise APIResponseValidationError(
                response=response, body=response.text, message="Response is not JSON"
            ) from exc
        try:
            result = _adapter(cast_to).validate_python(body)
        except pydantic.ValidationError as exc:
            raise APIResponseValidationError(
                response=response, body=body, message=f"Unexpected response shape: {exc}"
            ) from exc
        if isinstance(result, BaseModel):
            result._request_id = request_id_of(response)
        return result

    def _copy_with(self, **changes: t.Any) -> t.Any:
        """A copy with the given settings changed (``NOT_GIVEN`` ones kept), sharing the connection pool."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.__dict__.update(strip_not_given(changes))
        clone.base_url = clone.base_url.rstrip("/")
        clone._owns_client = False
        for name in [k for k in clone.__dict__ if isinstance(getattr(type(self), k, None), cached_property)]:
            del clone.__dict__[name]  # cached resources still point at the original client
        return clone

    @staticmethod
    def _log_request(request: httpx.Request, retries_taken: int) -> None:
        log.debug("%s %s%s", request.method, request.url, f" (retry {retries_taken})" if retries_taken else "")

    @staticmethod
    def _log_retry(request: httpx.Request, delay: float, reason: str) -> None:
        log.info("Retrying %s %s in %.2fs after %s", request.method, request.url, delay, reason)


class SyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.Client | None = None, **kwargs: t.Any) -> None:
        super().__init__(**kwargs)
        self._owns_client = http_client is None
        self._client = http_client or default_http_client()

    def request(self, cast_to: t.Any, options: RequestOptions) -> t.Any:
        retries_taken = 0
        while True:
            request = self._build_request(self._client, options)
            self._log_request(request, retries_taken)
            try:
                response = self._client.send(request)
            except httpx.TimeoutException as exc:
                delay = self._retry_delay(options, retries_taken, error=exc)
                if delay is None:
                    raise APITimeoutError(request=request) from exc
                self._log_retry(request, delay, type(exc).__name__)
            except httpx.TransportError as exc:
                delay = self._retry_delay(options, retries_taken, error=exc)
                if delay is None:
                    raise APIConnectionError(request=request, message=f"Connection error: {exc}") from exc
                self._log_retry(request, delay, type(exc).__name__)
            else:
                log.info('%s %s "%s"', request.method, request.url, response.status_code)
                if response.is_success:
                    return self._parse(cast_to, response)
                response.read()
                delay = self._retry_delay(options, retries_taken, response=response)
                if delay is None:
                    raise make_status_error(response)
                self._log_retry(request, delay, f"status {response.status_code}")
                response.close()
            time.sleep(delay)
            retries_taken += 1

    def close(self) -> None:
        """Close the connection pool (not an ``http_client`` you passed in)."""
        if self._owns_client:
            self._client.close()

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.AsyncClient | None = None, **kwargs: t.Any) -> None:
        super().__init__(**kwargs)
        self._owns_client = http_client is None
        self._client = http_client or default_async_http_client()

    async def request(self, cast_to: t.Any, options: RequestOptions) -> t.Any:
        retries_taken = 0
        while True:
            request = self._build_request(self._client, options)
            self._log_request(request, retries_taken)
            try:
                response = await self._client.send(request)
            except httpx.TimeoutException as exc:
                delay = self._retry_delay(options, retries_taken, error=exc)
                if delay is None:
                    raise APITimeoutError(request=request) from exc
                self._log_retry(request, delay, type(exc).__name__)
            except httpx.TransportError as exc:
                delay = self._retry_delay(options, retries_taken, error=exc)
                if delay is None:
                    raise APIConnectionError(request=request, message=f"Connection error: {exc}") from exc
                self._log_retry(request, delay, type(exc).__name__)
            else:
                log.info('%s %s "%s"', request.method, request.url, response.status_code)
                if response.is_success:
                    await response.aread()
                    return self._parse(cast_to, response)
                await response.aread()
                delay = self._retry_delay(options, retries_taken, response=response)
                if delay is None:
                    raise make_status_error(response)
                self._log_retry(request, delay, f"status {response.status_code}")
                await response.aclose()
            await asyncio.sleep(delay)
            retries_taken += 1

    async def close(self) -> None:
        """Close the connection pool (not an ``http_client`` you passed in)."""
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
