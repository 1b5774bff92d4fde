"""What the empty-folder Schemathesis run's seventh round left, as the rules a user sees: the reports' name lists
(the ledger report's in the ledger's own names), a file in a JSON upload body, a statement's tag group. A value
the served spec's pattern allows is answered; one it refuses is DRF's 400 naming the parameter."""

from __future__ import annotations

import re
import typing as t

import pytest
from starlette.testclient import TestClient

LEDGER_REPORT = "/coa/api/transaction/report"
INVOICE_REPORT = "/coa/api/v1/invoice/report/preview"
UPLOAD = "/ca/api/file/upload"
PROJECTS = 727  # the demo's tag group Projects
_SERVED: list[dict[str, t.Any]] = []


def _pattern(client: TestClient, path: str, name: str, method: str = "get") -> str:
    """The pattern the served spec states for query parameter ``name`` of ``path``."""
    if not _SERVED:
        _SERVED.append(client.get("/openapi.json").json())
    (param,) = [p for p in _SERVED[0]["paths"][path][method]["parameters"] if p["name"] == name]
    return str(param["schema"]["anyOf"][0]["pattern"])


def _answered(answer: t.Any, name: str, message: str | None) -> None:
    """A 200 where no ``message`` is expected; else a 400 whose first message under ``name`` starts with it."""
    if message is None:
        assert answer.status_code == 200, answer.text
    else:
        assert answer.status_code == 400
        assert answer.json()[name][0].startswith(message), answer.json()


LEDGER_CASES: list[tuple[str, str, str | None]] = [
    ("group_fields", "account,posted_at_month", None),
    ("group_fields", f" tag_group_{PROJECTS} ,,account_type", None),
    ("group_fields", "client_id", "Unknown field(s) client_id. Allowed: account, account_type,"),
    ("group_fields", "tag_group_x", "Unknown field(s) tag_group_x. Allowed:"),
    ("pivot_fields", "vendor,journal_type", None),
    ("pivot_fields", "product_id", "Unknown field(s) product_id. Allowed: account,"),
    ("aggregation_fields", "sum:amount,count:id,max:debit_amount_book", None),
    ("aggregation_fields", ":credit_amount, amount", None),
    ("aggregation_fields", "sum:amount_paid", "Unknown field 'amount_paid'. Allowed: amount, debit_amount,"),
    ("aggregation_fields", "id", "Unknown field 'id'. Allowed:"),
    ("aggregation_fields", "median:amount", "Unknown function 'median'. Allowed: sum, avg, min, max, count."),
    ("columns", "id,posted_at,account_number", None),
    ("columns", "invoice_id", "Unknown column(s) invoice_id. Allowed: id, posted_at,"),
    ("department", "1,null, 2", None),
    ("department", "x", "Give comma-separated integer ids (or null)."),
    ("journal", "-5,null", None),
    ("journal", "1.5", "Give comma-separated integer ids (or null)."),
    ("mode", "csv", None),
    ("mode", " full", "Unknown mode ' full'. Allowed: paginated, full, csv."),
    ("journal", "9999999999999999999", "Ensure each id is at most 9223372036854775807."),
    # the timeframe the ledger report's window takes instead of start_date and end_date (an empty-folder run
    # drew `LPT1` from the plain string it was)
    ("posted_at_timeframe", " last_quarter ", None),
    ("posted_at_timeframe", "last_36600_days", None),
    ("posted_at_timeframe", "LPT1", "Unknown timeframe 'LPT1'."),
    ("posted_at_timeframe", "last_36601_days", "Unknown timeframe 'last_36601_days'."),
    ("posted_at_timeframe", "  ", "Unknown timeframe"),
]


@pytest.mark.parametrize(("name", "value", "message"), LEDGER_CASES)
def test_the_ledger_report_states_its_own_names_and_ids(
    client: TestClient, name: str, value: str, message: str | None
) -> None:
    """The ledger report's pattern (not the invoice report's, which it had copied) allows a value exactly when
    the report answers it; otherwise the 400 names the parameter in the report's words."""
    allowed = re.search(_pattern(client, LEDGER_REPORT, name), value) is not None
    answer = client.get(LEDGER_REPORT, params={name: value})
    assert allowed == (message is None)
    _answered(answer, name, message)


def test_a_tag_group_the_workspace_lacks_is_the_state_s_refusal(client: TestClient) -> None:
    """``tag_group_<id>`` with any id fits the pattern (no schema knows the workspace's groups): one the
    workspace lacks is DRF's ``Invalid pk``, which the empty-folder run reads as a state refusal."""
    assert re.search(_pattern(client, LEDGER_REPORT, "group_fields"), "tag_group_99999")
    answer = client.get(LEDGER_REPORT, params={"group_fields": "tag_group_99999"})
    assert answer.status_code == 400
    assert answer.json() == {"group_fields": ['Invalid pk "99999" - object does not exist.']}


INVOICE_CASES: list[tuple[str, str, str | None]] = [
    ("aggregation_fields", "sum:amount_paid,count:invoice_id,avg:tax", None),
    ("aggregation_fields", "total", None),
    ("aggregation_fields", "sum:debit_amount", "Unknown field 'debit_amount'. Allowed: amount, amount_paid,"),
    ("aggregation_fields", "count:id", "Unknown field 'id'. Allowed:"),
    ("pivot_fields", "product_id,currency", None),
    ("pivot_fields", "account", "Unknown field(s) account. Allowed: client_id,"),
    ("mode", "full", None),
    ("payment_status", "paid, open,null", None),
    ("payment_status", "late", "Unknown value(s) late. Allowed: draft, open, sent, partial, paid, uncollectible,"),
    ("mode", "\x7f", "Unknown mode '\\x7f'. Allowed: paginated, full, csv."),
]


@pytest.mark.parametrize(("name", "value", "message"), INVOICE_CASES)
def test_the_invoice_report_states_its_aggregations_and_pivots(
    client: TestClient, name: str, value: str, message: str | None
) -> None:
    """The invoice report's ``aggregation_fields`` and ``pivot_fields`` patterns allow a value exactly when the
    report answers it."""
    allowed = re.search(_pattern(client, INVOICE_REPORT, name), value) is not None
    answer = client.get(INVOICE_REPORT, params={name: value, "shouldPivot": "true"})
    assert allowed == (message is None)
    _answered(answer, name, message)


NOT_A_FILE = "The submitted data was not a file. Check the encoding type on the form."
FILES: list[tuple[str, str | None]] = [
    ("data:text/plain;name=a.txt;base64,aGk=", None),
    ("data:Application/PDF;name=;base64,", None),
    ("hello", NOT_A_FILE),
    ("data:text/plain;name=a.txt;base64,A", NOT_A_FILE),  # a lone base64 character: a 500 before
    ("data:text/plain;name=a.txt;base64,aG=k", NOT_A_FILE),  # padding inside: a 500 before
    ("data:text/html;name=a.html;base64,aGk=", 'Files of type "text/html" cannot be uploaded.'),
]


@pytest.mark.parametrize(("text", "message"), FILES)
def test_a_json_upload_s_file_is_a_data_url_as_its_schema_states(
    client: TestClient, text: str, message: str | None
) -> None:
    """A JSON body's ``file`` is a data URL of a supported type with whole base64: the schema's pattern allows
    exactly what is stored; other text is the upload's 400 in DRF's words, never a 500."""
    schema = _SERVED[0] if _SERVED else client.get("/openapi.json").json()
    body = schema["paths"][UPLOAD]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert (re.search(body["properties"]["file"]["anyOf"][0]["pattern"], text) is not None) == (message is None)
    answer = client.post(UPLOAD, params={"model": "bill"}, json={"file": text})
    if message is None:
        assert answer.status_code == 200, answer.text
    else:
        assert answer.status_code == 400
        assert answer.json() == {"file": [message]}


def test_a_statement_by_tag_names_its_tag_group(client: TestClient) -> None:
    """``group_by=tag`` needs ``group`` (one parameter required by another's value, which OpenAPI 3.0 cannot
    state: the parameter's description says it, the empty-folder run counts it among the state refusals)."""
    answer = client.get("/ca/api/get_income_statement", params={"group_by": "tag"})
    assert answer.status_code == 400
    assert answer.json() == {"group": ["This field is required when group_by is tag."]}
    with_group = client.get("/ca/api/get_income_statement", params={"group_by": "tag", "group": PROJECTS})
    assert with_group.status_code == 200, with_group.text


GL_PATHS = ("/coa/api/transaction", "/coa/api/transaction/totals", "/coa/api/general-ledger")
GL_CASES: list[tuple[str, str, str | None]] = [
    ("group_fields", f"account,tag_group_{PROJECTS}", None),
    ("group_fields", "client_id", "Unknown field(s) client_id. Allowed: account, account_type,"),
    ("pivot_fields", "posted_at_month", None),
    ("pivot_fields", "invoice_date_month", "Unknown field(s) invoice_date_month. Allowed: account,"),
    ("aggregation_fields", "sum:amount,count:id", None),
    ("aggregation_fields", "sum:total", "Unknown field 'total'. Allowed: amount, debit_amount,"),
    ("group_fields", "tag_group_99999", 'Invalid pk "99999" - object does not exist.'),
]


@pytest.mark.parametrize("path", GL_PATHS)
@pytest.mark.parametrize(("name", "value", "message"), GL_CASES)
def test_the_gl_log_takes_the_ledger_s_names_for_its_grouping(
    client: TestClient, path: str, name: str, value: str, message: str | None
) -> None:
    """The GL log (and its totals and general ledger, which take its filters) states its grouping parameters as
    the ledger report's names: a name that is none is the report's 400 (they were taken and ignored); a tag
    group the workspace lacks fits the pattern and is DRF's ``Invalid pk``, a state refusal."""
    fits = re.search(_pattern(client, path, name), value) is not None
    assert fits == (message is None or message.startswith("Invalid pk"))
    answer = client.get(path, params={name: value})
    _answered(answer, name, message)
