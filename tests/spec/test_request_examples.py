"""A request body's examples are requests: none is its operation's answer example (upstream lists its create and
update answers' examples among the request's too), so a client or a fuzzer reading the request's examples never
sends an answer, with its ids, read-only fields and nulls, as a form of text parts."""

from __future__ import annotations

import json
import typing as t
from pathlib import Path

SPEC = Path(__file__).resolve().parents[2] / "mockserver" / "campfire_mock" / "spec" / "campfire.openapi.json"


def _operations(spec: dict[str, t.Any]) -> t.Iterator[tuple[str, dict[str, t.Any]]]:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "responses" in op:
                yield f"{method.upper()} {path}", op


def test_no_request_example_is_the_operation_s_answer() -> None:
    """Every request example differs from each 2xx answer's example of the same name; the four answers upstream
    also listed as requests (a bill's and an intercompany entry's create and update) keep their examples."""
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    found = []
    answers = set()
    for label, op in _operations(spec):
        answered: dict[str, t.Any] = {}
        for status, response in op["responses"].items():
            if status.startswith("2"):
                answered.update(response.get("content", {}).get("application/json", {}).get("examples") or {})
        answers |= {f"{label} {name}" for name in answered}
        for media in (op.get("requestBody") or {}).get("content", {}).values():
            found += [f"{label} {k}" for k, v in (media.get("examples") or {}).items() if answered.get(k) == v]
    assert found == []
    assert {
        "POST /coa/api/v1/bill/ CreateBillResponse",
        "PUT /coa/api/v1/bill/{id}/ UpdateBillResponse",
        "POST /coa/api/intercompany-journal-entry CreateIntercompanyJournalEntryResponse",
        "PUT /coa/api/intercompany-journal-entry/{id} UpdateIntercompanyJournalEntryResponse",
    } <= answers
