"""What an MCP tool call costs over the REST call it makes, in-process, and what the stdio server takes to start.

Usage::

    python bench/mcp_latency.py [--calls 200]

Needs the ``mcp`` extra. Against an in-process mock with the demo seed (no socket): the median and p95 of
``--calls`` tool calls in one MCP session (the SDK's client over in-memory streams) for three tools, next
to the REST request the first one makes; a fresh session plus one call (what ``campfire_mcp.call_tool``
does per call); then ``campfire-mock mcp`` on stdio, spawned by the SDK's stdio client, from process start
to its first tool answer (median of 3). Absolute figures depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import typing as t

import anyio
import httpx
from mcp import Client, StdioServerParameters

from campfire_mock.inprocess import build_app
from campfire_mock.mcp.server import build_server

TOOLS: list[tuple[str, dict[str, t.Any]]] = [
    ("get_vendors", {"limit": 5}),
    ("get_income_statement", {}),
    ("get_ar_aging", {}),
]


def figures(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"median {statistics.median(ordered) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms"


async def in_process(calls: int) -> None:
    app = build_app({"seed": "demo"})
    token = {"Authorization": "Token bench"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as http:
        rest = []
        for _ in range(calls):
            started = time.perf_counter()
            await http.get("/coa/api/vendor", params={"limit": 5}, headers=token)
            rest.append(time.perf_counter() - started)
        print(f"REST GET /coa/api/vendor?limit=5: {figures(rest)}")
        async with Client(build_server(http, "bench", "all")) as client:
            for tool, arguments in TOOLS:
                spent = []
                for _ in range(calls):
                    started = time.perf_counter()
                    await client.call_tool(tool, arguments)
                    spent.append(time.perf_counter() - started)
                print(f"MCP {tool}: {figures(spent)}")
        spent = []
        for _ in range(max(calls // 4, 1)):
            started = time.perf_counter()
            async with Client(build_server(http, "bench", "campfire")) as client:
                await client.call_tool("get_entities", {})
            spent.append(time.perf_counter() - started)
        print(f"new session + one call: {figures(spent)}")


async def stdio_start() -> None:
    params = StdioServerParameters(command=sys.executable, args=["-m", "campfire_mock", "mcp", "--token", "bench"])
    spent = []
    for _ in range(3):
        started = time.perf_counter()
        async with Client(params) as client:
            await client.call_tool("get_entities", {})
            spent.append(time.perf_counter() - started)
    print(f"stdio: process start to first tool answer: median {statistics.median(spent):.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    anyio.run(in_process, args.calls)
    anyio.run(stdio_start)


if __name__ == "__main__":
    main()
