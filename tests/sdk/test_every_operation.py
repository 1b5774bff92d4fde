"""Every generated SDK method, sync and async, called against the in-process mock with valid arguments.

Each call must answer what its signature promises (a model, a page, a list, bytes, text, or ``None``
for 204), and every exchange, the setup calls included, must match the spec (openapi-core).
The arguments come from ``every_operation.py``; the objects a path names are made on demand, so each
case stands alone and the table runs in any order or split across workers.
"""

from __future__ import annotations

import typing as t

import httpx
import pytest
from openapi_core import Config, OpenAPI
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.domain.seeding import bundled_seed
from campfire_mock.exchanges import ExchangeChecker, _decode_text
from campfire_mock.openapi.documents import load_spec, packaged_spec
from campfire_sdk import APIStatusError, AsyncCampfire, Campfire
from campfire_sdk._models import BaseModel
from campfire_sdk._operations import OPERATIONS
from campfire_sdk.pagination import AsyncPage, SyncPage

from ..mock.test_every_operation import REFUSED as MOCK_REFUSED
from .every_operation import Made, acall, call, order, resolve, seeded_objects

#: Operations whose documented input the state refuses here too (the other ``MOCK_REFUSED`` cases run on objects
#: made for the call, which take them): a reconciliation report has no statement range to match lines in, and the
#: merge's example names no two offsetting GL lines (tests/mock/test_entry_merge.py merges two).
REFUSED = {
    k: MOCK_REFUSED[k]
    for k in (
        "coa_api_v2_reconciliation_bulk_match_transactions_create",
        "merge_chart_transactions",
        "preview_chart_transaction_merge",
    )
}


def spec_checker() -> ExchangeChecker:
    """``ExchangeChecker.from_spec`` on the packaged spec's JSON twin, without openapi-core validating the spec
    again (tests/spec/test_spec_files.py does): milliseconds instead of ~4 CPU seconds in each worker."""
    config = Config(spec_validator_cls=None, extra_media_type_deserializers={"text/csv": _decode_text})
    openapi = OpenAPI.from_dict(load_spec(packaged_spec()), config=config)
    return ExchangeChecker(openapi=openapi, host_url=str(openapi.spec["servers"][0]["url"]))


def cases() -> list[str]:
    """Every operation, in the order its objects can be made."""
    return order()


@pytest.fixture(scope="module")
def checker() -> ExchangeChecker:
    return spec_checker()


@pytest.fixture(scope="module")
def app() -> t.Any:
    seed = bundled_seed("demo")
    return create_app(seed={**seed, "objects": {**seed["objects"], **seeded_objects()}})


@pytest.fixture(scope="module")
def sync_client(app: t.Any, checker: ExchangeChecker) -> t.Iterator[tuple[Campfire, Made]]:
    http = TestClient(app)
    http.event_hooks = checker.hooks()
    with Campfire(api_key="every-sync", base_url="http://testserver", http_client=http, max_retries=0) as client:
        yield client, Made()


@pytest.fixture(scope="module")
def async_made() -> Made:
    return Made()


def expect(value: t.Any, annotation: t.Any) -> None:
    """``value`` is what ``annotation`` (a method's resolved return type) promises."""
    if annotation is None or annotation is type(None):
        assert value is None
        return
    if annotation is t.Any:
        return  # the spec declares no body: whatever JSON came (or None)
    origin = t.get_origin(annotation)
    if origin is t.Union or str(origin) == "<class 'types.UnionType'>":
        assert any(_fits(value, a) for a in t.get_args(annotation)), (value, annotation)
        return
    assert _fits(value, annotation), (type(value), annotation)


def _fits(value: t.Any, annotation: t.Any) -> bool:
    origin = t.get_origin(annotation) or annotation
    args = t.get_args(annotation)
    if origin in (SyncPage, AsyncPage) or (isinstance(origin, type) and issubclass(origin, SyncPage | AsyncPage)):
        items_fit = args[0] is t.Any or all(isinstance(item, args[0]) for item in value.results)  # t.Any: a union
        return isinstance(value, origin) and items_fit
    if t.get_origin(annotation) is not None and getattr(origin, "__name__", "") == "AsyncPaginator":
        page_type = args[0]
        return _fits(value, page_type)
    if origin is list:
        return isinstance(value, list) and all(_fits(item, args[0]) for item in value) if args else True
    if origin is dict:
        return isinstance(value, dict)
    if isinstance(origin, type) and issubclass(origin, BaseModel):
        return isinstance(value, origin)
    if origin in (bytes, str, int, float, bool):
        return isinstance(value, origin)
    return True


def _return_type(method: t.Any) -> t.Any:
    return t.get_type_hints(method)["return"]


@pytest.mark.parametrize("op_id", cases())
def test_sync_method_answers_its_type_and_the_spec(
    op_id: str, sync_client: tuple[Campfire, Made], checker: ExchangeChecker
) -> None:
    """The sync method of the operation returns what its signature says, in exchanges the spec allows."""
    client, made = sync_client
    before = len(checker.failures)
    if op_id in REFUSED:  # the demo data's state refuses the documented input: the SDK raises the answer
        status, message = REFUSED[op_id]
        with pytest.raises(APIStatusError) as refused:
            call(client, made, op_id)
        assert refused.value.status_code == status and message in refused.value.response.text
    else:
        result = call(client, made, op_id)
        expect(result, _return_type(resolve(client, op_id)))
    assert checker.failures[before:] == []


@pytest.mark.parametrize("op_id", cases())
async def test_async_method_answers_its_type_and_the_spec(
    op_id: str, app: t.Any, checker: ExchangeChecker, async_made: Made
) -> None:
    """The async method of the operation returns (awaited) what its signature says, in exchanges the spec allows."""

    async def check(response: httpx.Response) -> None:
        await response.aread()
        checker.check(response)

    before = len(checker.failures)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), event_hooks={"response": [check]}) as http:
        client = AsyncCampfire(api_key="every-async", base_url="http://mock", http_client=http, max_retries=0)
        if op_id in REFUSED:  # as the sync test: the SDK raises the state's refusal
            status, message = REFUSED[op_id]
            with pytest.raises(APIStatusError) as refused:
                await acall(client, async_made, op_id)
            assert refused.value.status_code == status and message in refused.value.response.text
            assert checker.failures[before:] == []
            return
        result = await acall(client, async_made, op_id)
        annotation = _return_type(resolve(client, op_id))
    expect(result, annotation)
    assert checker.failures[before:] == []


def test_the_table_covers_every_operation() -> None:
    """Every operationId of the spec is a case of the tables above, and no case names an unknown one."""
    assert set(cases()) == set(OPERATIONS)
