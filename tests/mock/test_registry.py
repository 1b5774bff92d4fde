"""The registry picks each operation's view class and method from the spec plan, and refuses at start-up
what it cannot serve."""

from __future__ import annotations

import functools
import typing as t
from pathlib import Path

import pytest

from campfire_mock.openapi.documents import load_spec, packaged_spec
from campfire_mock.openapi.resources import Plan, plan
from campfire_mock.operations import OPERATIONS, REGISTRY, VIEWS, served_by
from campfire_mock.views.base import Caller
from campfire_mock.views.generic import ResourceView, action, operation
from campfire_mock.views.registry import Registry
from campfire_mock.views.vendors import VendorView


@functools.cache
def plans() -> dict[str, Plan]:
    return plan(load_spec(packaged_spec()))


def test_collection_picks_its_view_class_and_the_plan_action() -> None:
    """An operation on a collection a view class names is served by that class's method of the plan's action."""
    assert REGISTRY.resolve(plans()["coa_api_vendor_list"]) == (VendorView, "list")
    assert REGISTRY.resolve(plans()["coa_api_vendor_retrieve"]) == (VendorView, "retrieve")


def test_action_path_picks_the_marked_method() -> None:
    """A verb path under a view's collection is served by the method marked with its ``@action``."""
    assert REGISTRY.resolve(plans()["coa_api_vendor_contacts_create"]) == (VendorView, "create_contact")
    assert REGISTRY.resolve(plans()["coa_api_vendor_bulk_search_create"]) == (VendorView, "bulk_search")


def test_other_operations_get_the_base_view() -> None:
    """A collection no view class names is served by the base view with the plan's action."""
    assert REGISTRY.resolve(plans()["list_accounts"]) == (ResourceView, "list")


def test_every_operation_is_served_once() -> None:
    """Every operation of the bundled spec has exactly one server: hand-written, or a view method that exists."""
    for operation_id, p in plans().items():
        kind, where = served_by(p)
        cls, name = (
            (OPERATIONS[operation_id][0], OPERATIONS[operation_id][1])
            if kind == "hand-written"
            else REGISTRY.resolve(p)
        )
        assert callable(getattr(cls, name, None)), (operation_id, where)
    assert len(VIEWS) == len(set(VIEWS))


def test_two_classes_claiming_one_collection_stop_start_up() -> None:
    """Two view classes naming the same collection is a start-up error naming both."""

    class Other(ResourceView):
        collections = ("/coa/api/vendor",)

    with pytest.raises(ValueError, match="'/coa/api/vendor' is claimed by both"):
        Registry([VendorView, Other])


def test_an_action_without_a_collection_stops_start_up() -> None:
    """An ``@action`` on a class that names no collection has no path to start from: a start-up error."""

    class Lost(ResourceView):
        @action("POST", url_path="{id}/go")
        def go(self, ws: t.Any, caller: Caller, **kwargs: t.Any) -> t.Any:
            return None, 200

    with pytest.raises(ValueError, match=r"Lost\.go has an @action but its class names no collection"):
        Registry([Lost])


def test_operation_marker_wins_over_the_collection() -> None:
    """A method marked ``@operation`` serves that operation wherever its path lies."""

    class Ledger(ResourceView):
        @operation("list_accounts")
        def accounts(self, ws: t.Any, caller: Caller, **kwargs: t.Any) -> t.Any:
            return [], 200

    assert Registry([Ledger]).resolve(plans()["list_accounts"]) == (Ledger, "accounts")


def test_missing_method_stops_start_up() -> None:
    """A plan whose action the chosen class lacks is a start-up error naming the operation."""
    broken = dict(plans()["list_accounts"].__dict__)
    broken["action"] = "no_such_action"
    p = Plan(**{k: v for k, v in broken.items() if k in Plan.__dataclass_fields__})
    with pytest.raises(ValueError, match="ResourceView has no method 'no_such_action' for operationId 'list_accounts'"):
        REGISTRY.bind(p, t.cast(t.Any, None))


def test_operations_page_is_current() -> None:
    """``docs/operations.md`` is what ``python -m campfire_mock.operations_table`` prints now."""
    from campfire_mock.operations_table import table

    page = Path(__file__).resolve().parents[2] / "docs" / "operations.md"
    assert page.read_text(encoding="utf-8") == table(), (
        "run: python -m campfire_mock.operations_table > docs/operations.md"
    )
