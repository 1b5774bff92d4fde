"""A prepaid commit's usage events: the two reads upstream declares without a body.

* ``GET .../prepaid-commits/{commit_id}/usage-events/distinct-values?field=<key>``: "distinct values for a
  given JSONB data field, for filter dropdowns": ``{"field": key, "values": [...]}``, each value the commit's
  events carry under that key of their ``data`` once (null and absent left out), sorted.
* ``GET .../usage-events/template``: "a CSV template (commit-scoped)": the header row of an upload, the
  event's own columns then the ``data`` keys the commit's events already use, sorted.
Both answer 404 for a commit the contract does not have.
"""

from __future__ import annotations

import csv
import io
import typing as t

import orjson

from ..domain.contract_figures import PREPAID_COMMITS
from ..domain.generic import PARENT, is_deleted
from ..domain.values import object_key
from ..domain.workspace import Workspace
from ..wire import dumps
from .base import Caller
from .contracts import PrepaidCommitView
from .generic import action

Body = dict[str, t.Any]
EVENTS = PREPAID_COMMITS + "/{commit_id}/usage-events"
#: The columns every upload takes (``PrepaidUsageEvent``'s writable scalar fields, the event's own).
EVENT_COLUMNS = ("external_id", "event_date", "total_events", "total_revenue_dollars")


def _order(value: t.Any) -> tuple[str, bytes]:
    """A sort key for free-form values of mixed types (``wire.dumps``: a stored integer may pass 64 bits)."""
    return type(value).__name__, dumps(value, option=orjson.OPT_SORT_KEYS)


class PrepaidCommitEventsView(PrepaidCommitView):
    """A prepaid commit (its figures from ``PrepaidCommitView``) with its usage events' two reads."""

    def _events(self, ws: Workspace, kwargs: dict[str, t.Any]) -> list[Body]:
        self.obj(ws, kwargs, write=False)  # 404 unless the contract has the commit
        contract = object_key(self.path_value(kwargs, "contract_id"))
        commit = object_key(self.object_id(kwargs))
        return [
            row
            for _, row in sorted(dict.items(ws.generic.get(EVENTS) or {}))
            if not is_deleted(row)
            and object_key((row.get(PARENT) or {}).get("contract_id")) == contract
            and object_key((row.get(PARENT) or {}).get("commit_id")) == commit
        ]

    @action("GET", url_path="{commit_id}/usage-events/distinct-values")
    def distinct_values(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> tuple[Body, int]:
        key = str(self.query(kwargs)["field"])
        seen: dict[bytes, t.Any] = {}
        for row in self._events(ws, kwargs):
            data = row.get("data")
            value = data.get(key) if isinstance(data, dict) else None
            if value is not None:
                seen.setdefault(dumps(value, option=orjson.OPT_SORT_KEYS), value)
        return {"field": key, "values": sorted(seen.values(), key=_order)}, 200

    @action("GET", url_path="{commit_id}/usage-events/template")
    def template(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> tuple[str, int, dict[str, str]]:
        keys = sorted(
            {str(k) for row in self._events(ws, kwargs) if isinstance(row.get("data"), dict) for k in row["data"]}
            - set(EVENT_COLUMNS)
        )
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerow([*EVENT_COLUMNS, *keys])
        return out.getvalue(), 200, {"Content-Type": "text/csv"}


__all__ = ["PrepaidCommitEventsView"]
