"""Lists that answer deleted records (``include_deleted=True``) give ``DeletedRecord`` items a client tells
apart with ``isinstance``; every other item is the list's own model."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
import respx
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_sdk import APIResponseValidationError, Campfire
from campfire_sdk.types import ContractBundle, DeletedRecord, TransactionTag

from .test_resources import BASE, stored


def test_a_deleted_tag_is_a_deleted_record_only_with_include_deleted() -> None:
    """Against the mock: the deleted tag comes back as a DeletedRecord with its deletion time, the live list
    holds TransactionTags only."""
    with Campfire(api_key="sdk-deleted", base_url="http://testserver", http_client=TestClient(create_app())) as client:
        tag = client.tags.create(name="Short-lived")
        client.tags.delete(tag.id)
        deleted = list(client.tags.list(include_deleted=True))
        live = list(client.tags.list())
    assert [r.id for r in deleted] == [tag.id]
    (record,) = deleted
    assert isinstance(record, DeletedRecord) and record.is_deleted is True
    assert isinstance(record.deleted_at, dt.datetime) and record.deleted_at.utcoffset() == dt.timedelta(0)
    assert live and all(isinstance(r, TransactionTag) for r in live)
    assert tag.id not in {r.id for r in live}


@respx.mock
def test_a_plain_list_parses_each_item_by_is_deleted() -> None:
    """A list answered as a plain array (a contract's bundles) parses a minimal record as a DeletedRecord, even
    with ``is_deleted`` sent as text, and a whole bundle as a ContractBundle."""
    bundle = stored("ContractBundle", id=7, is_deleted=False)
    gone = {"id": 8, "is_deleted": "true", "deleted_at": "2026-04-20T09:30:00+0000", "last_modified_at": None}
    respx.get(f"{BASE}/rr/api/v1/contracts/5/bundles").mock(return_value=httpx.Response(200, json=[bundle, gone]))
    with Campfire(api_key="k") as client:
        items = client.contracts.bundles.list(5, include_deleted=True)
    assert [type(i) for i in items] == [ContractBundle, DeletedRecord]
    assert items[1].deleted_at == dt.datetime(2026, 4, 20, 9, 30, tzinfo=dt.UTC)
    assert items[1].last_modified_at is None


@respx.mock
@pytest.mark.parametrize("flag", [1, "1", "True", "TRUE", "yes"])
def test_is_deleted_reads_as_the_deleted_record_model_reads_it(flag: object) -> None:
    """A minimal record whose ``is_deleted`` is any form of true a boolean field accepts (``1``, ``"True"``)
    parses as a DeletedRecord with ``is_deleted`` True, not as a live bundle that fails to validate."""
    gone = {"id": 8, "is_deleted": flag, "deleted_at": "2026-04-20T09:30:00+0000", "last_modified_at": None}
    respx.get(f"{BASE}/rr/api/v1/contracts/5/bundles").mock(return_value=httpx.Response(200, json=[gone]))
    with Campfire(api_key="k") as client:
        (item,) = client.contracts.bundles.list(5, include_deleted=True)
    assert isinstance(item, DeletedRecord) and item.is_deleted is True


@respx.mock
@pytest.mark.parametrize("flag", [0, "0", "False", "no"])
def test_a_false_is_deleted_in_any_form_is_a_live_item(flag: object) -> None:
    """A bundle whose ``is_deleted`` is a false in any form a boolean field accepts parses as a ContractBundle."""
    bundle = stored("ContractBundle", id=7, is_deleted=flag)
    respx.get(f"{BASE}/rr/api/v1/contracts/5/bundles").mock(return_value=httpx.Response(200, json=[bundle]))
    with Campfire(api_key="k") as client:
        (item,) = client.contracts.bundles.list(5, include_deleted=True)
    assert isinstance(item, ContractBundle) and item.id == 7


@respx.mock
def test_a_live_item_is_never_taken_for_a_deleted_record() -> None:
    """A live bundle the model cannot read (a required field missing) is an error, not a DeletedRecord that
    happens to fit (``id``, ``is_deleted``: false)."""
    partial = {"id": 9, "is_deleted": False, "deleted_at": None, "last_modified_at": None}
    respx.get(f"{BASE}/rr/api/v1/contracts/5/bundles").mock(return_value=httpx.Response(200, json=[partial]))
    with Campfire(api_key="k") as client, pytest.raises(APIResponseValidationError, match="bundle_name"):
        client.contracts.bundles.list(5)
