"""``Campfire`` and ``AsyncCampfire``: configuration, and one attribute per API resource.

The attributes come from ``_client_resources`` (generated): each imports its resource module on first use.
"""

from __future__ import annotations

import os
import typing as t

import httpx

from . import _constants as C
from ._base_client import AsyncAPIClient, SyncAPIClient
from ._client_resources import AsyncResources, SyncResources
from ._exceptions import CampfireError
from ._types import NOT_GIVEN, NotGiven, Timeout

__all__ = ["AsyncCampfire", "Campfire"]


def _settings(api_key: str | None, base_url: str | None) -> tuple[str, str]:
    api_key = api_key or os.environ.get(C.API_KEY_ENV)
    if not api_key:
        raise CampfireError(f"No API key: pass api_key to the client or set the {C.API_KEY_ENV} environment variable.")
    return api_key, base_url or os.environ.get(C.BASE_URL_ENV) or C.DEFAULT_BASE_URL


def _changes(
    api_key: str | NotGiven,
    base_url: str | NotGiven,
    timeout: Timeout | NotGiven,
    max_retries: int | NotGiven,
    retry_writes: bool | NotGiven,
    default_headers: t.Mapping[str, str] | NotGiven,
    client: SyncAPIClient | AsyncAPIClient,
) -> dict[str, t.Any]:
    """``with_options`` arguments as attribute changes (``NOT_GIVEN`` ones left out)."""
    if not isinstance(api_key, NotGiven) and not api_key:
        raise CampfireError("with_options(api_key=...) needs a non-empty key.")
    if not isinstance(max_retries, NotGiven) and max_retries < 0:
        raise ValueError("max_retries must be 0 or more")
    changes: dict[str, t.Any] = {
        "api_key": api_key,
        "base_url": base_url,
        "timeout": timeout,
        "max_retries": max_retries,
        "retry_writes": retry_writes,
    }
    if not isinstance(default_headers, NotGiven):
        changes["_default_headers"] = {**client._default_headers, **default_headers}
    return changes


class Campfire(SyncAPIClient, SyncResources):
    """Synchronous client of Campfire's API: ``client.invoices``, ``client.vendors``, ``client.journal_entries``...

    ``Campfire()`` reads ``CAMPFIRE_API_KEY`` and ``CAMPFIRE_BASE_URL``; pass
    ``http_client=`` to use your own ``httpx.Client`` (for example one bound to the
    in-process mock).
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = C.DEFAULT_TIMEOUT,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        retry_writes: bool = False,
        default_headers: t.Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        key, url = _settings(api_key, base_url)
        super().__init__(
            api_key=key,
            base_url=url,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
            default_headers=default_headers,
            http_client=http_client,
        )

    def with_options(
        self,
        *,
        api_key: str | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
        default_headers: t.Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> Campfire:
        """A client sharing this one's connection pool, with the given settings changed.

        Cheap (no new connections, no SSL context): ``client.with_options(api_key=other)`` is how a
        test talks to a second workspace. ``default_headers`` are added to this client's."""
        return t.cast(
            Campfire,
            self._copy_with(**_changes(api_key, base_url, timeout, max_retries, retry_writes, default_headers, self)),
        )

    copy = with_options


class AsyncCampfire(AsyncAPIClient, AsyncResources):
    """Asynchronous client of Campfire's API; the same resources, awaited."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = C.DEFAULT_TIMEOUT,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        retry_writes: bool = False,
        default_headers: t.Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        key, url = _settings(api_key, base_url)
        super().__init__(
            api_key=key,
            base_url=url,
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
            default_headers=default_headers,
            http_client=http_client,
        )

    def with_options(
        self,
        *,
        api_key: str | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
        default_headers: t.Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> AsyncCampfire:
        """A client sharing this one's connection pool, with the given settings changed.

        Cheap (no new connections, no SSL context): ``client.with_options(api_key=other)`` is how a
        test talks to a second workspace. ``default_headers`` are added to this client's."""
        return t.cast(
            AsyncCampfire,
            self._copy_with(**_changes(api_key, base_url, timeout, max_retries, retry_writes, default_headers, self)),
        )

    copy = with_options
