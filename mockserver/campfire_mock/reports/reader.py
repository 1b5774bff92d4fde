"""Reading report parameters one kind at a time (``ReportQuery.from_params`` drives it).

Each method reads one parameter (or one family: bounds, paging) and notes every problem under
the parameter's name, in Django REST Framework's words, so the query fails with one 400 that
names them all. A list parameter arrives as a string or, repeated, as a list of strings; both
are split on commas.
"""

from __future__ import annotations

import typing as t
from datetime import UTC, date, datetime, time, timedelta

from ..limits import MAX_INT
from .fields import (
    DEFAULT_LIMIT,
    FUNCTIONS,
    INVOICE,
    MAX_LIMIT,
    NULL,
    SEPARATOR,
    TIMEFRAMES,
    Vocabulary,
)
from .timeframes import timeframe_range

Sort = tuple[tuple[str, bool], ...]  # (column, descending) by priority
#: Why a column of the report is not in a query's rows (a sort naming it is refused).
ROWS_DECIDED = "its group_fields, aggregation_fields, pivot_fields and columns decide which columns it has"


DATETIME_FORMAT = "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]"


class Reader:
    """Reads report parameters one kind at a time, noting each problem under its parameter."""

    def __init__(self, params: t.Mapping[str, t.Any], vocabulary: Vocabulary = INVOICE) -> None:
        self.p = params
        self.vocabulary = vocabulary
        self.errors: dict[str, list[str]] = {}

    def split(self, name: str) -> tuple[str, ...]:
        raw = self.p.get(name)
        if raw is None or raw == "":
            return ()
        items = raw if isinstance(raw, list | tuple) else [raw]  # a repeated parameter arrives as a list
        return tuple(s.strip() for item in items for s in str(item).split(",") if s.strip())

    def flag(self, name: str) -> bool:
        raw = self.p.get(name, False)
        if isinstance(raw, str):
            if raw.lower() not in ("true", "false", "1", "0", ""):
                self.errors[name] = ["Must be a valid boolean."]
            return raw.lower() in ("true", "1")
        return bool(raw)

    def dimensions(self, name: str) -> tuple[str, ...]:
        values = self.split(name)
        bad = [v for v in values if not self.vocabulary.is_dimension(v)]
        if bad:
            allowed = self.vocabulary.listed_dimensions
            self.errors[name] = [f"Unknown field(s) {', '.join(bad)}. Allowed: {', '.join(allowed)}."]
        return values

    def ids(self, name: str) -> tuple[int | None, ...]:
        try:
            values = tuple(None if v == NULL else int(v) for v in self.split(name))
        except ValueError:
            self.errors[name] = ["Give comma-separated integer ids (or null)."]
            return ()
        if any(v is not None and abs(v) > MAX_INT for v in values):
            self.errors[name] = [f"Ensure each id is at most {MAX_INT}."]
            return ()
        return values

    def words(self, name: str, allowed: t.Sequence[str] | None = None) -> tuple[str | None, ...]:
        values = self.split(name)
        if allowed is not None:
            bad = [v for v in values if v not in allowed and v != NULL]
            if bad:
                self.errors[name] = [f"Unknown value(s) {', '.join(bad)}. Allowed: {', '.join(allowed)}."]
        return tuple(None if v == NULL else v for v in values)

    def day(self, name: str) -> date | None:
        raw = str(self.p.get(name) or "").strip()  # spaces around a day are read away, as around an id
        if not raw or raw == NULL:
            return None
        try:
            return date.fromisoformat(raw)
        except ValueError:
            self.errors[name] = ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]
            return None

    def instant(self, name: str) -> int | None:
        """A date-time bound in seconds since 1970 UTC. A time without an offset is UTC; a bare date
        is its first second for ``_gte`` and its last for ``_lte``, so the whole day is inside."""
        raw = self.p.get(name)
        if raw is None or raw == "":
            return None
        text = str(raw).strip()
        try:
            if len(text) == 10:
                day = date.fromisoformat(text)
                moment = datetime.combine(day, time.max if name.endswith("_lte") else time.min, tzinfo=UTC)
            else:
                moment = datetime.fromisoformat(text.replace("z", "Z"))
        except ValueError:
            self.errors[name] = [f"Datetime has wrong format. Use one of these formats instead: {DATETIME_FORMAT}."]
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return int(moment.timestamp() // 1)

    def choice(self, name: str, allowed: t.Sequence[str], default: str) -> str:
        value = self.p.get(name) or default
        if value not in allowed:
            self.errors[name] = [f"Unknown {name} {value!r}. Allowed: {', '.join(allowed)}."]
        return str(value)

    def aggregations(self) -> tuple[tuple[str, str], ...]:
        measures, counted = self.vocabulary.measures, self.vocabulary.count_field
        found: list[tuple[str, str]] = []
        for item in self.split("aggregation_fields"):
            func, _, field = item.rpartition(":")
            func = func or "sum"
            if func not in FUNCTIONS:
                problem = f"Unknown function {func!r}. Allowed: {', '.join(FUNCTIONS)}."
            elif field in measures or (field == counted and func == "count"):
                found.append((func, field))
                continue
            else:
                problem = f"Unknown field {field!r}. Allowed: {', '.join((*measures, f'{counted} (count only)'))}."
            self.errors.setdefault("aggregation_fields", []).append(problem)
        return tuple(found)

    def group_keys(self, group_fields: tuple[str, ...], detail: bool = False) -> tuple[str, ...]:
        """Drill-down keys: one per parent level (in detail mode, one per level: the listing is the last)."""
        keys = self.split("group_keys")
        most = len(group_fields) if detail else len(group_fields) - 1
        if keys and len(keys) > most:
            self.errors["group_keys"] = [
                f"Give at most {most} key(s): one per {'' if detail else 'parent '}level of group_fields"
                f" ({', '.join(group_fields)})."
            ]
        return keys

    def detail_columns(self) -> tuple[str, ...]:
        values = self.split("columns")
        allowed = self.vocabulary.detail_columns
        bad = [v for v in values if v not in allowed]
        if bad:
            self.errors["columns"] = [f"Unknown column(s) {', '.join(bad)}. Allowed: {', '.join(allowed)}."]
        return tuple(dict.fromkeys(values))

    def exclusive(self, nested: bool, flat: bool, detail: bool, pivoted: bool) -> None:
        """``nested``, ``flat`` and detail mode are three shapes of answer: one at a time (a detail listing
        has no pivot either)."""
        chosen = [name for name, on in (("nested", nested), ("flat", flat), ("columns", detail)) if on]
        if len(chosen) > 1:
            message = f"Give one of nested, flat and columns, not {' and '.join(chosen)}."
            self.errors.setdefault(chosen[-1], []).append(message)
        elif detail and pivoted:
            self.errors.setdefault("columns", []).append(
                "A detail listing (columns) has no pivot: leave out shouldPivot."
            )

    def optional_flag(self, name: str) -> bool | None:
        if self.p.get(name) in (None, ""):
            return None
        return self.flag(name)

    def timeframe(self, name: str, today: date) -> tuple[date, date] | None:
        raw = self.p.get(name)
        if raw in (None, ""):
            return None
        found = timeframe_range(str(raw).strip(), today)
        if found is None:
            self.errors[name] = [f"Unknown timeframe {raw!r}. Allowed: {', '.join(TIMEFRAMES)}."]
        return found

    def bounds(self, today: date) -> dict[str, t.Any]:
        """Every date and instant bound: the explicit ones, narrowed by each ``<field>_timeframe``."""
        vocabulary = self.vocabulary
        out: dict[str, t.Any] = {name: self.day(name) for name in vocabulary.date_filters}
        out.update({name: self.instant(name) for name in vocabulary.timestamp_filters})
        for field in vocabulary.timeframe_fields:
            found = self.timeframe(f"{field}_timeframe", today)
            if found is None:
                continue
            first, last = found
            low_name, high_name = vocabulary.date_params.get(field) or vocabulary.timestamp_params[field]
            low: t.Any = first
            high: t.Any = last
            if field in vocabulary.timestamp_params:
                low = int(datetime.combine(first, time.min, tzinfo=UTC).timestamp())
                high = int(datetime.combine(last + timedelta(days=1), time.min, tzinfo=UTC).timestamp()) - 1
            out[low_name] = low if out[low_name] is None else max(out[low_name], low)
            out[high_name] = high if out[high_name] is None else min(out[high_name], high)
        return out

    def sort(self, allowed: tuple[list[str], tuple[str, ...]]) -> Sort:
        """``sort=client_name,-amount`` (and repeated ``sort``): columns by priority, ``-`` for descending;
        checked against the columns the query will have, before any work."""
        known, pivoted = allowed
        out: list[tuple[str, bool]] = []
        bad: list[str] = []
        for item in self.split("sort"):
            column = item.lstrip("-")
            descending = item.startswith("-")
            pivot_cell = SEPARATOR in column and column.rsplit(SEPARATOR, 1)[1] in pivoted
            if column not in known and not pivot_cell:
                bad.append(column)
            elif column not in {c for c, _ in out}:
                out.append((column, descending))
        if bad:
            listed = ", ".join([*known, *(f"<pivot label>{SEPARATOR}{c}" for c in pivoted)])
            unknown = [b for b in bad if not self.vocabulary.is_column(b)]
            named = ", ".join(repr(b) for b in unknown or bad)
            plural = "s" if len(unknown or bad) > 1 else ""
            # a column of the report this query's rows lack: group_fields and aggregation_fields decide them
            absent = f"Column{plural} {named} not in this query's rows ({ROWS_DECIDED})"
            self.errors["sort"] = [
                f"{f'Unknown column{plural} {named}' if unknown else absent}. Allowed: {listed} (prefix - to reverse)."
            ]
        return tuple(out)

    def integer(self, name: str) -> int | None:
        raw = self.p.get(name)
        if raw is None or raw == "":
            return None
        try:
            return int(raw)
        except (TypeError, ValueError):
            self.errors[name] = ["A valid integer is required."]
            return None

    def paging(self) -> tuple[int, int, bool]:
        """(limit, offset, whether paged by page): ``page_size`` is ``limit`` by another name and
        ``page`` (from 1) sets ``offset`` to ``(page - 1) * limit``, as TeamUp pages."""
        limit, offset = self.integer("limit"), self.integer("offset")
        page, page_size = self.integer("page"), self.integer("page_size")
        if page_size is not None:
            if limit is not None and limit != page_size:
                self.errors["page_size"] = ["Give limit or page_size (the same parameter), not both."]
            limit, limit_name = page_size, "page_size"
        else:
            limit_name = "limit"
        if limit is not None and not 0 <= limit <= MAX_LIMIT:
            self.errors[limit_name] = [f"Ensure this value is between 0 and {MAX_LIMIT}."]
        size = limit if limit is not None else DEFAULT_LIMIT
        if page is not None:
            if offset is not None:
                self.errors["page"] = ["Give offset or page, not both."]
            elif page < 1:
                self.errors["page"] = ["Ensure this value is greater than or equal to 1."]
            else:
                offset = (page - 1) * (size or DEFAULT_LIMIT)
        if offset is not None and offset < 0:
            self.errors["offset"] = ["Ensure this value is greater than or equal to 0."]
        return size, offset or 0, page is not None
