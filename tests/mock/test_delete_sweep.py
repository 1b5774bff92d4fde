"""Delete an object, then read everything that referred to it: nothing is left naming an object that is gone.

For every relation the spec implies (``openapi/relations.py``: a referrer kind R whose field, at the top or in
its lines, names a target kind T), the sweep makes a new T, makes a new R naming it, and deletes T. The answer
is a 409 naming what refers to it (the guard of ``views/generic.py``), or a 2xx after which R reads without
the gone id (a reassignment, or R deleted with it). Either way: no 5xx, R's retrieve and list agree, no GL
line names the gone object, and the all-time trial balance still balances. Where T's delete takes upstream's
``new_<name>`` (departments, tags, vendors, bank accounts), deleting it that way moves R to the replacement.

The same pairs run after a PATCH that points R at a second T (the first then deletes freely). Relations only
actions write are checked by their own cases: a bank transaction a document's payment took from (its
``payments[].payment_transaction``) is refused naming the document; the chart settings (a singleton) guard the
accounts they name.

By default the sweep takes a covering sample (every referrer kind and every target kind at least once; every
target kind for the variants); all pairs under ``--deep``.
"""

from __future__ import annotations

import json
import os
import re
import typing as t
from dataclasses import dataclass
from decimal import Decimal

import pytest
from starlette.testclient import TestClient

from campfire_mock.openapi.resources import Plan

from .payables import trial_balance_difference
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
        own = p.kind is not None and (p.collection.rstrip("/") == p.kind.rstrip("/") or p.kind in DOCUMENTS)
        if p.kind and own and p.action in ("create", "retrieve", "destroy"):
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
        return json.loads(json.dumps(DOCUMENTS[kind]))
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


class Sweep:
    """One workspace's sweep: makes objects, deletes them, and collects what it finds."""

    def __init__(self, client: TestClient) -> None:
        self.c = client
        self.findings: list[str] = []
        #: Pairs swept to the end (a delete answered and the referrer read back), and pairs skipped (the
        #: server writes the relation, by an action).
        self.swept = 0
        self.skipped: list[Pair] = []

    def ok(self, response: t.Any, what: str) -> t.Any:
        if response.status_code >= 500:
            self.findings.append(f"{what}: {response.status_code} {response.text[:200]}")
        return response

    def make(
        self,
        kind: str,
        change: t.Callable[[dict[str, t.Any]], dict[str, t.Any]] = dict,
        under: t.Mapping[str, int] | None = None,
    ) -> t.Any:
        """A new object of ``kind`` (a minimal body, else a maximal one): its answer, or the last refusal."""
        made = None
        for maximal in (False, True):
            url, query = KINDS[kind].collection(under), MADE_BY.get(kind, ("", {}))[1]
            made = self.ok(self.c.post(url, params=query, json=change(_base(kind, maximal))), f"make {kind}")
            if made.status_code == 201 or (kind in MADE_BY and made.status_code == 200):
                return made.json()
        return made

    def read(self, kind: str, key: int, under: t.Mapping[str, int] | None) -> tuple[t.Any, t.Any]:
        """``kind``'s object ``key`` as its retrieve answers it, and as its list shows it (None when not)."""
        shown = self.ok(self.c.get(KINDS[kind].item(key, under)), f"retrieve {kind} {key}")
        params = {"limit": 1000, **LIST_PARAMS.get(kind, {})}
        listed = self.ok(self.c.get(KINDS[kind].collection(under), params=params), f"list {kind}")
        rows = listed.json() if listed.status_code == 200 else []
        rows = rows.get("results", []) if isinstance(rows, dict) else rows
        found = next((r for r in rows if isinstance(r, dict) and r.get("id") == key), None)
        return shown, found

    def newest(self, kind: str, under: t.Mapping[str, int] | None) -> t.Any:
        """The newest object of ``kind``'s list (the one just made, where its create answers no id)."""
        listed = self.ok(self.c.get(KINDS[kind].collection(under), params={"limit": 1000}), f"list {kind}").json()
        rows = listed.get("results", []) if isinstance(listed, dict) else listed
        return max(rows, key=lambda r: int(r["id"]), default={"id": None})

    def gl_names(self, target: str, key: int) -> int:
        """How many GL lines (all time) name ``key`` of ``target`` by the GL list's filter for that kind (0 for a
        kind the GL log does not filter by)."""
        field = GL_FILTERS.get(target)
        if field is None:
            return 0
        lines = self.ok(self.c.get(GL, params={"all_time": "true", field: key, "limit": 1}), f"GL {field}={key}")
        return int(lines.json().get("count") or 0) if lines.status_code == 200 else 0

    def pair(self, pair: Pair, *, reassign: bool = False, update: bool = False, via: str | None = None) -> None:
        """Make T, make R naming T, delete T: then read R back (see the module's docstring). With ``reassign``,
        T's delete names a new T in its ``new_<name>`` parameter, and R must name that one after it. With
        ``update``, R is first changed (PATCH) to name a second T: the first then deletes freely, and the
        sweep goes on with the second. ``via``: T deleted through that path template instead of its own."""
        referrer, outer, name, target = pair
        where = f"{referrer} {outer + '[].' if outer else ''}{name} -> {target}"
        if KINDS[referrer].written_by_server(outer, name):
            self.skipped.append(pair)
            return
        made = self.make(target)
        other = self.make(target) if reassign else {"id": None}
        if not isinstance(made, dict) or not isinstance(other, dict):
            failed = made if not isinstance(made, dict) else other
            self.findings.append(f"{where}: {target} not made: {failed.status_code} {failed.text[:200]}")
            return
        key = int(made["id"])
        param = KINDS[referrer].parent_named(name, target) if outer is None else None
        under = {param: key} if param else None
        ref = self.make(referrer, lambda body: _naming(referrer, outer, name, key, body), under)
        if isinstance(ref, dict) and "id" not in ref:  # a create answering its request's shape (a bill draft's)
            ref = self.newest(referrer, under)
        if not isinstance(ref, dict) or not isinstance(ref.get("id"), int):
            shown = f"{ref.status_code} {ref.text[:200]}" if not isinstance(ref, dict) else f"answered {ref}"[:200]
            self.findings.append(f"{where}: referrer not made: {shown}")
            return
        kept = (referrer, outer, name) in NOT_KEPT
        if not kept and not _names(ref, outer, name, key):
            self.findings.append(f"{where}: the made referrer does not name {key}")
            return
        if update:
            repointed = self.repoint(where, pair, int(ref["id"]), key)
            if repointed is None:
                return
            key = repointed
        params = {REPLACEMENTS[target]: other["id"]} if reassign else None
        url = _fill(via, {"id": key}) if via else KINDS[target].item(key)
        gone = self.ok(self.c.delete(url, params=params), f"{where}: delete")
        if gone.status_code >= 500:
            return
        self.after(where, pair, key, (int(ref["id"]), under), gone)
        if reassign:
            self.moved(where, pair, (int(ref["id"]), under), gone, None if kept else int(other["id"]))
        self.swept += 1

    def repoint(self, where: str, pair: Pair, ref_id: int, old: int) -> int | None:
        """R (``ref_id``, naming ``old``) changed by a PATCH to name a new T; ``old`` then deletes (2xx: nothing
        refers to it any more). The new T's id, or None after a finding."""
        referrer, outer, name, target = pair
        new = self.make(target)
        if not isinstance(new, dict):
            self.findings.append(f"{where}: a second {target} not made: {new.status_code} {new.text[:99]}")
            return None
        patch = _naming(referrer, outer, name, int(new["id"]), {})
        changed = self.ok(self.c.patch(KINDS[referrer].item(ref_id), json=patch), f"{where}: PATCH")
        if changed.status_code != 200 or not _names(changed.json(), outer, name, int(new["id"])):
            self.findings.append(f"{where}: PATCH naming {new['id']}: {changed.status_code} {changed.text[:90]}")
            return None
        freed = self.ok(self.c.delete(KINDS[target].item(old)), f"{where}: delete the one no longer named")
        if freed.status_code not in (200, 202, 204):
            self.findings.append(f"{where}: {old}, no longer named, still cannot be deleted: {freed.text[:150]}")
        return int(new["id"])

    def moved(self, where: str, pair: Pair, ref: tuple[int, t.Any], gone: t.Any, new: int | None) -> None:
        """After a delete naming a replacement: a 2xx, and the referrer names the replacement (where it
        answers the relation at all)."""
        referrer, outer, name, _ = pair
        if gone.status_code not in (200, 202, 204):
            self.findings.append(f"{where}: a delete naming a replacement answered {gone.status_code} {gone.text[:99]}")
            return
        shown, listed = self.read(referrer, *ref)
        if new is not None and not (shown.status_code == 200 and _names(shown.json(), outer, name, new)):
            self.findings.append(f"{where}: {referrer} {ref[0]} does not name the replacement {new}: {shown.text[:99]}")
        if new is not None and not (listed is not None and _names(listed, outer, name, new)):
            self.findings.append(f"{where}: {referrer} {ref[0]} is not listed naming the replacement {new}")

    def after(self, where: str, pair: Pair, key: int, ref: tuple[int, t.Any], gone: t.Any) -> None:
        """The delete's answer, then the referrer, the target and the GL read back."""
        referrer, outer, name, target = pair
        shown, listed = self.read(referrer, *ref)
        if gone.status_code == 409:
            detail = str(gone.json().get("detail", ""))
            if "cannot be deleted" not in detail or not re.search(r"\d", detail.split(":", 1)[-1]):
                self.findings.append(f"{where}: a 409 that names nothing: {detail!r}")
            if self.c.get(KINDS[target].item(key)).status_code != 200:
                self.findings.append(f"{where}: refused, yet {target} {key} no longer reads")
            return
        if gone.status_code not in (200, 202, 204):
            self.findings.append(f"{where}: delete answered {gone.status_code} {gone.text[:200]}")
            return
        if self.c.get(KINDS[target].item(key)).status_code != 404:
            self.findings.append(f"{where}: deleted, yet {target} {key} still reads")
        if shown.status_code == 200 and _names(shown.json(), outer, name, key):
            self.findings.append(f"{where}: {referrer} {ref[0]} still names deleted {key} (retrieve)")
        if listed is not None and _names(listed, outer, name, key):
            self.findings.append(f"{where}: {referrer} {ref[0]} still names deleted {key} (list)")
        if (shown.status_code == 200) != (listed is not None):
            self.findings.append(f"{where}: retrieve answered {shown.status_code}, list shows it: {listed is not None}")
        if self.gl_names(target, key):
            self.findings.append(f"{where}: GL lines still name deleted {key}")

    def balanced(self) -> None:
        difference = trial_balance_difference(self.c)
        if difference != Decimal(0):
            self.findings.append(f"the trial balance is off by {difference}")


@pytest.fixture(scope="module")
def sweep(app: t.Any) -> t.Iterator[Sweep]:
    """One demo workspace for the whole sweep (every pair makes its own objects)."""
    with TestClient(app, headers={"Authorization": "Token delete-sweep"}) as c:
        assert c.post("/__campfire_mock__/reset").status_code == 200
        yield Sweep(c)
        c.post("/__campfire_mock__/reset")


def test_deleting_a_referenced_object_leaves_nothing_dangling(sweep: Sweep) -> None:
    """Every swept relation's target, once deleted (or refused with a 409 naming its referrer), leaves no
    referrer, GL line or trial balance naming a gone object, and no answer is a 5xx."""
    sweep.findings.clear()
    for pair in _sample(PAIRS):
        sweep.pair(pair)
    sweep.balanced()
    assert not sweep.findings, "\n".join(sweep.findings)


def test_deleting_with_a_replacement_moves_every_referrer_to_it(sweep: Sweep) -> None:
    """A delete naming a replacement (``?new_department=``, ``new_tag``, ``new_vendor``, ``new_account``, as
    upstream documents) answers 2xx and leaves every swept referrer naming the replacement, none the gone one."""
    pairs = _sample([p for p in PAIRS if p[3] in REPLACEMENTS], referrers=False)
    assert {p[3] for p in pairs} == set(REPLACEMENTS) == {"department", "/coa/api/tag", "vendor", "/ca/api/account"}
    sweep.findings.clear()
    for pair in pairs:
        sweep.pair(pair, reassign=True)
    sweep.balanced()
    assert not sweep.findings, "\n".join(sweep.findings)


#: How each document is paid from a bank transaction (its ``payments[].payment_transaction``): the path and the
#: body, given the document's id and the transaction's.
PAYING: dict[str, t.Callable[[int, int], tuple[str, dict[str, t.Any]]]] = {
    "/coa/api/v1/invoice": lambda doc, txn: (
        "/coa/api/v1/invoice/bulk-apply-payment",
        {"transaction_id": txn, "invoice_ids": [doc], "payment_date": "2026-03-01"},
    ),
    "/coa/api/v1/bill": lambda doc, txn: (
        f"/coa/api/v1/bill/{doc}/pay/",
        {"transactions": [{"transaction_id": txn, "amount": 100}]},
    ),
    "/coa/api/v1/debit-memo": lambda doc, txn: (
        f"/coa/api/v1/debit-memo/{doc}/mark-used",
        {"transaction_id": txn, "account_id": 1010, "amount": 10, "payment_date": "2026-05-10"},
    ),
    "credit_memo": lambda doc, txn: (
        f"/coa/api/v1/credit-memo/{doc}/mark-used",
        {"transaction_id": txn, "account_id": 1010, "amount": 10, "payment_date": "2026-03-01"},
    ),
}


@pytest.mark.parametrize("document", sorted(PAYING))
def test_deleting_a_bank_transaction_a_payment_took_from_is_refused_naming_the_document(
    sweep: Sweep, document: str
) -> None:
    """A new bank transaction paying a new document (its ``payments[].payment_transaction``) cannot be deleted:
    a 409 naming the document, which still reads paid from it, the books unchanged."""
    txn = sweep.c.post("/ca/api/transaction", json={"account": 1010, "amount": "500.00", "date": "2026-03-01"})
    assert txn.status_code == 201, txn.text
    made = sweep.make(document)
    assert isinstance(made, dict), made.text
    path, body = PAYING[document](int(made["id"]), int(txn.json()["id"]))
    paid = sweep.c.post(path, json=body)
    assert paid.status_code in (200, 201), paid.text
    before = trial_balance_difference(sweep.c)
    gone = sweep.c.delete(f"/ca/api/transaction/{txn.json()['id']}")
    assert gone.status_code == 409, gone.text
    label = document.rsplit("/", 1)[-1].replace("-", " ").replace("_", " ")
    assert f"{label} {made['id']}" in gone.json()["detail"], gone.text
    shown = sweep.c.get(KINDS[document].item(int(made["id"]))).json()
    assert any(p.get("payment_transaction") == txn.json()["id"] for p in shown["payments"]), shown["payments"]
    assert sweep.c.get(f"/ca/api/transaction/{txn.json()['id']}").status_code == 200
    assert trial_balance_difference(sweep.c) == before == 0


def test_an_update_moves_what_a_delete_is_guarded_by(sweep: Sweep) -> None:
    """A referrer changed (PATCH) to name another object frees the one it named (its delete answers 2xx), and
    the new one's delete is refused or leaves nothing dangling, as for a created referrer."""
    sweep.findings.clear()
    pairs = [p for p in PAIRS if p[1] is None and p[:3] not in NOT_KEPT and p[2] in PATCHED.get(p[0], ())]
    for pair in _sample(pairs, referrers=False):
        sweep.pair(pair, update=True)
    sweep.balanced()
    assert not sweep.findings, "\n".join(sweep.findings)


#: kind -> the delete paths besides its own (a vendor is deleted as a customer too: one table).
OTHER_DELETES = {
    p.kind: p.path
    for p in PLANS.values()
    if p.kind in KINDS and p.action == "destroy" and not p.parents and p.path != KINDS[p.kind].retrieve.path
}


def test_every_delete_path_of_an_object_is_guarded(sweep: Sweep) -> None:
    """An object deleted through another collection's path (a vendor as ``/rr/api/v1/customers/{id}``) is refused
    or leaves nothing dangling, as through its own."""
    sweep.findings.clear()
    assert OTHER_DELETES == {"vendor": "/rr/api/v1/customers/{id}"}
    for pair in _sample([p for p in PAIRS if p[3] in OTHER_DELETES]):
        sweep.pair(pair, via=OTHER_DELETES[pair[3]])
    assert not sweep.findings, "\n".join(sweep.findings)


#: kind -> the fields its own PATCH writes (a bill draft's PATCH does not take its ``source_file``).
PATCHED = {
    p.kind: set(_schema(p.request or {}).get("properties", {}))
    for p in PLANS.values()
    if p.kind in KINDS and p.action == "partial_update" and not p.parents and p.path == KINDS[p.kind].retrieve.path
}
SETTINGS = "/coa/api/chart-account-settings"


def test_an_account_the_chart_settings_name_cannot_be_deleted(sweep: Sweep) -> None:
    """Each account field of the workspace's one chart settings object (a singleton: no create, no delete)
    guards the account it names: its delete is a 409 naming the settings, and the settings keep it."""
    fields = sorted(RELATIONS.fields[SETTINGS])
    assert len(fields) >= 10 and all(RELATIONS.fields[SETTINGS][f] == "account" for f in fields)
    for name in fields if DEEP else fields[:3]:
        account = sweep.make("account")
        assert isinstance(account, dict), account.text
        assert sweep.c.put(SETTINGS, json={name: account["id"]}).status_code == 200
        gone = sweep.c.delete(f"/coa/api/account/{account['id']}")
        assert gone.status_code == 409, (name, gone.text)
        assert gone.json() == {"detail": "This account cannot be deleted: chart account settings 1 refers to it."}
        assert sweep.c.get(SETTINGS).json()[name] == account["id"]
