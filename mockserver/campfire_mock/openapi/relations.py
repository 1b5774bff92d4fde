"""Which fields of the spec's objects name other objects, read from the spec rather than listed by hand.

A *relation* is an integer property (or DRF's integer-or-numeric-string one) whose name names a
collection of the spec: ``entity`` names ``/coa/api/entity``, ``department_id`` and
``parent_department`` name ``/coa/api/department``, ``ar_account`` names ``/coa/api/account``. A
collection is named by its last path segment in the singular (``/coa/api/tag-group`` is
``tag_group``, ``/rr/api/v1/contracts/{contract_id}/subscriptions`` is ``subscription``); a field
names the collection its name (less ``_id``) equals, or else the longest one it ends with
(``proposed_vendor`` is a ``vendor``). The few names that do not follow the rule are listed below,
each with its reason (``ALIASES``, ``KIND_NAMES``, ``NOT_RELATIONS``).

The index covers each stored kind's writable top-level relations and those of its lists of objects
(``lines[].product``), which is what creates and updates check and what deletes look for. A list of
references is a relation too: ``tag_ids`` (ids) and ``tags`` (objects naming one by ``id``, as a line's
tags are written ``[{"id": 8355, "name": "..."}]``) name tags.
"""

from __future__ import annotations

import typing as t
import weakref
from dataclasses import dataclass, field

from .documents import Dereferencer
from .resources import Plan

#: Names of kinds that their path does not give (collections whose last segment another kind claims).
KIND_NAMES: dict[str, tuple[str, ...]] = {
    # Bank accounts: ``/coa/api/account`` (the chart) is ``account``.
    "/ca/api/account": ("bank_account",),
    # Revenue transactions: ``/ca/api/transaction`` (bank transactions) is ``transaction``.
    "/rr/api/v1/transactions": ("revenue_transaction",),
    # A reconciliation's own field calls it ``reconciliation_report``.
    "/coa/api/v2/reconciliation": ("reconciliation", "reconciliation_report"),
    "/coa/api/fixed-asset-class": ("fixed_asset_class", "asset_class"),
    "/coa/api/tag-group": ("tag_group",),
    # An automation match's ``rule`` is the automation rule that proposed it.
    "/coa/api/fixed-asset-automation": ("fixed_asset_automation", "rule"),
    # Reads of other kinds' objects (the chart's accounts, fixed asset classes, GL lines): they name none.
    "/coa/api/fixed-asset-automation/accounts": (),
    "/coa/api/fixed-asset-automation/asset-classes": (),
    "/coa/api/fixed-asset/reconciliation/unmatched-gl": (),
}
#: Field names that name a kind other than their own, by the kind's name: a client is a vendor (Campfire's
#: customers and vendors are one table); a tag's ``group`` (and a report's ``group_id``) is a tag group.
ALIASES: dict[str, str] = {"client": "vendor", "group": "tag_group"}
#: Integer fields that look like relations but are not checked, and why.
NOT_RELATIONS: dict[str, str] = {
    "id": "the object's own id",
    "customer": "the workspace (Campfire's tenant), set by the server",
    "journal_entry": "journal entries are mostly posted by documents (the ledger's, not a stored table)",
}
#: Read-only relations a stored object may still hold (a seed, an import: the API gives no way to set them), which
#: deletes look for as they look for writable ones: a budget account's ``account`` and ``department`` (upstream
#: marks both read-only; a seeded budget names the accounts it budgets).
KEPT_READ_ONLY: dict[str, tuple[str, ...]] = {"/coa/api/budgets/{budget_pk}/accounts": ("account", "department")}
#: Kinds whose ids are not all stored rows (the ledger posts most journal entries), so no field naming
#: them is checked.
UNCHECKED_KINDS = frozenset({"/coa/api/journal_entry", "/coa/api/intercompany-journal-entry"})
#: Kinds kept by the hand-written parts under a name of their own, besides the plan's kinds.
EXTRA_KINDS = {"payment_term": "payment_term", "invoice": "invoice"}


@dataclass(frozen=True)
class Relations:
    """Every stored kind's relations (field -> target kind), and the kinds' names."""

    #: kind -> field -> target kind (writable top-level integer fields).
    fields: dict[str, dict[str, str]] = field(default_factory=dict)
    #: kind -> list field -> field of its items -> target kind.
    nested: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    #: name -> kind (``department`` -> ``department``, ``tag`` -> ``/coa/api/tag``).
    kinds: dict[str, str] = field(default_factory=dict)
    #: Kinds whose list takes ``include_deleted`` (so a delete keeps the object, marked deleted), unless
    #: upstream's delete says it deletes permanently (invoices, bills, credit memos).
    soft: frozenset[str] = frozenset()
    #: Kinds upstream's delete removes for good ("Permanently deletes ...").
    permanent: frozenset[str] = frozenset()
    #: kind -> read-only top-level relations that deletes look for (``KEPT_READ_ONLY``), not checked on writes.
    kept: dict[str, dict[str, str]] = field(default_factory=dict)
    #: kind -> its list fields the schema marks read-only: kept by deletes, not checked on writes (the
    #: hand-written journal entries check their lines themselves).
    read_only_lists: dict[str, frozenset[str]] = field(default_factory=dict)
    #: kind -> property -> the value its answer shows when the stored object lacks it (the schema's
    #: ``default``, a non-nullable boolean's ``false``), which a relation's ``<relation>_<attribute>`` reads
    #: too (a subscription's ``product_is_renewable`` is ``false`` where its product answers ``false``).
    answered: dict[str, dict[str, t.Any]] = field(default_factory=dict)

    def written(self, kind: str) -> dict[str, dict[str, str]]:
        """The list fields of ``kind`` whose relations a create or update checks."""
        skipped = self.read_only_lists.get(kind, frozenset())
        return {k: v for k, v in self.nested.get(kind, {}).items() if k not in skipped}

    def referring(self, target: str) -> list[tuple[str, str | None, str]]:
        """Every (kind, list field or ``None``, field) whose value names an object of ``target``."""
        found: list[tuple[str, str | None, str]] = []
        for kind, fields in [*self.fields.items(), *self.kept.items()]:
            found += [(kind, None, name) for name, to in fields.items() if to == target]
        for kind, lists in self.nested.items():
            for outer, fields in lists.items():
                found += [(kind, outer, name) for name, to in fields.items() if to == target]
        return found


def _singular(word: str) -> str:
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def kind_names(kinds: t.Iterable[str]) -> dict[str, str]:
    """name -> kind for every kind (top-level collections claim a name before nested ones)."""
    names: dict[str, str] = dict(EXTRA_KINDS)
    ordered = sorted(set(kinds), key=lambda k: (not k.isidentifier(), k.count("{"), k))
    for kind in ordered:
        own = KIND_NAMES.get(kind)
        if own is None:
            segment = [s for s in kind.strip("/").split("/") if not s.startswith("{")][-1]
            own = (kind if kind.isidentifier() else _singular(segment.replace("-", "_")),)
        for name in own:
            names.setdefault(name, kind)
    return names


def target_of(name: str, names: t.Mapping[str, str], own_kind: str) -> str | None:
    """The kind a field called ``name`` names, if any."""
    if name in NOT_RELATIONS:
        return None
    base = name.removesuffix("_id") if name != "_id" else name
    if name == "parent":
        found: str | None = own_kind
    elif base in ALIASES:
        found = names.get(ALIASES[base])
    elif base in names:
        found = names[base]
    else:
        ends = [n for n in names if base.endswith("_" + n)]
        found = names[max(ends, key=len)] if ends else None
    return None if found is None or found in UNCHECKED_KINDS else found


def _is_integer(schema: dict[str, t.Any]) -> bool:
    if schema.get("type") == "integer":
        return True
    return any(b.get("type") == "integer" for b in [*schema.get("anyOf", ()), *schema.get("oneOf", ())])


def _list_relation(name: str, schema: dict[str, t.Any], names: t.Mapping[str, str], kind: str) -> str | None:
    """The kind a list of references names: ids (``tag_ids``: integers) or objects naming one by ``id``
    (``tags: [{"id": 8355, "name": ...}]``, as lines carry their tags), if it is one."""
    items = schema.get("items") if schema.get("type") == "array" else None
    if not isinstance(items, dict) or "properties" in items:
        return None
    if name.endswith("_ids") and items.get("type") == "integer":
        base = name.removesuffix("_ids")
    elif items.get("type") in ("integer", "object", None) and _singular(name) != name:
        base = _singular(name)
    else:
        return None
    return target_of(base, names, kind)


def _object_relations(
    props: dict[str, t.Any], names: t.Mapping[str, str], kind: str, *, read_only_lists: bool = False
) -> dict[str, str]:
    """``props``' relations: integer fields naming a kind, and lists of references (``tag_ids``, ``tags``);
    read-only ones only for lists inside items (``read_only_lists``), which the twin stores as sent."""
    out: dict[str, str] = {}
    for name, schema in props.items():
        listed = _list_relation(name, schema, names, kind)
        if listed is not None and (read_only_lists or not schema.get("readOnly")):
            out[name] = listed
            continue
        if schema.get("readOnly") or not _is_integer(schema):
            continue
        target = target_of(name, names, kind)
        if target is not None:
            out[name] = target
    return out


def action_relations(p: Plan, names: t.Mapping[str, str]) -> dict[str, str]:
    """The top-level fields of an action's request body that name an object (field -> kind), as a create's do;
    but a field named for a collection the action's own path runs through names that collection's objects, which
    the name alone does not tell (``transaction_ids`` of ``/coa/api/transaction/merge`` are GL lines, not bank
    transactions), so it is left to the action's own rules."""
    own = {_singular(s.replace("-", "_")) for s in p.path.strip("/").split("/") if not s.startswith("{")}
    props: dict[str, t.Any] = (p.request or {}).get("properties", {})
    found = _object_relations(props, names, p.kind or "")
    return {n: kind for n, kind in found.items() if _singular(n.removesuffix("_ids").removesuffix("_id")) not in own}


def relations_of(plans: t.Iterable[Plan]) -> Relations:
    """The relations of every kind the plans store (from each kind's item schema)."""
    items: dict[str, dict[str, t.Any]] = {}
    soft: set[str] = set()
    permanent: set[str] = set()
    for p in plans:
        if p.kind is not None and p.item_name is not None and p.kind not in items:
            items[p.kind] = p.item or {}
        if p.kind is not None and p.action == "list" and "include_deleted" in p.query.values():
            soft.add(p.kind)
        if p.kind is not None and p.action == "destroy" and "permanently" in _description(p).lower():
            permanent.add(p.kind)
    names = kind_names(items)
    fields: dict[str, dict[str, str]] = {}
    nested: dict[str, dict[str, dict[str, str]]] = {}
    read_only: dict[str, set[str]] = {}
    kept: dict[str, dict[str, str]] = {}
    for kind, schema in items.items():
        props: dict[str, t.Any] = schema.get("properties", {})
        top = _object_relations(props, names, kind)
        if top:
            fields[kind] = top
        held = {n: target_of(n, names, kind) for n in KEPT_READ_ONLY.get(kind, ()) if n in props}
        if any(held.values()):
            kept[kind] = {n: to for n, to in held.items() if to is not None}
        for name, sub in props.items():
            # Lists the server answers read-only (a journal entry's ``transactions``) are still written.
            inner = sub.get("items") if sub.get("type") == "array" else None
            if isinstance(inner, dict) and inner.get("properties"):
                found = _object_relations(inner["properties"], names, kind, read_only_lists=True)
                # A line's ``parent`` is another line; its document's own id is the document's to set.
                found = {k: v for k, v in found.items() if k != "parent" and v != kind}
                if found:
                    nested.setdefault(kind, {})[name] = found
                    if sub.get("readOnly"):
                        read_only.setdefault(kind, set()).add(name)
    frozen = {kind: frozenset(lists) for kind, lists in read_only.items()}
    soft_kinds, permanent_kinds = frozenset(soft - permanent), frozenset(permanent)
    answered = {kind: _answered(schema.get("properties", {})) for kind, schema in items.items()}
    return Relations(
        fields,
        nested,
        names,
        soft_kinds,
        permanent_kinds,
        kept=kept,
        read_only_lists=frozen,
        answered={kind: found for kind, found in answered.items() if found},
    )


def _answered(props: t.Mapping[str, t.Any]) -> dict[str, t.Any]:
    """What an object's answer shows for properties it does not hold, where that is not null: the
    schema's ``default``, or ``false`` for a boolean that cannot be null (as ``conform.default`` answers)."""
    found: dict[str, t.Any] = {}
    for name, sub in props.items():
        if not isinstance(sub, dict) or sub.get("nullable") or sub.get("writeOnly"):
            continue
        if sub.get("default") is not None:
            found[name] = sub["default"]
        elif sub.get("type") == "boolean":
            found[name] = False
    return found


def _description(p: Plan) -> str:
    """The operation's upstream description (a delete that says "Permanently deletes" is not soft)."""
    op = p.resolver.spec.get("paths", {}).get(p.path, {}).get(p.method.lower(), {})
    return str(op.get("description") or "")


#: Each spec reader's relations, for as long as the reader lives (an app holds its readers).
_CACHE: weakref.WeakKeyDictionary[Dereferencer, Relations] = weakref.WeakKeyDictionary()


def spec_relations(resolver: Dereferencer, plans: t.Callable[[], t.Iterable[Plan]]) -> Relations:
    """``relations_of`` the spec ``resolver`` reads, built once per spec reader."""
    found = _CACHE.get(resolver)
    if found is None:
        found = _CACHE[resolver] = relations_of(plans())
    return found


__all__ = [
    "NOT_RELATIONS",
    "Relations",
    "action_relations",
    "kind_names",
    "relations_of",
    "spec_relations",
    "target_of",
]
