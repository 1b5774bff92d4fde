"""Campfire's documented behaviour on top of the generic resources (``handlers/generic.py``).

Four kinds of rule, each looked up by the generic view where it applies:

* ``DERIVED`` (by response schema): fields computed from other objects, such as a customer's AR
  balances from its invoices, payments and credit memos, or whether a bank transaction is assigned;
* ``SCOPES`` (by collection path): which stored objects a collection shows (``/rr/api/v1/customers``
  shows the clients, not the vendors, of the one client table);
* ``GUARDS`` (by operationId): a refusal before the generic action runs (a client with invoices
  cannot be deleted, nor a credit memo that payments have applied);
* ``SOURCES`` (by kind): objects derived from others, listed and retrieved beside the stored ones
  and refused to writes (none today: journal entries are the ledger's, ``views/ledger.py``);
* ``ACTIONS`` (by operationId): an action answered by its own rule instead of the object as it
  stands (a client's contacts, bulk search by name, a credit memo's void, reopen, mark-used and
  update: ``credit_memos.py``);
* ``WRITES`` (by kind): what a create or update of the kind adds to the stored object (a webhook's
  signing ``token``, its ``active`` default and its topics checked against ``domain/events.TOPICS``).

Operations with none of these are generic; the README lists which have rules.
"""

from __future__ import annotations

import typing as t

from ..delivery import new_secret
from ..domain.bills import vendor_has_bills
from ..domain.events import TOPICS
from ..domain.generic import is_deleted, live_row, object_key
from ..domain.payments import transaction_applied
from ..domain.receivables import client_balances, has_invoices
from ..domain.workspace import Workspace
from ..errors import ClientHasInvoices, ClientNotFound, ValidationFailed, VendorHasBills
from . import credit_memos
from .pagination import check_limit, envelope, offset_page

Row = dict[str, t.Any]
Result = tuple[t.Any, int]

if t.TYPE_CHECKING:
    from .base import Caller
    from .generic import GenericView


def _balances(ws: Workspace, row: Row) -> Row:
    return client_balances(ws, int(row["id"])) if "id" in row else {}


def _bank_transaction(ws: Workspace, row: Row) -> Row:
    """A bank transaction under the schema's names for what the hand-written parts keep (``date``,
    ``description``, ``account_id``: the fields ``/pay/`` and mark-used read), with its account's name,
    and ``assigned`` once payments or refunds have taken some of it."""
    out: Row = {"assigned": "id" in row and transaction_applied(ws, int(row["id"])) > 0}
    day = row.get("date")
    if day and not row.get("posted_at"):
        out["posted_at"] = f"{day}T00:00:00+0000"
        out["date_year"], out["date_month"] = str(day)[:4], str(day)[:7]
    if row.get("description") and not row.get("bank_description"):
        out["bank_description"] = row["description"]
    account = row.get("account") or row.get("account_id")
    if account:
        out["account"] = account
        out["account_name"] = ws.refs["account"].look(object_key(account) or -1, {}).get("name") or ""
    return out


def _chart_account(ws: Workspace, row: Row) -> Row:
    """An account's ``name_and_number`` (``1010 - Operating Bank Account``), ``sort_key`` (its number), and
    its balances from the ledger (``current_balance``, ``balance_ytd``: ``domain/statements.py``)."""
    name, number = str(row.get("name") or ""), str(row.get("number") or "")
    label = name if not number or name.startswith(f"{number} ") else f"{number} - {name}"
    from ..domain.general_ledger import account_balances  # numpy loads on first use, not at start-up

    current, ytd = account_balances(ws).get(int(row["id"]), (0.0, 0.0)) if "id" in row else (0.0, 0.0)
    return {
        "name_and_number": row.get("name_and_number") or label,
        "sort_key": row.get("sort_key") or number or name,
        "current_balance": current,
        "current_balance_book": current,
        "balance_ytd": ytd,
    }


DERIVED: dict[str, t.Callable[[Workspace, Row], Row]] = {
    "ChartAccount": _chart_account,
    "ContractCustomer": _balances,
    "VendorSummary": _balances,
    "BankTransaction": _bank_transaction,
}

SCOPES: dict[str, t.Callable[[Row], bool]] = {
    "/rr/api/v1/customers": lambda row: row.get("vendor_type", "customer") == "customer",
}


def _no_invoices(ws: Workspace, key: t.Any) -> None:
    found = object_key(key)
    if found is not None and has_invoices(ws, found):
        raise ClientHasInvoices(found)
    if found is not None and vendor_has_bills(ws, found):
        raise VendorHasBills(found)


SOURCES: dict[str, t.Callable[[Workspace], list[Row]]] = {}

GUARDS: dict[str, t.Callable[[Workspace, t.Any], None]] = {
    "coa_api_vendor_destroy": _no_invoices,
    "rr_api_v1_customers_destroy": _no_invoices,
    **credit_memos.GUARDS,
}


def _client(ws: Workspace, key: t.Any, *, write: bool) -> Row:
    row = live_row(ws, "vendor", key, write=write)
    if row is None:
        raise ClientNotFound(key)
    return row


def contacts_list(view: GenericView, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
    """A client's contacts (its ``contacts``), paged."""
    from starlette.datastructures import URL

    client = _client(ws, view.path_value(kwargs, "id"), write=False)
    contacts = [c for c in client.get("contacts") or [] if isinstance(c, dict) and not is_deleted(c)]
    query = view.query(kwargs)
    page, meta = offset_page(
        contacts, limit=check_limit(query.get("limit")), offset=query.get("offset"), url=str(URL(scope=caller.scope))
    )
    item = (view.plan.response or {})["properties"]["results"]["items"]
    return envelope([view.conformed(ws, c, item) for c in page], meta), 200


def contacts_create(view: GenericView, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
    """A new contact of the client, kept in its ``contacts`` (so the client shows it too)."""
    client = _client(ws, view.path_value(kwargs, "id"), write=True)
    now = ws.now_text()
    props = (view.plan.request or {}).get("properties", {})
    contact = {k: v for k, v in view.values(kwargs).items() if k in props and not props[k].get("readOnly")}
    contact.update(id=ws.next_id("vendor_contact"), last_modified_at=now, is_deleted=False, deleted_at=None)
    client["contacts"] = [*(client.get("contacts") or []), contact]
    client["last_modified_at"] = now
    return view.conformed(ws, contact, view.plan.response or {}), 201


def vendors_bulk_search(view: GenericView, ws: Workspace, caller: Caller, kwargs: dict[str, t.Any]) -> Result:
    """The clients and vendors named in ``vendors`` (by external id, else by name, case-insensitively);
    with ``upsert``, the ones not found are created."""
    body = view.values(kwargs)
    found: list[Row] = []
    table = ws.refs["vendor"]
    live = [row for _, row in sorted(dict.items(table)) if not is_deleted(row)]
    for wanted in body.get("vendors") or []:
        external_id = wanted.get("external_id")
        name = str(wanted.get("name") or "").strip().lower()
        match = next(
            (r for r in live if external_id and r.get("external_id") == external_id),
            next((r for r in live if str(r.get("name") or "").strip().lower() == name), None),
        )
        if match is None and body.get("upsert"):
            now = ws.now_text()
            match = {
                "id": ws.next_id("vendor"),
                "name": wanted.get("name"),
                "external_id": external_id,
                "vendor_type": wanted.get("vendor_type") or "customer",
                "email": wanted.get("email"),
                "status": "ACTIVE",
                "created_at": now,
                "last_modified_at": now,
            }
            table[match["id"]] = match
            live.append(match)
        if match is not None and match not in found:
            found.append(match)
    return [view.services.serializer.stored(ws, "vendor", r) for r in found], 200


ACTIONS: dict[str, t.Callable[[GenericView, Workspace, Caller, dict[str, t.Any]], Result]] = {
    "coa_api_vendor_contacts_list": contacts_list,
    "coa_api_vendor_contacts_create": contacts_create,
    "coa_api_vendor_bulk_search_create": vendors_bulk_search,
    **credit_memos.ACTIONS,
}


#: The stored kind of webhooks, and of each webhook's delivery log (nested under it).
WEBHOOK_KIND = "/integrations/api/v1/webhook"
WEBHOOK_EVENTS_KIND = "/integrations/api/v1/webhook/{id}/events"


def _webhook(ws: Workspace, row: Row, created: bool) -> None:
    """A new webhook gets its signing secret (server-set, as ``token`` is read-only) and is active
    unless told otherwise; its topics must be known ones (numbered as ``TOPICS`` lists them)."""
    if created:
        row["token"] = new_secret()
        row.setdefault("active", True)
    topics = row.get("topics") or []
    unknown = [str(topic.get("name")) for topic in topics if topic.get("name") not in TOPICS]
    if unknown:
        raise ValidationFailed.field("topics", f"Unknown topic {unknown[0]!r}; GET {WEBHOOK_KIND}/topics lists them.")
    row["topics"] = [{"id": TOPICS.index(topic["name"]) + 1, "name": topic["name"]} for topic in topics]


WRITES: dict[str, t.Callable[[Workspace, Row, bool], None]] = {
    WEBHOOK_KIND: _webhook,
}

__all__ = ["ACTIONS", "DERIVED", "GUARDS", "SCOPES", "SOURCES", "WEBHOOK_EVENTS_KIND", "WEBHOOK_KIND", "WRITES"]
