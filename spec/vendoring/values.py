"""Value shapes: relations, decimal text and integer bounds."""

from __future__ import annotations

from typing import Any

from vendoring.common import MARK, _changed

#: An invoice's writable relations, written whole (``AccountingInvoice``) or in part (``PatchedAccountingInvoice``).
_INVOICE_RELATIONS = (
    "entity",
    "client",
    "contract",
    "payment_term",
    "department",
    "tax_rate",
    "stripe_connection",
    "avalara_connection",
    "sphere_connection",
    "anrok_connection",
    "source_file",
)
#: Writable relations that Django REST Framework accepts as numeric strings.
RELATION_FIELDS = {
    "AccountingInvoice": _INVOICE_RELATIONS,
    "PatchedAccountingInvoice": _INVOICE_RELATIONS,
    "AccountingInvoiceLine": (
        "product",
        "product_bundle",
        "department",
        "withholding_tax_rate",
    ),
    "AccountingCreditMemo": (
        "entity",
        "client",
        "credit_account",
        "contract",
        "anrok_connection",
        "avalara_connection",
        "sphere_connection",
    ),
    "AccountingCreditMemoLine": ("product", "account", "tax_rate", "department"),
    "Contract": ("entity", "client", "department"),
    "Vendor": ("parent", "stripe_connection", "payment_term"),
    "Product": ("department", "invoice_account", "revenue_account", "ar_account"),
    "MarkPaidTransaction": (
        "transaction_match_id",
        "transaction_id",
        "account_id",
        "credit_account_id",
        "writeoff_account_id",
        "withholding_tax_rate_id",
    ),
    "MarkPaidEmptyTransaction": ("account_id", "department_id", "withholding_tax_rate_id"),
}


#: What drf-spectacular writes for a primary-key relation: a bare integer (a model ``IntegerField`` carries
#: its column's ``minimum``/``maximum``, a serializer field with an example carries the example).
RELATION_KEYS = frozenset({"type", "nullable", "writeOnly"})


def relation_fields(schemas: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Writable relation fields by schema: the listed ones, and every writable bare integer."""
    found: dict[str, tuple[str, ...]] = {}
    for schema_name, schema in schemas.items():
        listed = RELATION_FIELDS.get(schema_name, ())
        bare = [
            name
            for name, node in schema.get("properties", {}).items()
            if node.get("type") == "integer" and set(node) <= RELATION_KEYS and name not in listed
        ]
        if listed or bare:
            found[schema_name] = (*listed, *bare)
    return found


def _either(node: dict[str, Any], choices: list[dict[str, Any]]) -> dict[str, Any]:
    """``node`` as any of ``choices``, keeping its nullability, ``writeOnly`` and ``description``."""
    new: dict[str, Any] = {"anyOf": choices}
    if node.get("nullable"):
        new["nullable"] = True
    for kept in ("writeOnly", "description"):
        if kept in node:
            new[kept] = node[kept]
    return new


def relax_relations(schemas: dict[str, Any]) -> None:
    """Relations accept numeric strings (and "" for null) as DRF does."""
    for schema_name, fields in relation_fields(schemas).items():
        props = schemas[schema_name]["properties"]
        for field in fields:
            node = props[field]
            if node.get("type") != "integer" or node.get("readOnly"):
                raise ValueError(f"{schema_name}.{field} is no longer a writable integer upstream")
            nullable = bool(node.get("nullable"))
            choices = [
                {"type": "integer", "nullable": True} if nullable else {"type": "integer"},
                {"type": "string", "pattern": "^[0-9]*$" if nullable else "^[0-9]+$"},
            ]
            props[field] = _changed(
                node,
                _either(node, choices),
                "Django REST Framework accepts a relation id as a numeric string"
                + (' ("" means null)' if nullable else "")
                + "; Campfire's own Create Invoice example sends them so",
            )


#: A decimal as text, as Django REST Framework's ``DecimalField`` reads it.
DECIMAL_TEXT = r"^-?[0-9]+(\.[0-9]+)?$"


def decimal_text(number: dict[str, Any]) -> str:
    """The pattern of a decimal as text within the number's bounds, where a pattern can say them: below
    ``10**k`` either way (``max_digits``: at most ``k`` whole digits), from 0 to below ``10**k`` (a rate), or
    from 0 to ``10**k`` inclusive (a percentage); any other bound is left to the ``DecimalField`` (a 400 naming it)."""
    low, high = number.get("minimum"), number.get("maximum")
    if not isinstance(high, (int, float)) or not isinstance(low, (int, float)) or high < 1:
        return DECIMAL_TEXT
    digits = len(str(int(high))) - 1
    if int(high) != 10**digits:
        return DECIMAL_TEXT
    exclusive = bool(number.get("exclusiveMaximum")) and bool(number.get("exclusiveMinimum"))
    if exclusive and low == -high and digits >= 1:
        return rf"^-?[0-9]{{1,{digits}}}(\.[0-9]+)?$"
    if number.get("exclusiveMaximum") and not number.get("exclusiveMinimum") and low == 0 and digits >= 1:
        return rf"^[0-9]{{1,{digits}}}(\.[0-9]+)?$"  # from 0 inclusive to below 10**k (a rate)
    if not number.get("exclusiveMaximum") and not number.get("exclusiveMinimum") and low == 0:
        whole = "0" if digits == 0 else f"[0-9]{{1,{digits}}}"
        return rf"^({whole}(\.[0-9]+)?|{10**digits}(\.0+)?)$"
    return DECIMAL_TEXT


def relax_decimals(schemas: dict[str, Any]) -> None:
    """Writable numbers accept a decimal string (``"2500.00"``), as DRF's ``DecimalField`` does, within the
    number's bounds where a pattern can say them (``decimal_text``)."""
    for schema in schemas.values():
        props = schema.get("properties", {})
        for field, node in list(props.items()):
            if node.get("type") != "number" or node.get("readOnly") or node.get("format") != "double":
                continue
            nullable = bool(node.get("nullable"))
            number = {k: v for k, v in node.items() if k != "writeOnly"}
            text = {"type": "string", "pattern": decimal_text(number), **({"nullable": True} if nullable else {})}
            props[field] = _changed(
                node,
                _either(node, [number, text]),
                "Django REST Framework accepts a decimal as a numeric string; Campfire's own contract"
                " bundle and subscription examples send amounts so",
            )


INT64_REASON = (
    "the service keeps integers in 64 bits (Django's BigIntegerField, PostgreSQL's bigint): a larger one is refused"
)
INT64 = {"minimum": -(2**63), "maximum": 2**63 - 1}
#: A relation id as digits (``relax_relations``) fits the same 64 bits: at most 18 digits always does.
DIGITS = ("^[0-9]*$", "^[0-9]+$")


def bound_integers(node: Any) -> Any:
    """Every integer without bounds gets the 64-bit ones, and a relation id's digits at most 18 of them
    (after any leading zeros, which DRF's ``int()`` reads away), so
    a client (and Schemathesis) knows the mock's 400 for a larger number is the service's. Marks are not
    walked into (they hold upstream's nodes as they were)."""
    if isinstance(node, list):
        return [bound_integers(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: (v if k == MARK else bound_integers(v)) for k, v in node.items()}
    if out.get("type") == "integer" and not ("minimum" in out and "maximum" in out):
        return _changed(node, {**INT64, **out}, INT64_REASON)
    if out.get("type") == "string" and out.get("pattern") in DIGITS:  # leading zeros read as DRF's int() does
        digits = "^0*[0-9]{0,18}$" if out["pattern"] == DIGITS[0] else "^0*[0-9]{1,18}$"
        return _changed(node, {**out, "pattern": digits}, INT64_REASON)
    return out
