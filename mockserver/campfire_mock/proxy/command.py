"""``campfire-mock proxy``'s flags and its run: parsed here without importing the proxy itself
(``campfire-mock serve`` builds the same parser)."""

from __future__ import annotations

import argparse
import sys
import typing as t
from pathlib import Path

from ..limits import DEFAULT_MAX_BODY_BYTES

if t.TYPE_CHECKING:
    from .server import ProxyApp

#: Seconds the proxy waits for the upstream's answer before it answers 504.
DEFAULT_TIMEOUT = 30.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--upstream", required=True, help="the server to forward to, e.g. https://api.meetcampfire.com")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument(
        "--errors",
        action="store_true",
        help="answer a request that breaks the spec with 422 (not forwarded), an answer that breaks it with 502",
    )
    parser.add_argument(
        "--record",
        type=Path,
        help="write what the proxy sees as a seed file (as it grows, once a second at most, and at shutdown)",
    )
    parser.add_argument("--redact", action="store_true", help="with --record: replace names, e-mails, addresses")
    parser.add_argument("--spec", type=Path, help="check against this Campfire spec instead of the bundled one")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds to wait for the upstream")
    parser.add_argument("--max-body-bytes", type=int, default=DEFAULT_MAX_BODY_BYTES)
    parser.add_argument("--log-level", choices=("debug", "info", "warning", "error"), default="info")


def build_proxy(args: argparse.Namespace) -> ProxyApp:
    """The proxy for parsed ``campfire-mock proxy`` arguments (``ValueError`` for a bad one)."""
    import httpx

    from ..http.forms import FormDecoder
    from ..openapi.documents import load_spec, packaged_spec
    from ..openapi.router import OperationIndex
    from .conformance import Conformance
    from .recorder import Recorder, Redactor
    from .server import ProxyApp

    upstream = httpx.URL(args.upstream)
    if upstream.scheme not in ("http", "https") or not upstream.host:
        raise ValueError(f"--upstream {args.upstream}: give an http(s) URL, e.g. https://api.meetcampfire.com")
    if args.redact and args.record is None:
        raise ValueError("--redact applies to a recording: give --record PATH too")
    if args.record is not None and not args.record.parent.is_dir():
        raise ValueError(f"--record {args.record}: no such directory {args.record.parent}")
    if args.timeout <= 0:
        raise ValueError("--timeout must be a positive number of seconds")
    if args.spec is not None and not args.spec.is_file():
        raise ValueError(f"--spec {args.spec}: no such file")
    spec = load_spec(args.spec or packaged_spec())
    recorder = Recorder(spec, redactor=Redactor() if args.redact else None) if args.record else None
    if recorder is not None:
        recorder.autosave(args.record)
    return ProxyApp(
        args.upstream,
        Conformance(spec),
        errors=args.errors,
        recorder=recorder,
        timeout=args.timeout,
        max_body_bytes=args.max_body_bytes,
        forms=FormDecoder(spec, OperationIndex(spec)),
    )


def main(args: argparse.Namespace) -> int:
    """Run the proxy until SIGINT/SIGTERM; then print the drift, and write the recording."""
    import uvicorn

    from ..serving import StartupError, configure_logging, listen

    try:
        proxy = build_proxy(args)
        sock = listen(args.host, args.port)
    except (ValueError, OSError, StartupError) as exc:
        print(f"campfire-mock: error: {exc}", file=sys.stderr)
        return 2
    configure_logging(args.log_level, "text")
    port = sock.getsockname()[1]
    print(f"campfire-mock proxy listening on http://{args.host}:{port}, forwarding to {proxy.upstream}", flush=True)
    finished: list[bool] = []

    def finish() -> None:
        if finished:
            return
        finished.append(True)
        print(proxy.report.text(), flush=True)
        if proxy.recorder is not None and args.record is not None:
            recorder = proxy.recorder
            recorder.write(args.record)
            print(f"proxy: recording written to {args.record} (serve it with --seed {args.record})", flush=True)
            for line in recorder.left_out:
                print(f"proxy: left out of the recording, beyond the mock's limits: {line}", flush=True)
            for line in recorder.clamped:
                print(f"proxy: in the recording, {line}", flush=True)
            if recorder.warning is not None:
                print(f"proxy: warning: {recorder.warning}", flush=True)

    # uvicorn re-raises SIGINT/SIGTERM once it has shut down, so the report is printed at lifespan shutdown.
    proxy.on_shutdown.append(finish)
    try:
        uvicorn.Server(uvicorn.Config(proxy, access_log=False, log_level="warning", lifespan="on")).run(sockets=[sock])
    finally:
        finish()
    return 0


__all__ = ["DEFAULT_TIMEOUT", "add_arguments", "build_proxy", "main"]
