"""A warehouse sync written with ``requests``: every invoice payment changed since a moment, page by page.

It asks for cursor paging (``cursor=`` empty on the first call), a page size (``limit``) and a lower
bound on ``last_modified_at`` (``last_modified_at__gte``), then follows each page's ``next`` link until
there is none, as a nightly export to a warehouse does. Campfire's own code is not involved: this is
what an app that never used the SDK looks like, and ``campfire_mock.intercept()`` answers it too.

Run against the mock:  CAMPFIRE_API_KEY=demo CAMPFIRE_BASE_URL=http://127.0.0.1:8765 python examples/warehouse_sync.py
"""

from __future__ import annotations

import os
import typing as t

import requests

DEFAULT_BASE_URL = "https://api.meetcampfire.com"


def changed_payments(
    session: requests.Session, base_url: str, since: str, *, page_size: int = 100
) -> t.Iterator[dict[str, t.Any]]:
    """Every invoice payment modified at or after ``since`` (ISO 8601), following ``next`` links."""
    url: str | None = f"{base_url.rstrip('/')}/coa/api/v1/invoice-payments"
    params: dict[str, str | int] | None = {"limit": page_size, "cursor": "", "last_modified_at__gte": since}
    while url:
        answer = session.get(url, params=params, timeout=30)
        answer.raise_for_status()
        page = answer.json()
        yield from page["results"]
        url, params = page["next"], None  # the next link carries every parameter


def main() -> None:
    session = requests.Session()
    session.headers["Authorization"] = f"Token {os.environ['CAMPFIRE_API_KEY']}"
    base_url = os.environ.get("CAMPFIRE_BASE_URL", DEFAULT_BASE_URL)
    for payment in changed_payments(session, base_url, "2020-01-01T00:00:00Z"):
        print(payment["id"], payment["invoice_number"], payment["amount"], payment["last_modified_at"])


if __name__ == "__main__":
    main()
