"""Ledger entries and lines in Campfire's shapes: ``JournalEntry`` and ``ChartTransaction``.

A GL line shows its amount three ways, as Campfire's do: ``*_native`` in the document's currency,
``*_book`` in its entity's, and the plain ones in the root entity's (consolidated, ``null`` where no
rate is known); a debit has ``credit_amount`` ``null`` and a credit ``debit_amount`` ``null``.
``balance_after_transaction`` is the account's book balance after the line, in ledger order (date,
then entry id: ``domain/running_balances.py``); ``customer`` is the workspace's, as on every object.
"""

from __future__ import annotations

import typing as t
import uuid
from datetime import date, datetime

from ..domain.chart import account as chart_account
from ..domain.documents import BILLS
from ..domain.entries import Entry, Posting, to_money
from ..domain.fixed_asset_links import created_fixed_assets
from ..domain.posting import root_currency
from ..domain.revenue import journal_revenue
from ..domain.workspace import Workspace
from ..openapi.shapes import Shapes
from ..wire import format_timestamp
from .payables_render import tag_objects

Row = dict[str, t.Any]


def stamp(value: t.Any) -> str | None:
    """A timestamp in Campfire's form, whatever it was stored as."""
    if isinstance(value, datetime):
        return format_timestamp(value)
    return None if value in (None, "") else str(value)


def _sides(cents: int | None, suffix: str) -> Row:
    if cents is None:
        return {f"debit_amount{suffix}": None, f"credit_amount{suffix}": None, f"amount{suffix}": None}
    money = to_money(cents)
    return {
        f"debit_amount{suffix}": money if cents >= 0 else None,
        f"credit_amount{suffix}": -money if cents < 0 else None,
        f"amount{suffix}": money,
    }


def line_values(
    ws: Workspace, entry: Entry, posting: Posting, balance: int | None = None, *, counted: bool = False
) -> Row:
    """A GL line's fields (``ChartTransaction``); ``balance`` is its running balance when ``counted`` (a
    whole entry's are counted at once: ``balances_after``), else it is looked up for this line alone."""
    chart = chart_account(ws, posting.account)
    name = str(chart.get("name") or ("Uncategorized" if posting.account is None else ""))
    number = str(chart.get("number") or name.split(" - ", 1)[0])
    entity = ws.refs["entity"].look(entity_key(entry), {})
    vendor = ws.refs["vendor"].look(posting.vendor, {}) if posting.vendor is not None else {}
    department = ws.refs["department"].look(posting.department, {}) if posting.department is not None else {}
    day: date = entry.date
    if balance is None and not counted:
        from ..domain.running_balances import balance_after  # numpy loads on first use, not at start-up

        balance = balance_after(ws, entry, posting)
    values: Row = {
        "id": posting.id,
        "is_deleted": False,
        "deleted_at": None,
        "entity": entry.entity,
        "entity_name": entity.get("name"),
        "entity_currency": entity.get("currency"),
        "account": posting.account,
        "account_name": name,
        "account_number": number,
        "account_type": chart.get("account_type") or "UNCATEGORIZED",
        "account_subtype": chart.get("account_subtype") or "UNCATEGORIZED",
        "vendor": posting.vendor,
        "vendor_id": None if posting.vendor is None else str(posting.vendor),
        "vendor_name": vendor.get("name"),
        "department": posting.department,
        "department_name": department.get("name"),
        "department_code": department.get("code"),
        "tags": tag_objects(ws, posting.tags) if posting.tags else [],
        "tag_ids": list(posting.tags),
        "tag_group_ids": list((posting.links or {}).get("tag_group_ids") or ()),
        "source_entity": (posting.links or {}).get("source_entity"),
        "parent_bank_transaction": (posting.links or {}).get("parent_bank_transaction"),
        "created_fixed_assets": _bought(ws, entry, posting),
        "journal": entry.id,
        "journal_order": f"{entry.id:07d}",
        "journal_memo": entry.memo or None,
        "journal_type": entry.type,
        "journal_type_name": entry.type.replace("_", " ").title(),
        "intercompany_journal": entry.extra.get("intercompany_journal"),
        "created_automatically": entry.created_automatically,
        "invoice": None if entry.invoice is None else str(entry.invoice),
        "invoice_id": entry.invoice,
        "invoice_number": _invoice_number(ws, entry.invoice),
        "bill": None if entry.bill is None else str(entry.bill),
        "bill_id": entry.bill,
        "bill_number": _bill_number(ws, entry.bill),
        "posted_at": day,
        "date_month": f"{day.month:02d}",
        "date_year": str(day.year),
        "currency": known_currency(ws, entry, entity, chart),
        "exchange_rate": entry.exchange_rate,
        "exchange_rate_book": entry.exchange_rate_book,
        "bank_description": posting.description,
        "created_at": stamp(entry.created_at),
        "last_modified_at": stamp(entry.last_modified_at),
        "needs_review": False,
        "balance_after_transaction": None if balance is None else to_money(balance),
        "customer": ws.customer,
        # a uuid in Campfire's schema: one derived from the line's id, so it is stable
        "transaction_id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"campfire-mock:gl-line:{posting.id}")),
        **_sides(posting.consolidated, ""),
        **_sides(posting.book, "_book"),
        **_sides(posting.native, "_native"),
    }
    return values


def _invoice_number(ws: Workspace, key: int | None) -> str | None:
    """The number of the invoice an entry belongs to (``invoice_number``), null without one."""
    invoice = ws.invoices.look(key) if key is not None else None
    return None if invoice is None else invoice.invoice_number or None


def _bill_number(ws: Workspace, key: int | None) -> str | None:
    """The number of the bill an entry belongs to (``bill_number``), null without one."""
    bill = ws.table(BILLS).look(key) if key is not None else None
    return None if bill is None else bill.get("bill_number") or None


def _bought(ws: Workspace, entry: Entry, posting: Posting) -> list[Row]:
    """A bank transaction's category line (its second: the first is the bank's) answers the fixed assets that
    name the transaction as their purchase (``domain/fixed_asset_links.py``); every other line, none."""
    if entry.source != "bank_transaction" or entry.source_id is None or len(entry.lines) < 2:
        return []
    if posting is not entry.lines[1]:
        return []
    return t.cast(list[Row], created_fixed_assets(ws, entry.source_id))


def known_currency(ws: Workspace, entry: Entry, entity: Row, chart: Row | None = None) -> str:
    """The currency an entry (or its line) is in, as far as the twin knows it: the entry's own, else its
    entity's, else the line account's, else the root entity's (the books an entry without an entity is
    kept in); never ``""``."""
    account_currency = (chart or {}).get("currency")
    return str(entry.currency or entity.get("currency") or account_currency or root_currency(ws))


def entity_key(entry: Entry) -> int:
    return -1 if entry.entity is None else entry.entity


def render_line(shapes: Shapes, ws: Workspace, entry: Entry, posting: Posting, balance: int | None = None) -> Row:
    return shapes.render("ChartTransaction", line_values(ws, entry, posting, balance))


def render_lines(shapes: Shapes, ws: Workspace, entry: Entry) -> list[Row]:
    """An entry's lines (``ChartTransaction``), their running balances counted in one pass for the entry."""
    from ..domain.running_balances import balances_after  # numpy loads on first use, not at start-up

    balances = balances_after(ws, entry)
    return [
        shapes.render("ChartTransaction", line_values(ws, entry, p, b, counted=True))
        for p, b in zip(entry.lines, balances, strict=True)
    ]


def render_entry(shapes: Shapes, ws: Workspace, entry: Entry, reversals: list[Entry] | None = None) -> Row:
    """A journal entry (``JournalEntry``) with its lines as ``transactions``."""
    entity = ws.refs["entity"].look(entity_key(entry), {})
    values: Row = {
        **entry.extra,
        # a uuid in Campfire's schema: the one written, else one derived from the entry's id
        "journal_id": entry.extra.get("journal_id")
        or str(uuid.uuid5(uuid.NAMESPACE_URL, f"campfire-mock:je:{entry.id}")),
        "id": entry.id,
        "order": f"{entry.id:07d}",
        "type": entry.type,
        "date": entry.date,
        "memo": entry.memo or None,
        "source": entry.source,
        "source_id": None if entry.source_id is None else str(entry.source_id),
        "entity": entry.entity,
        "entity_name": entity.get("name"),
        "entity_currency": entity.get("currency"),
        "currency": known_currency(ws, entry, entity),
        "exchange_rate": entry.exchange_rate,
        "exchange_rate_book": entry.exchange_rate_book,
        "created_automatically": entry.created_automatically,
        "is_deleted": False,
        "deleted_at": None,
        "invoice": entry.invoice,
        "credit_memos": entry.credit_memos,
        "reversal_of": entry.reversal_of,
        "reversal_of_order": None if entry.reversal_of is None else f"{entry.reversal_of:07d}",
        "reversals": [{"id": r.id, "order": f"{r.id:07d}", "date": r.date.isoformat()} for r in reversals or []],
        "created_at": stamp(entry.created_at),
        "last_modified_at": stamp(entry.last_modified_at),
        "customer": ws.customer,
    }
    out = shapes.render("JournalEntry", values)
    out["revenue_transactions"] = journal_revenue(ws, entry.id)
    out["transactions"] = render_lines(shapes, ws, entry)
    out["has_reversal"] = bool(reversals)
    out["is_reversal"] = entry.reversal_of is not None
    return out


__all__ = ["line_values", "render_entry", "render_line", "render_lines", "stamp"]
