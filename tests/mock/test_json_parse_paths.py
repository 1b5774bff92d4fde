"""A request body read by orjson (``parse_json_bytes``) gives what the strict parser gives, at the bounds too."""

from __future__ import annotations

import re
import typing as t

import pytest

from campfire_mock import json_bounds
from campfire_mock.errors import DomainError
from campfire_mock.limits import MAX_JSON_DEPTH
from campfire_mock.openapi.json_parse import _long_digits, parse_json, parse_json_bytes


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


@pytest.mark.parametrize(
    "raw",
    [
        b'{"amount": 18446744073709551616}',  # 2**64: 20 digits
        b'{"amount": 9223372036854775808}',  # 2**63: 19 digits
        b'{"amount": -9223372036854775809}',
        b'{"amount": 1234567890123456789.5}',
        b'{"amount": 123456789012345678}',  # 18 digits: orjson reads it
        b'{"amount": 1.123456789012345678901}',
        b'{"memo": "\xd9\xa1\xd9\xa2\xd9\xa3"}',  # Arabic-Indic digits: not ASCII digits
        b'{"a": 123456789, "b": 1234567890}',  # digits apart: no run of 19
    ],
)
def test_bodies_with_long_digit_runs_read_alike(raw: bytes) -> None:
    """A body with (or just without) a run of 19 digits, which orjson may read otherwise, reads as the strict
    parser reads it: an integer beyond 64 bits exactly, a long decimal to its last digit."""
    assert _outcome(lambda: parse_json_bytes(raw)) == _outcome(lambda: parse_json(raw.decode()))


def test_the_digit_run_check_finds_what_the_regex_finds() -> None:
    """``_long_digits`` answers what ``re``'s ``\\d{19}`` answers for bytes, over runs of every length around 19
    and every byte value next to them."""
    regex = re.compile(rb"\d{19}")
    for length in range(15, 23):
        for byte in range(256):
            other = bytes([byte])
            for raw in (b"7" * length + other, other + b"3" * length, b"1" * 9 + other + b"2" * 9):
                assert _long_digits(raw) is (regex.search(raw) is not None), raw
