"""The testing kit as users use it: a generated project's tests, run with pytester."""

from __future__ import annotations

import pytest

from ..mock.live import free_port
from .projects import REPO_ONLY_PLUGINS

pytest_plugins = ["pytester"]

USER_TESTS = '''
import httpx
import pytest
from campfire_sdk import Campfire, NotFoundError

import campfire_mock


def my_app_total_due(client: Campfire, client_id: int) -> float:
    """The code under test: sums what a client owes."""
    return sum(i.amount_due for i in client.invoices.list(client=client_id))


def test_fixture_client_and_control(campfire_client, campfire_mock):
    assert my_app_total_due(campfire_client, 42) == 15000
    campfire_client.invoices.pay(145002, empty_transactions=[
        {"account_id": 1010, "account_name": "Bank", "amount": 15000, "payment_date": "2026-03-05"}])
    assert my_app_total_due(campfire_client, 42) == 0
    assert [r["status"] for r in campfire_mock.requests()][-1] == 200


def test_each_test_gets_a_fresh_workspace(campfire_client):
    assert my_app_total_due(campfire_client, 42) == 15000


def test_clock_control(campfire_client, campfire_mock):
    campfire_mock.set_time("2026-04-01")
    assert campfire_client.invoices.retrieve(145002).past_due_days == 25


def test_snapshot_and_restore(campfire_client, campfire_mock):
    snap = campfire_mock.snapshot()
    campfire_client.invoices.delete(145006)
    campfire_mock.restore(snap)
    assert campfire_client.invoices.retrieve(145006).status == "draft"


@campfire_mock.intercept()
def test_intercept_as_decorator():
    app_client = Campfire(api_key="my-app-key")  # the app's own client, unchanged
    assert app_client.invoices.retrieve(47864).client_name == "Apple"


def test_intercept_as_context_manager():
    with campfire_mock.intercept(seed="none") as mock:
        response = httpx.get("https://api.meetcampfire.com/coa/api/v1/invoice/", headers={"Authorization": "Token k"})
        assert response.json()["count"] == 0
        with pytest.raises(NotFoundError):
            Campfire(api_key="k").invoices.retrieve(47864)
        assert mock.control("k").requests()[0]["path"] == "/coa/api/v1/invoice/"


def test_live_server_for_other_clients(campfire_server):
    response = httpx.get(f"{campfire_server.url}/coa/api/v1/invoice/47864/", headers={"Authorization": "Token any"})
    assert response.json()["invoice_number"] == "INV-0000493"
'''

OPTIONS_TESTS = """
import pytest

@pytest.fixture(scope="session")
def campfire_mock_options():
    return {"seed": "none"}


def test_empty_seed(campfire_client):
    assert campfire_client.invoices.list().count == 0
"""


EMPTY_MODULE = """
import httpx
import pytest


@pytest.fixture
def campfire_mock_options():
    return {"seed": "none"}


def test_empty_here(campfire_client):
    assert campfire_client.invoices.list().count == 0


def test_live_server_empty_here(campfire_server):
    listed = httpx.get(f"{campfire_server.url}/coa/api/v1/invoice/", headers={"Authorization": "Token e"})
    assert listed.json()["count"] == 0
"""

DEMO_MODULE = """
import httpx
import pytest


def test_demo_here(campfire_client):
    assert campfire_client.invoices.list().count > 0


def test_live_server_demo_here(campfire_server):
    listed = httpx.get(f"{campfire_server.url}/coa/api/v1/invoice/", headers={"Authorization": "Token d"})
    assert listed.json()["count"] > 0


class TestEmptyClass:
    @pytest.fixture
    def campfire_mock_options(self):
        return {"seed": "none"}

    def test_empty_in_the_class(self, campfire_client):
        assert campfire_client.invoices.list().count == 0
"""


FIXED_PORT_CONFTEST = """
import pytest


@pytest.fixture(scope="session")
def campfire_server_port():
    return PORT
"""


QUIET_TESTS = """
import sys


def test_plugin_loaded_nothing_heavy():
    heavy = [m for m in ("connexion", "starlette", "numpy", "fpdf", "campfire_mock.app") if m in sys.modules]
    assert heavy == []
"""


def test_plugin_imports_nothing_heavy_until_a_fixture_is_used(pytester: pytest.Pytester) -> None:
    """A project with ``filterwarnings = error`` that uses no fixture starts as if the plugin were absent
    (pytest-asyncio, a test dependency of this repo only, is switched off: it warns on such a project)."""
    pytester.makeini("[pytest]\nfilterwarnings = error\n")
    pytester.makepyfile(test_quiet=QUIET_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", *REPO_ONLY_PLUGINS, "-q")
    result.assert_outcomes(passed=1)


SERVER_OPTIONS_TESTS = """
import httpx
import pytest


@pytest.fixture(scope="session")
def campfire_mock_options():
    return {"seed": "none", "tokens": {"ci-key": "view_only"}}


@pytest.fixture(scope="session")
def campfire_server_port():
    return PORT


def test_live_server_follows_the_options(campfire_server):
    assert campfire_server.url == f"http://127.0.0.1:{PORT}"
    listed = httpx.get(f"{campfire_server.url}/coa/api/v1/invoice/", headers={"Authorization": "Token ci-key"})
    assert listed.json()["count"] == 0
    key = {"Authorization": "Token ci-key"}
    refused = httpx.post(f"{campfire_server.url}/coa/api/v1/invoice/", json={}, headers=key)
    assert refused.status_code == 403
    unknown = httpx.get(f"{campfire_server.url}/coa/api/v1/invoice/", headers={"Authorization": "Token other"})
    assert unknown.status_code == 401
"""


def test_user_project_passes(pytester: pytest.Pytester) -> None:
    """One user project, run once, whose modules each prove a part of the kit (one pytest run instead of five,
    each of which cost seconds of start-up):

    - ``test_integration``: the fixtures, ``intercept()`` (decorator and context manager) and the live server;
    - ``test_options``: a session-scoped ``campfire_mock_options`` override with no seed gives an empty workspace
      through ``campfire_client``;
    - ``test_a_empty``, ``test_b_demo``, ``test_c_empty``: a plain (function-scoped) override in one module, or
      one class, changes the mock for its tests only, before and after the modules that keep the default
      (in-process and live);
    - ``fixed/``: with ``campfire_server_port`` fixed (its conftest), a module with other options gets the port in
      its turn: the server of the options before it stops, and one with the new options starts there (demo,
      empty, demo again);
    - ``test_server_options``: ``campfire_server`` runs with ``campfire_mock_options`` (seed, tokens) on
      ``campfire_server_port``.
    """
    options_port = free_port()
    fixed_port = next(port for port in iter(free_port, None) if port != options_port)  # both may run at once
    pytester.makepyfile(
        test_integration=USER_TESTS,
        test_options=OPTIONS_TESTS,
        test_a_empty=EMPTY_MODULE,
        test_b_demo=DEMO_MODULE,
        test_c_empty=EMPTY_MODULE,
        test_server_options=SERVER_OPTIONS_TESTS.replace("PORT", str(options_port)),
    )
    fixed = pytester.mkdir("fixed")
    (fixed / "conftest.py").write_text(FIXED_PORT_CONFTEST.replace("PORT", str(fixed_port)))
    for name, module in (("a_demo", DEMO_MODULE), ("b_empty", EMPTY_MODULE), ("c_demo", DEMO_MODULE)):
        (fixed / f"test_fixed_{name}.py").write_text(module)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", *REPO_ONLY_PLUGINS, "-v")
    modules = {
        "test_integration.py": 7,
        "test_options.py": 1,
        "test_a_empty.py": 2,
        "test_b_demo.py": 3,
        "test_c_empty.py": 2,
        "test_server_options.py": 1,
        "fixed/test_fixed_a_demo.py": 3,
        "fixed/test_fixed_b_empty.py": 2,
        "fixed/test_fixed_c_demo.py": 3,
    }
    passed = {
        name: sum(line.startswith(f"{name}::") and " PASSED" in line for line in result.outlines) for name in modules
    }
    assert passed == modules
    result.assert_outcomes(passed=sum(modules.values()))
