"""What ``intercept()`` answers: the SDK's calls whatever their base URL, httpx and ``requests`` calls to
the intercepted base URLs (``CAMPFIRE_BASE_URL`` included), every ``requests`` call with one content type,
and a paging ``requests`` app under ``block_other_hosts=True``."""

from __future__ import annotations

import importlib.util
import sys
import typing as t
from pathlib import Path

import httpx
import pytest
import requests

import campfire_mock
from campfire_mock.testing import BlockedRequest
from campfire_sdk import Campfire

ROOT = Path(__file__).resolve().parents[2]
API = "https://api.meetcampfire.com"
KEY = {"Authorization": "Token reach-key"}
#: A loopback port nothing listens on: a call that leaked would fail to connect.
CLOSED = "http://127.0.0.1:9"


def test_campfire_base_url_from_the_environment_is_answered_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """With ``CAMPFIRE_BASE_URL`` set, the SDK, httpx and ``requests`` calls to it are answered and recorded."""
    monkeypatch.setenv("CAMPFIRE_BASE_URL", CLOSED)
    with campfire_mock.intercept() as mock:
        assert mock.base_urls == (API, CLOSED)
        assert Campfire(api_key="reach-key").invoices.retrieve(47864).client_name == "Apple"
        assert httpx.get(f"{CLOSED}/coa/api/v1/invoice/47864/", headers=KEY).json()["id"] == 47864
        assert requests.get(f"{CLOSED}/coa/api/v1/invoice/47864/", headers=KEY).json()["id"] == 47864
        assert httpx.get(f"{API}/coa/api/v1/invoice/47864/", headers=KEY).status_code == 200
        mock.control("reach-key").assert_called("coa_api_v1_invoice_retrieve", times=4)


def test_sdk_client_for_another_base_url_is_answered_in_process() -> None:
    """A ``Campfire`` client configured for any other base URL is answered by the mock, never the network."""
    with campfire_mock.intercept(block_other_hosts=True) as mock:
        client = Campfire(api_key="reach-key", base_url=CLOSED)
        assert client.invoices.retrieve(47864).id == 47864
        assert client.with_options(base_url="https://eu.example.test").invoices.retrieve(47864).id == 47864
        mock.control("reach-key").assert_called("coa_api_v1_invoice_retrieve", times=2)


def test_raw_httpx_to_another_host_is_still_blocked() -> None:
    """Only the SDK's own requests follow it to another host; a raw httpx call there is blocked."""
    with (
        campfire_mock.intercept(block_other_hosts=True),
        pytest.raises(BlockedRequest, match=r"blocked GET http://127\.0\.0\.1:9/coa/api/v1/invoice/"),
    ):
        httpx.get(f"{CLOSED}/coa/api/v1/invoice/", headers=KEY)


def test_block_other_hosts_answers_every_requests_call() -> None:
    """Every ``requests`` call to Campfire is answered, not only the first per method; other hosts stay blocked."""
    with campfire_mock.intercept(block_other_hosts=True) as mock:
        session = requests.Session()
        session.headers.update(KEY)
        for _ in range(3):
            assert session.get(f"{API}/coa/api/v1/invoice/47864/").status_code == 200
            assert session.post(f"{API}/coa/api/v1/invoice/", json={}).status_code == 400
        for _ in range(2):
            with pytest.raises(BlockedRequest, match=r"blocked GET https://elsewhere\.example/"):
                session.get("https://elsewhere.example/")
        assert len(mock.control("reach-key").calls()) == 6


def test_requests_sees_the_mocks_content_type_alone() -> None:
    """A ``requests`` response carries the mock's ``Content-Type``, not ``responses``' default joined to it."""
    with campfire_mock.intercept(block_other_hosts=True):
        answer = requests.get(f"{API}/coa/api/v1/invoice/47864/", headers=KEY)
        assert answer.headers["Content-Type"] == "application/json"
    with campfire_mock.intercept():
        answer = requests.get(f"{API}/coa/api/v1/invoice/47864/", headers=KEY)
        assert answer.headers["Content-Type"] == "application/json"


def test_warehouse_sync_with_requests_pages_through_next_links() -> None:
    """A ``requests`` app syncing payments (``limit``, ``cursor=``, ``last_modified_at__gte``, ``next``) gets all."""
    with campfire_mock.intercept(block_other_hosts=True) as mock:
        session = requests.Session()
        session.headers.update(KEY)
        url: str | None = f"{API}/coa/api/v1/invoice-payments"
        since = "2020-01-01T00:00:00Z"
        params: dict[str, str | int] | None = {"limit": 1, "cursor": "", "last_modified_at__gte": since}
        synced: list[int] = []
        while url:
            page = session.get(url, params=params)
            assert page.status_code == 200, page.text
            body = page.json()
            synced += [payment["id"] for payment in body["results"]]
            url, params = body["next"], None
        everything = session.get(f"{API}/coa/api/v1/invoice-payments", params={"limit": 100}).json()["results"]
        assert len(synced) >= 2 and sorted(synced) == sorted(p["id"] for p in everything)
        pages = mock.control("reach-key").calls("coa_api_v1_invoice_payments_list", status=200)
        assert [c["query"].count("cursor=") for c in pages[:-1]] == [1] * len(synced)


def _example(name: str) -> t.Any:
    spec = importlib.util.spec_from_file_location(f"example_{name}", ROOT / "examples" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_warehouse_sync_example_runs_inside_block_other_hosts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """examples/warehouse_sync.py (``requests``, paging by ``next``) prints every payment, nothing blocked."""
    monkeypatch.setenv("CAMPFIRE_API_KEY", "reach-key")
    monkeypatch.delenv("CAMPFIRE_BASE_URL", raising=False)
    sync = _example("warehouse_sync")
    with campfire_mock.intercept(block_other_hosts=True) as mock:
        session = requests.Session()
        session.headers.update(KEY)
        one_page = list(sync.changed_payments(session, API, "2020-01-01T00:00:00Z"))
        pages = list(sync.changed_payments(session, API, "2020-01-01T00:00:00Z", page_size=1))
        sync.main()
        assert [p["id"] for p in pages] == [p["id"] for p in one_page] and len(pages) >= 2
        assert len(capsys.readouterr().out.splitlines()) == len(pages)
        listed = mock.control("reach-key").calls("coa_api_v1_invoice_payments_list", status=200)
        assert len(listed) == 1 + len(pages) + 1  # one page, then one per payment, then one page again
