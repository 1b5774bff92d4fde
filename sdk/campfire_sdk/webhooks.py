"""Verify webhook deliveries signed the Standard Webhooks way (standard library only).

A delivery carries three headers: ``webhook-id``, ``webhook-timestamp`` (Unix seconds) and
``webhook-signature`` (``v1,<base64 HMAC-SHA256>`` entries, space-separated) over
``f"{id}.{timestamp}.{body}"``, keyed by the webhook's secret (``whsec_`` + base64 of its bytes).

    from campfire_sdk.webhooks import verify, WebhookVerificationError

    event = verify(request.body, request.headers, secret=webhook.token)
    if event["topic"] == "invoice.paid": ...
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import time
import typing as t
from collections.abc import Mapping

__all__ = ["DEFAULT_TOLERANCE", "SECRET_PREFIX", "WebhookVerificationError", "sign", "verify"]

SECRET_PREFIX = "whsec_"
#: The one spelling of a timestamp accepted: ASCII digits, no sign, spaces or leading zeros.
_CANONICAL_INT = re.compile(r"(?:0|[1-9][0-9]{0,18})")
#: How far a delivery's timestamp may be from now, in seconds (the specification's five minutes).
DEFAULT_TOLERANCE = 300


class WebhookVerificationError(Exception):
    """The delivery is not signed by this secret, is malformed, or its timestamp is too old or too new."""


def _key(secret: str | bytes) -> bytes:
    if isinstance(secret, bytes):
        key = secret
    else:
        try:
            key = base64.b64decode(secret.removeprefix(SECRET_PREFIX) + "==", validate=False)
        except (binascii.Error, ValueError) as exc:
            raise WebhookVerificationError(f"the webhook secret is not base64: {exc}") from None
    if not key:
        raise WebhookVerificationError("the webhook secret is empty")
    return key


def sign(secret: str | bytes, msg_id: str, timestamp: int, body: bytes | str) -> str:
    """The ``webhook-signature`` value (``v1,<base64>``) of a delivery."""
    data = body.encode() if isinstance(body, str) else body
    mac = hmac.new(_key(secret), f"{msg_id}.{timestamp}.".encode() + data, hashlib.sha256).digest()
    return "v1," + base64.b64encode(mac).decode("ascii")


def verify(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: str | bytes,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> t.Any:
    """Check a delivery's signature and timestamp, and return its JSON body.

    Raises:
        WebhookVerificationError: a header is missing or malformed (the timestamp must be written as
            plain ASCII digits), the timestamp is more than ``tolerance`` seconds away from ``now``, no
            ``v1`` signature matches, or the signed body is not JSON.
    """
    lowered = {k.lower(): v for k, v in headers.items()}
    msg_id = lowered.get("webhook-id")
    stamp = lowered.get("webhook-timestamp")
    signatures = lowered.get("webhook-signature")
    missing = [
        name
        for name, value in (("webhook-id", msg_id), ("webhook-timestamp", stamp), ("webhook-signature", signatures))
        if not value
    ]
    if missing or msg_id is None or stamp is None or signatures is None:
        raise WebhookVerificationError(f"missing header(s): {', '.join(missing)}")
    if not _CANONICAL_INT.fullmatch(stamp):  # int() would take "+1", " 1", "01" and non-ASCII digits too
        raise WebhookVerificationError(f"webhook-timestamp {stamp!r} is not a Unix time in seconds")
    timestamp = int(stamp)
    current = time.time() if now is None else now
    if timestamp < current - tolerance:
        raise WebhookVerificationError(
            f"the delivery is too old ({int(current - timestamp)} s; tolerance {tolerance} s)"
        )
    if timestamp > current + tolerance:
        raise WebhookVerificationError(f"the delivery is dated {int(timestamp - current)} s in the future")
    expected = sign(secret, msg_id, timestamp, body).split(",", 1)[1].encode()
    for entry in signatures.split():
        version, _, value = entry.partition(",")
        if version == "v1" and hmac.compare_digest(value.encode(), expected):
            try:
                return json.loads(body)
            except (ValueError, UnicodeDecodeError) as exc:  # JSONDecodeError is a ValueError
                raise WebhookVerificationError(f"the signed body is not JSON: {exc}") from None
    raise WebhookVerificationError("no v1 signature matches this secret")
