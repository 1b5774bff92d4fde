"""What bounds the webhook fan-out of a workspace: how many webhooks it may have, which URLs can be
delivered to, and how many events one write may send.

Checked at the two places the work is decided: creating (or changing) a webhook, and the write whose
events are read off its journal. Beyond either bound the request is refused and nothing changes.
"""

from __future__ import annotations

import typing as t
from urllib.parse import urlsplit

from .delivery import Target
from .domain.generic import is_deleted
from .errors import TooLarge, ValidationFailed
from .limits import MAX_WEBHOOKS, MAX_WRITE_EVENTS

if t.TYPE_CHECKING:
    pass

Row = dict[str, t.Any]


def live_targets(hooks: t.Mapping[int, Row]) -> tuple[Target, ...]:
    """The active webhooks of a workspace (its stored rows) as delivery targets."""
    targets = []
    for row in dict.values(t.cast(dict[int, Row], hooks)):
        if row.get("active", True) is True and not is_deleted(row) and row.get("url") and row.get("token"):
            topics = frozenset(str(x.get("name")) for x in row.get("topics") or () if isinstance(x, dict))
            targets.append(Target(int(row["id"]), str(row["url"]), str(row["token"]), topics))
    return tuple(targets)


def check_event_count(events: t.Sized) -> None:
    """413 (the write undone) if one write would send more than ``MAX_WRITE_EVENTS`` events."""
    if len(events) > MAX_WRITE_EVENTS:
        raise TooLarge(
            f"This write would send {len(events)} webhook events; at most {MAX_WRITE_EVENTS} may come from one "
            "write. Move the clock in smaller steps, or deactivate the webhooks subscribed to these topics."
        )


def check_webhook(hooks: t.Mapping[int, Row], row: Row, created: bool) -> None:
    """A webhook row just stored by the write (``hooks`` holds it): 400, undoing the write, if it is one too
    many for its workspace, if ``active`` is not a boolean (``"false"`` is read as DRF reads it), or if its
    URL can never be delivered to (no host, a port out of range)."""
    if created and sum(not is_deleted(r) for r in dict.values(t.cast(dict[int, Row], hooks))) > MAX_WEBHOOKS:
        raise ValidationFailed.field(
            "non_field_errors", f"A workspace may have at most {MAX_WEBHOOKS} webhooks; delete one first."
        )
    if "active" in row:
        row["active"] = _boolean(row["active"])
    problem = url_problem(row.get("url"))
    if problem is not None:
        raise ValidationFailed.field("url", problem)


_TRUE = frozenset({"t", "y", "yes", "true", "on", "1"})
_FALSE = frozenset({"f", "n", "no", "false", "off", "0"})


def _boolean(value: t.Any) -> bool:
    """``value`` as DRF's ``BooleanField`` reads it (``"false"`` is False), else a 400 on ``active``."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | str) and str(value).lower() in _TRUE | _FALSE:
        return str(value).lower() in _TRUE
    raise ValidationFailed.field("active", "Must be a valid boolean.")


def url_problem(url: t.Any) -> str | None:
    """Why ``url`` can never receive a delivery, or ``None``."""
    if not isinstance(url, str):
        return "Enter a valid URL."
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "Enter a valid URL with a port between 1 and 65535."
    if parts.scheme not in ("http", "https"):
        return "Enter a valid URL starting with http:// or https://."
    if not parts.hostname:
        return "Enter a valid URL with a host."
    if port == 0:
        return "Enter a valid URL with a port between 1 and 65535."
    if any(ord(c) < 33 for c in url):
        return "Enter a valid URL (no spaces or control characters)."
    return None


__all__ = ["check_event_count", "check_webhook", "live_targets", "url_problem"]
