"""The ledger's first build at scale: the columns made in bulk from the documents are the lines the posting
rules make, document by document; the first statement makes no entry objects; a write after a statement
recomputes only the entries it touched; dead rows are dropped without changing a figure; a journal-entry page
makes only its own entries."""

from __future__ import annotations

import typing as t
from collections import defaultdict
from datetime import date

from starlette.testclient import TestClient

from campfire_mock.domain import ledger as ledger_module
from campfire_mock.domain.books import Columns, Ledger, changed, columns_of, compacted
from campfire_mock.domain.bulk_posting import bulk_columns
from campfire_mock.domain.entries import Entry, Posting, reversal
from campfire_mock.domain.ledger_query import Window, month_end, select_entries, sync_key
from campfire_mock.domain.ledger_source import build_table, ledger_table
from campfire_mock.domain.line_view import LineView
from campfire_mock.domain.workspace import Workspace

from .payables import BILLS, manual, new_bill, pay
from .test_ledger import JOURNAL, entry_body

TB = "/ca/api/get_trial_balance"
GL = "/coa/api/transaction"

Line = tuple[t.Any, ...]


def by_entry(cols: Columns) -> dict[int, list[Line]]:
    """Each entry's lines in its order, as (entry, place, account, day, entity, department, vendor, book,
    consolidated, known, last modified, native, source, source id, document settled, reversal, currency,
    tags)."""
    found: dict[int, list[Line]] = defaultdict(list)
    for entry_id, (start, count) in cols.rows.items():
        for row in range(start, start + count):
            assert cols.alive[row]
            found[entry_id].append(
                (
                    int(cols.entry_id[row]),
                    int(cols.position[row]),
                    int(cols.account_raw[row]),
                    int(cols.day[row]),
                    int(cols.entity[row]),
                    int(cols.department[row]),
                    int(cols.vendor[row]),
                    int(cols.book[row]),
                    int(cols.consolidated[row]) if cols.known[row] else 0,
                    bool(cols.known[row]),
                    cols.modified[row],
                    int(cols.native[row]),
                    cols.source[row],
                    int(cols.source_id[row]),
                    int(cols.paid[row]),
                    bool(cols.reversal[row]),
                    cols.currency[row],
                    cols.tags[row],
                )
            )
    return dict(found)


def workspace(app: t.Any) -> Workspace:
    return t.cast(Workspace, app.store.workspace("test-token"))


def busy(client: TestClient) -> None:
    """Writes of every kind the bulk path covers, and some it leaves to the rules (a reversal, a void)."""
    made = new_bill(client, lines=[(2622, 300.1, 4.99), (6100, 0.07, 0)])
    assert pay(client, made["id"], empty_transactions=[manual(100.05, "2026-05-10")]).status_code == 200
    voided = new_bill(client, bill_number="T-2", lines=[(2622, 50, 0)])
    assert client.post(f"{BILLS}/{voided['id']}/void/", json={"void_date": "2026-05-20"}).status_code == 200
    tagged = entry_body((6400, 7), (1010, -7))
    for item in tagged["transactions"]:
        item["tags"] = [{"id": 8355}]
    for body in (
        tagged,
        entry_body((6000, 12.34), (1010, -12.34)),
        entry_body((6000, 0.1), (6100, 0.2), (1010, -0.3), reversal_date="2026-06-01"),
    ):
        assert client.post(JOURNAL, json=body).status_code == 201


def test_bulk_columns_are_the_lines_the_posting_rules_make(app: t.Any, client: TestClient) -> None:
    """Every document's lines built in bulk (accounts, days, entities, departments, vendors, cents in each
    currency) equal the lines its posting rule makes, entry by entry, for the demo company (invoices in
    two currencies, payments, credit memos, bills, debit memos, manual entries) and fresh writes."""
    busy(client)
    ws = workspace(app)
    keys = ledger_module._keys(ws)
    bulk, docs = bulk_columns(ws, keys, ledger_module.document_entries)
    entries = ledger_module._all_entries(ws)
    ruled = columns_of(entries)
    assert by_entry(bulk) == by_entry(ruled)
    assert bulk.meta == {key: ruled.meta[key] for key in bulk.rows}  # journal types and memos, as made
    assert any(8355 in tags for tags in bulk.tags[bulk.source == "manual"].tolist())  # tags built in bulk too
    assert sorted(e for ids in docs.values() for e in ids) == sorted(e.id for e in entries)


def test_the_first_statement_makes_no_entry_objects(app: t.Any, client: TestClient) -> None:
    """A statement reads the columns only; a GL log page makes the entries of its own lines only."""
    ws = workspace(app)
    ws.derived.pop("books", None)
    trial = client.get(TB, params={"start_date": "2026-01-01", "end_date": "2026-12-31"})
    assert trial.status_code == 200, trial.text
    books = ledger_module.ledger(ws)
    assert books.materialised is False and not books._made
    page = client.get(GL, params={"all_time": "true", "limit": 3})
    assert page.status_code == 200 and len(page.json()["results"]) == 3
    assert books.materialised is False and 0 < len(books._made) < 10


def test_cash_flow_v2_makes_only_the_entries_it_discloses(app: t.Any, client: TestClient) -> None:
    """Cash flow v2 reads the columns; of the entries, it makes only those it discloses as non-cash (for
    their memo), and it discloses exactly the entries that move an investing or financing account and no
    cash account, as found from every entry the posting rules make."""
    from campfire_mock.domain.cash_flow import cash_section, is_cash
    from campfire_mock.domain.statements import is_balance_sheet

    made = client.post(JOURNAL, json=entry_body((1500, 5000), (2700, -5000), day="2026-02-14"))
    assert made.status_code == 201, made.text
    ws = workspace(app)
    ws.derived.pop("books", None)
    v2 = client.get("/ca/api/get_cash_flow_v2", params={"start_date": "2026-01-01", "end_date": "2026-12-31"})
    assert v2.status_code == 200, v2.text
    books = ledger_module.ledger(ws)
    assert books.materialised is False
    disclosed = [(d["journal"], d["date"], d["amount"]) for d in v2.json()["non_cash_disclosures"]]
    assert made.json()["id"] in {journal for journal, _, _ in disclosed}
    assert set(books._made) <= {journal for journal, _, _ in disclosed} | {made.json()["id"]}
    charts = {int(k): row for k, row in dict.items(ws.refs["account"])}
    cash = {k for k, row in charts.items() if is_cash(row)}
    moved = {
        k for k, row in charts.items() if is_balance_sheet(row) and cash_section(row) in ("INVESTING", "FINANCING")
    } - cash
    expected = [
        (e.id, e.date.isoformat(), f"{sum(p.book for p in e.lines if p.book > 0) / 100:.2f}")
        for e in Ledger.build(ledger_module._all_entries(ws)).entries
        if date(2026, 1, 1) <= e.date <= date(2026, 12, 31)
        and {p.account for p in e.lines} & moved
        and not {p.account for p in e.lines} & cash
    ]
    assert disclosed == expected


def reference_cash_basis(ws: Workspace) -> Columns:
    """The cash basis's lines found entry by entry from every entry the posting rules make (the way it was
    computed before it read the columns)."""
    from campfire_mock.domain import cash_basis as cash

    entries = Ledger.build(ledger_module._all_entries(ws)).entries
    docs = {
        (e.source, e.source_id): e
        for e in entries
        if e.source in cash.DOCUMENTS and e.source_id is not None and e.reversal_of is None
    }
    refunded, chart = cash._refunded_memos(ws), cash._Chart(ws)
    found: list[Entry] = []
    for e in entries:
        if e.source in cash.DOCUMENTS:
            continue
        if e.source not in cash.SETTLEMENTS:
            found.append(e)
            continue
        kind = cash.SETTLEMENTS[e.source]
        keys = {
            "invoice": e.invoice,
            "bill": e.bill,
            "credit_memo": int(e.credit_memos[0]["id"]) if e.credit_memos else None,
            "debit_memo": refunded.get(e.source_id or -1),
        }
        doc = docs.get((kind, keys[kind]))
        settled = cash._settled(chart, e, doc) if doc is not None else None
        if settled is not None:
            found.append(settled)
    return columns_of(found)


def test_the_cash_basis_reads_the_columns_and_finds_the_lines_found_entry_by_entry(
    app: t.Any, client: TestClient
) -> None:
    """The first cash-basis statement makes no entry objects, and its lines (each settlement's share of
    its document's income lines, every other entry as posted) are those found entry by entry from the
    entries the posting rules make: invoices and bills paid in part, a credit memo, voids, reversals."""
    from campfire_mock.domain.cash_basis import cash_lines

    busy(client)
    ws = workspace(app)
    ws.derived.pop("books", None)
    body = client.get("/ca/api/cash-basis", params={"start_date": "2026-01-01", "end_date": "2026-12-31"})
    assert body.status_code == 200, body.text
    books = ledger_module.ledger(ws)
    assert books.materialised is False and not books._made
    found = cash_lines(ws)

    def lines(cols: Columns) -> dict[int, list[Line]]:  # every field but the settled document's id
        return {key: [line[:14] + line[15:] for line in rows] for key, rows in by_entry(cols).items()}

    expected = reference_cash_basis(ws)
    assert lines(found.columns) == lines(expected)
    sources = set(found.columns.source.tolist())
    settlements = {"invoice_payment", "bill_payment", "credit_memo_payment", "debit_memo_payment"}
    assert settlements | {"manual"} <= sources, sources
    assert [e for e, _ in found.entries] == list(expected.rows)


def test_a_statement_by_currency_or_tag_makes_no_entry_objects(app: t.Any, client: TestClient) -> None:
    """Breakdowns by currency (of the cash basis) and by tag read the ledger's columns: the first one makes
    no entry, and the tagged line lands in its tag's column."""
    busy(client)
    ws = workspace(app)
    for path, params in (
        ("/ca/api/cash-basis", {"group_by": "currency"}),
        ("/ca/api/cash-basis", {"group_by": "tag", "group": 727}),
        ("/ca/api/get_income_statement", {"group_by": "tag", "group": 727}),
    ):
        ws.derived.pop("books", None)
        body = client.get(path, params={"start_date": "2026-05-01", "end_date": "2026-05-31", **params})
        assert body.status_code == 200, body.text
        books = ledger_module.ledger(ws)
        assert books.materialised is False and not books._made, (path, params)
        marketing = next(r for r in body.json()["income_statement"] if r["account_name"].startswith("6400"))
        column = "2026-05-31_Project A" if params["group_by"] == "tag" else "2026-05-31_USD"
        assert marketing[column] >= 7, (path, marketing)


def report_cells(table: t.Any) -> dict[str, t.Any]:
    """A report table's columns as plain values per line: each dimension's key and label, each measure, each
    line's date and the tags."""
    cells: dict[str, t.Any] = {
        name: [(dim.keys[c], dim.labels[c]) for c in dim.codes.tolist()] for name, dim in table.dimensions.items()
    }
    cells |= {  # NaN (no known rate) as None, so two of them compare equal
        name: [None if v != v else round(v, 2) for v in values.tolist()] for name, values in table.measures.items()
    }
    cells["posted_at"] = table.dates["posted_at"].tolist()
    tags = table.sets["tag"]() if callable(table.sets["tag"]) else table.sets["tag"]
    cells["tag"] = (tags.rows.tolist(), tags.values.tolist(), tags.group_of, tags.labels)
    return cells


def test_the_ledger_report_reads_the_columns_and_makes_no_line(app: t.Any, client: TestClient) -> None:
    """The GL report's table is read off the ledger's columns: it makes no entry on a fresh ledger, and after a
    write only the written entry; its cells are those of the lines the posting rules make, line by line."""
    busy(client)
    ws = workspace(app)
    ws.derived.pop("books", None)
    params = {"all_time": "true", "group_fields": "journal_type", "aggregation_fields": "sum:amount"}
    first = client.get("/coa/api/transaction/report", params=params)
    assert first.status_code == 200, first.text
    books = ledger_module.ledger(ws)
    assert books.materialised is False and not books._made
    assert client.post(JOURNAL, json=entry_body((6000, 5), (1010, -5))).status_code == 201
    again = client.get("/coa/api/transaction/report", params=params)
    assert again.status_code == 200, again.text
    books = ledger_module.ledger(ws)
    assert books.materialised is False and len(books._made) <= 2
    before = {r["journal_type"]: r["amount"] for r in first.json()["results"]}
    after = {r["journal_type"]: r["amount"] for r in again.json()["results"]}
    assert after == before  # a balanced entry moves no group's sum
    whole = ledger_module.Ledger.build(ledger_module._all_entries(ws))
    expected = build_table(ws, list(whole.lines))
    assert report_cells(ledger_table(ws)) == report_cells(expected)


def gl_orders(client: TestClient) -> tuple[list[int], list[int]]:
    """The GL log's line ids newest first (one offset page) and in cursor order (a walk of small pages)."""
    newest = [row["id"] for row in client.get(GL, params={"all_time": "true", "limit": 10000}).json()["results"]]
    walked: list[int] = []
    url: str | None = f"{GL}?all_time=true&limit=40&cursor="
    while url:
        body = client.get(url).json()
        walked += [row["id"] for row in body["results"]]
        url = body["next"]
    return newest, walked


def whole_orders(ws: Workspace) -> tuple[list[int], list[int]]:
    """The same orders from a ledger with every entry made by the posting rules."""
    whole = ledger_module.Ledger.build(ledger_module._all_entries(ws))
    return [line.id for _, line in reversed(whole.lines)], [line.id for _, line in sorted(whole.lines, key=sync_key)]


def test_gl_pages_made_line_by_line_are_the_pages_of_the_whole_ledger(app: t.Any, client: TestClient) -> None:
    """The GL log read from the columns (entries made when their lines are read) lists the same lines in the
    same order as the ledger with every entry made: newest first by offset, and in cursor order; and so it
    does after writes that add and remove entries (the orders are carried over, not sorted again)."""
    busy(client)
    ws = workspace(app)
    ws.derived.pop("books", None)
    assert gl_orders(client) == whole_orders(ws)
    assert ledger_module.ledger(ws).materialised is False
    first = client.post(JOURNAL, json=entry_body((6000, 5), (1010, -5), day="2026-01-02"))
    assert first.status_code == 201
    assert client.post(JOURNAL, json=entry_body((6100, 9), (1010, -9), day="2026-07-01")).status_code == 201
    assert client.delete(f"{JOURNAL}/{first.json()['id']}").status_code == 204
    assert isinstance(ledger_module.ledger(ws)._lines, LineView)  # carried over the writes, not sorted again
    assert gl_orders(client) == whole_orders(ws)
    assert ledger_module.ledger(ws).materialised is False


def test_a_write_after_a_statement_recomputes_only_its_entries(
    app: t.Any, client: TestClient, monkeypatch: t.Any
) -> None:
    """After a statement, a new manual entry is the only document whose rule runs on the next statement, and
    the statement shows it."""
    period = {"start_date": "2026-05-01", "end_date": "2026-05-31"}
    before = client.get(TB, params=period).json()
    made = client.post(JOURNAL, json=entry_body((6000, 77.77), (1010, -77.77)))
    assert made.status_code == 201
    calls: list[tuple[str, int]] = []
    real = ledger_module.document_entries

    def counted(ws_: Workspace, kind: str, key: int) -> t.Any:
        calls.append((kind, key))
        return real(ws_, kind, key)

    monkeypatch.setattr(ledger_module, "document_entries", counted)
    after = client.get(TB, params=period).json()
    assert calls == [(JOURNAL, made.json()["id"])]

    def debit(body: dict[str, t.Any], account: str) -> float:
        rows = body["trial_balance"]["accounts"]
        return next((r["balances"]["debits"] for r in rows if r["id"] == account), 0.0)

    assert round(debit(after, "6000") - debit(before, "6000"), 2) == 77.77


def test_dropping_dead_rows_keeps_every_live_line(app: t.Any, client: TestClient) -> None:
    """Columns with removed entries, compacted, keep each live entry's lines (and nothing else) at their
    renumbered rows."""
    busy(client)
    cols = ledger_module.ledger(workspace(app)).columns()
    gone = sorted(cols.rows)[::2]
    kept = {key: lines for key, lines in by_entry(cols).items() if key not in set(gone)}
    small = compacted(changed(cols, gone, []))
    assert len(small.day) == sum(len(lines) for lines in kept.values()) < len(cols.day)
    assert by_entry(small) == kept


def test_a_write_that_reads_the_ledger_before_changing_it_does_not_rebuild_it(
    app: t.Any, client: TestClient, monkeypatch: t.Any
) -> None:
    """Editing a manual entry's GL line reads the kept ledger (the write has changed nothing yet), not every
    document's entries afresh; the next read shows the edit."""
    made = client.post(JOURNAL, json=entry_body((6000, 3), (1010, -3))).json()
    line_id = made["transactions"][0]["id"]
    assert client.get(TB, params={"start_date": "2026-01-01", "end_date": "2026-12-31"}).status_code == 200
    rebuilt: list[int] = []
    real = ledger_module._all_entries
    monkeypatch.setattr(ledger_module, "_all_entries", lambda ws: rebuilt.append(1) or real(ws))
    edited = client.patch(f"{GL}/{line_id}", json={"bank_description": "Coffee beans"})
    assert edited.status_code == 200, edited.text
    assert rebuilt == []
    assert client.get(f"{GL}/{line_id}").json()["bank_description"] == "Coffee beans"


def test_a_line_view_sorts_and_turns_round_as_a_list_does(app: t.Any, client: TestClient) -> None:
    """The GL log's line view, sorted or reversed in place, holds the lines a list of them would."""
    ws = workspace(app)
    ws.derived.pop("books", None)
    view = ledger_module.ledger(ws).lines
    assert isinstance(view, LineView)
    part = view[5:40]
    plain = list(part)
    part.sort(key=sync_key, reverse=True)
    assert [line.id for _, line in part] == [line.id for _, line in sorted(plain, key=sync_key, reverse=True)]
    part.reverse()
    assert [line.id for _, line in part] == [line.id for _, line in sorted(plain, key=sync_key)]


JOURNAL_ID = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"


def journal_pages(client: TestClient) -> list[dict[str, t.Any]]:
    """Journal-entry list answers for the default window, all time, a month, an account, a source and
    offsets (newest first)."""
    asked: list[dict[str, t.Any]] = [
        {},
        {"all_time": "true", "limit": 10000},
        {"all_time": "true", "limit": 7, "offset": 20},
        {"start_date": "2026-05-01", "end_date": "2026-05-31", "limit": 10000},
        {"all_time": "true", "account": [6000, 6100], "limit": 10000},
        {"start_date": "2026-04-01", "end_date": "2026-06-30", "account": 1010, "limit": 5, "offset": 3},
        {"all_time": "true", "source": "invoice", "limit": 10000},
        {"all_time": "true", "journal_id": JOURNAL_ID, "limit": 10000},
    ]
    found = []
    for params in asked:
        response = client.get(JOURNAL, params=params)
        assert response.status_code == 200, response.text
        found.append(response.json())
    return found


def test_journal_pages_from_the_columns_are_those_of_the_whole_ledger(app: t.Any, client: TestClient) -> None:
    """The journal-entry list chosen from the columns (each entry made when its page is read) answers what
    the ledger with every entry made answers, for each window and filter, and so it does after writes that
    add and remove entries."""
    busy(client)
    assert client.post(JOURNAL, json=entry_body((6000, 4), (1010, -4), journal_id=JOURNAL_ID)).status_code == 201
    ws = workspace(app)
    for _ in range(2):
        ws.derived.pop("books", None)
        from_columns = journal_pages(client)
        assert ledger_module.ledger(ws).materialised is False
        assert ledger_module.ledger(ws).entries  # every entry made: the list reads them
        assert ledger_module.ledger(ws).materialised is True
        assert journal_pages(client) == from_columns
        assert [body["count"] > 0 for body in from_columns] == [True] * len(from_columns)
        assert [e["journal_id"] for e in from_columns[-1]["results"]] == [JOURNAL_ID]
        made = client.post(JOURNAL, json=entry_body((6100, 8), (1010, -8), day="2026-05-02"))
        assert client.delete(f"{JOURNAL}/{made.json()['id']}").status_code == 204
        assert client.post(JOURNAL, json=entry_body((6100, 2), (1010, -2), day="2026-05-03")).status_code == 201


def test_a_journal_page_makes_only_its_own_entries(app: t.Any, client: TestClient) -> None:
    """After a statement, a page of the journal-entry list (all time, a month, an account) makes the entries
    of its own documents, not the whole ledger's."""
    ws = workspace(app)
    ws.derived.pop("books", None)
    assert client.get(TB, params={"start_date": "2026-01-01", "end_date": "2026-12-31"}).status_code == 200
    books = ledger_module.ledger(ws)
    for params in (
        {"all_time": "true", "limit": 3},
        {"start_date": "2026-03-01", "end_date": "2026-03-31", "limit": 2},
        {"all_time": "true", "account": 6100, "limit": 2, "offset": 4},
    ):
        made_before = len(books._made)
        page = client.get(JOURNAL, params=params)
        assert page.status_code == 200 and len(page.json()["results"]) == params["limit"]
        assert page.json()["count"] > 10
        assert books.materialised is False and 0 < len(books._made) - made_before < 10


def test_reversals_on_a_ledger_not_made_post_each_document_once() -> None:
    """Asking for the reversals of every entry of a ledger whose entries are not made makes each document's
    entries once (not once per entry asked about), and answers them as the ledger with every entry made."""
    original = Entry(
        1, date(2026, 5, 1), "a", "journal_entry", 1, 54, "USD", [Posting(6000, 5, 5, 5), Posting(1010, -5, -5, -5)]
    )
    voided = reversal(original, 2, date(2026, 5, 9), "Reversal of a")
    other = Entry(
        3, date(2026, 5, 2), "b", "journal_entry", 3, 54, "USD", [Posting(6000, 7, 7, 7), Posting(1010, -7, -7, -7)]
    )
    documents = {1: [original, voided], 2: [original, voided], 3: [other]}
    calls: list[int] = []

    def document_of(key: int) -> list[Entry]:
        calls.append(key)
        return documents[key]

    everything = [original, voided, other]
    lazy = Ledger(None, columns_of(everything), lambda: everything, document_of)
    asked = [1, 2, 3, 1, 3]
    assert [[e.id for e in lazy.reversals(key)] for key in asked] == [[2], [], [], [2], []]
    assert len(calls) == 2 and lazy.materialised is False
    whole = Ledger.build(everything)
    assert [[e.id for e in whole.reversals(key)] for key in asked] == [[2], [], [], [2], []]


def test_an_entry_without_lines_keeps_its_date_in_the_entry_order() -> None:
    """An entry that posts no line has no row in the columns; the entry order still places it by its date,
    as the ledger with every entry made does."""
    lines = [Posting(6000, 100, 100, 100), Posting(1010, -100, -100, -100)]
    entries = [
        Entry(3, date(2026, 5, 1), "b", "journal_entry", 3, 54, "USD", lines),
        Entry(1, date(2026, 5, 9), "empty", "journal_entry", 1, 54, "USD", []),
        Entry(2, date(2026, 5, 1), "a", "journal_entry", 2, 54, "USD", [Posting(6000, 5, 5, 5)]),
    ]
    lazy = Ledger(None, columns_of(entries), lambda: entries, lambda key: [e for e in entries if e.id == key])
    ids, days = lazy.entry_order()
    assert ids.tolist() == [2, 3, 1] == [e.id for e in Ledger.build(entries).entries]
    assert days.tolist() == [date(2026, 5, d).toordinal() for d in (1, 1, 9)]
    assert [e.memo for e in select_entries(lazy, Window(date(2026, 5, 2), None))] == ["empty"]


def test_an_all_time_statement_spans_the_ledger_without_making_entries(app: t.Any, client: TestClient) -> None:
    """all_time runs a statement from the ledger's first entry date to its last (or the end of this month,
    if later), read from the columns: no entry is made."""
    ws = workspace(app)
    ws.derived.pop("books", None)
    answer = client.get("/ca/api/get_income_statement", params={"all_time": "true", "cadence": "yearly"})
    assert answer.status_code == 200, answer.text
    books = ledger_module.ledger(ws)
    assert books.materialised is False and not books._made
    whole = Ledger.build(ledger_module._all_entries(ws)).entries
    last = max(whole[-1].date, month_end(ws.clock.today()))
    assert (answer.json()["start_date"], answer.json()["end_date"]) == (whole[0].date.isoformat(), last.isoformat())


#: GL log filters the columns answer by mask, alone and with one they do not (q, journal_type), and whether
#: the demo company (with ``busy``'s writes) has lines that pass them.
GL_FILTERS: list[tuple[dict[str, t.Any], bool]] = [
    ({"account": [6100, 1010]}, True),
    ({"entity": 54, "vendor": 42}, True),
    ({"department": 35}, True),
    ({"no_department": "true"}, True),
    ({"vendor": 42, "no_department": "true"}, True),
    ({"no_vendor": "true", "department": 35}, False),  # department 35's lines all have a vendor
    ({"account_type": "REVENUE"}, True),
    ({"account_subtype": "ACCOUNTS_RECEIVABLE", "start_date": "2026-03-01", "end_date": "2026-05-31"}, True),
    ({"account": 6000, "q": "test entry"}, True),
    ({"entity": [54, 11], "journal_type": "bill"}, True),
    ({"account_id": -1}, False),  # no id is negative, and -1 is how the columns keep "no account"
]


def gl_filtered(client: TestClient) -> list[list[int]]:
    """The GL log's line ids for each of ``GL_FILTERS`` (all time unless dated; newest first)."""
    found = []
    for params, _ in GL_FILTERS:
        dated = {} if "start_date" in params else {"all_time": "true"}
        response = client.get(GL, params={**dated, "limit": 10000, **params})
        assert response.status_code == 200, response.text
        found.append([row["id"] for row in response.json()["results"]])
    return found


def test_gl_filters_chosen_by_mask_are_those_of_the_whole_ledger(app: t.Any, client: TestClient) -> None:
    """The GL log filtered over the columns (entity, account, vendor, department, none flags, account type)
    lists the lines the ledger with every entry made lists, line by line, each filter alone and with the
    filters the columns do not hold."""
    busy(client)
    ws = workspace(app)
    ws.derived.pop("books", None)
    masked = gl_filtered(client)
    assert ledger_module.ledger(ws).materialised is False
    assert ledger_module.ledger(ws).entries  # every entry made: each line is tested
    assert gl_filtered(client) == masked
    assert [bool(ids) for ids in masked] == [some for _, some in GL_FILTERS]


def test_a_filtered_gl_page_makes_only_its_own_entries(app: t.Any, client: TestClient) -> None:
    """After a statement, a GL page filtered by account, by vendor or by account type makes the entries of its
    own lines, not of every line in the window."""
    ws = workspace(app)
    ws.derived.pop("books", None)
    assert client.get(TB, params={"start_date": "2026-01-01", "end_date": "2026-12-31"}).status_code == 200
    books = ledger_module.ledger(ws)
    for params in ({"account": 6100}, {"vendor": 42, "no_department": "true"}, {"account_type": "OPERATING_EXPENSES"}):
        made_before = len(books._made)
        page = client.get(GL, params={"all_time": "true", "limit": 3, **params})
        assert page.status_code == 200 and len(page.json()["results"]) == 3
        assert page.json()["count"] > 10
        assert books.materialised is False and 0 < len(books._made) - made_before < 10


def rate_answers(client: TestClient) -> list[t.Any]:
    """Exchange rates the documents give: EUR to USD and back on several days, and every
    currency to USD and to EUR."""
    found: list[t.Any] = []
    for source, target, day in (
        ("EUR", "USD", "2026-03-01"),
        ("USD", "EUR", "2026-12-31"),
        ("EUR", "USD", "2025-01-01"),
    ):
        params = {"from_currency": source, "to_currency": target, "date": day}
        found.append(client.get("/ca/api/user_currency/rate", params=params).json())
    for currency in ("USD", "EUR"):
        params = {"currency": currency, "date": "2026-06-30"}
        found.append(client.get("/ca/api/user_currency/with_rate", params=params).json())
    return found


def test_exchange_rates_make_only_the_entries_the_rules_made(app: t.Any, client: TestClient) -> None:
    """The exchange rates read the entries the posting rules made (the ones made in bulk are in their entity's
    currency), and answer what they answer with every entry made."""
    invoice = {
        "invoice_date": "2026-01-10",
        "due_date": "2026-02-09",
        "entity": 54,
        "client": 42,
        "currency": "EUR",
        "exchange_rate_book": 1.1,
        "lines": [{"product": 1, "quantity": 1, "rate": 100}],
    }
    assert client.post("/coa/api/v1/invoice/", json=invoice).status_code == 201  # EUR booked in USD
    ws = workspace(app)
    ws.derived.pop("books", None)
    lazy = rate_answers(client)
    books = ledger_module.ledger(ws)
    cols = books.columns()
    ruled = set(cols.entry_id[cols.ruled].tolist())
    assert books.materialised is False and books._made and set(books._made) <= ruled < set(cols.rows)
    assert books.entries  # every entry made
    assert rate_answers(client) == lazy
    assert [answer["rate"] for answer in lazy[:3]] == [1.1, 0.909091, None]
    assert {r["from_currency"]: r["rate"] for r in lazy[3]}["EUR"] == 1.1
