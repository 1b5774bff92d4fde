"""A workspace clock that tests can freeze, set and advance.

Campfire formats timestamps as ``2025-07-25T18:54:43+0000`` (UTC, offset without a
colon); the mock emits the same, and reads both that and RFC 3339.
"""

from __future__ import annotations

import time
import typing as t
from datetime import UTC, date, datetime, timedelta
from time import time as _time

from ..errors import ValidationFailed
from ..limits import CLOCK_MAX_YEAR, CLOCK_MIN_YEAR
from ..wire import format_timestamp


def parse_moment(text: str) -> datetime:
    """Parse an ISO 8601 date or timestamp: every RFC 3339 form (``T`` or ``t`` or a space, ``Z`` or ``z`` or
    an offset, up to six fraction digits kept) and Campfire's ``+0000`` offsets; naive means UTC."""
    text = text.strip()
    if len(text) == 10:
        return datetime.combine(date.fromisoformat(text), datetime.min.time(), tzinfo=UTC)
    if text[-1:] in ("Z", "z"):
        text = f"{text[:-1]}+00:00"
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def end_of_day(moment: datetime) -> datetime:
    """The last microsecond of ``moment``'s day (a date-only ``__lte`` filter covers its whole day; no day
    after it is counted, so 9999-12-31 has one too)."""
    return moment.replace(hour=23, minute=59, second=59, microsecond=999_999)


def filter_moment(name: str, text: t.Any, *, whole_day: bool = False) -> datetime | None:
    """A date-time or date filter's moment (``None`` when not given), or a 400 naming ``name`` in
    django-filter's words; with ``whole_day`` a date alone means the end of its day (an ``__lte`` bound)."""
    if not text:
        return None
    try:
        moment = parse_moment(str(text))
    except ValueError:
        raise ValidationFailed.field(name, "Enter a valid date/time.") from None
    return end_of_day(moment) if whole_day and len(str(text).strip()) == 10 else moment


def utc_text(moment: datetime) -> str:
    """``moment`` in UTC as comparable text (``2024-01-01T00:00:00``); one an offset would carry before
    0001-01-01 or past 9999-12-31 in UTC is the first or last second there is."""
    try:
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S").zfill(19)
    except OverflowError:
        return "0001-01-01T00:00:00" if moment.year == 1 else "9999-12-31T23:59:59"


#: The second ``_utc_second`` last built, that moment, and its day.
_SECOND: list[t.Any] = [None, None, None]


def _utc_second() -> datetime:
    """The current UTC time to the second (built once per second: every request reads the clock)."""
    second = int(time.time())
    if _SECOND[0] != second:
        moment = datetime.fromtimestamp(second, UTC)
        _SECOND[1], _SECOND[2] = moment, moment.date()
        _SECOND[0] = second
    now: datetime = _SECOND[1]  # (a typed name, not ``t.cast``: a call on every request)
    return now


def _utc_day() -> date:
    """Today in UTC (the day of ``_utc_second``'s moment, built with it)."""
    _utc_second()
    day: date = _SECOND[2]
    return day


class Clock:
    """Real time plus an offset, or a frozen moment."""

    __slots__ = ("frozen_at", "offset")

    def __init__(self, frozen_at: datetime | None = None, offset: timedelta = timedelta()) -> None:
        self.frozen_at = frozen_at
        self.offset = offset

    def __copy__(self) -> Clock:
        """The same clock, apart (every write keeps one to undo to: ``copy.copy``'s generic path is slow)."""
        return Clock(self.frozen_at, self.offset)

    def now(self) -> datetime:
        if self.frozen_at is not None:
            return self.frozen_at
        # (``_utc_second``, inline: every request reads the clock, a create three times)
        moment: datetime = _SECOND[1] if _SECOND[0] == int(_time()) else _utc_second()
        offset = self.offset
        return moment + offset if offset else moment

    def today(self) -> date:
        if self.frozen_at is None and not self.offset:
            return _utc_day()  # the real clock: its day is built once per second
        return self.now().date()

    def moved_from(self, other: Clock) -> bool:
        """Whether this clock was set or moved away from ``other`` (a copy taken earlier): compares their
        states, not two readings of the time."""
        return self.frozen_at != other.frozen_at or self.offset != other.offset

    def set(self, moment: datetime) -> None:
        self.frozen_at = moment.astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        if self.frozen_at is not None:
            self.frozen_at += delta
        else:
            self.offset += delta

    def release(self) -> None:
        self.frozen_at = None
        self.offset = timedelta()

    def to_state(self) -> dict[str, object]:
        return {
            "frozen_at": format_timestamp(self.frozen_at) if self.frozen_at else None,
            "offset_seconds": int(self.offset.total_seconds()),
        }

    @classmethod
    def from_state(cls, state: dict[str, object]) -> Clock:
        frozen = state.get("frozen_at")
        offset = state.get("offset_seconds") or 0
        if isinstance(frozen, datetime):  # a validated snapshot document holds it parsed
            moment: datetime | None = frozen if frozen.tzinfo else frozen.replace(tzinfo=UTC)
        else:
            moment = parse_moment(frozen) if isinstance(frozen, str) else None
        return cls(
            moment,
            timedelta(seconds=int(offset) if isinstance(offset, int | float | str) else 0),
        )


def move_clock(clock: Clock, *, now: str | None = None, days: int | None = None, seconds: int | None = None) -> None:
    """Freeze the clock at ``now``, or move it by ``days``/``seconds``, or (with none) release it;
    it must stay within the supported years (a 400 otherwise)."""
    bounds = f"{CLOCK_MIN_YEAR} and {CLOCK_MAX_YEAR}"
    out_of_range = ValidationFailed({"now": [f"The clock must stay between the years {bounds}."]})
    if now is not None:
        try:
            moment = parse_moment(now)
        except ValueError:
            raise ValidationFailed.field("now", "Give an ISO 8601 date or timestamp.") from None
        try:
            clock.set(moment)
        except OverflowError:  # 0001-01-01T00:00:00+01:00 is before the first UTC moment datetime has
            raise out_of_range from None
    elif days is not None or seconds is not None:
        field = "advance_days" if days is not None else "advance_seconds"
        try:
            clock.advance(timedelta(days=days or 0, seconds=seconds or 0))
            clock.now()
        except OverflowError:
            raise ValidationFailed.field(field, "The clock would leave the supported range.") from None
    else:
        clock.release()
    if not CLOCK_MIN_YEAR <= clock.now().year <= CLOCK_MAX_YEAR:
        raise out_of_range
