"""The web dashboard at /__campfire_mock__/dashboard, driven in headless Chromium (Debian's chromium and
chromium-driver packages) through Selenium. Skips with the reason when no browser or driver is installed."""

from __future__ import annotations

import re
import shutil
import tempfile
import typing as t
from collections.abc import Callable

import httpx
import pytest

from .live import LiveServer

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (the test extra has it)")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="no headless browser: install Debian's chromium and chromium-driver (apt-get install chromium "
    "chromium-driver), as .ci/run does",
)

KEY = "dashboard-key"
AUTH = {"Authorization": f"Token {KEY}"}


@pytest.fixture(scope="module")
def server() -> t.Iterator[LiveServer]:
    with LiveServer() as live:
        yield live


@pytest.fixture(scope="module")
def browser() -> t.Iterator[t.Any]:
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    # Flags for a closed network and a root user (see the machine notes): no background connections.
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ):
        options.add_argument(flag)
    with tempfile.TemporaryDirectory() as profile:
        options.add_argument(f"--user-data-dir={profile}")
        driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
        try:
            yield driver
        finally:
            driver.quit()


def wait_for(browser: t.Any, condition: Callable[[], t.Any], timeout: float = 10.0) -> t.Any:
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    # The page replaces whole tables when it redraws: an element read mid-redraw is simply read again.
    wait = WebDriverWait(browser, timeout, ignored_exceptions=[StaleElementReferenceException])
    return wait.until(lambda _: condition())


def rows(browser: t.Any, table: str) -> list[list[str]]:
    from selenium.webdriver.common.by import By

    return [
        # The cell's text as written (long paths wrap on screen; the text is the same).
        [td.get_attribute("textContent") for td in tr.find_elements(By.TAG_NAME, "td")]
        for tr in browser.find_elements(By.CSS_SELECTOR, f"#{table} tbody tr")
    ]


def test_dashboard_shows_the_workspace_its_log_and_a_report_chart(server: LiveServer, browser: t.Any) -> None:
    """The dashboard lists the workspace's invoices (a hostile number shown as text), this key's workspace with its
    invoice count, a report chart that follows the API and regroups, and a request log filtered by
    status and operation."""
    from selenium.webdriver.common.by import By

    httpx.post(f"{server.url}/__campfire_mock__/reset", headers=AUTH)
    hostile = "<img id=pwned src=x onerror=alert(1)>"
    created = httpx.post(
        f"{server.url}/coa/api/v1/invoice/",
        headers=AUTH,
        json={
            "invoice_date": "2026-01-10",
            "due_date": "2026-02-09",
            "entity": 54,
            "client": 42,
            "invoice_number": hostile,
            "lines": [{"product": 3, "quantity": 1, "rate": 100}],
        },
    ).json()
    httpx.get(f"{server.url}/coa/api/v1/invoice/999999/", headers=AUTH)  # a 404 for the log filter
    invoices = httpx.get(f"{server.url}/coa/api/v1/invoice/", headers=AUTH, params={"limit": 200}).json()
    report = httpx.get(
        f"{server.url}/coa/api/v1/invoice/report/preview",
        headers=AUTH,
        params={"group_fields": "client_id", "aggregation_fields": "sum:amount", "limit": 1000},
    ).json()

    browser.get(f"{server.url}/__campfire_mock__/dashboard?key={KEY}")
    wait_for(browser, lambda: browser.find_element(By.TAG_NAME, "body").get_attribute("data-loaded") == "true")
    assert browser.find_element(By.ID, "error").text == ""

    # Invoices: every invoice of the workspace, the hostile number shown as text, never run as HTML.
    shown = rows(browser, "invoices")
    assert sorted(int(r[0]) for r in shown) == sorted(i["id"] for i in invoices["results"])
    assert [r[1] for r in shown if int(r[0]) == created["id"]] == [hostile]
    assert browser.find_elements(By.ID, "pwned") == []

    # Workspaces: this key's workspace first, with its invoice count, by a hash of the key only.
    first = rows(browser, "workspaces")[0]
    hint, _, mark = first[0].partition(" ")
    assert re.fullmatch("#[0-9a-f]{10}", hint) and KEY[:3] not in hint and mark == "(this key)"
    assert int(first[1]) == invoices["count"]

    # Report: one bar per group and currency, in the API's order, each as long as its share of the largest
    # value in its currency; the table names every row's currency.
    bars = browser.find_elements(By.CSS_SELECTOR, "#report-chart svg rect.bar")
    expected = [(r["client_name"], float(r["amount"])) for r in report["results"]]
    assert [(b.get_attribute("data-label"), float(b.get_attribute("data-value"))) for b in bars] == expected
    widths = [float(b.get_attribute("width")) for b in bars]
    usd = [n for n, b in enumerate(bars) if b.get_attribute("data-currency") == "USD"]
    biggest = max(usd, key=lambda n: expected[n][1])
    assert widths[biggest] == max(widths)
    assert all(row[2] in ("USD", "EUR") for row in rows(browser, "report"))
    assert len(rows(browser, "report")) == len(expected)

    # Changing the grouping redraws the chart from the API.
    browser.find_element(By.CSS_SELECTOR, "#report-group option[value='currency']").click()
    browser.find_element(By.ID, "report-run").click()
    by_currency = httpx.get(
        f"{server.url}/coa/api/v1/invoice/report/preview",
        headers=AUTH,
        params={"group_fields": "currency", "aggregation_fields": "sum:amount"},
    ).json()
    wait_for(
        browser,
        lambda: (
            sorted(
                b.get_attribute("data-label")
                for b in browser.find_elements(By.CSS_SELECTOR, "#report-chart svg rect.bar")
            )
            == sorted(r["currency"] for r in by_currency["results"])
        ),
    )

    # Request log, filtered by status then by operation.
    browser.find_element(By.ID, "log-status").send_keys("404")
    browser.find_element(By.ID, "log-apply").click()
    wait_for(browser, lambda: {r[3] for r in rows(browser, "requests")} == {"404"})
    assert any("/coa/api/v1/invoice/999999/" in r[2] for r in rows(browser, "requests"))

    browser.find_element(By.ID, "log-status").clear()
    operation = browser.find_element(By.ID, "log-operation")
    operation.send_keys("coa_api_v1_invoice_create")
    browser.find_element(By.ID, "log-apply").click()
    wait_for(browser, lambda: {r[4] for r in rows(browser, "requests")} == {"coa_api_v1_invoice_create"})
    assert [r[3] for r in rows(browser, "requests")] == ["201"]


def test_dashboard_reports_a_rejected_key(browser: t.Any, tmp_path: t.Any) -> None:
    """Opened with a key the server does not accept, the dashboard shows the 401 and no invoices."""
    from selenium.webdriver.common.by import By

    tokens = tmp_path / "tokens.toml"
    tokens.write_text('[tokens]\nallowed = "admin"\n')
    with LiveServer("--tokens", str(tokens)) as live:
        browser.get(f"{live.url}/__campfire_mock__/dashboard?key=stranger")
        wait_for(browser, lambda: browser.find_element(By.TAG_NAME, "body").get_attribute("data-loaded") == "true")
        assert "401" in browser.find_element(By.ID, "error").text
        assert rows(browser, "invoices") == []


def test_mixed_currency_group_shows_each_currency_on_its_own_scale(server: LiveServer, browser: t.Any) -> None:
    """A group with EUR and USD invoices shows one bar and one row per currency, never a sum across them."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    httpx.post(f"{server.url}/__campfire_mock__/reset", headers=AUTH)
    browser.get(f"{server.url}/__campfire_mock__/dashboard?key={KEY}")
    wait_for(browser, lambda: browser.find_element(By.TAG_NAME, "body").get_attribute("data-loaded") == "true")
    Select(browser.find_element(By.ID, "report-group")).select_by_value("payment_status")
    browser.find_element(By.ID, "report-run").click()
    wait_for(browser, lambda: ["open", "1800.00", "EUR"] in rows(browser, "report"))
    shown = rows(browser, "report")
    assert ["open", "4400.00", "USD"] in shown
    assert not [row for row in shown if "+" in row[2] or row[2] == ""]
    bars = {
        (b.get_attribute("data-label"), b.get_attribute("data-currency")): float(b.get_attribute("width"))
        for b in browser.find_elements(By.CSS_SELECTOR, "#report-chart svg rect.bar")
    }
    # EUR's only group is its longest bar; USD's open group is shorter than its paid group.
    assert bars[("open", "EUR")] == max(bars.values())
    assert bars[("open", "USD")] < bars[("paid", "USD")]


def test_request_log_fits_at_1400_px_and_leaves_out_the_dashboards_calls(
    server: LiveServer, browser: t.Any, tmp_path: t.Any
) -> None:
    """At 1400 px the log's status and request-id columns are on screen (checked on a screenshot too), and
    the log lists the test's own call but none of the dashboard's."""
    from selenium.webdriver.common.by import By

    key = "dashboard-layout"
    long_path = "/coa/api/v1/invoice/" + "9" * 18 + "/"
    httpx.get(f"{server.url}{long_path}", headers={"Authorization": f"Token {key}"}, params={"q": "x" * 300})
    browser.set_window_size(1400, 900)
    try:
        browser.get(f"{server.url}/__campfire_mock__/dashboard?key={key}")
        wait_for(browser, lambda: browser.find_element(By.TAG_NAME, "body").get_attribute("data-loaded") == "true")
        wait_for(browser, lambda: len(rows(browser, "requests")) == 1)
        [only] = rows(browser, "requests")
        assert only[2].startswith(long_path) and only[3] == "404"
        viewport = browser.execute_script("return document.documentElement.clientWidth")
        for header in ("status", "request id"):
            cell = browser.find_element(By.XPATH, f"//table[@id='requests']//th[text()='{header}']")
            right = browser.execute_script("return arguments[0].getBoundingClientRect().right", cell)
            assert right <= viewport, f"{header} column ends at {right}px, past the {viewport}px viewport"
        from PIL import Image

        shot = tmp_path / "dashboard-1400.png"
        assert browser.save_screenshot(str(shot))

        ratio = browser.execute_script("return window.devicePixelRatio")
        cell = browser.find_element(By.XPATH, "//table[@id='requests']//th[text()='request id']")
        right = browser.execute_script("return arguments[0].getBoundingClientRect().right", cell)
        with Image.open(shot) as image:
            # The screenshot is the 1400 px window, and the request-id column is drawn inside it.
            assert image.width == round(browser.execute_script("return window.innerWidth") * ratio) == 1400 * ratio
            assert right * ratio <= image.width
    finally:
        browser.set_window_size(1280, 900)
    logged = httpx.get(f"{server.url}/__campfire_mock__/requests", headers={"Authorization": f"Token {key}"}).json()
    assert [entry["path"] for entry in logged["results"]] == [long_path]


def test_failed_load_clears_the_previous_keys_data(browser: t.Any, tmp_path: t.Any) -> None:
    """After a good load, loading with a rejected key shows the error and none of the earlier rows."""
    from selenium.webdriver.common.by import By

    tokens = tmp_path / "tokens.toml"
    tokens.write_text('[tokens]\nallowed = "admin"\n')
    with LiveServer("--tokens", str(tokens)) as live:
        browser.get(f"{live.url}/__campfire_mock__/dashboard?key=allowed")
        wait_for(browser, lambda: browser.find_element(By.TAG_NAME, "body").get_attribute("data-loaded") == "true")
        assert rows(browser, "invoices")
        field = browser.find_element(By.ID, "key")
        field.clear()
        field.send_keys("stranger")
        browser.find_element(By.ID, "load").click()
        wait_for(browser, lambda: "401" in browser.find_element(By.ID, "error").text)
        wait_for(browser, lambda: browser.find_element(By.TAG_NAME, "body").get_attribute("data-loaded") == "true")
        assert rows(browser, "invoices") == []
        assert rows(browser, "report") == []
        assert browser.find_elements(By.CSS_SELECTOR, "#report-chart svg") == []
