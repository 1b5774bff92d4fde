"""Download URLs that name their workspace without its key, as a presigned S3 URL needs no credentials.

A temp-download-url carries ``workspace``: a keyed hash of the workspace's key (the hash key is random per
server run, so the name says nothing about the key; one set of names per store: ``links_of``), remembered
with the key it names. The URL alone then finds its workspace; its file's signature (``domain/files.py``)
covers the name too, so a URL of one workspace never serves another's file. A name the server has not
issued (another run's, or made up) finds nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import weakref

#: Names remembered at most where the store says nothing of its size; beyond it the oldest are forgotten (a URL
#: naming one then answers 403). A store holding at most N workspaces remembers N names: as many keys as it holds.
NAMES_HELD = 1000


class DownloadLinks:
    """The workspace names download URLs carry, and the key each names (one per server)."""

    def __init__(self, held: int = NAMES_HELD) -> None:
        self._key = secrets.token_bytes(32)
        self._tokens: dict[str, str] = {}
        self._held = max(1, held)
        self._lock = threading.Lock()

    def name(self, token: str) -> str:
        """The name URLs of ``token``'s workspace carry (the same for every URL of it in this server run);
        remembered only once a URL is issued (``remember``)."""
        return hmac.new(self._key, token.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:32]

    def remember(self, name: str, token: str) -> None:
        """Remember that ``name`` names ``token``'s workspace (the most recent last; the oldest forgotten past
        the bound)."""
        with self._lock:
            self._tokens.pop(name, None)
            if len(self._tokens) >= self._held:
                del self._tokens[next(iter(self._tokens))]
            self._tokens[name] = token

    def token(self, name: str) -> str | None:
        """The key of the workspace ``name`` names, or ``None`` if this server never issued it."""
        return self._tokens.get(name)


#: Each store's names (a server's workspaces are its store's), made on first use, gone with the store.
_BY_STORE: weakref.WeakKeyDictionary[object, DownloadLinks] = weakref.WeakKeyDictionary()
_BY_STORE_LOCK = threading.Lock()


def links_of(store: object) -> DownloadLinks:
    """The names download URLs of ``store``'s workspaces carry."""
    found = _BY_STORE.get(store)
    if found is None:
        with _BY_STORE_LOCK:
            found = _BY_STORE.get(store)
            if found is None:
                held = getattr(store, "max_workspaces", NAMES_HELD)
                found = _BY_STORE[store] = DownloadLinks(held if isinstance(held, int) else NAMES_HELD)
    return found


__all__ = ["DownloadLinks", "links_of"]
