"""Vendor Campfire's published OpenAPI schema, every path of it, into ``spec/``.

Usage::

    python spec/vendor.py UPSTREAM.json [--output spec/campfire.openapi.yaml]

The script is deterministic: the same upstream file always gives the same YAML.
It keeps upstream paths, methods, operationIds, parameters, request bodies,
response schemas, enums, ranges, security and prose (``description``/``summary``,
where Campfire states its rules) unchanged, and applies our additions: an
operation upstream gives no summary gets one made from its operationId and path.
Every addition carries an ``x-campfire-devkit`` extension:

* ``{"reason": ..., "added": true}`` on a node that upstream does not have;
* ``{"reason": ..., "upstream": <node>}`` on a node we changed, holding the
  upstream node so ``revert_additions`` can restore it exactly.

``tests/spec/test_upstream_equality.py`` reverts every addition and compares the
result with upstream, so nothing can drift silently.
"""

from __future__ import annotations

import argparse
import copy
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from vendoring.action_bodies import add_action_bodies, add_action_schemas, add_file_bodies
from vendoring.common import (
    ERROR_SCHEMAS,
    HTTP_METHODS,
    MARK,
    PACKAGE_SPEC_DIR,
    SPEC_DIR,
    SPEC_FILES,
    UPSTREAM_DATE,
    add_error_responses,
    add_links,
    copy_operation,
    referenced_schemas,
    selected_operations,
)
from vendoring.contract_updates import contract_tag_items, contract_update_components, milestone_quantity_bounds
from vendoring.deleted import add_deleted_records, add_department_deleted_marks
from vendoring.document_bodies import (
    add_amortization,
    add_next_credit_memo_number,
    add_payables_bodies,
    add_payables_schemas,
    add_pdf_responses,
)
from vendoring.examples import response_examples_off_requests
from vendoring.forms import form_bodies, form_booleans
from vendoring.ledger import add_ledger_bodies, add_ledger_report, writable_lines
from vendoring.line_discounts import described_line_discount, invoice_discount_bounds, line_amount_bounds
from vendoring.merge_ids import merge_ids
from vendoring.nulls import (
    add_contract_figures,
    described_defaults,
    null_unknown_figures,
    null_when_unsent,
    nullable_client_fields,
    nullable_dates,
    nullable_line_entity,
    nullable_read_only,
)
from vendoring.observed import (
    add_observed_fields,
    budget_account_lineage,
    follow_observed_types,
    prepaid_commit_tag_ids,
    readable_invoice_revenue,
    readable_journal_revenue,
    revenue_ids_as_text,
)
from vendoring.pay_bodies import contract_currency_bounded, paid_transaction_required, pay_components
from vendoring.read_bodies import (
    add_action_answer_schemas,
    add_action_answers,
    add_read_bodies,
    add_read_schemas,
    add_webhook_topics,
)
from vendoring.reports import add_report_csv, add_report_extensions, add_report_fields, allow_empty_cursor, twin_engine
from vendoring.requests import (
    consumption_event_bounds,
    document_request_components,
    priced_invoice_lines,
    request_components,
    request_rules,
    withholding_bounds,
)
from vendoring.required_bodies import required_bodies
from vendoring.statements import add_statement_bodies, group_by_choices
from vendoring.timestamps import filter_formats, relax_timestamps
from vendoring.values import bound_integers, relax_decimals, relax_relations


def revert_additions(node: Any) -> Any:
    """Undo every marked addition: drop added nodes, restore changed ones."""
    if isinstance(node, list):
        return [
            revert_additions(n)
            for n in node
            if not (isinstance(n, dict) and isinstance(n.get(MARK), dict) and n[MARK].get("added"))
        ]
    if not isinstance(node, dict):
        return node
    mark = node.get(MARK)
    if isinstance(mark, dict) and "upstream" in mark:
        return revert_additions(copy.deepcopy(mark["upstream"]))  # an addition may change an addition
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == MARK:
            continue
        if isinstance(value, dict) and isinstance(value.get(MARK), dict) and value[MARK].get("added"):
            continue
        reverted = revert_additions(value)
        if isinstance(value, (dict, list)) and value and reverted in ({}, []):
            continue  # a map (such as ``links``) or a list (``parameters``) that held only additions
        out[key] = reverted
    return out


def additions(node: Any, where: str = "#") -> Iterator[tuple[str, str]]:
    """Yield (JSON pointer, reason) for every marked addition."""
    if isinstance(node, list):
        for i, value in enumerate(node):
            yield from additions(value, f"{where}/{i}")
    elif isinstance(node, dict):
        mark = node.get(MARK)
        if isinstance(mark, dict) and "reason" in mark:
            yield where, mark["reason"]
            if "upstream" in mark:
                return
        for key, value in node.items():
            if key != MARK:
                yield from additions(value, f"{where}/{key.replace('~', '~0').replace('/', '~1')}")


def build(upstream: dict[str, Any]) -> dict[str, Any]:
    """Return the vendored spec as a plain dict."""
    up_paths = upstream["paths"]
    paths: dict[str, Any] = {}
    for path, method in selected_operations(up_paths):
        item = paths.setdefault(path, {})
        if "parameters" in up_paths[path] and "parameters" not in item:
            item["parameters"] = copy.deepcopy(up_paths[path]["parameters"])
        item[method] = copy_operation(up_paths[path][method], method, path)

    up_schemas = upstream["components"]["schemas"]
    names = referenced_schemas(paths, up_schemas)
    schemas = {name: copy.deepcopy(up_schemas[name]) for name in names}

    for item in paths.values():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            add_payables_bodies(op)
            add_amortization(op)
            add_action_bodies(op)
            add_file_bodies(op)
            add_read_bodies(op)
            add_action_answers(op)
            add_error_responses(op, method)
            add_links(op)
            add_report_csv(op)
            add_report_extensions(op)
            add_pdf_responses(op)
            add_next_credit_memo_number(op)
            allow_empty_cursor(op)
            filter_formats(op)
            merge_ids(op)
    response_examples_off_requests(paths)  # before any step changes a response's examples
    add_webhook_topics(paths)
    group_by_choices(paths)
    add_ledger_report(paths)
    paid_transaction_required(schemas)  # before relax_relations: its text twin then means no null
    contract_currency_bounded(schemas)
    relax_relations(schemas)
    nullable_line_entity(schemas)  # after relax_relations: widens the relation it makes
    milestone_quantity_bounds(schemas)  # before relax_decimals: its text twin follows the bound
    relax_decimals(schemas)
    nullable_dates(schemas)
    nullable_client_fields(schemas)
    follow_observed_types(schemas)
    budget_account_lineage(schemas)
    nullable_read_only(schemas)
    described_defaults(schemas)
    described_line_discount(schemas)
    null_when_unsent(paths, schemas)
    null_unknown_figures(schemas)
    add_contract_figures(schemas)
    add_observed_fields(schemas)

    readable_invoice_revenue(schemas)
    revenue_ids_as_text(schemas)  # after readable_invoice_revenue: widens the items it leaves
    readable_journal_revenue(schemas)
    prepaid_commit_tag_ids(schemas)
    add_report_fields(schemas)
    add_ledger_bodies(paths, schemas)
    add_statement_bodies(paths, schemas)
    add_payables_schemas(schemas)
    add_action_schemas(schemas)
    add_read_schemas(schemas)
    add_action_answer_schemas(schemas)
    add_deleted_records(paths, schemas)  # after every added list body; before relax_timestamps
    schemas = relax_timestamps(schemas)
    add_department_deleted_marks(schemas)  # after relax_timestamps: copies Vendor's relaxed fields
    writable_lines(schemas)
    twin_engine(schemas)
    request_rules(paths, schemas)
    request_components(paths, schemas)  # after writable_lines: splits the entries it makes writable
    document_request_components(paths, schemas)
    contract_tag_items(schemas)
    contract_update_components(paths, schemas)
    pay_components(paths, schemas)
    withholding_bounds(schemas)
    consumption_event_bounds(schemas)
    priced_invoice_lines(paths, schemas)  # after document_request_components: its invoice request's lines
    invoice_discount_bounds(schemas)  # after document_request_components and relax_decimals
    line_amount_bounds(schemas)  # after document_request_components and relax_decimals
    required_bodies(paths, schemas)  # after every request component
    schemas = bound_integers(schemas)
    paths = bound_integers(paths)
    form_booleans(paths, schemas)
    form_bodies(paths, schemas)
    schemas.update(copy.deepcopy(ERROR_SCHEMAS))

    used_tags = sorted(
        {t for item in paths.values() for m, op in item.items() if m in HTTP_METHODS for t in op.get("tags", [])}
    )
    tag_text = {tag["name"]: tag.get("description") for tag in upstream.get("tags", [])}
    return {
        "openapi": upstream["openapi"],
        "info": {
            "title": "Campfire API (vendored by campfire-devkit)",
            "version": upstream["info"]["version"],
            "description": (
                "Campfire's developer API, every path of it,"
                f" vendored from Campfire's published schema ({UPSTREAM_DATE}) by spec/vendor.py."
                f" Every addition of ours is marked with `{MARK}`; see spec/README.md.\n\n"
                + upstream["info"].get("description", "")
            ),
        },
        "servers": copy.deepcopy(upstream["servers"]),
        "tags": [{"name": t, **({"description": tag_text[t]} if tag_text.get(t) else {})} for t in used_tags],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": copy.deepcopy(upstream["components"]["securitySchemes"]),
        },
    }


class _Dumper(yaml.SafeDumper):
    """Safe dumper that never emits anchors and keeps long strings on one line."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_representer(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_representer)


def dump(spec: dict[str, Any]) -> str:
    header = (
        "# Generated by spec/vendor.py from Campfire's published OpenAPI schema. Do not edit by hand:\n"
        "# change spec/vendor.py and run `python spec/vendor.py UPSTREAM.json`.\n"
    )
    return header + yaml.dump(spec, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10_000)


def sync_package_copy() -> None:
    """Copy the spec files into the mock package, which ships them in the wheel, each with a JSON twin
    holding the same document (the server reads the twin: a few milliseconds, against a third of a
    second for the YAML)."""
    PACKAGE_SPEC_DIR.mkdir(parents=True, exist_ok=True)
    for name in SPEC_FILES:
        shutil.copyfile(SPEC_DIR / name, PACKAGE_SPEC_DIR / name)
        document = yaml.load(
            (SPEC_DIR / name).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
        twin = (PACKAGE_SPEC_DIR / name).with_suffix(".json")
        twin.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("upstream", type=Path, help="Campfire's OpenAPI schema (JSON)")
    parser.add_argument(
        "--output",
        type=Path,
        default=Path(__file__).with_name("campfire.openapi.yaml"),
        help="where to write the vendored spec",
    )
    parser.add_argument(
        "--no-package-copy",
        action="store_true",
        help=f"do not copy {', '.join(SPEC_FILES)} into {PACKAGE_SPEC_DIR}",
    )
    args = parser.parse_args(argv)
    upstream = json.loads(args.upstream.read_text(encoding="utf-8"))
    text = dump(build(upstream))
    args.output.write_text(text, encoding="utf-8")
    if not args.no_package_copy:
        sync_package_copy()
    spec = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    n_ops = sum(1 for item in spec["paths"].values() for m in item if m in HTTP_METHODS)
    n_add = sum(1 for _ in additions(spec))
    print(f"wrote {args.output}: {len(spec['paths'])} paths, {n_ops} operations, {n_add} marked additions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
