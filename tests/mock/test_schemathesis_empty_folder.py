"""An independent Schemathesis run finds nothing: Schemathesis 4 from an empty folder (no project config
applies), every check, over the project's own spec as the mock serves it (``/openapi.json``, demo seed, a
loopback port). By default a representative few operations, examples and coverage phases only (the reads
given bodies this session, the review actions, a form body; loading the spec is most of its ~15 s); under
``--deep`` every operation with every phase, as the session report's run (about ten minutes).

What it may still report is only what the spec cannot say: a valid-looking request the demo state refuses
(``STATE_REFUSALS``: an id that names no object, a date so near 0001-01-01
or 9999-12-31 that a day the request counts with does not exist, the named objects' own state, query parameters
that exclude or need each other, a statement past its cell budget, a subscription's schedule past the twin's 600
months). Anything else fails the test, with the request and the answer.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import typing as t
from pathlib import Path

import httpx

from .live import LiveServer

DEEP = os.environ.get("CAMPFIRE_TESTS_DEEP") == "1"
#: The operations of the default run: one of each kind this session touched.
SUBSET = (
    "list_fixed_asset_automation_accounts",
    "list_fixed_asset_automation_asset_classes",
    "get_transaction_matches_count",
    "get_prepaid_commit_usage_events_template",
    "reject_transaction_match",
    "set_transaction_match_status",
    "ca_api_v1_custom_fields_reorder_create",
    "coa_api_tag_partial_update",
    "ca_api_get_income_statement_retrieve",  # an end date before the start date: an empty period
    "coa_api_v1_invoice_bulk_apply_payment_create",  # invoice_ids or filters, stated as anyOf
    "rr_api_v1_contracts_partial_update",  # an update names no prepaid_commits, stated on ContractUpdate
    "preview_chart_transaction_merge",  # transaction_ids, a required query parameter of two ids
    "coa_api_v1_invoice_report_preview_retrieve",  # id filters and timeframes stated as patterns
    "coa_api_transaction_report_retrieve",  # the ledger report's names and id lists, in its own vocabulary
    "rr_api_v1_contracts_bulk_search_create",  # a form's one-part list (contracts={}) is its one item
    "coa_api_intercompany_journal_entry_create",  # no answer among the request's examples (reversal_of=null)
)
#: 400s whose cause is the workspace's state, not the request's shape (no schema can say which ids exist).
STATE_REFUSALS = (
    "object does not exist",  # DRF's PrimaryKeyRelatedField: a random id names nothing
    "object is inactive",  # a named entity or client the run has made inactive (a kept one is not judged again)
    "Unknown invoice ids",  # bulk-apply's words for the same: a random invoice id names nothing
    "Ensure the date falls between the years",  # terms counted from a date late in 9999 fall due past it
    "A date is too close to 0001-01-01 or 9999-12-31",  # a statement counting a day the calendar lacks
    # (under --deep) what the demo objects' own state refuses, which no schema of the request can say:
    "is a line of journal entry",  # a GL line of an entry is changed through its entry, so the entry balances
    "The termination date cannot be before the contract starts.",  # the contract's own start date
    "The report has no statement date range yet.",  # the reconciliation report's state
    "This credit memo belongs to another client.",  # which client the named credit memo has
    "This credit memo is voided.",  # the named credit memo's state (the run voided it)
    "the vendor is not a customer",  # an invoice's client names a record whose vendor_type is not customer
    "remains on this debit memo",  # what is left of the named debit memo
    "remains on this credit memo",  # what is left of the named credit memo
    # a line's amount its quantity x rate made (a product of two fields, no schema states it) past the cap
    "Ensure quantity x rate is less than",
    # DRF's CharField refuses text holding a NUL character in every text field: docs/server.md and
    # docs/contract.md say so, the spec does not (a pattern on every text field of every request would cost a
    # regular expression per value)
    "Null characters are not allowed.",
    "of this transaction is unapplied",  # what is left of the named bank transaction
    "A workspace may have at most 16 webhooks",  # how many the run has made already
    "this would make contract",  # a sum over the contract's objects past its 15 digits
    "is not an invoice of contract",  # which invoices the named contract has (a terminate's void_invoice_ids)
    "what is due on this",  # a withholding above what the named invoice or bill still has due
    "exceed the",  # credits (an invoice's pay) or payments (a bill's) above what the named one still has due
    "do not make a bill yet",  # a bill draft promoted (no body) before its stored extracted fields make a bill
    # a parent naming the object itself (the path's id) or one below it: the tree the workspace holds decides
    "may not be its own parent.",
    "may not be made a child of one of its descendants",
    # a reconciliation's statement range: two dates compared (no schema compares two fields), or one sent
    # against the other the report already has
    "The statement ends before it starts.",
    # an entry's reversal date against its date, a document's due date against its date, a subscription's end
    # against its start: two fields compared, or one sent against the stored object's other
    "The reversal date cannot be before the entry's date.",
    "The due date cannot be before the",
    "The end date cannot be before the start date.",
    # a document in another currency than its entity's books needs a rate: the named entity's currency decides
    "the twin knows no market rate to compute it from",
    # query parameters that exclude each other (OpenAPI 3.0 cannot say so of two parameters):
    "Give one of nested, flat and columns",
    "Give offset or page, not both.",
    "Give limit or page_size",
    "has no pivot: leave out shouldPivot.",  # a report's detail listing (columns) and shouldPivot
    "one per parent level of group_fields",  # a report's group_keys: as many as group_fields has parents
    "This field is required when group_by is tag.",  # a statement's group, needed by group_by's value
    # a terminate's void_date, needed once void_invoice_ids names invoices (upstream's words: "Required when
    # void_invoice_ids is provided.")
    "This field is required when void_invoice_ids is provided.",
    "not in this query's rows",  # a report's sort: its group_fields and aggregation_fields decide its columns
    # a statement's cells: rows x columns of the asked range and cadence, past the budget (docs/limits.md)
    "Ask for a shorter period or a longer cadence.",
    # a subscription's revenue schedule: its start against its end or its contract's stored end, past the twin's
    # 600 months (docs/limits.md; Campfire documents no bound)
    "A subscription's revenue schedule may span at most",
)


def _messages(node: t.Any) -> list[str]:
    """Every message of a 400 body, however nested (DRF's field, list and item errors)."""
    if isinstance(node, dict):
        return [m for value in node.values() for m in _messages(value)]
    if isinstance(node, list):
        return [m for value in node for m in _messages(value)]
    return [str(node)] if "more items have errors" not in str(node) else []  # a count of the others shown


#: 400s of an action that takes no body and judges a stored object: every message beside one of these names a
#: field of that object (a bill draft's ``entity``, ``extracted_line_items``...), none of the request's.
STORED_OBJECT_REFUSALS = ("do not make a bill yet",)


def _only_state_refusals(body: str) -> bool:
    """Whether every message of the 400 is a state refusal: one that is not hides no other beside it."""
    try:
        messages = _messages(json.loads(body))
    except ValueError:
        messages = [body]
    if any(reason in m for m in messages for reason in STORED_OBJECT_REFUSALS):
        return True
    return bool(messages) and all(any(reason in m for reason in STATE_REFUSALS) for m in messages)


def _text(node: t.Any) -> str:
    if isinstance(node, dict) and "$base64" in node:
        return base64.b64decode(node["$base64"]).decode("utf-8", "replace")
    return "" if node is None else str(node)


def _drawn_null(case: dict[str, t.Any]) -> bool:
    """Schemathesis' fuzzing fills a parameter from an earlier answer's field of the same name
    (``pool_draws``): a ``ChartAccount``'s ``account_id`` is null, so it sends ``account_id=null``, which no
    schema here allows. A finding about the draw, not the mock."""
    value = case.get("value") or {}
    drawn = {d.get("parameter_name") for d in (value.get("meta") or {}).get("pool_draws") or []}
    sent = {**(value.get("query") or {}), **(value.get("path_parameters") or {})}
    return any(sent.get(name) in ("null", None) for name in drawn if name in sent)


#: Errors inside the tool while it draws a case (no request sent): Python's own ``SystemError`` from the AST
#: module, which Hypothesis reaches when it describes a strategy's lambda from several threads at once.
TOOL_ERRORS = ("SystemError",)


def _tool_errors(lines: list[str]) -> set[str]:
    """The operations whose only trouble was the tool's own (``TOOL_ERRORS``), by label."""
    labels = set()
    for line in lines:
        error = json.loads(line).get("NonFatalError") or {}
        if (error.get("value") or {}).get("type") in TOOL_ERRORS and error.get("label"):
            labels.add(error["label"])
    return labels


def failures(report: Path) -> list[str]:
    """Each failed check of the run, but the state refusals, as ``label check status: answer``."""
    found: list[str] = []
    lines = report.read_text().splitlines()
    tool = _tool_errors(lines)
    for line in lines:
        event = json.loads(line).get("ScenarioFinished")
        if not event or event["status"] not in ("failure", "error"):
            continue
        recorder = event["recorder"]
        # (a tool error sends nothing: nothing of the mock's to judge)
        if event["status"] == "error" and not recorder.get("checks") and recorder["label"] not in tool:
            found.append(f"{recorder['label']}: error")
        for case_id, checks in recorder.get("checks", {}).items():
            if _drawn_null(recorder.get("cases", {}).get(case_id) or {}):
                continue
            answer = (recorder.get("interactions", {}).get(case_id) or {}).get("response") or {}
            body = _text(answer.get("content") or answer.get("body"))
            for check in checks:
                if check.get("status") != "failure":
                    continue
                state = check["name"] == "positive_data_acceptance" and answer.get("status_code") == 400
                if state and _only_state_refusals(body):
                    continue
                found.append(f"{recorder['label']} {check['name']} {answer.get('status_code')}: {body[:300]}")
    return found


def test_an_empty_folder_schemathesis_run_finds_nothing(tmp_path: Path) -> None:
    """Every check over the served spec reports nothing but what the demo state refuses."""
    server = LiveServer("--seed", "demo").start()
    # the first /openapi.json is rendered on demand (seconds on a busy machine): past Schemathesis' 10 s read limit
    httpx.get(f"{server.url}/openapi.json", timeout=120).raise_for_status()
    folder = tmp_path / "empty"
    folder.mkdir()
    scope = [] if DEEP else [arg for op in SUBSET for arg in ("--include-operation-id", op)]
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        f"{server.url}/openapi.json",
        "-H",
        "Authorization: Token schemathesis",
        "--checks",
        "all",
        "--max-examples",
        "3" if DEEP else "2",
        "--request-timeout",
        "20",
        "--max-time",
        "600" if DEEP else "30",
        "--workers",
        "2" if DEEP else "1",
        "--phases",
        "examples,coverage,fuzzing,stateful" if DEEP else "examples,coverage",
        "--report",
        "ndjson",
        "--report-dir",
        str(tmp_path / "report"),
        *scope,
    ]
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCHEMATHESIS_")}
    try:
        subprocess.run(command, cwd=folder, env=env, capture_output=True, timeout=840 if DEEP else 150, check=False)
    finally:
        server.kill()
    reports = list((tmp_path / "report").glob("*.ndjson"))
    assert reports, "Schemathesis wrote no report"
    tested = {
        json.loads(line).get("ScenarioFinished", {}).get("recorder", {}).get("label")
        for line in reports[0].read_text().splitlines()
    }
    assert len(tested - {None}) >= (300 if DEEP else len(SUBSET)), sorted(t for t in tested if t)
    found = failures(reports[0])
    assert not found, f"{len(found)} finding(s):\n" + "\n".join(found)


def test_the_filter_reads_a_tool_error_as_the_tools_and_any_other_error_as_a_finding(tmp_path: Path) -> None:
    """An operation whose error is Python's own ``SystemError`` inside the tool (no request sent) is not the
    mock's; an error on another operation still is."""
    events = [
        {
            "NonFatalError": {
                "value": {"type": "SystemError", "message": "AST constructor recursion depth mismatch"},
                "label": "POST /ca/api/file/upload",
            }
        },
        {"ScenarioFinished": {"status": "error", "recorder": {"label": "POST /ca/api/file/upload"}}},
        {"ScenarioFinished": {"status": "error", "recorder": {"label": "GET /coa/api/vendor"}}},
    ]
    report = tmp_path / "run.ndjson"
    report.write_text("\n".join(json.dumps(e) for e in events))
    assert failures(report) == ["GET /coa/api/vendor: error"]
