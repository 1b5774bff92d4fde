"""``campfire-mock contract`` against real servers on loopback: clean, then deliberately broken."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import typing as t
from pathlib import Path

import httpx
import pytest

from campfire_mock.openapi.documents import load_spec, packaged_spec

from ..mock.live import LiveServer, free_port

ROOT = Path(__file__).resolve().parents[2]


def contract(url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    cmd = [
        sys.executable,
        "-m",
        "campfire_mock",
        "contract",
        "--base-url",
        url,
        "--token",
        "kit",
        "--max-examples",
        "3" if os.environ.get("CAMPFIRE_TESTS_DEEP") == "1" else "1",  # the command's wiring, not the API's fuzzing
    ]
    return subprocess.run([*cmd, *extra], capture_output=True, text=True, timeout=300, cwd=ROOT)


def refs(node: t.Any) -> t.Iterator[str]:
    """Every ``$ref`` in a part of a spec."""
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


@pytest.fixture
def invoice_list_spec(tmp_path: Path) -> Path:
    """The packaged spec cut down to ``GET /coa/api/v1/invoice/`` and the schemas it uses: a ``--spec`` that runs
    the same checks on the one operation the broken server breaks, in a second instead of a pass over every GET."""
    spec = load_spec(packaged_spec())
    item = spec["paths"]["/coa/api/v1/invoice/"]
    kept = {"get": item["get"], **({"parameters": item["parameters"]} if "parameters" in item else {})}
    schemas: dict[str, t.Any] = {}
    todo = list(refs(kept))
    while todo:
        name = todo.pop().removeprefix("#/components/schemas/")
        if name not in schemas:
            schemas[name] = spec["components"]["schemas"][name]
            todo.extend(refs(schemas[name]))
    path = tmp_path / "invoice-list.json"
    cut = {**spec, "paths": {"/coa/api/v1/invoice/": kept}, "components": {**spec["components"], "schemas": schemas}}
    path.write_text(json.dumps(cut))
    return path


@pytest.fixture
def broken_server() -> t.Iterator[str]:
    port = free_port()
    code = (
        "import uvicorn; from tests.kit.broken_app import app; "
        f"uvicorn.run(app, host='127.0.0.1', port={port}, log_level='warning')"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                httpx.get(f"{url}/ui/", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, "broken server did not start"
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(10)


def test_clean_server_has_no_drift() -> None:
    """`campfire-mock contract` against a live mock exits 0, reports no drift and counts the write operations it
    skipped."""
    with LiveServer() as server:
        result = contract(server.url)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No drift" in result.stdout
    assert "Skipped (write operations; pass --write to include): 230" in result.stdout
    progress = [line for line in result.stderr.splitlines() if line.startswith("[")]
    total = progress[-1][1:].split("/", 1)[1].split("]", 1)[0]
    assert progress[0].startswith(f"[1/{total}] GET ")
    assert progress[-1].startswith(f"[{total}/{total}] ")


@pytest.mark.skipif(
    os.environ.get("CAMPFIRE_TESTS_DEEP") != "1", reason="a long generated-case run over every write: pytest --deep"
)
def test_clean_server_has_no_drift_with_writes() -> None:
    """``--write`` finds no drift in the mock: its DRF-style reading of form bodies is not counted as drift."""
    with LiveServer() as server:
        result = contract(server.url, "--write")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "364 operations" in result.stdout
    assert "No drift" in result.stdout


def test_bad_arguments_are_one_clear_line() -> None:
    """``--max-examples 0`` and a missing ``--spec`` exit 2 with one line each, no traceback."""
    url = f"http://127.0.0.1:{free_port()}"
    zero = contract(url, "--max-examples", "0")
    assert (zero.returncode, zero.stderr) == (
        2,
        "campfire-mock: error: --max-examples 0: give at least 1 generated case per operation and mode\n",
    )
    missing = contract(url, "--spec", "/nope.yaml")
    assert (missing.returncode, missing.stderr) == (2, "campfire-mock: error: --spec /nope.yaml: no such file\n")


def test_spec_that_is_not_openapi_is_one_clear_line(tmp_path: Path) -> None:
    """A ``--spec`` that parses but is no OpenAPI document exits 2 with one line saying so."""
    spec = tmp_path / "spec.yaml"
    spec.write_text("just: text\n")
    result = contract("http://127.0.0.1:9", "--spec", str(spec))
    assert result.returncode == 2
    assert result.stderr == (
        f"campfire-mock: error: --spec {spec}: not an OpenAPI 3 document (no 'openapi' version and 'paths')\n"
    )


def test_broken_server_is_caught(broken_server: str, invoice_list_spec: Path) -> None:
    """Invoices without total_amount: the report names the operation and the check (the spec cut down to that
    operation; test_clean_server_has_no_drift runs the bundled spec's every GET)."""
    result = contract(broken_server, "--spec", str(invoice_list_spec))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "DRIFT:" in result.stdout
    assert "operation: GET /coa/api/v1/invoice/\n" in result.stdout
    assert "check:     Response violates schema" in result.stdout
    assert "total_amount" in result.stdout
    assert "status:    200 (seen)" in result.stdout


def test_unreachable_url_is_one_clear_line() -> None:
    """Nothing listening: exit 2 and one line, before any check runs."""
    url = f"http://127.0.0.1:{free_port()}"
    result = contract(url)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"campfire-mock: error: cannot reach {url}:")


def test_rejected_token_is_one_clear_line(tmp_path: Path) -> None:
    """A server that refuses the key: exit 2 and a line that names the status."""
    tokens = tmp_path / "tokens.toml"
    tokens.write_text('[tokens]\nsomeone-else = "admin"\n')
    with LiveServer("--tokens", str(tokens)) as server:
        result = contract(server.url)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"campfire-mock: error: {server.url} refused the token (401 Unauthorized); check --token"
    )
