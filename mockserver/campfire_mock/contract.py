"""``campfire-mock contract``: check any live server against the vendored spec with Schemathesis.

Point it at a running mock, or at Campfire itself with a real key. It generates requests
for each operation (valid and invalid data), runs every Schemathesis check on the answers,
and prints a drift report: operation, check, what the spec expects and what was seen.

A form-encoded or multipart body the JSON schema forbids is not counted as drift when the server
accepts it: form fields carry no types (every value is text, and Django REST Framework reads the
last of a repeated field), so "negative" data that only breaks types or nesting is a valid form.
The mock and Campfire read forms alike; JSON bodies are checked strictly.

Read-only by default: only GET operations and the POSTs that change nothing
(calculate-payment, default-payment, bulk-search) are called. ``--write`` calls every
operation, creating and changing data: never use it against books that matter.
"""

from __future__ import annotations

import argparse
import sys
import typing as t
from dataclasses import dataclass, field
from pathlib import Path

READ_ONLY_POSTS = frozenset(
    {
        "coa_api_v1_invoice_calculate_payment_create",
        "coa_api_v1_invoice_default_payment_create",
        "coa_api_v1_invoice_bulk_search_create",
    }
)


#: Bodies whose fields are text: a type the JSON schema forbids is still a valid form (see above).
FORM_MEDIA_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


@dataclass(frozen=True)
class Drift:
    operation: str
    check: str
    message: str
    #: The status the server answered with.
    status: int | None = None


@dataclass
class ContractResult:
    drifts: list[Drift] = field(default_factory=list)
    operations: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    requests: int = 0

    @property
    def ok(self) -> bool:
        return not self.drifts


def _config(token: str, max_examples: int) -> t.Any:
    from schemathesis.config import SchemathesisConfig

    return SchemathesisConfig.from_dict(
        {
            "headers": {"Authorization": f"Token {token}"},
            "generation": {"mode": "all", "max-examples": max_examples, "deterministic": True},
            "checks": {
                "enabled": True,
                "positive_data_acceptance": {"expected-statuses": ["2xx", 400, 404, 409]},
                "negative_data_rejection": {"expected-statuses": [400, 401, 403, 404, 405, 409, 413, 415]},
                # These re-send requests without auth or with other methods; fine for a mock, noisy for a live API.
                "ignored_auth": {"enabled": True},
            },
        }
    )


def run_contract(
    base_url: str,
    token: str,
    *,
    spec: Path | None = None,
    write: bool = False,
    max_examples: int = 10,
    progress: t.Callable[[str], None] | None = None,
) -> ContractResult:
    """Run the checks against ``base_url``; return every distinct drift found. ``progress`` is told
    about each operation as its checks start (``[3/32] GET /coa/api/v1/invoice/``)."""
    import schemathesis
    from hypothesis import HealthCheck, given, settings
    from hypothesis.errors import Unsatisfiable
    from schemathesis.core.failures import Failure, FailureGroup
    from schemathesis.generation import GenerationMode

    from .openapi.documents import load_spec, packaged_spec

    # Read as data (a packaged spec from its JSON twin): Schemathesis' own YAML reading takes seconds.
    document = load_spec(Path(spec) if spec else packaged_spec())
    schema = schemathesis.openapi.from_dict(document, config=_config(token, max_examples))
    result = ContractResult()
    seen: set[tuple[str, str]] = set()
    chosen = []
    for found in schema.get_all_operations():
        operation = found.ok()  # type: ignore[union-attr]  # a bundled spec always loads
        label = f"{operation.method.upper()} {operation.path}"
        operation_id = operation.definition.raw.get("operationId", "")
        if not write and operation.method.upper() != "GET" and operation_id not in READ_ONLY_POSTS:
            result.skipped.append(label)
            continue
        chosen.append((operation, label))
    for number, (operation, label) in enumerate(chosen, 1):
        result.operations.append(label)
        if progress is not None:
            progress(
                f"[{number}/{len(chosen)}] {label} ({result.requests} requests so far, {len(result.drifts)} drift)"
            )

        def record(failure: Failure, status: int | None, label: str = label) -> None:
            key = (label, failure.title)
            if key not in seen:
                seen.add(key)
                result.drifts.append(Drift(label, failure.title, failure.message.strip(), status))

        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @settings(
                max_examples=max_examples,
                deadline=None,
                database=None,
                derandomize=True,
                suppress_health_check=list(HealthCheck),
            )
            @given(case=operation.as_strategy(generation_mode=mode))
            def exercise(case: t.Any) -> None:
                result.requests += 1
                response = case.call(base_url=base_url)

                def judge(failure: Failure) -> None:
                    if is_drift(case.media_type, failure):
                        record(failure, response.status_code)

                try:
                    case.validate_response(response)
                except FailureGroup as group:
                    for failure in group.exceptions:
                        judge(failure)
                except Failure as failure:
                    judge(failure)

            try:
                exercise()
            except Unsatisfiable:
                if mode is GenerationMode.POSITIVE:
                    raise
                # An operation with no input (GET /coa/api/chart-account-settings) has no invalid request.
    return result


def is_drift(media_type: str | None, failure: t.Any) -> bool:
    """Whether a Schemathesis failure is drift: all are, but a form body the JSON schema forbids that the
    server accepts (see the module docstring)."""
    from schemathesis.core.failures import AcceptedNegativeData

    return not ((media_type or "").startswith(FORM_MEDIA_TYPES) and isinstance(failure, AcceptedNegativeData))


def format_report(result: ContractResult, base_url: str) -> str:
    lines = [f"Contract check of {base_url}: {len(result.operations)} operations, {result.requests} requests"]
    if result.skipped:
        lines.append(f"Skipped (write operations; pass --write to include): {len(result.skipped)}")
    if result.ok:
        lines.append("No drift: every answer matched the spec.")
        return "\n".join(lines)
    lines.append(f"DRIFT: {len(result.drifts)} finding(s)")
    for drift in result.drifts:
        lines.append("")
        lines.append(f"  operation: {drift.operation}")
        lines.append(f"  check:     {drift.check}")
        lines.append(f"  status:    {drift.status if drift.status is not None else '-'} (seen)")
        for i, text in enumerate(drift.message.splitlines()):
            lines.append(("  seen:      " if i == 0 else "             ") + text)
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--base-url", required=True, help="the server to check, e.g. http://127.0.0.1:8765")
    parser.add_argument("--token", required=True, help="API key to send as 'Token <key>'")
    parser.add_argument("--write", action="store_true", help="also call operations that create or change data")
    parser.add_argument("--max-examples", type=int, default=10, help="generated cases per operation and mode")
    parser.add_argument("--spec", type=Path, help="check against this spec instead of the bundled one")
    parser.add_argument("--quiet", action="store_true", help="print no progress lines on stderr, only the report")


def _preflight(base_url: str, token: str, spec: Path | None = None, max_examples: int = 10) -> str | None:
    """Why the check cannot run at all (bad arguments, missing extra, unusable spec, unreachable URL,
    refused token), or ``None``."""
    if max_examples < 1:
        return f"--max-examples {max_examples}: give at least 1 generated case per operation and mode"
    try:
        import schemathesis  # noqa: F401
    except ImportError:
        return (
            "the contract check needs Schemathesis: install campfire-devkit's testing extra"
            " (docs/getting-started.md, 'Installing from git')"
        )
    if spec is not None:
        if not spec.is_file():
            return f"--spec {spec}: no such file"
        import yaml

        from .openapi.documents import load_spec

        try:
            document = load_spec(spec)
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            return f"--spec {spec}: not a YAML or JSON document: {str(exc).splitlines()[0]}"
        if not isinstance(document, dict) or "openapi" not in document or not isinstance(document.get("paths"), dict):
            return f"--spec {spec}: not an OpenAPI 3 document (no 'openapi' version and 'paths')"
    url = f"{base_url.rstrip('/')}/coa/api/v1/invoice/?limit=1"
    import httpx  # here, not at module level: `campfire-mock serve` builds this parser too

    try:
        answer = httpx.get(url, headers={"Authorization": f"Token {token}"}, timeout=15)
    except httpx.TransportError as exc:
        return f"cannot reach {base_url}: {exc or type(exc).__name__}"
    if answer.status_code in (401, 403):
        return f"{base_url} refused the token ({answer.status_code} {answer.reason_phrase}); check --token"
    return None


def main(args: argparse.Namespace) -> int:
    problem = _preflight(args.base_url, args.token, args.spec, args.max_examples)
    if problem is not None:
        print(f"campfire-mock: error: {problem}", file=sys.stderr)
        return 2

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    result = run_contract(
        args.base_url,
        args.token,
        spec=args.spec,
        write=args.write,
        max_examples=args.max_examples,
        progress=None if args.quiet else progress,
    )
    print(format_report(result, args.base_url))
    return 0 if result.ok else 1
