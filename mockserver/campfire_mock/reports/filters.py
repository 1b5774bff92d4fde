"""Row selection: the query's filters as one boolean mask.

Id filters take comma-separated ids, and ``null`` for "no value". ``start_date``/
``end_date`` bound ``invoice_date``; ``due_start_date``/``due_end_date`` bound
``due_date``; ``paid_start_date``/``paid_end_date`` bound ``paid_date`` (rows with no
paid date fall outside a paid range; ``paid_start_date=null`` selects exactly them).
All bounds are inclusive.
"""

from __future__ import annotations

import typing as t

import numpy as np
import numpy.typing as npt

from .query import ReportQuery
from .rows import EPOCH_ORDINAL, NO_DATE, ReportTable

Mask = npt.NDArray[np.bool_]


def _in(table: ReportTable, dim: str, wanted: t.Sequence[t.Any]) -> Mask:
    d = table.dimensions[dim]
    codes = [c for c in (d.code_of(k) for k in wanted) if c is not None]
    return np.isin(d.codes, np.asarray(codes, dtype=np.int64))


def row_mask(table: ReportTable, q: ReportQuery) -> Mask:
    mask = np.ones(table.size, dtype=np.bool_)
    for dim, wanted in q.value_filters():
        if wanted:
            mask &= _in(table, dim, wanted)
    for column, (low, high) in (
        ("invoice_date", (q.start_date, q.end_date)),
        ("due_date", (q.due_start_date, q.due_end_date)),
        ("paid_date", (q.paid_start_date, q.paid_end_date)),
    ):
        days = table.dates[column]
        if low is not None:
            mask &= days >= low.toordinal() - EPOCH_ORDINAL
        if high is not None:
            mask &= (days <= high.toordinal() - EPOCH_ORDINAL) & (days != NO_DATE)
    if q.unpaid_only:
        mask &= table.dates["paid_date"] == NO_DATE
    return mask
