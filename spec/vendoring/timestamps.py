"""Date-time formats: the filters' Campfire timestamps and the relaxed timestamp pattern."""

from __future__ import annotations

from typing import Any

from vendoring.common import _changed

TIMESTAMP_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:?\d{2})$"


FILTER_FORMAT_REASON = (
    "the filter's description names its format (YYYY-MM-DD, ISO 8601), which upstream types as any text: Django"
    ' filters refuse any other text with a 400 ("Enter a valid date."), as the twin does; a date-time filter takes'
    " what Django's parse_datetime reads (a space for the T, Campfire's +0000 offsets); an empty value filters"
    " nothing, as django-filter reads it"
)
_EMPTY_QUERY = {"type": "string", "enum": [""]}
#: Campfire's own timestamp form, an offset without a colon (``2025-07-25T18:54:43+0000``), which RFC 3339 lacks.
#: Years 0001 to 9999 (there is no year 0000: DRF's ``DateTimeField`` refuses it).
#: A day the month has: February the 29th only in a leap year (a year divisible by 4, and by 400 when by 100),
#: as Python's calendar, which DRF reads days with, has it.
_CAMPFIRE_DAY = (
    r"^((000[1-9]|00[1-9]\d|0[1-9]\d{2}|[1-9]\d{3})-"
    r"((0[13578]|1[02])-(0[1-9]|[12]\d|3[01])|(0[469]|11)-(0[1-9]|[12]\d|30)|02-(0[1-9]|1\d|2[0-8]))"
    r"|(\d{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)"
)
#: The day alone, without its anchor (for patterns that embed it).
CAMPFIRE_DAY_TEXT = _CAMPFIRE_DAY[1:]
_CAMPFIRE_TIME = r"T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]([01]\d|2[0-3])[0-5]\d$"
CAMPFIRE_TIMESTAMP = _CAMPFIRE_DAY + _CAMPFIRE_TIME
#: What a Django date-time filter reads beyond RFC 3339 (``parse_datetime``): a space (or ``t``) between date
#: and time, no seconds, an offset without a colon or minutes (Campfire's ``+0000`` among them).
FILTER_TIMESTAMP = (
    _CAMPFIRE_DAY + r"[Tt ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?([Zz]|[+-]([01]\d|2[0-3])(:?[0-5]\d)?)?$"
)


def filter_formats(op: dict[str, Any]) -> None:
    """Date and date-time filters typed as any text upstream say their format: a ``YYYY-MM-DD`` filter is a
    ``date``, a ``last_modified_at`` bound an ISO 8601 ``date-time`` or ``date`` (a date-only bound covers its
    day); each also takes the empty value, which filters nothing."""
    for i, param in enumerate(op.get("parameters", [])):
        if param.get("in") != "query" or param.get("schema") != {"type": "string"}:
            continue
        text = param.get("description") or ""
        if param["name"] in ("last_modified_at__gte", "last_modified_at__lte") and "ISO 8601" in text:
            formats = ["date-time", "date"]
        elif "YYYY-MM-DD" in text:
            formats = ["date"]
        else:
            continue
        branches = [{"type": "string", "format": f} for f in formats] + [dict(_EMPTY_QUERY)]
        if "date-time" in formats:  # the timestamps Campfire answers (+0000) and Django's other forms too
            branches.insert(1, {"type": "string", "pattern": FILTER_TIMESTAMP})
        schema = {"type": "string", "anyOf": branches}  # Connexion reads a query parameter by its type
        op["parameters"][i] = _changed(param, {**param, "schema": schema}, FILTER_FORMAT_REASON)


def relax_timestamps(node: Any) -> Any:
    """Timestamps: accept Campfire's ``+0000`` offsets as well as RFC 3339."""
    if isinstance(node, list):
        return [relax_timestamps(n) for n in node]
    if not isinstance(node, dict):
        return node
    if node.get("type") == "string" and node.get("format") == "date-time":
        new = {k: v for k, v in node.items() if k != "format"}
        new["pattern"] = TIMESTAMP_PATTERN
        return _changed(
            node,
            new,
            "Campfire emits timestamps like 2025-07-25T18:54:43+0000, which is not RFC 3339"
            " date-time; the pattern accepts both forms",
        )
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "properties":
            out[key] = {name: relax_timestamps(sub) for name, sub in value.items()}
        elif key in ("example", "default", "enum") or key.startswith("x-"):
            out[key] = value
        else:
            out[key] = relax_timestamps(value)
    return out
