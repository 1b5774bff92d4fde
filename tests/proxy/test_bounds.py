"""The proxy's bounds: answers beyond its check buffer pass through unchecked, compression bombs are cut off,
``--timeout`` bounds a whole request, broken answers and odd request targets get problem documents, and
recordings are written as they grow, atomically, never through a planted link."""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import time
import typing as t
from pathlib import Path

import httpx
from starlette.types import Receive, Scope, Send

from campfire_mock.proxy.recorder import Recorder

from .conftest import HEADERS, Loopback, make_proxy

BIG = json.dumps({"count": 5000, "next": None, "previous": None, "results": []}).encode() + b" " * 50_000
BOMB = gzip.compress(b" " * 5_000_000)


class Upstream:
    """Answers by path: a large list, a gzip bomb, a drip, and an answer broken off mid-body."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        path = scope["path"]
        json_type = (b"content-type", b"application/json")
        if path == "/coa/api/v1/invoice/":
            await send({"type": "http.response.start", "status": 200, "headers": [json_type]})
            await send({"type": "http.response.body", "body": BIG})
        elif path == "/coa/api/v1/invoice/1/":
            headers = [json_type, (b"content-encoding", b"gzip"), (b"content-length", str(len(BOMB)).encode())]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": BOMB})
        elif path == "/coa/api/v1/invoice/2/":
            await send({"type": "http.response.start", "status": 200, "headers": [json_type]})
            for _ in range(30):
                await send({"type": "http.response.body", "body": b" ", "more_body": True})
                await asyncio.sleep(0.1)
            await send({"type": "http.response.body", "body": b"{}"})
        else:
            await send({"type": "http.response.start", "status": 200, "headers": [json_type]})
            await send({"type": "http.response.body", "body": b'{"id": 3, "lin', "more_body": True})
            raise RuntimeError("upstream dies mid-answer")


def test_an_answer_beyond_the_check_buffer_passes_through_unchecked(spec: dict[str, t.Any]) -> None:
    """A 50 KB list with a 1 KB check buffer reaches the client byte for byte, with and without --errors,
    and the report counts it unchecked."""
    for errors in (False, True):
        proxy = make_proxy("", spec, check_bytes=1000, errors=errors)
        with Loopback(Upstream()) as upstream:
            proxy.upstream = upstream.url
            with Loopback(proxy) as server:
                answer = httpx.get(f"{server.url}/coa/api/v1/invoice/", headers=HEADERS)
                report = httpx.get(f"{server.url}/__campfire_mock__/proxy/report").json()
        assert answer.status_code == 200 and answer.content == BIG
        assert report["unchecked"] == 1 and report["violations"] == 0


def test_a_compression_bomb_is_cut_off(spec: dict[str, t.Any]) -> None:
    """5 MB of spaces in a 5 KB gzip answer is not inflated to the end (100x its size at most)."""
    proxy = make_proxy("", spec, check_bytes=1000)
    with Loopback(Upstream()) as upstream:
        proxy.upstream = upstream.url
        with Loopback(proxy) as server:
            answer = httpx.get(f"{server.url}/coa/api/v1/invoice/1/", headers=HEADERS)
    assert answer.status_code == 200
    assert len(answer.content) <= 100 * len(BOMB) + 65_536 < 5_000_000


def test_the_timeout_bounds_a_whole_request_not_a_read(spec: dict[str, t.Any]) -> None:
    """An upstream dripping a byte every 0.1 s for 3 s is cut at the 1 s timeout of the whole request."""
    proxy = make_proxy("", spec, timeout=1.0)
    with Loopback(Upstream()) as upstream:
        proxy.upstream = upstream.url
        with Loopback(proxy) as server:
            started = time.monotonic()
            with httpx.stream("GET", f"{server.url}/coa/api/v1/invoice/2/", headers=HEADERS) as answer:
                body = b"".join(answer.iter_bytes())
            took = time.monotonic() - started
    assert took < 2.5
    assert answer.status_code == 200 and len(body) < 30


def test_an_upstream_breaking_off_its_answer_is_a_502_problem_with_errors(spec: dict[str, t.Any]) -> None:
    """With --errors the answer is held, so an upstream dying mid-body is answered as a 502 problem document."""
    proxy = make_proxy("", spec, errors=True)
    with Loopback(Upstream()) as upstream:
        proxy.upstream = upstream.url
        with Loopback(proxy) as server:
            answer = httpx.get(f"{server.url}/coa/api/v1/invoice/3/", headers=HEADERS)
    assert answer.status_code == 502
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["title"] == "Upstream broke off its answer"


def test_the_request_target_star_is_a_400_problem(spec: dict[str, t.Any]) -> None:
    """``OPTIONS *`` is not forwarded; it is a 400 problem document, not a 500."""
    proxy = make_proxy("http://127.0.0.1:9", spec)
    with Loopback(proxy) as server:
        host, port = server.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(b"OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            raw = b""
            while chunk := sock.recv(65536):
                raw += chunk
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    assert json.loads(body)["title"] == "Bad request target"


def test_a_recording_is_written_as_it_grows_and_never_through_a_planted_link(
    spec: dict[str, t.Any], tmp_path: Path
) -> None:
    """The seed file appears after the first recorded answer; a symlink planted at the old partial name is
    left alone (its target unchanged) and the seed file is a regular file."""
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    seed = tmp_path / "seed.json"
    (tmp_path / ".seed.json.partial").symlink_to(victim)
    recorder = Recorder(spec)
    recorder.autosave(seed, interval=0.0)
    recorder.observe("coa_api_vendor_retrieve", "GET", {"id": "5"}, 200, {"id": 5, "name": "Acme"})
    assert seed.is_file() and not seed.is_symlink()
    assert json.loads(seed.read_text())["format"]
    assert victim.read_text() == "untouched"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".seed.json.partial", "seed.json", "victim.txt"]
