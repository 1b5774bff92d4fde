"""``campfire-mock proxy``: forward every request to an upstream and check both sides against the spec.

Each request goes to ``--upstream`` unchanged (method, path, query, headers but the hop-by-hop
ones, body), and its answer comes back unchanged, streamed as it arrives. Both are checked with
the mock's own checks (``conformance.py``); each violation is logged as one line (never a header
value, so never the key). With ``--errors``, as Prism's flag: a request that breaks the spec is
answered 422 and not forwarded, an answer that breaks it is replaced by a 502; both bodies are
problem documents listing the violations. An upstream that cannot be reached is a 502, one that
does not answer in ``--timeout`` seconds a 504. ``GET /__campfire_mock__/proxy/report`` shows the
drift so far; at shutdown (SIGINT, SIGTERM) it is printed, ending in ``proxy: N requests, M violations``.
"""

from __future__ import annotations

import asyncio
import logging
import time
import typing as t

import httpx
import orjson
from starlette.datastructures import Headers
from starlette.types import Receive, Scope, Send

from ..errors import DomainError
from ..http.forms import FORM_TYPES, FormDecoder
from ..limits import DEFAULT_MAX_BODY_BYTES, PROXY_CHECK_BYTES
from .conformance import Conformance, Violation, decode_json_body, unreadable
from .recorder import Recorder
from .report import DriftReport

logger = logging.getLogger("campfire_mock.proxy")

REPORT_PATH = "/__campfire_mock__/proxy/report"
#: The mock's control API: forwarded unchecked when the upstream is a mock (it is outside Campfire's spec).
CONTROL_PREFIX = "/__campfire_mock__/"
#: Headers that belong to one connection, not to the request or answer (RFC 9110, 7.6.1).
HOP_BY_HOP = frozenset(
    {
        b"connection",
        b"keep-alive",
        b"proxy-authenticate",
        b"proxy-authorization",
        b"te",
        b"trailer",
        b"transfer-encoding",
        b"upgrade",
        b"host",
        b"content-length",
    }
)
#: Answers are passed on decoded (httpx decodes gzip/brotli), so their encoding and length go too.
RESPONSE_DROPPED = HOP_BY_HOP | {b"content-encoding"}
PROBLEM = "application/problem+json"
#: Decoded bytes an answer may have per byte downloaded, once beyond the check buffer: more is cut off.
MAX_INFLATION = 100


def _problem(kind: str, title: str, status: int, detail: str, **extra: t.Any) -> bytes:
    return orjson.dumps(
        {"type": f"urn:campfire-mock:proxy:{kind}", "title": title, "status": status, "detail": detail, **extra}
    )


async def _answer(send: Send, status: int, body: bytes, content_type: str = PROBLEM) -> None:
    headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class _Sent:
    """``send``, remembering whether the answer has started (after that, a failure can only end it)."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self.status: int | None = None
        self.ended = False

    async def __call__(self, message: t.MutableMapping[str, t.Any]) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
        elif not message.get("more_body"):
            self.ended = True
        await self._send(message)

    async def start(self, status: int, headers: list[tuple[bytes, bytes]]) -> None:
        await self({"type": "http.response.start", "status": status, "headers": headers})

    async def fail(self, problem: bytes, status: int) -> None:
        """Answer ``problem`` if nothing was sent yet, else end the answer where it broke off."""
        if self.status is None:
            await _answer(self, status, problem)
        elif not self.ended:
            await self({"type": "http.response.body", "body": b""})


def _listing(violations: t.Sequence[Violation]) -> list[dict[str, str]]:
    return [{"where": v.where, "what": v.what} for v in violations]


class ProxyApp:
    """The proxy as an ASGI app (uvicorn runs it; tests may call it in-process)."""

    def __init__(
        self,
        upstream: str,
        conformance: Conformance,
        *,
        errors: bool = False,
        recorder: Recorder | None = None,
        timeout: float = 30.0,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        check_bytes: int = PROXY_CHECK_BYTES,
        forms: FormDecoder | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.upstream = upstream.rstrip("/")
        self.conformance = conformance
        self.errors = errors
        self.recorder = recorder
        self.timeout = timeout
        self.max_body_bytes = max_body_bytes
        #: Answers up to this size are held and checked; larger ones pass through unchecked.
        self.check_bytes = check_bytes
        self.forms = forms
        self.report = DriftReport(self.upstream)
        #: Run at lifespan shutdown, before uvicorn hands a SIGINT/SIGTERM back to the process.
        self.on_shutdown: list[t.Callable[[], None]] = []
        # No client-level headers: the request built per call carries exactly the caller's.
        self.client = httpx.AsyncClient(transport=transport, follow_redirects=False, timeout=timeout)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await self.client.aclose()
                    for hook in self.on_shutdown:
                        hook()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        if not scope["path"].startswith("/"):  # "*" (OPTIONS *) or an absolute form: nothing to forward
            detail = f"The request target {scope['path']!r} is not a path; the proxy forwards paths only."
            await _answer(send, 400, _problem("bad-request-target", "Bad request target", 400, detail))
            return
        if scope["path"] == REPORT_PATH:
            if scope["method"] == "GET":
                await _answer(send, 200, orjson.dumps(self.report.as_json()), "application/json")
            else:
                await _answer(send, 405, _problem("method-not-allowed", "Method not allowed", 405, "use GET"))
            return
        await self._proxy(scope, receive, send)

    async def _read(self, receive: Receive) -> bytes | None:
        parts: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(parts)
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                return None
            parts.append(chunk)
            if not message.get("more_body"):
                return b"".join(parts)

    async def _proxy(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = time.perf_counter()
        method, path = scope["method"], scope["path"]
        body = await self._read(receive)
        if body is None:
            detail = f"Request body exceeds the limit of {self.max_body_bytes} bytes."
            await _answer(send, 413, _problem("too-large", "Request body too large", 413, detail))
            return
        headers = Headers(scope=scope)
        checked = not path.startswith(CONTROL_PREFIX)
        operation = self.conformance.operation(method, path) if checked else None
        label = operation or Conformance.UNKNOWN
        found: list[Violation] = []
        if checked:
            found = await self._check_request(scope, operation, headers, body)
            self._log(found, method, path)
            if found and self.errors:
                self.report.add(label, found)
                detail = f"{method} {path}: {len(found)} violation(s); the request was not forwarded."
                await _answer(
                    send,
                    422,
                    _problem(
                        "request-violation", "The request breaks the spec", 422, detail, violations=_listing(found)
                    ),
                )
                return
        request = httpx.Request(
            method,
            self._target(scope),
            headers=[(k, v) for k, v in scope["headers"] if k not in HOP_BY_HOP],
            content=body,
            extensions={"timeout": httpx.Timeout(self.timeout).as_dict()},
        )
        sent = _Sent(send)
        try:
            async with asyncio.timeout(self.timeout):
                await self._exchange(request, scope, operation if checked else None, sent, found)
        except (httpx.TimeoutException, TimeoutError):
            logger.error(
                "upstream timeout: %s %s: no whole answer from %s within %ss", method, path, self.upstream, self.timeout
            )
            detail = f"{self.upstream} did not answer {method} {path} within {self.timeout:g} seconds."
            await sent.fail(_problem("upstream-timeout", "Upstream timed out", 504, detail), 504)
        except httpx.ConnectError as exc:
            reason = str(exc) or type(exc).__name__
            logger.error("upstream unreachable: %s %s: %s: %s", method, path, self.upstream, reason)
            detail = f"Cannot reach {self.upstream} for {method} {path}: {reason}."
            await sent.fail(_problem("upstream-unreachable", "Upstream unreachable", 502, detail), 502)
        except httpx.TransportError as exc:
            reason = str(exc) or type(exc).__name__
            logger.error("upstream broke off: %s %s: %s: %s", method, path, self.upstream, reason)
            detail = f"{self.upstream} broke off its answer to {method} {path}: {reason}."
            await sent.fail(_problem("upstream-broke-off", "Upstream broke off its answer", 502, detail), 502)
        finally:
            self._count(checked, label, found)
            logger.info(
                "%s %s -> %s (%s) %.1fms", method, path, sent.status, label, (time.perf_counter() - started) * 1000
            )

    async def _exchange(
        self, request: httpx.Request, scope: Scope, operation: str | None, sent: _Sent, found: list[Violation]
    ) -> None:
        response = await self.client.send(request, stream=True)
        try:
            found += await self._relay(scope, operation, response, sent, request.method, scope["path"])
        finally:
            await response.aclose()

    def _count(self, checked: bool, label: str, found: list[Violation]) -> None:
        if checked:
            self.report.add(label, found)

    def _target(self, scope: Scope) -> str:
        raw: bytes = scope.get("raw_path") or scope["path"].encode()
        query = scope.get("query_string", b"")
        return self.upstream + raw.decode("latin-1") + (f"?{query.decode('latin-1')}" if query else "")

    async def _check_request(
        self, scope: Scope, operation: str | None, headers: Headers, body: bytes
    ) -> list[Violation]:
        method, path = scope["method"], scope["path"]
        if operation is None:
            return [
                Violation(Conformance.UNKNOWN, "request route", f"no operation of the spec answers {method} {path}")
            ]
        content_type = headers.get("content-type", "")
        decoded: t.Any = None
        if body:
            try:
                if content_type.startswith(FORM_TYPES) and self.forms is not None:
                    schema = self.forms.schema_for(method, path, content_type)
                    decoded = decode_json_body(await self.forms.to_json(headers, body, schema)) if schema else body
                elif "json" in content_type.split(";", 1)[0] or not content_type:
                    decoded = decode_json_body(body)
                else:
                    decoded = body
            except (DomainError, UnicodeDecodeError) as exc:
                return [unreadable(operation, exc)]
        query = scope.get("query_string", b"").decode("latin-1")
        return self.conformance.request(operation, path, query, headers, decoded, content_type)

    async def _relay(
        self,
        scope: Scope,
        operation: str | None,
        response: httpx.Response,
        send: _Sent,
        method: str,
        path: str,
    ) -> list[Violation]:
        """Pass the answer on (streamed, or held back with ``--errors``); what in it breaks the spec. An answer
        larger than ``check_bytes`` passes through unchecked (counted in the report); one that inflates beyond
        ``MAX_INFLATION`` times its compressed size is cut off."""
        content_type = response.headers.get("content-type", "")
        keep = operation is not None and (content_type.split(";", 1)[0].strip().endswith("json") or not content_type)
        headers = [(k, v) for k, v in response.headers.raw if k.lower() not in RESPONSE_DROPPED]
        chunks = self._chunks(response, method, path)
        held: list[bytes] = []
        size = 0
        if operation is not None and self.errors:
            async for chunk in chunks:
                held.append(chunk)
                size += len(chunk)
                if size > self.check_bytes:
                    break
            else:
                content = b"".join(held)
                found = self._check_response(operation, response, content if keep else None, method, path)
                if found:
                    detail = f"{method} {path}: the upstream's {response.status_code} breaks the spec."
                    body = _problem(
                        "response-violation",
                        "The upstream's answer breaks the spec",
                        502,
                        detail,
                        upstream_status=response.status_code,
                        violations=_listing(found),
                    )
                    await _answer(send, 502, body)
                    return found
                headers.append((b"content-length", str(len(content)).encode()))
                await send.start(response.status_code, headers)
                await send({"type": "http.response.body", "body": content})
                return found
        await send.start(response.status_code, headers)
        for chunk in held:  # what --errors held before the answer proved too large to check
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        held = [] if size > self.check_bytes else held
        checking = size <= self.check_bytes
        async for chunk in chunks:
            size += len(chunk)
            if checking and keep:
                if size > self.check_bytes:
                    checking, held = False, []
                else:
                    held.append(chunk)
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b""})
        if operation is None:
            return []
        if size > self.check_bytes:
            logger.warning("unchecked: %s %s: answer of %d bytes exceeds the check buffer", method, path, size)
            self.report.skip()
            return []
        return self._check_response(operation, response, b"".join(held) if keep else None, method, path)

    async def _chunks(self, response: httpx.Response, method: str, path: str) -> t.AsyncIterator[bytes]:
        """The answer's decoded bytes, cut off once they exceed ``MAX_INFLATION`` times what was downloaded
        (and the check buffer): a compression bomb is not inflated without bound."""
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self.check_bytes and size > MAX_INFLATION * max(response.num_bytes_downloaded, 1):
                logger.error(
                    "cut off: %s %s: the answer inflates beyond %dx its compressed size", method, path, MAX_INFLATION
                )
                return
            yield chunk

    def _check_response(
        self, operation: str, response: httpx.Response, content: bytes | None, method: str, path: str
    ) -> list[Violation]:
        found = self.conformance.response(
            operation, response.status_code, response.headers.get("content-type", ""), content
        )
        self._log(found, method, path)
        if not found and self.recorder is not None and content is not None:
            try:
                parsed = orjson.loads(content) if content else None
            except orjson.JSONDecodeError:
                parsed = None
            self.recorder.observe(
                operation, method, self.conformance.path_values(operation, path), response.status_code, parsed
            )
        return found

    @staticmethod
    def _log(found: t.Sequence[Violation], method: str, path: str) -> None:
        for violation in found:
            logger.warning("%s", violation.line(method, path))


__all__ = ["REPORT_PATH", "ProxyApp"]
