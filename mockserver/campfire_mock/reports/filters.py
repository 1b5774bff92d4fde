"""Row selection: the query's filters as one boolean mask.

Id filters take comma-separated ids, and ``null`` for "no value". ``start_date``/
``end_date`` bound ``invoice_date``; ``due_start_date``/``due_end_date`` bound
``due_date``; ``paid_start_date``/``paid_end_date`` bound ``paid_date`` (rows with no
paid date fall outside a paid range; ``paid_start_date=null`` selects exactly them).
``paid_at_gte``/``paid_at_lte``, ``updated_at_gte``/``updated_at_lte`` and
``created_at_gte``/``created_at_lte`` bound the three instants (an unpaid invoice has no
``paid_at``, so it is outside any bound on it). All bounds are inclusive (a
``<field>_timeframe`` has already become such bounds in ``query.py``).
``discount_applied`` keeps the invoices with (``true``) or without (``false``) a discount.
"""

from __future__ import annotations

import typing as t

import numpy as np
import numpy.typing as npt

from .grouping import dimension, set_mask
from .query import ReportQuery
from .rows import EPOCH_ORDINAL, NO_DATE, ReportTable

Mask = npt.NDArray[np.bool_]


def _in(table: ReportTable, dim: str, wanted: t.Sequence[t.Any]) -> Mask:
    if dim in table.vocabulary.set_columns:
        return set_mask(table, dim, wanted)
    d = dimension(table, dim)
    codes = [c for c in (d.code_of(k) for k in wanted) if c is not None]
    return np.isin(d.codes, np.asarray(codes, dtype=np.int64))


def row_mask(table: ReportTable, q: ReportQuery) -> Mask:
    vocabulary = table.vocabulary
    mask = np.ones(table.size, dtype=np.bool_)
    for dim, wanted in q.value_filters():
        if wanted:
            mask &= _in(table, dim, wanted)
    for column, (low_name, high_name) in vocabulary.date_params.items():
        low, high = getattr(q, low_name), getattr(q, high_name)
        if low is None and high is None:
            continue  # a table without this date (another row source) is fine until it is filtered on
        days = table.dates[column]
        if low is not None:
            mask &= days >= low.toordinal() - EPOCH_ORDINAL
        if high is not None:
            mask &= (days <= high.toordinal() - EPOCH_ORDINAL) & (days != NO_DATE)
    for column, (low_name, high_name) in vocabulary.timestamp_params.items():
        low, high = getattr(q, low_name), getattr(q, high_name)
        if low is None and high is None:
            continue
        seconds = table.dates[column]
        if low is not None:
            mask &= seconds >= low
        if high is not None:
            mask &= (seconds <= high) & (seconds != NO_DATE)
    if q.unpaid_only:
        mask &= table.dates["paid_date"] == NO_DATE
    return mask
