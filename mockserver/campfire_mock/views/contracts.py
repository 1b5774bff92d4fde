"""Contracts (``/rr/api/v1/contracts``) and the parts of them with rules: terminate, duplicate, the
minimum-commit preview and the prepaid-commit summary (``domain/contracts.py``), the prepaid commits a
contract's write names inline (``prepaid_commits``), and the milestones and subscriptions whose writes
schedule revenue transactions (``domain/revenue.py``)."""

from __future__ import annotations

import functools
import typing as t
from datetime import date

from ..domain import contract_figures, contracts, revenue
from ..domain.book_amounts import known_rates
from ..domain.commit_summary_bounds import check_summary_bounds, check_summary_delete_bounds
from ..domain.commit_summary_bounds import contract_of as summary_contract
from ..domain.contract_bounds import (
    check_commit_bounds,
    check_commit_delete_bounds,
    check_contract_bounds,
    check_delete_bounds,
    written_field,
)
from ..domain.generic import PARENT, GenericStore, Resource
from ..domain.ledger import ledger
from ..domain.reference_query import common_filter
from ..domain.relations import INVALID_PK
from ..domain.values import object_key, rel_id
from ..domain.workspace import Workspace
from ..errors import ObjectNotFound, ValidationFailed
from ..openapi.resources import plan
from ..wire import jsonable
from .base import Caller
from .cleaning import cleans_body
from .file_answers import attached
from .generic import ResourceView, action
from .payables_render import tag_objects
from .references import ReferenceView
from .serialization import REFERENCE_SCHEMAS

Body = dict[str, t.Any]
Result = tuple[t.Any, int]


def _date(body: Body, name: str) -> date | None:
    value = body.get(name)
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationFailed.field(
            name, "Date has wrong format. Use one of these formats instead: YYYY-MM-DD."
        ) from None


#: Why an update may not name ``prepaid_commits`` (its items have no ids: a repeated PUT would add them again).
UPDATE_COMMITS = (
    "Prepaid commits are written with a contract's create only; to add, change or delete one after it, use"
    " /rr/api/v1/contracts/{id}/prepaid-commits."
)


def _default(schema: dict[str, t.Any]) -> t.Any:
    """The default a property declares, on itself or on a branch of its ``anyOf`` (``None`` if none)."""
    found = [schema.get("default"), *(b.get("default") for b in schema.get("anyOf", ()))]
    return next((d for d in found if d is not None), None)


class ContractView(ReferenceView):
    """Contracts; ``prepaid_commits`` written with a contract (upstream: a write-only list of
    ``NestedContractPrepaidCommit``) become prepaid commits of the contract, as if each were posted to
    ``/rr/api/v1/contracts/{id}/prepaid-commits``: listed there, checked, kept, and not echoed by the contract
    (the field is write-only). An update naming it is a 400: its items carry no ids to match, so a retried PUT
    would add them again; a contract's commits are then written at their own route."""

    collections = ("/rr/api/v1/contracts",)
    kind = "contract"

    @functools.cached_property
    def _commits(self) -> Resource:
        """The prepaid commits' collection as the generic store keeps it (``contracts/{contract_id}/prepaid-commits``),
        read once per view from its spec (kept here, so an app's spec lives as long as the app)."""
        from .generic import resource_of

        made = next(
            p
            for p in plan(self.plan.resolver.spec).values()
            if p.kind == contract_figures.PREPAID_COMMITS and p.action == "create"
        )
        res = resource_of(made)
        assert res is not None
        return res

    @cleans_body(lambda view: REFERENCE_SCHEMAS[view.kind])  # read-only fields dropped, as the create it extends
    def create(self, ws: Workspace, caller: Caller, body: Body | None = None, **kwargs: t.Any) -> tuple[Body, int]:
        answer, status = super().create(ws, caller, body=body, **kwargs)
        if isinstance(answer, dict) and isinstance(answer.get("id"), int):
            self._add_commits(ws, ws.refs["contract"][answer["id"]])
            # checked as commits posted to it are (a refused write undoes the whole create)
            check_summary_bounds(ws, answer["id"], "prepaid_commits")
        return answer, status

    def update(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> tuple[Body, int]:
        """A PUT or PATCH, refused (400, nothing changed) where it names ``prepaid_commits``."""
        body = kwargs.get("body")
        if isinstance(body, dict) and "prepaid_commits" in body:
            raise ValidationFailed.field("prepaid_commits", UPDATE_COMMITS)
        return super().update(ws, caller, **kwargs)

    def perform_update(self, ws: Workspace, row: Body) -> None:
        check_contract_bounds(ws, row.get("id"), "client")  # a new customer's sums take its figures

    def _add_commits(self, ws: Workspace, row: Body) -> None:
        """The ``prepaid_commits`` a write left on the contract's row, made prepaid commits of it."""
        items = row.pop("prepaid_commits", None)
        if not isinstance(items, list) or not items:
            return
        res = self._commits
        store = GenericStore()
        nested = self.plan.resolver.spec["components"]["schemas"].get("NestedContractPrepaidCommit") or {}
        # what the inline write's schema defaults (``priority`` 1, ``discount_percentage`` 0, ...), as DRF fills them
        defaults = {k: d for k, v in nested.get("properties", {}).items() if (d := _default(v)) is not None}
        for item in items:
            if isinstance(item, dict):
                store.create(ws, res, {**defaults, **item}, {name: row["id"] for name, _ in res.parents})

    def list(self, ws: Workspace, caller: Caller, **p: t.Any) -> tuple[Body, int]:
        return self._list(ws, caller, p, common_filter(p))

    def figures(self, ws: Workspace, obj: Body) -> Body:
        """Its billed, paid and unbilled totals, and the rates 1 where its currency converts nothing."""
        if not isinstance(obj.get("id"), int):
            return {}
        entity = obj.get("entity") if isinstance(obj.get("entity"), int) else None
        rates = known_rates(ws, entity, str(obj.get("currency") or ""), obj)
        files = {"attachments": attached(ws, self.services.serializer.shapes, "contract", obj["id"])}
        told = {**contract_figures.contract_figures(ws, obj["id"]), **rates, **files}
        if isinstance(obj.get("tags"), list):  # the tags it names as objects, as real contracts answer them
            ids = [rel_id(tag.get("id") if isinstance(tag, dict) else tag) for tag in obj["tags"]]
            told["tags"] = jsonable(tag_objects(ws, [key for key in ids if key is not None]))
        return told

    def check_references(self, ws: Workspace, values: Body) -> None:
        """The generic relations, and ``journal_entries``: ids of entries of the ledger (posted by documents
        or written by hand, which the relation index leaves out), DRF's ``Invalid pk`` for one that is none."""
        errors: Body = {}
        try:
            super().check_references(ws, values)
        except ValidationFailed as exc:
            errors = dict(exc.fields)
        named = values.get("journal_entries")
        if isinstance(named, list):
            entries = ledger(ws).by_id
            missing = [rel_id(key) for key in named if rel_id(key) not in entries]
            if missing:
                errors["journal_entries"] = [INVALID_PK.format(missing[0])]
        if errors:
            raise ValidationFailed(errors)

    def _id(self, kwargs: dict[str, t.Any]) -> int:
        key = object_key(self.object_id(kwargs))
        if key is None:
            raise ObjectNotFound("contracts", self.object_id(kwargs))
        return key

    @action("POST", url_path="{id}/terminate")
    def terminate(self, ws: Workspace, caller: Caller, body: Body | None = None, **kwargs: t.Any) -> Result:
        """End the contract and void the invoices named, all or nothing."""
        body = body or {}
        termination = _date(body, "termination_date")
        if termination is None:
            raise ValidationFailed.field("termination_date", "This field is required.")
        ids = [rel_id(i) for i in body.get("void_invoice_ids") or []]
        answer = contracts.terminate(
            ws,
            self.services.invoices,
            self._id(kwargs),
            termination,
            [i for i in ids if i is not None],
            _date(body, "void_date"),
        )
        return answer, 200

    @action("POST", url_path="{id}/duplicate")
    def duplicate(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """A new contract like this one; its id."""
        return {"id": contracts.duplicate(ws, self._id(kwargs))}, 200

    @action("GET", url_path="{id}/minimum-commit-preview")
    def minimum_commit_preview(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        return contracts.minimum_commit_preview(ws, self._id(kwargs)), 200

    @action("GET", url_path="{contract_id}/prepaid-commit-summary")
    def prepaid_commit_summary(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        key = object_key(self.path_value(kwargs, "contract_id"))
        if key is None:
            raise ObjectNotFound("contracts", self.path_value(kwargs, "contract_id"))
        return contracts.prepaid_commit_summary(ws, key), 200


#: The amounts a refused milestone or subscription write names, the first it holds (``contract_bounds.py``).
MILESTONE_AMOUNTS = ("amount", "quantity", "rate")
SUBSCRIPTION_AMOUNTS = ("mrr", "period_amount", "quantity", "rate")
COMMIT_AMOUNTS = ("total_value", "discount_percentage")


class MilestoneView(ResourceView):
    """A milestone's writes keep its one revenue transaction in step."""

    collections = ("/rr/api/v1/contracts/{contract_id}/milestones",)

    def perform_create(self, ws: Workspace, row: Body) -> None:
        revenue.schedule_milestone(ws, row)
        check_contract_bounds(ws, revenue.contract_of(row), written_field(row, MILESTONE_AMOUNTS))

    def perform_update(self, ws: Workspace, row: Body) -> None:
        self.perform_create(ws, row)

    def destroy(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        # Its revenue transactions go first, so the delete's reference check does not count what the
        # milestone itself made (a refused delete undoes the whole write, these included).
        key = object_key(self.object_id(kwargs))
        table = ws.table(self.resource.kind if self.resource else "")
        contract_id = revenue.contract_of(table.look(key) or {}) if key is not None else None
        if key is not None and key in table:
            revenue.unschedule_milestone(ws, key)
        answer = super().destroy(ws, caller, **kwargs)
        check_delete_bounds(ws, contract_id, "milestone")  # its revenue may have offset the contract's other
        return answer


class SubscriptionView(ResourceView):
    """A subscription's writes keep its monthly revenue transactions in step."""

    collections = ("/rr/api/v1/contracts/{contract_id}/subscriptions",)

    def derived(self, ws: Workspace, row: Body, schema_name: str) -> Body:
        return {"total_value": contract_figures.subscription_total(ws, row)}

    def perform_create(self, ws: Workspace, row: Body) -> None:
        revenue.schedule_subscription(ws, row)
        check_contract_bounds(ws, revenue.contract_of(row), written_field(row, SUBSCRIPTION_AMOUNTS))

    def perform_update(self, ws: Workspace, row: Body) -> None:
        self.perform_create(ws, row)

    def destroy(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        # Its revenue transactions go first, so the delete's reference check does not count what the
        # subscription itself made (a refused delete undoes the whole write, these included).
        key = object_key(self.object_id(kwargs))
        table = ws.table(self.resource.kind if self.resource else "")
        contract_id = revenue.contract_of(table.look(key) or {}) if key is not None else None
        if key is not None and key in table:
            revenue.unschedule_subscription(ws, key)
        answer = super().destroy(ws, caller, **kwargs)
        check_delete_bounds(ws, contract_id, "subscription")  # its revenue may have offset the contract's other
        return answer


class PrepaidCommitView(ResourceView):
    """A prepaid commit's remaining pool and status follow from its consumption (``domain/contract_figures.py``)."""

    collections = (contract_figures.PREPAID_COMMITS,)

    def derived(self, ws: Workspace, row: Body, schema_name: str) -> Body:
        return contract_figures.commit_figures(ws, row)

    def perform_create(self, ws: Workspace, row: Body) -> None:
        """Refused (400) if its pool or its periods' figures would leave their range (``contract_bounds.py``),
        or its contract's prepaid-commit summary would (``commit_summary_bounds.py``)."""
        check_commit_bounds(ws, row.get("id"), written_field(row, COMMIT_AMOUNTS))
        check_summary_bounds(ws, summary_contract(row), written_field(row, COMMIT_AMOUNTS))

    def perform_update(self, ws: Workspace, row: Body) -> None:
        self.perform_create(ws, row)

    def destroy(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """A 409 if taking the commit away would push its contract's summary totals out of range."""
        answer = super().destroy(ws, caller, **kwargs)
        check_summary_delete_bounds(ws, object_key(self.path_value(kwargs, "contract_id")), "prepaid commit")
        return answer


class ConsumptionView(ResourceView):
    """A consumption period's discount, drawdown, overage and pool balances (``domain/contract_figures.py``)."""

    collections = (contract_figures.CONSUMPTION,)

    def derived(self, ws: Workspace, row: Body, schema_name: str) -> Body:
        return contract_figures.consumption_figures(ws, row)

    def create(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """Upstream's create input (``RecordConsumptionInput``) names the period by ``period_month`` ("first day
        of the consumption month"): that is its ``period_start`` (it was answered as today), and its
        ``description`` defaults to ``""`` as the input states."""
        body = kwargs.get("body")
        if isinstance(body, dict):
            month = body.get("period_month")
            kwargs["body"] = {
                "description": "",
                **body,
                **({"period_start": month} if month not in (None, "") and not body.get("period_start") else {}),
            }
        return super().create(ws, caller, **kwargs)

    def perform_create(self, ws: Workspace, row: Body) -> None:
        """Refused (400 under ``gross_usage_amount``) if its commit's figures would leave their range."""
        check_commit_bounds(ws, (row.get(PARENT) or {}).get("commit_id"), "gross_usage_amount")
        check_summary_bounds(ws, summary_contract(row), "gross_usage_amount")

    def perform_update(self, ws: Workspace, row: Body) -> None:
        self.perform_create(ws, row)

    def destroy(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> Result:
        """A 409 if taking the period away would push its commit's figures out of range."""
        answer = super().destroy(ws, caller, **kwargs)
        check_commit_delete_bounds(ws, object_key(self.path_value(kwargs, "commit_id")))
        check_summary_delete_bounds(ws, object_key(self.path_value(kwargs, "contract_id")), "consumption period")
        return answer


__all__ = ["ConsumptionView", "ContractView", "MilestoneView", "PrepaidCommitView", "SubscriptionView"]
