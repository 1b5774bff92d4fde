"""Actions upstream declares bodyless that the twin answers (spec/vendor.py ``ACTION_ANSWERS``) are typed in
the SDK: the method returns the model, parsed from what the mock answers."""

from __future__ import annotations

from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_sdk import Campfire
from campfire_sdk.types import TransactionMatch, TransactionPaymentsApplied


def test_applying_a_transaction_and_reviewing_a_match_return_their_models() -> None:
    """``transactions.create_invoice_payments`` returns what it paid; a match review returns the match."""
    app = create_app()
    with Campfire(api_key="sdk-actions", base_url="http://testserver", http_client=TestClient(app)) as client:
        paid = client.transactions.create_invoice_payments(14728801)
        match = client.transaction_matches.reject(1)
        again = client.transaction_matches.retrieve(1)
    assert isinstance(paid, TransactionPaymentsApplied) and paid.transaction_id == 14728801
    assert paid.applied and len(paid.payment_ids) == len(paid.applied)
    assert isinstance(match, TransactionMatch) and match.status == "rejected"
    assert match.reviewed_at == again.reviewed_at is not None
