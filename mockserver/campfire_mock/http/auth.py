"""Token authentication: one ``Caller`` per request, for both request paths.

``Authorization: Token <key>`` (``Bearer <key>`` too, as Campfire's Quickstart says). Without
``--tokens`` any key is accepted as an admin and becomes its own workspace; with it, only listed
keys are, each with its role (``admin``, ``clerk``, ``view_only``: the rules are ``Caller``'s).

The front parses the header once (``Auth.identify``, from the headers ``http/admission.py`` collects
in its one pass) and keeps the result in the request's ``Admission`` (and under ``CALLER_KEY``, where
Connexion's security check finds it): the compiled path, Connexion's handlers, faults, stubs and the
request log all read that one result.
A request with two ``Authorization`` headers is refused with a 400 before anything else.
"""

from __future__ import annotations

import tomllib
import typing as t
from pathlib import Path

from ..errors import AuthenticationFailed, DomainError, NotAuthenticated
from ..operations import ROLES, Caller

SCHEMES = ("token", "bearer")
#: Where the front keeps the request's ``Caller`` (or the 401 to answer) in the ASGI scope.
CALLER_KEY = "campfire_mock.caller"


class DuplicateAuthorization(DomainError):
    """400: two ``Authorization`` headers, which the paths, the log and faults could read differently."""

    status = 400
    default_detail = "Send one Authorization header, not several."


def load_tokens(path: Path) -> dict[str, str]:
    """Read ``[tokens]`` from a TOML file: ``key = "role"``."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    tokens = data.get("tokens", data)
    out: dict[str, str] = {}
    for key, role in tokens.items():
        if role not in ROLES:
            raise ValueError(f"{path}: role {role!r} of token {key!r} is not one of {', '.join(ROLES)}")
        out[str(key)] = str(role)
    return out


def parse_authorization(value: str | None) -> str:
    """The key from an Authorization header value, or a DRF-style 401."""
    if not value:
        raise NotAuthenticated()
    parts = value.split()
    if len(parts) != 2 or parts[0].lower() not in SCHEMES:
        if len(parts) == 1 and parts[0].lower() in SCHEMES:
            raise AuthenticationFailed("Invalid token header. No credentials provided.")
        raise AuthenticationFailed("Invalid token header. Use 'Token <key>'.")
    return parts[1]


class Auth:
    """Checks keys: ``identify`` turns a request's ``Authorization`` into its ``Caller``."""

    def __init__(self, tokens: dict[str, str] | None = None, remembered: int = 1024) -> None:
        self.tokens = tokens
        #: ``Authorization`` values lately accepted, each with its key and role: a client sends the same
        #: header on every request, so it is parsed and looked up once (at most ``remembered`` are kept, the
        #: memory emptied when full; a refused value is never kept, and parsed again each time).
        self._accepted: dict[bytes, tuple[str, str]] = {}
        self.remembered = remembered

    def role_of(self, key: str) -> str:
        if self.tokens is None:
            return "admin"
        role = self.tokens.get(key)
        if role is None:
            raise AuthenticationFailed()
        return role

    def identify(self, scope: t.MutableMapping[str, t.Any], values: list[bytes] | None = None) -> Caller | DomainError:
        """The request's ``Caller``, or the 401 to answer if its operation needs a key; kept in the
        scope under ``CALLER_KEY``. ``values`` are the request's ``Authorization`` headers (the front
        collects them in its one pass over the headers; read from ``scope`` if not given). Two
        ``Authorization`` headers raise ``DuplicateAuthorization``."""
        if values is None:
            values = [v for k, v in scope.get("headers") or () if k == b"authorization"]
        if len(values) > 1:
            raise DuplicateAuthorization()
        found: Caller | DomainError
        accepted = self._accepted.get(values[0]) if values else None
        if accepted is not None:
            found = Caller(accepted[0], accepted[1], scope)
        else:
            try:
                key = parse_authorization(values[0].decode("latin-1") if values else None)
                found = Caller(key, self.role_of(key), scope)
            except DomainError as exc:
                found = exc
            else:
                if len(self._accepted) >= self.remembered:
                    self._accepted.clear()
                self._accepted[bytes(values[0])] = (found.token, found.role)
        scope[CALLER_KEY] = found
        return found

    def caller_of(self, scope: t.MutableMapping[str, t.Any]) -> Caller:
        """The request's ``Caller`` as the front identified it (or now, if it did not), else its 401."""
        found = scope.get(CALLER_KEY)
        if found is None:
            found = self.identify(scope)
        if isinstance(found, DomainError):
            raise found
        return t.cast(Caller, found)

    def check(self, api_key: t.Any, required_scopes: t.Any = None, request: t.Any = None) -> dict[str, str]:
        """Connexion's entry: the request's ``Caller`` (the front's, kept in the scope) and its routed
        operation decide the role check."""
        assert request is not None
        caller = self.caller_of(request.scope)
        caller.authorize(request.method.upper(), _operation_id(request))
        return {"sub": caller.token, "role": caller.role}

    def handler_class(self) -> type[t.Any]:
        """A Connexion security handler bound to this ``Auth`` (for ``security_map``)."""
        from connexion.security import ApiKeySecurityHandler

        check = self.check

        class _TokenHandler(ApiKeySecurityHandler):
            def _resolve_func(self, security_scheme: t.Any) -> t.Any:
                return check

        return _TokenHandler


def _operation_id(request: t.Any) -> str | None:
    scope = getattr(request, "scope", {}) or {}
    extensions = scope.get("extensions", {}).get("connexion_routing", {})
    return extensions.get("operation_id")  # type: ignore[no-any-return]
