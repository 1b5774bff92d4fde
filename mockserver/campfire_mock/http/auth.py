"""Token authentication and Campfire's API roles.

``Authorization: Token <key>`` (``Bearer <key>`` too, as Campfire's Quickstart
says). Without ``--tokens`` any key is accepted as an admin and becomes its own
workspace; with it, only listed keys are, each with its role:

* ``admin``: everything;
* ``clerk``: reads everything; writes only draft invoices (create, update, delete);
* ``view_only``: GET only.
"""

from __future__ import annotations

import tomllib
import typing as t
from pathlib import Path

from ..errors import AuthenticationFailed, NotAuthenticated, PermissionDenied

ROLES = ("admin", "clerk", "view_only")
SCHEMES = ("token", "bearer")
#: Operations a clerk may call when the invoice is, and stays, a draft.
CLERK_DRAFT_OPERATIONS = {
    "coa_api_v1_invoice_create",
    "coa_api_v1_invoice_update",
    "coa_api_v1_invoice_partial_update",
    "coa_api_v1_invoice_destroy",
}


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
    """Checks keys and roles; returns the token info handlers read."""

    def __init__(self, tokens: dict[str, str] | None = None) -> None:
        self.tokens = tokens

    def role_of(self, key: str) -> str:
        if self.tokens is None:
            return "admin"
        role = self.tokens.get(key)
        if role is None:
            raise AuthenticationFailed()
        return role

    def check(self, api_key: str, required_scopes: t.Any = None, request: t.Any = None) -> dict[str, str]:
        """Connexion's entry: the request's method and routed operation decide the role check."""
        method = request.method.upper() if request is not None else "GET"
        return self.token_info(api_key, method, _operation_id(request))

    def token_info(self, authorization: str | None, method: str, operation_id: str | None) -> dict[str, str]:
        """``{"sub": key, "role": role}`` for an Authorization header, or the DRF-style 401/403."""
        key = parse_authorization(authorization)
        role = self.role_of(key)
        if method not in ("GET", "HEAD", "OPTIONS") and role != "admin":
            if role == "view_only":
                raise PermissionDenied()
            if operation_id not in CLERK_DRAFT_OPERATIONS:
                raise PermissionDenied("A clerk may only write draft invoices.")
        return {"sub": key, "role": role}

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
