"""What an independent Schemathesis run found about dates and periods, each as the user-visible rule it broke:
the spec says a filter's format, every date DRF takes is taken, a day the calendar lacks is a 400 rather than a
500, a period ending before it starts is an empty statement, and statements' columns stay within their budget.
(The other findings, rules the spec states and forms, are test_findings_spec_rules.py.)"""

from __future__ import annotations

import re
import typing as t

import pytest
from starlette.testclient import TestClient

BILLS = "/coa/api/v1/bill/"
SYNC_LISTS = (
    "/coa/api/vendor",
    "/coa/api/department",
    "/coa/api/v1/bill-payments",
    "/coa/api/general-ledger",
    BILLS,
    "/coa/api/v1/invoice/",
    "/coa/api/transaction",
    "/rr/api/v1/contracts",
)


def _params(spec: dict[str, t.Any], path: str, method: str = "get") -> dict[str, dict[str, t.Any]]:
    return {p["name"]: p for p in spec["paths"][path][method].get("parameters", [])}


def test_date_filters_declare_their_format_in_the_spec(client: TestClient) -> None:
    """``last_modified_at`` bounds are a date-time or a date, ``YYYY-MM-DD`` filters a date, and both take the
    empty value, so a generated valid filter is one the mock reads."""
    spec = client.get("/openapi.json").json()
    modified = _params(spec, "/coa/api/vendor")["last_modified_at__gte"]["schema"]
    forms = [b.get("format", b.get("enum", "pattern" if "pattern" in b else None)) for b in modified["anyOf"]]
    assert forms == ["date-time", "pattern", "date", [""]]  # the pattern: Campfire's +0000 and Django's other forms
    start = _params(spec, "/coa/api/v1/bill/")["start_date"]["schema"]
    assert [b.get("format", b.get("enum")) for b in start["anyOf"]] == ["date", [""]]
    mark = _params(spec, "/coa/api/v1/bill/")["start_date"]["x-campfire-devkit"]
    assert mark["reason"].startswith("the filter's description names its format")


@pytest.mark.parametrize(
    "moment",
    [
        "2020-01-01t00:00:00z",
        "2020-01-01T00:00:00.1234Z",
        "2020-01-01T05:30:00+05:30",
        "0001-01-01T00:00:00+05:00",  # before the first UTC moment Python has
        "9999-12-31T23:00:00-05:00",  # after the last one
        "9999-12-31",
        "2020-01-01 00:00:00",  # Django's parse_datetime: a space for the T, no seconds, an hours-only offset
        "2020-01-01 00:00",
        "2020-01-01 05:30:00+05",
    ],
)
def test_last_modified_filters_take_every_rfc3339_form(client: TestClient, moment: str) -> None:
    """Lowercase ``t``/``z``, fractions and offsets, even ones that reach past the calendar in UTC, and the
    other forms a Django date-time filter reads, filter on every sync list."""
    for path in SYNC_LISTS:
        for bound in ("last_modified_at__gte", "last_modified_at__lte"):
            answer = client.get(path, params={bound: moment})
            assert answer.status_code == 200, (path, bound, answer.text)


def test_a_date_only_lte_bound_covers_its_whole_day(client: TestClient) -> None:
    """``last_modified_at__lte=<today>`` keeps what changed today, and an empty bound filters nothing."""
    today = client.get("/coa/api/vendor").json()["results"][0]["last_modified_at"][:10]
    everything = client.get("/coa/api/vendor").json()["count"]
    assert client.get("/coa/api/vendor", params={"last_modified_at__lte": today}).json()["count"] == everything
    assert client.get("/coa/api/vendor", params={"last_modified_at__gte": ""}).json()["count"] == everything


def test_a_day_the_month_lacks_is_refused_by_the_spec_s_own_pattern(client: TestClient) -> None:
    """November has no 31st: the spec's timestamp pattern refuses it, so a generated valid filter never holds it."""
    spec = client.get("/openapi.json").json()
    branches = _params(spec, "/coa/api/vendor")["last_modified_at__gte"]["schema"]["anyOf"]
    pattern = next(b["pattern"] for b in branches if "pattern" in b)
    assert re.match(pattern, "2025-11-30T00:00:00+0000") and not re.match(pattern, "0001-11-31T00:00:00+0000")
    answer = client.get("/coa/api/vendor", params={"last_modified_at__gte": "0001-11-31T00:00:00+0000"})
    assert (answer.status_code, answer.json()) == (400, {"last_modified_at__gte": ["Enter a valid date/time."]})


def test_a_malformed_date_time_filter_is_a_400_naming_it(client: TestClient) -> None:
    """A minute of 99 is no date-time: 400 on the parameter, in django-filter's words."""
    answer = client.get("/coa/api/vendor", params={"last_modified_at__gte": "2024-01-01T12:99:00Z"})
    assert answer.status_code == 400
    assert answer.json() == {"last_modified_at__gte": ["Enter a valid date/time."]}


def test_a_timestamp_campfire_answers_is_a_filter(client: TestClient) -> None:
    """A ``last_modified_at`` as Campfire writes it (``+0000``, no colon) bounds a sync list."""
    stamp = client.get("/coa/api/vendor").json()["results"][0]["last_modified_at"]
    assert stamp.endswith("+0000")
    answer = client.get("/coa/api/vendor", params={"last_modified_at__gte": stamp})
    assert answer.status_code == 200
    assert answer.json()["count"] >= 1


def test_statements_answer_the_last_days_of_the_calendar(client: TestClient) -> None:
    """Monthly, weekly and yearly columns ending on 9999-12-31 are cut there (no next period is counted)."""
    for cadence in ("daily", "weekly", "monthly", "quarterly", "yearly"):
        params = {"start_date": "9999-12-01", "end_date": "9999-12-31", "cadence": cadence}
        answer = client.get("/ca/api/get_income_statement", params=params)
        assert answer.status_code == 200, (cadence, answer.text)
        assert answer.json()["end_date"] == "9999-12-31"


def test_a_day_the_calendar_lacks_is_a_400(client: TestClient) -> None:
    """A comparative balance sheet of January of year 1 would count the year before it: a 400 saying so."""
    january = {"start_date": "0001-01-01", "end_date": "0001-01-31"}
    answer = client.get("/ca/api/balance-sheet/comparative", params=january)
    assert answer.status_code == 400
    assert answer.json() == {
        "non_field_errors": [
            "A date is too close to 0001-01-01 or 9999-12-31 for this request: a day it counts with does not exist."
        ]
    }


EMPTY_PERIOD = {"start_date": "2026-03-01", "end_date": "2026-02-01"}


@pytest.mark.parametrize(
    ("path", "activity"),
    [
        ("/ca/api/get_income_statement", "headers"),
        ("/ca/api/get_cash_flow_activity", "transaction_activity"),
        ("/ca/api/cash-basis", "headers"),
        ("/ca/api/balance-sheet/comparative", "headers"),
    ],
)
def test_a_period_ending_before_it_starts_is_an_empty_statement(client: TestClient, path: str, activity: str) -> None:
    """An end date before the start date is a period of no days, as a django-filter date range the wrong way
    round is an empty result: 200, the period echoed, no column."""
    answer = client.get(path, params=EMPTY_PERIOD)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["start_date"], body["end_date"], body[activity]) == ("2026-03-01", "2026-02-01", {})


def test_an_empty_period_balance_sheet_has_its_accounts_and_no_column(client: TestClient) -> None:
    """The balance sheet of an empty period lists the chart's balance-sheet accounts with no period columns."""
    body = client.get("/ca/api/get_balance_sheet", params=EMPTY_PERIOD).json()
    assert (body["headers"], body["totals"]) == ({}, {})
    assert body["balance_sheet"] and all(
        set(row) <= {"account_id", "account_name", "account_number", "hierarchy"} for row in body["balance_sheet"]
    )


@pytest.mark.parametrize("basis", ["period", "fiscal_ytd"])
def test_an_empty_period_trial_balance_is_the_balances_at_its_end(client: TestClient, basis: str) -> None:
    """The trial balance of an empty period is the one of the day after its end (no activity in the window),
    and its debits equal its credits: nothing dated after the end date is counted."""

    def accounts(start: str) -> list[dict[str, t.Any]]:
        params = {"start_date": start, "end_date": "2026-02-01", "income_statement_basis": basis}
        answer = client.get("/ca/api/get_trial_balance", params=params)
        assert answer.status_code == 200, answer.text
        return t.cast(list[dict[str, t.Any]], answer.json()["trial_balance"]["accounts"])

    empty = accounts("2026-03-01")
    assert empty == accounts("2026-02-02")
    debits = sum(round(a["balances"]["debits"] * 100) for a in empty)
    assert debits == sum(round(a["balances"]["credits"] * 100) for a in empty) > 0


def test_cash_transactions_of_an_empty_period_are_none(client: TestClient) -> None:
    """The cash operating statement's transactions over an empty period: a 200 with no transaction."""
    answer = client.get("/ca/api/cash-operating-statement/transactions", params=EMPTY_PERIOD)
    assert answer.status_code == 200, answer.text
    assert (answer.json()["count"], answer.json()["transactions"]) == (0, [])


def test_statements_without_columns_take_any_period(client: TestClient) -> None:
    """The cash operating statement's transactions have no period columns: a range of centuries is a list,
    not the column cap's 400 (which stays for statements with a column per period)."""
    whole = {"start_date": "0002-01-01", "end_date": "9998-12-31"}
    answer = client.get("/ca/api/cash-operating-statement/transactions", params=whole)
    assert answer.status_code == 200, answer.text
    capped = client.get("/ca/api/get_income_statement", params={**whole, "cadence": "daily"})
    assert capped.status_code == 400
    assert "daily columns); at most 100000." in capped.json()["cadence"][0]


def test_an_all_time_daily_cash_basis_statement_over_years_is_answered(client: TestClient) -> None:
    """The run wrote an entry dated 2020-01-01, then asked the cash-basis statements for ``all_time`` daily:
    some 2,500 daily columns, within the budget of 100,000 amounts, so each answers every day's column; an
    entry dated 2000-01-01 makes it a 400 naming the count (a 28-year daily statement is over the budget)."""
    from .test_ledger import entry_body

    made = client.post("/coa/api/journal_entry", json=entry_body((1500, 10), (1010, -10), day="2020-01-01"))
    assert made.status_code == 201, made.text
    for path in ("/ca/api/cash-basis", "/ca/api/cash-basis-operating-statement"):
        answer = client.get(path, params={"all_time": "true", "cadence": "daily"})
        assert answer.status_code == 200, answer.text
        assert answer.json()["start_date"] == "2020-01-01"
    made = client.post("/coa/api/journal_entry", json=entry_body((1500, 10), (1010, -10), day="2000-01-01"))
    assert made.status_code == 201, made.text
    refused = client.get("/ca/api/cash-basis", params={"all_time": "true", "cadence": "daily"})
    assert refused.status_code == 400
    assert "daily columns); at most 100000." in refused.json()["cadence"][0]


@pytest.mark.parametrize("cadence", ["daily", "weekly", "monthly", "quarterly", "yearly"])
def test_the_column_count_is_the_number_of_periods(cadence: str) -> None:
    """The budget counts a statement's columns without making them: the same number ``periods`` makes."""
    from datetime import date

    from campfire_mock.domain.statement_budget import column_count
    from campfire_mock.domain.statements import periods

    for start, end in [
        (date(2023, 1, 4), date(2026, 12, 31)),
        (date(2024, 2, 29), date(2024, 3, 1)),
        (date(2025, 12, 28), date(2027, 1, 3)),
        (date(2026, 1, 1), date(2025, 1, 1)),
    ]:
        assert column_count(start, end, cadence) == len(periods(start, end, cadence)), (start, end)
