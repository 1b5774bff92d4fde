"""The fixed-asset reads upstream declares without a body: the automation's account and asset-class pickers
and the reconciliation's unmatched GL lines (their answers are marked additions: spec/README.md).

* ``GET /coa/api/fixed-asset-automation/accounts``: "only accounts with account_subtype='FIXED_ASSET'", each
  as the chart of accounts answers it (``ChartAccount``, balances included).
* ``GET /coa/api/fixed-asset-automation/asset-classes?account_id=<id>``: the live classes whose
  ``asset_account`` is that account.
* ``GET /coa/api/fixed-asset/reconciliation/unmatched-gl``: the GL lines on FIXED_ASSET accounts (one with
  ``account_id``) that no live fixed asset's purchase names (``purchase_journal_entry``, or
  ``purchase_transaction(s)``: a bank transaction, whose posted entry is then matched), newest first in a
  DRF page. The twin posts no depreciation or disposal
  entries, so a purchase is the only link it can see.
"""

from __future__ import annotations

import typing as t

from ..domain.entries import Entry
from ..domain.fixed_asset_links import ASSETS
from ..domain.generic import is_deleted
from ..domain.ledger import ledger
from ..domain.ledger_query import LineFilter, Window, parse_day, select_lines
from ..domain.relations import INVALID_PK, related_values
from ..domain.values import object_key, rel_id
from ..domain.workspace import Workspace
from ..errors import ValidationFailed
from .accounts import chart_account
from .base import Caller
from .generic import ResourceView, operation
from .ledger import LedgerView
from .ledger_render import render_line
from .pagination import check_limit, envelope, offset_page

Body = dict[str, t.Any]
Result = tuple[t.Any, int]
FIXED_ASSET = "FIXED_ASSET"
ASSET_KIND, CLASS_KIND = "/coa/api/fixed-asset", "/coa/api/fixed-asset-class"


def _live(ws: Workspace, kind: str) -> list[Body]:
    table = t.cast(dict[t.Any, Body], ws.refs.get(kind) or ws.generic.get(kind) or {})  # a read makes no table
    return [row for _, row in sorted(dict.items(table)) if not is_deleted(row)]


def linked_to_assets(ws: Workspace) -> tuple[set[int], set[int]]:
    """The journal entries and the bank transactions live fixed assets name as their purchase
    (``purchase_transaction(s)`` name a bank transaction, as ``created_fixed_assets`` reads them)."""
    entries: set[int] = set()
    banked: set[int] = set()
    for asset in _live(ws, ASSET_KIND):
        entry = object_key(asset.get("purchase_journal_entry"))
        if entry is not None:
            entries.add(entry)
        named = [asset.get("purchase_transaction"), *(asset.get("purchase_transactions") or [])]
        banked.update(k for k in (object_key(v) for v in named if not isinstance(v, dict)) if k is not None)
    return entries, banked


def _linked(entry: Entry, entries: set[int], banked: set[int]) -> bool:
    """Whether a fixed asset names ``entry`` or the bank transaction that posted it (its category line is
    the purchase: the one ``created_fixed_assets`` lists the asset on)."""
    return entry.id in entries or (entry.source == "bank_transaction" and entry.source_id in banked)


class FixedAssetView(ResourceView):
    """Fixed assets (``/coa/api/fixed-asset``): a ``purchase_journal_entry`` names an entry of the ledger (manual or
    posted by a document), checked as DRF checks a relation (400 ``Invalid pk``); an entry deleted sets it to
    null, one merged into another names that one (``domain/fixed_asset_links.py``)."""

    collections = (ASSETS,)

    def perform_create(self, ws: Workspace, row: Body) -> None:
        named = row.get("purchase_journal_entry")
        if named in (None, ""):
            return
        key = object_key(named)
        if key is None or ledger(ws).entry(key) is None:
            raise ValidationFailed.field("purchase_journal_entry", INVALID_PK.format(named))

    def perform_update(self, ws: Workspace, row: Body) -> None:
        self.perform_create(ws, row)


#: An automation rule's kind, and the two collections of its matches (upstream serves both; one kind:
#: ``wire.STORED_KINDS``): the list of those pending review, and each match to edit before acceptance.
RULES = "/coa/api/fixed-asset-automation"
PENDING = "/coa/api/fixed-asset-automation/matches"
MATCHES = (PENDING, "/coa/api/fixed-asset-automation-match")


#: A match's ``rule_threshold`` is declared below 10**13 either way; its rule's ``amount_threshold`` below 10**18.
MATCH_THRESHOLD_BOUND = 10**13


class AutomationMatchView(ResourceView):
    """A fixed-asset automation match answers its rule's account name and threshold as the rule answers them
    (``rule_account_name`` is the rule's ``account_name``, ``rule_threshold`` its ``amount_threshold``); null
    where its rule is gone or has none, and ``rule_threshold`` null where the rule's threshold is past the range a
    match's declares (10**13: the answer could not carry it)."""

    collections = MATCHES

    def visible(self, row: Body) -> bool:
        """The list ("List pending asset matches for review") shows the matches no asset was created from;
        each match, accepted or not, is retrieved at its own path."""
        return self.plan.collection != PENDING or row.get("created_asset") is None

    def derived(self, ws: Workspace, row: Body, schema_name: str) -> Body:
        key = rel_id(row.get("rule"))
        rule = ws.table(RULES).look(key) if key is not None else None
        if not isinstance(rule, dict) or is_deleted(rule):
            return {}
        named = related_values(ws, {"account": rule.get("account")}, ("account_name",), _account_target)
        threshold = rule.get("amount_threshold")
        if isinstance(threshold, (int, float)) and abs(threshold) >= MATCH_THRESHOLD_BOUND:
            threshold = None  # past what a match's ``rule_threshold`` may hold (the rule's own field is wider)
        return {"rule_account_name": named.get("account_name"), "rule_threshold": threshold}


def _account_target(field: str) -> str | None:
    return "account" if field == "account" else None


class FixedAssetReadView(LedgerView):
    """The three reads (claimed by ``@operation``: their paths are no collection of the twin's)."""

    def derived(self, ws: Workspace, row: Body, schema_name: str) -> Body:
        return chart_account(ws, row) if schema_name == "ChartAccount" else {}

    def _items(self, ws: Workspace, rows: list[Body]) -> list[t.Any]:
        item = (self.plan.response or {}).get("items", {})
        return [self.render(ws, row, item, self.plan.item_name) for row in rows]

    @operation("list_fixed_asset_automation_accounts")
    def automation_accounts(self, ws: Workspace, caller: Caller, **_: t.Any) -> Result:
        rows = [r for r in _live(ws, "account") if r.get("account_subtype") == FIXED_ASSET]
        return self._items(ws, rows), 200

    @operation("list_fixed_asset_automation_asset_classes")
    def automation_asset_classes(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        account = object_key(self.query(p).get("account_id"))
        rows = [r for r in _live(ws, CLASS_KIND) if object_key(r.get("asset_account")) == account]
        return self._items(ws, rows), 200

    @operation("list_fixed_asset_reconciliation_unmatched_gl")
    def unmatched_gl(self, ws: Workspace, caller: Caller, **p: t.Any) -> Result:
        query = self.query(p)
        account, entity = object_key(query.get("account_id")), object_key(query.get("entity"))
        where = LineFilter(
            accounts=[account] if account is not None else [],
            entities=[entity] if entity is not None else [],
            account_subtype=FIXED_ASSET,
        )
        span = Window(parse_day(query.get("start_date"), "start_date"), parse_day(query.get("end_date"), "end_date"))
        entries, banked = linked_to_assets(ws)
        found = [(e, ln) for e, ln in select_lines(ws, ledger(ws), span, where) if not _linked(e, entries, banked)]
        found.reverse()  # newest first, as the GL log
        page, meta = offset_page(
            found, limit=check_limit(query.get("limit")), offset=query.get("offset"), url=self.url(caller)
        )
        return envelope([render_line(self.shapes, ws, e, ln) for e, ln in page], meta), 200


__all__ = ["AutomationMatchView", "FixedAssetReadView", "linked_to_assets"]
