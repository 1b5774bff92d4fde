"""Nullable fields: where Campfire answers null (unset dates, unsent values, unknown figures)."""

from __future__ import annotations

from typing import Any

from vendoring.common import HTTP_METHODS, MARK, _changed

#: Read-only dates that upstream calls non-nullable, though nothing can fill them until it happens.
NULL_UNTIL_SET = {
    "AccountingCreditMemo": ("voided_date",),
    "AccountingBill": ("voided_date",),
    "AccountingDebitMemo": ("voided_date",),
    "Contract": ("effective_end_date", "working_end_date"),
}


def nullable_dates(schemas: dict[str, Any]) -> None:
    """A credit memo that is not voided has no void date; an evergreen contract has no end date."""
    for schema_name, fields in NULL_UNTIL_SET.items():
        props = schemas[schema_name]["properties"]
        for field in fields:
            node = props[field]
            props[field] = _changed(node, {**node, "nullable": True}, "null until the date exists")


#: GL line schemas whose ``entity`` is the entry's, which an entry posted without an entity lacks.
LINE_ENTITY_SCHEMAS = ("ChartTransaction", "PatchedChartTransaction")
LINE_ENTITY_REASON = (
    "a GL line's entity is its journal entry's, and a journal entry may be posted without an entity (the"
    " journal entry's own `entity` is nullable upstream): its lines answer null there, not an invented 0"
)


def nullable_line_entity(schemas: dict[str, Any]) -> None:
    """A GL line of an entry posted without an entity answers ``entity`` null, as the entry does."""
    for schema_name in LINE_ENTITY_SCHEMAS:
        props = schemas[schema_name]["properties"]
        node = props["entity"]
        integer, text = node.get("anyOf", ({}, {}))  # as ``relax_relations`` leaves a non-null relation
        if node.get("nullable") or integer.get("type") != "integer" or text.get("pattern") != "^[0-9]+$":
            raise ValueError(f"{schema_name}.entity is no longer a non-null relation id")
        branches = [{**integer, "nullable": True}, {**text, "pattern": "^[0-9]*$"}]  # "" is null, as DRF reads it
        nullable = {k: v for k, v in node.items() if k != MARK} | {"anyOf": branches, "nullable": True}
        props["entity"] = _changed(node, nullable, LINE_ENTITY_REASON)


#: Read-only client fields that Campfire's Retrieve Invoice example shows as null for a client without them.
NULL_CLIENT_FIELDS = ("client_email", "client_invoice_message")


def nullable_client_fields(schemas: dict[str, Any]) -> None:
    """A client with no e-mail or invoice message shows null there (the docs' own example), not ``""``."""
    for schema_name in ("AccountingInvoice", "AccountingInvoiceList"):
        props = schemas[schema_name]["properties"]
        for field in NULL_CLIENT_FIELDS:
            node = props[field]
            props[field] = _changed(
                node, {**node, "nullable": True}, "null when the client has none, as Retrieve Invoice's example shows"
            )


#: Read-only fields the server always fills, which stay as upstream types them.
ALWAYS_SET = frozenset({"id", "created_at", "last_modified_at", "updated_at", "customer"})
NULL_READ_ONLY_REASON = (
    "null where the object has no value: real responses show null for read-only fields upstream calls"
    " non-nullable (observed shapes: intercompany_journal, reconciliation_report, opposing_account_name,"
    " client_terms, deleted_at, voided_date), as Django REST Framework renders a field whose source is"
    " None (rest_framework/serializers.py, Serializer.to_representation)"
)


def nullable_read_only(schemas: dict[str, Any]) -> None:
    """Read-only strings and integers (names and ids of relations, orders, dates) answer null where the
    object has none, as real responses do, instead of a made-up ``""``, ``0`` or today. Read-only numbers
    (balances, totals) stay as upstream types them: the twin computes them, ``0`` included."""
    for schema in schemas.values():
        props = schema.get("properties", {})
        for name, node in list(props.items()):
            if (
                name in ALWAYS_SET
                or not node.get("readOnly")
                or node.get("nullable")
                or MARK in node
                or "enum" in node
                or node.get("type") not in ("string", "integer")
            ):
                continue
            props[name] = _changed(node, {**node, "nullable": True}, NULL_READ_ONLY_REASON)


#: Writable fields whose upstream description states the default the service gives them (schema -> field
#: -> the default): evidence the schema's ``default`` keyword omits.
DESCRIBED_DEFAULTS: dict[str, dict[str, Any]] = {
    # "Default is FIXED_END."
    "ContractSubscription": {"renewal_behavior": "FIXED_END"},
}
DESCRIBED_DEFAULT_REASON = "the default upstream's own description of the field states"
#: Writable fields real responses always carry (observed shapes: a customer's ``status`` is a string, never
#: null) with the value the twin gives a new record: upstream's enum has no null, and a new customer or vendor
#: is active.
OBSERVED_DEFAULTS: dict[str, dict[str, Any]] = {
    "Vendor": {"status": "ACTIVE"},
    "ContractCustomer": {"status": "ACTIVE"},
}
OBSERVED_DEFAULT_REASON = (
    "real responses carry it (observed shapes: a customer's `status` is a string) and upstream's enum has no null:"
    " a record created without it is ACTIVE, as a new customer or vendor is"
)
NULL_UNSENT_REASON = (
    "null when the client sent nothing and upstream declares no default: Campfire's model default is not"
    ' published, so the twin answers null rather than a made-up "", 0 or first choice (real responses show'
    " null for unset optional fields: observed shapes, ref_number, dba, mailing_address, terms); the mark also"
    " admits null in requests, which the twin stores as not sent"
)
NULL_NESTED_REASON = (
    "null when the object has none: Django REST Framework renders a nested serializer whose source is None as"
    " null (rest_framework/serializers.py, Serializer.to_representation)"
)


def described_defaults(schemas: dict[str, Any]) -> None:
    """The defaults upstream's descriptions state, and those real responses show, become the schema's
    ``default`` (and its ``Patched`` twin's)."""
    for defaults, reason in (
        (DESCRIBED_DEFAULTS, DESCRIBED_DEFAULT_REASON),
        (OBSERVED_DEFAULTS, OBSERVED_DEFAULT_REASON),
    ):
        for schema_name, fields in defaults.items():
            # (a PATCH that leaves a field out keeps it: an observed default is the created record's only)
            names = (schema_name,) if defaults is OBSERVED_DEFAULTS else (schema_name, f"Patched{schema_name}")
            for name in names:
                props = schemas.get(name, {}).get("properties", {})
                for field, value in fields.items():
                    node = props.get(field)
                    if node is None:
                        continue
                    if "default" in node:
                        raise ValueError(f"{name}.{field} has a default upstream now")
                    props[field] = _changed(node, {**node, "default": value}, reason)


#: Documents whose figures, numbers and currencies the service derives from their lines and entity (the
#: ledger's documents and their lines and payments): their optional fields are never left unset.
DERIVED_DOCUMENTS = ("AccountingInvoice", "AccountingBill", "AccountingCreditMemo", "AccountingDebitMemo")
DERIVED_ENTRIES = ("ChartTransaction",)


def _json_ref(content: dict[str, Any]) -> str:
    return str(content.get("application/json", {}).get("schema", {}).get("$ref", "")).rsplit("/", 1)[-1]


def _object_schemas(paths: dict[str, Any], schemas: dict[str, Any]) -> list[str]:
    """The objects clients write whole and read back (an operation's request body that is also its answer; not
    ``Patched`` ones, nor the derived documents), and the objects listed inside them (``lines``)."""
    found: list[str] = []
    for item in paths.values():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            name = _json_ref(op.get("requestBody", {}).get("content", {}))
            answers = {_json_ref(r.get("content", {})) for r in op.get("responses", {}).values()}
            if (
                name in schemas
                and name in answers
                and not name.startswith(("Patched", *DERIVED_DOCUMENTS, *DERIVED_ENTRIES))
                and name not in found
            ):
                found.append(name)
    # A collection whose list answers another schema (``ReconciliationReportV2List``) shows the same objects
    # there: the same fields answer null when unsent, or the list invents what the retrieve answers null.
    found += [f"{name}List" for name in list(found) if "properties" in schemas.get(f"{name}List", {})]
    for name in list(found):
        for node in schemas[name].get("properties", {}).values():
            inner = node.get("items", {}).get("$ref", "") if node.get("type") == "array" else ""
            target = inner.rsplit("/", 1)[-1]
            if target in schemas and target not in found and "properties" in schemas[target]:
                found.append(target)
    return found


def _enum_ref(node: dict[str, Any]) -> str | None:
    """The enum schema a property names (``$ref`` or a one-part ``allOf``), if it is one."""
    parts = node.get("allOf")
    ref = parts[0].get("$ref") if isinstance(parts, list) and len(parts) == 1 else node.get("$ref")
    return ref if isinstance(ref, str) else None


def _nullable(node: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any] | None:
    """``node`` allowing null as upstream writes nullable properties, or ``None`` where it is not a scalar."""
    ref = _enum_ref(node)
    if ref is not None:
        target = schemas.get(ref.rsplit("/", 1)[-1], {})
        if "enum" not in target:
            return None
        rest = {k: v for k, v in node.items() if k not in ("allOf", "$ref")}
        return {**rest, "nullable": True, "oneOf": [{"$ref": ref}, {"$ref": "#/components/schemas/NullEnum"}]}
    if "anyOf" in node:
        return {**node, "nullable": True, "anyOf": [{**b, "nullable": True} for b in node["anyOf"]]}
    if node.get("type") in ("string", "integer", "number") and node.get("format") != "uuid":
        return {**node, "nullable": True}
    return None


def null_when_unsent(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """An optional writable field with no upstream default answers null when the client did not send it
    (numbers, relations, dates, texts and choices; booleans stay false and lists empty, as Django's fields
    default); a read-only nested object answers null where the object has none."""
    schemas.setdefault("NullEnum", {"enum": [None]})
    for schema_name in _object_schemas(paths, schemas):
        schema = schemas[schema_name]
        required = set(schema.get("required", []))
        props = schema.get("properties", {})
        for field, node in list(props.items()):
            if node.get("nullable") or "default" in node or node.get("writeOnly"):
                continue
            if node.get("readOnly"):
                ref = _enum_ref(node)
                target = schemas.get((ref or "").rsplit("/", 1)[-1], {})
                if ref is not None and "properties" in target:
                    rest = {k: v for k, v in node.items() if k not in ("allOf", "$ref")}
                    either = [{"$ref": ref}, {"$ref": "#/components/schemas/NullEnum"}]
                    props[field] = _changed(node, {**rest, "nullable": True, "oneOf": either}, NULL_NESTED_REASON)
                continue
            if field in required or field == "id":
                continue
            new = _nullable(node, schemas)
            if new is not None:
                props[field] = _changed(node, new, NULL_UNSENT_REASON)


#: Read-only figures no published rule gives and the twin does not compute, which it answers null rather
#: than 0 (schema -> fields).
UNKNOWN_FIGURES: dict[str, tuple[str, ...]] = {
    # The value of the document's tax rate: null without one (the twin keeps no tax rates).
    "AccountingInvoice": ("tax_rate_value",),
    "AccountingInvoiceList": ("tax_rate_value",),
    "AccountingBillLine": ("tax_rate_value",),
    "AccountingCreditMemoLine": ("tax_rate_value",),
    "AccountingDebitMemoLine": ("tax_rate_value",),
    # The ending balance of the account's last reconciliation: null before any.
    "ChartAccount": ("reconciliation_ending_balance",),
    # A matching rule's threshold: the twin runs no fixed-asset automation.
    "FixedAssetAutomationMatch": ("rule_threshold",),
}
UNKNOWN_FIGURE_REASON = (
    "null where nothing gives the figure: no published rule computes it and the twin keeps none, so it answers"
    " null rather than a made-up 0, as Django REST Framework renders a field whose source is None"
)
#: Figures real contracts carry that upstream's ``Contract`` lacks (observed shapes); the twin computes them
#: from the contract's invoices and revenue schedule.
CONTRACT_FIGURES = ("total_billed", "total_paid", "total_unbilled", "total_outstanding")
CONTRACT_FIGURE_REASON = (
    "real contracts carry these figures (observed shapes of captured Campfire responses); the twin computes"
    " them from the contract's invoices and revenue schedule, within the bounds their siblings carry"
    " (total_revenue, and the customer's figures of the same names: below 10**13 either way)"
)


def null_unknown_figures(schemas: dict[str, Any]) -> None:
    """Read-only figures nothing computes answer null (``UNKNOWN_FIGURES``)."""
    for schema_name, fields in UNKNOWN_FIGURES.items():
        props = schemas[schema_name]["properties"]
        for field in fields:
            node = props[field]
            if node.get("nullable") or not node.get("readOnly"):
                raise ValueError(f"{schema_name}.{field} is no longer a non-nullable read-only figure upstream")
            props[field] = _changed(node, {**node, "nullable": True}, UNKNOWN_FIGURE_REASON)


#: Names real debit memos carry that upstream's ``AccountingDebitMemo`` lacks (observed shapes); the twin reads
#: them from the memo's vendor.
#: Upstream's bounds of a contract's figure (``DecimalField(max_digits=15, decimal_places=2)``), as its
#: siblings ``total_revenue`` and a customer's ``total_billed``... carry them.
FIGURE_BOUNDS = ("maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum")


def add_contract_figures(schemas: dict[str, Any]) -> None:
    """A contract's billed, paid, unbilled and outstanding totals, as real responses show them, within the
    bounds their siblings carry (``Contract.total_revenue``; the customer's figures of the same names)."""
    props = schemas["Contract"]["properties"]
    sibling = props["total_revenue"]
    bounds = {key: sibling[key] for key in FIGURE_BOUNDS if key in sibling}
    if len(bounds) != len(FIGURE_BOUNDS):
        raise ValueError("Contract.total_revenue no longer carries both bounds upstream")
    for field in CONTRACT_FIGURES:
        if field in props:
            raise ValueError(f"Contract.{field} is upstream's now")
        props[field] = {
            "type": "number",
            "format": "double",
            **bounds,
            "readOnly": True,
            MARK: {"reason": CONTRACT_FIGURE_REASON, "added": True},
        }
