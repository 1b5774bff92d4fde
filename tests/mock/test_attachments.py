"""Files and transaction matches name their object by a model and an id (``domain/attachments.py``): checked
when written, deleted with the object; a deleted record is no longer active (issue 36)."""

from __future__ import annotations

import base64

from starlette.testclient import TestClient

FILES, MATCHES = "/ca/api/file", "/coa/api/transaction-matches"
PDF = "data:application/pdf;name=invoice.pdf;base64," + base64.b64encode(b"%PDF-1.4").decode()


def _upload(client: TestClient, model: str, object_id: int) -> int:
    made = client.post(f"{FILES}/upload", params={"model": model, "object_id": object_id}, json={"file": PDF})
    assert made.status_code == 200, made.text
    return int(made.json()["id"])


def test_a_file_goes_with_the_bill_it_was_uploaded_for(client: TestClient) -> None:
    """Deleting the bill deletes its file (404, listed with include_deleted=true); another bill's file stays."""
    mine, other = _upload(client, "bill", 31890), _upload(client, "bill", 31891)
    assert client.delete("/coa/api/v1/bill/31890/").status_code == 204
    assert client.get(f"{FILES}/{mine}").status_code == 404
    assert client.get(f"{FILES}/{other}").status_code == 200
    deleted = client.get(FILES, params={"include_deleted": "true"}).json()["results"]
    assert [f["id"] for f in deleted] == [mine]


def test_a_file_goes_with_a_deleted_invoice_and_a_deleted_contract(client: TestClient) -> None:
    """The same holds for the documents deleted by hand-written views and for generic objects."""
    invoice = _upload(client, "invoice", 145004)
    contract = client.post("/rr/api/v1/contracts", json={"entity": 54, "client": 33973}).json()["id"]
    attached = _upload(client, "contract", contract)
    assert client.delete("/coa/api/v1/invoice/145004/").status_code == 204
    assert client.delete(f"/rr/api/v1/contracts/{contract}").status_code == 204
    assert [client.get(f"{FILES}/{key}").status_code for key in (invoice, attached)] == [404, 404]


def test_a_transaction_match_goes_with_the_invoice_it_proposes(client: TestClient) -> None:
    """The demo's match proposes invoice 145002; deleting a void invoice it names deletes the match."""
    assert client.patch(f"{MATCHES}/1", json={"content_type": 1, "object_id": 145004}).status_code == 200
    assert client.delete("/coa/api/v1/invoice/145004/").status_code == 204
    assert client.get(f"{MATCHES}/1").status_code == 404
    assert client.get("/coa/api/transaction-matches-count").json() == {"count": 0}


def test_a_match_naming_no_content_type_or_no_object_is_a_400_and_changes_nothing(client: TestClient) -> None:
    """An unknown ``content_type`` or an ``object_id`` naming no live object of it is refused as DRF refuses a
    missing primary key; the match keeps what it had."""
    unknown = client.patch(f"{MATCHES}/1", json={"content_type": 99})
    assert (unknown.status_code, unknown.json()) == (
        400,
        {"content_type": ['Invalid pk "99" - object does not exist.']},
    )
    missing = client.patch(f"{MATCHES}/1", json={"content_type": 2, "object_id": 145002})
    assert (missing.status_code, missing.json()) == (
        400,
        {"object_id": ['Invalid pk "145002" - object does not exist.']},
    )
    shown = client.get(f"{MATCHES}/1").json()
    assert (shown["content_type"], shown["object_id"], shown["model"]) == (1, 145002, "invoice")
    moved = client.patch(f"{MATCHES}/1", json={"content_type": 2, "object_id": 31890})
    assert (moved.status_code, moved.json()["model"], moved.json()["object_id"]) == (200, "bill", 31890)


def test_a_file_updated_to_name_a_missing_object_is_a_400(client: TestClient) -> None:
    """A file's ``object_id`` names a live object of its model on update too, as on upload."""
    key = _upload(client, "bill", 31890)
    changed = client.patch(f"{FILES}/{key}", json={"object_id": 999999})
    assert (changed.status_code, changed.json()) == (
        400,
        {"object_id": ['Invalid pk "999999" - object does not exist.']},
    )
    assert client.get(f"{FILES}/{key}").json()["object_id"] == 31890


def test_a_deleted_department_answers_active_false(client: TestClient) -> None:
    """A soft-deleted record with an ``active`` field is kept inactive (the workspace's snapshot shows it; its
    list answers the minimal deleted record)."""
    assert client.get("/coa/api/department/36").json()["active"] is True
    assert client.delete("/coa/api/department/36").status_code == 204
    kept = client.get("/__campfire_mock__/snapshot").json()["objects"]["department"]
    shown = next(d for d in kept if d["id"] == 36)
    assert (shown["is_deleted"], shown["active"]) == (True, False)


def test_a_document_lists_the_files_uploaded_for_it_as_its_attachments(client: TestClient) -> None:
    """A bill, a debit memo, a credit memo and a contract answer the files uploaded for them, each as the file
    itself answers (retrieve and list alike); another object's file is not listed, a deleted file leaves."""
    contract = client.post("/rr/api/v1/contracts", json={"entity": 54, "client": 33973}).json()["id"]
    for model, path, key in [
        ("bill", "/coa/api/v1/bill/{}/", 31890),
        ("debit_memo", "/coa/api/v1/debit-memo/{}", 341),
        ("credit_memo", "/coa/api/v1/credit-memo/{}", 4029),
        ("contract", "/rr/api/v1/contracts/{}", contract),
    ]:
        assert client.get(path.format(key)).json()["attachments"] == []
        mine, _ = _upload(client, model, key), _upload(client, "bill", 31891)
        file = client.get(f"{FILES}/{mine}").json()
        assert client.get(path.format(key)).json()["attachments"] == [file], model
        assert client.delete(f"{FILES}/{mine}").status_code == 204
        assert client.get(path.format(key)).json()["attachments"] == [], model
    second = _upload(client, "bill", 31890)
    listed = client.get("/coa/api/v1/bill/", params={"limit": 100}).json()["results"]
    (bill,) = [b for b in listed if b["id"] == 31890]
    assert [f["id"] for f in bill["attachments"]] == [second]


def test_an_invoice_lists_the_files_uploaded_for_it_as_its_attachments(client: TestClient) -> None:
    """After an upload for invoice 58700 its answers (retrieve, a write's) list the file exactly as the file answers
    itself; another invoice's file is not listed; a deleted file leaves (the list's item has no attachments)."""
    invoice = "/coa/api/v1/invoice/58700/"
    assert client.get(invoice).json()["attachments"] == []
    mine, _ = _upload(client, "invoice", 58700), _upload(client, "invoice", 145001)
    file = client.get(f"{FILES}/{mine}").json()
    assert client.get(invoice).json()["attachments"] == [file]
    patched = client.patch(invoice, json={"purchase_order_number": "PO-7"})
    assert (patched.status_code, patched.json()["attachments"]) == (200, [file])
    assert client.delete(f"{FILES}/{mine}").status_code == 204
    assert client.get(invoice).json()["attachments"] == []


def test_a_file_moved_to_another_invoice_moves_its_attachment(client: TestClient) -> None:
    """Updating a file's ``object_id`` takes it off the first invoice's answer and onto the second's."""
    key = _upload(client, "invoice", 58700)
    assert [f["id"] for f in client.get("/coa/api/v1/invoice/58700/").json()["attachments"]] == [key]
    assert client.patch(f"{FILES}/{key}", json={"object_id": 145001}).status_code == 200
    assert client.get("/coa/api/v1/invoice/58700/").json()["attachments"] == []
    assert [f["id"] for f in client.get("/coa/api/v1/invoice/145001/").json()["attachments"]] == [key]
