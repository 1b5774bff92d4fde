"""Generate campfire_sdk's models and parameter types from the vendored spec.

Usage::

    python sdk/generate.py            # rewrites sdk/campfire_sdk/types/_models.py and _params.py

Response models are pydantic models (``extra="allow"``, so fields Campfire adds later are
kept, not rejected). Enum-valued response fields are typed ``str`` so a new value never
breaks parsing; request parameters use ``Literal`` so type checkers catch typos.
Request bodies become ``TypedDict``s of their writable fields (``Required`` where the spec
requires them); query parameters of list operations become ``TypedDict``s too.
``tests/sdk/test_generated.py`` fails when the committed files and the spec disagree.
"""

from __future__ import annotations

import argparse
import sys
import typing as t
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "campfire.openapi.yaml"
OUT = ROOT / "sdk" / "campfire_sdk" / "types"
MARK = "x-campfire-devkit"

#: Request-body schemas that get a params TypedDict.
BODY_PARAMS = (
    "AccountingInvoice",
    "PatchedAccountingInvoice",
    "AccountingInvoiceLine",
    "MarkPaid",
    "MarkPaidTransaction",
    "MarkPaidCreditMemo",
    "MarkPaidDebitMemo",
    "MarkPaidEmptyTransaction",
    "CalculatePaymentInput",
    "TransactionPaymentInput",
    "CreditMemoPaymentInput",
    "EmptyTransactionInput",
    "BulkApplyInvoicePaymentFilters",
    "Vendor",
    "VendorContact",
    "ChartEntity",
    "Product",
    "Contract",
    "AccountingCreditMemo",
    "AccountingCreditMemoLine",
)
#: operationId -> TypedDict name for its query parameters.
QUERY_PARAMS = {
    "coa_api_v1_invoice_list": "InvoiceListParams",
    "coa_api_v1_invoice_payments_list": "InvoicePaymentListParams",
    "coa_api_v1_invoice_report_preview_retrieve": "InvoiceReportParams",
    "coa_api_vendor_list": "ClientListParams",
    "coa_api_entity_list": "EntityListParams",
    "list_products": "ProductListParams",
    "list_contracts": "ContractListParams",
    "coa_api_v1_credit_memo_list": "CreditMemoListParams",
}


class Generator:
    def __init__(self, spec: dict[str, t.Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, t.Any] = spec["components"]["schemas"]

    # ----------------------------------------------------------------- types

    def enum_values(self, schema: dict[str, t.Any]) -> list[t.Any] | None:
        """Enum values of a schema, following refs, allOf and the Blank/Null oneOf idiom."""
        if "$ref" in schema:
            return self.enum_values(self.schemas[schema["$ref"].rsplit("/", 1)[-1]])
        if "enum" in schema:
            return [v for v in schema["enum"] if v is not None]
        for key in ("allOf", "oneOf"):
            if key in schema:
                values: list[t.Any] = []
                for sub in schema[key]:
                    found = self.enum_values(sub)
                    if found is None:
                        return None
                    values += found
                return values
        return None

    def annotation(self, schema: dict[str, t.Any], *, request: bool) -> str:
        """Python type for a schema (without the ``| None`` for nullability)."""
        if "$ref" in schema:
            name = str(schema["$ref"].rsplit("/", 1)[-1])
            target = self.schemas[name]
            if "properties" not in target:
                return self.annotation(target, request=request)
            if request:
                return f"{name}Param" if name in BODY_PARAMS else "dict[str, Any]"
            return name
        enum = self.enum_values(schema)
        if enum is not None:
            if request and enum:
                return "Literal[" + ", ".join(repr(v) for v in enum) + "]"
            return "str" if all(isinstance(v, str) for v in enum) else "Any"
        if "anyOf" in schema:
            types = [self.annotation(s, request=request) for s in schema["anyOf"]]
            if not request:
                return types[0]
            return " | ".join(dict.fromkeys(types))
        if "allOf" in schema and len(schema["allOf"]) == 1:
            return self.annotation(schema["allOf"][0], request=request)
        kind = schema.get("type")
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "string":
            fmt = schema.get("format")
            if fmt == "date":
                return "str | date" if request else "date"
            if MARK in schema and "pattern" in schema and "date-time" in str(schema[MARK].get("upstream", {})):
                return "str | datetime" if request else "Timestamp"
            if fmt == "binary":
                return "bytes"
            return "str"
        if kind == "array":
            item = self.annotation(schema.get("items", {}), request=request)
            return f"Iterable[{item}]" if request else f"list[{item}]"
        if kind == "object":
            return "dict[str, Any]"
        return "Any"

    def nullable(self, schema: dict[str, t.Any]) -> bool:
        if schema.get("nullable"):
            return True
        return any(
            s.get("$ref", "").endswith("/NullEnum") or s.get("nullable")
            for s in schema.get("oneOf", []) + schema.get("anyOf", [])
        )

    # ----------------------------------------------------------------- files

    def models(self) -> str:
        out = [
            '"""Response models of the Campfire invoice API, generated from the spec by sdk/generate.py.',
            "",
            'Do not edit by hand: run ``python sdk/generate.py``."""',
            "",
            "from __future__ import annotations",
            "",
            "from datetime import date",
            "from typing import Any",
            "",
            "from .._models import BaseModel, Timestamp",
            "",
            "__all__ = [",
        ]
        names = [n for n, s in self.schemas.items() if "properties" in s]
        out += [f'    "{n}",' for n in sorted(names)] + ["]", ""]
        for name in names:
            schema = self.schemas[name]
            required = set(schema.get("required", []))
            out += ["", f"class {name}(BaseModel):"]
            fields = [(p, s) for p, s in schema["properties"].items() if not s.get("writeOnly")]
            if not fields:
                out.append("    pass")
            for prop, sub in fields:
                ann = self.annotation(sub, request=False)
                if prop in required and not self.nullable(sub):
                    out.append(f"    {prop}: {ann}")
                else:
                    out.append(f"    {prop}: {ann} | None = None")
            out.append("")
        for name in names:
            out.append(f"{name}.model_rebuild()")
        return "\n".join(out).rstrip() + "\n"

    def params(self) -> str:
        out = [
            '"""Request parameters of the Campfire invoice API, generated from the spec by sdk/generate.py.',
            "",
            'Do not edit by hand: run ``python sdk/generate.py``."""',
            "",
            "from __future__ import annotations",
            "",
            "from collections.abc import Iterable",
            "from datetime import date, datetime",
            "from typing import Any, Literal, Required, TypedDict",
            "",
            "__all__ = [",
        ]
        names = [f"{n}Param" for n in BODY_PARAMS] + list(QUERY_PARAMS.values())
        out += [f'    "{n}",' for n in sorted(names)] + ["]", ""]
        for name in BODY_PARAMS:
            schema = self.schemas[name]
            required = set(schema.get("required", []))
            out += ["", f"class {name}Param(TypedDict, total=False):"]
            for prop, sub in schema["properties"].items():
                if sub.get("readOnly"):
                    continue
                ann = self.annotation(sub, request=True)
                if self.nullable(sub):
                    ann += " | None"
                out.append(f"    {prop}: Required[{ann}]" if prop in required else f"    {prop}: {ann}")
            out.append("")
        ops = {
            op["operationId"]: op for item in self.spec["paths"].values() for m, op in item.items() if m != "parameters"
        }
        for op_id, name in QUERY_PARAMS.items():
            out += ["", f"class {name}(TypedDict, total=False):"]
            for param in ops[op_id].get("parameters", []):
                if param["in"] != "query":
                    continue
                ann = self.annotation(param.get("schema", {}), request=True)
                out.append(f"    {param['name']}: {ann}")
            out.append("")
        return "\n".join(out).rstrip() + "\n"


def render(spec_path: Path = SPEC) -> dict[str, str]:
    """File name -> generated text."""
    gen = Generator(yaml.safe_load(spec_path.read_text(encoding="utf-8")))
    return {"_models.py": gen.models(), "_params.py": gen.params()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed files are out of date")
    args = parser.parse_args(argv)
    stale = []
    for name, text in render().items():
        path = OUT / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print(f"out of date: {', '.join(stale)}; run python sdk/generate.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
