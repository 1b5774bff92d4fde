"""Check recorded httpx exchanges against the spec with openapi-core.

openapi-core has no httpx adapter; these two small classes give an ``httpx.Request`` and
``httpx.Response`` the shape its protocols ask for. The host is taken to be the spec's
server, so traffic to the mock (or any base URL) is checked against Campfire's paths. Example::

    import httpx
    from campfire_mock.exchanges import ExchangeChecker
    from campfire_mock.openapi.documents import packaged_spec

    checker = ExchangeChecker.from_spec(packaged_spec())  # reading the spec takes a few seconds
    http = httpx.Client(event_hooks=checker.hooks())
    http.get("https://api.meetcampfire.com/coa/api/v1/invoice/47864/", headers={"Authorization": "Token k"})
    checker.assert_clean()  # raises with every request/response that broke the spec
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

__all__ = ["ExchangeChecker", "HttpxOpenAPIRequest", "HttpxOpenAPIResponse"]


class HttpxOpenAPIRequest:
    """An ``httpx.Request`` as openapi-core's ``Request`` protocol."""

    def __init__(self, request: httpx.Request, host_url: str) -> None:
        self._request = request
        self._host_url = host_url.rstrip("/")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(request.url.params.multi_items())),
            header=Headers(dict(request.headers)),
            cookie=ImmutableMultiDict(),
        )

    @property
    def host_url(self) -> str:
        return self._host_url

    @property
    def path(self) -> str:
        return self._request.url.path

    @property
    def method(self) -> str:
        return self._request.method.lower()

    @property
    def body(self) -> bytes | None:
        content = self._request.content
        return content or None

    @property
    def content_type(self) -> str:
        return str(self._request.headers.get("content-type", "")).lower()


class HttpxOpenAPIResponse:
    """An ``httpx.Response`` as openapi-core's ``Response`` protocol."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def headers(self) -> Headers:
        return Headers(dict(self._response.headers))

    @property
    def content_type(self) -> str:
        return str(self._response.headers.get("content-type", "")).lower()

    @property
    def data(self) -> bytes | None:
        return self._response.content or None


@dataclass
class ExchangeChecker:
    """Validates every exchange it sees; keeps the failures."""

    openapi: OpenAPI
    host_url: str
    failures: list[str] = field(default_factory=list)
    checked: int = 0

    @classmethod
    def from_spec(cls, path: Path | str) -> ExchangeChecker:
        """A checker for the spec at ``path``; the packaged spec (checked when it is built) is not validated
        again, which saves seconds."""
        from .openapi.documents import load_spec, packaged_spec

        path = Path(path)
        packaged = path.resolve() == packaged_spec().resolve()
        options: dict[str, t.Any] = {"extra_media_type_deserializers": {"text/csv": _decode_text}}
        if packaged:
            options["spec_validator_cls"] = None  # openapi-core's documented way to skip the spec check
        config = Config(**options)
        openapi = OpenAPI.from_dict(t.cast(t.Any, load_spec(path)), config=config)
        servers = openapi.spec.get("servers") or [{"url": "http://localhost"}]
        return cls(openapi=openapi, host_url=str(servers[0]["url"]))

    def check(self, response: httpx.Response) -> None:
        request = HttpxOpenAPIRequest(response.request, self.host_url)
        label = f"{response.request.method} {response.request.url.path} -> {response.status_code}"
        self.checked += 1
        try:
            self.openapi.validate_request(request)
        except Exception as exc:  # openapi-core raises one of many error types
            self.failures.append(f"request {label}: {_describe(exc)}")
        try:
            self.openapi.validate_response(request, HttpxOpenAPIResponse(response))
        except Exception as exc:
            self.failures.append(f"response {label}: {_describe(exc)}")

    def hooks(self) -> dict[str, list[t.Callable[[httpx.Response], None]]]:
        """``event_hooks`` for an ``httpx.Client`` that checks each response as it arrives."""

        def on_response(response: httpx.Response) -> None:
            response.read()
            self.check(response)

        return {"response": [on_response]}

    def assert_clean(self) -> None:
        if self.failures:
            raise AssertionError(f"{len(self.failures)} exchange(s) broke the spec:\n" + "\n".join(self.failures))


def _decode_text(data: bytes, *args: t.Any, **kwargs: t.Any) -> str:
    return data.decode("utf-8") if isinstance(data, bytes) else str(data)


def _describe(exc: Exception) -> str:
    causes = [str(exc)]
    inner = getattr(exc, "__cause__", None)
    while inner is not None:
        detail = getattr(inner, "schema_errors", None)
        causes.append("; ".join(str(e.message) for e in detail) if detail else str(inner))
        inner = getattr(inner, "__cause__", None)
    return " <- ".join(causes)
