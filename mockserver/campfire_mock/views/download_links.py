"""Download URLs that name their workspace without its key, as a presigned S3 URL needs no credentials.

A temp-download-url carries ``workspace``: a keyed hash of the workspace's key, so the name says nothing
about the key, and a signature (``domain/files.py``) over the name, the file id and the expiry, made with the
same server key. A server with a state file keeps that key in it (``StateDatabase.setting``), so its URLs stay
valid across a restart until they expire; without one the key is random per run, and a URL dies with the
server (as the workspace it names does). One set of names per store (``links_of``): a name is remembered
with its key once a URL is issued; a name not remembered (issued before a restart) is found among the
store's workspaces, hashed afresh. A name of no workspace the store holds finds nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import typing as t
import weakref

#: Names remembered at most where the store says nothing of its size; beyond it the oldest are forgotten (a URL
#: naming one is then looked for among the store's workspaces). A store holding at most N workspaces
#: remembers N names: as many keys as it holds.
NAMES_HELD = 1000
#: The state-file setting holding the key (hex).
KEY_SETTING = "download_url_key"


class DownloadLinks:
    """The key download URLs are signed with, the workspace names they carry, and the key each names (one
    per server). ``held`` bounds the names remembered; ``tokens`` lists the workspaces' keys, where a name
    not remembered is looked for."""

    def __init__(
        self,
        held: int = NAMES_HELD,
        key: bytes | None = None,
        tokens: t.Callable[[], t.Iterable[str]] = tuple,
    ) -> None:
        self.key = key if key is not None else secrets.token_bytes(32)
        self._tokens: dict[str, str] = {}
        self._held = max(1, held)
        self._lock = threading.Lock()
        self._known = tokens

    def __len__(self) -> int:
        """How many names are remembered."""
        return len(self._tokens)

    def name(self, token: str) -> str:
        """The name URLs of ``token``'s workspace carry (the same for every URL of it while the key is kept);
        remembered only once a URL is issued (``remember``)."""
        return hmac.new(self.key, token.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:32]

    def remember(self, name: str, token: str) -> None:
        """Remember that ``name`` names ``token``'s workspace (the most recent last; the oldest forgotten past
        the bound)."""
        with self._lock:
            self._tokens.pop(name, None)
            if len(self._tokens) >= self._held:
                del self._tokens[next(iter(self._tokens))]
            self._tokens[name] = token

    def token(self, name: str) -> str | None:
        """The key of the workspace ``name`` names: remembered, else one of the store's workspaces whose name
        it is (a URL issued before a restart); ``None`` if no workspace held has it."""
        found = self._tokens.get(name)
        if found is None:
            found = next((token for token in self._known() if hmac.compare_digest(self.name(token), name)), None)
            if found is not None:
                self.remember(name, found)
        return found


#: Each store's names (a server's workspaces are its store's), made on first use, gone with the store.
_BY_STORE: weakref.WeakKeyDictionary[object, DownloadLinks] = weakref.WeakKeyDictionary()
_BY_STORE_LOCK = threading.Lock()


def _key_of(store: object) -> bytes | None:
    """The key kept in the store's state file (made there the first time), or ``None`` without one."""
    db = getattr(store, "db", None)
    setting = getattr(db, "setting", None)
    if setting is None:
        return None
    return bytes.fromhex(str(setting(KEY_SETTING, lambda: secrets.token_hex(32))))


def _tokens_of(store: object) -> t.Callable[[], list[str]]:
    lock = getattr(store, "lock", None)

    def tokens() -> list[str]:
        workspaces = getattr(store, "workspaces", None) or {}
        if lock is None:
            return list(workspaces)
        with lock:
            return list(workspaces)

    return tokens


def links_of(store: object) -> DownloadLinks:
    """The key and names of ``store``'s download URLs."""
    found = _BY_STORE.get(store)
    if found is None:
        with _BY_STORE_LOCK:
            found = _BY_STORE.get(store)
            if found is None:
                held = getattr(store, "max_workspaces", NAMES_HELD)
                found = _BY_STORE[store] = DownloadLinks(
                    held if isinstance(held, int) else NAMES_HELD, _key_of(store), _tokens_of(store)
                )
    return found


__all__ = ["DownloadLinks", "links_of"]
