"""Heavy requests against a live server while another client polls health: the worst stall."""

from __future__ import annotations

import copy
import json
import os
import threading
import time
import typing as t
from dataclasses import dataclass, field
from pathlib import Path

import httpx

HEALTH = "/__campfire_mock__/health"
INVOICE = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42}
MANUAL = {"amount": 1, "payment_date": "2026-01-20", "account_id": 1010, "account_name": "Bank"}
JSON = {"content-type": "application/json"}
FORM = {"content-type": "application/x-www-form-urlencoded"}
BOUNDARY = "stall-boundary"
MULTIPART = {"content-type": f"multipart/form-data; boundary={BOUNDARY}"}
MB = 1024 * 1024


Heavy = tuple[str, str, str, bytes, dict[str, str], int]


def heavy_requests() -> list[Heavy]:
    """(label, method, path, body, headers, expected status): the heaviest legal and illegal request of
    each kind, run in this order on a workspace that starts from the demo seed."""
    line = {"amount": 1, "description": "x" * 200}
    bulk = {"invoices": [{**INVOICE, "lines": [line] * 4}] * 250}
    pivot = (
        "/coa/api/v1/invoice/report/preview?group_fields=invoice_id&pivot_fields=invoice_date_day"
        "&shouldPivot=true&aggregation_fields=sum:amount,avg:amount,min:amount,max:amount,sum:tax,count:invoice_id"
    )
    #: 500 groups x 500 pivot values x 6 aggregates: 1.5 million cells.
    too_many_cells = pivot.replace("pivot_fields=invoice_date_day", "pivot_fields=invoice_id,invoice_date_day")
    return [
        (
            "legal: invoice of 1,000 lines",
            "POST",
            "/coa/api/v1/invoice/",
            _j({**INVOICE, "lines": [line] * 1000}),
            JSON,
            201,
        ),
        (
            "legal: bulk create of 250 invoices, 1,000 lines",
            "POST",
            "/coa/api/v1/invoice/bulk-create",
            _j(bulk),
            JSON,
            201,
        ),
        # (multipart: the form type bulk-create declares; an undeclared form type is a 415)
        ("legal: the same as a form", "POST", "/coa/api/v1/invoice/bulk-create", _multipart(bulk), MULTIPART, 201),
        (
            "legal: pay of 1,000 manual payments",
            "POST",
            "/coa/api/v1/invoice/47864/pay/",
            _j({"empty_transactions": [MANUAL] * 1000}),
            JSON,
            200,
        ),
        (
            "legal: bulk search of 10,000 numbers",
            "POST",
            "/coa/api/v1/invoice/bulk-search",
            _j({"invoices": [{"invoice_number": f"INV-{i}"} for i in range(10_000)]}),
            JSON,
            200,
        ),
        ("legal: invoice list, 1,000 a page", "GET", "/coa/api/v1/invoice/?limit=1000", b"", {}, 200),
        ("legal: report pivot of 500 invoices by day", "GET", pivot, b"", {}, 200),
        (
            "legal: report pivot of 500 x 500 invoices",
            "GET",
            pivot.replace("invoice_date_day", "invoice_id").replace(
                "sum:amount,avg:amount,min:amount,max:amount,sum:tax,count:invoice_id", "sum:amount,count:invoice_id"
            ),
            b"",
            {},
            200,
        ),
        ("legal: client statement PDF", "GET", "/coa/api/v1/invoice/statement/client/42/pdf/", b"", {}, 200),
        ("legal: snapshot export", "GET", "/__campfire_mock__/snapshot", b"", {}, 200),
        ("illegal: report of too many cells", "GET", too_many_cells, b"", {}, 413),
        ("legal: a stub of 1,000,000 characters", "POST", "/__campfire_mock__/stubs", _stub(1_000_000), JSON, 201),
        ("illegal: a stub of 2 MB", "POST", "/__campfire_mock__/stubs", _stub(2_000_000), JSON, 413),
        ("legal: reset", "POST", "/__campfire_mock__/reset", b"", {}, 200),
        (
            "illegal: 10 MB JSON list of 1s",
            "POST",
            "/coa/api/v1/invoice/bulk-create",
            b'{"invoices": [' + b"1," * (5 * MB - 20) + b"1]}",
            JSON,
            413,
        ),
        (
            "illegal: 10 MB form of invoices=1",
            "POST",
            "/coa/api/v1/invoice/bulk-create",
            b"&".join([b"invoices=1"] * (MB - 10)),
            FORM,
            413,
        ),
        (
            "illegal: 250 bad bulk invoices",
            "POST",
            "/coa/api/v1/invoice/bulk-create",
            _j({"invoices": [{"lines": [{"amount": "x"}] * 4, "client": "y", "entity": [1]}] * 250}),
            JSON,
            400,
        ),
        (
            "illegal: 1,000 bad payments",
            "POST",
            "/coa/api/v1/invoice/47864/pay/",
            _j({"empty_transactions": [{"amount": -1, "payment_date": "x"}] * 1000}),
            JSON,
            400,
        ),
        (
            "illegal: 1,000 overpaying payments",
            "POST",
            "/coa/api/v1/invoice/47864/pay/",
            _j({"empty_transactions": [{**MANUAL, "amount": 999_999_999_999}] * 1000}),
            JSON,
            400,
        ),
        ("illegal: 1,001 lines", "POST", "/coa/api/v1/invoice/", _j({**INVOICE, "lines": [line] * 1001}), JSON, 400),
        ("illegal: 11 MB body", "POST", "/coa/api/v1/invoice/", b"x" * (11 * MB), JSON, 413),
        ("illegal: nesting 1M deep", "POST", "/coa/api/v1/invoice/", b"[" * MB + b"]" * MB, JSON, 400),
        (
            "illegal: 9,000 form fields",
            "POST",
            "/coa/api/department",  # an operation declaring urlencoded bodies
            "&".join(f"f{i}=1" for i in range(9_000)).encode(),
            FORM,
            413,
        ),
        ("illegal: a lone surrogate", "POST", "/coa/api/vendor", b'{"name": "\\ud800"}', JSON, 400),
        ("legal: a sort of 10,000 repeated keys", "GET", "/coa/api/tag?sort=" + "-name," * 10_000, b"", {}, 200),
        ("illegal: 11 distinct sort keys", "GET", "/coa/api/tag?sort=" + ",".join("abcdefghijk"), b"", {}, 400),
        ("illegal: a 5,000-digit id", "GET", "/coa/api/v1/invoice/" + "9" * 5000 + "/", b"", {}, 404),
        (
            "illegal: snapshot import of 1 MB of junk",
            "POST",
            "/__campfire_mock__/snapshot",
            _j({"format": "campfire-mock-snapshot/1", "objects": {"invoice": [{"id": "x"}] * 20_000}}),
            JSON,
            400,
        ),
    ]


def _stub(chars: int) -> bytes:
    return _j({"operation_id": "coa_api_v1_invoice_list", "status": 200, "body": {"x": "y" * chars}, "validate": False})


def _multipart(body: dict[str, t.Any]) -> bytes:
    """``body``'s invoices as a multipart form, one ``invoices`` part per invoice (its JSON)."""
    parts = [
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="invoices"\r\n\r\n{json.dumps(item)}\r\n'
        for item in body["invoices"]
    ]
    return ("".join(parts) + f"--{BOUNDARY}--\r\n").encode()


def _j(value: t.Any) -> bytes:
    return json.dumps(value).encode()


@dataclass
class Probe:
    """Polls ``path`` (health) every ``interval`` seconds on its own connection; ``worst`` is the slowest
    answer, ``answered`` the ``time.perf_counter()`` at which each answer arrived."""

    url: str
    interval: float = 0.02
    path: str = HEALTH
    headers: dict[str, str] = field(default_factory=dict)
    method: str = "GET"
    #: The JSON body of each call, for a probe that writes (``method="POST"``, answered 201).
    body: t.Any = None
    latencies: list[float] = field(default_factory=list)
    answered: list[float] = field(default_factory=list)
    failures: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        with httpx.Client(base_url=self.url, timeout=30, headers=self.headers) as http:
            while not self._stop.is_set():
                started = time.perf_counter()
                try:
                    ok = http.request(self.method, self.path, json=self.body).status_code in (200, 201)
                except httpx.HTTPError:
                    ok = False
                self.answered.append(time.perf_counter())
                self.latencies.append(self.answered[-1] - started)
                self.failures += not ok
                time.sleep(self.interval)

    def between(self, start: float, end: float) -> int:
        """Answers that arrived after ``start`` and before ``end`` (``time.perf_counter()`` readings)."""
        return sum(start < at < end for at in self.answered)

    def __enter__(self) -> Probe:
        self._thread = threading.Thread(target=self.run, daemon=True)
        self._thread.start()
        time.sleep(0.2)
        return self

    def __exit__(self, *exc: t.Any) -> None:
        self._stop.set()
        self._thread.join(30)

    @property
    def worst(self) -> float:
        return max(self.latencies, default=0.0)


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


#: Health probes answered in all by ``run_all`` calls (for the figures a report quotes).
PROBES: list[int] = []


def run_all(url: str, token: str, pid: int) -> list[tuple[str, int, int, float, float, float]]:
    """Each heavy request in turn under a fresh probe: (label, status, expected, seconds, worst stall,
    server CPU seconds). The CPU time is the work the request made; the stall also holds the machine's load."""
    results = []
    with httpx.Client(base_url=url, timeout=60, headers={"Authorization": f"Token {token}"}) as http:
        # First uses (Connexion's stack, the report engine's imports) are start-up costs, paid here.
        http.post("/coa/api/v1/invoice/bulk-create", content=b'{"invoices": [1]}', headers=JSON)
        http.get("/coa/api/v1/invoice/report/preview?group_fields=invoice_id&aggregation_fields=sum:amount")
        for label, method, path, body, headers, expected in heavy_requests():
            with Probe(url) as probe:
                cpu = cpu_seconds(pid)
                started = time.perf_counter()
                status = http.request(method, path, content=body, headers=headers).status_code
                took = time.perf_counter() - started
                cpu = cpu_seconds(pid) - cpu
                time.sleep(0.05)
            PROBES.append(len(probe.latencies))
            worst = probe.worst if not probe.failures else float("inf")  # a failed probe is an endless stall
            results.append((label, status, expected, took, worst, cpu))
    return results


if __name__ == "__main__":
    import sys

    for label, status, expected, took, worst, cpu in run_all(sys.argv[1], "stall", int(sys.argv[2])):
        print(f"{status} (want {expected}) {took:6.2f}s  stall {worst:5.2f}s  cpu {cpu:5.2f}s  {label}")
    print(f"{sum(PROBES)} health probes, none failed; worst stall shown above")


def big_snapshot(exported: dict[str, t.Any], invoices: int) -> bytes:
    """``exported`` (a snapshot) grown to ``invoices`` invoices: copies of its last unpaid one under new ids,
    as a workspace that many bulk creates made would export (built here in a second instead of minutes)."""
    snap = copy.deepcopy(exported)
    rows = snap["objects"]["invoice"]
    template = next(row for row in reversed(rows) if not row.get("payment_ids"))
    first = max(row["id"] for row in rows) + 1
    first_line = max(line["id"] for row in rows for line in row["lines"]) + 1
    first_entry = max(row.get("journal_entry") or 0 for row in rows) + 1
    for n in range(invoices - len(rows)):
        lines = [{**line, "id": first_line + i} for i, line in enumerate(template["lines"])]
        first_line += len(lines)
        rows.append(
            {
                **template,
                "id": first + n,
                "invoice_number": f"INV-BIG-{n}",
                "journal_entry": first_entry + n,
                "lines": lines,
            }
        )
    return _j(snap)
