"""Strict JSON parsing with the documented limits (``parse_json``, ``parse_json_bytes``: no NaN or Infinity, no
lone surrogate, bounded depth, items and values), and the 64-bit bound of integers kept whole (``check_int64``)."""

from __future__ import annotations

import json
import math
import re
import typing as t

import orjson

from .. import json_bounds
from ..errors import ParseError, TooLarge, ValidationFailed
from ..limits import MAX_INT, MAX_JSON_DEPTH, MAX_JSON_VALUES
from .error_tree import error_tree, field_path, insert_error

#: The lowest 64-bit integer, which upstream's int64 fields (``tag_ids``) allow.
MIN_INT = -(2**63)


def _reject_constant(name: str) -> t.NoReturn:
    raise ValueError(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"number {text[:40]} is out of range")
    return value


#: Why a string with a lone surrogate (``"\\ud800"``) is refused: it has no UTF-8 form, so no answer could hold it.
LONE_SURROGATE = "Not a valid string: it holds a lone surrogate (no Unicode character)."


def _has_lone_surrogate(text: str) -> bool:
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


#: ``json.loads(text, parse_constant=..., parse_float=...)``, its decoder made once rather than per call.
_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float)

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def _values_over_limit(text: str, most: int = MAX_JSON_VALUES) -> bool:
    """Whether ``text`` holds more than ``most`` values (commas and colons outside strings), told at C speed
    before anything is parsed."""
    if text.count(",") + text.count(":") <= most or len(text) <= 2 * most:
        return False  # a value and its separator take two characters: this text cannot hold more
    bare = _STRING.sub("", text)
    return bare.count(",") + bare.count(":") > most


#: Characters of JSON text beyond which parsing hands the interpreter back between objects.
_LARGE_TEXT = 1 << 20


def _handing_back(obj: dict[str, t.Any]) -> dict[str, t.Any]:
    """Called by the C parser after each object: a Python call, where another thread may take its turn (a
    90 MB import parsed in a worker thread would otherwise hold the interpreter for over a second)."""
    return obj


#: The decoder of large bodies: the same, handing the interpreter back after each object.
_LARGE_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float, object_hook=_handing_back)


#: A run of digits as long as the smallest integer beyond 64 bits: orjson reads such an integer as a float, so a
#: body holding one (or any long run of digits) is parsed by ``json`` instead. Found as ``0`` * 19 in the body
#: with every ASCII digit made ``0`` and every other byte a space: a fifth of the time of ``re``'s ``\d{19}``.
_LONG_DIGITS = b"0" * 19
_DIGITS_AS_ZEROS = bytes(0x30 if 0x30 <= byte <= 0x39 else 0x20 for byte in range(256))


def _long_digits(raw: bytes) -> bool:
    """Whether ``raw`` holds a run of 19 ASCII digits (what ``re``'s ``rb"\\d{19}"`` finds)."""
    return _LONG_DIGITS in raw.translate(_DIGITS_AS_ZEROS)


def parse_json_bytes(raw: bytes) -> t.Any:
    """``parse_json(raw.decode("utf-8"))`` (a ``UnicodeDecodeError`` for a body that is not UTF-8), read by
    orjson where it gives the same value: orjson refuses everything ``parse_json`` refuses that it sees itself
    (NaN, an infinite number, a lone surrogate, a BOM, invalid UTF-8), so any body it refuses, any body that
    may hold an integer beyond 64 bits, a large body and one that may break a bound are read by ``parse_json``,
    which gives the same error message as before."""
    bounds = json_bounds.current()
    if (
        len(raw) <= _LARGE_TEXT
        and (len(raw) <= 2 * bounds.values or raw.count(b",") + raw.count(b":") <= bounds.values)
        and not _long_digits(raw)
    ):
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
        else:
            if _plainly_within(raw, bounds.items) or _within_bounds(value, 0, bounds.items):
                return value
    return parse_json(raw.decode("utf-8"))


def _plainly_within(raw: bytes, items: int) -> bool:
    """Whether the text orjson read (no integer beyond 64 bits, no lone surrogate: ``parse_json_bytes``)
    plainly breaks no bound of ``_within_bounds``, told from its bytes: an array of more than ``items``
    items needs ``items`` commas, and a container at the depth bound as many brackets."""
    return raw.count(b",") < items and raw.count(b"[") + raw.count(b"{") < MAX_JSON_DEPTH - 1


def parse_json(text: str) -> t.Any:
    """Strict JSON (no NaN or Infinity), nested at most ``MAX_JSON_DEPTH`` deep, integers of any size (as
    DRF's parser reads them: ``check_int64`` bounds them where a body is kept whole), arrays of at most
    ``MAX_JSON_ITEMS`` items, strings (and keys) with no lone surrogate, and at most ``MAX_JSON_VALUES``
    values in all (a 413, found before parsing)."""
    bounds = json_bounds.current()  # wider for a snapshot import
    if _values_over_limit(text, bounds.values):
        raise TooLarge(f"A JSON body may hold at most {bounds.values} values.")
    try:
        if text.startswith("\ufeff"):  # as ``json.loads`` says it
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
        value = (_LARGE_DECODER if len(text) > _LARGE_TEXT else _DECODER).decode(text)
    except RecursionError:
        raise ParseError(f"JSON nesting is deeper than {MAX_JSON_DEPTH} levels.") from None
    except ValueError as exc:
        raise ParseError(f"JSON parse error - {exc}") from None
    if _within_bounds(value, 0, bounds.items):
        return value  # nothing to report: the walk below only finds and names what breaks a bound
    fields: dict[str, t.Any] = {}
    stack: list[tuple[t.Any, list[t.Any]]] = [(value, [])]
    while stack:
        node, path = stack.pop()
        if len(path) > MAX_JSON_DEPTH:
            raise ParseError(f"JSON nesting is deeper than {MAX_JSON_DEPTH} levels.")
        where = field_path(path)
        if isinstance(node, dict):
            for key in node:
                if _has_lone_surrogate(key):
                    insert_error(fields, field_path([*path, ascii(key)[1:-1]]), LONE_SURROGATE)
            stack.extend((v, [*path, k]) for k, v in node.items())
        elif isinstance(node, list):
            if len(node) > bounds.items:  # before a single item is looked at
                raise ValidationFailed(
                    error_tree(where, f"Ensure this field has no more than {bounds.items} elements.")
                )
            stack.extend((v, [*path, i]) for i, v in enumerate(node))
        elif isinstance(node, str) and _has_lone_surrogate(node):
            insert_error(fields, where, LONE_SURROGATE)
    if fields:
        raise ValidationFailed(fields)
    return value


def fits_int64(node: t.Any) -> bool:
    """Whether every integer in ``node`` fits in 64 bits, told without building any path."""
    kind = type(node)
    if kind is int:
        return bool(MIN_INT <= node <= MAX_INT)
    if kind is dict:
        return all(fits_int64(child) for child in node.values())
    if kind is list:
        return all(fits_int64(child) for child in node)
    return True


def check_int64(value: t.Any) -> None:
    """A 400 naming each integer of ``value`` beyond 64 bits. API bodies may carry them where DRF would
    (an unknown field, which is ignored; a declared integer field refuses them by its bounds), but what the
    control API stores whole (a snapshot, a seed, a stub) must fit the integers the mock can write back."""
    if fits_int64(value):
        return
    fields: dict[str, t.Any] = {}
    stack: list[tuple[t.Any, list[t.Any]]] = [(value, [])]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            stack.extend((v, [*path, k]) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, [*path, i]) for i, v in enumerate(node))
        elif isinstance(node, int) and not isinstance(node, bool) and not MIN_INT <= node <= MAX_INT:
            message = (
                f"Ensure this value is less than or equal to {MAX_INT} in size."
                if node > 0
                else f"Ensure this value is greater than or equal to {MIN_INT}."
            )
            insert_error(fields, field_path(path), message)
    raise ValidationFailed(fields)


def _within_bounds(node: t.Any, depth: int, items: int) -> bool:
    """Whether ``node`` (at ``depth``) breaks none of ``parse_json``'s bounds, told without building any path;
    ``False`` also for a container near the depth bound, which the walk then judges."""
    if type(node) is dict:
        for key in node:
            if not key.isascii() and _has_lone_surrogate(key):
                return False
        children: t.Iterable[t.Any] = node.values()
    elif type(node) is list:
        if len(node) > items:
            return False
        children = node
    else:
        return _within_bounds([node], depth - 1, items)
    if depth >= MAX_JSON_DEPTH - 1 and node:
        return False
    for child in children:
        kind = type(child)
        if kind is str:
            if not child.isascii() and _has_lone_surrogate(child):
                return False
        elif (kind is dict or kind is list) and not _within_bounds(child, depth + 1, items):
            return False
    return True


__all__ = ["LONE_SURROGATE", "MIN_INT", "check_int64", "fits_int64", "parse_json", "parse_json_bytes"]
