"""An invoice's stored row, written by the generated encoder (``domain/rows.py``), is pydantic's row byte for byte:
the storage budget and the state file read the same bytes as before."""

from __future__ import annotations

import dataclasses
import typing as t
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pydantic_core
import pytest

from campfire_mock.domain import snapshot
from campfire_mock.domain.models import Invoice, Line
from campfire_mock.domain.rows import row_encoder

NOW = datetime(2026, 1, 10, 8, 30, 5, tzinfo=UTC)


def _line(**changes: t.Any) -> Line:
    line = Line(
        id=7,
        product=1,
        quantity=Decimal(2),
        rate=Decimal(250),
        amount=Decimal("500.00"),
        tax=Decimal("0.00"),
        currency="USD",
        created_at=NOW,
        last_modified_at=NOW,
    )
    return dataclasses.replace(line, **changes)


def _invoice(**changes: t.Any) -> Invoice:
    invoice = Invoice(
        id=12,
        invoice_number="INV-0000012",
        invoice_date=date(2026, 1, 10),
        due_date=date(2026, 2, 9),
        entity=54,
        currency="USD",
        lines=[_line()],
        created_at=NOW,
        last_modified_at=NOW,
        journal_entry=90,
        client=42,
        total_amount=Decimal("500.00"),
    )
    return dataclasses.replace(invoice, **changes)


def _pydantic(inv: Invoice) -> bytes:
    return snapshot._INVOICE.serializer.to_json(inv, exclude_defaults=True)


CASES: dict[str, Invoice] = {
    "a create's invoice": _invoice(),
    "every field set": _invoice(
        contract=3,
        terms="net_15",
        payment_term=2,
        discount=Decimal("1.50"),
        payment_term_applied_discount=Decimal("0.00"),
        amount_paid=Decimal("200.00"),
        payment_ids=[4, 5],
        status_flag="sent",
        sent_date=date(2026, 1, 11),
        uncollectible_date=date(2026, 3, 1),
        voided_date=date(2026, 3, 2),
        voided_journal_entry=91,
        paid_date=date(2026, 1, 20),
        extra={"memo": "é ✓ \u2028 \x01", "exchange_rate_book": 1.25, "ar_account": "1200", "n": 2**70},
        lines=[
            _line(description="Consulting", service_date=date(2026, 1, 2), department=8, discount=Decimal(1)),
            _line(id=8, product=None, discount_amount=Decimal("5.00"), extra={"tag_ids": [1, 2], "f": 1e16}),
        ],
    ),
    "defaults written otherwise": _invoice(terms=None, discount=Decimal(0), total_amount=Decimal("0"), lines=[]),
    "decimals of every form": _invoice(
        total_amount=Decimal("1E+2"),
        amount_paid=Decimal("-0.00"),
        discount=Decimal("NaN"),
        lines=[_line(quantity=Decimal("1.000E-10"), rate=Decimal("123456789012345678901234567890.1"))],
    ),
    "moments with microseconds": _invoice(created_at=NOW.replace(microsecond=120000), last_modified_at=NOW),
    "a moment in another zone": _invoice(last_modified_at=NOW.astimezone(timezone(timedelta(hours=2)))),
    "a naive moment": _invoice(lines=[_line(created_at=NOW.replace(tzinfo=None))]),
    "an id beyond 64 bits": _invoice(journal_entry=2**70),
    "a number that is not a Decimal": _invoice(total_amount=t.cast(Decimal, 500)),
    "text in an id's field": _invoice(entity=t.cast(int, "54"), payment_ids=t.cast(list[int], ["4", 5.0])),
}


@pytest.mark.filterwarnings("ignore::UserWarning")  # pydantic's, of a value its field does not declare
@pytest.mark.parametrize("name", list(CASES))
def test_an_invoice_row_is_pydantics_byte_for_byte(name: str) -> None:
    inv = CASES[name]
    assert snapshot.encode_json("invoice", inv) == _pydantic(inv)


def test_a_value_pydantic_cannot_write_is_refused_as_before() -> None:
    with pytest.raises(pydantic_core.PydanticSerializationError):
        snapshot.encode_json("invoice", _invoice(discount=Decimal("sNaN")))


def test_a_stored_invoice_reads_back_from_its_row() -> None:
    inv = CASES["every field set"]
    assert snapshot.decode_json("invoice", snapshot.encode_json("invoice", inv)) == inv


def test_a_field_of_a_form_it_cannot_write_is_refused_when_it_is_made() -> None:
    @dataclasses.dataclass
    class Odd:
        id: int
        parts: tuple[int, ...]

    with pytest.raises(TypeError, match="no row form"):
        row_encoder(Odd, lambda obj: b"", lambda obj: b"")
