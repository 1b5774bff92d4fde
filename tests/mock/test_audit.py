"""The store's audit (on in the test suite): a write that changes a stored object its journal does not record
fails loudly, and so does a rollback that does not restore the workspace."""

from __future__ import annotations

import pytest

from campfire_mock import create_app
from campfire_mock.domain.seeding import bundled_seed


def test_the_audit_catches_a_change_outside_the_write_journal() -> None:
    """Changing a stored row in place (no journal entry) inside an audited write is an AssertionError naming it."""
    app = create_app(seed=bundled_seed("demo"))
    ws = app.store.workspace("audit")
    table = next(tbl for tbl in ws.tables().values() if len(tbl))
    key = sorted(table)[0]
    with (
        pytest.raises(AssertionError, match=rf"\[{key}\] changed outside the write journal"),
        ws.transaction(audit=True),
    ):
        row = table.peek(key)
        row["__audit_probe__"] = 1  # a change no journal saw


def test_the_audit_catches_a_rollback_that_does_not_restore() -> None:
    """A write that fails after changing a row no journal saw is an AssertionError: its rollback left the change."""
    app = create_app(seed=bundled_seed("demo"))
    ws = app.store.workspace("audit")
    table = next(tbl for tbl in ws.tables().values() if len(tbl))
    with (
        pytest.raises(AssertionError, match="rollback did not restore the workspace"),
        ws.transaction(audit=True),
    ):
        table.peek(sorted(table)[0])["__audit_probe__"] = 1  # a change no journal saw
        raise RuntimeError("the write fails before it ends")


def test_the_audit_passes_a_journaled_write() -> None:
    """The same kind of change made through the table (journaled) passes the audit and is kept."""
    app = create_app(seed=bundled_seed("demo"))
    ws = app.store.workspace("audit")
    table = next(tbl for tbl in ws.tables().values() if len(tbl))
    key = sorted(table)[0]
    with ws.transaction(audit=True):
        table[key] = {**table.peek(key), "__audit_probe__": 1}
    assert table.peek(key)["__audit_probe__"] == 1


def test_the_audit_catches_a_change_made_between_writes() -> None:
    """A stored row changed in place while no write is open fails the next audited write, which starts from the
    fingerprint the last audited write left (a read never changes what is stored)."""
    app = create_app(seed=bundled_seed("demo"))
    app.store.audit = True
    with app.store.write("audit") as ws:  # an audited write: its fingerprint is kept for the next
        table = next(tbl for tbl in ws.tables().values() if len(tbl))
        key = sorted(table)[0]
        table[key] = {**table.peek(key), "note": "journaled"}
    table.peek(key)["__audit_probe__"] = 1  # no write open: nothing journals it
    with (
        pytest.raises(AssertionError, match=rf"\[{key}\] changed outside the write journal"),
        app.store.write("audit"),
    ):
        pass


def test_audited_writes_in_a_row_pass_and_keep_what_they_wrote() -> None:
    """Journaled writes one after another, kept or undone, pass the audit (each starts from the last one's
    fingerprint) and leave exactly what the kept ones wrote."""
    app = create_app(seed=bundled_seed("demo"))
    app.store.audit = True
    with app.store.write("audit") as ws:
        table = next(tbl for tbl in ws.tables().values() if len(tbl))
        first, second = sorted(table)[:2]
        table[first] = {**table.peek(first), "note": "one"}
    with pytest.raises(RuntimeError, match="undone"), app.store.write("audit"):
        table[second] = {**table.peek(second), "note": "never kept"}
        raise RuntimeError("undone")
    with app.store.write("audit"):
        table[second] = {**table.peek(second), "note": "two"}
    assert (table.peek(first)["note"], table.peek(second)["note"]) == ("one", "two")
