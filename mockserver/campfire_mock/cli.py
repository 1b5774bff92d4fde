"""``campfire-mock``: run the mock server."""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import socket
import sys
import typing as t
from pathlib import Path

from ._version import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="campfire-mock", description="Offline mock of Campfire's invoice API.")
    parser.add_argument("--version", action="version", version=f"campfire-mock {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the mock server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--seed", default="demo", help="demo, none, or a path to a seed JSON file")
    serve.add_argument("--state-file", type=Path, help="keep state in this file across restarts")
    serve.add_argument("--tokens", type=Path, help="TOML file of accepted tokens and their roles")
    serve.add_argument("--spec", type=Path, help="serve this Campfire spec instead of the bundled one")
    serve.add_argument("--max-body-bytes", type=int, default=10 * 1024 * 1024)
    serve.add_argument("--no-validate-responses", action="store_true", help="skip response validation (faster)")
    serve.add_argument(
        "--strict-params",
        action="store_true",
        help="answer an unknown query parameter with a 400 naming it (Campfire, like DRF, ignores them)",
    )
    serve.add_argument(
        "--webhook-hosts",
        default="",
        help="comma-separated hosts webhooks may deliver to besides loopback ones ('*': any host)",
    )
    serve.add_argument(
        "--no-compiled-path",
        action="store_true",
        help="serve every request through Connexion's stack (slower; for comparison and debugging)",
    )
    serve.add_argument("--log-level", choices=("debug", "info", "warning", "error"), default="info")
    serve.add_argument("--log-format", choices=("text", "json"), default="text", help="json: one object per line")
    serve.epilog = (
        f"Every flag can also be set by an environment variable: {ENV_PREFIX}PORT=9000, {ENV_PREFIX}SEED=none..."
    )
    _defaults_from_environment(serve)
    contract = sub.add_parser("contract", help="check a live server (the mock, or Campfire) against the spec")
    from .contract import add_arguments

    add_arguments(contract)
    return parser


ENV_PREFIX = "CAMPFIRE_MOCK_"
_TRUE = ("1", "true", "yes", "on")


def _defaults_from_environment(parser: argparse.ArgumentParser) -> None:
    """``CAMPFIRE_MOCK_<FLAG>`` (``--state-file`` -> ``CAMPFIRE_MOCK_STATE_FILE``) sets a flag's default,
    as containers configure a server; a flag on the command line still wins."""
    for action in parser._actions:
        raw = os.environ.get(ENV_PREFIX + action.dest.upper())
        if raw is None or not action.option_strings or action.dest == "help":
            continue
        if action.const is True:  # store_true
            value: t.Any = raw.strip().lower() in _TRUE
        else:
            try:
                value = action.type(raw) if callable(action.type) else raw
            except ValueError:
                parser.error(f"{ENV_PREFIX}{action.dest.upper()}={raw!r} is not a valid {action.option_strings[0]}")
            if action.choices is not None and value not in action.choices:
                parser.error(f"{ENV_PREFIX}{action.dest.upper()}={raw!r}: choose from {', '.join(action.choices)}")
        parser.set_defaults(**{action.dest: value})


class JsonLogFormatter(logging.Formatter):
    """One JSON object per log line, with the request's fields when the line is about a request."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, t.Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)
        if isinstance(request, dict):
            line.update(request)
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info)
        return json.dumps(line)


def _configure_logging(level: str, fmt: str) -> None:
    handler = logging.StreamHandler(sys.stdout)
    if fmt == "json":
        handler.setFormatter(JsonLogFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    logging.basicConfig(level=level.upper(), handlers=[handler], force=True)


class StartupError(Exception):
    """A flag or file the server cannot start with; the message is one line."""


def _tokens(path: Path | None) -> dict[str, str] | None:
    import tomllib

    from .http.auth import load_tokens

    if path is None:
        return None
    try:
        return load_tokens(path)
    except FileNotFoundError:
        raise StartupError(f"--tokens {path}: no such file") from None
    except (OSError, tomllib.TOMLDecodeError, ValueError, AttributeError) as exc:
        raise StartupError(f"--tokens {path}: {exc}") from None


def _store(seed_name: str, state_file: Path | None) -> t.Any:
    """The store, its seed checked by seeding one workspace from it."""
    from .domain.seeding import read_seed
    from .errors import DomainError
    from .store import StateFileError, Store

    try:
        seed = read_seed(None if seed_name == "none" else seed_name)
    except FileNotFoundError:
        raise StartupError(
            f"--seed {seed_name}: no such file (give demo, none, or a path to a seed JSON file)"
        ) from None
    except (OSError, ValueError) as exc:
        raise StartupError(f"--seed {seed_name}: not a JSON seed file: {exc}") from None
    try:
        store = Store(seed, state_file=state_file)
    except StateFileError as exc:
        raise StartupError(str(exc)) from None
    try:
        store.seeded()
    except (DomainError, KeyError, TypeError, ValueError, ArithmeticError, AttributeError) as exc:
        store.close()
        raise StartupError(f"--seed {seed_name}: not a campfire-mock seed: {type(exc).__name__}: {exc}") from None
    return store


def _listen(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        raise StartupError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock


def _prepare(args: argparse.Namespace) -> tuple[t.Any, socket.socket]:
    """Everything ``serve`` needs, checked before anything listens."""
    import yaml

    from .app import create_app

    tokens = _tokens(args.tokens)
    if args.spec is not None and not args.spec.is_file():
        raise StartupError(f"--spec {args.spec}: no such file")
    if args.max_body_bytes < 1:
        raise StartupError("--max-body-bytes must be a positive number of bytes")
    store = _store(args.seed, args.state_file)
    try:
        app = create_app(
            store,
            spec=args.spec,
            tokens=tokens,
            validate_responses=not args.no_validate_responses,
            max_body_bytes=args.max_body_bytes,
            compiled_path=not args.no_compiled_path,
            strict_params=args.strict_params,
            webhook_hosts=[h.strip() for h in args.webhook_hosts.split(",") if h.strip()],
        )
        return app, _listen(args.host, args.port)
    except (OSError, yaml.YAMLError, ValueError, KeyError) as exc:
        store.close()
        raise StartupError(f"--spec {args.spec}: not a usable OpenAPI document: {exc}") from None
    except StartupError:
        store.close()
        raise


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    try:
        app, sock = _prepare(args)
    except StartupError as exc:
        print(f"campfire-mock: error: {exc}", file=sys.stderr)
        return 2
    # What start-up loaded lives as long as the server: keep the collector from walking it again and again.
    gc.freeze()
    # Requests allocate many short-lived objects; collecting the young generation less often keeps
    # the collector from walking a large workspace again and again (p99 latency).
    gc.set_threshold(50_000, 20, 100)
    _configure_logging(args.log_level, args.log_format)
    port = sock.getsockname()[1]
    listening = f"campfire-mock {__version__} listening on http://{args.host}:{port} (seed: {args.seed}; docs at /ui)"
    if args.log_format == "json":
        listening = json.dumps({"level": "info", "message": listening, "url": f"http://{args.host}:{port}"})
    print(listening, flush=True)
    config = uvicorn.Config(app, access_log=False, log_level="warning")
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        app.close()
        app.store.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "serve":
        return serve(args)
    if args.command == "contract":
        from .contract import main as contract_main

        return contract_main(args)
    return 2
