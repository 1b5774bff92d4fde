"""The seventh empty-folder Schemathesis round: query parameters and bodies whose rules the service kept but the
spec did not state (the GL line merge's ``transaction_ids``, the invoice report's id filters and timeframes),
now stated, so a request the spec allows is one the service reads, and one it refuses is a 400 in its words."""

from __future__ import annotations

import re
import typing as t

import pytest
from starlette.testclient import TestClient

MERGE = "/coa/api/transaction/merge"
REPORT = "/coa/api/v1/invoice/report/preview"


def _param(spec: dict[str, t.Any], path: str, name: str) -> dict[str, t.Any]:
    return next(p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == name)


def _pattern(param: dict[str, t.Any]) -> str:
    """The pattern a parameter's schema states (inside the ``anyOf`` its handler answers)."""
    return str(param["schema"]["anyOf"][0]["pattern"])


def test_the_merge_preview_declares_its_required_transaction_ids(client: TestClient) -> None:
    """The preview's ``transaction_ids`` is a declared, required query parameter of two ids; without it the
    answer is DRF's required-field 400."""
    param = _param(client.get("/openapi.json").json(), MERGE, "transaction_ids")
    assert param["required"] is True and param["in"] == "query"
    assert re.search(_pattern(param), "12345, 67890") and not re.search(_pattern(param), "12345")
    answer = client.get(MERGE)
    assert answer.status_code == 400
    assert answer.json() == {"transaction_ids": ["This field is required."]}


@pytest.mark.parametrize("ids", ["--5,6", "²,3", "1,x"])
def test_merge_ids_that_are_no_integers_are_a_400_not_a_500(client: TestClient, ids: str) -> None:
    """Text Python's ``str.isdigit`` takes but ``int`` refuses (a doubled sign, a superscript digit) is
    DRF's integer 400, as any other text that is no id (it was a server error)."""
    answer = client.get(MERGE, params={"transaction_ids": ids})
    assert answer.status_code == 400
    assert answer.json() == {"transaction_ids": ["A valid integer is required."]}


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        ([1, 2, 3], "Ensure this field has no more than 2 elements."),
        ([1], "Ensure this field has at least 2 elements."),
        ([5, 5], 'Invalid pk "5" - object does not exist.'),
    ],
    ids=["three", "one", "an unknown one twice"],
)
def test_a_merge_body_states_its_two_distinct_ids(client: TestClient, ids: list[int], message: str) -> None:
    """The merge body's ``transaction_ids`` is exactly two distinct ids in the spec, and anything else is a 400
    in DRF's (or the service's) words; an id naming no line is ``Invalid pk`` first, twice or not."""
    spec = client.get("/openapi.json").json()
    body = spec["paths"][MERGE]["post"]["requestBody"]["content"]["application/json"]["schema"]
    node = body["properties"]["transaction_ids"]
    assert (node["minItems"], node["maxItems"], node["allOf"][0]["anyOf"]) == (2, 2, [{"uniqueItems": True}])
    answer = client.post(MERGE, json={"transaction_ids": ids})
    assert answer.status_code == 400
    assert answer.json() == {"transaction_ids": [message]}


def test_one_gl_line_named_twice_does_not_merge(client: TestClient) -> None:
    """A line that exists, named twice, is the description's "exactly two" 400, by the preview and the merge."""
    line = client.get("/coa/api/transaction", params={"limit": 1}).json()["results"][0]["id"]
    for answer in (
        client.get(MERGE, params={"transaction_ids": f"{line},{line}"}),
        client.post(MERGE, json={"transaction_ids": [line, line]}),
    ):
        assert answer.status_code == 400
        assert answer.json() == {"transaction_ids": ["Must provide exactly two transaction IDs."]}


#: (value, whether the report reads it) for an id filter, a timeframe and a date bound.
ID_TEXTS = [("1,2", True), ("null, 7", True), ("1,,2 ", True), ("", True), ("x", False), ("1;2", False)]
TIMEFRAMES = [
    ("today", True),
    ("last_quarter", True),
    ("last_36600_days", True),
    ("last_0_days", False),
    ("last_36601_days", False),
    ("next_week", False),
    (" ", False),
    (" today ", True),
]
DAYS = [("2026-01-15", True), (" null", True), ("", True), ("2026-1-15", False), ("2026-02-30", False)]


@pytest.mark.parametrize(
    ("name", "cases"),
    [("department_id", ID_TEXTS), ("invoice__client_id", ID_TEXTS), ("due_end_date", DAYS)],
)
def test_a_report_id_filter_states_what_the_report_reads(
    client: TestClient, name: str, cases: list[tuple[str, bool]]
) -> None:
    """A report id filter's (or date bound's) pattern takes exactly the texts the report reads: comma-separated
    integer ids or ``null`` (a day or ``null``); the others are the report's own 400."""
    pattern = _pattern(_param(client.get("/openapi.json").json(), REPORT, name))
    for value, read in cases:
        assert bool(re.search(pattern, value)) is read, value
        answer = client.get(REPORT, params={name: value, "group_fields": "client_id"})
        assert answer.status_code == (200 if read else 400), (value, answer.text[:300])
        if not read and name == "due_end_date":
            assert answer.json() == {name: ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]}
        elif not read:
            # an ORM name is read as its plain name, and answered under it (``reports/query.py``)
            assert answer.json() == {name.removeprefix("invoice__"): ["Give comma-separated integer ids (or null)."]}


def test_a_report_timeframe_states_the_timeframes_the_report_reads(client: TestClient) -> None:
    """``invoice_date_timeframe``'s pattern takes exactly the report's timeframes (``last_<N>_days`` for N from
    1 to 36600); an unknown one is the report's 400 listing them."""
    name = "invoice_date_timeframe"
    pattern = _pattern(_param(client.get("/openapi.json").json(), REPORT, name))
    for value, read in TIMEFRAMES:
        assert bool(re.search(pattern, value)) is read, value
        answer = client.get(REPORT, params={name: value, "group_fields": "client_id"})
        assert answer.status_code == (200 if read else 400), (value, answer.text[:300])
        if not read:
            assert answer.json()[name] == [
                f"Unknown timeframe {value!r}. Allowed: today, yesterday, this_week, last_week, this_month,"
                " last_month, this_quarter, last_quarter, this_year, last_year, last_<N>_days."
            ]


def test_a_contract_update_states_that_each_tag_names_a_tag(client: TestClient) -> None:
    """A contract update's ``tags`` items are a tag id, its digits, or a tag object with its ``id`` in the spec;
    an item that is a list is DRF's pk 400, and the three spellings are read alike."""
    spec = client.get("/openapi.json").json()
    item = spec["components"]["schemas"]["PatchedContractUpdate"]["properties"]["tags"]["items"]
    assert [choice.get("type") for choice in item["anyOf"]] == ["integer", "string", "object"]
    contract = client.get("/rr/api/v1/contracts", params={"limit": 1}).json()["results"][0]["id"]
    tag = client.get("/coa/api/tag", params={"limit": 1}).json()["results"][0]["id"]
    path = f"/rr/api/v1/contracts/{contract}"
    refused = client.patch(path, json={"tags": [[None, None]]})
    assert refused.status_code == 400
    assert refused.json() == {"tags": ["Incorrect type. Expected pk value, received list."]}
    for spelling in (tag, str(tag), {"id": tag}):
        answer = client.patch(path, json={"tags": [spelling]})
        assert answer.status_code == 200, answer.text[:300]
        named = [int(t["id"] if isinstance(t, dict) else t) for t in answer.json()["tags"]]
        assert named == [tag], spelling


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        (0, "Ensure this value is greater than or equal to 0.005."),
        (10**12, "Ensure this value is less than 999999999999.995."),
    ],
)
def test_a_credit_memo_refund_states_its_amount_above_0(client: TestClient, amount: int, message: str) -> None:
    """A credit memo's mark-used ``amount`` is at least a cent (and below 10**12) once rounded to cents in the
    spec, as the payment proposals' are, so a refund of nothing is a request the spec refuses too, answered in
    DRF's words."""
    spec = client.get("/openapi.json").json()
    node = spec["components"]["schemas"]["MarkCreditMemoUsed"]["properties"]["amount"]["anyOf"][0]
    assert (node["minimum"], node.get("exclusiveMinimum"), node["maximum"]) == (0.005, None, 999999999999.995)
    memo = client.get("/coa/api/v1/credit-memo", params={"limit": 1}).json()["results"][0]["id"]
    body = {"transaction_id": 1, "account_id": 1, "payment_date": "2026-01-15", "amount": amount}
    answer = client.post(f"/coa/api/v1/credit-memo/{memo}/mark-used", json=body)
    assert answer.status_code == 400
    assert answer.json()["amount"] == [message]


def test_a_milestone_quantity_stays_within_its_revenue_transactions_bounds(client: TestClient) -> None:
    """A milestone's ``quantity`` is its revenue transaction's, bounded below 10**14 in the spec as that one is:
    a larger one is a 400 in DRF's words, and the revenue transaction list keeps answering (it was a 500)."""
    spec = client.get("/openapi.json").json()
    node = spec["components"]["schemas"]["ContractMilestone"]["properties"]["quantity"]["anyOf"][0]
    assert (node["minimum"], node["maximum"]) == (-(10**14), 10**14)
    contract = client.get("/rr/api/v1/contracts", params={"limit": 1}).json()["results"][0]["id"]
    body = {"contract": contract, "milestone_name": "Go-live", "milestone_date": "2026-01-15", "amount": "0"}
    body = {**body, "rate": "0", "quantity": -9999999999999998.0}
    refused = client.post(f"/rr/api/v1/contracts/{contract}/milestones", json=body)
    assert refused.status_code == 400
    assert refused.json() == {"quantity": ["Ensure this value is greater than -100000000000000."]}
    made = client.post(f"/rr/api/v1/contracts/{contract}/milestones", json={**body, "quantity": 99999999999999})
    assert made.status_code == 201, made.text[:300]
    assert client.get("/rr/api/v1/transactions", params={"limit": 10000}).status_code == 200
