"""References between stored objects: checked when written, kept when the object they name is deleted.

A relation is a field of one kind naming an object of another (``openapi/relations.py`` reads them
from the spec: ``kind -> field -> target kind``, and the same for the items of a list field such as
``lines``). Here they are applied to a workspace:

* ``invalid_references``: a create or update naming an object that does not exist (or is deleted)
  gets Django REST Framework's ``PrimaryKeyRelatedField`` message, ``Invalid pk "N" - object does not
  exist.``, under the field (inside a list, at the item's position, as DRF nests them);
* ``referrers``: the live objects that name a given one (the stored objects of every kind and their
  lines, the invoices and their lines, and, for an account, the ledger's lines: posting rules find
  accounts by role), which a delete refuses with 409 saying who refers;
* ``reassign``: every such reference moved to another object (``DELETE /coa/api/department/{id}
  ?new_department=``, ``?new_tag=``, ``?new_vendor=``, ``?new_account=``, as upstream documents).
"""

from __future__ import annotations

import typing as t

from .entries import BOOKS, entry_order
from .generic import PARENT, is_deleted, parent_field
from .ledger import Books, ledger
from .topics import OBJECT_TYPES
from .values import rel_id
from .workspace import Workspace

Row = dict[str, t.Any]
#: One relation: the referring kind, the list field its items are in (``None`` for a top-level field),
#: and the field.
Link = tuple[str, str | None, str]
#: How many referrers a refusal names.
NAMED_REFERRERS = 3
#: The hand-written invoices' kind, as the spec plan names it (stored in ``ws.invoices``).
INVOICES = "/coa/api/v1/invoice"
#: Fields of a posted GL line, by the kind they name, that no stored document holds: the accounts the
#: posting rules find by their role in the chart (documents' departments and vendors are stored).
POSTING_FIELDS = {"account": "account"}
#: Lists a kind stores under another name than its answer's, where the row has it: a manual journal entry
#: written through the API keeps its lines (``transactions``) under ``_lines`` (``domain/journal_entries.py``),
#: the parts of an intercompany entry included; a seeded one keeps ``transactions`` as written.
STORED_LISTS = {("/coa/api/journal_entry", "transactions"): "_lines"}
INVALID_PK = 'Invalid pk "{}" - object does not exist.'


def exists(ws: Workspace, kind: str, key: int) -> bool:
    """Whether ``kind`` holds a live object ``key``."""
    if kind == "invoice":
        return ws.invoices.look(key) is not None
    try:
        row = ws.table(kind).look(key)
    except KeyError:
        return True  # a kind the twin does not store: nothing to check against
    return row is not None and not is_deleted(row)


#: A related object's attributes a ``<relation>_<suffix>`` field shows, first found first.
RELATED_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "name": ("name", "display_name", "product_name", "deal_name", "bundle_name", "milestone_name", "title"),
    "number": ("number", "account_number", "invoice_number", "bill_number"),
    "code": ("code",),
    "currency": ("currency",),
    "email": ("email",),
    "type": ("account_type", "type"),
    "subtype": ("account_subtype", "subtype"),
    "status": ("status",),
    "notes": ("notes",),
}


def related_values(
    ws: Workspace,
    values: Row,
    props: t.Iterable[str],
    target: t.Callable[[str], str | None],
    answered: t.Mapping[str, t.Mapping[str, t.Any]] | None = None,
) -> Row:
    """The ``props`` that ``values`` lacks and its relations tell (``entity_name`` from the entity its
    ``entity`` names; ``currency`` from its entity, else its account; ``parent_department`` the parent of its
    department, and that one's name); ``target`` names a field's kind; ``answered``: kind -> attribute -> what
    that kind's answer shows where its stored object lacks the attribute (``Relations.answered``)."""
    props = list(props)
    listed = set(props)
    out: Row = {}
    for prop in props:  # ``parent_department``: the parent of the department the object names
        rest = prop.removeprefix("parent_")
        kind = target(rest) if rest != prop and values.get(prop) in (None, "") else None
        key = values.get(rest)
        found = related_row(ws, kind, key) if kind not in (None, "invoice") and isinstance(key, int) else None
        if found is not None and rel_id(found.get("parent")) is not None:
            out[prop] = rel_id(found.get("parent"))
    values = {**values, **out}
    for prop in props:
        if values.get(prop) not in (None, ""):
            continue
        base, _, suffix = prop.rpartition("_")
        if prop == "currency":
            base, suffix = ("entity" if "entity" in values else "account"), "currency"
        kind = target(base) if base and suffix in RELATED_ATTRIBUTES else None
        key = rel_id(values.get(base)) if kind is not None and kind != "invoice" else None
        found = related_row(ws, t.cast(str, kind), key) if isinstance(key, int) else None
        if found is not None:
            out[prop] = next((found[a] for a in RELATED_ATTRIBUTES[suffix] if found.get(a) not in (None, "")), None)
        elif prop.endswith("_count") and prop.removesuffix("_count") + "s" in listed:
            items = values.get(prop.removesuffix("_count") + "s")  # ``line_count``: how many ``lines``
            out[prop] = len(items) if isinstance(items, list) else 0
        else:
            told = _attribute(ws, values, prop, target, answered or {})
            if told is not None:
                out[prop] = told
    return out


def _attribute(
    ws: Workspace,
    values: Row,
    prop: str,
    target: t.Callable[[str], str | None],
    answered: t.Mapping[str, t.Mapping[str, t.Any]],
) -> t.Any:
    """``<relation>_<attribute>`` (``asset_class_useful_life``): that attribute of the object the relation
    names as the object answers it: its stored value, else what its answer shows without one (``answered``:
    a product's ``is_renewable`` answers ``false``) (``<attribute>_display``: the attribute, as Django shows
    it)."""
    if prop.endswith("journal_entry_order"):
        return _entry_order(ws, values.get(prop.removesuffix("_order")))
    at = prop.find("_")
    while at > 0:
        key = values.get(prop[:at])
        kind = target(prop[:at]) if isinstance(key, int) and not isinstance(key, bool) else None
        found = related_row(ws, kind, t.cast(int, key)) if kind not in (None, "invoice") else None
        name = prop[at + 1 :]
        if found is not None and name.endswith("_display") and found.get(name) in (None, ""):
            name = name.removesuffix("_display")  # Django's get_FOO_display: the field as shown
        if found is not None and found.get(name) not in (None, ""):
            return found[name]
        if found is not None and found.get(name) is None and name in answered.get(t.cast(str, kind), {}):
            return answered[t.cast(str, kind)][name]
        at = prop.find("_", at + 1)
    return None


def _entry_order(ws: Workspace, key: t.Any) -> str | None:
    """``<...>journal_entry_order`` (a fixed asset's ``purchase_journal_entry_order``): the ``order`` of the
    journal entry its relation names, as that entry answers it (its id in seven digits), when the entry is in
    the ledger (a manual entry or one a document posts); null otherwise (no entry, or an id naming none:
    journal entries are not checked on writes, ``openapi/relations.py``)."""
    order = entry_order(key)
    return None if order is None or ledger(ws).entry(key) is None else order


def related_row(ws: Workspace, kind: str, key: int) -> Row | None:
    """The stored object ``key`` of ``kind`` (deleted or not: a name stays readable), if any."""
    try:
        return t.cast("Row | None", ws.table(kind).look(key))
    except KeyError:
        return None


def _ref(value: t.Any) -> int | None:
    """The id one element of a reference names: an id (``8355``, ``"8355"``) or an object naming one by its
    ``id`` (``{"id": 8355, "name": ...}``)."""
    return rel_id(value.get("id")) if isinstance(value, dict) else rel_id(value)


def _refs(value: t.Any) -> list[int]:
    """Every id a field names: itself, or each element of a list of references (``tag_ids``, ``tags``)."""
    found = [_ref(v) for v in value] if isinstance(value, list) else [rel_id(value)]
    return [k for k in found if isinstance(k, int)]


def _moved(value: t.Any, old: int, new: int, replacement: t.Mapping[str, t.Any]) -> t.Any:
    """``value`` with its references to ``old`` naming ``new`` instead: a list's elements each; an object
    element names ``new`` by ``id`` and takes its other fields (a tag's ``name``) from ``replacement``."""
    if isinstance(value, list):
        return [_moved_one(v, new, replacement) if _ref(v) == old else v for v in value]
    return new if rel_id(value) == old else value


def _moved_one(value: t.Any, new: int, replacement: t.Mapping[str, t.Any]) -> t.Any:
    if not isinstance(value, dict):
        return new
    return {**value, **{k: replacement[k] for k in value if k in replacement}, "id": new}


#: DRF's ``PrimaryKeyRelatedField`` message for a value that is no id at all.
INCORRECT_TYPE = "Incorrect type. Expected pk value, received {}."


def _json_type(value: t.Any) -> str:
    """The Python type name DRF's message shows: that of the first element naming no id."""
    for item in value if isinstance(value, list) else [value]:
        try:
            _ref(item)
        except (TypeError, ValueError):
            return type(item.get("id") if isinstance(item, dict) else item).__name__
    return type(value).__name__


def _check(ws: Workspace, fields: t.Mapping[str, str], values: Row) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    for name, target in fields.items():
        if name not in values:
            continue
        try:
            keys = _refs(values[name])
        except (TypeError, ValueError):  # a list, an object without an id, a boolean: DRF's words for them
            errors[name] = [INCORRECT_TYPE.format(_json_type(values[name]))]
            continue
        missing = [key for key in keys if not exists(ws, target, key)]
        if missing:
            errors[name] = [INVALID_PK.format(missing[0])]
    return errors


def invalid_references(
    ws: Workspace,
    fields: t.Mapping[str, str],
    nested: t.Mapping[str, t.Mapping[str, str]],
    values: Row,
) -> dict[str, t.Any]:
    """Field errors for every relation in ``values`` naming nothing (empty when all of them exist)."""
    errors: dict[str, t.Any] = dict(_check(ws, fields, values))
    for outer, inner in nested.items():
        items = values.get(outer)
        if not isinstance(items, list):
            continue
        found = [_check(ws, inner, item) if isinstance(item, dict) else {} for item in items]
        if any(found):
            errors[outer] = found
    return errors


def _rows(ws: Workspace, kind: str) -> t.Iterator[tuple[int, Row]]:
    try:
        table = ws.table(kind)
    except KeyError:
        return
    for key, row in sorted(dict.items(table)):
        if not is_deleted(row):
            yield key, row


def _stored(kind: str, outer: str | None, row: t.Mapping[str, t.Any]) -> str | None:
    """Where ``row`` of ``kind`` keeps the list its answers call ``outer``."""
    if outer is None:
        return None
    found = STORED_LISTS.get((kind, outer))
    return found if found is not None and found in row else outer


def _names(row: t.Mapping[str, t.Any], outer: str | None, field: str, key: int) -> bool:
    if outer is None:
        return key in _refs(row.get(field))
    items = row.get(outer)
    return isinstance(items, list) and any(isinstance(i, dict) and key in _refs(i.get(field)) for i in items)


#: Labels of kinds stored under another path than their webhook type's (one object, one label, counted once).
LABELS = {
    "/ca/api/transaction": "bank transaction",
}


def _label(kind: str) -> str:
    """How a 409 names an object of ``kind``: its webhook object type in words (``bank account`` for
    ``/ca/api/account``, ``budget account``), else its collection's last word in the singular."""
    if kind in LABELS:
        return LABELS[kind]
    if kind in OBJECT_TYPES:
        return OBJECT_TYPES[kind].replace("_", " ")
    word = [s for s in kind.strip("/").split("/") if not s.startswith("{")][-1].replace("-", " ").replace("_", " ")
    return word.removesuffix("es") if word.endswith(("ches", "shes", "sses", "xes")) else word.removesuffix("s")


def referrers(ws: Workspace, links: t.Iterable[Link], target: str, key: int) -> list[tuple[str, int]]:
    """The live objects (label, id) naming ``key`` of ``target``, in a stable order."""
    found: list[tuple[str, int]] = []
    for kind, outer, field in links:
        if kind == INVOICES:
            invoices = sorted(dict.items(ws.invoices))
            found += [("invoice", i) for i, inv in invoices if _invoice_names(inv, outer, field, key)]
            continue
        found += [
            (_label(kind), k)
            for k, row in _rows(ws, kind)
            if (k != key or kind != target) and _names(row, _stored(kind, outer, row), field, key)
        ]
    if not found and target in POSTING_FIELDS.values():  # the ledger's lines (an account found by its role)
        fields = [f for f, to in POSTING_FIELDS.items() if to == target]
        found += [("journal entry", e) for e in _posting_entries(ws, fields, key)]
    return list(dict.fromkeys(found))


def _posting_entries(ws: Workspace, fields: t.Sequence[str], key: int) -> list[int]:
    """The ids of the entries with a line naming ``key`` in one of ``fields`` (``account``, ``vendor``,
    ``department``), ascending: a mask over the ledger's columns, no line made. The ledger is the one the
    last commit left (a delete checks before it changes anything), or built afresh when that one is out of
    date (a whole rebuild inside a write costs seconds at 100,000 invoices)."""
    import numpy as np

    books = ws.derived.get(BOOKS)
    if isinstance(books, Books) and books.version == ws.heard_at(BOOKS) and not books.dirty:
        cols = books.ledger.columns()
    else:
        cols = ledger(ws).columns()
    named = {"account": cols.account_raw, "vendor": cols.vendor, "department": cols.department}
    mask = np.zeros(len(cols.alive), dtype=np.bool_)
    for name in fields:
        mask |= named[name] == key
    return [int(e) for e in np.unique(cols.entry_id[mask & cols.alive]).tolist()]


def _invoice_names(inv: t.Any, outer: str | None, field: str, key: int) -> bool:
    """Whether an invoice (or one of its lines) names ``key`` in ``field`` (a model attribute or an extra)."""
    if outer is None:
        return key in _refs(getattr(inv, field, inv.extra.get(field)))
    if outer != "lines":
        return False
    return any(key in _refs(getattr(ln, field, ln.extra.get(field))) for ln in inv.lines)


def refusal(kind_label: str, key: int, found: list[tuple[str, int]]) -> str:
    """A 409's message: what refers to the object, the first few by kind and id."""
    named = ", ".join(f"{label} {ref}" for label, ref in found[:NAMED_REFERRERS])
    more = f" and {len(found) - NAMED_REFERRERS} more" if len(found) > NAMED_REFERRERS else ""
    verb = "refers" if len(found) == 1 else "refer"
    return f"This {kind_label} cannot be deleted: {named}{more} {verb} to it."


def touched(ws: Workspace, row: Row) -> None:
    """A stored object changed by a write that did not name it (a move to a replacement): modified now, as
    DRF's ``auto_now`` stamps every save, so a ``last_modified_at__gte`` sync lists it again."""
    for name in ("last_modified_at", "updated_at"):
        if name in row:
            row[name] = ws.now_text()


def reassign(ws: Workspace, links: t.Iterable[Link], target: str, old: int, new: int) -> int:
    """Every stored reference to ``old`` of ``target`` moved to ``new``, each object moved modified now;
    how many objects changed."""
    changed = 0
    replacement = related_row(ws, target, new) or {}
    for kind, outer, field in links:
        if kind == INVOICES:
            for i, inv in sorted(dict.items(ws.invoices)):
                if _invoice_names(inv, outer, field, old):
                    moved = ws.invoices.get(i)
                    _move_invoice(moved, outer, field, old, new, replacement)
                    if moved is not None:
                        moved.last_modified_at = ws.clock.now()
                    changed += 1
            continue
        for k, row in list(_rows(ws, kind)):
            held = _stored(kind, outer, row)
            if not _names(row, held, field, old) or (kind == target and k == old):
                continue
            stored: Row = ws.table(kind).get(k, row)
            if held is None:
                stored[field] = _moved(stored.get(field), old, new, replacement)
            else:
                stored[held] = [
                    {**i, field: _moved(i[field], old, new, replacement)} if isinstance(i, dict) and field in i else i
                    for i in stored[held]
                ]
            touched(ws, stored)
            changed += 1
    return changed


def _move_invoice(
    inv: t.Any, outer: str | None, field: str, old: int, new: int, replacement: t.Mapping[str, t.Any]
) -> None:
    holders = [inv] if outer is None else list(inv.lines)
    for holder in holders:
        if hasattr(holder, field) and old in _refs(getattr(holder, field)):
            setattr(holder, field, _moved(getattr(holder, field), old, new, replacement))
        elif old in _refs(holder.extra.get(field)):
            holder.extra[field] = _moved(holder.extra[field], old, new, replacement)


__all__ = [
    "PARENT",
    "Link",
    "exists",
    "invalid_references",
    "parent_field",
    "reassign",
    "referrers",
    "refusal",
    "related_row",
    "related_values",
    "touched",
]
