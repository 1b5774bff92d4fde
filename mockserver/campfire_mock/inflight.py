"""The memory of request bodies still arriving, bounded for the whole server.

Each body is bounded by ``--max-body-bytes`` (or ``--max-import-bytes``), but many slow uploads together
could still hold the server's memory (a hundred stalled 9.5 MB bodies held 1 GB). The bytes of every body
being read count against one budget; a chunk that would go beyond it makes its request a 503 (retry
shortly), and its bytes are given back at once. The budget always fits one import and one API body.
"""

from __future__ import annotations

import threading

from .limits import DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_IMPORT_BYTES, MAX_INFLIGHT_BODY_BYTES


class InFlight:
    """Bytes of request bodies being read, against ``budget``."""

    def __init__(
        self, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES, max_import_bytes: int = DEFAULT_MAX_IMPORT_BYTES
    ) -> None:
        self.budget = max(MAX_INFLIGHT_BODY_BYTES, max_body_bytes + max_import_bytes)
        self.held = 0
        self._lock = threading.Lock()

    def take(self, size: int) -> bool:
        """Count ``size`` more bytes in flight, if they fit."""
        with self._lock:
            if self.held + size > self.budget:
                return False
            self.held += size
            return True

    def fits(self, size: int) -> bool:
        """Whether a body of ``size`` bytes, already here whole, fits beside those being read: ``take`` and
        ``give`` at once, without the lock (the count is read in one step; nothing is held)."""
        return self.held + size <= self.budget

    def give(self, size: int) -> None:
        """The bytes of a body no longer being read."""
        with self._lock:
            self.held -= size


BUSY_DETAIL = "The server is reading too many request bodies at once; retry shortly."

__all__ = ["BUSY_DETAIL", "InFlight"]
