"""``/mcp`` on the mock app: MCP's streamable HTTP transport, the token read from ``Authorization`` as the
API reads it, over the same workspaces as the REST API (driven in-process by the SDK's HTTP client)."""

from __future__ import annotations

import contextlib
import typing as t

import pytest

pytest.importorskip("mcp")

import anyio
import httpx2
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from campfire_mock.inprocess import shared_app
from campfire_mock.mcp.tools import CAMPFIRE_TOOLS, COMMUNITY_TOOLS
from campfire_mock.testing import MockControl

TOKENS = {"admin-key": "admin", "viewer-key": "view_only"}
#: One app for the tests that need options of their own (built once: each build takes a second or more).
OPTIONS = {"seed": "demo", "tokens": TOKENS, "max_body_bytes": 2000}


@contextlib.asynccontextmanager
async def mcp_over_http(app: t.Any, headers: dict[str, str], path: str = "/mcp") -> t.AsyncIterator[Client]:
    """The SDK's client on ``path`` of ``app`` over streamable HTTP, in-process."""
    http = httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), headers=headers)
    async with http, Client(streamable_http_client(f"http://campfire-mock.test{path}", http_client=http)) as client:
        yield client


def post_raw(app: t.Any, headers: dict[str, str]) -> httpx2.Response:
    """One JSON-RPC ``tools/list`` POST to ``/mcp``, outside any MCP client."""

    async def send() -> httpx2.Response:
        async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app)) as http:
            return await http.post(
                "http://campfire-mock.test/mcp",
                json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
                headers={"Accept": "application/json, text/event-stream", **headers},
            )

    return anyio.run(send)


def test_http_tools_read_the_workspace_of_the_authorization_token(
    campfire_mock_app: t.Any, campfire_mock: MockControl
) -> None:
    """``/mcp`` lists Campfire's tools and answers for the token's workspace: a vendor made through REST is
    listed, with the same JSON the REST API gives (``next`` links included)."""
    made = campfire_mock.http.post("/coa/api/vendor", json={"name": "Over HTTP"}, headers=campfire_mock.headers)
    assert made.status_code == 201, made.text
    expected = campfire_mock.http.get("/coa/api/vendor", params={"limit": 1}, headers=campfire_mock.headers).json()

    async def use() -> tuple[list[str], t.Any, t.Any]:
        async with mcp_over_http(campfire_mock_app, {"Authorization": f"Bearer {campfire_mock.token}"}) as client:
            names = [tool.name for tool in (await client.list_tools()).tools]
            found = await client.call_tool("get_vendors", {"q": "Over HTTP"})
            page = await client.call_tool("get_vendors", {"limit": 1})
            return names, found.structured_content, page.structured_content

    names, found, page = anyio.run(use)
    assert names == [tool.name for tool in CAMPFIRE_TOOLS]
    assert [vendor["id"] for vendor in found["results"]] == [made.json()["id"]]
    assert page == expected
    assert {call["request_headers"].get("x-campfire-mock-mcp-tool") for call in campfire_mock.calls()} >= {
        "get_vendors"
    }


def test_http_all_path_serves_the_community_tools_too(campfire_mock_app: t.Any, campfire_mock: MockControl) -> None:
    """``/mcp/all`` lists Campfire's tools and the community ones."""

    async def names() -> list[str]:
        headers = {"Authorization": f"Token {campfire_mock.token}"}
        async with mcp_over_http(campfire_mock_app, headers, "/mcp/all") as client:
            return [tool.name for tool in (await client.list_tools()).tools]

    assert anyio.run(names) == [tool.name for tool in CAMPFIRE_TOOLS + COMMUNITY_TOOLS]


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, "Authentication credentials were not provided."),
        ({"Authorization": "Basic abc"}, "Invalid token header. Use 'Token <key>'."),
    ],
)
def test_http_without_a_token_is_the_api_401(campfire_mock_app: t.Any, headers: dict[str, str], message: str) -> None:
    """Without a usable ``Authorization`` header ``/mcp`` answers the API's own 401, before any MCP message."""
    answer = post_raw(campfire_mock_app, headers)
    assert (answer.status_code, answer.json()) == (401, {"detail": message})


def test_http_under_tokens_refuses_an_unlisted_key() -> None:
    """With a tokens list, a key not on it is refused with the API's 401."""
    app = shared_app(OPTIONS, purpose="mcp-tests")
    answer = post_raw(app, {"Authorization": "Token stranger"})
    assert (answer.status_code, answer.json()) == (401, {"detail": "Invalid token."})


def test_http_view_only_key_may_call_every_read_tool() -> None:
    """A view-only key may call every tool (all are reads), and each answers without error."""
    app = shared_app(OPTIONS, purpose="mcp-tests")

    async def call_all() -> dict[str, bool]:
        async with mcp_over_http(app, {"Authorization": "Token viewer-key"}, "/mcp/all") as client:
            tools = CAMPFIRE_TOOLS + COMMUNITY_TOOLS
            return {tool.name: (await client.call_tool(tool.name, {})).is_error for tool in tools}

    assert anyio.run(call_all) == {tool.name: False for tool in CAMPFIRE_TOOLS + COMMUNITY_TOOLS}


def test_http_without_the_sdk_says_how_to_install_it(
    campfire_mock_app: t.Any, campfire_mock: MockControl, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the MCP SDK is not installed, ``/mcp`` answers 501 naming the extra to install."""
    from campfire_mock.http.auth import Auth
    from campfire_mock.mcp import endpoint

    def missing() -> None:
        raise ImportError("No module named 'mcp'")

    monkeypatch.setattr(endpoint, "_import_dependencies", missing)
    answer = post_raw(endpoint.McpEndpoint(campfire_mock_app, Auth()), campfire_mock.headers)
    detail = "The MCP endpoint needs the MCP SDK, the mcp extra: pip install -e '.[mcp]' in a checkout."
    assert (answer.status_code, answer.json()) == (501, {"detail": detail})


def request(app: t.Any, method: str, **kwargs: t.Any) -> httpx2.Response:
    """One request to ``/mcp`` of ``app``, outside any MCP client."""

    async def send() -> httpx2.Response:
        async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app)) as http:
            return await http.request(method, "http://campfire-mock.test/mcp", **kwargs)

    return anyio.run(send)


def test_http_get_is_a_405_since_no_stream_is_offered(campfire_mock_app: t.Any, campfire_mock: MockControl) -> None:
    """A GET (a client asking for a server-to-client stream) is answered 405, as the MCP spec allows."""
    answer = request(campfire_mock_app, "GET", headers={**campfire_mock.headers, "Accept": "text/event-stream"})
    assert (answer.status_code, answer.headers["allow"]) == (405, "POST")
    assert answer.json()["error"]["message"] == "Method Not Allowed: this server offers no SSE stream."


def test_http_preflight_is_answered_for_any_origin(campfire_mock_app: t.Any) -> None:
    """A browser's CORS preflight is answered without a token, for any origin, as the API's are."""
    preflight = {"Origin": "http://localhost:6274", "Access-Control-Request-Method": "POST"}
    answer = request(campfire_mock_app, "OPTIONS", headers=preflight)
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == "*"


def test_http_body_past_the_servers_limit_is_a_413() -> None:
    """A request body past ``max_body_bytes`` is refused with a 413, as the API refuses one."""
    app = shared_app(OPTIONS, purpose="mcp-tests")
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {"_meta": {"pad": "x" * 3000}}}
    headers = {"Authorization": "Token admin-key", "Accept": "application/json"}
    answer = request(app, "POST", json=body, headers=headers)
    assert (answer.status_code, answer.text) == (413, "Request body too large")


def test_http_each_token_is_its_own_workspace(campfire_mock_app: t.Any, campfire_mock: MockControl) -> None:
    """A token the server has not seen gets its own workspace, as on the API: another token's write is not in it."""
    campfire_mock.http.post("/coa/api/vendor", json={"name": "Only Mine"}, headers=campfire_mock.headers)

    async def counts() -> list[int]:
        found = []
        for token in (campfire_mock.token, f"{campfire_mock.token}-other"):
            async with mcp_over_http(campfire_mock_app, {"Authorization": f"Token {token}"}) as client:
                found.append((await client.call_tool("get_vendors", {"q": "Only Mine"})).structured_content["count"])
        return found

    assert anyio.run(counts) == [1, 0]


def test_live_server_serves_mcp_beside_rest(campfire_server: t.Any) -> None:
    """On a running ``campfire-mock serve``, ``/mcp`` reads what REST wrote, and answers REST's JSON (links too)."""
    import httpx

    auth = {"Authorization": "Token live-mcp-key"}
    made = httpx.post(f"{campfire_server.url}/coa/api/vendor", json={"name": "Live Vendor"}, headers=auth)
    assert made.status_code == 201, made.text
    expected = httpx.get(f"{campfire_server.url}/coa/api/vendor", params={"limit": 1}, headers=auth).json()

    async def use() -> tuple[t.Any, t.Any]:
        async with httpx2.AsyncClient(headers=auth) as http:
            transport = streamable_http_client(f"{campfire_server.url}/mcp", http_client=http)
            async with Client(transport) as client:
                found = await client.call_tool("get_vendors", {"q": "Live Vendor"})
                page = await client.call_tool("get_vendors", {"limit": 1})
                return found.structured_content, page.structured_content

    found, page = anyio.run(use)
    assert [vendor["id"] for vendor in found["results"]] == [made.json()["id"]]
    assert page == expected and page["next"].startswith(campfire_server.url)


def test_http_host_no_url_can_have_links_to_the_servers_address(
    campfire_mock_app: t.Any, campfire_mock: MockControl
) -> None:
    """A ``Host`` header that is no URL's host does not break the call: answers link to the server's address."""
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "get_vendors", "arguments": {}}}
    headers = {**campfire_mock.headers, "Accept": "application/json, text/event-stream", "Host": "[::1"}
    answer = request(campfire_mock_app, "POST", json=body, headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.json()["result"]["structuredContent"]["count"] >= 1


def test_every_answer_carries_a_request_id_as_the_apis_do(campfire_mock_app: t.Any, campfire_mock: MockControl) -> None:
    """``X-Request-Id`` on ``/mcp``'s answers: the caller's own when it sent one, else a new one; on a tool call
    (the MCP SDK's answer), on a 405 and on a 401."""
    called = post_raw(campfire_mock_app, {**campfire_mock.headers, "X-Request-Id": "mine-1"})
    refused = request(campfire_mock_app, "GET", headers={**campfire_mock.headers, "X-Request-Id": "mine-2"})
    stranger = post_raw(campfire_mock_app, {"X-Request-Id": "mine-3"})
    assert (called.status_code, called.headers.get_list("x-request-id")) == (200, ["mine-1"])
    assert (refused.status_code, refused.headers.get_list("x-request-id")) == (405, ["mine-2"])
    assert (stranger.status_code, stranger.headers.get_list("x-request-id")) == (401, ["mine-3"])
    made = post_raw(campfire_mock_app, campfire_mock.headers).headers["x-request-id"]
    assert made.startswith("req_")
