"""Give the demo seed one object of every resource the vendored spec lists, where it has none.

Usage::

    python spec/demo_seed.py            # rewrites mockserver/campfire_mock/seed/demo.json in place
    python spec/demo_seed.py PATH       # the same, on the seed file at PATH

Deterministic and idempotent: objects already in the seed (the invoices, clients, accounts, bank
transactions and the hand-written AR objects) are left alone; a resource without one gets id 1 with
its required writable fields at the schema's example or first allowed value, and a name or
description saying what it is. Nested resources get their object under their parent's seeded one
(``_parent``). Run it after re-vendoring the spec, then edit the new objects by hand where a docs
example names other values.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import typing as t
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "mockserver"))

from demo_payables import add_payables  # noqa: E402

from campfire_mock.openapi.conform import Context, default  # noqa: E402
from campfire_mock.openapi.documents import dereferencer, load_spec  # noqa: E402
from campfire_mock.openapi.resources import plan  # noqa: E402
from campfire_mock.openapi.router import argument_name as pythonic  # noqa: E402

SEED = ROOT / "mockserver" / "campfire_mock" / "seed" / "demo.json"
CTX = Context(dt.datetime(2026, 3, 1, tzinfo=dt.UTC), "demo")
#: Collections whose objects the mock derives (or that keep nothing of their own), so the seed holds none:
#: listed here, a run adds nothing for them (a run on the shipped seed adds nothing at all).
DERIVED_KINDS = frozenset(
    {
        "/integrations/api/v1/webhook/topics",
        "/coa/api/v1/bill/amortization/generate-schedule",
        "/ca/api/user_currency/with_rate",  # rates come from the ledger's documents
        "/coa/api/transaction/report",  # the ledger's lines through the report engine
        "/coa/api/fixed-asset-automation/accounts",  # the chart's FIXED_ASSET accounts
        "/coa/api/fixed-asset-automation/asset-classes",  # the fixed asset classes of one account
        "/coa/api/fixed-asset/reconciliation/unmatched-gl",  # the ledger's lines on those accounts
        "/coa/api/account/balance-sheet",  # the chart's accounts with their ledger balances
        "/coa/api/account/income-statement",  # the same, for the income statement's accounts
        "/integrations/api/v1/webhook/{id}/events",  # the twin's own delivery log (none for an inactive webhook)
    }
)
#: Fields that make a generated object readable.
LABELS = ("name", "display_name", "title", "description", "memo", "label")


def value(schema: dict[str, t.Any]) -> t.Any:
    if "example" in schema:
        return schema["example"]
    if schema.get("type") == "object" or "properties" in schema:
        return {
            k: value(v)
            for k, v in schema.get("properties", {}).items()
            if k in schema.get("required", []) and not v.get("readOnly")
        }
    if schema.get("type") == "array":
        return []
    return default({k: v for k, v in schema.items() if k != "nullable"}, CTX)


#: The demo company's chart beyond the accounts the invoice examples use: (id, number, name, type, subtype,
#: cash-flow classification).
CHART = (
    (180564, "1000", "Cash and Cash Equivalents", "ASSET", "BANK", "NONE"),  # the journal-entry guide's
    (2563, "1600", "Fixed Assets", "ASSET", "FIXED_ASSET", "INVESTING"),  # the journal-entry guide's
    (1020, "1020", "Savings Account", "ASSET", "BANK", "NONE"),
    (1300, "1300", "Prepaid Expenses", "ASSET", "PREPAID", "OPERATING"),
    (1350, "1350", "Withholding Tax Receivable", "ASSET", "OTHER_CURRENT_ASSET", "OPERATING"),  # withheld by customers
    (1500, "1500", "Computer Equipment", "ASSET", "FIXED_ASSET", "INVESTING"),
    (1510, "1510", "Accumulated Depreciation", "ASSET", "FIXED_ASSET", "OPERATING"),
    (2000, "2000", "Accounts Payable", "LIABILITY", "ACCOUNTS_PAYABLE", "OPERATING"),
    (2100, "2100", "Company Credit Card", "LIABILITY", "CREDIT_CARD", "OPERATING"),
    (2300, "2300", "Accrued Payroll", "LIABILITY", "OTHER_CURRENT_LIABILITY", "OPERATING"),
    (2350, "2350", "Withholding Tax Payable", "LIABILITY", "OTHER_CURRENT_LIABILITY", "OPERATING"),  # from vendors
    (2700, "2700", "Term Loan", "LIABILITY", "LONG_TERM_LIABILITY", "FINANCING"),
    (3000, "3000", "Common Stock", "EQUITY", "EQUITY", "FINANCING"),
    (3900, "3900", "Retained Earnings", "EQUITY", "RETAINED_EARNINGS", "NONE"),
    (5000, "5000", "Hosting and Infrastructure", "COGS", "COST_OF_GOODS_SOLD", "OPERATING"),
    (5100, "5100", "Customer Support Salaries", "COGS", "COST_OF_GOODS_SOLD", "OPERATING"),
    (6000, "6000", "Salaries and Wages", "OPERATING_EXPENSES", "EXPENSE", "OPERATING"),
    (6010, "6010", "Payroll Taxes and Benefits", "OPERATING_EXPENSES", "EXPENSE", "OPERATING"),
    (6100, "6100", "Rent", "OPERATING_EXPENSES", "EXPENSE", "OPERATING"),
    (6200, "6200", "Software Subscriptions", "OPERATING_EXPENSES", "EXPENSE", "OPERATING"),
    (6300, "6300", "Depreciation Expense", "OPERATING_EXPENSES", "EXPENSE", "OPERATING"),
    (6400, "6400", "Marketing and Advertising", "OPERATING_EXPENSES", "EXPENSE", "OPERATING"),
    (7000, "7000", "Interest Income", "OTHER_INCOME", "OTHER_INCOME", "OPERATING"),
    (7100, "7100", "Interest Expense", "OTHER_EXPENSE", "OTHER_EXPENSE", "OPERATING"),
)
#: The first id of the demo company's manual journal entries (entry 1 is the founders' capital).
BOOKS_FIRST_ID = 1
BOOKS_LAST_ID = 999


def _entry(entry_id: int, day: dt.date, memo: str, *lines: tuple[int, float, str]) -> dict[str, t.Any]:
    """A balanced manual entry of the demo company: (account, signed amount: + debit, - credit, text)."""
    assert round(sum(amount for _, amount, _ in lines), 2) == 0, memo
    stamp = f"{day.isoformat()}T17:00:00+0000"
    return {
        "id": entry_id,
        "date": day.isoformat(),
        "memo": memo,
        "entity": 54,
        "currency": "USD",
        "source": "manual",
        "type": "journal_entry",
        "created_at": stamp,
        "last_modified_at": stamp,
        "transactions": [
            {"account": account, "bank_description": text}
            | ({"debit_amount": round(amount, 2)} if amount > 0 else {"credit_amount": round(-amount, 2)})
            for account, amount, text in lines
        ],
    }


def demo_books() -> tuple[list[dict[str, t.Any]], list[dict[str, t.Any]]]:
    """The demo company's extra accounts and a year (2026) of manual entries: capital, a loan, equipment,
    monthly sales receipts, payroll, rent, hosting, software on the card, depreciation and interest."""
    accounts = [
        {"id": i, "name": f"{number} - {name}", "number": number, "account_type": kind, "account_subtype": sub,
         "account_cashflow_classification": flow, "currency": "USD", "status": "ACTIVE"}
        for i, number, name, kind, sub, flow in CHART
    ]  # fmt: skip
    entries = [
        _entry(1, dt.date(2026, 1, 2), "Founders' capital", (1010, 250000, "Share subscription"), (3000, -250000, "")),
        _entry(2, dt.date(2026, 1, 15), "Term loan drawdown", (1010, 120000, "Loan proceeds"), (2700, -120000, "")),
        _entry(3, dt.date(2026, 2, 3), "Laptops and servers", (1500, 36000, "Equipment"), (1010, -36000, "")),
        _entry(4, dt.date(2026, 1, 5), "Annual insurance", (1300, 12000, "Prepaid"), (1010, -12000, "")),
    ]  # fmt: skip
    next_id = 5
    for month in range(1, 13):
        end = (dt.date(2026, month % 12 + 1, 1) if month < 12 else dt.date(2027, 1, 1)) - dt.timedelta(days=1)
        sales = 42000 + 2600 * month
        services = 6000 + (1500 if month % 3 == 0 else 0)
        payroll = 38000 + (4000 if month >= 7 else 0)
        monthly = [
            (dt.date(2026, month, 10), "Card payouts: self-serve subscriptions",
             [(1010, sales, "Stripe payout"), (169208, -sales, "Subscriptions")]),
            (dt.date(2026, month, 12), "Onboarding services billed at sale",
             [(1010, services, "Wire"), (169209, -services, "Onboarding")]),
            (dt.date(2026, month, 25), "Payroll",
             [(6000, payroll * 0.8, "Salaries"), (5100, payroll * 0.2, "Support salaries"),
              (6010, payroll * 0.12, "Taxes and benefits"), (1010, -payroll * 1.12, "Payroll run")]),
            (dt.date(2026, month, 1), "Office rent", [(6100, 6500, "Rent"), (1010, -6500, "")]),
            (dt.date(2026, month, 3), "Cloud hosting", [(5000, 4200 + 150 * month, "Hosting"),
                                                        (1010, -(4200 + 150 * month), "")]),
            (dt.date(2026, month, 8), "Software on the company card", [(6200, 1850, "SaaS tools"),
                                                                       (2100, -1850, "Card")]),
            (dt.date(2026, month, 20), "Marketing campaigns", [(6400, 3000 + 250 * month, "Ads"),
                                                               (2100, -(3000 + 250 * month), "Card")]),
            (dt.date(2026, month, 28), "Credit card statement paid",
             [(2100, 1850 + 3000 + 250 * month, "Card payment"), (1010, -(1850 + 3000 + 250 * month), "")]),
            (end, "Depreciation", [(6300, 1000, "Straight line, 36 months"), (1510, -1000, "")]),
            (end, "Prepaid insurance used", [(6010, 1000, "Insurance"), (1300, -1000, "")]),
            (end, "Loan interest and principal", [(7100, 600, "Interest"), (2700, 2500, "Principal"),
                                                  (1010, -3100, "")]),
            (end, "Savings interest", [(1020, 45.5, "Interest"), (7000, -45.5, "")]),
        ]  # fmt: skip
        if month == 12:
            monthly.append((end, "December payroll accrued", [(6000, 4000, "Bonus accrual"), (2300, -4000, "Accrued")]))
        for day, memo, lines in monthly:
            if day.year == 2026 and day <= dt.date(2026, 12, 31):
                entries.append(_entry(next_id, day, memo, *lines))
                next_id += 1
    entries[0]["transactions"][0]["bank_description"] = "Share subscription"
    return accounts, entries


#: The supplier the journal-entry guide's example names.
GUIDE_VENDOR = {"id": 34182, "name": "ABC Bead Supply", "vendor_type": "vendor", "status": "ACTIVE"}


#: Products the spec's own contract bundle and subscription examples name (they must work verbatim).
EXAMPLE_PRODUCTS = (
    {"id": 300, "product_name": "Platform Subscription", "display_name": "Platform Subscription", "currency": "USD"},
    {"id": 1201, "product_name": "Platform License", "display_name": "Platform License", "currency": "USD"},
    {"id": 1202, "product_name": "Onboarding Services", "display_name": "Onboarding Services", "currency": "USD"},
)


def add_example_products(objects: dict[str, list[dict[str, t.Any]]]) -> None:
    """The products upstream's examples name, where the seed lacks them."""
    have = {int(p["id"]) for p in objects.setdefault("product", [])}
    objects["product"] += [dict(p) for p in EXAMPLE_PRODUCTS if p["id"] not in have]


def add_books(objects: dict[str, list[dict[str, t.Any]]]) -> None:
    """Put the demo company's chart and entries into the seed (replacing earlier ones: idempotent)."""
    accounts, entries = demo_books()
    objects["vendor"] = [v for v in objects.get("vendor", []) if v["id"] != GUIDE_VENDOR["id"]] + [GUIDE_VENDOR]
    mine = {a["id"] for a in accounts}
    objects["account"] = [a for a in objects.get("account", []) if a["id"] not in mine] + accounts
    kept = [e for e in objects.get("/coa/api/journal_entry", []) if not BOOKS_FIRST_ID <= e["id"] <= BOOKS_LAST_ID]
    objects["/coa/api/journal_entry"] = kept + entries


#: What Campfire's intercompany journal-entry examples name: the elimination entity, its cash account, the
#: intercompany receivable and payable accounts, and the Executive department.
INTERCOMPANY: dict[str, list[dict[str, t.Any]]] = {
    "entity": [
        {
            "id": 55,
            "name": "Eliminations",
            "currency": "USD",
            "parent": 54,
            "is_elimination_entity": True,
            "active": True,
        }
    ],
    "account": [
        {"id": 8855, "name": "1014 - JPMC Cash", "number": "1014", "account_type": "ASSET", "account_subtype": "BANK"},
        {
            "id": 14239,
            "name": "1900 - Intercompany Accounts Receivable",
            "number": "1900",
            "account_type": "ASSET",
            "account_subtype": "OTHER_CURRENT_ASSET",
            "account_cashflow_classification": "OPERATING",
        },
        {
            "id": 14240,
            "name": "2020 - Intercompany Accounts Payable",
            "number": "2020",
            "account_type": "LIABILITY",
            "account_subtype": "OTHER_CURRENT_LIABILITY",
            "account_cashflow_classification": "OPERATING",
        },
    ],
    "department": [{"id": 364, "name": "Executive"}],
}


def add_intercompany(objects: dict[str, list[dict[str, t.Any]]]) -> None:
    """Put what Campfire's intercompany examples name into the seed (replacing earlier ones: idempotent)."""
    for kind, rows in INTERCOMPANY.items():
        mine = {r["id"] for r in rows}
        objects[kind] = [o for o in objects.get(kind, []) if o["id"] not in mine] + [dict(r) for r in rows]


#: A withdrawal the demo's customer refunds draw on: a credit memo's refund (mark-used) is money out, so the
#: deposits that pay invoices cannot fund it (``domain/bank_transactions.py``'s direction rule).
REFUND_WITHDRAWAL = {
    "id": 14728807,
    "amount": -500,
    "date": "2026-03-01",
    "description": "Customer refunds wire",
    "account_id": 1010,
    "currency": "USD",
}


def add_refund_withdrawal(objects: dict[str, list[dict[str, t.Any]]]) -> None:
    """Put the customer refunds' withdrawal into the seed (replacing an earlier one: idempotent)."""
    kept = [o for o in objects.get("transaction", []) if o["id"] != REFUND_WITHDRAWAL["id"]]
    objects["transaction"] = [*kept, dict(REFUND_WITHDRAWAL)]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else SEED
    spec = load_spec(ROOT / "spec" / "campfire.openapi.yaml")
    resolver = dereferencer(spec)
    seed = json.loads(path.read_text(encoding="utf-8"))
    objects: dict[str, list[dict[str, t.Any]]] = seed["objects"]
    plans = [p for p in plan(spec, pythonic).values() if p.kind and p.item_name and p.kind.startswith("/")]
    kinds: dict[str, t.Any] = {}
    for p in sorted(plans, key=lambda p: (p.kind or "").count("{")):
        kinds.setdefault(t.cast(str, p.kind), p)
    added = 0
    for kind, p in kinds.items():
        if objects.get(kind) or kind in DERIVED_KINDS:
            continue
        schema = resolver.schema(p.item_name)
        props = schema.get("properties", {})
        obj: dict[str, t.Any] = {"id": 1}
        for name in schema.get("required", []):
            sub = props.get(name, {})
            if not sub.get("readOnly") and name != "id":
                obj[name] = value(sub)
        label = kind.rsplit("/", 1)[-1].replace("-", " ").replace("_", " ")
        for name in LABELS:
            if name in props and not props[name].get("readOnly") and not obj.get(name):
                obj[name] = f"Demo {label}"
                break
        if p.parents:
            parent: dict[str, int] = {}
            for param, parent_kind in p.parents:
                found = [o for o in objects.get(parent_kind, []) if _under(o, parent)]
                parent[param] = int(found[0]["id"]) if found else 1
                field = param.removesuffix("_id").removesuffix("_pk")
                if field in obj:  # the parent's own field says the parent the path names
                    obj[field] = parent[param]
            obj["_parent"] = parent
        objects[kind] = [obj]
        added += 1
    add_books(objects)
    add_intercompany(objects)
    add_example_products(objects)
    add_refund_withdrawal(objects)
    add_payables(seed)
    known_values(seed)
    add_stamps(objects)
    path.write_text(json.dumps(seed, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"added {added} objects to {path}")
    return 0


#: The day the demo books were set up: what an object of the demo was created on when it has no date of its own.
SET_UP = "2024-12-02T09:00:00+0000"
#: An object's own date, in the order looked for: a document was created on its date.
OWN_DATES = (
    "invoice_date",
    "bill_date",
    "credit_memo_date",
    "debit_memo_date",
    "date",
    "transaction_date",
    "contract_start_date",
    "start_date",
)


def add_stamps(objects: dict[str, list[dict[str, t.Any]]]) -> None:
    """Give every object without ``created_at`` one from the demo's own story (its date, else the set-up
    day), and ``last_modified_at`` the same: without them the loader stamps the moment a workspace is made,
    which a contract of 2025 was not created at. Deterministic: the objects other steps rewrite get the same."""
    for rows in objects.values():
        for obj in rows:
            if not isinstance(obj, dict) or obj.get("created_at"):
                continue
            day = next((str(obj[k])[:10] for k in OWN_DATES if isinstance(obj.get(k), str) and obj[k]), None)
            created = f"{day}T09:00:00+0000" if day else SET_UP
            modified = obj.get("last_modified_at")
            obj["created_at"] = min(created, modified) if isinstance(modified, str) and modified else created
            if not modified:
                obj["last_modified_at"] = obj["created_at"]
    for obj in objects.get("invoice", []):  # its payments: made on their own dates, which change the invoice
        for pay in obj.get("payments") or []:
            if isinstance(pay, dict) and not pay.get("created_at") and pay.get("payment_date"):
                pay["created_at"] = f"{str(pay['payment_date'])[:10]}T09:00:00+0000"
            if isinstance(pay, dict) and pay.get("created_at"):
                obj["last_modified_at"] = max(str(obj.get("last_modified_at") or ""), pay["created_at"])


#: The model the demo's file was uploaded for: a policy, upstream's one model that names no object.
DEMO_FILE_MODEL = "policy"


def known_values(seed: dict[str, t.Any]) -> None:
    """What the seed's own story gives where a generated object held ``""`` in a field Campfire always fills:
    objects of derived kinds go (the mock answers those from the chart, the ledger or its delivery log: a
    stored row is never shown), and the demo file is an upload for a policy, with the path an upload gets
    (``<customer>/<model>/<id>/<name>``, ``domain/files.py``)."""
    objects: dict[str, list[dict[str, t.Any]]] = seed["objects"]
    for kind in DERIVED_KINDS:
        objects.pop(kind, None)
    for row in objects.get("/ca/api/file", []):
        if row.get("s3_path") == "":
            row["model"] = row.get("model") or DEMO_FILE_MODEL
            row["s3_path"] = f"{seed['customer']}/{row['model']}/{row['id']}/{row['name']}"


def _under(obj: dict[str, t.Any], parent: dict[str, int]) -> bool:
    mine = obj.get("_parent") or {}
    return all(mine.get(k) == v for k, v in parent.items() if k in mine)


if __name__ == "__main__":
    sys.exit(main())
