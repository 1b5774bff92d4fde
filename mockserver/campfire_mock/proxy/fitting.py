"""A recording that always seeds: what the proxy recorded, made to load as ``campfire-mock serve --seed`` loads it.

Campfire may answer values its spec allows but the mock does not hold (more than 1,000 lines, an id beyond
2^63 - 1, an amount beyond the mock's bound). ``fit`` loads the
document as a seed would be loaded, leaving out each object the mock refuses (and, by the same load, the
objects that need it), cuts text longer than a field keeps, and says what it did.
"""

from __future__ import annotations

import json
import typing as t
from dataclasses import dataclass, field

from ..domain.seeding import load_seed
from ..domain.workspace import Workspace, encode_json
from ..limits import DEFAULT_MAX_WORKSPACE_BYTES, MAX_TEXT_CHARS


@dataclass
class Fitted:
    """A seed document that loads, and what was done to it: one line per object left out or text cut, the
    bytes it stores once seeded, and a warning if that is beyond the default storage budget of a workspace."""

    doc: dict[str, t.Any]
    left_out: list[str] = field(default_factory=list)
    clamped: list[str] = field(default_factory=list)
    size: int = 0
    warning: str | None = None


def fit(doc: dict[str, t.Any]) -> Fitted:
    """``doc`` (a seed document, changed in place) made to seed: text cut to ``MAX_TEXT_CHARS``, and every
    object the mock refuses to load left out."""
    fitted = Fitted(doc)
    for kind, items in doc["objects"].items():
        for item in items:
            for where in _clamp(item):
                fitted.clamped.append(f"{kind} {item.get('id')}: {where} cut to {MAX_TEXT_CHARS} characters")
    refused: dict[int, str] = {}

    def skip(kind: str, raw: t.Any, exc: Exception) -> None:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if hasattr(exc, "body") and callable(exc.body):
            reason = json.dumps(exc.body(), ensure_ascii=False)[:300]
        refused[id(raw)] = f"{kind} {raw.get('id') if isinstance(raw, dict) else raw!r}: {reason}"

    ws = Workspace()
    load_seed(ws, doc, skip=skip)
    fitted.left_out = list(refused.values())
    if refused:
        doc["objects"] = {
            kind: kept
            for kind, items in doc["objects"].items()
            if (kept := [item for item in items if id(item) not in refused])
        }
    tables = ws.tables().items()
    fitted.size = sum(len(encode_json(kind, obj)) for kind, table in tables for obj in dict.values(table))
    if fitted.size > DEFAULT_MAX_WORKSPACE_BYTES:
        fitted.warning = (
            f"the recording stores {fitted.size} bytes once seeded, beyond the default storage budget of a "
            f"workspace ({DEFAULT_MAX_WORKSPACE_BYTES}): serve it with --max-workspace-bytes {fitted.size * 2}"
        )
    return fitted


def _clamp(value: t.Any, where: str = "") -> list[str]:
    """Cut every string of ``value`` (in place) longer than ``MAX_TEXT_CHARS``; where each was."""
    cut: list[str] = []
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        at = f"{where}.{key}" if where else str(key)
        if isinstance(item, str) and len(item) > MAX_TEXT_CHARS:
            value[key] = item[:MAX_TEXT_CHARS]
            cut.append(at)
        elif isinstance(item, dict | list):
            cut.extend(_clamp(item, at))
    return cut


__all__ = ["Fitted", "fit"]
