"""Where ``bulk_posting.py`` writes the lines it builds (``Sink``: plain values, no object per line), and
which documents it may build so (``Plain``: in their entity's currency when that is the root entity's), with
the accounts the posting rules find, looked up once per build."""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, field
from datetime import date

from .chart import product_revenue_account, roles
from .payables_posting import payable_account
from .posting import _money_account, receivable_account, root_currency
from .values import as_date
from .workspace import Workspace

Doc = tuple[str, int]


@dataclass
class Sink:
    """Lines appended as plain values: per entry its id, day, entity and line count; per line its account,
    vendor, department and amount (a raw value turned into cents at the end, negated for the rows in
    ``credits``; a ``balancing`` row takes the negative of its entry's other lines)."""

    entry_id: list[int] = field(default_factory=list)
    entry_day: list[int] = field(default_factory=list)
    entry_entity: list[int] = field(default_factory=list)
    entry_size: list[int] = field(default_factory=list)
    entry_modified: list[t.Any] = field(default_factory=list)
    #: Per entry: its source, source id (-1: none), the document it settles (-1: none) and its currency.
    origins: list[tuple[str, int, int, str]] = field(default_factory=list)
    account: list[int] = field(default_factory=list)
    vendor: list[int] = field(default_factory=list)
    department: list[int] = field(default_factory=list)
    amount: list[t.Any] = field(default_factory=list)
    credits: list[int] = field(default_factory=list)  # row numbers
    balancing: list[int] = field(default_factory=list)  # row numbers
    tagged: dict[int, tuple[int, ...]] = field(default_factory=dict)  # row number -> its tags, if any
    docs: dict[Doc, tuple[int, ...]] = field(default_factory=dict)
    meta: dict[int, tuple[str, str]] = field(default_factory=dict)  # entry id -> journal type, memo

    def entry(
        self,
        doc: Doc,
        entry_id: int,
        day: date,
        entity: int | None,
        size: int,
        modified: t.Any,
        origin: tuple[str, int, int, str],
        meta: tuple[str, str],
    ) -> None:
        """One entry of ``size`` lines (the last appended); ``origin``: its source, source id, the document
        it settles (-1: none) and its currency; ``meta``: its journal type and memo, as its rule writes them."""
        self.meta[entry_id] = meta
        self.origins.append(origin)
        self.entry_modified.append(modified)
        self.entry_id.append(entry_id)
        self.entry_day.append(day.toordinal())
        self.entry_entity.append(-1 if entity is None else entity)
        self.entry_size.append(size)
        self.docs[doc] = (entry_id,)

    def line(
        self,
        account: int | None,
        amount: t.Any,
        credit: bool,
        vendor: int | None,
        department: int | None = None,
        tags: tuple[int, ...] = (),
    ) -> None:
        if tags:
            self.tagged[len(self.account)] = tags
        if credit:
            self.credits.append(len(self.account))
        self.account.append(-1 if account is None else account)
        self.vendor.append(-1 if vendor is None else vendor)
        self.department.append(-1 if department is None else department)
        self.amount.append(amount)

    def balance(self, account: int | None, vendor: int | None) -> None:
        self.balancing.append(len(self.account))
        self.line(account, 0, False, vendor)


_MISSING = object()


class Plain:
    """Which documents the bulk path posts: those in their entity's currency when that is the root
    entity's (``posting._rates`` is then 1 and 1), and the accounts the rules find, looked up once."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.root = root_currency(ws)
        self.roles = roles(ws)
        self._currency: dict[int | None, str | None] = {}
        self.receivable: dict[t.Any, int | None] = {}
        self.payable: dict[t.Any, int | None] = {}
        self.revenue: dict[int | None, int | None] = {}
        self.money: dict[tuple[int | None, int | None, str], int | None] = {}
        self.days: dict[t.Any, date | None] = {}

    def currency(self, entity: int | None) -> str | None:
        """An entity's currency (``None``: it names none)."""
        if entity not in self._currency:
            self._currency[entity] = self.ws.refs["entity"].look(entity or -1, {}).get("currency")
        return self._currency[entity]

    def __call__(self, entity: int | None, currency: str) -> bool:
        return (self.currency(entity) or currency) == currency == self.root

    def ar(self, named: t.Any) -> int | None:
        found = self.receivable.get(named, _MISSING)
        if found is _MISSING:
            found = self.receivable[named] = receivable_account(self.ws, named)
        return t.cast("int | None", found)

    def ap(self, named: t.Any) -> int | None:
        found = self.payable.get(named, _MISSING)
        if found is _MISSING:
            found = self.payable[named] = payable_account(self.ws, named)
        return t.cast("int | None", found)

    def product(self, product: int | None) -> int | None:
        found = self.revenue.get(product, _MISSING)
        if found is _MISSING:
            found = self.revenue[product] = product_revenue_account(self.ws, product) or self.roles["revenue"]
        return t.cast("int | None", found)

    def account_of_money(self, transaction: int | None, account: int | None, fallback: str) -> int | None:
        key = (transaction, account, fallback)
        found = self.money.get(key, _MISSING)
        if found is _MISSING:
            found = self.money[key] = _money_account(self.ws, transaction, account, fallback)
        return t.cast("int | None", found)

    def day(self, value: t.Any) -> date | None:
        found = self.days.get(value, _MISSING)
        if found is _MISSING:
            found = self.days[value] = as_date(value)
        return t.cast("date | None", found)


__all__ = ["Doc", "Plain", "Sink"]
