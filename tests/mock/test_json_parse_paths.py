"""A request body read by orjson (``parse_json_bytes``) gives what the strict parser gives, at the bounds too."""

from __future__ import annotations

import typing as t

import pytest

from campfire_mock import json_bounds
from campfire_mock.errors import DomainError
from campfire_mock.limits import MAX_JSON_DEPTH
from campfire_mock.openapi.drf import parse_json, parse_json_bytes


def _outcome(parse: t.Callable[[], t.Any]) -> t.Any:
    try:
        return ("value", parse())
    except DomainError as exc:
        return (exc.status, exc.body())


def _nested(depth: int) -> bytes:
    return b'{"a": ' * depth + b"1" + b"}" * depth


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH - 3, MAX_JSON_DEPTH - 2, MAX_JSON_DEPTH - 1, MAX_JSON_DEPTH + 1])
def test_nesting_near_the_depth_bound_reads_alike(depth: int) -> None:
    """Objects nested about ``MAX_JSON_DEPTH`` deep are accepted or refused alike by both readers."""
    raw = _nested(depth)
    assert _outcome(lambda: parse_json_bytes(raw)) == _outcome(lambda: parse_json(raw.decode()))


@pytest.mark.parametrize("length", [4, 5, 6])
def test_arrays_near_the_items_bound_read_alike(length: int) -> None:
    """With at most 5 items an array, arrays of 4, 5 and 6 items are accepted or refused alike by both readers."""
    raw = b'{"lines": [' + b",".join(b"1" for _ in range(length)) + b"]}"
    with json_bounds.use(json_bounds.Bounds(1000, 5)):
        fast, strict = _outcome(lambda: parse_json_bytes(raw)), _outcome(lambda: parse_json(raw.decode()))
    assert fast == strict
    assert (fast[0] == "value") is (length <= 5)
