"""The invoice and credit-memo lists take no ``last_modified_at__*`` filters: upstream declares none there and
the public warehouse sync reads both lists in full (observed-shapes.md, section 2), so the twin ignores them
as DRF ignores any query parameter its filters do not declare (docs/server.md, "Lists")."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from .payables import BILLS

WINDOW = {"last_modified_at__gte": "2099-01-01T00:00:00Z", "last_modified_at__lte": "2099-01-02"}


@pytest.mark.parametrize("path", ["/coa/api/v1/invoice/", "/coa/api/v1/credit-memo"])
def test_last_modified_filters_are_ignored_where_upstream_declares_none(client: TestClient, path: str) -> None:
    """A window no object falls in still lists every object: the parameters are not read on these lists."""
    every = client.get(path, params={"limit": 1000})
    windowed = client.get(path, params={"limit": 1000, **WINDOW})
    assert every.status_code == windowed.status_code == 200
    assert windowed.json()["count"] == every.json()["count"] > 0
    assert [r["id"] for r in windowed.json()["results"]] == [r["id"] for r in every.json()["results"]]


def test_the_bill_list_which_declares_them_applies_them(client: TestClient) -> None:
    """The bill list, where upstream declares the watermark, answers nothing for the same future window."""
    assert client.get(BILLS, params={"limit": 1000}).json()["count"] > 0
    assert client.get(BILLS, params={"limit": 1000, **WINDOW}).json()["count"] == 0
