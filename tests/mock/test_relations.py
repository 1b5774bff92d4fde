"""References between objects are kept as Django REST Framework keeps them: a relation naming nothing is a
400, a delete of something in use is refused (409, naming what uses it) or moves its references where
Campfire documents it, nested objects belong to the parent their path names, and answers carry the names
the twin knows instead of placeholders."""

from __future__ import annotations

import datetime as dt
import typing as t

from starlette.testclient import TestClient

from campfire_mock.openapi.documents import load_spec, packaged_spec
from campfire_mock.openapi.relations import relations_of
from campfire_mock.openapi.resources import plan

from .test_every_operation import PLANS as EVERY
from .test_every_operation import request_for

RECONCILIATIONS = "/coa/api/v2/reconciliation"
PLANS = plan(load_spec(packaged_spec()))


def test_the_relation_map_is_read_from_the_spec() -> None:
    """Field names map to the collections they name, with the aliases the docs list."""
    found = relations_of(PLANS.values())
    assert found.fields["contract"] == {
        "entity": "entity",
        "client": "vendor",
        "department": "department",
        "tags": "/coa/api/tag",
        "tag_ids": "/coa/api/tag",
        "tag_group_ids": "/coa/api/tag-group",
    }
    assert found.fields["product"]["revenue_account"] == "account"
    assert found.fields["/coa/api/tag"] == {"parent": "/coa/api/tag", "group": "/coa/api/tag-group"}
    assert found.nested["credit_memo"]["lines"] == {
        "product": "product",
        "account": "account",
        "department": "department",
        "tags": "/coa/api/tag",
        "tag_ids": "/coa/api/tag",
        "tag_group_ids": "/coa/api/tag-group",
    }
    assert "department" in found.soft and "/coa/api/tag" in found.soft


def test_a_relation_naming_nothing_is_drf_invalid_pk(client: TestClient) -> None:
    """A create naming an entity that does not exist is 400 with DRF's message, and nothing is made."""
    before = client.get(RECONCILIATIONS).json()["count"]
    made = client.post(RECONCILIATIONS, json={"account": 1010, "entity": 20000})
    assert (made.status_code, made.json()) == (400, {"entity": ['Invalid pk "20000" - object does not exist.']})
    assert client.get(RECONCILIATIONS).json()["count"] == before


def test_an_update_naming_nothing_is_refused(client: TestClient) -> None:
    """PATCH with a relation to a missing account is 400 and the object keeps its account."""
    made = client.post(RECONCILIATIONS, json={"account": 1010, "entity": 54}).json()
    changed = client.patch(f"{RECONCILIATIONS}/{made['id']}", json={"account": "999999"})
    assert (changed.status_code, changed.json()) == (400, {"account": ['Invalid pk "999999" - object does not exist.']})
    assert client.get(f"{RECONCILIATIONS}/{made['id']}").json()["account"] == 1010


def test_relations_inside_lines_are_checked_per_item(client: TestClient) -> None:
    """A product bundle line naming a missing product is an error at that line's position, as DRF nests it."""
    lines = [{"product": 2545, "percentage_allocation": 50}, {"product": 4242, "percentage_allocation": 50}]
    body = {"bundle_name": "B", "lines": lines}
    made = client.post("/rr/api/v1/product-bundles", json=body)
    assert made.status_code == 400
    assert made.json() == {"lines": [{}, {"product": ['Invalid pk "4242" - object does not exist.']}]}


def test_deleting_an_account_in_use_is_refused_naming_its_users(client: TestClient) -> None:
    """The revenue account the demo's documents post to cannot be deleted; it stays readable."""
    gone = client.delete("/coa/api/account/169208")
    assert gone.status_code == 409
    detail = gone.json()["detail"]
    assert detail.startswith("This account cannot be deleted: journal entry ") and detail.endswith("refer to it.")
    assert client.get("/coa/api/account/169208").status_code == 200


def test_the_entries_posting_to_an_account_are_found_without_making_them(app: t.Any, client: TestClient) -> None:
    """Where no stored object names an account, its referrers are the entries with a GL line on it (those
    the GL log lists for it), ascending, found from the ledger's columns: no entry of a ledger not made is
    made to find them."""
    from campfire_mock.domain.ledger import ledger
    from campfire_mock.domain.relations import referrers

    lines = client.get("/coa/api/transaction", params={"all_time": "true", "account": 169208, "limit": 10000})
    journals = sorted({row["journal"] for row in lines.json()["results"]})
    assert len(journals) > 3
    ws = app.store.workspace("test-token")
    ws.derived.pop("books", None)
    assert referrers(ws, [], "account", 169208) == [("journal entry", j) for j in journals]
    books = ledger(ws)
    assert books.materialised is False and not books._made


def test_deleting_an_entity_with_invoices_is_refused(client: TestClient) -> None:
    """Entity 54 carries the demo's invoices, entries and bank account: 409 naming the first of them."""
    gone = client.delete("/coa/api/entity/54")
    assert gone.status_code == 409
    assert gone.json()["detail"].startswith("This entity cannot be deleted: bank account 1, entity 55, ")
    assert gone.json()["detail"].endswith(" more refer to it.")


def test_department_delete_moves_references_to_new_department(client: TestClient) -> None:
    """DELETE ?new_department= moves credit-memo lines (and every other reference) to the new department,
    then the old one reads 404 and is listed only with include_deleted."""
    refused = client.delete("/coa/api/department/35")
    assert refused.status_code == 409 and "credit memo 4258" in refused.json()["detail"]
    assert client.delete("/coa/api/department/35", params={"new_department": 36}).status_code == 204
    lines = client.get("/coa/api/v1/credit-memo/4258").json()["lines"]
    assert [(ln["department"], ln["department_name"]) for ln in lines] == [(36, "Sales")]
    gone = client.get("/coa/api/department/35")
    assert (gone.status_code, gone.json()) == (404, {"detail": "Not found."})
    assert [
        d["id"] for d in client.get("/coa/api/department", params={"include_deleted": "true"}).json()["results"]
    ] == [35]
    assert 35 not in [d["id"] for d in client.get("/coa/api/department").json()["results"]]


def test_a_deleted_department_says_it_is_deleted(client: TestClient) -> None:
    """A live department answers ``is_deleted: false``; once deleted, ``include_deleted=true`` lists it with
    ``is_deleted: true`` and its ``deleted_at``, as the list's description says deleted records carry."""
    made = client.post("/coa/api/department", json={"name": "Temporary", "code": "TMP"}).json()
    assert (made["is_deleted"], made["deleted_at"]) == (False, None)
    assert client.delete(f"/coa/api/department/{made['id']}").status_code == 204
    listed = client.get("/coa/api/department", params={"include_deleted": "true"}).json()["results"]
    (gone,) = [d for d in listed if d["id"] == made["id"]]
    assert gone["is_deleted"] is True and gone["deleted_at"] is not None
    assert gone["last_modified_at"] == gone["deleted_at"]


def test_new_department_must_exist(client: TestClient) -> None:
    """A reassignment to a department that does not exist is 400 and deletes nothing."""
    gone = client.delete("/coa/api/department/365", params={"new_department": 999})
    assert (gone.status_code, gone.json()) == (400, {"new_department": ['Invalid pk "999" - object does not exist.']})
    assert client.get("/coa/api/department/365").status_code == 200


def test_a_deleted_object_cannot_be_referred_to(client: TestClient) -> None:
    """Once a department is deleted, a create naming it is the DRF 400."""
    assert client.delete("/coa/api/department/36").status_code == 204
    made = client.post("/ca/api/account", json={"name": "Petty cash", "entity": 54, "department": 36})
    assert (made.status_code, made.json()) == (400, {"department": ['Invalid pk "36" - object does not exist.']})


def test_nested_object_takes_its_parent_from_the_path(client: TestClient) -> None:
    """A subscription posted under contract 12954 belongs to it, whatever the body says; the seeded one too."""
    made = client.post("/rr/api/v1/contracts/12954/subscriptions", json={"contract": 500, "product": 2545})
    assert made.status_code == 201, made.text
    assert made.json()["contract"] == 12954
    listed = client.get("/rr/api/v1/contracts/12954/subscriptions").json()
    assert {s["contract"] for s in listed} == {12954}


def test_product_without_a_name_can_be_invoiced(client: TestClient) -> None:
    """POST /rr/api/v1/product {} is accepted, and an invoice using it is too (it was a 500)."""
    product = client.post("/rr/api/v1/product", json={}).json()
    body = {
        "entity": 54,
        "client": 33973,
        "invoice_date": "2026-03-01",
        "due_date": "2026-03-31",
        "lines": [{"product": product["id"], "amount": 100, "quantity": 1, "rate": 100}],
    }
    made = client.post("/coa/api/v1/invoice/", json=body)
    assert made.status_code == 201, made.text
    assert made.json()["lines"][0]["product_name"] in (None, "")


def test_contacts_added_by_patch_get_ids_and_timestamps(client: TestClient) -> None:
    """A contact a PATCH of the client brings gets a real id and the workspace's time, not 0 and 1970."""
    changed = client.patch("/coa/api/vendor/33973", json={"contacts": [{"name": "Ann", "email": "ann@example.com"}]})
    assert changed.status_code == 200, changed.text
    contact = changed.json()["contacts"][0]
    assert contact["id"] > 0 and not contact["last_modified_at"].startswith("1970")


def test_answers_name_related_objects_and_null_the_unknown(client: TestClient) -> None:
    """A new reconciliation shows its entity's and account's names; figures it cannot know are null."""
    made = client.post(RECONCILIATIONS, json={"account": 1010, "entity": 54}).json()
    entity = client.get("/coa/api/entity/54").json()
    account = client.get("/coa/api/account/1010").json()
    assert made["entity_name"] == entity["name"] and made["account_name"] == account["name"]
    assert made["reconciled_by_name"] is None and made["cleared_total_debits"] is None


def test_new_revenue_transaction_has_no_void_date(client: TestClient) -> None:
    """A new revenue transaction has no invoice: its invoice's void date is null, not today."""
    made = client.post("/rr/api/v1/transactions", json={})
    assert made.status_code == 201, made.text
    body = made.json()
    assert body["invoice_voided_date"] is None and body["credit_memo_voided_date"] is None
    assert dt.date.today().isoformat() not in {v for v in body.values() if isinstance(v, str) and len(v) == 10}


def test_no_create_answer_shows_a_placeholder(client: TestClient) -> None:
    """Every create operation's answer (the spec's own examples or minimal bodies) shows no read-only field it
    was not given as ``""``, today's date or a 1970 timestamp: the twin answers what it knows, else null."""
    today = dt.date.today().isoformat()
    checked = 0
    for p in sorted((p for p in EVERY.values() if p.action == "create" and p.item), key=lambda p: p.operation_id):
        method, url, query, body = request_for(p)
        made = client.request(method, url, params=query, json=body)
        assert made.status_code < 500, (url, made.text[:300])
        if made.status_code != 201:
            continue
        props = (p.item or {}).get("properties", {})
        for name, value in made.json().items():
            assert not (isinstance(value, str) and value.startswith("1970-")), (p.operation_id, name, value)
            schema = props.get(name, {})
            if schema.get("readOnly") and name not in (body or {}) and not schema.get("enum"):
                assert value not in ("", today), (p.operation_id, name, value)
        checked += 1
    assert checked >= 35


def test_read_only_contact_fields_sent_back_are_ignored(client: TestClient) -> None:
    """PUT/PATCH of a client with its contacts as read (read-only fields included, a made-up id) keeps the
    issued ids, gives the unknown one a new id, and sets the server's fields itself, as DRF ignores them."""
    first = client.patch("/coa/api/vendor/33973", json={"contacts": [{"name": "Ann"}]}).json()
    sent = {**first["contacts"][0], "last_modified_at": "2020-01-01T00:00:00+0000", "is_deleted": True}
    changed = client.patch("/coa/api/vendor/33973", json={"contacts": [sent, {"id": 9999, "name": "Bob"}]})
    assert changed.status_code == 200, changed.text
    ann, bob = changed.json()["contacts"]
    assert ann["id"] == first["contacts"][0]["id"] and ann["is_deleted"] is False
    assert not ann["last_modified_at"].startswith("2020") and bob["id"] not in (0, 9999)
    again = client.put("/coa/api/vendor/33973", json=changed.json())
    assert again.status_code == 200 and [c["id"] for c in again.json()["contacts"]] == [ann["id"], bob["id"]]


def test_an_automation_match_names_its_rule(client: TestClient) -> None:
    """A fixed-asset automation match's ``rule`` is a relation: the answer names the rule, an unknown rule is
    DRF's invalid pk, and a rule with matches cannot be deleted."""
    match = client.get("/coa/api/fixed-asset-automation-match/1/").json()
    assert (match["rule"], match["rule_name"]) == (2, "Demo automation rule with matches")
    wrong = client.patch("/coa/api/fixed-asset-automation-match/1/", json={"rule": 99})
    assert wrong.status_code == 400
    assert wrong.json() == {"rule": ['Invalid pk "99" - object does not exist.']}
    kept = client.delete("/coa/api/fixed-asset-automation/2/")
    assert kept.status_code == 409
    assert kept.json()["detail"].startswith("This fixed asset automation cannot be deleted: ")
