"""The kit in a user's project whose only warning filter is ``error``: fixtures, ``intercept()``
with httpx and with ``requests``, the verification helpers and a stub all pass, and the user's own
warnings still fail their tests."""

from __future__ import annotations

import pytest

from .projects import REPO_ONLY_PLUGINS

pytest_plugins = ["pytester"]

PYPROJECT = """
[tool.pytest.ini_options]
filterwarnings = ["error"]
"""

USER_TESTS = """
import unittest
import warnings

import httpx
import pytest
import requests
import respx
from campfire_sdk import Campfire, NotFoundError

import campfire_mock
from campfire_mock.testing import BlockedRequest

API = "https://api.meetcampfire.com"
KEY = {"Authorization": "Token app-key"}


def test_fixtures_and_verification(campfire_client, campfire_mock):
    assert campfire_client.invoices.retrieve(47864).client_name == "Apple"
    campfire_mock.stub("coa_api_v1_invoice_retrieve", status=404, body={"detail": "Not found."},
                       path={"id": 47864}, times=1)
    with pytest.raises(NotFoundError):
        campfire_client.invoices.retrieve(47864)
    assert campfire_client.invoices.retrieve(47864).id == 47864
    calls = campfire_mock.assert_called("coa_api_v1_invoice_retrieve", times=3)
    assert [c["status"] for c in calls] == [200, 404, 200]
    assert len(campfire_mock.calls("coa_api_v1_invoice_retrieve", status=404)) == 1
    with pytest.raises(AssertionError, match="expected coa_api_v1_invoice_create called at least once; 0 matched"):
        campfire_mock.assert_called("coa_api_v1_invoice_create")


def test_intercept_with_httpx():
    with campfire_mock.intercept() as mock:
        assert Campfire(api_key="app-key").invoices.retrieve(47864).client_name == "Apple"
        assert httpx.post(f"{API}/coa/api/v1/invoice/", json={}, headers=KEY).status_code == 400
        mock.control("app-key").assert_called("coa_api_v1_invoice_create", status=400, json={})


def test_intercept_with_requests():
    with campfire_mock.intercept() as mock:
        got = requests.get(f"{API}/coa/api/v1/invoice/47864/", headers=KEY)
        assert got.json()["client_name"] == "Apple"
        paid = requests.post(f"{API}/coa/api/v1/invoice/145002/pay/", headers=KEY, json={"empty_transactions": [
            {"account_id": 1010, "account_name": "Bank", "amount": 15000, "payment_date": "2026-03-05"}]})
        assert paid.status_code == 200, paid.text
        control = mock.control("app-key")
        assert control.calls(status=200)[-1]["request_body"]["empty_transactions"][0]["amount"] == 15000
        assert Campfire(api_key="app-key").invoices.retrieve(145002).amount_due == 0


def test_each_intercept_starts_fresh():
    with campfire_mock.intercept():
        assert Campfire(api_key="app-key").invoices.retrieve(145002).amount_due == 15000


def test_block_other_hosts_and_user_respx_routes():
    with campfire_mock.intercept(block_other_hosts=True), respx.mock(assert_all_mocked=False) as own:
        own.get("https://rates.example/eur").respond(json={"rate": 1.1})
        assert httpx.get("https://rates.example/eur").json() == {"rate": 1.1}
        assert Campfire(api_key="app-key").invoices.retrieve(47864).id == 47864
    with campfire_mock.intercept(block_other_hosts=True):
        with pytest.raises(BlockedRequest, match="blocked GET https://elsewhere.example/"):
            httpx.get("https://elsewhere.example/")
        with pytest.raises(BlockedRequest, match="blocked GET https://elsewhere.example/"):
            requests.get("https://elsewhere.example/")


def test_intercept_with_campfire_base_url_set(monkeypatch):
    monkeypatch.setenv("CAMPFIRE_BASE_URL", "http://127.0.0.1:9")
    with campfire_mock.intercept() as mock:
        assert Campfire(api_key="app-key").invoices.retrieve(47864).client_name == "Apple"
        assert requests.get("http://127.0.0.1:9/coa/api/v1/invoice/47864/", headers=KEY).status_code == 200
        mock.control("app-key").assert_called("coa_api_v1_invoice_retrieve", times=2)


def test_block_other_hosts_with_a_paging_requests_client():
    with campfire_mock.intercept(block_other_hosts=True):
        session = requests.Session()
        session.headers.update(KEY)
        url, params, seen = f"{API}/coa/api/v1/invoice-payments", {"limit": 1, "cursor": ""}, 0
        while url:
            page = session.get(url, params=params)
            assert page.headers["Content-Type"] == "application/json"
            seen += len(page.json()["results"])
            url, params = page.json()["next"], None
        assert seen == len(session.get(f"{API}/coa/api/v1/invoice-payments", params={"limit": 100}).json()["results"])
        assert seen >= 2


class TestEmptySeed:
    @pytest.fixture
    def campfire_mock_options(self):
        return {"seed": "none"}

    def test_options_override_and_the_app_fixture(self, campfire_mock_app, campfire_client, campfire_mock):
        assert campfire_mock_app.store.seed["objects"] == {}
        with pytest.raises(NotFoundError):
            campfire_client.invoices.retrieve(47864)
        other = campfire_client.with_options(api_key=campfire_mock.token + "-2")
        assert other.invoices.list().count == 0


def test_prefer_header():
    with campfire_mock.intercept():
        answer = httpx.get(f"{API}/coa/api/v1/invoice/47864/", headers={**KEY, "Prefer": "code=404"})
        assert (answer.status_code, answer.json()) == (404, {"detail": "Not found."})


@campfire_mock.intercept()
class TestWithUnittest(unittest.TestCase):
    def test_decorated_class_method_runs(self):
        assert Campfire(api_key="app-key").invoices.retrieve(47864).client_name == "Apple"


def test_users_own_warning_still_fails(campfire_client):
    campfire_client.invoices.retrieve(47864)
    warnings.warn("the user's own deprecation", DeprecationWarning)


def test_users_own_warning_seen_by_pytest_warns():
    with campfire_mock.intercept(), pytest.warns(UserWarning, match="mine"):
        Campfire(api_key="app-key").invoices.retrieve(47864)
        warnings.warn("mine", UserWarning)


def test_live_server(campfire_server):
    control = campfire_server.control("live-key")
    assert control.calls() == []


def test_live_server_delivers_signed_webhooks(campfire_server, campfire_webhook_receiver):
    auth = {"Authorization": "Token hooks-key"}
    hook = httpx.post(
        f"{campfire_server.url}/integrations/api/v1/webhook",
        json={"url": campfire_webhook_receiver.url, "active": True, "topics": [{"name": "vendor.created"}]},
        headers=auth,
    ).json()
    made = httpx.post(f"{campfire_server.url}/coa/api/vendor", json={"name": "Hooked"}, headers=auth).json()
    (delivery,) = campfire_webhook_receiver.wait(1, topic="vendor.created")
    (envelope,) = campfire_webhook_receiver.verified(hook["token"])
    assert envelope["object"]["id"] == made["id"] and envelope["object"]["name"] == "Hooked"
    assert delivery.headers["webhook-id"] == envelope["id"]
"""


def test_strict_user_project_passes(pytester: pytest.Pytester) -> None:
    """With only ``filterwarnings = ["error"]``, every kit feature passes; only the user's own warning fails a test."""
    pytester.makefile(".toml", pyproject=PYPROJECT)
    pytester.makepyfile(test_integration=USER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", *REPO_ONLY_PLUGINS, "-q")
    result.assert_outcomes(passed=13, failed=1)
    result.stdout.fnmatch_lines(["E       DeprecationWarning: the user's own deprecation"])
    result.stdout.fnmatch_lines(["FAILED test_integration.py::test_users_own_warning_still_fails - DeprecationW*"])
