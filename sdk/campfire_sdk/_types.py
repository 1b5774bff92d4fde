"""Small shared types: the ``NOT_GIVEN`` sentinel and request options."""

from __future__ import annotations

from typing import Any, Final, Literal, TypeAlias, TypeVar

import httpx
from typing_extensions import override

_T = TypeVar("_T")


class NotGiven:
    """Marks an argument the caller did not pass, as opposed to passing ``None`` (JSON null).

    ``if value is NOT_GIVEN: ...``; it is falsy, and its repr is ``NOT_GIVEN``.
    """

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Timeout: TypeAlias = float | httpx.Timeout | None


def strip_not_given(values: dict[str, Any]) -> dict[str, Any]:
    """Drop entries whose value is ``NOT_GIVEN``; keep ``None`` (it means null)."""
    return {k: v for k, v in values.items() if not isinstance(v, NotGiven)}
