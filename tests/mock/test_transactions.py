"""Every write is one transaction: whatever step it fails at, the workspace is left exactly as it was.

The property test runs a write against two workspaces seeded alike: a reference one, and
one whose journal raises at the first, second, third... object the write touches. Every
failed attempt must leave the faulty workspace's snapshot unchanged; the attempt that
finally gets through must answer exactly what the reference answered (same ids: failed
attempts use none up) and leave the same state.
"""

from __future__ import annotations

import json
import os
import pickle
import typing as t
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.domain.seeding import read_seed
from campfire_mock.domain.tables import Journal, Table
from campfire_mock.openapi.documents import load_spec, packaged_spec
from campfire_mock.store import Store

INVOICES = "/coa/api/v1/invoice/"
ADMIN = "/__campfire_mock__"
DEEP = os.environ.get("CAMPFIRE_TESTS_DEEP") == "1"
NEW = {
    "invoice_date": "2026-01-10",
    "due_date": "2026-02-09",
    "entity": 54,
    "client": 42,
    "lines": [{"product": 1, "quantity": 2, "rate": 250}, {"product": 1, "amount": 40}],
}
Request = tuple[str, str, t.Any]

#: Writes of every kind: invoices, payments, references, saved reports, whole-workspace replacements.
WRITES: dict[str, Request] = {
    "create": ("POST", INVOICES, NEW),
    "patch": ("PATCH", f"{INVOICES}145004/", {"lines": [{"product": 1, "amount": 10}], "terms": "net_60"}),
    "put": ("PUT", f"{INVOICES}145004/", {**NEW, "invoice_number": "REPLACED"}),
    "overpay": (
        "POST",
        f"{INVOICES}145002/pay/",
        {
            "empty_transactions": [
                {"amount": 100000, "payment_date": "2026-01-20", "account_id": 1010, "account_name": "Bank"}
            ]
        },
    ),
    "void": ("POST", f"{INVOICES}145003/void/", {}),
    "delete": ("DELETE", f"{INVOICES}145006/", None),
    "bulk": ("POST", f"{INVOICES}bulk-create/", {"invoices": [NEW, NEW]}),
    "apply": ("POST", f"{INVOICES}bulk-apply-payment/", {"transaction_id": 14728800, "invoice_ids": [58700, 145004]}),
    "vendor": ("POST", "/coa/api/vendor/", {"name": "New client"}),
    "memo": (
        "POST",
        "/coa/api/v1/credit-memo/",
        {"entity": 54, "client": 42, "credit_memo_date": "2026-01-05", "lines": [{"amount": 30, "account": 2553}]},
    ),
    "report": ("POST", f"{ADMIN}/invoice-reports", {"name": "By client", "query": {"group_fields": "client_id"}}),
    "clock": ("POST", f"{ADMIN}/clock", {"advance_days": 3}),
    "seed": ("POST", f"{ADMIN}/seed", {"data": {"now": "2026-02-01T08:00:00Z", "objects": {}}}),
    "reset": ("POST", f"{ADMIN}/reset", None),
}


class Fault(Exception):
    """The failure the test injects."""


class FailingJournal(Journal):
    """Raises ``Fault`` at the write's ``remaining``-th step: touching an object, replacing the
    whole workspace, or sealing the write (after everything else, just before it is saved)."""

    remaining: t.ClassVar[int | None] = None

    @staticmethod
    def step(what: str) -> None:
        if FailingJournal.remaining is not None:
            if FailingJournal.remaining == 0:
                raise Fault(f"injected before {what}")
            FailingJournal.remaining -= 1

    def record(self, table: Table[t.Any], key: int) -> None:
        self.step(f"touching {table.kind} {key}")
        super().record(table, key)

    def replace(self, tables: dict[str, Table[t.Any]]) -> None:
        self.step("replacing the workspace")
        super().replace(tables)

    def seal(self) -> None:
        self.step("sealing the write")
        super().seal()


def send(client: TestClient, token: str, request: Request) -> t.Any:
    method, path, body = request
    return client.request(method, path, json=body, headers={"Authorization": f"Token {token}"})


def snapshot(client: TestClient, token: str) -> t.Any:
    return send(client, token, ("GET", f"{ADMIN}/snapshot", None)).json()


@pytest.fixture(scope="module", params=[True, False], ids=["audited", "unaudited"])
def mock(request: pytest.FixtureRequest) -> t.Iterator[tuple[TestClient, t.Any]]:
    """One app whose seed freezes the clock, so reference and faulty workspaces stay in step; with the test
    suite's audit, and without it (the write path a server runs: the journal alone, ``store._Write``)."""
    app = create_app(seed={**read_seed("demo"), "now": "2026-01-15T09:00:00Z"})
    app.store.audit = request.param
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client, app


def fresh_pair(client: TestClient, app: t.Any, name: str) -> tuple[str, str]:
    """Two workspaces alike, frozen in time; the second one's writes fail on demand."""
    reference, faulty = f"{name}-ref", f"{name}-faulty"
    for token in (reference, faulty):
        send(client, token, ("POST", f"{ADMIN}/reset", None))
        send(client, token, ("POST", f"{ADMIN}/clock", {"now": "2026-01-15T09:00:00Z"}))
    app.store.workspace(faulty).journal_class = FailingJournal
    return reference, faulty


def fail_at_every_step(client: TestClient, reference: str, faulty: str, request: Request) -> int:
    """Run ``request``, failing at step 0, 1, 2... until it succeeds; returns the steps it has."""
    expected = send(client, reference, request)
    before = snapshot(client, faulty)
    step = 0
    try:
        while True:
            FailingJournal.remaining = step
            answer = send(client, faulty, request)
            if FailingJournal.remaining is not None and FailingJournal.remaining > 0:
                break  # the write touched fewer objects than the fault waited for: it went through
            if answer.status_code != 500:
                break
            assert answer.json() == {"detail": "A server error occurred."}
            assert snapshot(client, faulty) == before, f"step {step} left changes behind"
            step += 1
    finally:
        FailingJournal.remaining = None
    assert (answer.status_code, answer.content) == (expected.status_code, expected.content)
    assert snapshot(client, faulty) == snapshot(client, reference)
    return step


@pytest.mark.parametrize("name", sorted(WRITES))
def test_write_failing_at_any_step_changes_nothing(mock: tuple[TestClient, t.Any], name: str) -> None:
    """A write that fails at any step leaves no trace; the retry then matches a clean run exactly."""
    client, app = mock
    reference, faulty = fresh_pair(client, app, name)
    assert fail_at_every_step(client, reference, faulty, WRITES[name]) >= 1
    assert send(client, reference, ("GET", f"{ADMIN}/requests", None)).json()["results"][-1]["status"] < 300


@settings(max_examples=60 if DEEP else 12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(sorted(WRITES)), min_size=1, max_size=4))
def test_any_sequence_of_writes_fails_cleanly(mock: tuple[TestClient, t.Any], names: list[str]) -> None:
    """After any history of writes, every step of the next write can fail without leaving a trace."""
    client, app = mock
    reference, faulty = fresh_pair(client, app, "sequence")
    *history, last = names
    for name in history:
        for token in (reference, faulty):
            send(client, token, WRITES[name])
    fail_at_every_step(client, reference, faulty, WRITES[last])


def test_rejected_write_uses_no_ids(client: TestClient) -> None:
    """A 400 after ids were drawn gives them back: the next invoice gets the id the failed one would have."""
    bad = {**NEW, "lines": [{"product": 1, "amount": 10}, {"product": 999999, "amount": 1}]}
    assert client.post(INVOICES, json=bad).status_code == 400
    first = client.post(INVOICES, json=NEW).json()
    client.post(f"{ADMIN}/reset")
    assert client.post(INVOICES, json=NEW).json()["id"] == first["id"]


def test_clerk_write_refused_after_the_fact_is_undone() -> None:
    """A clerk's PATCH that would take a draft out of draft is a 403 and changes nothing."""
    app = create_app(tokens={"clerk": "clerk"})
    with TestClient(app, headers={"Authorization": "Token clerk"}) as client:
        draft = client.post(INVOICES, json={**NEW, "payment_status": "draft"}).json()
        before = client.get(f"{INVOICES}{draft['id']}/").json()
        answer = client.patch(
            f"{INVOICES}{draft['id']}/", json={"payment_status": "open", "lines": [{"product": 1, "amount": 5}]}
        )
        assert answer.status_code == 403
        assert answer.json() == {"detail": "A clerk may only write draft invoices."}
        assert client.get(f"{INVOICES}{draft['id']}/").json() == before


def test_response_that_breaks_the_spec_is_a_500_and_undone(tmp_path: Path) -> None:
    """When the mock would answer outside the spec, it answers 500 and keeps nothing of the write."""
    spec = load_spec(packaged_spec())
    spec["components"]["schemas"]["AccountingInvoice"]["properties"]["invoice_number"]["maxLength"] = 3
    path = tmp_path / "strict.yaml"
    path.write_text(json.dumps(spec))  # JSON is YAML, and far quicker to write
    with TestClient(create_app(spec=path), headers={"Authorization": "Token t"}) as client:
        count = client.get(INVOICES).json()["count"]
        answer = client.post(INVOICES, json=NEW)
        assert answer.status_code == 500
        assert answer.json() == {"detail": "A server error occurred."}
        listed = client.get(INVOICES)
        assert listed.status_code == 200
        assert listed.json()["count"] == count


def test_failed_save_changes_nothing(tmp_path: Path) -> None:
    """When the state file refuses a write, the request is a 500 and memory and disk stay as they were."""
    state = tmp_path / "state.db"
    app = create_app(state_file=state)
    with TestClient(app, headers={"Authorization": "Token t"}, raise_server_exceptions=False) as client:
        before = client.get(f"{ADMIN}/snapshot").json()
        app.store.db.conn.execute("PRAGMA query_only = ON")
        answer = client.post(INVOICES, json=NEW)
        assert answer.status_code == 500
        assert client.get(f"{ADMIN}/snapshot").json() == before
    app.store.close()
    with TestClient(create_app(state_file=state), headers={"Authorization": "Token t"}) as again:
        assert again.get(f"{ADMIN}/snapshot").json() == before


@pytest.mark.parametrize("compiled_path", [True, False])
def test_answer_that_cannot_be_encoded_undoes_the_write(compiled_path: bool) -> None:
    """A write whose answer cannot be encoded (a lone surrogate in a string) keeps nothing and breaks no later read."""
    app = create_app(compiled_path=compiled_path)
    with TestClient(app, headers={"Authorization": "Token t"}, raise_server_exceptions=False) as client:
        count = client.get(INVOICES).json()["count"]
        body = '{"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42, '
        body += '"message_on_invoice": "\\ud800", "lines": [{"product": 1, "amount": 40}]}'
        answer = client.post(INVOICES, content=body, headers={"Content-Type": "application/json"})
        assert answer.status_code in (400, 500)  # 500 if the input passes validation; never a kept 201
        listed = client.get(INVOICES)
        assert listed.status_code == 200
        assert listed.json()["count"] == count
        assert client.get(f"{INVOICES}47864/").status_code == 200


def test_unencodable_answer_is_a_500_and_undone(monkeypatch: pytest.MonkeyPatch) -> None:
    """When a created invoice's answer fails to encode, the request is a 500 and the invoice is not kept."""
    from campfire_mock.views.invoice_answer import InvoiceAnswers

    written = InvoiceAnswers.written

    def unencodable(self: InvoiceAnswers, ws: t.Any, inv: t.Any, full: bool) -> tuple[t.Any, None, None]:
        checked, built, _ = written(self, ws, inv, full=full)
        odd = {"message_on_invoice": "\ud800"} if full else {}  # the create's answer, not the list's
        return {**checked, **(built or {}), **odd}, None, None

    monkeypatch.setattr(InvoiceAnswers, "written", unencodable)
    with TestClient(create_app(), headers={"Authorization": "Token t"}, raise_server_exceptions=False) as client:
        count = client.get(INVOICES).json()["count"]
        answer = client.post(INVOICES, json=NEW)
        assert answer.status_code == 500
        assert answer.json() == {"detail": "A server error occurred."}
        assert client.get(INVOICES).json()["count"] == count


@pytest.mark.parametrize("name", ["reset", "seed", "import"])
def test_failed_save_of_a_replacement_leaves_reads_working(tmp_path: Path, name: str) -> None:
    """A reset, seed or import the state file refuses is a 500, and reads by id still answer 200 afterwards."""
    app = create_app(state_file=tmp_path / "state.db")
    with TestClient(app, headers={"Authorization": "Token t"}, raise_server_exceptions=False) as client:
        before = client.get(f"{ADMIN}/snapshot").json()
        requests = {
            "reset": (f"{ADMIN}/reset", None),
            "seed": WRITES["seed"][1:],
            "import": (f"{ADMIN}/snapshot", before),
        }
        path, body = requests[name]
        app.store.db.conn.execute("PRAGMA query_only = ON")
        answer = client.post(path, json=body)
        assert answer.status_code == 500
        assert answer.json() == {"detail": "A server error occurred."}
        retrieved = client.get(f"{INVOICES}47864/")
        assert retrieved.status_code == 200
        assert retrieved.json()["id"] == 47864
        assert client.get(f"{ADMIN}/snapshot").json() == before
    app.store.close()


@pytest.mark.parametrize("taken", ["replacement", "pickled copy"])
def test_tables_a_workspace_takes_are_journaled_by_its_writes(taken: str) -> None:
    """Tables a workspace takes from another (an import's replacement, a pickled copy of the seed) journal its
    writes: a write that deletes an invoice and then fails leaves the workspace exactly as it was."""
    store = Store(read_seed("demo"))
    ws = store.seeded()
    if taken == "replacement":
        with ws.transaction():
            ws.replace_with(store.seeded())
    else:
        ws = pickle.loads(pickle.dumps(ws, protocol=pickle.HIGHEST_PROTOCOL))
    before = ws.snapshot()
    key = next(iter(ws.invoices))
    with pytest.raises(RuntimeError, match="undone"), ws.transaction():
        del ws.invoices[key]
        ws.table("/coa/api/tag")[999_999] = {"id": 999_999, "name": "never kept"}
        raise RuntimeError("undone")
    assert ws.snapshot() == before
    assert ws.journal is None and all(table.journal is None for table in ws.tables().values())
