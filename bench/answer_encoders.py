"""Instructions of the ways an invoice's answer could be made into JSON bytes, counted with cachegrind: the
built answer encoded by orjson (what the mock does), against a pydantic-core ``SchemaSerializer`` encoding from
the typed domain objects (issue 28's "answer built and encoded outside Python"), measured before building it.

Usage::

    python bench/answer_encoders.py [--calls 1000] [--jobs 2]

Each candidate makes the same bytes as the mock's answer (checked before it is counted) of the invoice
``request_path.py``'s create makes (one line, in the demo seed's workspace after three creates: what an
answer costs does not depend on the workspace's size). Candidates:

* ``line: builder + orjson``: a line's answer as the mock makes it (``InvoiceAnswers.build_line``, the dict
  literal generated from the schema), then ``orjson.dumps``;
* ``line: orjson alone``: that dict encoded;
* ``line: pydantic-core, typed``: a ``SchemaSerializer`` made once from the line schema's properties in order
  (a dataclass schema over a view object: the schema's empties as class attributes, the line's values as
  instance attributes, its product's and department's names looked up in Python), encoding the typed ``Line``'s
  ``Decimal`` amounts as JSON numbers and its datetimes in Campfire's ``+0000`` form with function serializers
  (pydantic-core writes a ``Decimal`` as a string and a UTC moment with ``Z``), dates natively;
* ``line: pydantic-core, JSON-ready``: the same serializer with every value already JSON-ready (no Python
  callback): what the serializer's walk costs at the least;
* ``invoice: orjson``: the whole answer encoded (``create_stages.py``'s ``answer encode``);
* ``invoice: orjson, runs as fragments``: the same answer with each run of properties no builder writes
  collapsed into its first key, whose value is an ``orjson.Fragment`` of the run's encoded pairs.

Each count is a run with ``--calls`` calls less one with none, per call; the loop's own cost (about 900
instructions) is in every figure alike. ``--jobs`` valgrind runs go at once.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import os
import shutil
import sys
import typing as t
from pathlib import Path

HERE = Path(__file__).resolve().parent

CANDIDATES = (
    "line: builder + orjson",
    "line: orjson alone",
    "line: pydantic-core, typed",
    "line: pydantic-core, JSON-ready",
    "invoice: orjson",
    "invoice: orjson, runs as fragments",
)


def _serializer(plan: t.Any, fields: t.Mapping[str, t.Any]) -> t.Any:
    """A pydantic-core serializer of a view object with every property of ``plan`` in the schema's order (each
    field's schema from ``fields``, else any), and the view's class holding the schema's empties."""
    from pydantic_core import SchemaSerializer
    from pydantic_core import core_schema as cs

    made = dict(plan.fresh)
    empties = {prop: made[prop]() if prop in made else empty for prop, empty in plan.template.items()}
    view = type("View", (), {"__dataclass_fields__": {}, **empties})  # pydantic-core reads a dataclass's fields
    order = list(plan.template)
    args = cs.dataclass_args_schema("View", [cs.dataclass_field(p, fields.get(p, cs.any_schema())) for p in order])
    return SchemaSerializer(cs.dataclass_schema(view, args, order)), view


def _typed_line(answers: t.Any) -> t.Callable[[t.Any, t.Any, t.Any], bytes]:
    """``line: pydantic-core, typed``: the line's JSON from its typed fields."""
    from pydantic_core import core_schema as cs

    from campfire_mock.wire import format_timestamp, number

    amount = cs.any_schema(serialization=cs.plain_serializer_function_ser_schema(number))
    stamp = cs.any_schema(serialization=cs.plain_serializer_function_ser_schema(format_timestamp))
    fields = {key: amount for key in ("quantity", "rate", "amount", "tax", "discount")}
    fields.update(created_at=stamp, last_modified_at=stamp, service_date=cs.nullable_schema(cs.date_schema()))
    serializer, view = _serializer(answers.line_plan, fields)
    look = dict.get

    def encode(ln: t.Any, refs: t.Any, customer: t.Any) -> bytes:
        v = view()
        d = v.__dict__
        p, dp = ln.product, ln.department
        d.update(
            id=ln.id,
            product=p,
            department=dp,
            description=ln.description,
            service_date=ln.service_date,
            quantity=ln.quantity,
            rate=ln.rate,
            amount=ln.amount,
            tax=ln.tax,
            discount=ln.discount,
            currency=ln.currency,
            created_at=ln.created_at,
            last_modified_at=ln.last_modified_at,
            customer=customer,
        )
        if p is not None and (product := look(refs["product"], p)):
            g = product.get
            d.update(
                stripe_product_id=g("stripe_product_id"),
                anrok_item_id=g("anrok_item_id"),
                sphere_item_id=g("sphere_item_id"),
                product_name=g("product_name"),
                product_is_taxable=bool(g("is_taxable")),
            )
        if dp is not None and (department := look(refs["department"], dp)):
            d.update(department_name=department.get("name"), department_code=department.get("code"))
        return t.cast(bytes, serializer.to_json(v))

    return encode


def _runs(answer: dict[str, t.Any], order: t.Sequence[str], written: t.Collection[str]) -> dict[str, t.Any]:
    """``answer`` with each run of properties outside ``written`` as its first key and one fragment."""
    import orjson

    out: dict[str, t.Any] = {}
    run: list[str] = []

    def close() -> None:
        if run:
            pairs = [orjson.dumps(answer[run[0]])] + [orjson.dumps(k) + b":" + orjson.dumps(answer[k]) for k in run[1:]]
            out[run[0]] = orjson.Fragment(b",".join(pairs))
            run.clear()

    for key in order:
        if key in written:
            close()
            out[key] = answer[key]
        else:
            run.append(key)
    close()
    return out


def _candidate(name: str) -> t.Callable[[], t.Any]:
    """What one call of candidate ``name`` runs, checked to make the mock's bytes."""
    sys.path.insert(0, str(HERE))
    os.environ.setdefault("CAMPFIRE_MOCK_AUDIT", "0")
    import orjson
    import request_path as rp  # bench/ is on sys.path

    from campfire_mock.app import create_app
    from campfire_mock.views.invoice_answer import INVOICE_DEFAULTED, INVOICE_FIXED, INVOICE_ONLY
    from campfire_mock.views.line_answer import LINE_FIXED

    app = create_app()

    async def fill() -> None:
        for _ in range(3):
            await rp.call(app, *rp.OPERATIONS["create"])

    asyncio.run(fill())
    serializer = app.compiled.route("coa_api_v1_invoice_create").operation.method.__self__.services.serializer
    ws = next(iter(app.store.workspaces.values()))
    invoice = ws.invoices.peek(max(ws.invoices))
    answers, ln, refs, customer = serializer.answers, invoice.lines[0], ws.refs, ws.customer
    answer = serializer.invoice(ws, invoice)
    line = answers.build_line(ln, refs, customer)
    if name == "line: builder + orjson":
        return lambda: orjson.dumps(answers.build_line(ln, refs, customer))
    if name == "line: orjson alone":
        return lambda: orjson.dumps(line)
    if name == "line: pydantic-core, typed":
        encode = _typed_line(answers)
        assert encode(ln, refs, customer) == orjson.dumps(line)
        return lambda: encode(ln, refs, customer)
    if name == "line: pydantic-core, JSON-ready":
        plain, view = _serializer(answers.line_plan, {})
        ready = view()
        ready.__dict__ = line
        assert plain.to_json(ready) == orjson.dumps(line)
        return lambda: plain.to_json(ready)
    if name == "invoice: orjson":
        return lambda: orjson.dumps(answer)
    plan = serializer._plans["AccountingInvoice"]
    runs = _runs(answer, list(plan.template), INVOICE_FIXED | INVOICE_ONLY | INVOICE_DEFAULTED | set(plan.stamped))
    runs["lines"] = [_runs(one, list(answers.line_plan.template), LINE_FIXED) for one in answer["lines"]]
    assert orjson.dumps(runs) == orjson.dumps(answer)
    return lambda: orjson.dumps(runs)


def _child(name: str, calls: int) -> None:
    run = _candidate(name)
    for _ in range(50 + calls):  # warm up (50), in every run alike
        run()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=1000, help="measured calls of each candidate")
    parser.add_argument("--jobs", type=int, default=2, help="valgrind runs at once")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.calls)
        return 0
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is needed (apt-get install valgrind)")
    sys.path.insert(0, str(HERE))
    from request_instructions import cachegrind_instructions  # bench/ is on sys.path

    runs = [(name, calls) for name in CANDIDATES for calls in (0, args.calls)]

    def count(run: tuple[str, int]) -> int:
        return cachegrind_instructions(__file__, [run[0], "--calls", str(run[1])], None)

    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        counts = dict(zip(runs, pool.map(count, runs), strict=True))
    print(f"{'candidate':36} {'k instructions per call':>24}")
    for name in CANDIDATES:
        print(f"{name:36} {(counts[name, args.calls] - counts[name, 0]) / args.calls / 1000:24.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
