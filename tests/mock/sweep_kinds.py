"""What the delete sweep (``test_delete_sweep.py``) makes and names: every kind it can make and read back, the
relations between them (pairs of a referrer kind and a target kind, from the spec's relation table), and the
bodies that make a referrer name a target.
"""

from __future__ import annotations

import json
import os
import re
import typing as t
from dataclasses import dataclass

from campfire_mock.openapi.resources import Plan

from .test_answer_sweep import _schema
from .test_every_operation import PLANS, RELATIONS, _body, _with_seeded_relations, path_values
from .test_reference_sweep import CREATES, body_for

DEEP = os.environ.get("CAMPFIRE_TESTS_DEEP") == "1"
GL = "/coa/api/transaction"
#: The GL log's filter naming an object of each kind its lines carry.
GL_FILTERS = {"account": "account", "department": "department", "entity": "entity", "vendor": "vendor"}
GL_FILTERS["/coa/api/tag"] = "tag"
#: Bodies of the hand-written documents (their schemas alone do not make one the demo data accepts): the demo's
#: entity 54, its clients and vendors, accounts and products, as their own tests write them.
DOCUMENTS: dict[str, dict[str, t.Any]] = {
    "/coa/api/v1/invoice": {
        "entity": 54,
        "client": 33973,
        "invoice_date": "2026-03-01",
        "due_date": "2026-03-31",
        "lines": [{"product": 2545, "amount": 100, "quantity": 1, "rate": 100}],
    },
    "/coa/api/v1/bill": {
        "entity": 54,
        "vendor": 34182,
        "bill_number": "DS-1",
        "bill_date": "2026-05-01",
        "due_date": "2026-05-31",
        "lines": [{"account": 2622, "amount": 100, "description": "Supplies"}],
    },
    "/coa/api/v1/debit-memo": {
        "entity": 54,
        "vendor": 34182,
        "debit_memo_date": "2026-05-05",
        "currency": "USD",
        "lines": [{"account": 2622, "amount": 100, "description": "Returned goods"}],
    },
    "credit_memo": {
        "entity": 54,
        "client": 42,
        "credit_memo_date": "2026-01-05",
        "currency": "USD",
        "lines": [{"account": 169208, "amount": 100, "description": "Service credit"}],
    },
    # A manual entry is nothing without balanced lines; a relation of its lines is set on every line.
    "/coa/api/journal_entry": {
        "date": "2026-05-31",
        "entity": 54,
        "memo": "Delete sweep",
        "transactions": [{"account": 6000, "debit_amount": 25}, {"account": 2300, "credit_amount": 25}],
    },
    # Each entity's part balances on its own; a relation of its lines is set on Top Level's (54) part.
    "/coa/api/intercompany-journal-entry": {
        "date": "2026-05-10",
        "memo": "Delete sweep",
        "currency": "USD",
        "transactions": [
            {"entity": 54, "account": 1300, "debit_amount": 100},
            {"entity": 54, "account": 1010, "credit_amount": 100},
            {"entity": 1, "account": 1010, "debit_amount": 100},
            {"entity": 1, "account": 2700, "credit_amount": 100},
        ],
    },
}
#: Kinds made by an action rather than a create, by the action's operation: a file is uploaded (the twin stores
#: it and serves it back), with the query the upload takes.
MADE_BY: dict[str, tuple[str, dict[str, str]]] = {"/ca/api/file": ("ca_api_file_upload_create", {"model": "bill"})}
DOCUMENTS["/ca/api/file"] = {"file": "data:text/plain;name=notes.txt;base64,aGVsbG8="}
#: Relation targets named for a kind stored under another (``invoice``: the hand-written invoices' plan kind).
ALIASES = {"invoice": "/coa/api/v1/invoice"}
#: How many lines of a document's first list a line relation is set on (a journal entry's lines balance by
#: entity, so a relation goes on a whole balanced part).
LINES_SET = {"/coa/api/journal_entry": 2, "/coa/api/intercompany-journal-entry": 2}
#: Relations a made referrer does not answer as written, and why (the sweep still deletes the target and reads
#: the referrer back, but has no reference to see dangle).
NOT_KEPT: dict[tuple[str, str | None, str], str] = {
    # Computed from the lines' entities ("Entities involved in this intercompany journal entry"); the lines'
    # own ``entity`` is swept.
    ("/coa/api/intercompany-journal-entry", None, "entities"): "the lines' entities",
    # Write-only: made prepaid commits of the contract, whose own relations are swept.
    ("contract", "prepaid_commits", "department"): "made prepaid commits",
    ("contract", "prepaid_commits", "entity"): "made prepaid commits",
    ("contract", "prepaid_commits", "product"): "made prepaid commits",
    ("contract", "prepaid_commits", "tags"): "made prepaid commits",
    # Write-only on an invoice (upstream): applied, never answered.
    ("/coa/api/v1/invoice", None, "department"): "write-only",
    ("/coa/api/v1/invoice", None, "tags"): "write-only",
}
#: Lists of answers a list shows only when asked (a journal entry's list: the last six months by default).
LIST_PARAMS = {"/coa/api/journal_entry": {"all_time": "true"}}

Pair = tuple[str, str | None, str, str]


@dataclass(frozen=True)
class Kind:
    """How the sweep makes and reads an object of one kind: its create, its retrieve and its list."""

    create: Plan
    retrieve: Plan
    destroy: Plan | None

    def parents(self, under: t.Mapping[str, int] | None = None) -> dict[str, int]:
        """The parents in the path: ``under``'s, else seeded ones (a seeded contract for its milestones)."""
        return {**path_values(self.create), **(under or {})}

    def collection(self, under: t.Mapping[str, int] | None = None) -> str:
        return _fill(self.create.path, self.parents(under))

    def item(self, key: int, under: t.Mapping[str, int] | None = None) -> str:
        return _fill(self.retrieve.path, {**self.parents(under), self.retrieve.id_param or "id": key})

    def parent_named(self, field: str, target: str) -> str | None:
        """The path parameter that sets ``field`` (``contract_id`` sets a subscription's ``contract``)."""
        return next((n for n, kind in self.create.parents if kind == target and n.removesuffix("_id") == field), None)

    def written_by_server(self, outer: str | None, field: str) -> bool:
        """Whether the answer's ``field`` (or its list ``outer``) is read-only: made by actions, not writes."""
        props = _schema(self.create.response or {}).get("properties", {})
        if outer is not None:
            if _schema(props.get(outer, {})).get("readOnly"):
                return True
            props = _schema(_schema(props.get(outer, {})).get("items", {})).get("properties", {})
        return bool(_schema(props.get(field, {})).get("readOnly"))


def _fill(template: str, values: t.Mapping[str, t.Any]) -> str:
    return re.sub(r"\{([^}]+)\}", lambda m: str(values[m.group(1)]), template)


def _kinds() -> dict[str, Kind]:
    """Every kind the sweep can make and read back (its own collection's create and retrieve)."""
    by_kind: dict[str, dict[str, Plan]] = {}
    for p in PLANS.values():
        if p.kind is None or p.action not in ("create", "retrieve", "destroy"):
            continue
        if (p.collection or "").rstrip("/") == p.kind.rstrip("/") or p.kind in DOCUMENTS:
            by_kind.setdefault(p.kind, {}).setdefault(p.action, p)
    for kind, (operation, _) in MADE_BY.items():
        by_kind.setdefault(kind, {})["create"] = PLANS[operation]
    for kind, p in CREATES.items():
        found = by_kind.setdefault(kind, {})
        found["create"] = p
        found.setdefault("retrieve", next(o for o in PLANS.values() if o.kind == kind and o.action == "retrieve"))
        found.setdefault("destroy", next(o for o in PLANS.values() if o.kind == kind and o.action == "destroy"))
    return {
        kind: Kind(acts["create"], acts["retrieve"], acts.get("destroy"))
        for kind, acts in sorted(by_kind.items())
        if {"create", "retrieve"} <= set(acts)
    }


KINDS = _kinds()


def _pairs() -> list[Pair]:
    """Every (referrer, list field or None, field, target) whose referrer the sweep makes and whose target it
    makes and deletes."""
    found: list[Pair] = []
    for kind, fields in RELATIONS.fields.items():
        found += [(kind, None, name, to) for name, to in fields.items()]
    for kind, lists in RELATIONS.nested.items():
        found += [(kind, outer, name, to) for outer, fields in lists.items() for name, to in fields.items()]
    found = [(r, outer, name, ALIASES.get(to, to)) for r, outer, name, to in found]
    found = [p for p in found if p[1] is None or p[0] != p[3]]  # a line naming its own document is no relation
    wanted = [p for p in found if p[0] in KINDS and p[3] in KINDS and KINDS[p[3]].destroy is not None]
    return sorted(wanted, key=lambda p: (p[0], p[1] or "", p[2], p[3]))


PAIRS = _pairs()
#: Kinds whose delete takes upstream's ``new_<name>`` (references move there first): kind -> the parameter.
REPLACEMENTS = {
    kind: next(n for n in k.destroy.query if n.startswith("new_"))
    for kind, k in KINDS.items()
    if k.destroy is not None and any(n.startswith("new_") for n in k.destroy.query)
}


def _sample(pairs: list[Pair], *, referrers: bool = True) -> list[Pair]:
    """A few pairs covering every target kind and (with ``referrers``) every referrer kind; all of them under
    ``--deep``."""
    if DEEP:
        return pairs
    chosen: list[Pair] = []
    seen: set[str] = set()
    for pair in pairs:
        wanted = {f"T {pair[3]}", f"R {pair[0]}"} if referrers else {f"T {pair[3]}"}
        if not wanted <= seen:
            chosen.append(pair)
            seen |= wanted
    return chosen


def _base(kind: str, maximal: bool) -> dict[str, t.Any]:
    if kind in DOCUMENTS:
        return t.cast(dict[str, t.Any], json.loads(json.dumps(DOCUMENTS[kind])))
    return body_for(KINDS[kind].create, maximal)


def _reference(schema: t.Any, key: int) -> t.Any:
    """``key`` as the field's schema writes a reference: an id, a list of ids, or a list of objects naming
    one by ``id`` (a line's ``tags``)."""
    found = _schema(schema)
    if found.get("type") != "array":
        return key
    items = _schema(found.get("items", {}))
    return [{"id": key, "name": "Swept"}] if items.get("type") == "object" or "properties" in items else [key]


def _naming(kind: str, outer: str | None, name: str, key: int, body: dict[str, t.Any]) -> dict[str, t.Any]:
    """``body`` with its ``name`` (at the top, or in its first lines of ``outer``) naming ``key``."""
    props = _schema(KINDS[kind].create.request or {}).get("properties", {})
    if outer is None:
        return {**body, name: _reference(props.get(name, {}), key)}
    item_schema = _schema(_schema(props.get(outer, {})).get("items", {}))
    items = [dict(i) for i in body.get(outer) or [] if isinstance(i, dict)]
    if not items:
        items = [_with_seeded_relations(kind, {outer: [_body(item_schema)]})[outer][0]]
    value = _reference(item_schema.get("properties", {}).get(name, {}), key)
    for item in items[: LINES_SET.get(kind, 1)]:
        item[name] = value
    if kind == "/coa/api/journal_entry" and name == "entity":  # a manual entry's lines are in its own entity
        body = {**body, "entity": key}
    return {**body, outer: items}


def _names(answer: t.Any, outer: str | None, name: str, key: int) -> bool:
    """Whether ``answer`` (an object) names ``key`` in ``name`` (at the top or in a line of ``outer``)."""
    values = [answer.get(name)] if outer is None else [(i or {}).get(name) for i in answer.get(outer) or []]
    refs: list[t.Any] = []
    for v in values:
        refs += v if isinstance(v, list) else [v]
    return any((r.get("id") if isinstance(r, dict) else r) in (key, str(key)) for r in refs)
