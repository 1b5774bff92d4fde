"""campfire_sdk.webhooks: Standard Webhooks signatures, checked against the reference package."""

from __future__ import annotations

import base64
import json
import time
from datetime import UTC, datetime

import pytest
import standardwebhooks

from campfire_sdk.webhooks import WebhookVerificationError, sign, verify

SECRET = "whsec_" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode()
BODY = json.dumps({"id": "evt_1", "topic": "invoice.paid", "object": {"id": 47864}})


def _headers(msg_id: str = "evt_1", timestamp: int | None = None, body: str = BODY) -> dict[str, str]:
    stamp = int(time.time()) if timestamp is None else timestamp
    signature = standardwebhooks.Webhook(SECRET).sign(msg_id, datetime.fromtimestamp(stamp, tz=UTC), body)
    return {"webhook-id": msg_id, "webhook-timestamp": str(stamp), "webhook-signature": signature}


def test_verify_accepts_a_delivery_signed_by_the_reference_package() -> None:
    """A delivery signed by the standardwebhooks package verifies and its JSON body comes back."""
    assert verify(BODY, _headers(), SECRET) == json.loads(BODY)


def test_reference_package_accepts_our_signature() -> None:
    """The standardwebhooks package verifies a signature made by ``sign``."""
    stamp = int(time.time())
    headers = {
        "webhook-id": "evt_9",
        "webhook-timestamp": str(stamp),
        "webhook-signature": sign(SECRET, "evt_9", stamp, BODY),
    }
    assert standardwebhooks.Webhook(SECRET).verify(BODY, headers) == json.loads(BODY)


def test_verify_takes_bytes_and_any_header_case() -> None:
    """Bytes bodies and capitalised header names verify the same."""
    headers = {k.title(): v for k, v in _headers().items()}
    assert verify(BODY.encode(), headers, SECRET)["topic"] == "invoice.paid"


def test_verify_refuses_a_changed_body() -> None:
    """One changed byte of the body fails with a clear message."""
    with pytest.raises(WebhookVerificationError, match="no v1 signature matches"):
        verify(BODY.replace("47864", "47865"), _headers(), SECRET)


def test_verify_refuses_another_secret() -> None:
    """A delivery signed with another secret is refused."""
    other = "whsec_" + base64.b64encode(b"another secret of thirty-two by").decode()
    with pytest.raises(WebhookVerificationError, match="no v1 signature matches"):
        verify(BODY, _headers(), other)


def test_verify_refuses_a_stale_or_future_timestamp() -> None:
    """Timestamps beyond the five-minute tolerance either way are refused, naming the direction."""
    with pytest.raises(WebhookVerificationError, match="too old"):
        verify(BODY, _headers(timestamp=int(time.time()) - 301), SECRET)
    with pytest.raises(WebhookVerificationError, match="in the future"):
        verify(BODY, _headers(timestamp=int(time.time()) + 301), SECRET)


def test_verify_names_missing_headers() -> None:
    """A delivery without its signature headers names what is missing."""
    with pytest.raises(WebhookVerificationError, match="webhook-signature"):
        verify(BODY, {"webhook-id": "evt_1", "webhook-timestamp": "1"}, SECRET)


def test_verify_accepts_one_of_several_signatures() -> None:
    """A header with several space-separated signatures passes when one of them matches (key rotation)."""
    headers = _headers()
    headers["webhook-signature"] = "v1,AAAA " + headers["webhook-signature"]
    assert verify(BODY, headers, SECRET)["id"] == "evt_1"


@pytest.mark.parametrize("spelling", ["+{}", " {}", "0{}", "{} ", "{}.0"])
def test_verify_refuses_a_timestamp_not_in_its_canonical_form(spelling: str) -> None:
    """Only plain ASCII digits name the time: a sign, spaces, a leading zero or a fraction are refused."""
    headers = _headers()
    stamp = spelling.format(headers["webhook-timestamp"])
    with pytest.raises(WebhookVerificationError, match="is not a Unix time in seconds"):
        verify(BODY, {**headers, "webhook-timestamp": stamp}, SECRET)


def test_verify_refuses_arabic_indic_digits() -> None:
    """``int()`` reads Arabic-Indic digits; the timestamp header may not use them."""
    headers = _headers()
    arabic = "".join(chr(0x660 + int(d)) for d in headers["webhook-timestamp"])
    with pytest.raises(WebhookVerificationError, match="is not a Unix time in seconds"):
        verify(BODY, {**headers, "webhook-timestamp": arabic}, SECRET)


def test_verify_raises_its_own_error_for_a_signed_body_that_is_not_json() -> None:
    """A correctly signed body that is not JSON (or not UTF-8) is a WebhookVerificationError, not a decode error."""
    for body in (b"\xff\xfe not json", b"plain text"):
        stamp = int(time.time())
        headers = {
            "webhook-id": "evt_1",
            "webhook-timestamp": str(stamp),
            "webhook-signature": sign(SECRET, "evt_1", stamp, body),
        }
        with pytest.raises(WebhookVerificationError, match="the signed body is not JSON"):
            verify(body, headers, SECRET)
