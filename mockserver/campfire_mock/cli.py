"""``campfire-mock``: run the mock server."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from . import __version__


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
    contract = sub.add_parser("contract", help="check a live server (the mock, or Campfire) against the spec")
    from .contract import add_arguments

    add_arguments(contract)
    return parser


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import create_app
    from .security import load_tokens

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stdout)
    app = create_app(
        spec=args.spec,
        seed=None if args.seed == "none" else args.seed,
        tokens=load_tokens(args.tokens) if args.tokens else None,
        state_file=args.state_file,
        validate_responses=not args.no_validate_responses,
        max_body_bytes=args.max_body_bytes,
    )
    print(
        f"campfire-mock {__version__} listening on http://{args.host}:{args.port} (seed: {args.seed}; docs at /ui)",
        flush=True,
    )
    uvicorn.run(app, host=args.host, port=args.port, access_log=False, log_level="warning")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "serve":
        return serve(args)
    if args.command == "contract":
        from .contract import main as contract_main

        return contract_main(args)
    return 2
