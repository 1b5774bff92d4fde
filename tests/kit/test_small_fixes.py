"""Small things users hit: the seed format, one-line start-up errors, the server log, the Dockerfile,
``/openapi.json`` speed, and ``campfire_server`` failing to start."""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import time
from pathlib import Path

import httpx
import jsonschema
import pytest
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.domain.seeding import SeedError, bundled_seed, check_seed, read_seed, seed_schema
from campfire_mock.serving import JsonLogFormatter

from ..mock.live import free_port
from .projects import REPO_ONLY_PLUGINS

pytest_plugins = ["pytester"]
ROOT = Path(__file__).resolve().parents[2]


def serve(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "campfire_mock", "serve", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd=cwd)


def test_the_packaged_schema_describes_the_demo_seed() -> None:
    """The JSON Schema shipped in the package accepts the bundled demo seed."""
    jsonschema.Draft202012Validator(seed_schema()).validate(bundled_seed("demo"))
    check_seed(bundled_seed("demo"))  # and names no kept kind by its path


def test_seed_with_misspelled_keys_is_refused_naming_them(tmp_path: Path) -> None:
    """A seed file with an unknown kind and an unknown top-level key stops ``serve``, naming both."""
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps({"format": "campfire-mock-seed/1", "objects": {"invoces": []}, "sequense": {}}))
    result = serve("--port", str(free_port()), "--seed", str(seed), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        f"campfire-mock: error: --seed {seed}: not a campfire-mock seed: unknown keys objects.invoces, sequense"
        " (the seed format is campfire_mock/seed/seed.schema.json)\n"
    )


def test_seed_naming_a_kept_kind_by_its_path_is_refused(client: TestClient) -> None:
    """Clients are kept as ``vendor``: a seed listing them under ``/coa/api/vendor`` (where nothing would read
    them) is a 400 saying which name to use; a generic resource's path is accepted and its objects listed."""
    wrong = client.post("/__campfire_mock__/seed", json={"data": {"objects": {"/coa/api/vendor/": [{"id": 7}]}}})
    assert wrong.status_code == 400
    assert wrong.json() == {
        "data": ["Not a valid seed: objects./coa/api/vendor/: these are kept as 'vendor'; name them so"]
    }
    right = client.post("/__campfire_mock__/seed", json={"data": {"objects": {"vendor": [{"id": 7, "name": "Seven"}]}}})
    assert right.status_code == 200, right.text
    assert client.get("/coa/api/vendor/7").json()["name"] == "Seven"


def test_seed_through_the_control_api_is_checked_too(client: TestClient) -> None:
    """``POST /seed`` with a misspelled kind is a 400 naming it, and the workspace is left as it was."""
    before = client.get("/coa/api/v1/invoice/").json()["count"]
    answer = client.post("/__campfire_mock__/seed", json={"data": {"objects": {"entites": [{"id": 1}]}}})
    assert answer.status_code == 400
    assert answer.json() == {
        "data": [
            "Not a valid seed: unknown keys objects.entites (the seed format is campfire_mock/seed/seed.schema.json)"
        ]
    }
    assert client.get("/coa/api/v1/invoice/").json()["count"] == before


def test_wrong_value_is_named_with_its_place() -> None:
    """A seed whose object lacks its id is refused with the place and the schema's message."""
    with pytest.raises(SeedError, match=r"^objects\.entity\.0: 'id' is a required property$"):
        check_seed({"objects": {"entity": [{"name": "x"}]}})


def test_exported_snapshot_is_accepted_as_a_seed(client: TestClient, tmp_path: Path) -> None:
    """A snapshot saved from ``GET /snapshot`` seeds a new app: its invoices and clock come back."""
    client.post("/__campfire_mock__/clock", json={"now": "2026-05-01T10:00:00Z"})
    client.delete("/coa/api/v1/invoice/145006/")
    path = tmp_path / "snap.json"
    path.write_text(json.dumps(client.get("/__campfire_mock__/snapshot").json()))
    with TestClient(create_app(seed=read_seed(path)), headers={"Authorization": "Token other"}) as fresh:
        assert fresh.get("/coa/api/v1/invoice/145006/").status_code == 404
        assert fresh.get("/coa/api/v1/invoice/47864/").status_code == 200
        assert fresh.get("/__campfire_mock__/clock").json()["today"] == "2026-05-01"


def test_port_out_of_range_is_one_line(tmp_path: Path) -> None:
    """``serve --port 99999`` exits 2 with one line, no traceback."""
    result = serve("--port", "99999", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (
        2,
        "campfire-mock: error: --port 99999: not a port number (0-65535; 0 takes a free one)\n",
    )


def test_json_log_time_has_a_timezone() -> None:
    """A JSON log line's time is RFC 3339 in UTC with its offset."""
    record = logging.LogRecord("campfire_mock", logging.INFO, __file__, 1, "hello", None, None)
    record.created = 1_767_225_600.25  # 2026-01-01T00:00:00.250Z
    assert json.loads(JsonLogFormatter().format(record))["time"] == "2026-01-01T00:00:00.250+00:00"


def test_server_log_keeps_library_narration_out_but_its_warnings_in() -> None:
    """A non-Latin PDF's font subsetting, and an ``/mcp`` tool call's inner HTTP call (httpx) and session (the MCP
    SDK), write no info lines into the server's log; their warnings still do."""
    from campfire_mock.serving import configure_logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        configure_logging("info", "text")
        for name in ("fontTools.subset", "httpx", "mcp.server.streamable_http"):
            narrator = logging.getLogger(name)
            assert not narrator.isEnabledFor(logging.INFO) and narrator.isEnabledFor(logging.WARNING), name
        assert logging.getLogger("campfire_mock").isEnabledFor(logging.INFO)
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        for name in ("fontTools", "connexion", "httpx", "mcp"):
            logging.getLogger(name).setLevel(logging.NOTSET)


def test_server_log_says_why_a_request_was_refused_and_keeps_connexion_quiet(tmp_path: Path) -> None:
    """A 400's log line quotes its field messages; Connexion's own start-up lines stay out of the log."""
    port = free_port()
    cmd = [sys.executable, "-m", "campfire_mock", "serve", "--port", str(port), "--seed", "none"]
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = httpx.post(
                    f"http://127.0.0.1:{port}/coa/api/v1/invoice/", json={}, headers={"Authorization": "Token x"}
                )
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, "campfire-mock did not start"
                time.sleep(0.2)
        assert answer.status_code == 400
        httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=120)  # Connexion's part is built by now
    finally:
        process.terminate()
        out, _ = process.communicate(timeout=30)
    line = next(line for line in out.splitlines() if '"POST /coa/api/v1/invoice/" 400' in line)
    assert json.loads(line.split(" 400 ", 1)[1].split(": ", 1)[1]) == {
        "due_date": ["This field is required."],
        "entity": ["This field is required."],
        "invoice_date": ["This field is required."],
        "lines": ["This field is required."],
    }
    assert "Adding spec json" not in out


def test_openapi_json_is_encoded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """``/openapi.json`` is the same document every time, encoded once per mount point and kept, without
    building Connexion's app (which rendered it with every ``$ref`` inlined, 17.7 MB)."""
    import campfire_mock.app as app_module

    encoded: list[str] = []
    encode = app_module._spec_answer
    monkeypatch.setattr(app_module, "_spec_answer", lambda doc, root: encoded.append(root) or encode(doc, root))
    app = create_app()
    client = TestClient(app)
    first, second = client.get("/openapi.json"), client.get("/openapi.json")
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert encoded == [""] and app.inner is None  # encoded once; Connexion's app was not needed
    spec = first.json()
    assert spec["paths"]["/coa/api/v1/invoice/"] and "$ref" in first.text  # the spec as loaded, refs kept


def test_openapi_json_names_its_server_and_is_gzipped_when_accepted(client: TestClient) -> None:
    """Swagger UI's Servers list shows the mock (not a blank entry), and the 2.7 MB document travels gzipped."""
    packed = client.get("/openapi.json", headers={"Accept-Encoding": "gzip"})
    plain = client.get("/openapi.json", headers={"Accept-Encoding": "identity"})
    assert packed.headers["content-encoding"] == "gzip" and "content-encoding" not in plain.headers
    assert int(packed.headers["content-length"]) < int(plain.headers["content-length"]) / 10
    assert packed.content == plain.content  # httpx unpacks it
    assert plain.json()["servers"] == [{"url": "/", "description": "this campfire-mock"}]
    assert plain.headers["vary"] == "accept-encoding"


def test_dockerfile_lets_the_environment_choose_the_seed() -> None:
    """The image passes no flags after its entrypoint, so ``-e CAMPFIRE_MOCK_SEED=none`` is obeyed."""
    lines = (ROOT / "Dockerfile").read_text().splitlines()
    assert 'ENTRYPOINT ["campfire-mock", "serve"]' in lines
    assert not [line for line in lines if line.startswith("CMD")]


def test_campfire_server_failure_shows_the_servers_last_lines(pytester: pytest.Pytester) -> None:
    """A ``campfire_server`` that cannot start fails with the server's own error line, not only "did not start"."""
    pytester.makepyfile(
        test_server="""
import pytest

@pytest.fixture(scope="session")
def campfire_mock_options():
    return {"spec": "/nope/spec.yaml"}

def test_uses_server(campfire_server):
    pass
"""
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", *REPO_ONLY_PLUGINS, "-q")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        [
            "*campfire-mock did not start (exit status 2)*",
            "*| campfire-mock: error: --spec /nope/spec.yaml: no such file*",
        ]
    )


def test_max_workspaces_help_says_what_each_store_does() -> None:
    """``--max-workspaces``' help says what ``Store`` does: in memory, a new token replaces the least recently
    used workspace that never took a write, else gets a 503; a state file's answers 503."""
    from campfire_mock.cli import build_parser

    subcommands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    serve = subcommands.choices["serve"]
    (action,) = [a for a in serve._actions if "--max-workspaces" in a.option_strings]
    text = " ".join((action.help or "").split())
    assert "replaces the least recently used workspace that never took a write" in text
    assert "nothing acknowledged is ever forgotten" in text
    assert "With --state-file, a new token beyond it is answered 503" in text
