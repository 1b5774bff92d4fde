# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""Models (responses) and parameter dicts (requests) of ``client.webhooks``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Required, TypedDict

from .._models import BaseModel, Timestamp

__all__ = [
    "PatchedWebhookParam",
    "Webhook",
    "WebhookEvent",
    "WebhookParam",
    "WebhookTopic",
    "WebhookTopicParam",
]


class Webhook(BaseModel):
    id: int
    uuid: str | None = None
    url: str
    token: str | None = None
    topics: list[WebhookTopic] | None = None
    active: bool
    created_at: Timestamp
    last_modified_at: Timestamp
    customer: int


class WebhookEvent(BaseModel):
    id: int
    object: Any
    status: str
    created_at: Timestamp
    url: str
    topic: str
    http: Any
    webhook: int | None = None


class WebhookTopic(BaseModel):
    id: int
    name: str


class PatchedWebhookParam(TypedDict, total=False):
    url: str
    topics: Iterable[WebhookTopicParam]
    active: bool


class WebhookParam(TypedDict, total=False):
    url: Required[str]
    topics: Iterable[WebhookTopicParam]
    active: Required[bool]


class WebhookTopicParam(TypedDict, total=False):
    name: Required[str]
