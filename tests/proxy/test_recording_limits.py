"""A recording always seeds: values the spec allows but the mock does not hold are cut to its limits or left
out (and said so), never written so that ``--seed`` fails."""

from __future__ import annotations

import copy
import json
import typing as t
from pathlib import Path

import httpx
from starlette.testclient import TestClient
from starlette.types import Receive, Scope, Send

from campfire_mock import create_app
from campfire_mock.domain.seeding import read_seed
from campfire_mock.limits import MAX_TEXT_CHARS
from campfire_mock.proxy.recorder import Recorder

from .conftest import HEADERS, Loopback, make_proxy


class OddUpstream:
    """Answers invoice retrieves with spec-valid invoices, some beyond the mock's limits, by id."""

    def __init__(self, invoices: dict[int, dict[str, t.Any]]) -> None:
        self.invoices = invoices

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        key = int(scope["path"].rstrip("/").rsplit("/", 1)[-1])
        body = json.dumps(self.invoices[key]).encode()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": body})


def _variants() -> dict[int, dict[str, t.Any]]:
    """The demo's invoice 47864 as the mock answers it, and four copies beyond the mock's limits."""
    with TestClient(create_app(), headers=HEADERS) as mock:
        good = mock.get("/coa/api/v1/invoice/47864/").json()

    def copied(key: int, **fields: t.Any) -> dict[str, t.Any]:
        return {**copy.deepcopy(good), "id": key, "invoice_number": f"ODD-{key}", "payments": [], **fields}

    line = {**good["lines"][0], "description": "d" * (MAX_TEXT_CHARS + 5)}
    return {
        47864: good,
        1: copied(1, invoice_date="0001-01-01", due_date="0001-01-31"),  # the first year DRF's dates take
        2: copied(2, lines=[{**good["lines"][0], "id": 900_000 + n} for n in range(1_001)]),  # 1,001 lines
        3: copied(3, lines=[line]),  # text longer than a field keeps
        4: copied(4, client=2**63),  # a client id beyond 2^63 - 1: beyond the spec's 64-bit bound too
    }


def test_a_recording_of_values_beyond_the_mocks_limits_still_seeds(spec: dict[str, t.Any], tmp_path: Path) -> None:
    """Recorded through the proxy, an invoice of 1,001 lines is left out (named with why), one dated in year 1
    is kept, one with a client id of 2^63 (which breaks the spec's 64-bit bound) is reported as drift and not
    recorded, a 1,000,005-character description is cut to 1,000,000, and the mock seeded from the recording
    answers the kept invoices."""
    variants = _variants()
    recorder = Recorder(spec)
    with Loopback(OddUpstream(variants)) as upstream:
        proxy = make_proxy(upstream.url, spec, recorder=recorder)
        with Loopback(proxy) as server, httpx.Client(base_url=server.url, headers=HEADERS, timeout=30) as client:
            for key in variants:
                assert client.get(f"/coa/api/v1/invoice/{key}/").status_code == 200
    # Every answer is one the spec allows but the client id of 2^63, beyond the spec's 64-bit bound (Campfire
    # keeps ids in bigint): the proxy reports that drift, and the recording still seeds.
    assert proxy.report.violations == 1
    recording = tmp_path / "recorded.json"
    recorder.write(recording)
    assert [line.split(":")[0] for line in recorder.left_out] == ["invoice 2"]
    assert "Ensure this field has no more than 1000 elements." in recorder.left_out[0]
    assert recorder.clamped == [f"invoice 3: lines.0.description cut to {MAX_TEXT_CHARS} characters"]
    assert recorder.warning is None
    seed = read_seed(recording)
    with TestClient(create_app(seed=seed), headers=HEADERS) as replay:
        assert replay.get("/coa/api/v1/invoice/47864/").json() == variants[47864]
        kept = replay.get("/coa/api/v1/invoice/3/").json()
        assert kept["lines"][0]["description"] == "d" * MAX_TEXT_CHARS
        assert replay.get("/coa/api/v1/invoice/1/").json()["invoice_date"] == "0001-01-01"
        assert [replay.get(f"/coa/api/v1/invoice/{key}/").status_code for key in (2, 4)] == [404, 404]
