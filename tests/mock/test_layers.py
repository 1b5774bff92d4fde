"""The package's layers, read from its source: no import runs back up a layer, and none loops."""

from __future__ import annotations

import ast
import typing as t
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "mockserver" / "campfire_mock"
ANY = None
#: Each layer and what it may import of the package (besides itself). Top to bottom: ``_version``,
#: ``app``/``cli``, ``http``, ``operations``, ``views``, ``domain``, ``reports``; ``openapi`` is the spec
#: read once, below everything that routes or renders; ``store`` persists domain objects; ``errors``,
#: ``limits`` and ``wire`` are leaves. The public kit and the package's entry points may import anything.
ALLOWED: dict[str, set[str] | None] = {
    "__init__": ANY,
    "__main__": ANY,
    "app": ANY,
    "cli": ANY,
    # Prints docs/operations.md: an entry point beside the CLI.
    "operations_table": ANY,
    "testing": ANY,
    "pytest_plugin": ANY,
    "contract": ANY,
    "exchanges": ANY,
    "inprocess": ANY,
    # The kit's webhook receiver: standard library only.
    "receiver": set(),
    # campfire-mock proxy: a composition root of its own, beside the CLI.
    "proxy": {"serving", "http", "openapi", "domain", "errors", "limits", "wire", "_version"},
    # The MCP twin: tools that call the API in-process; `campfire-mock mcp` is a composition root, the
    # fixture part of the kit.
    "mcp": {"app", "inprocess", "testing", "serving", "http", "openapi", "errors", "limits", "wire", "_version"},
    # What serve and proxy share (log lines, a bound socket): standard library only.
    "serving": set(),
    # Webhook deliveries: HTTP out, off the request path; handed their work by operations.
    "delivery": {"limits", "wire", "webhook_http"},
    # One webhook POST with a deadline: standard library only.
    "webhook_http": set(),
    # What bounds a workspace's webhook fan-out, and the events log of each webhook.
    "webhook_limits": {"delivery", "domain", "errors", "limits"},
    "webhook_log": {"delivery", "domain", "limits", "store"},
    # The storage budget of a workspace; the JSON bounds of one request; request bodies in flight.
    "budget": {"domain", "errors", "limits"},
    "json_bounds": {"limits"},
    "inflight": {"limits"},
    "_version": set(),
    "http": {"operations", "openapi", "errors", "limits", "wire", "json_bounds", "inflight"},
    "operations": {
        "views",
        "stubbing",
        "delivery",
        "domain",
        "openapi",
        "store",
        "errors",
        "limits",
        "wire",
        "budget",
    },
    # Stubs and Prefer answers: asked by the front through operations.RequestState.
    "stubbing": {"domain", "openapi", "store", "errors", "limits", "wire"},
    "views": {
        "delivery",
        "domain",
        "reports",
        "openapi",
        "store",
        "errors",
        "limits",
        "wire",
        "_version",
        "webhook_limits",
        "webhook_log",
    },
    "openapi": {"errors", "limits", "wire", "json_bounds"},
    "domain": {"reports", "errors", "limits", "wire"},
    "reports": {"errors", "limits"},
    "store": {"domain", "errors", "limits", "wire", "budget", "state_file"},
    # The SQLite file behind --state-file: rows by workspace, in short transactions.
    "state_file": {"domain"},
    "errors": {"limits"},
    "limits": set(),
    "wire": set(),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def imports(*, with_type_checking: bool = True) -> dict[str, set[str]]:
    """Every module of the package and the package modules it imports (anywhere in it, lazily too;
    imports for type checkers only too, unless ``with_type_checking`` is false)."""
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = module_name(path)
        parts = [] if path == PACKAGE / "__init__.py" else name.split(".")
        package = parts if path.name == "__init__.py" else parts[:-1]
        targets: set[str] = set()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # Imports for type checkers only never run, but a cycle through them is still a knot for the reader
        # (and for mypy): they are counted unless asked otherwise.
        skipped = (
            set()
            if with_type_checking
            else {
                id(child)
                for node in ast.walk(tree)
                if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
                for stmt in node.body
                for child in ast.walk(stmt)
            }
        )
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
                if node.module is None:
                    targets.update(".".join([*base, alias.name]) for alias in node.names)
                else:
                    targets.add(module)
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("campfire_mock."):
                targets.add(t.cast(str, node.module).removeprefix("campfire_mock."))
        found[name] = {target for target in targets if target}
    return found


def layer(module: str) -> str:
    return module.split(".")[0]


def test_no_import_runs_back_up_a_layer() -> None:
    """Each module imports only its own layer and the layers below it (``openapi`` nothing of ``domain``,
    ``http`` state only through ``operations``, ``reports`` only ``errors`` and ``limits``)."""
    wrong = []
    for module, targets in imports().items():
        allowed = ALLOWED[layer(module)]
        if allowed is None:
            continue
        wrong += [
            f"{module} -> {target}" for target in sorted(targets) if layer(target) not in allowed | {layer(module)}
        ]
    assert wrong == []


def test_no_import_cycles() -> None:
    """No module reaches itself again by following imports (lazy and type-checking-only ones included)."""
    graph = imports()
    known = set(graph)

    def resolve(target: str) -> str | None:
        while target and target not in known:
            target = target.rpartition(".")[0]
        return target or None

    edges = {m: {r for t_ in targets if (r := resolve(t_)) is not None and r != m} for m, targets in graph.items()}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    assert cycles == []


def test_type_checking_imports_are_counted() -> None:
    """The layer checks see imports made only for type checkers (``domain.events`` names the workspace so)."""
    assert "domain.workspace" in imports()["domain.events"]
    assert "domain.workspace" not in imports(with_type_checking=False)["domain.events"]


def test_views_base_imports_no_resource_view() -> None:
    """The base view (its shared parts, mixins and marks) and the registry import no resource's view class (the
    registry is handed them)."""
    graph = imports()
    base = ("views.generic", "views.generic_view", "views.mixins", "views.decorators", "views.registry", "views.base")
    for module in base:
        resource_modules = {m for m in graph[module] if m.startswith("views.")} - {
            *base,
            "views.deleted_records",
            "views.pagination",
            "views.serialization",
        }
        assert resource_modules == set(), module
