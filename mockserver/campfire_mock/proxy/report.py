"""What the proxy has seen: requests and violations per operation, as JSON and as the shutdown text."""

from __future__ import annotations

import threading
import typing as t
from collections import Counter
from dataclasses import dataclass, field

from .conformance import Violation


@dataclass
class OperationDrift:
    requests: int = 0
    violations: int = 0
    #: Distinct (where, what) pairs, with how often each was seen.
    seen: Counter[tuple[str, str]] = field(default_factory=Counter)


class DriftReport:
    """Counts per operation; safe to update from the event loop and read from a signal handler."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.requests = 0
        self.violations = 0
        #: Answers passed on without a check (larger than the proxy's check buffer).
        self.unchecked = 0
        self.operations: dict[str, OperationDrift] = {}
        self._lock = threading.Lock()

    def skip(self) -> None:
        """Count an answer passed on unchecked."""
        with self._lock:
            self.unchecked += 1

    def add(self, operation: str, violations: t.Sequence[Violation]) -> None:
        with self._lock:
            self.requests += 1
            self.violations += len(violations)
            drift = self.operations.setdefault(operation, OperationDrift())
            drift.requests += 1
            drift.violations += len(violations)
            drift.seen.update((v.where, v.what) for v in violations)

    def as_json(self) -> dict[str, t.Any]:
        with self._lock:
            return {
                "upstream": self.upstream,
                "requests": self.requests,
                "violations": self.violations,
                "unchecked": self.unchecked,
                "operations": {
                    name: {
                        "requests": drift.requests,
                        "violations": drift.violations,
                        "drift": [
                            {"where": where, "what": what, "count": count}
                            for (where, what), count in drift.seen.most_common()
                        ],
                    }
                    for name, drift in sorted(self.operations.items())
                },
            }

    def summary(self) -> str:
        unchecked = f", {self.unchecked} answers too large to check" if self.unchecked else ""
        return f"proxy: {self.requests} requests, {self.violations} violations{unchecked}"

    def text(self) -> str:
        """Drift per operation, then the summary line."""
        doc = self.as_json()
        lines = [f"proxy drift against {self.upstream}, by operation:"] if doc["operations"] else []
        for name, drift in doc["operations"].items():
            lines.append(f"  {name}: {drift['requests']} requests, {drift['violations']} violations")
            lines.extend(f"    {d['where']}: {d['what']} (x{d['count']})" for d in drift["drift"])
        lines.append(self.summary())
        return "\n".join(lines)


__all__ = ["DriftReport", "OperationDrift"]
