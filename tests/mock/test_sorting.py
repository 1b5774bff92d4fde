"""Generic lists and ids: sort keys (``sort``/``ordering``) bounded, deduplicated and one sort of the rows;
plain-array lists paged and bounded; soft-deleted objects gone by id."""

from __future__ import annotations

import time

import pytest
from starlette.testclient import TestClient

from campfire_mock.domain.filters import ordering_filter, plain_page, sort_keys
from campfire_mock.errors import ValidationFailed
from campfire_mock.limits import MAX_SORT_KEYS

TAGS = "/coa/api/tag"


def _names(client: TestClient, query: str) -> list[str]:
    answer = client.get(f"{TAGS}?{query}&limit=100")
    assert answer.status_code == 200
    return [row["name"] for row in answer.json()["results"]]


def test_a_repeated_sort_key_sorts_as_one(client: TestClient) -> None:
    """``sort=-name,-name,...`` (6,000 times, a 36 KB request line) orders as ``sort=name``."""
    for name in ("b", "c", "a"):
        assert client.post(TAGS, json={"name": name}).status_code == 201
    assert _names(client, "sort=" + ",".join(["-name"] * 6_000)) == _names(client, "sort=-name")
    assert _names(client, "sort=-name")[:3] == ["c", "b", "a"]


def test_more_distinct_sort_keys_than_the_bound_is_a_400(client: TestClient) -> None:
    """Eleven distinct fields is a 400 naming the parameter, before any row is sorted."""
    keys = ",".join(f"f{i}" for i in range(MAX_SORT_KEYS + 1))
    answer = client.get(f"{TAGS}?sort={keys}")
    assert answer.status_code == 400
    assert answer.json() == {"sort": [f"Ensure there are no more than {MAX_SORT_KEYS} distinct sort fields."]}


def test_mixed_directions_sort_as_one_composite_key() -> None:
    """``-a,b`` orders by a descending then b ascending; rows without a value come last either way."""
    rows = [
        {"id": 1, "a": 1, "b": "y"},
        {"id": 2, "a": 2, "b": "z"},
        {"id": 3, "a": None, "b": "a"},
        {"id": 4, "a": 1, "b": "x"},
        {"id": 5, "a": "10", "b": None},
    ]
    ordered = ordering_filter(rows, "-a,b", {"a", "b"})
    assert [r["id"] for r in ordered] == [5, 2, 4, 1, 3]
    assert [r["id"] for r in ordering_filter(rows, "a,-b", {"a", "b"})] == [1, 4, 2, 5, 3]


def test_numbers_sort_as_numbers_and_nan_as_text() -> None:
    """ "10" sorts after "9" as a number; "NaN" (not orderable as a number) sorts as text, not a 500."""
    rows = [{"id": i, "v": v} for i, v in enumerate(["10", "9", "NaN", "-1"])]
    assert [r["v"] for r in ordering_filter(rows, "v", {"v"})] == ["-1", "9", "10", "NaN"]


def test_unknown_sort_fields_are_ignored_and_ties_keep_their_order() -> None:
    """A field the objects lack is ignored, as DRF ignores it; equal values keep the rows' order."""
    rows = [{"id": i, "v": 1} for i in range(5)]
    assert ordering_filter(rows, "nope,v", {"v"}) == rows
    assert sort_keys(" v , -v ,w") == [("v", False), ("w", False)]


def test_the_issues_sort_costs_little_work() -> None:
    """3,000 rows sorted by 13,000 repeated keys (54 s before) take well under the half-second rule."""
    rows = [{"id": i, "name": f"tag {i * 7919 % 3000}", "amount": str(i % 97)} for i in range(3_000)]
    started = time.process_time()
    ordered = ordering_filter(rows, ",".join(["name", "-amount"] * 6_500), {"name", "amount"})
    assert time.process_time() - started < 0.25
    assert [r["name"] for r in ordered] == sorted(r["name"] for r in rows)


def test_the_bound_is_checked_before_any_row_is_read() -> None:
    """Too many distinct keys fail even with no rows (the check comes first)."""
    with pytest.raises(ValidationFailed) as caught:
        ordering_filter([], ",".join(f"k{i}" for i in range(50)), set(), "ordering")
    assert caught.value.fields == {"ordering": [f"Ensure there are no more than {MAX_SORT_KEYS} distinct sort fields."]}


def test_plain_array_lists_are_paged_and_bounded() -> None:
    """A plain-array list honours ``limit``/``offset``, answers at most 10,000 rows, and a bad limit is a 400."""
    rows = [{"id": i} for i in range(12_000)]
    assert plain_page(rows, b"limit=2&offset=5") == [{"id": 5}, {"id": 6}]
    assert len(plain_page(rows, b"")) == 10_000
    with pytest.raises(ValidationFailed) as caught:
        plain_page(rows, "limit=%D9%A1")
    assert caught.value.fields == {"limit": ["A valid integer is required."]}
    with pytest.raises(ValidationFailed) as caught:
        plain_page(rows, "limit=0")
    assert caught.value.fields == {"limit": ["Ensure this value is between 1 and 10000."]}


def test_a_soft_deleted_object_is_neither_readable_nor_writable_by_id(client: TestClient) -> None:
    """After DELETE a tag answers 404 to GET, PATCH and a second DELETE, as a deleted invoice does."""
    tag = client.post(TAGS, json={"name": "gone"}).json()
    assert client.delete(f"{TAGS}/{tag['id']}").status_code == 204
    for answer in (
        client.get(f"{TAGS}/{tag['id']}"),
        client.patch(f"{TAGS}/{tag['id']}", json={"name": "renamed"}),
        client.delete(f"{TAGS}/{tag['id']}"),
    ):
        assert answer.status_code == 404
        assert answer.json() == {"detail": "Not found."}
    assert "gone" not in [row["name"] for row in client.get(TAGS).json()["results"]]
