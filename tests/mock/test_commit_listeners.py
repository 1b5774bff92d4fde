"""A write ends by telling only the commit listeners of the tables it touched (``Workspace.listen``): what they
keep (the ledger, the invoices' kept sum) stays current across the writes they are not told of."""

from __future__ import annotations

import typing as t

import pytest
from starlette.testclient import TestClient

from campfire_mock.domain import ledger as ledger_module
from campfire_mock.domain.entries import BOOKS
from campfire_mock.domain.invoice_magnitude import KEY, invoice_magnitude
from campfire_mock.domain.workspace import Workspace

INVOICES = "/coa/api/v1/invoice"
JOURNAL = "/coa/api/journal_entry"
TAGS = "/coa/api/tag"


def _invoice(client: TestClient) -> dict[str, t.Any]:
    seeded = client.get(INVOICES, params={"limit": 1}).json()["results"][0]
    body = {k: seeded[k] for k in ("client", "entity", "invoice_date", "due_date", "currency")}
    return {**body, "lines": [{"product": seeded["lines"][0]["product"], "quantity": 1, "rate": 40}]}


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The modules of the listeners each write tells, in order (every listener wrapped to note its call)."""
    calls: list[str] = []

    def noting(listener: t.Callable[..., None]) -> t.Callable[..., None]:
        def call(ws: Workspace, journal: t.Any, kept: bool) -> None:
            calls.append(f"{listener.__module__}.{listener.__name__}")
            listener(ws, journal, kept)

        return call

    wrapped = [(name, kinds, noting(listener)) for name, kinds, listener in Workspace.commit_listeners]
    monkeypatch.setattr(Workspace, "commit_listeners", wrapped)
    return calls


def test_a_write_tells_only_the_listeners_of_the_tables_it_touched(client: TestClient, told: list[str]) -> None:
    """A tag's create tells no listener; an invoice's tells the kept orders of the invoice list, the ledger and the
    invoices' kept sum, not the bank transactions' (no payment was written)."""
    body = _invoice(client)
    told.clear()
    assert client.post(TAGS, json={"name": "Told no one"}).status_code == 201
    assert told == []
    assert client.post(INVOICES, json=body).status_code == 201
    assert told == [
        "campfire_mock.domain.invoice_order.note_write",
        "campfire_mock.domain.ledger.note_write",
        "campfire_mock.domain.invoice_magnitude.note_write",
    ]


def test_what_listeners_keep_holds_across_writes_they_are_not_told_of(
    app: t.Any, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ledger and the invoices' sum, kept before two tag writes, are still current after them: a new
    invoice's entry is read from the kept ledger brought up to date (no whole build), and the kept sum equals a
    fresh count."""
    body = _invoice(client)
    made = client.post(INVOICES, json=body).json()
    assert client.get(f"{JOURNAL}/{made['journal_entry']}").status_code == 200  # the ledger is read, so kept
    ws = app.store.workspace("test-token")
    invoice_magnitude(ws)
    books = ws.derived[BOOKS]
    for name in ("Kept one", "Kept two"):
        assert client.post(TAGS, json={"name": name}).status_code == 201
    assert ws.derived[BOOKS] is books and books.version == ws.heard_at(BOOKS) < ws.version

    def no_build(*_: t.Any) -> t.NoReturn:
        raise AssertionError("the ledger was built again")

    monkeypatch.setattr(ledger_module, "bulk_columns", no_build)
    again = client.post(INVOICES, json=body).json()
    entry = client.get(f"{JOURNAL}/{again['journal_entry']}")
    assert entry.status_code == 200, entry.text
    assert entry.json()["id"] == again["journal_entry"]
    kept = invoice_magnitude(ws)
    assert ws.derived[KEY][0] == ws.heard_at(KEY)
    ws.derived.pop(KEY)
    assert invoice_magnitude(ws) == kept
