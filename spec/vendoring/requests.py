"""Request rules and components: request splits, withholding bounds and priced invoice lines."""

from __future__ import annotations

import copy
from typing import Any

from vendoring.cents import (
    BELOW_CAP,
    BELOW_CAP_TEXT,
    FROM_ZERO,
    FROM_ZERO_TEXT,
    POSITIVE_CENTS,
    POSITIVE_CENTS_TEXT,
    in_cents,
)
from vendoring.common import HTTP_METHODS, MARK, _bounded, _changed, _error_response

RULE_REASON = "a rule the service enforces (a 400 in DRF's words otherwise), stated so a client can keep it"
REPORT_PATHS = (
    "/coa/api/transaction/report",
    "/coa/api/v1/invoice/report/preview",
    "/coa/api/v1/invoice/report/{id}/data",
)
#: The sort fields of the lists that refuse others (a 400 naming them): path -> (fields, several allowed).
SORT_FIELDS = {
    "/coa/api/vendor": (
        ("name", "id", "email", "company_name", "dba", "last_modified_at", "created_at", "vendor_type"),
        True,
    ),
    "/coa/api/v1/bill/": (
        (
            *("bill_date", "due_date", "bill_number", "total_amount", "amount_due", "amount_paid", "vendor_name"),
            *("created_at", "last_modified_at", "id", "past_due_days"),
        ),
        False,
    ),
    "/coa/api/v1/invoice/": (
        (
            *("invoice_date", "due_date", "invoice_number", "total_amount", "amount_due", "client_name"),
            *("contract_name", "created_at", "last_modified_at", "id", "paid_date"),
        ),
        False,
    ),
}


#: The payment proposals whose ``amount`` is above 0 and below an invoice's largest (10**12), as the pay
#: actions check ("Ensure this value is greater than 0 and less than 1000000000000.").
PAYMENT_AMOUNTS = (
    "TransactionPaymentInput",
    "CreditMemoPaymentInput",
    "EmptyTransactionInput",
    "MarkPaidTransaction",
    "MarkPaidDebitMemo",
    "MarkPaidCreditMemo",
    "MarkPaidEmptyTransaction",
    "MarkCreditMemoUsed",  # a refund out of a credit memo: "Ensure this value is greater than 0."
    "MarkDebitMemoUsed",
)


def _payment_amount(node: dict[str, Any]) -> dict[str, Any]:
    """A proposal's amount (number or decimal text) whose cents are above 0 and below 10**12 (``cents``)."""
    return _bounded(node, lambda b: in_cents(b, POSITIVE_CENTS, POSITIVE_CENTS_TEXT), RULE_REASON)


def _non_empty(node: dict[str, Any]) -> dict[str, Any]:
    return _changed(node, {**node, "minItems": 1}, RULE_REASON)


def request_rules(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """The service's rules on input that a schema can state (before the form twins are made from them):
    the intercompany balance's lines may not be empty, bulk-apply's ``invoice_ids``
    or ``filters``, a bulk-created invoice's required fields, the webhook topics the topics endpoint lists
    and the vendor list's sort fields."""
    from campfire_mock.domain.topics import TOPICS  # the topics the service emits: one list, the mock's

    # Only where the schema is the request's own: a document's ``lines`` or an entry's ``transactions`` may
    # not be empty when written either, but their schemas are shared with answers that may have none (a
    # seeded invoice, an overpayment credit memo), and OpenAPI 3.0 cannot say "for requests only".
    added = {"reason": RULE_REASON, "added": True}
    balance = paths["/coa/api/intercompany-journal-entry/balance"]["post"]["requestBody"]["content"]
    lines = balance["application/json"]["schema"]["properties"]
    lines["transactions"] = _non_empty(lines["transactions"])
    bulk = schemas["BulkApplyInvoicePayment"]
    bulk["anyOf"] = [  # one of the two, not null (the service answers "Give invoice_ids or filters.")
        {"required": ["invoice_ids"], "properties": {"invoice_ids": {"type": "array"}}, MARK: added},
        {"required": ["filters"], "properties": {"filters": {"type": "object"}}, MARK: added},
    ]
    items = schemas["BulkCreateInvoices"]["properties"]["invoices"]
    required = {  # a bulk-created invoice's required fields, not null
        "entity": {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": "^[0-9]+$"}]},
        "invoice_date": {"type": "string", "format": "date"},
        "lines": {"type": "array", "minItems": 1, "items": {"type": "object"}},
    }
    invoice = {**items["items"], "required": list(required), "properties": required}
    items["items"] = _changed(items["items"], invoice, RULE_REASON)
    topic = schemas["WebhookTopic"]["properties"]
    topic["name"] = _changed(topic["name"], {**topic["name"], "enum": list(TOPICS)}, RULE_REASON)
    for param in paths["/coa/api/journal_entry"]["get"]["parameters"]:
        if param["name"] == "account":  # account ids, repeatable; an empty value filters nothing
            param["schema"] = _changed(param["schema"], {**param["schema"], "pattern": "^[0-9]*$"}, RULE_REASON)
    balance_line = lines["transactions"]["items"]
    entity = {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": "^[0-9]+$"}]}  # an id, not null
    named = {**balance_line, "required": ["entity"], "properties": {"entity": entity}}
    lines["transactions"]["items"] = _changed(balance_line, named, RULE_REASON)
    for item in paths.values():  # lists given a cursor after add_error_responses (the GL log's) declare its 404
        for method, op in item.items():
            cursor = any(p["in"] == "query" and p["name"] == "cursor" for p in op.get("parameters", []))
            if method in HTTP_METHODS and cursor and "404" not in op["responses"]:
                answers = {**op["responses"], "404": _error_response("404", "ErrorDetail")}
                op["responses"] = dict(sorted(answers.items()))
    for name in PAYMENT_AMOUNTS:
        props = schemas.get(name, {}).get("properties", {})
        if "amount" in props:
            props["amount"] = _payment_amount(props["amount"])
    for path in REPORT_PATHS:  # a report's offset is counted from 0 (a negative one is a 400 there)
        for param in paths[path]["get"]["parameters"]:
            if param["name"] == "offset":
                param["schema"] = _changed(param["schema"], {**param["schema"], "minimum": 0}, RULE_REASON)
            if param["name"] in ("limit", "page_size"):  # 0 to the page size's maximum, as the report reads them
                bounded = {**param["schema"], "minimum": 0, "maximum": 10_000}
                param["schema"] = _changed(param["schema"], bounded, RULE_REASON)
    for path, (fields, several) in SORT_FIELDS.items():
        one = "-?(" + "|".join(fields) + ")"
        pattern = f"^({one}(,{one})*)?$" if several else f"^({one})?$"  # empty: the default order
        for param in paths[path]["get"]["parameters"]:
            if param["name"] == "sort":
                param["schema"] = _changed(param["schema"], {**param["schema"], "pattern": pattern}, RULE_REASON)


#: Entries whose request bodies get components of their own (drf-spectacular's ``COMPONENT_SPLIT_REQUEST``
#: names them ``<Name>Request``, as upstream's ``VoidBillRequest``): operation paths -> the shared component.
REQUEST_SPLITS = {
    "JournalEntry": ("/coa/api/journal_entry", "/coa/api/journal_entry/{id}"),
    "IntercompanyJournalEntry": ("/coa/api/intercompany-journal-entry", "/coa/api/intercompany-journal-entry/{id}"),
}
REQUEST_SPLIT_REASON = (
    "the rules of a written entry, stated on a request component of its own (drf-spectacular's"
    " COMPONENT_SPLIT_REQUEST, upstream's `VoidBillRequest` naming): `transactions` required and not empty"
    " (at most 1,000 lines; an entry without lines posts nothing and cannot balance), each line naming its"
    " account and exactly one of a debit or a credit of at least 0.01 (an amount taken from `*_native`, else"
    " `*_book`, else `*_amount`, each from 0 to below 10**12), an intercompany line its entity; answers keep the"
    " shared component, whose lists may be empty (the service answers 400 in DRF's words otherwise)"
)
#: A line's amount fields by side, in the order the service reads them (the first one given counts).
LINE_AMOUNTS = {
    side: (f"{side}_amount_native", f"{side}_amount_book", f"{side}_amount") for side in ("debit", "credit")
}
#: An amount the line may carry: from 0 to below 10**12, as a number or a decimal text.
_LINE_AMOUNT = {
    "anyOf": [  # nullable in each branch too, as DRF-shaped validators read ``anyOf``
        {"type": "number", "minimum": 0, "maximum": 10**12, "exclusiveMaximum": True, "nullable": True},
        {"type": "string", "pattern": r"^(0*[0-9]{1,12}(\.[0-9]+)?)?$", "nullable": True},  # "": no amount
    ],
    "nullable": True,
}
#: An amount that is at least 0.01 once rounded to cents, half up (0.005 is a cent).
_LINE_POSITIVE = {
    "anyOf": [
        {"type": "number", "minimum": 0.005},
        {"type": "string", "pattern": r"^(0*[1-9]|0*\.([1-9]|0[1-9]|00[5-9]))"},
    ]
}
#: No amount: absent, null or the empty text.
_LINE_UNSET = {"type": "string", "maxLength": 0, "nullable": True}


def _side_given(side: str) -> dict[str, Any]:
    """A line whose ``side`` (debit or credit) counts: the first of its amount fields given is at least a cent."""
    names = LINE_AMOUNTS[side]
    return {
        "anyOf": [
            {
                "required": [name],
                "properties": {**{n: dict(_LINE_UNSET) for n in names[:i]}, name: dict(_LINE_POSITIVE)},
            }
            for i, name in enumerate(names)
        ]
    }


def _line_request(line: dict[str, Any], intercompany: bool) -> dict[str, Any]:
    """A written line: its account (and an intercompany line's entity) given, not null; amounts from 0; one
    side only."""
    new = copy.deepcopy(line)
    props = new["properties"]
    relation = {
        "anyOf": [
            {"type": "integer", "minimum": 1, "maximum": 2**63 - 1},
            {"type": "string", "pattern": "^0*[0-9]{1,18}$"},
        ]
    }
    for name in ("account", "entity") if intercompany else ("account",):
        props[name] = {
            **{k: v for k, v in props[name].items() if k in ("description", "title")},
            **copy.deepcopy(relation),
        }
    for names in LINE_AMOUNTS.values():
        for name in names:
            said = {k: v for k, v in props.get(name, {}).items() if k in ("description", "title")}
            props[name] = {**said, **copy.deepcopy(_LINE_AMOUNT)}
    new["required"] = sorted({*new.get("required", []), "account", *(("entity",) if intercompany else ())})
    new["oneOf"] = [_side_given("debit"), _side_given("credit")]
    # the service answers this rule in its own words, under ``debit_amount`` (``openapi/drf.py``'s HANDLER_RULE)
    new[MARK] = {"reason": REQUEST_SPLIT_REASON, "added": True, "answered_by": "handler"}
    return new


def request_components(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """``JournalEntryRequest`` and ``IntercompanyJournalEntryRequest`` (and their lines'
    ``ChartTransactionLineRequest``, ``IntercompanyChartTransactionLineRequest``): the create and replace
    bodies' own components, carrying the rules of a written entry; answers keep the shared ones."""
    line = schemas.get("ChartTransactionLine")
    if line is None:
        return
    for name, op_paths in REQUEST_SPLITS.items():
        shared = schemas.get(name)
        if shared is None:
            continue
        intercompany = name.startswith("Intercompany")
        line_name = "IntercompanyChartTransactionLineRequest" if intercompany else "ChartTransactionLineRequest"
        schemas[line_name] = _line_request(line, intercompany)
        request = copy.deepcopy(shared)
        lines = {k: v for k, v in request["properties"]["transactions"].items() if k != MARK}
        lines.update({"minItems": 1, "maxItems": 1_000, "items": {"$ref": f"#/components/schemas/{line_name}"}})
        request["properties"]["transactions"] = lines
        request["required"] = sorted({*request.get("required", []), "transactions"} - _read_only(request))
        request[MARK] = {"reason": REQUEST_SPLIT_REASON, "added": True}
        schemas[f"{name}Request"] = request
        _use_request(paths, name, op_paths, REQUEST_SPLIT_REASON)


def _use_request(paths: dict[str, Any], name: str, op_paths: tuple[str, ...], reason: str) -> None:
    """The create and replace bodies at ``op_paths`` that refer to ``name`` refer to ``<name>Request``."""
    for path in op_paths:
        for method in ("post", "put"):
            body = paths.get(path, {}).get(method, {}).get("requestBody", {})
            for media in body.get("content", {}).values():
                if media.get("schema", {}).get("$ref") == f"#/components/schemas/{name}":
                    media["schema"] = _changed(media["schema"], {"$ref": f"#/components/schemas/{name}Request"}, reason)


#: Documents whose written ``lines`` may not be empty, though their answers' may (a seeded invoice without
#: lines, an overpayment credit memo): component -> the create and replace paths.
DOCUMENT_SPLITS = {
    "AccountingInvoice": ("/coa/api/v1/invoice/", "/coa/api/v1/invoice/{id}/"),
    "AccountingCreditMemo": ("/coa/api/v1/credit-memo", "/coa/api/v1/credit-memo/{id}"),
    "AccountingDebitMemo": ("/coa/api/v1/debit-memo", "/coa/api/v1/debit-memo/{id}"),
    "AccountingBill": ("/coa/api/v1/bill/", "/coa/api/v1/bill/{id}/"),
}
#: The documents' PATCH bodies, request-only components: a PATCH that names ``lines`` names at least one.
DOCUMENT_PATCHES = tuple(f"Patched{name}" for name in DOCUMENT_SPLITS)
DOCUMENT_SPLIT_REASON = (
    "a written document's lines may not be empty, stated on a request component of its own (drf-spectacular's"
    " COMPONENT_SPLIT_REQUEST, upstream's `VoidBillRequest` naming); answers keep the shared component, whose"
    ' lines may be empty (the service answers 400 "This list may not be empty." otherwise)'
)


def document_request_components(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """``AccountingInvoiceRequest``, ``AccountingCreditMemoRequest``, ``AccountingDebitMemoRequest``,
    ``AccountingBillRequest``: the create and replace bodies' own components, whose ``lines`` hold at least one
    line; the PATCH bodies (request-only) say the same of ``lines`` when they name it."""
    for name, op_paths in DOCUMENT_SPLITS.items():
        shared = schemas.get(name)
        if shared is None or "lines" not in shared.get("properties", {}):
            continue
        request = copy.deepcopy(shared)
        lines = request["properties"]["lines"]
        request["properties"]["lines"] = {**{k: v for k, v in lines.items() if k != MARK}, "minItems": 1}
        request[MARK] = {"reason": DOCUMENT_SPLIT_REASON, "added": True}
        schemas[f"{name}Request"] = request
        _use_request(paths, name, op_paths, DOCUMENT_SPLIT_REASON)
    for name in DOCUMENT_PATCHES:
        props = schemas.get(name, {}).get("properties", {})
        if "lines" in props:
            props["lines"] = _changed(props["lines"], {**props["lines"], "minItems": 1}, RULE_REASON)


#: A proposal's ``withholding_amount`` below 10**12 (the pay actions' "Ensure this value is less than
#: 1000000000000."): the proposals the invoice's pay and calculate-payment actions read.
WITHHOLDING_PROPOSALS = ("TransactionPaymentInput", "EmptyTransactionInput")


#: The pay actions' payments (``/pay/`` of invoices and bills), whose ``withholding_amount`` upstream lets go
#: negative: from 0 (as calculate-payment's proposals of the same items say) to below 10**12. A withholding
#: settles the document with the payment (docs/books.md, Withholding), so a negative one would raise what is due.
WITHHOLDING_PAYMENTS = ("MarkPaidTransaction", "MarkPaidEmptyTransaction")


def withholding_bounds(schemas: dict[str, Any]) -> None:
    """``withholding_amount`` of the invoice's payment proposals and of the pay actions' payments from 0 to below
    10**12, as a number and as a text: the service refuses a negative one and 10**12 and more."""
    for name in WITHHOLDING_PROPOSALS + WITHHOLDING_PAYMENTS:
        props = schemas.get(name, {}).get("properties", {})
        node = props.get("withholding_amount")
        if node is None:
            continue
        props["withholding_amount"] = _bounded(node, lambda b: in_cents(b, FROM_ZERO, FROM_ZERO_TEXT), RULE_REASON)


def consumption_event_bounds(schemas: dict[str, Any]) -> None:
    """``RecordConsumptionInput.total_events`` within the 32 bits of the field it is stored in
    (``ContractPrepaidCommitConsumption.total_events``, upstream's ``IntegerField`` bounds): a larger count
    cannot be kept, so the service refuses it; upstream leaves the input unbounded."""
    stored = schemas.get("ContractPrepaidCommitConsumption", {}).get("properties", {}).get("total_events", {})
    props = schemas.get("RecordConsumptionInput", {}).get("properties", {})
    node = props.get("total_events")
    if node is None or "maximum" not in stored:
        return
    bounded = {**node, "minimum": stored["minimum"], "maximum": stored["maximum"]}
    props["total_events"] = _changed(node, bounded, RULE_REASON)


def _priced_line(line: dict[str, Any]) -> dict[str, Any]:
    """An invoice line as written: one of ``amount``, ``rate`` or ``product`` given (a product, not null),
    as the service needs a price ("Give amount, rate, or a product with a price."). Whether the product
    has a price is the product's, like whether an id names an object: no schema says it."""
    product = {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": "^0*[0-9]{1,18}$"}]}
    given = {  # a decimal, not null, below 10**12 in size (a line's cap: "less than 1000000000000 in size")
        "anyOf": [
            {"type": "number", **BELOW_CAP},
            {"type": "string", "pattern": BELOW_CAP_TEXT},
        ]
    }
    priced = {
        "anyOf": [
            {"required": ["amount"], "properties": {"amount": copy.deepcopy(given)}},
            {"required": ["rate"], "properties": {"rate": copy.deepcopy(given)}},
            {"required": ["product"], "properties": {"product": product}},
        ]
    }
    # the service answers it in its own words, under ``amount`` (``openapi/drf.py``'s HANDLER_RULE)
    return {**line, **priced, MARK: {"reason": RULE_REASON, "added": True, "answered_by": "handler"}}


def priced_invoice_lines(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """``AccountingInvoiceLineRequest``: the written invoice's line (``AccountingInvoiceRequest``'s, after
    ``document_request_components``, and a PATCH's), and each bulk-created invoice's, give an amount, a rate
    or a product.
    Bills', credit and debit memos' lines need none of them (their amount defaults to 0)."""
    line = schemas.get("AccountingInvoiceLine")
    request = schemas.get("AccountingInvoiceRequest")
    if line is None or request is None:
        return
    schemas["AccountingInvoiceLineRequest"] = _priced_line(copy.deepcopy(line))
    priced = {"$ref": "#/components/schemas/AccountingInvoiceLineRequest"}
    request["properties"]["lines"]["items"] = priced  # the request component is ours (marked as a whole)
    patched = schemas.get("PatchedAccountingInvoice", {}).get("properties", {})
    if "lines" in patched:  # a PATCH's lines replace the invoice's too
        patched["lines"] = _changed(patched["lines"], {**patched["lines"], "items": dict(priced)}, RULE_REASON)
    bulk = schemas.get("BulkCreateInvoices", {}).get("properties", {}).get("invoices", {}).get("items", {})
    bulk_lines = bulk.get("properties", {}).get("lines")
    if bulk_lines is not None:
        items = _priced_line(bulk_lines.get("items", {"type": "object"}))
        # a field the line gives, beside the choice that prices it, is a number too: a choice's schema only
        # binds the field it requires (``rate`` as any text passed beside an ``amount``)
        # (answered by the handler, which names the line's field in DRF's nesting: lines[i].rate)
        said = items.setdefault("properties", {})
        for branch in items["anyOf"]:
            for name, field in branch["properties"].items():
                stated = {**copy.deepcopy(field), MARK: {"reason": RULE_REASON, "added": True}}
                said.setdefault(name, {**stated, MARK: {**stated[MARK], "answered_by": "handler"}})
        bulk_lines["items"] = items


def _read_only(schema: dict[str, Any]) -> set[str]:
    return {k for k, v in schema.get("properties", {}).items() if v.get("readOnly")}
