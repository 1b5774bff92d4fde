"""Every SDK method, run against the mock, sends what the spec declares and parses what it returns.

Each exchange is validated with openapi-core (requests and responses, errors included).
A coverage table maps every operationId of the spec to the SDK method that calls it.
"""

from __future__ import annotations

import typing as t
from pathlib import Path

import pytest
from openapi_core import Config, OpenAPI
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.exchanges import ExchangeChecker, _decode_text
from campfire_mock.openapi.documents import load_spec, packaged_spec
from campfire_mock.operations import OPERATIONS
from campfire_sdk import AsyncCampfire, Campfire, ConflictError, NotFoundError
from campfire_sdk._operations import OPERATIONS as SDK_OPERATIONS

# The packaged JSON twins of spec/*.yaml (equal: tests/spec/test_spec_files.py): milliseconds, not seconds.
SPEC = packaged_spec("campfire.openapi.yaml")
ADMIN_SPEC = packaged_spec("mock-admin.openapi.yaml")

#: operationId -> SDK method (attribute path on the client): the table sdk/generate.py writes.
SDK_METHODS = {op_id: dotted for op_id, (_http, _path, dotted) in SDK_OPERATIONS.items()}
#: Operations the SDK deliberately has no method for, with the reason.
SDK_EXCLUDED: dict[str, str] = {}
#: The control API is the mock's own, not Campfire's: the SDK does not wrap it (the pytest plugin does).
ADMIN_REASON = "mock control API, not part of Campfire"


def operation_ids(path: Path) -> set[str]:
    spec = load_spec(path)
    return {op["operationId"] for item in spec["paths"].values() for m, op in item.items() if m != "parameters"}


def resolve(client: t.Any, dotted: str) -> t.Any:
    for part in dotted.split("."):
        client = getattr(client, part)
    return client


def test_every_operation_has_a_handler_and_an_sdk_method() -> None:
    """The mock's hand-written handlers serve the control API (the generic ones the rest: each is called in
    tests/sdk/test_every_operation.py); the SDK wraps every Campfire operation."""
    campfire_ops, admin_ops = operation_ids(SPEC), operation_ids(ADMIN_SPEC)
    assert admin_ops <= set(OPERATIONS)
    assert campfire_ops == set(SDK_METHODS) | set(SDK_EXCLUDED)
    sync, asynchronous = Campfire(api_key="x"), AsyncCampfire(api_key="x")
    for op, dotted in SDK_METHODS.items():
        assert callable(resolve(sync, dotted)), op
        assert callable(resolve(asynchronous, dotted)), op


@pytest.fixture
def checked() -> t.Iterator[tuple[Campfire, ExchangeChecker]]:
    # ExchangeChecker.from_spec without openapi-core validating the spec again (tests/spec/test_spec_files.py
    # does): milliseconds instead of ~4 CPU seconds.
    config = Config(spec_validator_cls=None, extra_media_type_deserializers={"text/csv": _decode_text})
    openapi = OpenAPI.from_dict(load_spec(SPEC), config=config)
    checker = ExchangeChecker(openapi=openapi, host_url=str(openapi.spec["servers"][0]["url"]))
    http = TestClient(create_app())
    http.event_hooks = checker.hooks()
    with Campfire(api_key="sdk-contract", base_url="http://testserver", http_client=http, max_retries=0) as client:
        yield client, checker


def test_sdk_exchanges_conform_to_the_spec(checked: tuple[Campfire, ExchangeChecker]) -> None:
    """Drive every SDK method (successes and errors); every exchange must match the spec."""
    c, checker = checked
    lines = [{"product": 1, "quantity": 2, "rate": 250, "service_date": "2026-01-10"}]
    inv = c.invoices.create(invoice_date="2026-01-10", due_date="2026-02-09", entity=54, client=33973, lines=lines)
    c.invoices.retrieve(inv.id)
    c.invoices.update(inv.id, invoice_date="2026-01-11", due_date="2026-02-10", entity=54, client=33973, lines=lines)
    c.invoices.partial_update(inv.id, message_on_invoice="Thanks", purchase_order_number=None)
    list(c.invoices.list(limit=3, status="unpaid"))
    c.invoices.calculate_payment(inv.id, empty_transactions=[{"amount": 100, "payment_date": "2026-01-20"}])
    c.invoices.default_payment(inv.id, posted_at="2026-01-20")
    paid = c.invoices.pay(
        inv.id,
        empty_transactions=[{"account_id": 1010, "account_name": "Bank", "amount": 100, "payment_date": "2026-01-20"}],
    )
    c.invoices.void_payment(inv.id, paid.payment_ids[0], void_date="2026-01-21")
    second = c.invoices.pay(inv.id, credit_memos=[{"credit_memo_id": 4029, "amount": 50, "posted_at": "2026-01-22"}])
    c.invoices.delete_payment(inv.id, second.payment_ids[0])
    list(c.invoice_payments.list(cursor="", limit=2))
    list(c.invoice_payments.list(invoice_id=inv.id, voided=True))
    c.invoices.void(inv.id, void_date="2026-01-23")
    c.invoices.reopen(inv.id)
    with pytest.raises(ConflictError):
        c.invoices.reopen(inv.id)
    c.invoices.delete(inv.id)
    with pytest.raises(NotFoundError):
        c.invoices.retrieve(inv.id)
    batch = c.invoices.bulk_create(
        invoices=[
            {"invoice_date": "2026-02-01", "terms": "net_15", "entity": 1, "client": 123, "lines": [{"product": 456}]}
        ]
    )
    c.invoices.bulk_search(invoice_numbers=[batch[0].invoice_number, "missing"])
    c.invoices.bulk_apply_payment(transaction_id=14728802, invoice_ids=[batch[0].id])
    c.transactions.create_invoice_payments(14728801)
    c.invoices.client_statement_pdf(42)
    c.invoice_reports.data(1)
    c.invoice_reports.data(2, limit=2)
    c.invoice_reports.preview(
        group_fields="invoice_date_month,payment_status", group_keys="2026-01", include_totals=True
    )
    c.invoice_reports.preview_csv(group_fields="currency")
    list(c.clients.list(limit=5))
    c.clients.create(name="Contract Client", vendor_type="customer", email="ap@example.com")
    c.entities.list()
    c.entities.create(name="Contract Entity", currency="USD")
    list(c.products.list())
    c.products.create(product_name="Contract Product", price=10)
    list(c.contracts.list())
    c.contracts.create(client=42, entity=54, deal_name="Contract", contract_start_date="2026-01-01")
    list(c.credit_memos.list())
    c.credit_memos.create(
        credit_memo_date="2026-01-01", entity=54, client=42, lines=[{"account": 169208, "amount": 10}]
    )
    c.credit_memos.retrieve(4029)
    assert checker.checked >= 40
    checker.assert_clean()
