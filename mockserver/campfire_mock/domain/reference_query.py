"""The documented list filters of clients (vendors), products and contracts.

From Campfire's schema (reference §0.3 and the vendor list's parameters):

* ``include_deleted=true`` lists only soft-deleted records, otherwise only live ones;
* ``last_modified_at__gte``/``__lte`` (ISO 8601, a date-only ``__lte`` covering its whole day) compare the
  deletion time of deleted records and the modification time of the others;
* vendors also take ``include_inactive`` (inactive ones are left out unless true), ``external_id``,
  ``vendor_type`` (repeatable), ``q`` (name, DBA, e-mail or company name; a number also matches the id)
  and ``sort`` (comma-separated fields, ``-`` for descending; default ``name``);
* credit memos take ``client``, ``contract`` and ``entity`` (each repeatable: any of them),
  ``start_date``/``end_date`` (``credit_memo_date``, inclusive), ``status`` (the derived
  ``application_status``), ``q`` (number, message or client name, case-insensitively) and ``sort`` (one
  of ``CREDIT_MEMO_SORT_FIELDS``, ``-`` for descending; ties, and no ``sort``, in id order). The spec's
  enums reject another ``status`` or ``sort`` before the list runs.
"""

from __future__ import annotations

import typing as t
from datetime import datetime

from ..errors import ValidationFailed
from .clock import filter_moment, parse_moment
from .credit_memos import credit_memo_usage
from .filters import ordering_filter, search_filter, sort_keys
from .generic import is_deleted
from .invoice_query import query_date
from .values import as_date
from .workspace import Workspace

Ref = dict[str, t.Any]
VENDOR_SORT_FIELDS = ("name", "id", "email", "company_name", "dba", "last_modified_at", "created_at", "vendor_type")
CREDIT_MEMO_SORT_FIELDS = ("credit_memo_date", "credit_memo_number", "client_name", "total_amount", "amount_used")
CREDIT_MEMO_SEARCH_FIELDS = ("credit_memo_number", "message_on_credit_memo", "client_name")
EPOCH = datetime.fromisoformat("1900-01-01T00:00:00+00:00")


def _stamp(obj: Ref) -> datetime:
    text = obj.get("deleted_at") if obj.get("is_deleted") else obj.get("last_modified_at")
    try:
        return parse_moment(text) if isinstance(text, str) and text else EPOCH
    except ValueError:
        return EPOCH


def common_filter(params: dict[str, t.Any]) -> t.Callable[[Ref], bool]:
    """``include_deleted`` and ``last_modified_at__gte/__lte``, as every documented list applies them."""
    deleted = bool(params.get("include_deleted"))
    since = filter_moment("last_modified_at__gte", params.get("last_modified_at__gte"))
    until = filter_moment("last_modified_at__lte", params.get("last_modified_at__lte"), whole_day=True)

    def keep(obj: Ref) -> bool:
        if bool(obj.get("is_deleted")) != deleted:
            return False
        stamp = _stamp(obj) if since or until else None
        return (since is None or t.cast(datetime, stamp) >= since) and (
            until is None or t.cast(datetime, stamp) <= until
        )

    return keep


def vendor_filter(params: dict[str, t.Any], vendor_types: list[str]) -> t.Callable[[Ref], bool]:
    common = common_filter(params)
    inactive = bool(params.get("include_inactive"))
    external_id = params.get("external_id")
    q = (params.get("q") or "").strip().lower()
    q_id = int(q) if q.isdigit() else None

    def keep(obj: Ref) -> bool:
        if not common(obj):
            return False
        if not inactive and (obj.get("status") == "INACTIVE" or obj.get("active") is False):
            return False
        if external_id and obj.get("external_id") != external_id:
            return False
        if vendor_types and obj.get("vendor_type") not in vendor_types:
            return False
        if q:
            text = " ".join(str(obj.get(f) or "") for f in ("name", "dba", "email", "company_name")).lower()
            return q in text or obj.get("id") == q_id
        return True

    return keep


def vendor_order(params: dict[str, t.Any]) -> t.Callable[[list[Ref]], list[Ref]]:
    """``sort=name,-id``: a stable sort by each field, last field first."""
    fields = [f"-{name}" if desc else name for name, desc in sort_keys(params.get("sort") or "name", "sort")]
    unknown = [f for f in fields if f.lstrip("-") not in VENDOR_SORT_FIELDS]
    if unknown:
        raise ValidationFailed.field(
            "sort", f"Unknown sort field {unknown[0]!r}. Use {', '.join(VENDOR_SORT_FIELDS)}, - to reverse."
        )

    def order(objs: list[Ref]) -> list[Ref]:
        result = sorted(objs, key=lambda o: o["id"])
        for field in reversed(fields):
            name = field.lstrip("-")
            result.sort(
                key=lambda o: (o.get(name) is None, str(o.get(name) or "").lower() if name != "id" else o["id"]),
                reverse=field.startswith("-"),
            )
        return result

    return order


def filter_credit_memos(ws: Workspace, params: dict[str, t.Any]) -> list[Ref]:
    """The live credit memos the list's filters select, in its ``sort`` order."""
    wanted = {name: set(params.get(name) or ()) for name in ("client", "contract", "entity")}
    start, end = query_date(params, "start_date"), query_date(params, "end_date")
    status = params.get("status") or None
    sort = params.get("sort") or None
    usage_needed = status is not None or (sort or "").lstrip("-") == "amount_used"
    names = {vid: str(v.get("name") or "") for vid, v in ws.refs["vendor"].items()}
    rows: list[Ref] = []
    for memo in sorted(ws.refs["credit_memo"].values(), key=lambda o: o["id"]):
        if is_deleted(memo) or any(values and memo.get(name) not in values for name, values in wanted.items()):
            continue
        if start or end:
            day = as_date(memo.get("credit_memo_date"))
            if day is None or (start and day < start) or (end and day > end):
                continue
        usage = credit_memo_usage(ws, memo) if usage_needed else {}
        if status is not None and usage["application_status"] != status:
            continue
        rows.append(
            {
                "memo": memo,
                "id": memo["id"],
                "credit_memo_date": memo.get("credit_memo_date"),
                "credit_memo_number": memo.get("credit_memo_number"),
                "message_on_credit_memo": memo.get("message_on_credit_memo"),
                "client_name": names.get(memo.get("client") or -1, "").lower(),
                "total_amount": memo.get("total_amount"),
                "amount_used": usage.get("amount_used"),
            }
        )
    rows = search_filter(rows, (params.get("q") or "").strip(), CREDIT_MEMO_SEARCH_FIELDS)
    rows = ordering_filter(rows, sort, frozenset(CREDIT_MEMO_SORT_FIELDS), "sort")
    return [row["memo"] for row in rows]
