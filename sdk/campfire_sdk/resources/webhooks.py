# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`.
"""``client.webhooks``: the webhooks of the Campfire API."""

from __future__ import annotations

import builtins
from functools import cached_property

from typing_extensions import Unpack

from .._base_client import check_id
from .._resource import AsyncAPIResource, SyncAPIResource, options
from .._response import AsyncRawResponses, RawResponses, async_to_raw_response, to_raw_response
from .._types import NOT_GIVEN, NotGiven, Timeout
from ..types.webhooks import PatchedWebhookParam, Webhook, WebhookEvent, WebhookParam, WebhookTopic

__all__ = ["AsyncWebhooks", "AsyncWebhooksWithRawResponse", "Webhooks", "WebhooksWithRawResponse"]


class Webhooks(SyncAPIResource):
    """``client.webhooks``: create, delete, list, list_events, list_topics, partial_update, retrieve, update."""

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Webhook]:
        """List Webhooks.

        ``GET /integrations/api/v1/webhook`` (operationId ``integrations_api_v1_webhook_list``)
        """
        path = "/integrations/api/v1/webhook"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[Webhook], opts)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[WebhookParam],
    ) -> Webhook:
        """Create Webhook.

        ``POST /integrations/api/v1/webhook`` (operationId ``integrations_api_v1_webhook_create``)
        """
        path = "/integrations/api/v1/webhook"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Webhook, opts)

    def retrieve(
        self,
        webhook_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Webhook:
        """Retrieve Webhook.

        ``GET /integrations/api/v1/webhook/{id}`` (operationId ``integrations_api_v1_webhook_retrieve``)
        """
        path = f"/integrations/api/v1/webhook/{check_id('webhook_id', webhook_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(Webhook, opts)

    def update(
        self,
        webhook_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[WebhookParam],
    ) -> Webhook:
        """Update Webhook.

        ``PUT /integrations/api/v1/webhook/{id}`` (operationId ``integrations_api_v1_webhook_update``)
        """
        path = f"/integrations/api/v1/webhook/{check_id('webhook_id', webhook_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Webhook, opts)

    def partial_update(
        self,
        webhook_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedWebhookParam],
    ) -> Webhook:
        """Partial Update Webhook.

        ``PATCH /integrations/api/v1/webhook/{id}`` (operationId ``integrations_api_v1_webhook_partial_update``)
        """
        path = f"/integrations/api/v1/webhook/{check_id('webhook_id', webhook_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return self._request(Webhook, opts)

    def delete(
        self,
        webhook_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Webhook.

        ``DELETE /integrations/api/v1/webhook/{id}`` (operationId ``integrations_api_v1_webhook_destroy``)
        """
        path = f"/integrations/api/v1/webhook/{check_id('webhook_id', webhook_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        self._send(opts)

    def list_events(
        self,
        webhook_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[WebhookEvent]:
        """List Webhook Events.

        ``GET /integrations/api/v1/webhook/{id}/events`` (operationId ``integrations_api_v1_webhook_events_list``)
        """
        path = f"/integrations/api/v1/webhook/{check_id('webhook_id', webhook_id)}/events"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[WebhookEvent], opts)

    def list_topics(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[WebhookTopic]:
        """List the topics a webhook may subscribe to.

        ``GET /integrations/api/v1/webhook/topics`` (operationId ``integrations_api_v1_webhook_topics_list``)
        """
        path = "/integrations/api/v1/webhook/topics"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return self._request(builtins.list[WebhookTopic], opts)

    @cached_property
    def with_raw_response(self) -> WebhooksWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return WebhooksWithRawResponse(self)


class WebhooksWithRawResponse(RawResponses):
    """``client.webhooks.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: Webhooks) -> None:
        super().__init__(resource)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.partial_update = to_raw_response(resource.partial_update)
        self.delete = to_raw_response(resource.delete)
        self.list_events = to_raw_response(resource.list_events)
        self.list_topics = to_raw_response(resource.list_topics)


class AsyncWebhooks(AsyncAPIResource):
    """``client.webhooks`` (async): create, delete, list, list_events, list_topics, partial_update, retrieve, update."""

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Webhook]:
        """List Webhooks.

        ``GET /integrations/api/v1/webhook`` (operationId ``integrations_api_v1_webhook_list``)
        """
        path = "/integrations/api/v1/webhook"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[Webhook], opts)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[WebhookParam],
    ) -> Webhook:
        """Create Webhook.

        ``POST /integrations/api/v1/webhook`` (operationId ``integrations_api_v1_webhook_create``)
        """
        path = "/integrations/api/v1/webhook"
        opts = options("POST", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Webhook, opts)

    async def retrieve(
        self,
        webhook_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Webhook:
        """Retrieve Webhook.

        ``GET /integrations/api/v1/webhook/{id}`` (operationId ``integrations_api_v1_webhook_retrieve``)
        """
        path = f"/integrations/api/v1/webhook/{check_id('webhook_id', webhook_id)}"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(Webhook, opts)

    async def update(
        self,
        webhook_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[WebhookParam],
    ) -> Webhook:
        """Update Webhook.

        ``PUT /integrations/api/v1/webhook/{id}`` (operationId ``integrations_api_v1_webhook_update``)
        """
        path = f"/integrations/api/v1/webhook/{check_id('webhook_id', webhook_id)}"
        opts = options("PUT", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Webhook, opts)

    async def partial_update(
        self,
        webhook_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        **params: Unpack[PatchedWebhookParam],
    ) -> Webhook:
        """Partial Update Webhook.

        ``PATCH /integrations/api/v1/webhook/{id}`` (operationId ``integrations_api_v1_webhook_partial_update``)
        """
        path = f"/integrations/api/v1/webhook/{check_id('webhook_id', webhook_id)}"
        opts = options("PATCH", path, json=params, timeout=timeout, max_retries=max_retries)
        return await self._request(Webhook, opts)

    async def delete(
        self,
        webhook_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Webhook.

        ``DELETE /integrations/api/v1/webhook/{id}`` (operationId ``integrations_api_v1_webhook_destroy``)
        """
        path = f"/integrations/api/v1/webhook/{check_id('webhook_id', webhook_id)}"
        opts = options("DELETE", path, timeout=timeout, max_retries=max_retries)
        await self._send(opts)

    async def list_events(
        self,
        webhook_id: int | str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[WebhookEvent]:
        """List Webhook Events.

        ``GET /integrations/api/v1/webhook/{id}/events`` (operationId ``integrations_api_v1_webhook_events_list``)
        """
        path = f"/integrations/api/v1/webhook/{check_id('webhook_id', webhook_id)}/events"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[WebhookEvent], opts)

    async def list_topics(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[WebhookTopic]:
        """List the topics a webhook may subscribe to.

        ``GET /integrations/api/v1/webhook/topics`` (operationId ``integrations_api_v1_webhook_topics_list``)
        """
        path = "/integrations/api/v1/webhook/topics"
        opts = options("GET", path, timeout=timeout, max_retries=max_retries)
        return await self._request(builtins.list[WebhookTopic], opts)

    @cached_property
    def with_raw_response(self) -> AsyncWebhooksWithRawResponse:
        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""
        return AsyncWebhooksWithRawResponse(self)


class AsyncWebhooksWithRawResponse(AsyncRawResponses):
    """``client.webhooks.with_raw_response``: its methods, answering ``APIResponse[...]``."""

    def __init__(self, resource: AsyncWebhooks) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.delete = async_to_raw_response(resource.delete)
        self.list_events = async_to_raw_response(resource.list_events)
        self.list_topics = async_to_raw_response(resource.list_topics)
