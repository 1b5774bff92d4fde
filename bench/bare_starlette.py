"""The ceiling: a bare Starlette app on uvicorn answering fixed bodies on the mock's paths.

Usage: python bench/bare_starlette.py BODIES.json PORT, where BODIES.json maps "retrieve", "list" and
"create" to the bodies to answer (bench/throughput.py writes it from the mock's own answers).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

BODIES = {name: json.dumps(body).encode() for name, body in json.loads(Path(sys.argv[1]).read_text()).items()}


async def retrieve(request: Request) -> Response:
    return Response(BODIES["retrieve"], media_type="application/json")


async def invoices(request: Request) -> Response:
    if request.method == "POST":
        await request.body()
        return Response(BODIES["create"], status_code=201, media_type="application/json")
    return Response(BODIES["list"], media_type="application/json")


app = Starlette(
    routes=[
        Route("/coa/api/v1/invoice/{id}/", retrieve),
        Route("/coa/api/v1/invoice/", invoices, methods=["GET", "POST"]),
    ]
)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), access_log=False, log_level="warning")
