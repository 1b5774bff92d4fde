"""Every deviation of the served spec from upstream is marked with its reason, and ``spec/README.md`` lists each
reason with its evidence.

``test_upstream_equality.test_additions_are_marked_and_documented`` reads reasons through ``vendor.additions``,
which passes over a mark that has none; these tests read every ``x-campfire-devkit`` node of what
``/openapi.json`` serves, and also check that each README row says why (its evidence), not only that the
reason's words appear somewhere in the file. The last test shows the checks fail on a spec and README that
break each rule.
"""

from __future__ import annotations

import re
import typing as t
from pathlib import Path

from starlette.testclient import TestClient

ROOT = Path(__file__).resolve().parents[2]
MARK = "x-campfire-devkit"


def marks(node: t.Any, where: str = "#") -> t.Iterator[tuple[str, t.Any]]:
    """(JSON pointer, mark) of every ``x-campfire-devkit`` node, the marked node's own ``upstream`` copy
    included (a mark there would be one upstream never had)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == MARK:
                yield where, value
            else:
                yield from marks(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from marks(value, f"{where}/{i}")


def readme_rows(text: str) -> dict[str, str]:
    """The Additions table of ``spec/README.md``: reason (first column) -> why (last column)."""
    section = text.split("## Additions", 1)[-1].split("\n## ", 1)[0]
    rows: dict[str, str] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        if len(cells) >= 3 and not set(cells[0]) <= set("-: ") and cells[0] != "reason (as written in the marker)":
            rows[cells[0]] = cells[-1]
    return rows


def _row_for(reason: str, rows: dict[str, str]) -> str | None:
    """The README row of a reason: the one whose first column is the reason's first clause (as the table
    abbreviates long reasons)."""
    head = re.split(r"[;,(]", reason)[0].strip()
    return next((row for row in rows if row.split(";")[0].split(",")[0].split("(")[0].strip() == head), None) or next(
        (row for row in rows if head and head in row), None
    )


def problems(spec: dict[str, t.Any], readme: str) -> list[str]:
    """Every mark without a reason or a kind (``added``/``upstream``), and every reason the README does not
    list with evidence."""
    rows = readme_rows(readme)
    found: list[str] = []
    for where, mark in marks(spec):
        if not isinstance(mark, dict) or not isinstance(mark.get("reason"), str) or not mark["reason"].strip():
            found.append(f"{where}: a mark without a reason")
            continue
        if ("added" in mark) == ("upstream" in mark):
            found.append(f"{where}: a mark must say either added or upstream")
        row = _row_for(mark["reason"], rows)
        if row is None:
            found.append(f"{where}: reason not in spec/README.md: {mark['reason'][:80]}")
        elif len(rows[row].strip()) < 20:
            found.append(f"{where}: spec/README.md's row for {row[:60]!r} names no evidence")
    return sorted(set(found))


def test_every_mark_of_the_served_spec_has_a_reason_listed_with_evidence(client: TestClient) -> None:
    """``/openapi.json`` (what a client generator reads) has marks only with a reason, each a README row
    saying why."""
    served = client.get("/openapi.json")
    assert served.status_code == 200
    spec = served.json()
    assert sum(1 for _ in marks(spec)) > 100
    assert problems(spec, (ROOT / "spec" / "README.md").read_text(encoding="utf-8")) == []


def test_the_checks_fail_on_an_unmarked_reason_a_missing_row_and_a_row_without_evidence() -> None:
    """A mark with no reason, one neither added nor replacing, a reason the README lacks and a row with an
    empty why are each reported."""
    readme = (
        "## Additions\n\n| reason (as written in the marker) | where | why |\n|---|---|---|\n"
        "| listed with evidence | here | Campfire's own example answers it (observed shapes). |\n"
        "| listed bare | there |  |\n\n## Next\n"
    )
    spec = {
        "a": {MARK: {"reason": "listed with evidence", "added": True}},
        "b": {MARK: {"added": True}},
        "c": {MARK: {"reason": "listed with evidence"}},
        "d": {MARK: {"reason": "not listed at all", "upstream": {}}},
        "e": [{MARK: {"reason": "listed bare, at length", "added": True}}],
    }
    assert problems(spec, readme) == [
        "#/b: a mark without a reason",
        "#/c: a mark must say either added or upstream",
        "#/d: reason not in spec/README.md: not listed at all",
        "#/e/0: spec/README.md's row for 'listed bare' names no evidence",
    ]


#: What a README row may name as its evidence: upstream's schema, prose or examples, real responses, the frameworks
#: Campfire is built on (Django, DRF, drf-spectacular, PostgreSQL), a standard, a URL, a tool's run, another
#: vendor's product, or an issue.
SOURCES = re.compile(
    r"observed[ -]shapes|upstream|Campfire's (own )?(schema|docs?|examples?|description|GL log|webhooks|API|report)"
    r"|description(s)?( says| of|:)|'s description|examples?\b|Django|\bDRF\b|drf-spectacular|rest_framework"
    r"|PostgreSQL|\bRFC ?\d+|https?://|docs\.campfire|help cent(re|er)|Schemathesis|captured"
    r"|real (responses|service|objects|invoices|contracts)|ActiveCollab|TeamUp|other vendors|\bissue \d+",
    re.IGNORECASE,
)
#: Rows whose why names no source (the audit of issue 36 reported each; a row given its evidence leaves this list).
WITHOUT_SOURCE = {
    "error bodies the service returns but upstream omits": "refers to the rows above (DRF's bodies)",
    "mode=csv streams the report as CSV": "restates the addition",
    "report extension: amounts in several currencies are null": "a choice of the twin's",
    "the totals of the GL log's lines; upstream declares no body": "says there is no evidence of the real shape",
    "the general ledger by account; upstream declares no body": "says there is no evidence of the real shape",
    "null where no exchange rate converts a line to the root currency": "the project's rule: invent no value",
    "null where nothing gives the figure: no published rule computes it and the twin keeps none": "the same rule",
}


def test_every_readme_row_names_the_source_of_its_evidence() -> None:
    """Each Additions row's why names where its evidence comes from (upstream's words or examples, real responses,
    DRF or Django, a URL, another vendor...), but for the listed rows, which the audit reported."""
    rows = readme_rows((ROOT / "spec" / "README.md").read_text(encoding="utf-8"))
    assert len(rows) > 50
    bare = {reason for reason, why in rows.items() if not SOURCES.search(why)}
    assert bare == set(WITHOUT_SOURCE)
    assert not SOURCES.search("`mode=csv` returns CSV.")
    assert SOURCES.search("real responses show null (observed shapes)")
