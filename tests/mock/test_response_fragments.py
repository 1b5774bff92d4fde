"""A pre-rendered answer (an ``orjson.Fragment``, checked against its schema when rendered) is checked for its
status and media type once per operation: later ones pass at one look-up, and an undeclared status is still
refused."""

from __future__ import annotations

import orjson
import pytest

from campfire_mock.errors import ServerError
from campfire_mock.openapi.documents import load_spec, packaged_spec
from campfire_mock.openapi.responses import ResponseChecker

RETRIEVE = "coa_api_v1_invoice_retrieve"


def test_a_fragment_is_checked_for_its_status_once(monkeypatch: pytest.MonkeyPatch) -> None:
    checker = ResponseChecker(load_spec(packaged_spec()))
    fragment = orjson.Fragment(b'{"id": 1}')
    checker.check(RETRIEVE, 200, "application/json", fragment)

    def looked_up(_: str) -> dict[str, object]:
        raise AssertionError("the declared responses were read again")

    monkeypatch.setattr(checker, "declared", looked_up)
    checker.check(RETRIEVE, 200, "application/json", orjson.Fragment(b'{"id": 2}'))
    monkeypatch.undo()
    with pytest.raises(ServerError):
        checker.check(RETRIEVE, 299, "application/json", fragment)
    with pytest.raises(ServerError):
        checker.check(RETRIEVE, 200, "text/csv", fragment)
