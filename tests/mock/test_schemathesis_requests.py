"""What the empty-folder Schemathesis run found last, group by group, each as the rule a user sees: written
journal entries and documents have request components of their own stating their rules (lines not empty, an
account, one side of at least a cent), and the mock answers exactly what they allow; a form spells lists with DRF's
indexed keys; a contract's ``journal_entries`` are relations. (``/openapi.json`` holding Campfire's API alone is
tested in ``test_http_errors.py``, free-form integers beyond 64 bits in ``test_limits.py``.)"""

from __future__ import annotations

import typing as t

import pytest
from starlette.testclient import TestClient

from campfire_mock.openapi.documents import deref
from campfire_mock.openapi.json_schema import request_validator

JOURNAL = "/coa/api/journal_entry"
ENTRIES = "/coa/api/intercompany-journal-entry"
#: Two active expense/revenue accounts of the demo seed.
A, B = 169208, 169209
REQUIRED = "This field is required."


_SERVED: list[dict[str, t.Any]] = []


def _served(client: TestClient) -> dict[str, t.Any]:
    """``/openapi.json`` as the mock serves it, read once per module (2.7 MB: a quarter second each)."""
    if not _SERVED:
        _SERVED.append(client.get("/openapi.json").json())
    return _SERVED[0]


def _schema(spec: dict[str, t.Any], name: str) -> dict[str, t.Any]:
    return t.cast(dict[str, t.Any], deref(spec)["components"]["schemas"][name])


def test_entry_writes_have_request_components_of_their_own(client: TestClient) -> None:
    """Creating or replacing an entry takes ``JournalEntryRequest``/``IntercompanyJournalEntryRequest``, whose
    ``transactions`` are required and not empty; answers keep the shared component, whose list may be empty."""
    spec = _served(client)
    for path, name in ((JOURNAL, "JournalEntry"), (ENTRIES, "IntercompanyJournalEntry")):
        for method, at in (("post", path), ("put", f"{path}/{{id}}")):
            body = spec["paths"][at][method]["requestBody"]["content"]["application/json"]["schema"]
            assert body["$ref"] == f"#/components/schemas/{name}Request"
        request = spec["components"]["schemas"][f"{name}Request"]
        assert "transactions" in request["required"] and request["properties"]["transactions"]["minItems"] == 1
        assert "drf-spectacular's COMPONENT_SPLIT_REQUEST" in request["x-campfire-devkit"]["reason"]
        shared = spec["components"]["schemas"][name]["properties"]["transactions"]
        assert "minItems" not in shared
        patch = spec["paths"][f"{path}/{{id}}"]["patch"]["requestBody"]["content"]["application/json"]["schema"]
        assert patch["$ref"] == f"#/components/schemas/Patched{name}"


NEEDS = "A line needs a debit or a credit amount (of at least 0.01)."
LINES: list[tuple[dict[str, t.Any], str | None]] = [
    ({"account": A, "debit_amount": 5}, None),
    ({"account": A, "debit_amount": "5.00", "credit_amount": 0}, None),
    ({"account": A, "debit_amount_native": 5, "debit_amount": ""}, None),
    ({"account": A, "debit_amount": 0.005}, None),  # a cent once rounded half up
    ({"account": A}, NEEDS),
    ({"account": A, "debit_amount": 0.004}, NEEDS),
    ({"account": A, "debit_amount": 5, "credit_amount": "5"}, "A line is a debit or a credit, not both."),
    (
        {"account": A, "debit_amount_native": 0, "debit_amount": 5},
        "A line needs a debit or a credit amount (of at least 0.01).",
    ),
]


@pytest.mark.parametrize(("line", "refusal"), LINES)
def test_a_line_is_valid_by_the_spec_exactly_when_the_mock_takes_it(
    client: TestClient, line: dict[str, t.Any], refusal: str | None
) -> None:
    """A line with one side of at least a cent (the first of ``*_native``, ``*_book``, ``*_amount`` given counts)
    passes the line's request schema and is posted; any other fails the schema and is a 400 under
    ``debit_amount`` in the service's words."""
    spec = _served(client)
    valid = request_validator(_schema(spec, "ChartTransactionLineRequest")).is_valid(line)
    assert valid is (refusal is None)
    side = "credit" if any(k.startswith("debit") and line[k] not in (None, "", 0) for k in line) else "debit"
    other = {"account": B, f"{side}_amount": 0.01 if line.get("debit_amount") == 0.005 else 5}
    answer = client.post(JOURNAL, json={"date": "2026-01-05", "transactions": [line, other]})
    if refusal is None:
        assert answer.status_code == 201, answer.text
    else:
        assert (answer.status_code, answer.json()) == (400, {"transactions": [{"debit_amount": [refusal]}, {}]})


@pytest.mark.parametrize(
    ("path", "body", "errors"),
    [
        (JOURNAL, {"date": "2026-01-05"}, {"transactions": ["This field is required."]}),
        (JOURNAL, {"date": "2026-01-05", "transactions": []}, {"transactions": ["This list may not be empty."]}),
        (
            JOURNAL,
            {"transactions": [{"debit_amount": 5}]},
            {"transactions": [{"account": ["This field is required."]}]},
        ),
        (
            ENTRIES,
            {"transactions": [{"account": A, "debit_amount": 5}]},
            {"transactions": [{"entity": ["This field is required."]}]},
        ),
    ],
)
def test_an_entry_the_request_schema_refuses_is_a_400_naming_the_field(
    client: TestClient, path: str, body: dict[str, t.Any], errors: dict[str, t.Any]
) -> None:
    """No lines, an empty list, a line without its account (or an intercompany line without its entity) are
    refused in DRF's words, and nothing is made."""
    before = client.get(path).json()["count"]
    answer = client.post(path, json=body)
    assert (answer.status_code, answer.json()) == (400, errors)
    assert client.get(path).json()["count"] == before


INDEXED = {
    "date": "2026-01-05",
    "memo": "indexed",
    "transactions[1]account": "169209",  # items ordered by index, not by arrival
    "transactions[1]credit_amount": "5.00",
    "transactions[0]account": "169208",
    "transactions[0]debit_amount": "5",
    "transactions[0]tag_ids[0]": "8304",  # an index inside an item, as DRF reads nested lists
}


def test_a_form_spells_a_list_of_objects_with_drf_s_indexed_keys(client: TestClient) -> None:
    """``transactions[0]account=...`` in a multipart body builds item 0 of the entry's lines, as DRF's
    ``parse_html_list`` reads a form."""
    made = client.post(JOURNAL, files={k: (None, v) for k, v in INDEXED.items()})
    assert made.status_code == 201, made.text
    lines = made.json()["transactions"]
    assert [(ln["account"], ln["debit_amount"], ln["credit_amount"]) for ln in lines] == [(A, 5, None), (B, None, 5)]
    assert [tag["id"] for tag in lines[0]["tags"]] == [8304] and lines[1]["tags"] == []


@pytest.mark.parametrize("path", [JOURNAL, "/coa/api/intercompany-journal-entry"])
def test_an_urlencoded_entry_is_a_415_as_the_spec_offers_none(client: TestClient, path: str) -> None:
    """The spec declares no urlencoded body for an entry's POST (it cannot carry the required lines), so
    one is refused in DRF's words, indexed keys or not, and nothing is made."""
    before = client.get(path).json()["count"]
    refused = client.post(path, data=INDEXED)
    detail = 'Unsupported media type "application/x-www-form-urlencoded" in request.'
    assert (refused.status_code, refused.json()) == (415, {"detail": detail})
    assert client.get(path).json()["count"] == before


def test_a_bracketed_field_name_after_the_index_is_no_field_as_in_drf(client: TestClient) -> None:
    """``transactions[0][debit_amount]`` names a field ``[debit_amount]`` (DRF keeps what follows the index as
    written), so the line has no amount: the 400 the service answers, and nothing is made."""
    before = client.get(JOURNAL).json()["count"]
    bracketed = {k.replace("]debit_amount", "][debit_amount]"): v for k, v in INDEXED.items()}
    refused = client.post(JOURNAL, files={k: (None, v) for k, v in bracketed.items()})
    assert (refused.status_code, refused.json()) == (400, {"transactions": [{"debit_amount": [NEEDS]}, {}]})
    assert client.get(JOURNAL).json()["count"] == before


def test_a_contract_s_journal_entries_name_entries_of_the_ledger(client: TestClient) -> None:
    """A contract's ``journal_entries`` are relations: ids of the ledger's entries are kept, an id naming none
    is DRF's ``Invalid pk`` 400 (on create and on update, JSON or form) and changes nothing."""
    entries = [e["id"] for e in client.get(JOURNAL, params={"limit": 2}).json()["results"]]
    contract = client.get("/rr/api/v1/contracts", params={"limit": 1}).json()["results"][0]
    at = f"/rr/api/v1/contracts/{contract['id']}"
    kept = client.patch(at, json={"journal_entries": entries})
    assert (kept.status_code, kept.json()["journal_entries"]) == (200, entries)
    unknown = 'Invalid pk "9223372036854775806" - object does not exist.'
    for sent in (
        {"json": {"journal_entries": [entries[0], 2**63 - 2]}},
        {"data": {"journal_entries": ["9223372036854775806"]}},
    ):
        refused = client.patch(at, **sent)
        assert (refused.status_code, refused.json()) == (400, {"journal_entries": [unknown]})
    assert client.get(at).json()["journal_entries"] == entries
    new = {
        "client": contract["client"],
        "entity": contract["entity"],
        "deal_name": "New",
        "journal_entries": [2**63 - 2],
    }
    refused = client.post("/rr/api/v1/contracts", json=new)
    assert (refused.status_code, refused.json()) == (400, {"journal_entries": [unknown]})


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/coa/api/v1/invoice/{id}/", "AccountingInvoice"),
        ("/coa/api/v1/credit-memo/{id}", "AccountingCreditMemo"),
        ("/coa/api/v1/debit-memo/{id}", "AccountingDebitMemo"),
    ],
)
def test_a_written_document_s_lines_may_not_be_empty_by_its_request_component(
    client: TestClient, path: str, name: str
) -> None:
    """A document's replace body is ``<Name>Request``, whose ``lines`` hold at least one (the service's 400
    "This list may not be empty." otherwise); its answers keep ``<Name>``, whose lines may be empty."""
    spec = _served(client)
    body = spec["paths"][path]["put"]["requestBody"]["content"]["application/json"]["schema"]
    assert body["$ref"] == f"#/components/schemas/{name}Request"
    assert spec["components"]["schemas"][f"{name}Request"]["properties"]["lines"]["minItems"] == 1
    assert "minItems" not in spec["components"]["schemas"][name]["properties"]["lines"]
    listed = client.get(path.removesuffix("{id}/").removesuffix("{id}"), params={"limit": 1}).json()["results"][0]
    at = path.replace("{id}", str(listed["id"]))
    refused = client.put(at, json={**listed, "lines": []})
    assert (refused.status_code, refused.json()) == (400, {"lines": ["This list may not be empty."]})


def test_a_line_s_null_amount_is_no_amount(client: TestClient) -> None:
    """Each amount field of a written line may be null (the schema says so in every branch, as the mock reads
    it), and counts as not given."""
    lines = [
        {"account": A, "debit_amount": 5, "credit_amount": None, "credit_amount_native": None},
        {"account": B, "credit_amount": 5, "debit_amount": None, "debit_amount_book": None},
    ]
    made = client.post(JOURNAL, json={"date": "2026-01-05", "transactions": lines})
    assert made.status_code == 201, made.text
