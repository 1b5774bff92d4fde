"""Per-call overhead of campfire_sdk over raw httpx, against the in-process mock.

Usage::

    python bench/sdk_overhead.py [--calls 300]

Both sides use the same ``httpx.AsyncClient`` over ``httpx.ASGITransport`` (no socket) and the
mock without response validation, so the mock's own time is as small as it gets; the raw side
also decodes the JSON. Prints the median per-call time of each and their ratio (target < 1.3x).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import typing as t

import httpx

from campfire_mock import create_app
from campfire_sdk import AsyncCampfire

HEADERS = {"Authorization": "Token bench"}


async def timed(fn: t.Callable[[], t.Awaitable[object]], calls: int) -> float:
    times = []
    for _ in range(calls):
        started = time.perf_counter()
        await fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


async def main_async(calls: int) -> None:
    app = create_app(validate_responses=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://mock") as http:
        sdk = AsyncCampfire(api_key="bench", base_url="http://mock", http_client=http)

        async def raw_retrieve() -> object:
            return (await http.get("/coa/api/v1/invoice/47864/", headers=HEADERS)).json()

        async def sdk_retrieve() -> object:
            return await sdk.invoices.retrieve(47864)

        async def raw_list() -> object:
            return (await http.get("/coa/api/v1/invoice/", params={"limit": 20}, headers=HEADERS)).json()

        async def sdk_list() -> object:
            return await sdk.invoices.list(limit=20)

        for _ in range(20):  # warm up both paths
            await raw_retrieve()
            await sdk_retrieve()
        print("| call | raw httpx ms | campfire_sdk ms | SDK / raw |")
        print("|---|---|---|---|")
        for name, raw, wrapped in (("retrieve", raw_retrieve, sdk_retrieve), ("list (20)", raw_list, sdk_list)):
            r = await timed(raw, calls)
            s = await timed(wrapped, calls)
            print(f"| {name} | {r * 1000:.2f} | {s * 1000:.2f} | {s / r:.2f}x |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args()
    asyncio.run(main_async(args.calls))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
