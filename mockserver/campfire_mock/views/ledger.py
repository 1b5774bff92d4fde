"""The ledger's views: journal entries (``JournalEntryView``, ``/coa/api/journal_entry``) and the GL
transaction log with its totals and the general ledger (``GLTransactionView``, ``/coa/api/transaction``).
Statements are in ``views/statements.py``.

Both are resource views on the generic base (``views/generic.py``): journal entries override the base's
list/create/retrieve/update/destroy; the GL operations, whose upstream names do not follow DRF's
(``coa_api_transaction_retrieve`` is the list), are claimed by ``@operation``. Each method unpacks the
request and calls the domain (``domain/journal_entries.py``, ``ledger.py``, ``ledger_query.py``); paging
is the shared helper's (limit/offset, or ``cursor=`` in ``(last_modified_at, id)`` order).
"""

from __future__ import annotations

import functools
import typing as t
from urllib.parse import parse_qsl

from ..domain import entry_merge, revenue
from ..domain.entries import LINE_ID_FACTOR, Entry, to_money
from ..domain.generic import is_deleted
from ..domain.journal_entries import JournalEntryService
from ..domain.ledger import JOURNAL_KIND, Ledger, ledger, manual_entries, stored_lines
from ..domain.ledger_query import (
    LineFilter,
    in_sync_order,
    parse_moment,
    select_entries,
    select_lines,
    sync_key,
    window,
)
from ..domain.workspace import Workspace
from ..errors import LedgerLineNotFound, LedgerLinePosted, ValidationFailed
from ..openapi.shapes import Shapes
from .base import Caller, NoContent
from .deleted_records import deleted_record
from .generic import ResourceView, operation
from .ledger_render import render_entry, render_line
from .ledger_reports import check_grouping
from .pagination import check_limit, cursor_page, envelope, offset_page

Body = dict[str, t.Any]
Result = tuple[t.Any, int]


def _ints(values: t.Iterable[t.Any]) -> list[int]:
    return [int(v) for v in values if v is not None]


def undeclared(caller: Caller, p: dict[str, t.Any]) -> dict[str, t.Any]:
    """The query as sent, for operations whose upstream schema declares no parameters (totals, the general
    ledger take the GL log's filters): the last value of each, booleans read as DRF reads them."""
    raw = bytes(caller.scope.get("query_string", b"")).decode("latin-1")
    found: dict[str, t.Any] = dict(parse_qsl(raw, keep_blank_values=True))
    for name in ("all_time", "include_deleted", "include_inactive", "entity_rollup", "no_department", "no_vendor"):
        if name in found:
            found[name] = str(found[name]).lower() in ("true", "1", "yes", "on")
    for name in ("limit", "offset"):
        if str(found.get(name, "")).isdigit():
            found[name] = int(found[name])
    return {**found, **p}


def _one_id(p: dict[str, t.Any], name: str) -> int | None:
    """An entry id filter (``journal_id``, ``exclude_journal``: integers the spec declares on each GL
    operation, so checked before they come here); absent, no filter."""
    value = p.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class LedgerView(ResourceView):
    """What the ledger's views share: the renderer's shapes and the journal-entry service."""

    @property
    def shapes(self) -> Shapes:
        return self.services.serializer.shapes

    @functools.cached_property
    def entries(self) -> JournalEntryService:
        return JournalEntryService()


class JournalEntryView(LedgerView):
    """Journal entries: manual ones stored with their lines, and the entries documents post (read-only)."""

    collections = ("/coa/api/journal_entry",)

    def _reversals(self, books: Ledger, entry: Entry) -> list[Entry]:
        return books.reversals(entry.id) if entry.lines else []

    def _entry(self, ws: Workspace, entry: Entry) -> Body:
        books = ledger(ws)
        return render_entry(self.shapes, ws, entry, self._reversals(books, entry))

    def list(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        """Entries in the date window (six months back by default; ``all_time``), newest first; ``account``
        keeps entries with a line on one of the accounts, ``source`` and ``journal_id`` match exactly."""
        books = ledger(ws)
        span = window(ws.clock.today(), p.get("start_date"), p.get("end_date"), p.get("all_time"))
        accounts = set(_ints(self.repeated(caller, "account").get("account", [])))
        source = p.get("source")
        journal_id = undeclared(caller, p).get("journal_id")  # documented, but not among the declared parameters
        found: t.Sequence[Entry] = select_entries(books, span, accounts)  # made when read: a page makes its own
        if source or journal_id:  # not in the columns: each entry in the window is made to test it
            found = [
                e
                for e in found
                if (not source or e.source == source)
                and (not journal_id or str(e.extra.get("journal_id") or "") == str(journal_id))
            ]
        page, meta = offset_page(found, limit=check_limit(p.get("limit")), offset=p.get("offset"), url=self.url(caller))
        return envelope([render_entry(self.shapes, ws, e, self._reversals(books, e)) for e in page], meta), 200

    def create(self, ws: Workspace, caller: Caller, body: Body | None = None, **_: t.Any) -> Result:
        body = body or {}
        linked = revenue.check_revenue_ids(ws, body["revenue_transactions"]) if "revenue_transactions" in body else None
        entry = self.entries.create(ws, body)
        if linked is not None:
            revenue.link_journal_revenue(ws, entry.id, linked)
        return self._fresh(ws, entry), 201

    def _changed(self, ws: Workspace, id_: int, body: Body | None, *, partial: bool) -> Result:
        """An update: the entry's lines and fields, then its revenue transactions where the body names them
        (an update without the field leaves the links alone, as DRF's many-related field does)."""
        body = body or {}
        linked = revenue.check_revenue_ids(ws, body["revenue_transactions"]) if "revenue_transactions" in body else None
        entry = self.entries.update(ws, id_, body, partial=partial)
        if linked is not None:
            revenue.link_journal_revenue(ws, entry.id, linked)
        return self._fresh(ws, entry), 200

    def _fresh(self, ws: Workspace, entry: Entry) -> Body:
        """An entry just written (inside the write: its reversal from its own row, not the whole ledger)."""
        row = ws.table(JOURNAL_KIND).look(entry.id) or {}
        return render_entry(self.shapes, ws, entry, manual_entries(ws, row)[1:])

    def retrieve(self, ws: Workspace, caller: Caller, id_: int, **_: t.Any) -> Result:  # type: ignore[override]
        return self._entry(ws, self.entries.get(ws, id_)), 200

    def update(  # type: ignore[override]
        self, ws: Workspace, caller: Caller, id_: int, body: Body | None = None, **_: t.Any
    ) -> Result:
        return self._changed(ws, id_, body, partial=False)

    def partial_update(  # type: ignore[override]
        self, ws: Workspace, caller: Caller, id_: int, body: Body | None = None, **_: t.Any
    ) -> Result:
        return self._changed(ws, id_, body, partial=True)

    def destroy(self, ws: Workspace, caller: Caller, id_: int, **_: t.Any) -> Result:  # type: ignore[override]
        self.entries.destroy(ws, id_)
        return NoContent, 204


class GLTransactionView(LedgerView):
    """The GL transaction log (``/coa/api/transaction``): its lines, one line, its totals, and the general
    ledger (``/coa/api/general-ledger``) over the same filters."""

    def _filter(self, caller: Caller, p: dict[str, t.Any]) -> LineFilter:
        many = self.repeated(
            caller,
            "entity",
            "entity_id",
            "account",
            "account_id",
            "accounts",
            "vendor",
            "vendor_id",
            "department",
            "department_id",
            "tag",
            "tag_id",
        )

        def both(*names: str) -> list[int]:
            return _ints(v for name in names for v in many.get(name, []))

        return LineFilter(
            entities=both("entity", "entity_id"),
            accounts=both("account", "account_id", "accounts"),
            vendors=both("vendor", "vendor_id"),
            departments=both("department", "department_id"),
            no_vendor=p.get("no_vendor") is True,
            no_department=p.get("no_department") is True,
            tags=both("tag", "tag_id"),
            account_type=p.get("account_type") or None,
            account_subtype=p.get("account_subtype") or None,
            journal_type=p.get("journal_type") or None,
            currency=p.get("currency") or None,
            q=p.get("q") or None,
            modified_gte=parse_moment(p.get("last_modified_at__gte"), "last_modified_at__gte"),
            modified_lte=parse_moment(p.get("last_modified_at__lte"), "last_modified_at__lte"),
            journal=_one_id(p, "journal_id"),
            exclude_journal=_one_id(p, "exclude_journal"),
        )

    def _lines(self, ws: Workspace, caller: Caller, p: dict[str, t.Any]) -> list[tuple[Entry, t.Any]]:
        span = window(ws.clock.today(), p.get("start_date"), p.get("end_date"), p.get("all_time"))
        return select_lines(ws, ledger(ws), span, self._filter(caller, p))

    @operation("coa_api_transaction_retrieve")
    def list_transactions(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        """The GL log: lines in the window passing the filters, newest first (``-posted_at``) in offset pages,
        or in ``(last_modified_at, id)`` order once ``cursor`` is sent; ``include_deleted`` lists only the
        lines of deleted entries, with their ids and ``deleted_at``."""
        limit = check_limit(p.get("limit"))
        check_grouping(ws, p)
        if p.get("include_deleted"):
            gone = self._deleted_lines(ws)
            rows, meta = offset_page(gone, limit=limit, offset=p.get("offset"), url=self.url(caller))
            return envelope(rows, meta), 200
        found = self._lines(ws, caller, p)
        if p.get("cursor") is not None:
            found = in_sync_order(ledger(ws), found)
            page, meta = cursor_page(found, cursor=p["cursor"], limit=limit, url=self.url(caller), key=sync_key)
        else:
            if p.get("sort") not in ("posted_at", "date"):
                found.reverse()  # ledger order is oldest first; the default is -posted_at
            page, meta = offset_page(found, limit=limit, offset=p.get("offset"), url=self.url(caller))
        return envelope([render_line(self.shapes, ws, e, ln) for e, ln in page], meta), 200

    def _deleted_lines(self, ws: Workspace) -> list[Body]:
        """The lines deleted manual entries had, each as upstream's minimal deleted record: the line's id,
        ``is_deleted``, and its entry's ``deleted_at`` and ``last_modified_at``."""
        out: list[Body] = []
        resolver = self.plan.resolver
        for _, row in sorted(dict.items(ws.generic.get(JOURNAL_KIND) or {})):
            if is_deleted(row):
                for entry in manual_entries(ws, {**row, "is_deleted": False, "deleted_at": None}):
                    for ln in entry.lines:
                        line = {"id": ln.id, "last_modified_at": row.get("last_modified_at")}
                        out.append(deleted_record(ws, resolver, line, row.get("deleted_at")))
        return out

    @operation("get_chart_transaction_totals")
    def transaction_totals(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        """Sums of the GL lines the same filters select: count, debits, credits and the net, consolidated and
        in the entities' book currencies."""
        check_grouping(ws, p)
        found = self._lines(ws, caller, undeclared(caller, p))
        known: list[int] = [ln.consolidated for _, ln in found if ln.consolidated is not None]
        debit, credit = sum(v for v in known if v > 0), -sum(v for v in known if v < 0)
        book_debit = sum(ln.book for _, ln in found if ln.book > 0)
        book_credit = -sum(ln.book for _, ln in found if ln.book < 0)
        body: Body = {"count": len(found)}
        currencies = {
            ws.refs["entity"].look(e.entity if e.entity is not None else -1, {}).get("currency") for e, _ in found
        }
        for name, cents in (
            ("debit_amount", debit),
            ("credit_amount", credit),
            ("amount", debit - credit),
            ("debit_amount_book", book_debit),
            ("credit_amount_book", book_credit),
            ("amount_book", book_debit - book_credit),
        ):
            # book amounts of entities in different currencies are never added: null
            body[name] = None if name.endswith("_book") and len(currencies) > 1 else float(to_money(cents))
        return body, 200

    def _line(self, ws: Workspace, line_id: int) -> tuple[Entry, t.Any]:
        found = ledger(ws).line(line_id)
        if found is None:
            raise LedgerLineNotFound(line_id)
        return found

    @operation("coa_api_transaction_retrieve_2")
    def retrieve_transaction(self, ws: Workspace, caller: Caller, id_: int, **_: t.Any) -> Result:
        entry, posting = self._line(ws, id_)
        return render_line(self.shapes, ws, entry, posting), 200

    def _write_line(self, ws: Workspace, line_id: int, body: Body | None) -> Result:
        """A line of a manual entry takes a new description, vendor or department; its account and amounts
        change through its entry (so it stays balanced: a 400), and a document's line not at all (409)."""
        entry, _ = self._line(ws, line_id)
        if entry.created_automatically:
            raise LedgerLinePosted(line_id, entry.id)
        fixed = {
            "account",
            "debit_amount",
            "credit_amount",
            "debit_amount_book",
            "credit_amount_book",
            "debit_amount_native",
            "credit_amount_native",
            "amount",
        }
        named = sorted(fixed & set(body or {}))
        if named:
            raise ValidationFailed.field(
                named[0],
                f"GL transaction {line_id} is a line of journal entry {entry.id}; change its account or amounts"
                f" through the entry (PATCH /coa/api/journal_entry/{entry.id}) so it stays balanced.",
            )
        row = ws.table(JOURNAL_KIND)[entry.id]
        if "_lines" not in row:  # a seeded entry keeps its lines as written: stored from now on
            row["_lines"] = stored_lines(row)
        stored = row["_lines"][line_id % LINE_ID_FACTOR]
        values = body or {}
        if "bank_description" in values:
            stored["description"] = values["bank_description"]
        for name, table in (("vendor", "vendor"), ("department", "department")):
            if name in values:
                key = values[name]
                key = int(key) if isinstance(key, str) and key.isdigit() else (key or None)
                if key is not None and key not in ws.refs[table]:
                    raise ValidationFailed.field(name, f'Invalid pk "{key}" - object does not exist.')
                stored[name] = key
        row["last_modified_at"] = ws.now_text()
        posted = manual_entries(ws, row)[0]
        return render_line(self.shapes, ws, posted, posted.lines[line_id % LINE_ID_FACTOR]), 200

    @operation("coa_api_transaction_update")
    def update_transaction(
        self, ws: Workspace, caller: Caller, id_: int, body: Body | None = None, **_: t.Any
    ) -> Result:
        return self._write_line(ws, id_, body)

    @operation("coa_api_transaction_partial_update")
    def partial_update_transaction(
        self, ws: Workspace, caller: Caller, id_: int, body: Body | None = None, **_: t.Any
    ) -> Result:
        return self._write_line(ws, id_, body)

    @operation("delete_chart_transaction")
    def destroy_transaction(self, ws: Workspace, caller: Caller, id_: int, **_: t.Any) -> Result:
        """A GL line cannot stand alone and its entry cannot stay balanced without it: deleting a line of a
        manual entry deletes the entry (its lines and reversal leave the ledger); a document's line is a 409."""
        entry, _ = self._line(ws, id_)
        if entry.created_automatically:
            raise LedgerLinePosted(id_, entry.id)
        self.entries.destroy(ws, entry.id)
        return NoContent, 204

    @operation("preview_chart_transaction_merge")
    def preview_merge(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        """The journal entry merging two offsetting GL lines would make (``transaction_ids``: two ids, comma
        separated), nothing written (``domain/entry_merge.py``)."""
        merge = entry_merge.check_merge(ws, undeclared(caller, p).get("transaction_ids"))
        return render_entry(self.shapes, ws, entry_merge.preview(ws, merge), []), 200

    @operation("merge_chart_transactions")
    def merge(self, ws: Workspace, caller: Caller, body: Body | None = None, **_: t.Any) -> Result:
        """Merge two offsetting GL lines of different manual entries: both lines leave the ledger and the
        other lines of both entries make one entry (the older one, kept)."""
        values = body or {}
        merge = entry_merge.check_merge(ws, values.get("transaction_ids"), values.get("transaction_match_id"))
        entry = entry_merge.apply(ws, merge, lambda w, key: self.entries.destroy(w, key))
        return render_entry(self.shapes, ws, entry, []), 200

    @operation("coa_api_general_ledger_retrieve")
    def general_ledger(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        """Per account with activity: the balance before the window, the window's lines, debits, credits
        and the closing balance (book amounts of the entities asked for, consolidated otherwise)."""
        from ..domain.general_ledger import general_ledger

        check_grouping(ws, p)
        p = undeclared(caller, p)
        span = window(ws.clock.today(), p.get("start_date"), p.get("end_date"), p.get("all_time"))
        where = self._filter(caller, p)
        return general_ledger(ws, span, where, render=lambda e, ln: render_line(self.shapes, ws, e, ln)), 200


__all__ = ["LINE_ID_FACTOR", "GLTransactionView", "JournalEntryView", "LedgerView", "undeclared"]
