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
    # the audit raises, and the rollback that follows cannot restore what no journal saw either
    with (
        pytest.raises(AssertionError, match=r"changed outside the write journal|rollback did not restore"),
        ws.transaction(audit=True),
    ):
        row = table.peek(key)
        row["__audit_probe__"] = 1  # a change no journal saw


def test_the_audit_passes_a_journaled_write() -> None:
    """The same kind of change made through the table (journaled) passes the audit and is kept."""
    app = create_app(seed=bundled_seed("demo"))
    ws = app.store.workspace("audit")
    table = next(tbl for tbl in ws.tables().values() if len(tbl))
    key = sorted(table)[0]
    with ws.transaction(audit=True):
        table[key] = {**table.peek(key), "__audit_probe__": 1}
    assert table.peek(key)["__audit_probe__"] == 1
