"""The ``events`` log of each webhook: every delivery attempt as a row, written in batches, kept bounded.

Worker threads hand attempts to ``EventsLog.record``; the attempts of one workspace that arrive while
an earlier batch is being written wait and are written together, in one short write, so a storm of
retries is a few writes, not one per attempt under the store's lock. Each webhook keeps its last
``WEBHOOK_EVENTS_KEPT`` rows: once a workspace's log holds a quarter more than that per webhook, each
webhook's older rows are deleted (so the work is paid once per many attempts, and a workspace's log never
holds more than 125 rows per webhook). The list endpoint pages them with ``limit``/``offset``.
"""

from __future__ import annotations

import json
import re
import threading
import typing as t

import orjson

from .delivery import Attempt
from .domain.generic import PARENT
from .limits import WEBHOOK_EVENTS_KEPT

if t.TYPE_CHECKING:
    from .store import Store

#: A run of digits as long as 2**64's: a number orjson would read as a float, where one may be an integer.
_WIDE_NUMBER = re.compile(rb"\d{20}")


def _delivered(body: bytes) -> t.Any:
    """A delivery's JSON body as it was sent: an integer beyond 64 bits (a free-form field may keep one, and
    ``wire.dumps`` writes its digits) read exactly, where ``orjson.loads`` would make it a float."""
    return json.loads(body) if _WIDE_NUMBER.search(body) else orjson.loads(body)


class EventsLog:
    """Writes attempts into their webhooks' ``events`` tables (``hooks_kind`` and ``events_kind``)."""

    def __init__(self, store: Store, hooks_kind: str, events_kind: str, kept: int = WEBHOOK_EVENTS_KEPT) -> None:
        self.store = store
        self.hooks_kind = hooks_kind
        self.events_kind = events_kind
        self.kept = kept
        self._lock = threading.Lock()
        self._waiting: dict[str, list[Attempt]] = {}

    def record(self, attempt: Attempt) -> None:
        """Write ``attempt`` now, or leave it to the thread already writing its workspace's attempts."""
        token = attempt.delivery.token
        with self._lock:
            if token in self._waiting:
                self._waiting[token].append(attempt)
                return
            self._waiting[token] = [attempt]
        while True:
            with self._lock:
                batch = self._waiting[token]
                if not batch:
                    del self._waiting[token]
                    return
                self._waiting[token] = []
            try:
                self._write(token, batch)
            except BaseException:
                with self._lock:
                    self._waiting.pop(token, None)
                raise

    def _write(self, token: str, attempts: list[Attempt]) -> None:
        with self.store.write(token) as ws:
            hooks = ws.table(self.hooks_kind)
            events = ws.table(self.events_kind)
            for attempt in attempts[-self.kept * max(len(hooks), 1) :]:
                delivery = attempt.delivery
                if delivery.webhook_id not in hooks:
                    continue  # a webhook deleted since gets none
                key = ws.next_id(self.events_kind)
                events[key] = {
                    "id": key,
                    PARENT: {"id": delivery.webhook_id},
                    "object": _delivered(delivery.body),
                    "status": attempt.status,
                    "created_at": ws.now_text(),
                    "url": delivery.url,
                    "topic": delivery.topic,
                    "http": {"attempt": attempt.number, **attempt.http},
                    "webhook": delivery.webhook_id,
                }
            if len(events) > self.kept * max(len(hooks), 1) * 5 // 4:
                self._trim(events, set(hooks))

    def _trim(self, events: t.MutableMapping[int, t.Any], hooks: set[int]) -> None:
        """Delete all but the newest ``kept`` rows of each webhook in ``hooks``, and the rows of webhooks gone."""
        rows: dict[int | None, list[int]] = {}
        for key, row in dict.items(t.cast(dict[int, t.Any], events)):
            hook = (row.get(PARENT) or {}).get("id") if isinstance(row, dict) else None
            rows.setdefault(hook if hook in hooks else None, []).append(key)
        for hook, keys in rows.items():
            for key in keys if hook is None else sorted(keys)[: -self.kept]:
                del events[key]


__all__ = ["EventsLog"]
