"""An invoice line's answer (``AccountingInvoiceLine``): a function generated once from its schema
(``AnswerPlan.builder``: one dict literal in the schema's order), and what of it is checked by construction.

``LINE_BUILT`` says what the builder writes of a line itself (its id, its relation ids, its flag and its
timestamps): values of the line's typed fields in forms that cannot break the schema where it takes every such
value (``AnswerPlan.trust``). What it reads from outside the line's typed fields (the names of its product and
department, its description, currency and amounts, its stored extras) is checked on every answer.
"""

from __future__ import annotations

import typing as t
from datetime import datetime
from decimal import Decimal

from ..openapi.answer_plan import AnswerPlan, Built
from ..wire import format_timestamp, jsonable
from .answer_values import NUMBERS, day, extras, money, ref_text

#: What a line's answer shows of the line itself.
LINE_FIXED = frozenset(
    {
        *("id", "product", "product_name", "stripe_product_id", "product_is_taxable", "anrok_item_id"),
        *("sphere_item_id", "department", "department_name", "department_code", "service_date", "description"),
        *("quantity", "rate", "currency", "amount", "tax", "discount", "created_at", "last_modified_at"),
        *("discount_amount", "customer"),
    }
)

#: The form of Campfire's timestamps in the spec (``spec/vendoring/timestamps.py``), which
#: ``wire.format_timestamp`` writes (``2025-07-25T18:54:43+0000``; the clock's years have four digits).
STAMP_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:?\d{2})$"
ID = Built(frozenset({"integer"}))
ID_OR_NULL = Built(frozenset({"integer", "null"}))
STAMP = Built(frozenset({"string"}), frozenset({STAMP_PATTERN}))

#: What the builder writes of a line's own typed fields, and in what form: its ids (drawn by the workspace, or
#: relation ids read and looked up), the product's flag as a bool, its timestamps (``format_timestamp``).
LINE_BUILT = {
    "id": ID,
    "product": ID_OR_NULL,
    "department": ID_OR_NULL,
    "product_is_taxable": Built(frozenset({"boolean"})),
    "created_at": STAMP,
    "last_modified_at": STAMP,
    "customer": ID,
}

#: How a line's answer reads its line (``ln``), its product (``product``) and department (``department``):
#: source run before its dict literal (``AnswerPlan.builder``), the names looked up once (``_look``: a table's
#: ``Table.look``, without its call).
_LINE_PRELUDE = (
    "p, dp, cm, mm = ln.product, ln.department, ln.created_at, ln.last_modified_at",
    "stripe = anrok = sphere = pname = dname = dcode = None",
    "taxable = False",
    "if p is not None:",
    "    product = _look(refs['product'], p)",
    "    if product:",
    "        g = product.get",
    *(
        f"        {name} = v if (v := g({key!r})) is None or type(v) is str else _jsonable(v)"
        for name, key in (
            ("stripe", "stripe_product_id"),
            ("anrok", "anrok_item_id"),
            ("sphere", "sphere_item_id"),
            ("pname", "product_name"),
        )
    ),
    "        taxable = bool(g('is_taxable'))",
    "if dp is not None:",
    "    department = _look(refs['department'], dp)",
    "    if department:",
    "        dname, dcode = _j(department.get('name')), _j(department.get('code'))",
    "c = _stamp(cm) if type(cm) is _datetime else _jsonable(cm)",
    "m = c if mm is cm else _stamp(mm) if type(mm) is _datetime else _jsonable(mm)",
)
#: Each property a line's answer writes (``None`` from one in ``_LINE_OPTIONAL`` leaves its empty value).
_LINE_VALUES = {
    "id": "ln.id",
    "product": "p",
    "product_name": "pname",
    "stripe_product_id": "stripe",
    "product_is_taxable": "taxable",
    "anrok_item_id": "anrok",
    "sphere_item_id": "sphere",
    "department": "dp",
    "department_name": "dname",
    "department_code": "dcode",
    "service_date": "None if (sd := ln.service_date) is None else _day(sd)",
    "description": "ln.description",
    **{
        key: f"(_N[x] if x else 0) if type(x := ln.{key}) is _Decimal else _money(x)"
        for key in ("quantity", "rate", "amount", "tax", "discount", "discount_amount")
    },
    "currency": "ln.currency",
    "created_at": "c",
    "last_modified_at": "m",
    "customer": "customer",
}
_LINE_OPTIONAL = frozenset(_LINE_VALUES) - {
    *("id", "product_is_taxable", "quantity", "rate", "amount", "tax", "discount", "currency"),
    *("created_at", "last_modified_at", "discount_amount"),
}


def _line_builder(plan: AnswerPlan, shown: frozenset[str]) -> t.Callable[..., dict[str, t.Any]]:
    """A line's answer (``AccountingInvoiceLine``) as one dict literal (``AnswerPlan.builder``), then its stored
    extras (of ``shown``: never a property the line shows of itself). Where the plan is checked by parts, the
    builder also gives what of a line it cannot vouch for (``checks``): what it reads from outside the line's
    typed fields (``LINE_BUILT`` less what the plan trusts) and its extras."""
    if set(_LINE_VALUES) != LINE_FIXED or not LINE_BUILT.keys() <= LINE_FIXED:
        raise ValueError("a line's answer writes what LINE_FIXED lists")
    checked = None
    if plan.split and not plan.always.keys() - LINE_FIXED:  # else every line is checked whole
        checked = [prop for prop in plan.template if prop in LINE_FIXED and prop not in plan.built]
    return plan.builder(
        "ln, refs, customer",
        _LINE_PRELUDE,
        _LINE_VALUES,
        _LINE_OPTIONAL,
        {
            **{"_N": NUMBERS, "_Decimal": Decimal, "_datetime": datetime, "_stamp": format_timestamp},
            **{"_jsonable": jsonable, "_j": ref_text, "_money": money, "_day": day, "_look": dict.get},
            **{"_extras": extras, "_shown": shown},
        },
        ("x = _extras(ln.extra, _shown) if ln.extra else None", "if x:", "    out.update(x)"),
        checked,
        ("if x:", "    chk.update(x)"),
    )


__all__ = ["ID", "ID_OR_NULL", "LINE_BUILT", "LINE_FIXED", "STAMP", "STAMP_PATTERN"]
