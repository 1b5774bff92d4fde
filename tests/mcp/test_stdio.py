"""``campfire-mock mcp``: the stdio transport, spawned as a subprocess by the SDK's stdio client, and the
flags it refuses before serving."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("mcp")

import anyio
from mcp import Client, StdioServerParameters

from campfire_mock.cli import main
from campfire_mock.mcp.tools import CAMPFIRE_TOOLS, COMMUNITY_TOOLS
from campfire_mock.testing import MockControl

#: Seconds the subprocess may take to start, list its tools and answer two calls.
STDIO_TIMEOUT = 60


def test_stdio_server_lists_tools_and_answers_from_its_twin(campfire_mock: MockControl) -> None:
    """Spawned as Claude Desktop would, the server lists every tool and answers a call with the demo seed's data."""
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "campfire_mock", "mcp", "--token", "desk-key", "--tools", "all"]
    )

    async def session() -> tuple[list[str], dict[str, object], bool]:
        with anyio.fail_after(STDIO_TIMEOUT):
            async with Client(params) as client:
                names = [tool.name for tool in (await client.list_tools()).tools]
                entities = await client.call_tool("get_entities", {})
                refused = await client.call_tool("get_balance_sheet", {"cadence": "hourly"})
                return names, entities.structured_content, refused.is_error

    names, entities, refused = anyio.run(session)
    assert names == [tool.name for tool in CAMPFIRE_TOOLS + COMMUNITY_TOOLS]
    # The same seed in this process: the same entities (timestamps aside, they record each seeding).
    expected = campfire_mock.http.get("/coa/api/entity", headers=campfire_mock.headers).json()
    assert [(e["id"], e["name"]) for e in entities["results"]] == [(e["id"], e["name"]) for e in expected]  # type: ignore[index]
    assert refused is True


def test_stdio_refuses_a_token_not_in_the_tokens_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Under ``--tokens``, a ``--token`` not listed stops start-up with exit status 2 and says why."""
    tokens = tmp_path / "tokens.toml"
    tokens.write_text('[tokens]\nreader = "view_only"\n', encoding="utf-8")
    assert main(["mcp", "--token", "stranger", "--tokens", str(tokens)]) == 2
    assert capsys.readouterr().err == (
        f"campfire-mock mcp: error: --token: that key is not listed in --tokens {tokens}\n"
    )


def test_stdio_needs_a_token(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Without ``--token`` or ``CAMPFIRE_API_KEY`` the command stops with exit status 2 and says what to give."""
    monkeypatch.delenv("CAMPFIRE_API_KEY", raising=False)
    assert main(["mcp"]) == 2
    expected = "campfire-mock mcp: error: give the API key with --token KEY or CAMPFIRE_API_KEY\n"
    assert capsys.readouterr().err == expected


def test_stdio_url_refuses_the_flags_of_a_twin_of_its_own(capsys: pytest.CaptureFixture[str]) -> None:
    """``--url`` calls a running server, so a ``--seed`` for a twin of its own is refused rather than ignored."""
    assert main(["mcp", "--token", "k", "--url", "http://127.0.0.1:8765", "--seed", "none"]) == 2
    assert capsys.readouterr().err == (
        "campfire-mock mcp: error: --url calls a running server: give --seed, --state-file and --tokens to it instead\n"
    )
