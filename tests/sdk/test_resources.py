"""Generated resources: lazy loading, nested resources, raw responses, and answers the spec leaves untyped."""

from __future__ import annotations

import json
import subprocess
import sys

import httpx
import respx

from campfire_sdk import AsyncCampfire, Campfire, resources, types

from .every_operation import SPEC, sample

BASE = "https://api.meetcampfire.com"


def stored(schema: str, **values: object) -> dict[str, object]:
    """A complete body of a spec schema (every required field), with ``values`` over it."""
    return {**sample(SPEC["components"]["schemas"][schema], stored=True), **values}


def loaded_after(code: str) -> list[str]:
    """The campfire_sdk resource and types modules loaded after running ``code`` in a fresh interpreter."""
    script = (
        f"import sys; {code}; "
        "print(sorted(m for m in sys.modules if m.startswith(('campfire_sdk.resources.', 'campfire_sdk.types.'))))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return list(eval(out))


def test_import_loads_no_resource_and_no_model() -> None:
    """``import campfire_sdk`` and making a client load no resource module and no types module."""
    assert loaded_after("import campfire_sdk; campfire_sdk.Campfire(api_key='k')") == []


def test_a_resource_loads_its_own_module_and_types_only() -> None:
    """``client.webhooks`` loads the webhooks module and its types, nothing else."""
    loaded = loaded_after("import campfire_sdk; campfire_sdk.Campfire(api_key='k').webhooks")
    assert loaded == ["campfire_sdk.resources.webhooks", "campfire_sdk.types.webhooks"]


def test_types_load_by_name() -> None:
    """``from campfire_sdk.types import X`` finds a class in whichever module holds it."""
    from campfire_sdk.types import ContractBundle, Webhook

    assert Webhook.__module__ == "campfire_sdk.types.webhooks"
    assert ContractBundle.__module__ == "campfire_sdk.types.contracts"
    assert "JournalEntry" in dir(types) and "Contracts" in dir(resources)


@respx.mock
def test_nested_resource_takes_the_parent_id_first() -> None:
    """``client.contracts.bundles.retrieve(contract_id, bundle_id)`` fills the path in order."""
    route = respx.get(f"{BASE}/rr/api/v1/contracts/5/bundles/9").respond(
        json=stored("ContractBundle", id=9, bundle_name="Base")
    )
    bundle = Campfire(api_key="k").contracts.bundles.retrieve(5, 9)
    assert (route.call_count, bundle.id, bundle.bundle_name) == (1, 9, "Base")


@respx.mock
def test_raw_response_of_a_nested_resource() -> None:
    """``with_raw_response`` works on sub-resources as on top-level ones."""
    respx.get(f"{BASE}/rr/api/v1/contracts/5/bundles/9").respond(
        json=stored("ContractBundle", id=9), headers={"x-request-id": "req-1"}
    )
    raw = Campfire(api_key="k").contracts.bundles.with_raw_response.retrieve(5, 9)
    assert (raw.status_code, raw.request_id, raw.parse().id) == (200, "req-1", 9)
    via_parent = Campfire(api_key="k").contracts.with_raw_response.bundles.retrieve(5, 9)
    assert via_parent.parse().id == 9


def test_raw_responses_are_generated_typed_wrappers() -> None:
    """Each resource's ``with_raw_response`` is its own class, holding the resource's methods by name."""
    client = Campfire(api_key="k")
    raw = client.invoices.with_raw_response
    assert type(raw).__name__ == "InvoicesWithRawResponse" and raw.retrieve.__name__ == "retrieve"
    assert type(AsyncCampfire(api_key="k").contracts.with_raw_response.bundles).__name__ == (
        "AsyncContractBundlesWithRawResponse"
    )
    assert client.credit_memos.with_raw_response.next_credit_memo_number.__name__ == "next_number"


@respx.mock
def test_an_undeclared_body_answers_its_json_or_none() -> None:
    """Where the spec declares no body, the method answers the JSON the server sent, or None when it sent none."""
    respx.post(f"{BASE}/coa/api/v1/bill-draft/3/abandon").mock(
        side_effect=[httpx.Response(200, json={"status": "abandoned"}), httpx.Response(200)]
    )
    client = Campfire(api_key="k")
    assert client.bill_drafts.abandon(3) == {"status": "abandoned"}
    assert client.bill_drafts.abandon(3) is None


@respx.mock
def test_empty_path_id_fails_before_sending() -> None:
    """An empty id names the parameter and sends nothing."""
    route = respx.get(url__regex=r".*").respond(json={})
    try:
        Campfire(api_key="k").contracts.bundles.retrieve(5, "")
    except ValueError as error:
        assert str(error) == "Expected a non-empty value for `bundle_id` but received ''"
    else:
        raise AssertionError("no ValueError")
    assert route.call_count == 0


async def test_async_nested_list_walks_pages() -> None:
    """The async twin of a nested list pages like the top-level lists."""

    def page(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        nxt = f"{BASE}/rr/api/v1/contracts/5/milestones?offset={offset + 1}&limit=1" if offset < 1 else None
        item = stored("ContractMilestone", id=offset)
        return httpx.Response(200, json={"count": 2, "next": nxt, "previous": None, "results": [item]})

    with respx.mock:
        respx.get(f"{BASE}/rr/api/v1/contracts/5/milestones").mock(side_effect=page)
        async with AsyncCampfire(api_key="k") as client:
            ids = [m.id async for m in client.contracts.milestones.list(5, limit=1)]
    assert ids == [0, 1]


@respx.mock
def test_path_id_and_a_body_field_of_the_same_name_both_reach_the_server() -> None:
    """The positional account id goes in the path; ``account_id=`` (the account's number) goes in the body."""
    route = respx.put("https://api.meetcampfire.com/coa/api/account/7").respond(
        200, json={"id": 7, "account_id": "1010"}
    )
    raw = Campfire(api_key="k").accounts.with_raw_response.update(7, account_id="1010", name="Cash", type="asset")
    assert raw.status_code == 200
    assert json.loads(route.calls.last.request.content)["account_id"] == "1010"
