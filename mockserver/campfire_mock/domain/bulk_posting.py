"""The ledger's columns built in bulk, straight from the documents: the first statement of a big workspace.

The posting rules (``posting.py``, ``payables_posting.py``) make one ``Entry`` and a ``Posting`` per
line, which is what the GL log and the journal-entry list show. The statements need only the columns
(``columns.Columns``), so the first build writes them directly: one pass over each kind of document
appends plain values to lists (no object per line), and the amounts are turned into cents for all lines
at once. It covers the common case of the five busiest rules, documents in their entity's currency when
that is the root entity's (all three amounts are the same), not voided and not reversed:

* invoices: Dr receivables the total; Cr each line's revenue account and sales tax; Dr revenue the
  discount; the early-payment discount Dr revenue / Cr receivables;
* invoice payments (not with a credit memo): Dr the money's account, Cr receivables;
* bills: Dr each line's account and sales tax, Cr payables the total of the lines;
* bill payments (not with a debit memo): Dr payables, Cr the money's account;
* manual journal entries: their lines as stored.

Every other document (another currency, a void, a reversal, a credit memo, a debit memo, any rule added
later) posts through its rule, as a write does. ``tests/mock/test_ledger_bulk.py`` checks that both ways
give the same lines, document by document.
"""

from __future__ import annotations

import typing as t

from .bulk_sink import Doc, Plain, Sink
from .columns import Columns, changed, objects
from .documents import BILL_PAYMENTS, BILLS
from .entries import Entry, cents
from .generic import is_deleted
from .models import PaymentStatus
from .posting import JOURNAL_KIND, stored_lines
from .values import dec, rel_id
from .workspace import Workspace

if t.TYPE_CHECKING:
    import numpy as np

Row = dict[str, t.Any]


def _invoices(ws: Workspace, plain: Plain, sink: Sink, keys: t.Iterable[int]) -> list[int]:
    revenue, tax = plain.roles["revenue"], plain.roles["sales_tax"]
    draft, rest = PaymentStatus.DRAFT, []
    invoices, line = ws.invoices, sink.line
    for key in keys:
        inv = dict.__getitem__(invoices, key)
        if not inv.amount_paid and inv.payment_status == draft:
            continue
        if not plain(inv.entity, inv.currency) or (inv.voided_journal_entry and inv.voided_date is not None):
            rest.append(key)
            continue
        ar, client, start = plain.ar(inv.extra.get("ar_account")), inv.client, len(sink.account)
        line(ar, inv.total_amount, False, client)
        for ln in inv.lines:
            tagged = ln.extra.get("tag_ids")
            tags = tuple(int(x) for x in tagged if isinstance(x, int)) if tagged else ()
            net = ln.amount - ln.discount_amount
            if cents(net):  # as the rule: a line of nothing posts no revenue line
                line(plain.product(ln.product), net, True, client, ln.department, tags)
            if ln.tax:
                line(tax, ln.tax, True, client)
        if inv.discount:
            line(revenue, inv.discount, False, client)
        if inv.payment_term_applied_discount:
            line(revenue, inv.payment_term_applied_discount, False, client)
            line(ar, inv.payment_term_applied_discount, True, client)
        size = len(sink.account) - start
        origin, modified = ("invoice", inv.id, -1, inv.currency), inv.last_modified_at
        meta = ("invoice", f"Invoice {inv.invoice_number}")
        sink.entry(("invoice", key), inv.journal_entry, inv.invoice_date, inv.entity, size, modified, origin, meta)
    return rest


def _payments(ws: Workspace, plain: Plain, sink: Sink, keys: t.Iterable[int]) -> list[int]:
    rest, line = [], sink.line
    for key in keys:
        payment = dict.__getitem__(ws.payments, key)
        inv = ws.invoices.look(payment.invoice_id)
        if (
            inv is None
            or payment.credit_memo_id is not None
            or payment.withheld_amount  # its withholding leg: the rule's way
            or (payment.voided_journal_entry and payment.voided_date is not None)
            or not plain(inv.entity, payment.currency)
        ):
            rest.append(key)
            continue
        line(
            plain.account_of_money(payment.transaction_id, payment.account_id, "undeposited"),
            payment.amount,
            False,
            inv.client,
        )
        line(plain.ar(inv.extra.get("ar_account")), payment.amount, True, inv.client)
        day = payment.payment_date or payment.created_at.date()
        origin = ("invoice_payment", payment.id, payment.invoice_id, payment.currency)
        meta = ("invoice_payment", f"Payment of invoice {inv.invoice_number}")
        modified = payment.last_modified_at
        sink.entry(("payment", key), payment.journal_entry, day, inv.entity, 2, modified, origin, meta)
    return rest


def _bills(ws: Workspace, plain: Plain, sink: Sink, rows: dict[int, Row]) -> list[int]:
    tax, rest, line = plain.roles["sales_tax"], [], sink.line
    for key, bill in rows.items():
        day = plain.day(bill.get("bill_date"))
        if is_deleted(bill) or day is None or not bill.get("journal_entry"):
            continue
        if not plain(bill.get("entity"), str(bill.get("currency") or "")) or (
            bill.get("voided_journal_entry") and bill.get("voided_date")
        ):
            rest.append(key)
            continue
        vendor, start = rel_id(bill.get("vendor")), len(sink.account)
        for item in bill.get("lines") or []:
            tagged = item.get("tag_ids")
            tags = tuple(x for x in tagged if isinstance(x, int)) if tagged else ()
            account, department = rel_id(item.get("account")), rel_id(item.get("department"))
            amount = item.get("amount") or 0
            if cents(dec(amount)):  # as the rule: a line of 0 posts nothing
                line(account, amount, False, vendor, department, tags)
            if item.get("tax") and float(item["tax"]):
                line(tax, item["tax"], False, vendor)
        sink.balance(plain.ap(bill.get("ap_account")), vendor)
        size = len(sink.account) - start
        origin = ("bill", bill["id"], -1, str(bill.get("currency") or ""))
        entry_id, modified = int(bill["journal_entry"]), bill.get("last_modified_at")
        meta = ("bill", f"Bill {bill.get('bill_number') or bill['id']}")
        sink.entry((BILLS, key), entry_id, day, bill.get("entity"), size, modified, origin, meta)
    return rest


def _bill_payments(ws: Workspace, plain: Plain, sink: Sink, rows: dict[int, Row]) -> list[int]:
    bills: dict[int, Row] = t.cast(dict[int, Row], ws.generic.get(BILLS) or {})
    rest, line = [], sink.line
    for key, payment in rows.items():
        bill = dict.get(bills, int(payment.get("bill") or 0))
        if bill is None or is_deleted(bill):
            continue
        if (
            payment.get("debit_memo") is not None
            or payment.get("withheld_amount")  # its withholding leg: the rule's way
            or (payment.get("voided_journal_entry") and payment.get("voided_date"))
            or not plain(bill.get("entity"), str(payment.get("currency") or bill.get("currency") or ""))
        ):
            rest.append(key)
            continue
        vendor = rel_id(bill.get("vendor"))
        money = plain.account_of_money(
            rel_id(payment.get("payment_transaction")), rel_id(payment.get("account_id")), "bank"
        )
        line(plain.ap(bill.get("ap_account")), payment["amount"], False, vendor)
        line(money, payment["amount"], True, vendor)
        day = plain.day(payment.get("payment_date") or bill.get("bill_date"))
        if day is None:
            rest.append(key)
            continue
        entry_id, modified = int(payment["payment_journal_entry"]), payment.get("last_modified_at")
        origin = ("bill_payment", payment["id"], bill["id"], str(payment.get("currency") or ""))
        meta = ("bill_payment", f"Payment of bill {bill.get('bill_number') or bill['id']}")
        sink.entry((BILL_PAYMENTS, key), entry_id, day, bill.get("entity"), 2, modified, origin, meta)
    return rest


def _manual(ws: Workspace, plain: Plain, sink: Sink, rows: dict[int, Row]) -> list[int]:
    rest, line = [], sink.line
    for key, row in rows.items():
        day = plain.day(row.get("date"))
        if is_deleted(row) or day is None:
            continue
        entity = row.get("entity")
        currency = row.get("currency") or plain.currency(entity)
        lines = stored_lines(row)
        if (
            not plain(entity, str(currency or ""))
            or (row.get("_reversal_id") and row.get("reversal_date"))
            or any(ln["debit"] and ln["credit"] for ln in lines)  # both sides on one line: the rule's way
        ):
            rest.append(key)
            continue
        for ln in lines:
            debit = ln["debit"]
            tags = tuple(ln["tags"]) if ln.get("tags") else ()
            line(ln["account"], debit or ln["credit"] or 0, not debit, ln.get("vendor"), ln.get("department"), tags)
        origin = (str(row.get("source") or "manual"), -1, -1, str(currency or ""))
        meta = (str(row.get("type") or "journal_entry"), str(row.get("memo") or ""))
        modified = row.get("last_modified_at")
        sink.entry((JOURNAL_KIND, key), int(row["id"]), day, entity, len(lines), modified, origin, meta)
    return rest


def _cents(values: list[t.Any]) -> np.ndarray:
    """Amounts (Decimals, numeric strings, numbers) in whole cents, as ``entries.cents`` rounds them: in
    floating point at once, and one by one where that could round differently (not whole cents, huge)."""
    import numpy as np

    scaled = np.asarray(values, dtype=np.float64) * 100
    found = np.rint(scaled)
    unsure = np.flatnonzero(~np.isfinite(scaled) | (np.abs(scaled - found) > 1e-6) | (np.abs(scaled) >= 2**50))
    out = found.astype(np.int64)
    for i in unsure.tolist():
        out[i] = cents(values[i])
    return out


def bulk_columns(
    ws: Workspace,
    documents: t.Mapping[str, t.Iterable[int]],
    document_entries: t.Callable[[Workspace, str, int], list[Entry]],
) -> tuple[Columns, dict[Doc, tuple[int, ...]]]:
    """The columns of every document's lines, and each document's entry ids; ``documents`` names the keys of
    each kind (``ledger.RULES``'s kinds). Documents the bulk path does not cover post through their rule,
    ``document_entries``."""
    import numpy as np

    plain, sink = Plain(ws), Sink()
    rest: list[Doc] = []
    for kind, keys in documents.items():
        if kind == "invoice":
            rest += (("invoice", k) for k in _invoices(ws, plain, sink, keys))
        elif kind == "payment":
            rest += (("payment", k) for k in _payments(ws, plain, sink, keys))
        elif kind in (BILLS, BILL_PAYMENTS, JOURNAL_KIND):
            table = t.cast(dict[int, Row], ws.generic.get(kind) or {})
            chosen = {k: dict.__getitem__(table, k) for k in keys}
            post = {BILLS: _bills, BILL_PAYMENTS: _bill_payments, JOURNAL_KIND: _manual}[kind]
            rest += ((kind, k) for k in post(ws, plain, sink, chosen))
        else:
            rest += ((kind, k) for k in keys)
    sizes = np.asarray(sink.entry_size, dtype=np.int64)
    amount = _cents(sink.amount)
    amount[np.asarray(sink.credits, dtype=np.int64)] *= -1
    if sink.balancing:
        owner = np.repeat(np.arange(len(sizes)), sizes)
        at = np.asarray(sink.balancing, dtype=np.int64)
        if int(np.abs(amount).sum()) < 2**53:  # float sums of whole cents stay exact
            totals = np.rint(np.bincount(owner, weights=amount, minlength=len(sizes))).astype(np.int64)
        else:
            totals = np.zeros(len(sizes), dtype=np.int64)
            np.add.at(totals, owner, amount)
        amount[at] = -totals[owner[at]]
    count = len(amount)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]) if len(sizes) else sizes
    rows = dict(zip(sink.entry_id, zip(starts.tolist(), sink.entry_size, strict=True), strict=True))
    sources, source_ids, paid, currencies = zip(*sink.origins, strict=True) if sink.origins else ((), (), (), ())
    tags = objects([()] * count)
    for row, tagged in sink.tagged.items():
        tags[row] = tagged
    made_cols = Columns(
        account_raw=np.asarray(sink.account, dtype=np.int64),
        day=np.repeat(np.asarray(sink.entry_day, dtype=np.int64), sizes),
        entity=np.repeat(np.asarray(sink.entry_entity, dtype=np.int64), sizes),
        department=np.asarray(sink.department, dtype=np.int64),
        vendor=np.asarray(sink.vendor, dtype=np.int64),
        book=amount,
        consolidated=amount.copy(),
        known=np.ones(count, dtype=np.bool_),
        alive=np.ones(count, dtype=np.bool_),
        rows=rows,
        entry_id=np.repeat(np.asarray(sink.entry_id, dtype=np.int64), sizes),
        position=np.arange(count, dtype=np.int64) - np.repeat(starts.astype(np.int64), sizes),
        modified=np.repeat(objects(sink.entry_modified), sizes),
        ruled=np.zeros(count, dtype=np.bool_),
        native=amount.copy(),
        source=np.repeat(objects(list(sources)), sizes),
        source_id=np.repeat(np.asarray(source_ids, dtype=np.int64), sizes),
        paid=np.repeat(np.asarray(paid, dtype=np.int64), sizes),
        reversal=np.zeros(count, dtype=np.bool_),
        currency=np.repeat(objects(list(currencies)), sizes),
        tags=tags,
        meta=sink.meta,
    )
    docs = sink.docs
    others: list[Entry] = []
    for doc in rest:
        made = document_entries(ws, *doc)
        if made:
            docs[doc] = tuple(e.id for e in made)
            others += made
    return (changed(made_cols, (), others) if others else made_cols), docs


__all__ = ["Plain", "Sink", "bulk_columns"]
