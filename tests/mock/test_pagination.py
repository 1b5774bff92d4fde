"""Paging links: ``with_query`` builds ``next``/``previous`` exactly as ``urllib.parse`` would."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest

from campfire_mock.views.pagination import offset_page, with_query


def reference(url: str, **changes: object) -> str:
    """The link as ``urlsplit``, ``parse_qsl`` and ``urlencode`` build it (what ``with_query`` did before)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in changes]
    query += [(k, str(v)) for k, v in changes.items() if v is not None]
    return urlunsplit(parts._replace(query=urlencode(query)))


URLS = [
    "http://testserver/coa/api/v1/invoice/",
    "http://testserver/coa/api/v1/invoice/?limit=20",
    "http://testserver/x/?client=1&client=2&limit=3&offset=9&blank=",
    "http://testserver/x/?q=a+b%20c&name=%E2%82%AC%26&flag",
    "http://testserver/x/?",
    "http://testserver/x/?a=1&&b=2",
    "http://testserver/x/?path=%2F%2F&safe=~._-",
    "http://testserver/x/?a=1#fragment",
]
CHANGES = [{"limit": 20, "offset": 40}, {"limit": 20, "offset": None}, {"cursor": "YWJj|1", "offset": None}]


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("changes", CHANGES)
def test_with_query_builds_the_link_urllib_builds(url: str, changes: dict[str, object]) -> None:
    """Parameters replaced or removed, the rest kept in order, everything quoted as ``urlencode`` quotes it."""
    assert with_query(url, **changes) == reference(url, **changes)


def test_offset_page_links_the_pages_around_it() -> None:
    """The middle page of three links to the first (without ``offset``) and to the last."""
    page, meta = offset_page(list(range(7)), limit=3, offset=3, url="http://testserver/x/?limit=3&offset=3&q=a%20b")
    assert page == [3, 4, 5]
    assert meta == {
        "count": 7,
        "next": "http://testserver/x/?q=a+b&limit=3&offset=6",
        "previous": "http://testserver/x/?q=a+b&limit=3",
    }
