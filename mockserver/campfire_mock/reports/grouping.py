"""Dimensions as group codes, including time buckets of the three dates.

``<date>_<bucket>`` keys are strings: day ``2026-01-31``, week ``2026-01-26`` (its
Monday), month ``2026-01``, quarter ``2026-Q1``, year ``2026``. A missing date
(an unpaid invoice's ``paid_date``) is the key ``None``. Each bucket also knows
its first and last day, which is how a row's ``filter_params`` select it.
"""

from __future__ import annotations

import calendar
import typing as t
from datetime import date

import numpy as np
import numpy.typing as npt

from .rows import EPOCH_ORDINAL, NO_DATE, Codes, Dimension, ReportTable


def _bucket_numbers(days: Codes, bucket: str) -> Codes:
    """A sortable integer per row for its bucket (NO_DATE stays NO_DATE)."""
    valid = days != NO_DATE
    out = np.full(days.shape, NO_DATE, dtype=np.int64)
    d = days[valid]
    if bucket == "day":
        out[valid] = d
    elif bucket == "week":
        out[valid] = d - (d + 3) % 7  # 1970-01-01 was a Thursday
    else:
        months = d.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
        if bucket == "month":
            out[valid] = months
        elif bucket == "quarter":
            out[valid] = months - months % 3
        else:
            out[valid] = months - months % 12
    return out


def _bucket_key(number: int, bucket: str) -> str:
    if bucket in ("day", "week"):
        return date.fromordinal(number + EPOCH_ORDINAL).isoformat()
    year, month = divmod(number, 12)
    year += 1970
    if bucket == "month":
        return f"{year:04d}-{month + 1:02d}"
    if bucket == "quarter":
        return f"{year:04d}-Q{month // 3 + 1}"
    return f"{year:04d}"


def bucket_range(key: str, bucket: str) -> tuple[date, date]:
    """First and last day of a bucket key."""
    if bucket == "day":
        day = date.fromisoformat(key)
        return day, day
    if bucket == "week":
        first = date.fromisoformat(key)
        return first, date.fromordinal(min(first.toordinal() + 6, date.max.toordinal()))  # 9999's last week
    if bucket == "year":
        return date(int(key), 1, 1), date(int(key), 12, 31)
    if bucket == "quarter":
        year, q = int(key[:4]), int(key[-1])
        first = date(year, 3 * q - 2, 1)
        last_month = 3 * q
    else:
        year, month = int(key[:4]), int(key[5:7])
        first = date(year, month, 1)
        last_month = month
    return first, date(year, last_month, calendar.monthrange(year, last_month)[1])  # 9999-12 has no next month


def dense_groups(codes: Codes, n_keys: int) -> tuple[Codes, Codes]:
    """(codes present, ascending; each row's group index) without sorting: codes are small ints."""
    present = np.bincount(codes, minlength=n_keys) > 0
    remap = np.cumsum(present) - 1
    return np.flatnonzero(present).astype(np.int64), remap[codes].astype(np.int64)


def dimension(table: ReportTable, name: str) -> Dimension:
    """The dimension called ``name``; date buckets are computed once per table."""
    if name in table.dimensions:
        return table.dimensions[name]
    cached = table._cache.get(name)
    if cached is not None:
        return cached
    in_set = table.vocabulary.set_dimension(name)
    if in_set is not None:
        dim = set_group_dimension(table, *in_set)
        table._cache[name] = dim
        return dim
    split = table.vocabulary.date_dimension(name)
    if split is None:
        raise KeyError(name)
    column, bucket = split
    numbers = _bucket_numbers(table.dates[column], bucket)
    uniques, codes = np.unique(numbers, return_inverse=True)
    keys = [None if n == NO_DATE else _bucket_key(int(n), bucket) for n in uniques]
    dim = Dimension(codes.astype(np.int64), keys, list(keys))
    table._cache[name] = dim
    return dim


def set_group_dimension(table: ReportTable, column: str, group: int) -> Dimension:
    """Per row, its first value of set ``column`` in ``group`` (its tag in a tag group), else ``None``."""
    found = table.set_column(column)
    codes = np.zeros(table.size, dtype=np.int64)
    if found is None:
        return Dimension(codes, [None], [None])
    members = [v for v, g in found.group_of.items() if g == group]
    at = np.flatnonzero(np.isin(found.values, np.asarray(members, dtype=np.int64)))
    rows, first = np.unique(found.rows[at], return_index=True)  # pairs are in row order: the row's first
    values = found.values[at[first]]
    uniques, inverse = np.unique(values, return_inverse=True)
    codes[rows] = inverse.reshape(-1).astype(np.int64) + 1
    keys: list[t.Any] = [None, *uniques.tolist()]
    return Dimension(codes, keys, [None, *(found.labels.get(k) for k in keys[1:])])


def set_mask(table: ReportTable, column: str, wanted: t.Sequence[t.Any]) -> npt.NDArray[np.bool_]:
    """The rows carrying any of ``wanted`` in set ``column`` (``None``: rows carrying none at all)."""
    mask = np.zeros(table.size, dtype=np.bool_)
    found = table.set_column(column)
    if found is None:
        mask[:] = None in wanted
        return mask
    ids = np.asarray([v for v in wanted if v is not None], dtype=np.int64)
    mask[found.rows[np.isin(found.values, ids)]] = True
    if None in wanted:
        bare = np.ones(table.size, dtype=np.bool_)
        bare[found.rows] = False
        mask |= bare
    return mask


def ranks(values: list[t.Any]) -> Codes:
    """Each value's position in ascending order, equal values alike (a ``None`` gets any position: the
    caller sorts nulls apart)."""
    if any(v is None for v in values):
        fill = next((v for v in values if v is not None), 0)
        values = [fill if v is None else v for v in values]
    keyed = np.asarray(values)
    if keyed.dtype == object:  # mixed kinds (no dimension has them): by kind, then by text
        keyed = np.asarray([f"{type(v).__name__}:{v}" for v in values], dtype=str)
    # Equal values share a position, so a later sort key decides between them.
    positions: Codes = np.unique(keyed, return_inverse=True)[1].astype(np.int64).reshape(-1)
    return positions


def cached_nulls(table: ReportTable, column: str, values: list[t.Any]) -> npt.NDArray[np.bool_]:
    """Whether each of a column's values is ``None``, once per table."""
    key = f"{column}\0nulls"
    cached = table.sort_ranks.get(key)
    if cached is None or len(cached) != len(values):
        cached = table.sort_ranks[key] = np.asarray([v is None for v in values], dtype=np.bool_)
    return t.cast(npt.NDArray[np.bool_], cached)


def cached_ranks(table: ReportTable, column: str, values: list[t.Any]) -> Codes:
    """``ranks`` of a column's values (a dimension's keys, or an id dimension's names: ``column`` says which),
    once per table."""
    cached = table.sort_ranks.get(column)
    if cached is None or len(cached) != len(values):
        cached = table.sort_ranks[column] = ranks(values)
    return cached
