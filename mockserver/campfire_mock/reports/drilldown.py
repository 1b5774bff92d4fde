"""The drill-down path: ``group_keys`` selecting parent groups, and the filters that select a group.

A row's ``filter_params`` are the query's own filters (``query_filters``) narrowed to the row's
groups (``with_path``): a plain dimension adds one filter; a date bucket bounds its date's range,
within any range the query already had. Keys are written as query parameter values: ``null`` for
none, ``true``/``false`` for yes/no keys.
"""

from __future__ import annotations

import typing as t

import numpy as np

from .fields import INVOICE, NULL, Vocabulary
from .grouping import bucket_range, dimension
from .query import ReportQuery, orm_names
from .rows import ReportTable

Path = list[tuple[str, t.Any]]


def key_text(key: t.Any) -> str:
    """A group key as a query parameter value (``null`` for none, ``true``/``false`` for a yes/no key)."""
    if isinstance(key, bool):
        return "true" if key else "false"
    return NULL if key is None else str(key)


def query_filters(q: ReportQuery) -> dict[str, t.Any]:
    """The query's own filters, as report parameters."""
    params: dict[str, t.Any] = {}
    for name, values in q.value_filters():
        if values:
            params[name] = ",".join(key_text(v) for v in values)
    for name in q.vocabulary.date_filters:
        value = getattr(q, name)
        if value is not None:
            params[name] = value.isoformat()
    if q.unpaid_only:
        params["paid_start_date"] = NULL
    return params


def with_path(params: dict[str, t.Any], path: Path, vocabulary: Vocabulary = INVOICE) -> dict[str, t.Any]:
    """``params`` narrowed to the groups of ``path`` (a copy)."""
    params = dict(params)
    for dim, key in path:
        split = vocabulary.date_dimension(dim)
        if split is None:
            params[dim] = key_text(key) if key is None or isinstance(key, str | bool) else key
            continue
        column, bucket = split
        low_name, high_name = vocabulary.date_params[column]
        if key is None:
            params[low_name] = NULL
            params.pop(high_name, None)
            continue
        first, last = bucket_range(key, bucket)
        if params.get(low_name) not in (None, NULL) and params[low_name] > first.isoformat():
            first = first.fromisoformat(params[low_name])
        if params.get(high_name) and params[high_name] < last.isoformat():
            last = last.fromisoformat(params[high_name])
        params[low_name], params[high_name] = first.isoformat(), last.isoformat()
    return params


def filter_params(q: ReportQuery, path: Path) -> dict[str, t.Any]:
    """The filters that select exactly a row's invoices, in Campfire's ORM names (``invoice__client_id``)."""
    return orm_names(with_path(query_filters(q), path, q.vocabulary), q.vocabulary)


def select_path(table: ReportTable, q: ReportQuery, mask: np.ndarray[t.Any, t.Any]) -> Path:
    path = []
    for dim_name, wanted in zip(q.group_fields[: q.level], q.group_keys, strict=True):
        dim = dimension(table, dim_name)
        code = next((c for c, k in enumerate(dim.keys) if key_text(k) == wanted), None)
        if code is None:
            mask[:] = False
            path.append((dim_name, None if wanted == NULL else wanted))
            continue
        mask &= dim.codes == code
        path.append((dim_name, dim.keys[code]))
    return path
