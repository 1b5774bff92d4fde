"""Manual journal entries (``/coa/api/journal_entry``): checked, stored with their lines, posted as written.

A manual entry is stored in the generic store's table of its collection, with its lines kept under
``_lines`` (account, debit, credit in the entry's currency, description, vendor, department, tags) and the
id of its reversing entry under ``_reversal_id``; the ledger's ``manual_entries`` rule posts them. The
rules, as Campfire documents them, with DRF's messages:

* ``transactions`` is required and may not be empty (DRF's messages): an entry with no lines is none;
* every line names an account that exists and is active (``Invalid pk "N" - object does not exist.``);
  a line is a debit or a credit, never both, never negative;
* debits equal credits in the entry's currency (``debit_amount_native``/``credit_amount_native``, else
  the book, else the plain amounts);
* receivables and payables accounts are their documents' subledgers: a manual line may post to one only
  when the account has ``skip_subledger_validation`` (Campfire's own switch for that);
* ``date`` defaults to today (Campfire's schema does not require it); ``reversal_date`` (not before
  ``date``) posts the reversing entry on that day;
* a line's ``tag_group_ids``, ``source_entity`` and ``parent_bank_transaction`` name live objects (a tag
  group, an entity, a bank transaction) and are kept with it; a line's ``entity`` is its entry's (a manual
  entry is in one entity: a line naming another is a 400; an entry naming none takes its lines' one);
* ``source_file`` names a live file (``/ca/api/file``) and is kept;
* entries posted by documents (``created_automatically``) cannot be changed or deleted (409); a deleted
  manual entry's lines leave the ledger.
"""

from __future__ import annotations

import typing as t
from datetime import date
from decimal import Decimal, InvalidOperation

from ..errors import Conflict, JournalEntryNotFound, JournalEntryPosted, ValidationFailed
from ..limits import MAX_LINES
from .chart import is_receivable_or_payable
from .currency import check_book_rate
from .documents import TAGS
from .entries import Entry
from .entry_links import FILES, LINE_FIELDS, line_entities, line_links, ref_or_raw
from .fixed_asset_links import repoint_purchase_entry
from .generic import is_deleted
from .invoices import as_date, rel_id
from .ledger import JOURNAL_KIND, ledger, manual_entries, stored_lines
from .models import MAX_AMOUNT, ZERO, money
from .relations import INVALID_PK, exists
from .revenue import unlink_journal_contracts, unlink_journal_revenue
from .values import incorrect
from .workspace import Workspace

Row = dict[str, t.Any]
#: Fields of a manual entry stored as given.
STORED_FIELDS = (
    "date",
    "memo",
    "entity",
    "currency",
    "exchange_rate",
    "exchange_rate_book",
    "ref_number",
    "type",
    "source",
    "journal_id",
    "reversal_date",
    "use_average_rate",
    "source_file",
)
INACTIVE = frozenset({"INACTIVE", "ARCHIVED", "inactive", "archived"})


def _amount(line: Row, side: str, errors: Row) -> Decimal:
    """The line's amount on ``side``: the first of ``*_native``, ``*_book``, ``*_amount`` given, to cents. Each
    one given is checked on its own, as DRF checks every field: a number from 0 to below ``MAX_AMOUNT``."""
    found: Decimal | None = None
    for name in (f"{side}_amount_native", f"{side}_amount_book", f"{side}_amount"):
        value = line.get(name)
        if value in (None, "") or name in errors:
            continue
        try:
            raw = Decimal(str(value))
            if not raw.is_finite() or isinstance(value, bool):
                raise ValueError(value)
        except (InvalidOperation, ValueError):
            errors[name] = ["A valid number is required."]
            continue
        if raw < 0 or raw >= MAX_AMOUNT:
            errors[name] = [f"Ensure this value is between 0 and {MAX_AMOUNT}."]
        elif found is None:
            found = money(raw)
    return ZERO if found is None else found


def _tag_ids(tags: t.Any) -> list[int]:
    """The tag ids a line names, as objects (upstream's examples) or ids; anything else is ignored, never a
    500."""
    found: list[int] = []
    for tag in tags if isinstance(tags, list) else []:
        try:
            key = rel_id(tag.get("id") if isinstance(tag, dict) else tag)
        except (TypeError, ValueError):
            continue
        if isinstance(key, int):
            found.append(key)
    return found


def check_line(ws: Workspace, line: t.Any) -> tuple[Row, Row]:
    """A written line as stored, and its errors (DRF's per-item shape: ``{}`` when it is valid)."""
    errors: Row = {}
    if not isinstance(line, dict):
        return {}, {"non_field_errors": ["Invalid data. Expected a dictionary."]}
    account = rel_id(line.get("account"))
    chart = ws.refs["account"].look(account, None) if isinstance(account, int) else None
    if account is None:
        errors["account"] = ["This field is required."]
    elif chart is None or is_deleted(chart):
        errors["account"] = [f'Invalid pk "{account}" - object does not exist.']
    elif str(chart.get("status") or "ACTIVE") in INACTIVE:
        errors["account"] = [f"Account {account} is inactive; journal entries may only post to active accounts."]
    elif is_receivable_or_payable(chart) and not chart.get("skip_subledger_validation"):
        errors["account"] = [
            f"Account {account} is a receivables or payables account, kept by its invoices or bills; set its"
            " skip_subledger_validation to post to it by hand."
        ]
    debit, credit = _amount(line, "debit", errors), _amount(line, "credit", errors)
    if debit and credit:
        errors["debit_amount"] = ["A line is a debit or a credit, not both."]
    elif not debit and not credit and not any(k.startswith(("debit_", "credit_")) for k in errors):
        errors["debit_amount"] = ["A line needs a debit or a credit amount (of at least 0.01)."]
    for name, table in (("vendor", "vendor"), ("department", "department")):
        key = rel_id(line.get(name))
        if key is not None and (not isinstance(key, int) or not exists(ws, table, key)):
            errors[name] = [f'Invalid pk "{key}" - object does not exist.']
    # ``tag_ids`` is the line's writable field (ids); ``tags`` its read-only answer (objects), which upstream's
    # own example sends back: it is read only when ``tag_ids`` is not sent, never merged (a line sent back with
    # only ``tag_ids`` changed would keep its old tags), as bills read their lines.
    name = "tag_ids" if "tag_ids" in line else "tags"
    tags = list(dict.fromkeys(_tag_ids(line.get(name))))
    unknown = [key for key in tags if not exists(ws, TAGS, key)]
    if unknown:
        errors[name] = [INVALID_PK.format(unknown[0])]
    links = line_links(ws, line, errors)
    stored = {
        "account": account,
        "debit": str(debit),
        "credit": str(credit),
        "description": line.get("bank_description") or line.get("description"),
        "vendor": rel_id(line.get("vendor")),
        "department": rel_id(line.get("department")),
        "tags": tags,
        **links,
    }
    return stored, errors


def _day(value: t.Any, name: str, errors: Row) -> date | None:
    """A date field, or ``None`` with its error noted (a day that does not exist, a year out of range)."""
    try:
        return as_date(value)
    except ValueError as exc:
        errors[name] = [f"Enter a valid date: {exc}."]
        return None


def written_lines(values: Row) -> tuple[list[t.Any], str | None]:
    """The entry's written ``transactions``, or none and DRF's message for a list that is missing, not a
    list, null, empty (an entry with no lines is no entry: it must balance) or too long."""
    if "transactions" not in values:
        return [], "This field is required."
    written = values["transactions"]
    if written is None:
        return [], "This field may not be null."
    if not isinstance(written, list):
        return [], f'Expected a list of items but got type "{type(written).__name__}".'
    if not written:
        return [], "This list may not be empty."
    if len(written) > MAX_LINES:
        return [], f"Ensure this field has no more than {MAX_LINES} elements."
    return written, None


def check_entry(ws: Workspace, values: Row) -> Row:
    """The entry ``values`` describe, checked (a 400 naming the fields otherwise), as stored."""
    errors: Row = {}
    if values.get("date") in (None, ""):  # not required in Campfire's schema: the field has a default, today
        values = {**values, "date": ws.clock.today().isoformat()}
    day = _day(values.get("date"), "date", errors)
    if day is None and "date" not in errors:
        errors["date"] = ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]
    reverse_on = values.get("reversal_date")
    if reverse_on not in (None, ""):
        reverse_day = _day(reverse_on, "reversal_date", errors)
        if reverse_day is None and "reversal_date" not in errors:
            errors["reversal_date"] = ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]
        elif day is not None and reverse_day is not None and reverse_day < day:
            errors["reversal_date"] = ["The reversal date cannot be before the entry's date."]
    entity = rel_id(values.get("entity"))
    if entity is not None and (not isinstance(entity, int) or entity not in ws.refs["entity"]):
        errors["entity"] = [f'Invalid pk "{entity}" - object does not exist.']
    source_file = ref_or_raw(values.get("source_file"))
    if source_file is not None and (not isinstance(source_file, int) or not exists(ws, FILES, source_file)):
        shown = INVALID_PK.format(source_file) if isinstance(source_file, int) else incorrect(source_file)
        errors["source_file"] = [shown]
    written, problem = written_lines(values)
    if problem is not None:
        errors["transactions"] = [problem]
    checked = [check_line(ws, line) for line in written]
    if "entity" not in errors:
        entity = line_entities(ws, written, entity, errors)
    if isinstance(entity, int) and "entity" not in errors:
        check_book_rate(ws, entity, values.get("currency"), values.get("exchange_rate_book"), errors)
    if any(err for _, err in checked):
        lines_errors = [err for _, err in checked]
        for n, err in enumerate(errors.get("transactions") or []):  # the lines' entity errors, merged in
            if isinstance(err, dict) and n < len(lines_errors):
                lines_errors[n] = {**lines_errors[n], **err}
        errors["transactions"] = lines_errors
    lines = [line for line, _ in checked]
    if "transactions" not in errors:
        debits = sum((Decimal(ln["debit"]) for ln in lines), ZERO)
        credits = sum((Decimal(ln["credit"]) for ln in lines), ZERO)
        if debits != credits:
            errors["transactions"] = [f"Debits ({debits:.2f}) must equal credits ({credits:.2f})."]
    if errors:
        raise ValidationFailed(errors)
    stored = {k: values[k] for k in STORED_FIELDS if k in values}
    stored["entity"] = entity
    if "source_file" in values:
        stored["source_file"] = source_file
    stored["_lines"] = lines
    return stored


class JournalEntryService:
    """Create, change and delete manual journal entries; read any entry of the ledger."""

    @staticmethod
    def table(ws: Workspace) -> t.Any:
        return ws.table(JOURNAL_KIND)

    def get(self, ws: Workspace, entry_id: int) -> Entry:
        """Any entry of the ledger (posted by a document or written by hand), or a 404."""
        found = ledger(ws).by_id.get(entry_id)
        if found is None:
            raise JournalEntryNotFound(entry_id)
        return found

    def _manual(self, ws: Workspace, entry_id: int, part_of: int | None = None) -> Row:
        """A stored manual entry about to change; a 409 for one a document posted, or for a part of an
        intercompany entry changed other than through it (``part_of``); a 404 for none."""
        row = self.table(ws).look(entry_id)
        if row is None or is_deleted(row):
            posted = ledger(ws).by_id.get(entry_id)
            if posted is not None:
                raise JournalEntryPosted(entry_id, posted.source, posted.source_id)
            raise JournalEntryNotFound(entry_id)
        intercompany = row.get("intercompany_journal")
        if intercompany is not None and intercompany != part_of:
            raise Conflict(
                f"Journal entry {entry_id} is part of intercompany journal entry {intercompany}; change it"
                f" through /coa/api/intercompany-journal-entry/{intercompany}."
            )
        return t.cast(Row, self.table(ws)[entry_id])

    def post(self, ws: Workspace, row: Row) -> Entry:
        """A stored manual entry's posting (its reversal id given or taken back with ``reversal_date``)."""
        if row.get("reversal_date") and not row.get("_reversal_id"):
            row["_reversal_id"] = ws.next_id("journal_entry")
        elif not row.get("reversal_date") and row.get("_reversal_id"):
            unlink_journal_contracts(ws, row.pop("_reversal_id"))  # the reversal leaves the ledger
        entries = manual_entries(ws, row)
        return entries[0]

    def create(self, ws: Workspace, values: Row) -> Entry:
        """A new manual entry, posted (and its reversal, with ``reversal_date``)."""
        row = check_entry(ws, values)
        now = ws.now_text()
        row.update(id=ws.next_id("journal_entry"), created_at=now, last_modified_at=now, is_deleted=False)
        row.setdefault("source", "manual")
        row["deleted_at"] = None
        self.table(ws)[row["id"]] = row
        return self.post(ws, row)

    def update(self, ws: Workspace, entry_id: int, values: Row, *, partial: bool) -> Entry:
        """Replace (PUT) or change (PATCH) a manual entry; its lines are replaced when given (a PUT must give
        them). Fields not sent keep their stored values on PUT as on PATCH, as DRF's PUT saves only what it
        validated."""
        row = self._manual(ws, entry_id)
        current = {k: row[k] for k in STORED_FIELDS if k in row}
        merged: Row = {**current, **values}
        if partial and "transactions" not in values:
            merged["transactions"] = [
                {
                    "account": ln["account"],
                    "debit_amount_native": ln["debit"],
                    "credit_amount_native": ln["credit"],
                    "description": ln["description"],
                    **{k: ln.get(k) for k in LINE_FIELDS},
                }
                for ln in stored_lines(row)
            ]
        checked = check_entry(ws, merged)
        for key in STORED_FIELDS:
            row.pop(key, None)
        row.update(checked, last_modified_at=ws.now_text())
        return self.post(ws, row)

    def destroy(self, ws: Workspace, entry_id: int, part_of: int | None = None) -> None:
        """Delete a manual entry (soft, as Campfire's objects are): its lines and reversal leave the ledger
        (a part of an intercompany entry only with it: ``part_of``), and contracts listing it no longer do."""
        row = self._manual(ws, entry_id, part_of)
        now = ws.now_text()
        row.update(is_deleted=True, deleted_at=now, last_modified_at=now)
        unlink_journal_revenue(ws, entry_id)
        repoint_purchase_entry(ws, entry_id, None)
        for gone in (entry_id, row.get("_reversal_id")):
            if isinstance(gone, int):
                unlink_journal_contracts(ws, gone)


__all__ = ["STORED_FIELDS", "JournalEntryService", "check_entry", "check_line", "written_lines"]
