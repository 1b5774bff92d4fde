"""The front door: a ``Prefer`` answer only for a caller the operation admits, and which path ids name
an object (issue 31)."""

from __future__ import annotations

import re
import typing as t

import pytest
from starlette.testclient import TestClient

from campfire_mock import create_app

TAGS = "/coa/api/tag"
NOT_FOUND = {"detail": "Not found."}


@pytest.fixture(scope="module")
def keyed() -> TestClient:
    """A mock that knows two keys: an admin's and a view-only one."""
    return TestClient(create_app(tokens={"adm": "admin", "viewer": "view_only"}))


def test_prefer_without_a_key_is_a_401(keyed: TestClient) -> None:
    """A ``Prefer`` header does not answer a caller without a key: the 401 comes first."""
    answer = keyed.post(TAGS, json={"name": "x"}, headers={"Prefer": "code=201"})
    assert answer.status_code == 401
    assert answer.json() == {"detail": "Authentication credentials were not provided."}


def test_prefer_with_a_view_only_key_is_a_403(keyed: TestClient) -> None:
    """A view-only key's write is refused before a ``Prefer`` header could answer it."""
    answer = keyed.post(TAGS, json={"name": "x"}, headers={"Prefer": "code=201", "Authorization": "Token viewer"})
    assert answer.status_code == 403
    assert answer.json() == {"detail": "You do not have permission to perform this action."}


def test_prefer_with_an_admin_key_still_answers(keyed: TestClient) -> None:
    """An admin's ``Prefer: code=201`` is answered from the spec, as before."""
    answer = keyed.post(TAGS, json={"name": "x"}, headers={"Prefer": "code=201", "Authorization": "Token adm"})
    assert answer.status_code == 201


SPELLINGS = {
    "leading zero": lambda key: f"0{key}",
    "plus sign": lambda key: f"+{key}",
    "minus sign": lambda key: f"-{key}",
    "space before": lambda key: f" {key}",
    "space after": lambda key: f"{key} ",
    "Arabic-Indic digits": lambda key: "".join(chr(0x660 + int(d)) for d in str(key)),
    "mathematical bold digits": lambda key: "".join(chr(0x1D7CE + int(d)) for d in str(key)),
}


@pytest.mark.parametrize("spelling", sorted(SPELLINGS))
def test_odd_spellings_of_an_id_name_nothing(client: TestClient, spelling: str) -> None:
    """Only ASCII digits without a sign, space or leading zero name an object; other spellings are a 404."""
    made = client.post(TAGS, json={"name": "spelled"})
    assert made.status_code == 201, made.text
    key = made.json()["id"]
    assert client.get(f"{TAGS}/{key}").status_code == 200
    answer = client.get(f"{TAGS}/{SPELLINGS[spelling](key)}")
    assert answer.status_code == 404
    assert answer.json() == NOT_FOUND


def test_odd_spelling_of_an_invoice_id_names_nothing(client: TestClient) -> None:
    """The hand-written invoice retrieve reads ids the same way: ``/invoice/01/`` is a 404, ``/1/`` is not."""
    first = client.get("/coa/api/v1/invoice/", params={"limit": 1}).json()["results"][0]["id"]
    assert client.get(f"/coa/api/v1/invoice/{first}/").status_code == 200
    answer = client.get(f"/coa/api/v1/invoice/0{first}/")
    assert answer.status_code == 404
    assert answer.json() == NOT_FOUND


def test_admission_reads_the_request_once() -> None:
    """The front's record holds the route matched once, the content type, ``Prefer``, the request id, the
    caller's key and the workspace the front looked up (never made there)."""
    from campfire_mock.http.admission import ADMISSION_KEY, Routes, admit
    from campfire_mock.http.auth import Auth
    from campfire_mock.openapi.documents import load_spec, packaged_spec
    from campfire_mock.openapi.router import OperationIndex

    index = OperationIndex(load_spec(packaged_spec()))
    scope: dict[str, object] = {
        "method": "GET",
        "path": "/coa/api/tag/12",
        "headers": [
            (b"content-type", b"application/json"),
            (b"prefer", b"code=404"),
            (b"authorization", b"Token k"),
            (b"x-request-id", b"req-given"),
        ],
    }
    looked_up: list[str] = []
    workspace = object()

    def peek(token: str) -> t.Any:
        looked_up.append(token)
        return workspace

    record = admit(scope, Routes(index), Auth(), peek)
    assert scope[ADMISSION_KEY] is record
    assert (record.operation_id, record.path_values, record.names_nothing) == (
        "coa_api_tag_retrieve",
        {"id": "12"},
        False,
    )
    assert (record.content_type, record.prefer, record.token) == ("application/json", "code=404", "k")
    assert (record.request_id, record.workspace, looked_up) == (b"req-given", workspace, ["k"])
    routes = Routes(index)
    for nameless in ("/coa/api/tag/012", "/coa/api/tag/12345678901234567890", "/coa/api/tag/1\n2"):
        assert admit({**scope, "path": nameless}, routes, Auth(), peek).names_nothing is True, nameless
    assert routes.find("GET", "/coa/api/tag/1\n2")[2] is True  # told once per path, kept with its route
    anonymous = admit({**scope, "headers": []}, Routes(index), Auth(), peek)
    assert (anonymous.token, anonymous.workspace, len(looked_up)) == (None, None, 4)


JOURNAL_ENTRIES = "/coa/api/journal_entry"


def test_a_trailing_slash_the_spec_does_not_spell_still_reaches_the_operation(client: TestClient) -> None:
    """``POST /coa/api/journal_entry/`` creates the entry ``/coa/api/journal_entry`` names (no 307 redirect
    that a client without redirects would drop), as a DRF router with an optional slash serves both."""
    before = client.get(JOURNAL_ENTRIES).json()["count"]
    lines = [{"account": 6100, "debit_amount": 5}, {"account": 1010, "credit_amount": 5}]
    made = client.post(f"{JOURNAL_ENTRIES}/", json={"memo": "slash", "transactions": lines}, follow_redirects=False)
    assert made.status_code == 201, made.text
    assert client.get(JOURNAL_ENTRIES).json()["count"] == before + 1
    again = client.get(f"{JOURNAL_ENTRIES}/{made.json()['id']}/", follow_redirects=False)
    assert again.status_code == 200
    assert again.json()["id"] == made.json()["id"]


def test_a_missing_trailing_slash_still_reaches_the_operation(client: TestClient) -> None:
    """``GET /coa/api/v1/invoice`` lists the invoices ``/coa/api/v1/invoice/`` names; the page links keep the
    spelling the client used, as DRF builds them from the request."""
    answer = client.get("/coa/api/v1/invoice", params={"limit": 1}, follow_redirects=False)
    assert answer.status_code == 200
    assert answer.json()["next"] == "http://testserver/coa/api/v1/invoice?limit=1&offset=1"


def test_a_method_the_other_spelling_does_not_offer_is_a_405(client: TestClient) -> None:
    """``DELETE /coa/api/v1/invoice`` is DRF's 405 for the list path, with ``Allow``, not a redirect."""
    answer = client.delete("/coa/api/v1/invoice", follow_redirects=False)
    assert answer.status_code == 405
    assert answer.json() == {"detail": 'Method "DELETE" not allowed.'}
    assert answer.headers["allow"] == "GET, POST"


def test_prefer_error_without_a_key_is_the_401(keyed: TestClient) -> None:
    """``Prefer: code=404`` does not answer a caller without a key: the 401 comes first."""
    answer = keyed.get(f"{TAGS}/1", headers={"Prefer": "code=404"})
    assert answer.status_code == 401
    assert answer.json() == {"detail": "Authentication credentials were not provided."}


def test_a_fault_waits_for_a_call_its_caller_may_make(keyed: TestClient) -> None:
    """A view-only key's write is refused (403) without using up the fault armed for it; the admin's next
    call gets the fault."""
    admin, viewer = {"Authorization": "Token adm"}, {"Authorization": "Token viewer"}
    fault = {"operation_id": "coa_api_tag_create", "count": 1, "status": 503}
    assert keyed.post("/__campfire_mock__/faults", json=fault, headers=admin).status_code == 201
    refused = keyed.post(TAGS, json={"name": "x"}, headers=viewer)
    assert refused.status_code == 403
    assert refused.json() == {"detail": "You do not have permission to perform this action."}
    injected = keyed.post(TAGS, json={"name": "x"}, headers=admin)
    assert injected.status_code == 503
    assert injected.json() == {"detail": "Injected fault: 503."}


def test_request_log_shows_the_body_the_operation_read(client: TestClient) -> None:
    """The request log keeps a create's JSON body as sent, from the one parse the request path made."""
    sent = {
        "invoice_date": "2026-01-10",
        "due_date": "2026-02-09",
        "entity": 54,
        "client": 42,
        "lines": [{"amount": 5}],
    }
    made = client.post("/coa/api/v1/invoice/", json=sent)
    assert made.status_code == 201
    log = client.get("/__campfire_mock__/requests", params={"limit": 1000}).json()["results"]
    entry = next(e for e in log if e["request_id"] == made.headers["x-request-id"])
    assert (entry["operation_id"], entry["request_body"]) == ("coa_api_v1_invoice_create", sent)


def test_request_log_entries_read_twice_are_whole_and_alike(client: TestClient) -> None:
    """An entry shows every field in order (headers, body, then ``at`` as a timestamp), alike on every read."""
    made = client.post(TAGS, json={"name": "logged twice"}, headers={"X-Note": "kept"})

    def entry() -> dict[str, t.Any]:
        log = client.get("/__campfire_mock__/requests", params={"limit": 1000}).json()["results"]
        return next(e for e in log if e["request_id"] == made.headers["x-request-id"])

    first = entry()
    assert list(first)[-3:] == ["request_headers", "request_body", "at"]
    assert first["request_body"] == {"name": "logged twice"}
    assert first["request_headers"]["x-note"] == "kept"
    assert first["request_headers"]["authorization"] == "Token [redacted]"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+0000", first["at"])
    assert entry() == first


def test_a_body_that_is_not_json_is_logged_without_holding_the_request() -> None:
    """A malformed JSON body's log entry reaches no frame or traceback (the parse error's frames held the
    request's scope and sender alive until the log was read or 10,000 newer requests pushed the entry out)."""
    import gc

    app = create_app()
    with TestClient(app, headers={"Authorization": "Token logged"}) as client:
        assert client.get("/coa/api/account").status_code == 200  # the workspace, which keeps the log
        for path in ("/coa/api/account", "/coa/api/v1/invoice/"):
            sent = client.post(path, content=b'{"name": "x",, }', headers={"Content-Type": "application/json"})
            assert sent.status_code == 400
        entries = list(app.store.workspace("logged").request_log)[-2:]
        seen: set[int] = set()
        frontier: list[t.Any] = entries
        kinds: set[str] = set()
        for _ in range(8):  # what the entries reach, eight references deep
            frontier = [o for o in gc.get_referents(*frontier) if id(o) not in seen and not seen.add(id(o))]
            kinds |= {type(o).__name__ for o in frontier}
        assert not kinds & {"frame", "traceback"}
        log = client.get("/__campfire_mock__/requests", params={"limit": 1000}).json()["results"]
        assert [e["request_body"] for e in log if e["method"] == "POST"] == ['{"name": "x",, }'] * 2


def test_a_logged_request_holds_its_body_as_bytes_and_answers_it_parsed() -> None:
    """Until the log is read, an entry reaches its body's bytes and no parsed JSON tree (a full log held
    10,000 of them); the log still answers the body as the same JSON."""
    import gc

    app = create_app()
    body = b'{"name": "held as bytes", "code": "9001", "nested": {"list": [1, 2, 3]}}'
    with TestClient(app, headers={"Authorization": "Token logged-secret"}) as client:
        assert client.get("/coa/api/account").status_code == 200  # the workspace, which keeps the log
        sent = client.post("/coa/api/account", content=body, headers={"Content-Type": "application/json"})
        assert sent.status_code in (201, 400)
        entry = app.store.workspace("logged-secret").request_log[-1]
        seen: set[int] = set()
        frontier: list[t.Any] = [entry]
        reached: list[t.Any] = []
        for _ in range(8):  # what the entry reaches, eight references deep
            frontier = [o for o in gc.get_referents(*frontier) if id(o) not in seen and not seen.add(id(o))]
            reached += frontier
        assert not [o for o in reached if isinstance(o, dict) and "nested" in o]
        assert body in reached
        log = client.get("/__campfire_mock__/requests").json()["results"]
        log = [e for e in log if e["method"] == "POST"]
        assert log[0]["request_body"] == {"name": "held as bytes", "code": "9001", "nested": {"list": [1, 2, 3]}}
        assert log[0]["request_headers"]["authorization"] == "Token [redacted]"


def test_the_request_log_entry_is_the_admission_record_and_lets_the_request_go() -> None:
    """One object per request serves the front and the log: the log's entry is the request's ``Admission``;
    once logged it reaches neither the request's scope (nor the ``Caller`` holding it) nor the workspace."""
    import gc

    from campfire_mock.http.admission import Admission

    app = create_app()
    with TestClient(app, headers={"Authorization": "Token one-object"}) as client:
        assert client.get("/coa/api/account").status_code == 200  # the workspace, which keeps the log
        sent = client.post(TAGS, json={"name": "one object"})
        assert sent.status_code == 201, sent.text
        ws = app.store.workspace("one-object")
        entry = ws.request_log[-1]
        assert isinstance(entry, Admission)
        assert (entry.method, entry.path, entry.status, entry.operation_id) == ("POST", TAGS, 201, "coa_api_tag_create")
        seen: set[int] = set()
        frontier: list[t.Any] = [entry]
        reached: list[t.Any] = []
        for _ in range(8):  # what the entry reaches, eight references deep (its class and modules left out)
            referents = gc.get_referents(*frontier)
            frontier = [o for o in referents if not isinstance(o, type) and id(o) not in seen and not seen.add(id(o))]
            reached += frontier
        assert not [o for o in reached if isinstance(o, dict) and o.get("type") == "http"]  # no ASGI scope
        assert not [o for o in reached if o is ws or type(o).__name__ == "Caller"]
        log = client.get("/__campfire_mock__/requests").json()["results"]
        made = next(e for e in log if e["method"] == "POST")
        assert (made["request_body"], made["request_id"]) == ({"name": "one object"}, sent.headers["x-request-id"])


def test_a_remembered_key_keeps_its_role_and_a_refused_one_is_refused_every_time(keyed: TestClient) -> None:
    """The front remembers the Authorization values it accepted (parsed once): the same header sent again is
    the same caller with the same role, and a value it refused is refused again with the same 401."""
    for _ in range(2):
        viewer = keyed.post(TAGS, json={"name": "x"}, headers={"Authorization": "Token viewer"})
        assert viewer.status_code == 403
        assert viewer.json() == {"detail": "You do not have permission to perform this action."}
        unknown = keyed.get(TAGS, headers={"Authorization": "Token stranger"})
        assert unknown.status_code == 401
        assert unknown.json() == {"detail": "Invalid token."}
        assert keyed.get(TAGS, headers={"Authorization": "Token adm"}).status_code == 200


def test_the_remembered_keys_are_bounded() -> None:
    """At most ``remembered`` accepted Authorization values are kept (the memory is emptied when full), and
    every caller is still identified afterwards."""
    from campfire_mock.http.auth import Auth
    from campfire_mock.views.base import Caller

    auth = Auth(remembered=3)
    for number in range(10):
        value = f"Token key-{number}".encode()
        found = auth.identify({}, [value])
        assert isinstance(found, Caller) and found.token == f"key-{number}"
        assert len(auth._accepted) <= 3
    again = auth.identify({}, [b"Token key-9"])
    assert isinstance(again, Caller) and (again.token, again.role) == ("key-9", "admin")
