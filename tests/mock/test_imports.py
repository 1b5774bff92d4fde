"""Snapshot and seed imports are validated whole before they touch a workspace."""

from __future__ import annotations

import copy
import datetime
import typing as t

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

ADMIN = "/__campfire_mock__"
INVOICES = "/coa/api/v1/invoice/"
NEW = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42, "lines": [{"amount": 5}]}


def _invoice(snap: dict[str, t.Any]) -> dict[str, t.Any]:
    return t.cast(dict[str, t.Any], snap["objects"]["invoice"][0])


def _payment(snap: dict[str, t.Any]) -> dict[str, t.Any]:
    return t.cast(dict[str, t.Any], snap["objects"]["payment"][0])


#: name -> how to spoil a good snapshot
CRAFTED: dict[str, t.Callable[[dict[str, t.Any]], None]] = {
    "wrong format": lambda s: s.update(format="campfire-mock-snapshot/0"),
    "unknown top-level key": lambda s: s.update(extra=1),
    "unknown kind": lambda s: s["objects"].update(widget=[{"id": 1}]),
    "objects not a mapping": lambda s: s.update(objects=[]),
    "customer zero": lambda s: s.update(customer=0),
    "sequence negative": lambda s: s["sequences"].update(invoice=-5),
    "clock far future": lambda s: s.update(clock={"frozen_at": "9999-12-31T00:00:00Z", "offset_seconds": 0}),
    "clock offset huge": lambda s: s.update(clock={"frozen_at": None, "offset_seconds": 10**15}),
    "clock not a date": lambda s: s.update(clock={"frozen_at": "soon"}),
    "clock offset to 1710": lambda s: s.update(clock={"frozen_at": None, "offset_seconds": -(10**10)}),
    "clock before UTC year 1": lambda s: s.update(clock={"frozen_at": "0001-01-01T00:00:00+01:00"}),
    "invoice id text": lambda s: _invoice(s).update(id="abc"),
    "invoice id zero": lambda s: _invoice(s).update(id=0),
    "invoice id over int64": lambda s: _invoice(s).update(id=2**63),
    "invoice duplicate id": lambda s: s["objects"]["invoice"].append(copy.deepcopy(_invoice(s))),
    "invoice missing lines": lambda s: _invoice(s).pop("lines"),
    "invoice no lines": lambda s: _invoice(s).update(lines=[]),
    "invoice line not an object": lambda s: _invoice(s).update(lines=[5]),
    "invoice amount text": lambda s: _invoice(s).update(total_amount="lots"),
    "invoice amount NaN": lambda s: _invoice(s).update(total_amount="NaN"),
    "invoice date 10000": lambda s: _invoice(s).update(invoice_date="10000-01-01"),
    "invoice date garbage": lambda s: _invoice(s).update(due_date="2026-13-45"),
    "invoice currency null": lambda s: _invoice(s).update(currency=None),
    "invoice unknown payment": lambda s: _invoice(s).update(payment_ids=[987654]),
    "invoice timestamp garbage": lambda s: _invoice(s).update(created_at="yesterday"),
    "payment of no invoice": lambda s: _payment(s).update(invoice_id=123456789),
    "payment type unknown": lambda s: _payment(s).update(payment_type="CASH"),
    "payment amount list": lambda s: _payment(s).update(amount=[1]),
    "vendor without id": lambda s: s["objects"]["vendor"][0].pop("id"),
    "vendor id negative": lambda s: s["objects"]["vendor"][0].update(id=-1),
    "vendor name not text": lambda s: s["objects"]["vendor"][0].update(name={"first": "A"}),
    "entity currency number": lambda s: s["objects"]["entity"][0].update(currency=5),
    "credit memo total text": lambda s: s["objects"]["credit_memo"][0].update(total_amount="a lot"),
    "invoices not a list": lambda s: s["objects"].update(invoice={"1": {}}),
    "payment term discount text": lambda s: _term(s).update(discount_percent="abc"),
    "payment term discount 1e30": lambda s: _term(s).update(discount_percent=1e30),
    "payment term days text": lambda s: _term(s).update(discount_days="x"),
    "payment term days 10**12": lambda s: _term(s).update(discount_days=10**12),
    "report without a name": lambda s: s["objects"]["invoice_report"][0].pop("name"),
    "transaction without a date": lambda s: s["objects"]["transaction"][0].pop("date"),
}


def _term(snap: dict[str, t.Any]) -> dict[str, t.Any]:
    return t.cast(dict[str, t.Any], snap["objects"]["payment_term"][1])


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_crafted_snapshot_is_a_400_and_changes_nothing(client: TestClient, name: str) -> None:
    """A snapshot that could not be served is refused with field messages; the workspace is untouched."""
    good = client.get(f"{ADMIN}/snapshot").json()
    bad = copy.deepcopy(good)
    CRAFTED[name](bad)
    answer = client.post(f"{ADMIN}/snapshot", json=bad)
    assert answer.status_code == 400, answer.text
    assert isinstance(answer.json(), dict) and answer.json()
    assert client.get(f"{ADMIN}/snapshot").json() == good
    assert client.get(INVOICES).status_code == 200
    assert client.get("/coa/api/v1/invoice-payments").status_code == 200


def test_ids_continue_past_imported_ones(client: TestClient) -> None:
    """Sequences move past every imported id, so a create never overwrites an imported object."""
    snap = client.get(f"{ADMIN}/snapshot").json()
    imported = copy.deepcopy(_invoice(snap))
    imported.update(id=900_000, payment_ids=[])
    imported["lines"][0]["id"] = 800_000
    snap["objects"]["invoice"].append(imported)
    snap["sequences"]["invoice"] = 5
    snap["sequences"]["line"] = 5
    assert client.post(f"{ADMIN}/snapshot", json=snap).status_code == 200
    created = client.post(INVOICES, json=NEW).json()
    assert created["id"] == 900_001
    assert created["lines"][0]["id"] == 800_001
    assert client.get(f"{INVOICES}900000/").json()["invoice_number"] == imported["invoice_number"]


def test_seed_that_breaks_the_rules_is_a_400_and_changes_nothing(client: TestClient) -> None:
    """A seed whose invoices name unknown clients is refused whole."""
    before = client.get(f"{ADMIN}/snapshot").json()
    seed = {"objects": {"invoice": [{**NEW, "client": 5}]}}
    answer = client.post(f"{ADMIN}/seed", json={"data": seed})
    assert answer.status_code == 400
    assert "Not a valid seed" in answer.json()["data"][0]
    assert client.get(f"{ADMIN}/snapshot").json() == before


@pytest.mark.parametrize(
    "now", ["1899-12-31", "9001-01-01T00:00:00Z", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"]
)
def test_clock_outside_the_supported_years_is_a_400(client: TestClient, now: str) -> None:
    """The clock may be frozen anywhere from 1900 to 9000, not beyond."""
    client.post(f"{ADMIN}/clock", json={"now": "2026-05-01T12:00:00Z"})
    before = client.get(f"{ADMIN}/clock").json()
    answer = client.post(f"{ADMIN}/clock", json={"now": now})
    assert answer.status_code == 400
    assert answer.json() == {"now": ["The clock must stay between the years 1900 and 9000."]}
    assert client.get(f"{ADMIN}/clock").json() == before


def test_an_export_larger_than_the_body_limit_re_imports() -> None:
    """The import has its own body limit: an 18 kB export re-imports on a server whose other bodies stop at 10 kB."""
    from campfire_mock import create_app

    app = create_app(max_body_bytes=10_000)
    with TestClient(app, headers={"Authorization": "Token big-export"}) as client:
        snap = client.get(f"{ADMIN}/snapshot")
        assert len(snap.content) > 10_000
        assert (
            client.post(
                f"{ADMIN}/snapshot", content=snap.content, headers={"content-type": "application/json"}
            ).status_code
            == 200
        )
        big = client.post(INVOICES, json={**NEW, "memo": "x" * 15_000})
        assert big.status_code == 413
        assert big.json() == {"detail": "Request body exceeds the limit of 10000 bytes."}


@pytest.mark.parametrize(
    "objects",
    [
        {"payment_term": [{"id": 9, "name": "bad", "discount_percent": "abc"}]},
        {"transaction": [{"id": 9, "amount": 5}]},
        {"invoice_report": [{"id": 9}]},
    ],
)
def test_a_seed_with_unusable_reference_objects_is_a_400(client: TestClient, objects: dict[str, t.Any]) -> None:
    """A seed's payment terms, transactions and reports are checked as an import's are."""
    before = client.get(f"{ADMIN}/snapshot").json()
    answer = client.post(f"{ADMIN}/seed", json={"data": {"objects": objects}})
    assert answer.status_code == 400
    assert answer.json()["data"][0].startswith("Not a valid seed")
    assert client.get(f"{ADMIN}/snapshot").json() == before


def test_a_sequence_at_the_last_id_is_a_400_on_the_next_create(client: TestClient) -> None:
    """Imported at 2^63 - 1, a sequence hands out that id, then refuses cleanly instead of overflowing."""
    snap = client.get(f"{ADMIN}/snapshot").json()
    snap["sequences"]["invoice"] = 2**63 - 1
    assert client.post(f"{ADMIN}/snapshot", json=snap).status_code == 200
    assert client.post(INVOICES, json=NEW).json()["id"] == 2**63 - 1
    answer = client.post(INVOICES, json=NEW)
    assert answer.status_code == 400
    assert answer.json() == {"non_field_errors": [f"No invoice ids are left: ids stop at {2**63 - 1}."]}
    assert client.get(INVOICES).status_code == 200


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_DAY = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(9000, 12, 31))
_AMOUNT = st.decimals(min_value=-(10**6), max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
_WRITE = st.one_of(
    st.builds(
        lambda day, days, terms, amounts, memo: (
            "POST",
            INVOICES,
            {
                **NEW,
                "invoice_date": day.isoformat(),
                "due_date": (day + datetime.timedelta(days=days)).isoformat(),
                "terms": terms,
                "message_on_invoice": memo,
                "lines": [{"amount": str(a), "description": memo} for a in amounts],
            },
        ),
        _DAY,
        st.integers(0, 400),
        st.sampled_from(["net_30", "net_120", "due_on_receipt", "custom"]),
        st.lists(_AMOUNT, min_size=1, max_size=3),
        _TEXT,
    ),
    st.builds(
        lambda amount, day, ext: (
            "POST",
            f"{INVOICES}47864/pay/",
            {
                "empty_transactions": [
                    {**PAYMENT, "amount": str(amount), "payment_date": day.isoformat(), "external_id": ext}
                ]
            },
        ),
        st.decimals(min_value=1, max_value=10**6, places=2),
        _DAY,
        _TEXT,
    ),
    st.builds(lambda name: ("POST", "/coa/api/vendor", {"name": name, "stripe_connection": "12"}), _TEXT),
    st.builds(lambda day: ("POST", f"{ADMIN}/clock", {"now": f"{day.isoformat()}T12:00:00Z"}), _DAY),
    st.just(("POST", f"{INVOICES}47864/void/", {})),
)
PAYMENT = {"account_id": 1010, "account_name": "Bank"}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_WRITE, min_size=1, max_size=5))
def test_every_exported_workspace_re_imports(client: TestClient, writes: list[tuple[str, str, t.Any]]) -> None:
    """Whatever writes a workspace took (accepted or refused), its export imports back unchanged."""
    client.post(f"{ADMIN}/reset")
    for method, path, body in writes:
        assert client.request(method, path, json=body).status_code < 500
    exported = client.get(f"{ADMIN}/snapshot").json()
    with TestClient(client.app, headers={"Authorization": "Token re-import"}) as other:
        answer = other.post(f"{ADMIN}/snapshot", json=exported)
        assert answer.status_code == 200, answer.text
        assert other.get(f"{ADMIN}/snapshot").json() == exported
        assert other.get(INVOICES).status_code == 200
