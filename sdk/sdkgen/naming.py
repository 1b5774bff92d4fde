"""The generator's rules and words: which resource a path names (``TOP``), the names kept or fixed
(``RENAME``, ``OLD_NAMES``, ``PARAM_ALIASES``), the hand-written methods, the text helpers, and the
``Method`` and ``Resource`` a path becomes."""

from __future__ import annotations

import keyword
import re
import typing as t
from dataclasses import dataclass, field

MARK = "x-campfire-devkit"
#: How ``ACTION_ANSWER_REASON`` (``spec/vendoring/read_bodies.py``) begins: an answer upstream declares no body for.
ANSWERED_ACTION = "the action changes an object the twin keeps and answers it"
HEADER = "# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`."
METHODS = ("get", "post", "put", "patch", "delete")
SERVICE = re.compile(r"^/(ca|coa|rr|integrations)/api(?:/v\d+)?/")

#: (service, first path segment) -> client attribute, where the plain plural is ambiguous or poor.
TOP = {
    ("ca", "account"): "bank_accounts",
    ("ca", "transaction"): "bank_transactions",
    ("ca", "bank-feed"): "bank_feeds",
    ("ca", "file"): "files",
    ("ca", "user_currency"): "user_currencies",
    ("ca", "custom-fields"): "custom_fields",
    ("coa", "account"): "accounts",
    ("coa", "transaction"): "transactions",
    ("coa", "chart-account-settings"): "chart_account_settings",
    ("coa", "general-ledger"): "general_ledger",
    ("coa", "transaction-match-process"): "transaction_matches",
    ("coa", "transaction-matches-count"): "transaction_matches",
    ("coa", "vendor"): "vendors",
    ("coa", "vendor_custom_field_1"): "vendor_custom_fields",
    ("coa", "reconciliation"): "reconciliations",
    ("rr", "transactions"): "revenue_transactions",
    ("rr", "modify-subscription-schedule"): "subscriptions",
    ("rr", "product"): "products",
}
#: The financial statements are one resource, each report a method (as the API's tag groups them).
for _segment in (
    "balance-sheet",
    "cash-basis",
    "cash-basis-operating-statement",
    "cash-operating-statement",
    "get_balance_sheet",
    "get_cash_flow",
    "get_cash_flow_activity",
    "get_cash_flow_v2",
    "get_income_statement",
    "get_trial_balance",
    "income-statement",
):
    TOP[("ca", _segment)] = "financial_statements"

#: operationId -> "resource[.sub].method" where the path rule gives a poor name (or the SDK had another).
RENAME = {
    # financial statements
    "ca_api_balance_sheet_comparative_retrieve": "financial_statements.comparative_balance_sheet",
    "ca_api_cash_basis_retrieve": "financial_statements.cash_basis",
    "ca_api_cash_basis_operating_statement_retrieve": "financial_statements.cash_basis_operating_statement",
    "ca_api_cash_operating_statement_transactions_retrieve": (
        "financial_statements.cash_operating_statement_transactions"
    ),
    "ca_api_get_balance_sheet_retrieve": "financial_statements.balance_sheet",
    "ca_api_get_cash_flow_retrieve": "financial_statements.cash_flow",
    "ca_api_get_cash_flow_activity_retrieve": "financial_statements.cash_flow_activity",
    "ca_api_get_cash_flow_v2_retrieve": "financial_statements.cash_flow_v2",
    "ca_api_get_income_statement_retrieve": "financial_statements.income_statement",
    "ca_api_get_trial_balance_retrieve": "financial_statements.trial_balance",
    "ca_api_income_statement_comparative_retrieve": "financial_statements.comparative_income_statement",
    "ca_api_bank_feed_create": "bank_feeds.create",
    "ca_api_file_upload_create": "files.upload",
    # invoices (the names campfire_sdk has always had)
    "coa_api_v1_invoice_payment_void_create": "invoices.void_payment",
    "coa_api_v1_invoice_payment_void_destroy": "invoices.delete_payment",
    "coa_api_v1_invoice_report_data_retrieve": "invoice_reports.data",
    "coa_api_v1_invoice_report_preview_retrieve": "invoice_reports.preview",
    "get_client_invoice_statement_pdf": "invoices.client_statement_pdf",
    "coa_api_v1_bill_payment_void_create": "bills.void_payment",
    "coa_api_v1_bill_payment_void_destroy": "bills.delete_payment",
    "coa_api_v1_credit_memo_payment_void_create": "credit_memos.void_payment",
    "coa_api_v1_credit_memo_payment_void_destroy": "credit_memos.delete_payment",
    "coa_api_v1_debit_memo_payment_void_create": "debit_memos.void_payment",
    "coa_api_v1_debit_memo_payment_void_destroy": "debit_memos.delete_payment",
    "generate_bill_amortization_schedule": "bills.generate_amortization_schedule",
    "save_bill_amortization_schedule": "bills.save_amortization_schedule",
    "coa_api_v1_bill_sync_to_ramp_create": "bills.sync_to_ramp",
    "bulk_sync_bills_to_ramp": "bills.bulk_sync_to_ramp",
    # transactions
    "create_transaction_invoice_payments": "transactions.create_invoice_payments",
    "create_transaction_bill_payments": "transactions.create_bill_payments",
    "create_transaction_credit_memo_payments": "transactions.create_credit_memo_payments",
    "create_transaction_debit_memo_payments": "transactions.create_debit_memo_payments",
    "preview_chart_transaction_merge": "transactions.preview_merge",
    "merge_chart_transactions": "transactions.merge",
    "get_chart_transaction_totals": "transactions.totals",
    "coa_api_transaction_report_retrieve": "transactions.report",
    "process_transaction_match": "transaction_matches.process",
    "get_transaction_matches_count": "transaction_matches.count",
    "set_transaction_match_status": "transaction_matches.set_status",
    "update_transaction_match_status": "transaction_matches.update_status",
    "coa_api_v2_reconciliation_transactions_confirm_create": "reconciliations.confirm_transactions",
    "parse_bank_statement_page": "reconciliations.parse_statement_page",
    "coa_api_entity_logo_create": "entities.upload_logo",
    "coa_api_entity_attachment_create": "entities.create_attachment",
    "modify_subscription_schedule": "subscriptions.modify_schedule",
    "get_file_temp_download_url": "files.temp_download_url",
    "list_vendor_summaries": "vendors.list_summaries",
    # a method does not repeat its resource's name
    "coa_api_v1_credit_memo_next_credit_memo_number_retrieve": "credit_memos.next_number",
    "coa_api_v1_debit_memo_next_debit_memo_number_retrieve": "debit_memos.next_number",
    # accounts on a statement, not the statement (that is ``financial_statements.balance_sheet``)
    "coa_api_account_balance_sheet_create": "accounts.balance_sheet_accounts.create",
    "coa_api_account_balance_sheet_list": "accounts.balance_sheet_accounts.list",
    "coa_api_account_income_statement_create": "accounts.income_statement_accounts.create",
    "coa_api_account_income_statement_list": "accounts.income_statement_accounts.list",
}
#: "resource[.sub].old" -> new name in the same class: older method and sub-resource names that keep working.
OLD_NAMES = {
    "credit_memos.next_credit_memo_number": "next_number",
    "debit_memos.next_debit_memo_number": "next_number",
    "accounts.balance_sheet": "balance_sheet_accounts",
    "accounts.income_statement": "income_statement_accounts",
}
#: Operations whose method ``campfire_sdk._conveniences`` writes by hand (the generated class inherits it),
#: with that method's arguments and result as ``docs/sdk-api.md`` shows them.
HAND_WRITTEN = {
    # takes invoice_numbers=, builds the body
    "coa_api_v1_invoice_bulk_search_create": ("*, invoice_numbers: Iterable[str]", "dict[str, Any]"),
    # JSON here; data_csv() for mode=csv
    "coa_api_v1_invoice_report_data_retrieve": (
        "report_id, **params: InvoiceReportDataParams",
        "InvoiceReportResponse",
    ),
    "coa_api_v1_invoice_report_preview_retrieve": ("**params: InvoiceReportPreviewParams", "InvoiceReportResponse"),
}
#: resource attribute -> hand-written base classes (sync, async) in ``campfire_sdk._conveniences``.
BASES = {
    "files": ("FilesBase", "AsyncFilesBase"),  # upload_file(): the multipart upload
    "invoices": ("InvoicesBase", "AsyncInvoicesBase"),
    "invoice_reports": ("InvoiceReportsBase", "AsyncInvoiceReportsBase"),
}
#: resource attribute -> the methods its hand-written bases add beyond the spec's operations, which its
#: ``with_raw_response`` wraps too, typed as the generated ones are.
BASE_METHODS = {
    "files": ("upload_file",),
    "invoice_reports": ("data_csv", "preview_csv"),
}
#: Extra client attributes naming the same resource (older names that keep working).
ALIASES = {"clients": "vendors"}
#: Extra names in ``campfire_sdk.resources`` for a generated class (older names that keep working).
CLASS_ALIASES = {"Clients": "Vendors", "AsyncClients": "AsyncVendors"}
#: The minimal record a list answers for a deleted object (``include_deleted=true``); a list whose items
#: are ``anyOf: [<Item>, DeletedRecord]`` is typed ``Item | DeletedRecord``, told apart by ``or_deleted``.
DELETED_RECORD = "DeletedRecord"
#: POST operations that change nothing, so they are safe to retry like a GET.
SAFE_POST_SEGMENTS = {"bulk-search", "calculate-payment", "default-payment"}
#: Older names of parameter dicts (before the one naming rule) and models, kept as aliases of the new ones.
PARAM_ALIASES = {
    "ClientListParams": "VendorListParams",
    "InvoiceReportParams": "InvoiceReportDataParams",
    "DeletedObject": DELETED_RECORD,  # the bill list's deleted record, before every such list shared it
    "PatchedContractParam": "PatchedContractUpdateParam",  # a contract's PATCH body, before it had its own
    "MarkPaidParam": "MarkInvoicePaidParam",  # the pay actions' body, before each had its own (same fields)
}
#: Resource descriptions for the module docstrings (others get a plain one).
ABOUT = {
    "invoices": "invoice CRUD, state changes, payments, bulk operations, statements",
    "invoice_payments": "the payment sync list, offset or cursor paged",
    "invoice_reports": "run saved reports (``data``) and ad-hoc ones (``preview``)",
    "vendors": "vendors, customers and employees (``client.clients`` too)",
    "financial_statements": "balance sheet, income statement, cash flow, trial balance",
}


def snake(text: str) -> str:
    name = re.sub(r"[^0-9a-zA-Z]+", "_", text).strip("_").lower()
    return name + "_" if keyword.iskeyword(name) else name


def camel(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake(text).split("_"))


def plural(word: str) -> str:
    if word.endswith(("ss", "ch", "sh", "x")):
        return word + "es"
    if word.endswith(("s", "ledger", "consumption", "usage")):
        return word
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy")):
        return word[:-1] + "ies"
    return word + "s"


def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "settings")):
        return word[:-1]
    return word


def isort_key(name: str) -> tuple[int, str]:
    """ruff's isort order of imported names: CONSTANTS, then Classes, then the rest, case-insensitively."""
    name = name.split(" as ")[0]
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name.lower())


def import_line(module: str, names: list[str]) -> list[str]:
    """``from module import names`` as ruff's isort writes it (wrapped one name a line when too long;
    ``X as Y`` imports as statements of their own, after the plain one)."""
    plain = sorted((n for n in names if " as " not in n), key=isort_key)
    statements: list[tuple[tuple[int, str], list[str]]] = []
    if plain:
        line = f"from {module} import {', '.join(plain)}"
        wrapped = [line] if len(line) <= 120 else [f"from {module} import (", *[f"    {n}," for n in plain], ")"]
        statements.append((isort_key(plain[0]), wrapped))
    for name in (n for n in names if " as " in n):
        statements.append((isort_key(name), guarded_import(module, name, indent="")))
    return [line for _key, lines in sorted(statements) for line in lines]


def guarded_import(module: str, name: str, *, indent: str = "    ") -> list[str]:
    """``from module import name`` (``name`` may say ``X as Y``) at an indent, wrapped as ruff wraps it."""
    line = f"{indent}from {module} import {name}"
    if len(line) <= 120:
        return [line]
    return [f"{indent}from {module} import (", f"{indent}    {name},", f"{indent})"]


def schema_refs(node: t.Any) -> set[str]:
    """Names of the schemas ``node`` refers to, at any depth."""
    if isinstance(node, dict):
        found = {str(node["$ref"]).rsplit("/", 1)[-1]} if "$ref" in node else set()
        return found.union(*(schema_refs(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(schema_refs(v) for v in node))
    return set()


def is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


@dataclass
class Method:
    """One operation as an SDK method."""

    op_id: str
    http: str
    path: str
    op: dict[str, t.Any]
    owner: tuple[str, ...]
    name: str
    #: (spec name, Python name) in path order.
    path_params: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Resource:
    attr: str
    owner: tuple[str, ...]
    methods: list[Method] = field(default_factory=list)
    children: dict[str, Resource] = field(default_factory=dict)

    @property
    def cls(self) -> str:
        if len(self.owner) == 1:
            return camel(self.attr)
        return "".join(camel(singular(p)) for p in self.owner[:-1]) + camel(self.owner[-1])


__all__ = [
    "ABOUT",
    "ALIASES",
    "ANSWERED_ACTION",
    "BASES",
    "BASE_METHODS",
    "CLASS_ALIASES",
    "DELETED_RECORD",
    "HAND_WRITTEN",
    "HEADER",
    "MARK",
    "METHODS",
    "OLD_NAMES",
    "PARAM_ALIASES",
    "RENAME",
    "SAFE_POST_SEGMENTS",
    "SERVICE",
    "TOP",
    "Method",
    "Resource",
    "camel",
    "guarded_import",
    "import_line",
    "is_param",
    "isort_key",
    "plural",
    "schema_refs",
    "singular",
    "snake",
]
