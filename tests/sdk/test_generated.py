"""The committed generated files agree with the spec, every operation is one method, and old names keep working."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import sys
import typing as t
from pathlib import Path

import pytest

import campfire_sdk
from campfire_mock.openapi.documents import load_spec, packaged_spec
from campfire_sdk import AsyncCampfire, Campfire, resources, types
from campfire_sdk._operations import OPERATIONS

ROOT = Path(__file__).resolve().parents[2]
#: spec/campfire.openapi.yaml, read from its packaged JSON twin (equal: tests/spec/test_spec_files.py) in
#: milliseconds where the YAML takes seconds.
SPEC = packaged_spec()
PACKAGE = ROOT / "sdk" / "campfire_sdk"


def _generator() -> t.Any:
    if "campfire_sdk_generate" in sys.modules:
        return sys.modules["campfire_sdk_generate"]
    spec = importlib.util.spec_from_file_location("campfire_sdk_generate", ROOT / "sdk" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _spec_operations() -> dict[str, tuple[str, str]]:
    spec = load_spec(SPEC)
    return {
        op["operationId"]: (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    }


def resolve(root: t.Any, dotted: str) -> t.Any:
    for part in dotted.split("."):
        root = getattr(root, part)
    return root


def test_committed_files_match_the_generator() -> None:
    """Regenerating from spec/ gives exactly the committed files and docs/sdk-api.md, and no generated file is
    left over."""
    gen = _generator()
    rendered, reference = gen.render_all()
    for name, text in rendered.items():
        assert (PACKAGE / name).read_text(encoding="utf-8") == text, f"{name}: run python sdk/generate.py"
    assert (ROOT / "docs" / "sdk-api.md").read_text(encoding="utf-8") == reference, "run python sdk/generate.py"
    on_disk = {str(p.relative_to(PACKAGE)) for p in gen.generated_files(PACKAGE)}
    assert on_disk == set(rendered)


def test_generated_files_say_so_in_their_first_line() -> None:
    """Each generated file opens with the line naming the generator; hand-written ones do not."""
    gen = _generator()
    for name in gen.render():
        assert (PACKAGE / name).read_text(encoding="utf-8").startswith(gen.HEADER + "\n"), name
    assert not (PACKAGE / "_conveniences.py").read_text(encoding="utf-8").startswith(gen.HEADER)


def test_every_operation_is_one_method_whose_docstring_names_it() -> None:
    """Each operationId of the spec maps to a sync and an async method; help() shows its method, path and id."""
    spec_ops = _spec_operations()
    assert set(OPERATIONS) == set(spec_ops)
    sync, asynchronous = Campfire(api_key="x"), AsyncCampfire(api_key="x")
    targets = [entry[2] for entry in OPERATIONS.values()]
    assert len(set(targets)) == len(targets), "two operations share a method"
    for op_id, (http, path, dotted) in OPERATIONS.items():
        assert (http, path) == spec_ops[op_id]
        for client in (sync, asynchronous):
            method = resolve(client, dotted)
            doc = inspect.getdoc(method) or ""
            assert f"{http} {path}" in doc and op_id in doc, f"{dotted}: {doc!r}"
        awaited = resolve(asynchronous, dotted)
        paged = "AsyncPaginator" in str(inspect.signature(awaited).return_annotation)
        assert inspect.iscoroutinefunction(awaited) != paged, dotted  # a coroutine, or an async paginator


def _refs(node: t.Any) -> set[str]:
    """Names of the schemas ``node`` refers to, at any depth."""
    if isinstance(node, dict):
        found = {node["$ref"].rsplit("/", 1)[-1]} if "$ref" in node else set()
        return found.union(*(_refs(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(v) for v in node))
    return set()


def test_every_response_schema_has_a_model_and_request_only_ones_do_not() -> None:
    """Every object schema an answer can carry is a model in campfire_sdk.types; one only requests use (a PATCH
    body, never returned) is a parameter dict and no model."""
    spec = load_spec(SPEC)
    schemas = spec["components"]["schemas"]
    with_props = {n for n, s in schemas.items() if "properties" in s}
    todo = [
        r
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        for r in _refs(op.get("responses", {}))
    ]
    answered: set[str] = set()
    while todo:
        name = todo.pop()
        if name not in answered:
            answered.add(name)
            todo += _refs(schemas[name])
    assert (answered & with_props) <= set(types.__all__)
    request_only = with_props - answered
    assert {"PatchedContractBundle", "PatchedAccountingInvoice"} <= request_only
    assert not request_only & set(types.__all__)
    assert {"PatchedContractBundleParam", "PatchedAccountingInvoiceParam"} <= set(types.__all__)


def test_public_names_are_exactly_all() -> None:
    """``__all__`` lists every public name of the package and nothing else (its submodules, such as
    ``webhooks``, appear as attributes once imported: they are reached by their module path)."""
    importlib.import_module("campfire_sdk.webhooks")  # imported, as another test or an app would

    submodules = {"pagination", "resources", "webhooks"}
    public = {n for n in dir(campfire_sdk) if not n.startswith("_") and n not in submodules}
    assert set(campfire_sdk.__all__) - {"__version__"} == public


#: Names campfire_sdk had before its resources were generated: they must keep working.
OLD_METHODS = [
    "invoices.create",
    "invoices.retrieve",
    "invoices.update",
    "invoices.partial_update",
    "invoices.delete",
    "invoices.list",
    "invoices.void",
    "invoices.reopen",
    "invoices.pay",
    "invoices.calculate_payment",
    "invoices.default_payment",
    "invoices.void_payment",
    "invoices.delete_payment",
    "invoices.bulk_create",
    "invoices.bulk_search",
    "invoices.bulk_apply_payment",
    "invoices.client_statement_pdf",
    "invoice_payments.list",
    "invoice_reports.data",
    "invoice_reports.preview",
    "invoice_reports.data_csv",
    "invoice_reports.preview_csv",
    "transactions.create_invoice_payments",
    "clients.list",
    "clients.create",
    "entities.list",
    "entities.create",
    "products.list",
    "products.create",
    "contracts.list",
    "contracts.create",
    "credit_memos.list",
    "credit_memos.create",
    "credit_memos.retrieve",
]
OLD_CLASSES = [
    "Invoices",
    "InvoicePayments",
    "InvoiceReports",
    "Clients",
    "Entities",
    "Products",
    "Contracts",
    "CreditMemos",
    "Transactions",
]
OLD_TYPES = [
    "AccountingInvoice",
    "AccountingInvoiceList",
    "AccountingInvoiceParam",
    "AccountingInvoiceLineParam",
    "PatchedAccountingInvoiceParam",
    "MarkPaidParam",
    "CalculatePaymentInputParam",
    "BulkApplyInvoicePaymentFiltersParam",
    "InvoiceListParams",
    "InvoicePaymentListParams",
    "InvoiceReportParams",
    "InvoiceReportResponse",
    "ClientListParams",
    "EntityListParams",
    "ProductListParams",
    "ContractListParams",
    "CreditMemoListParams",
    "VendorParam",
    "ProductParam",
    "ContractParam",
    "AccountingCreditMemoParam",
    "InvoicePaymentSync",
    "Vendor",
]


@pytest.mark.parametrize("dotted", OLD_METHODS)
def test_old_method_names_keep_working(dotted: str) -> None:
    """A method the hand-written SDK had is still there, sync and async."""
    assert callable(resolve(Campfire(api_key="x"), dotted))
    assert callable(resolve(AsyncCampfire(api_key="x"), dotted))


def test_old_class_and_type_names_keep_working() -> None:
    """Resource classes and types the SDK exported before are still importable by the same names."""
    for name in OLD_CLASSES:
        assert isinstance(getattr(resources, name), type) and isinstance(getattr(resources, f"Async{name}"), type)
    assert resources.Clients is resources.Vendors
    assert Campfire(api_key="x").clients.list.__func__ is Campfire(api_key="x").vendors.list.__func__  # type: ignore[attr-defined]
    for name in OLD_TYPES:
        assert hasattr(types, name), name


def test_parameter_dicts_follow_one_naming_rule() -> None:
    """Every method's parameter dict is named ``<Resource path in the singular><Method>Params``."""
    gen = _generator().Generator(load_spec(SPEC))
    for method in gen.methods:
        expected = gen.params_name(method)
        for name in (gen.query(method), (gen.body(method) or ("", ""))[1]):
            if name and name.endswith("Params"):
                assert name in (expected, expected.removesuffix("Params") + "QueryParams"), (method.op_id, name)
    assert hasattr(types, "DebitMemoListParams") and not hasattr(types, "DebitMemosListParams")
    assert types.ClientListParams is types.VendorListParams  # the older name keeps working


def test_no_generated_name_stutters_and_older_names_keep_working() -> None:
    """``next_number`` and ``balance_sheet_accounts`` read plainly; the older names reach the same thing."""
    client = Campfire(api_key="x")
    assert type(client.credit_memos).next_credit_memo_number is type(client.credit_memos).next_number
    assert type(client.debit_memos).next_debit_memo_number is type(client.debit_memos).next_number
    assert client.accounts.balance_sheet is client.accounts.balance_sheet_accounts
    assert client.accounts.income_statement is client.accounts.income_statement_accounts
    dotted = {entry[2] for entry in OPERATIONS.values()}
    assert not [d for d in dotted if any(f"{p.rstrip('s')}" in d.rsplit(".", 1)[-1] for p in d.split(".")[:-1])]


def test_a_path_id_sharing_a_body_fields_name_is_positional_only() -> None:
    """``accounts.update(7, account_id=...)``: the id is positional-only, so the body keeps its own ``account_id``."""
    parameters = inspect.signature(Campfire(api_key="x").accounts.update).parameters
    assert parameters["account_id"].kind is inspect.Parameter.POSITIONAL_ONLY
    assert not any(name.endswith("_path") for name in parameters)


def test_api_reference_lists_every_operation_once() -> None:
    """docs/sdk-api.md names every operation's method (with its HTTP operation) exactly once."""
    text = (ROOT / "docs" / "sdk-api.md").read_text(encoding="utf-8")
    for method, path, dotted in OPERATIONS.values():
        assert text.count(f"- `client.{dotted}(") == 1, dotted
        assert f"`{method} {path}`" in text, dotted
