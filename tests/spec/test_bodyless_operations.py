"""Which operations of the vendored spec still declare a success (other than 204) without a body, and why.

Every one is a side effect (or an outside system's work): what the twin does for it is in docs/actions.md
(modelled, or listed as generic). An operation that plainly returns data gets its body in spec/vendoring/;
one added here without a reason fails this test.
"""

from __future__ import annotations

import functools
import json
import typing as t
from pathlib import Path

#: The packaged JSON twin of spec/campfire.openapi.yaml (tests/spec/test_spec_files.py keeps them equal).
SPEC = Path(__file__).resolve().parents[2] / "mockserver" / "campfire_mock" / "spec" / "campfire.openapi.json"
ACTIONS_DOC = Path(__file__).resolve().parents[2] / "docs" / "actions.md"
#: operationId -> what the twin does (docs/actions.md says the same).
SIDE_EFFECTS = {
    "ca_api_v1_custom_fields_reorder_create": "modelled: sets each field's display_order",
    "abandon_bill_draft": "modelled: hard-deletes the draft (docs/payables.md)",
    "send_credit_memo": "modelled: sets last_sent_at",
    "coa_api_entity_attachment_create": "generic: upstream declares no body, so no file can be sent",
    "coa_api_entity_logo_create": "generic: upstream declares no body, so no file can be sent",
    "run_fixed_asset_automation": "generic: the automation's rules engine",
    "process_transaction_match": "generic: the AI matcher",
    "create_transaction_credit_memo_payments": "generic",
    "create_transaction_debit_memo_payments": "generic",
    "bulk_update_chart_transactions": "generic: upstream declares no body",
    "coa_api_v1_bill_sync_to_ramp_create": "generic: Ramp",
    "bulk_sync_bills_to_ramp": "generic: Ramp",
    "coa_api_v2_reconciliation_bulk_match_transactions_create": "generic",
    "parse_bank_statement_page": "generic: PDF parsing",
    "process_prepaid_commit_adjustments": "generic: credit memos from adjustment events",
    "upload_prepaid_commit_usage_events": "generic: upstream declares no body",
    "parse_contract": "generic: AI parsing",
}


@functools.cache
def bodyless() -> dict[str, tuple[str, str]]:
    """operationId -> (method, path) of each operation whose first 2xx (not 204) declares no body."""
    spec: dict[str, t.Any] = json.loads(SPEC.read_text())
    found: dict[str, tuple[str, str]] = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            for status, answer in op["responses"].items():
                if status.startswith("2") and status != "204" and not answer.get("content"):
                    found[op["operationId"]] = (method.upper(), path)
    return found


def test_every_bodyless_success_is_a_listed_side_effect() -> None:
    """The operations declaring a success without a body are exactly the side effects listed, with reasons."""
    assert set(bodyless()) == set(SIDE_EFFECTS)


def test_the_generic_side_effects_are_in_the_actions_page() -> None:
    """Each generic side effect's path is listed in docs/actions.md, so a user knows it changes nothing."""
    page = ACTIONS_DOC.read_text()
    found = bodyless()
    for op_id, reason in SIDE_EFFECTS.items():
        if reason.startswith("generic"):
            path = found[op_id][1].split("{")[0].rstrip("/").rsplit("/", 1)[-1]
            assert path in page, (op_id, path)
