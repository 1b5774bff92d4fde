"""The compiled request path answers exactly as the Connexion path does.

Schemathesis generates requests for every Campfire operation, valid and invalid; each is sent to two
mocks that differ only in `compiled_path`, in the same order, with the same frozen clock, so their
workspaces evolve alike. Status, content type and body must match for every request. The compiled
path serves the valid ones; the rest fall through to Connexion. 10 examples per operation and mode by default,
60 with ``--deep``; CAMPFIRE_COMPILED_EXAMPLES=N sets any other count.
"""

from __future__ import annotations

import os
import subprocess
import sys
import typing as t
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.openapi.documents import load_spec, packaged_spec
from campfire_mock.operations import sample_operation_ids

ROOT = Path(__file__).resolve().parents[2]
TOKEN = {"Authorization": "Token contract-tests"}
NOW = {"now": "2026-03-15T12:00:00+00:00"}
DEEP = os.environ.get("CAMPFIRE_TESTS_DEEP") == "1"
# 5 cases per operation and mode by default (10 cost 40 CPU seconds, most of it here); --deep runs 60.
EXAMPLES = int(os.environ.get("CAMPFIRE_COMPILED_EXAMPLES", "60" if DEEP else "5"))

FAST_APP = create_app(compiled_path=True)
FAST = TestClient(FAST_APP, raise_server_exceptions=False)
SLOW = TestClient(create_app(compiled_path=False), raise_server_exceptions=False)
# One workspace, copied: seeding stamps objects with the real time, which could differ by a second.
FAST.post("/__campfire_mock__/clock", json=NOW, headers=TOKEN)
SLOW.post(
    "/__campfire_mock__/snapshot", json=FAST.get("/__campfire_mock__/snapshot", headers=TOKEN).json(), headers=TOKEN
)
assert (
    FAST.get("/__campfire_mock__/snapshot", headers=TOKEN).json()
    == SLOW.get("/__campfire_mock__/snapshot", headers=TOKEN).json()
)

# From the packaged JSON twin of spec/campfire.openapi.yaml (equal: tests/spec/test_spec_files.py): milliseconds.
campfire = schemathesis.openapi.from_dict(load_spec(packaged_spec()))
campfire.app = FAST_APP


def answer(response: httpx.Response) -> tuple[int, str, t.Any]:
    media = response.headers.get("content-type", "").split(";")[0]
    if media == "application/json":
        body: t.Any = response.json()
        if isinstance(body, dict) and str(body.get("token", "")).startswith("whsec_"):
            body["token"] = "whsec_"  # a webhook's signing secret is random by design: compare its kind only
    elif media == "application/pdf":
        body = response.content[:5]  # a PDF carries its creation time: compare the kind only
    else:
        body = response.content
    return response.status_code, media, body


#: The operations compared: those with hand-written rules and a sample of the generic ones, or every
#: one with CAMPFIRE_CONTRACT_DEEP=1 (``--deep``).
_ALL = [r.ok() for r in campfire.get_all_operations()]
_SAMPLE = (
    {op.definition.raw["operationId"] for op in _ALL}
    if os.environ.get("CAMPFIRE_CONTRACT_DEEP") == "1" or "--deep" in sys.argv
    else set(sample_operation_ids(op.definition.raw["operationId"] for op in _ALL))
)
OPERATIONS = {f"{op.method.upper()} {op.path}": op for op in _ALL if op.definition.raw["operationId"] in _SAMPLE}


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
@pytest.mark.parametrize("label", sorted(OPERATIONS))
def test_compiled_and_connexion_paths_answer_alike(label: str, mode: GenerationMode) -> None:
    """For generated valid or invalid requests to one operation, the compiled and Connexion paths answer with the same
    status, content type and body."""

    @settings(
        max_examples=EXAMPLES, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(case=OPERATIONS[label].as_strategy(generation_mode=mode))
    def same_answer(case: schemathesis.Case) -> None:
        kwargs = case.as_transport_kwargs(base_url="http://testserver")
        kwargs.pop("cookies", None)
        if isinstance(kwargs.get("data"), bytes | str):
            kwargs["content"] = kwargs.pop("data")  # raw bodies (httpx names them content)
        fast, slow = FAST.request(**kwargs), SLOW.request(**kwargs)
        assert answer(fast) == answer(slow), f"{kwargs['method']} {fast.request.url}"

    same_answer()


def test_valid_requests_take_the_compiled_path() -> None:
    """Valid requests (unknown query parameters included) are served by the compiled path; a bad number, a missing
    key or a non-API path passes to Connexion; an id that is no id is answered 404 at the front door."""
    compiled = FAST_APP.compiled
    assert compiled is not None
    before = compiled.served
    FAST.get("/coa/api/v1/invoice/47864/", headers=TOKEN)
    FAST.get("/coa/api/v1/invoice/", params={"limit": 2, "client": 42, "sort": "-invoice_date"}, headers=TOKEN)
    line = {"amount": 5, "product": 2545}  # a line: an invoice without lines is no valid request (minItems: 1)
    body = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42, "lines": [line]}
    assert FAST.post("/coa/api/v1/invoice/", json=body, headers=TOKEN).status_code == 201
    assert compiled.served == before + 3
    assert SLOW.post("/coa/api/v1/invoice/", json=body, headers=TOKEN).status_code == 201  # the two stay alike
    FAST.get("/coa/api/v1/invoice/", params={"format": "json"}, headers=TOKEN)  # unknown: ignored, as in DRF
    assert compiled.served == before + 4
    passed = compiled.passed
    assert FAST.get("/coa/api/v1/invoice/abc/", headers=TOKEN).status_code == 404  # not an id: the front's 404
    assert (compiled.served, compiled.passed) == (before + 4, passed)
    FAST.get("/coa/api/v1/invoice/", params={"limit": "many"}, headers=TOKEN)  # not a number
    FAST.get("/coa/api/v1/invoice/47864/")  # no key
    FAST.get("/ui/")
    assert (compiled.served, compiled.passed) == (before + 4, passed + 3)


@pytest.mark.parametrize(
    "url",
    [
        "/coa/api/transaction?all_time=true&limit=3&cursor=",
        "/coa/api/v1/invoice-payments?limit=2&cursor=",
        "/coa/api/v1/bill-payments?limit=2&cursor=",
    ],
)
def test_an_empty_cursor_takes_the_compiled_path(url: str) -> None:
    """``cursor=`` (an empty string, which starts cursor paging) is served by the compiled path, answered as
    Connexion answers it, so the first cursor page does not wait for Connexion to be built."""
    compiled = FAST_APP.compiled
    assert compiled is not None
    served, passed = compiled.served, compiled.passed
    fast = FAST.get(url, headers=TOKEN)
    assert (compiled.served, compiled.passed) == (served + 1, passed)
    assert fast.status_code == 200 and "cursor=" in fast.json()["next"]
    assert answer(fast) == answer(SLOW.get(url, headers=TOKEN))


@pytest.mark.parametrize("validate", [True, False])
def test_cached_invoices_follow_writes_and_the_clock(validate: bool) -> None:
    """A retrieved invoice is served from the cache until something it shows changes."""
    client = TestClient(create_app(validate_responses=validate), headers={"Authorization": "Token cache"})
    client.post("/__campfire_mock__/clock", json={"now": "2026-03-01T00:00:00+00:00"})
    listed = client.get("/coa/api/v1/invoice/", params={"limit": 100}).json()["results"]
    target = next(i["id"] for i in listed if i["payment_status"] in ("open", "partial") and i["amount_due"] > 10)
    url = f"/coa/api/v1/invoice/{target}/"
    first = client.get(url).json()
    assert client.get(url).json() == first

    paid = {"account_id": 1010, "account_name": "Bank", "amount": 10, "payment_date": "2026-03-01"}
    assert client.post(f"{url}pay/", json={"empty_transactions": [paid]}).status_code == 200
    after = client.get(url).json()
    assert after["amount_due"] == round(first["amount_due"] - 10, 2)
    assert len(after["payments"]) == len(first["payments"]) + 1
    listed = client.get("/coa/api/v1/invoice/", params={"limit": 100}).json()["results"]
    assert [i["amount_due"] for i in listed if i["id"] == target] == [after["amount_due"]]

    client.post("/__campfire_mock__/clock", json={"now": f"{after['due_date']}T00:00:00+00:00"})
    assert client.get(url).json()["past_due_days"] is None
    client.post("/__campfire_mock__/clock", json={"advance_days": 40})
    later = client.get(url).json()
    assert later["past_due_days"] == 40

    rejected = client.post(f"{url}pay/", json={"empty_transactions": [{**paid, "amount": -5}]})
    assert rejected.status_code == 400
    assert client.get(url).json() == later

    client.post("/__campfire_mock__/reset")
    assert client.get(url).json()["payments"] == client.get(url).json()["payments"]
    assert len(client.get(url).json()["payments"]) == len(first["payments"])


def test_parameter_names_match_connexions() -> None:
    """The compiled path names every parameter for the handler exactly as Connexion does."""
    from connexion.decorators.parameter import pythonic as connexion_pythonic

    from campfire_mock.openapi.documents import operations
    from campfire_mock.openapi.router import argument_name as pythonic

    spec = load_spec(packaged_spec())
    names = {
        p["name"]
        for path, _, op in operations(spec)
        for p in [*op.get("parameters", []), *spec["paths"][path].get("parameters", [])]
    }
    assert len(names) > 40
    assert {name: pythonic(name) for name in names} == {name: connexion_pythonic(name) for name in names}


def test_the_pdf_library_waits_for_the_first_pdf() -> None:
    """A started, warmed-up server has not imported the PDF library (25 MB with numpy, Pillow and
    fontTools); the first PDF asked for imports it and is answered."""
    code = (
        "import sys, time\n"
        "from starlette.testclient import TestClient\n"
        "from campfire_mock import create_app\n"
        "app = create_app()\n"
        "with TestClient(app) as client:\n"
        "    auth = {'Authorization': 'Token a'}\n"
        "    assert client.get('/coa/api/account', headers=auth).status_code == 200\n"
        "    while app._warming is None or not app._warming.done():  # the background warm-up, finished\n"
        "        time.sleep(0.05)\n"
        "    before = 'fpdf' in sys.modules\n"
        "    pdf = client.get('/coa/api/v1/invoice/statement/client/42/pdf/', headers=auth)\n"
        "    print(before, pdf.status_code, pdf.headers['content-type'], pdf.content[:5], 'fpdf' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "200", "application/pdf", "b'%PDF-'", "True"]


def test_start_up_path_imports_neither_connexion_nor_the_report_engine() -> None:
    """Building the app and answering through the compiled path loads none of the heavy parts (they
    load in the background or on first use); bench/throughput.py measures what that buys."""
    code = (
        "import sys\n"
        "from starlette.testclient import TestClient\n"
        "from campfire_mock import create_app\n"
        "client = TestClient(create_app())\n"
        "assert client.get('/coa/api/v1/invoice/47864/', headers={'Authorization': 'Token a'}).status_code == 200\n"
        "print(sorted(m for m in ('connexion', 'numpy', 'fpdf') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
