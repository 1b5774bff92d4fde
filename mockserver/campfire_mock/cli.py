"""``campfire-mock``: run the mock server."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import socket
import sys
import typing as t
from pathlib import Path

from ._version import __version__
from .limits import (
    BODY_TIMEOUT_SECONDS,
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_IMPORT_BYTES,
    DEFAULT_MAX_WORKSPACE_BYTES,
    DEFAULT_MAX_WORKSPACES,
    HEADER_TIMEOUT_SECONDS,
)
from .serving import StartupError, configure_logging, listen


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
    serve.add_argument("--max-body-bytes", type=int, default=DEFAULT_MAX_BODY_BYTES)
    serve.add_argument(
        "--max-import-bytes",
        type=int,
        default=DEFAULT_MAX_IMPORT_BYTES,
        help="body limit of a snapshot import (an export larger than --max-body-bytes must re-import)",
    )
    serve.add_argument(
        "--max-workspace-bytes",
        type=int,
        default=DEFAULT_MAX_WORKSPACE_BYTES,
        help="bytes of objects one workspace may store, as compact JSON (default 256 MiB); a write beyond it "
        "is answered 413 and changes nothing",
    )
    serve.add_argument(
        "--max-workspaces",
        type=int,
        default=DEFAULT_MAX_WORKSPACES,
        help=(
            "workspaces (tokens) the server holds at once. In memory, a new token beyond it replaces the least "
            "recently used workspace that never took a write; when every workspace holds writes, the new token "
            "is answered 503 (nothing acknowledged is ever forgotten). With --state-file, a new token beyond it "
            "is answered 503"
        ),
    )
    serve.add_argument(
        "--header-timeout",
        type=float,
        default=HEADER_TIMEOUT_SECONDS,
        help="seconds a request's headers may take; the connection is closed after it",
    )
    serve.add_argument(
        "--body-timeout",
        type=float,
        default=BODY_TIMEOUT_SECONDS,
        help="seconds a request's body may take; answered 408 after it (and not run)",
    )
    serve.add_argument(
        "--max-connections",
        type=int,
        default=DEFAULT_MAX_CONNECTIONS,
        help="connections served at once; a request beyond it is answered 503",
    )
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
    proxy = sub.add_parser("proxy", help="forward to a server (Campfire) and check its traffic against the spec")
    from .proxy.command import add_arguments as add_proxy_arguments

    add_proxy_arguments(proxy)
    mcp = sub.add_parser("mcp", help="an MCP server over the mock, on stdin/stdout (for Claude Desktop, Cursor...)")
    from .mcp.command import add_arguments as add_mcp_arguments

    add_mcp_arguments(mcp)
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


def _store(
    seed_name: str,
    state_file: Path | None,
    max_workspaces: int = DEFAULT_MAX_WORKSPACES,
    max_workspace_bytes: int = DEFAULT_MAX_WORKSPACE_BYTES,
) -> t.Any:
    """The store, its seed checked by seeding one workspace from it."""
    from .domain.seeding import SeedError, read_seed
    from .errors import DomainError
    from .store import StateFileError, Store

    try:
        seed = read_seed(None if seed_name == "none" else seed_name)
    except FileNotFoundError:
        raise StartupError(
            f"--seed {seed_name}: no such file (give demo, none, or a path to a seed JSON file)"
        ) from None
    except SeedError as exc:
        raise StartupError(f"--seed {seed_name}: not a campfire-mock seed: {exc}") from None
    except (OSError, ValueError) as exc:
        raise StartupError(f"--seed {seed_name}: not a JSON seed file: {exc}") from None
    try:
        store = Store(
            seed, state_file=state_file, max_workspaces=max_workspaces, max_workspace_bytes=max_workspace_bytes
        )
    except StateFileError as exc:
        raise StartupError(str(exc)) from None
    try:
        store.seeded()
    except SeedError as exc:
        store.close()
        raise StartupError(f"--seed {seed_name}: not a campfire-mock seed: {exc}") from None
    except (DomainError, KeyError, TypeError, ValueError, ArithmeticError, AttributeError) as exc:
        store.close()
        raise StartupError(f"--seed {seed_name}: not a campfire-mock seed: {type(exc).__name__}: {exc}") from None
    return store


def _prepare(args: argparse.Namespace) -> tuple[t.Any, socket.socket]:
    """Everything ``serve`` needs, checked before anything listens."""
    import yaml

    from .app import create_app

    if not 0 <= args.port <= 65535:
        raise StartupError(f"--port {args.port}: not a port number (0-65535; 0 takes a free one)")
    tokens = _tokens(args.tokens)
    if args.spec is not None and not args.spec.is_file():
        raise StartupError(f"--spec {args.spec}: no such file")
    for flag in (
        "max_body_bytes",
        "max_import_bytes",
        "max_workspaces",
        "max_workspace_bytes",
        "max_connections",
        "header_timeout",
        "body_timeout",
    ):
        if getattr(args, flag) <= 0:
            raise StartupError(f"--{flag.replace('_', '-')} must be a positive number")
    store = _store(args.seed, args.state_file, args.max_workspaces, args.max_workspace_bytes)
    try:
        app = create_app(
            store,
            spec=args.spec,
            tokens=tokens,
            validate_responses=not args.no_validate_responses,
            max_body_bytes=args.max_body_bytes,
            max_import_bytes=args.max_import_bytes,
            body_timeout=args.body_timeout,
            compiled_path=not args.no_compiled_path,
            strict_params=args.strict_params,
            webhook_hosts=[h.strip() for h in args.webhook_hosts.split(",") if h.strip()],
        )
        return app, listen(args.host, args.port)
    except (OSError, yaml.YAMLError, ValueError, KeyError) as exc:
        store.close()
        raise StartupError(f"--spec {args.spec}: not a usable OpenAPI document: {exc}") from None
    except StartupError:
        store.close()
        raise


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .http.server import config, raise_file_limit, tune_collector

    try:
        app, sock = _prepare(args)
    except StartupError as exc:
        print(f"campfire-mock: error: {exc}", file=sys.stderr)
        return 2
    tune_collector()
    configure_logging(args.log_level, args.log_format)
    port = sock.getsockname()[1]
    listening = f"campfire-mock {__version__} listening on http://{args.host}:{port} (seed: {args.seed}; docs at /ui)"
    if args.log_format == "json":
        listening = json.dumps({"level": "info", "message": listening, "url": f"http://{args.host}:{port}"})
    print(listening, flush=True)
    raise_file_limit()
    # uvicorn shuts down gracefully on SIGTERM or SIGINT, then raises the signal again for the handler
    # it found: ours notes it, so the store is closed and the exit status is 0.
    stopped: list[int] = []
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda number, _frame: stopped.append(number))
    try:
        settings = config(app, max_connections=args.max_connections, header_timeout=args.header_timeout)
        uvicorn.Server(settings).run(sockets=[sock])
    finally:
        app.close()
        app.store.close()
    if stopped:
        logging.getLogger("campfire_mock").info("stopped by signal %d; state closed", stopped[0])
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "serve":
        return serve(args)
    if args.command == "contract":
        from .contract import main as contract_main

        return contract_main(args)
    if args.command == "proxy":
        from .proxy.command import main as proxy_main

        return proxy_main(args)
    if args.command == "mcp":
        from .mcp.command import main as mcp_main

        return mcp_main(args, _store, _tokens)
    return 2
