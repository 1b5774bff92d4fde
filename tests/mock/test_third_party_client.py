"""The third-party client of the vendored spec (``third_party_client``: datamodel-code-generator's pydantic models)
covers every JSON answer the spec declares, parses the mock's answers, and flags an answer that breaks its model.
The sweeps (``test_answer_sweep``, ``test_reference_sweep``, ``test_delete_sweep``) read every answer with it.
"""

from __future__ import annotations

import httpx
from starlette.testclient import TestClient

from .third_party_client import reader


def _answer(status: int, body: object, path: str, method: str = "GET") -> httpx.Response:
    return httpx.Response(status, json=body, request=httpx.Request(method, f"http://testserver{path}"))


def test_every_declared_json_answer_has_a_model_of_its_component() -> None:
    """Each (operation, status) JSON answer of the spec has a generated model whose fields are its schema's."""
    third_party = reader()
    missing = sorted({name for name in third_party.answers.values() if third_party.adapter(name) is None})
    assert len(third_party.answers) > 1000
    assert missing == []


def test_the_mock_s_answers_parse_and_a_broken_one_is_flagged(client: TestClient) -> None:
    """A department the mock answers parses; the same answer with a text id, without its name field, or under a
    status the operation does not declare is a failure naming what broke."""
    third_party = reader()
    before = len(third_party.failures)
    made = client.post("/coa/api/department", json={"name": "Third party", "code": "TP"})
    assert made.status_code == 201, made.text
    third_party.read(made)
    shown = client.get(f"/coa/api/department/{made.json()['id']}")
    third_party.read(shown)
    listed = client.get("/coa/api/department", params={"limit": 5})
    third_party.read(listed)
    assert third_party.failures[before:] == []
    path = f"/coa/api/department/{made.json()['id']}"
    third_party.read(_answer(200, {**shown.json(), "id": "one"}, path))
    third_party.read(_answer(200, {k: v for k, v in shown.json().items() if k != "name"}, path))
    third_party.read(_answer(418, shown.json(), path))
    found = third_party.failures[before:]
    assert len(found) == 3, found
    assert found[0].startswith(f"third-party GET {path} -> 200: Department does not parse: id: "), found[0]
    assert "name: Field required" in found[1], found[1]
    assert found[2].endswith("coa_api_department_retrieve declares no JSON answer for 418"), found[2]
    del third_party.failures[before:]
