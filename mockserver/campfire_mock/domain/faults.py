"""Faults a test arms for its own workspace's next calls, to exercise a client's retry logic
(as WireMock offers; stripe-mock and Prism do not).

A fault answers the next ``remaining`` calls of one operation with a status (and
``Retry-After``), after a delay, or by dropping the connection, instead of running them: an
injected failure never changes state. Faults are control data, like the request log: they
are not part of snapshots, survive a reset, and are gone after a restart. At most ``MAX_FAULTS``
are armed at once in one workspace.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from ..errors import ValidationFailed
from ..limits import MAX_FAULTS


@dataclass
class Fault:
    operation_id: str
    remaining: int
    status: int | None = None
    retry_after: int | None = None
    delay_ms: int = 0
    drop: bool = False

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


class Faults:
    """The armed faults of one workspace, oldest first."""

    def __init__(self) -> None:
        self.armed: list[Fault] = []

    def arm(self, fault: Fault, known: frozenset[str]) -> Fault:
        if fault.operation_id not in known:
            raise ValidationFailed.field("operation_id", f"Unknown operation {fault.operation_id!r}.")
        if fault.status is None and not fault.delay_ms and not fault.drop:
            raise ValidationFailed({"non_field_errors": ["Give a status, a delay_ms or drop: true."]})
        if len(self.armed) >= MAX_FAULTS:
            raise ValidationFailed(
                {"non_field_errors": [f"At most {MAX_FAULTS} faults may be armed at once; clear some first."]}
            )
        self.armed.append(fault)
        return fault

    def take(self, operation_id: str) -> Fault | None:
        """Use up one call of the oldest fault armed for ``operation_id``."""
        for fault in self.armed:
            if fault.operation_id == operation_id:
                fault.remaining -= 1
                if fault.remaining <= 0:
                    self.armed.remove(fault)
                return fault
        return None

    def clear(self) -> None:
        self.armed.clear()
