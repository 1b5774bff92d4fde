"""The workspace clock's readings: the real clock's day, an offset's, a frozen moment's, and whether a
write moved the clock (what a write's webhook check asks instead of reading the day twice)."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta

from campfire_mock.domain.clock import Clock


def test_the_real_clock_reads_todays_utc_day() -> None:
    """A clock neither frozen nor moved answers today's date in UTC."""
    before = datetime.now(UTC).date()
    today = Clock().today()
    assert before <= today <= datetime.now(UTC).date()


def test_a_clock_moved_by_days_reads_the_day_it_was_moved_to() -> None:
    """A clock advanced three days answers the day three days from now, and its moment agrees with it."""
    clock = Clock()
    clock.advance(timedelta(days=3))
    expected = (datetime.now(UTC) + timedelta(days=3)).date()
    assert clock.today() in (expected, expected - timedelta(days=1))
    assert clock.now().date() == clock.today()


def test_a_frozen_clock_reads_its_moment_and_day() -> None:
    """A clock frozen at a moment answers that moment and its day, whatever the time is."""
    clock = Clock()
    clock.set(datetime(2030, 5, 17, 23, 59, 59, tzinfo=UTC))
    assert clock.now() == datetime(2030, 5, 17, 23, 59, 59, tzinfo=UTC)
    assert clock.today().isoformat() == "2030-05-17"


def test_a_clock_is_moved_from_its_copy_only_once_set_or_advanced() -> None:
    """A copy taken when a write begins is the same clock until the write sets, advances or releases it."""
    clock = Clock()
    kept = copy.copy(clock)
    assert not clock.moved_from(kept)
    clock.advance(timedelta(seconds=1))
    assert clock.moved_from(kept)
    kept = copy.copy(clock)
    clock.set(datetime(2030, 1, 1, tzinfo=UTC))
    assert clock.moved_from(kept)
    kept = copy.copy(clock)
    clock.release()
    assert clock.moved_from(kept)
    assert not Clock().moved_from(Clock())
