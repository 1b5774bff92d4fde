"""``--redact``: stable fakes for the names, e-mails and addresses a recording holds.

``Redactor`` replaces each with a fake derived from a hash of the value, so one client keeps one fake name
everywhere and the replay stays consistent.
"""

from __future__ import annotations

import hashlib
import typing as t


class Redactor:
    """Stable fakes for names, e-mails and addresses (the same value always gets the same fake)."""

    #: Keys whose string value names a person or a company, anywhere in an object.
    NAME_KEYS = frozenset(
        {
            "client_name",
            "entity_name",
            "parent_name",
            "company_name",
            "dba",
            "first_name",
            "last_name",
            "full_name",
            "contact_name",
            "billing_addressee",
            "shipping_addressee",
        }
    )
    #: Kinds whose own ``name`` is a person's or a company's.
    NAMED_KINDS = frozenset({"vendor", "entity", "contact"})
    ADDRESS_KEYS = frozenset({"city", "zip_code", "postal_code", "state"})

    def __init__(self) -> None:
        self.replaced = 0

    @staticmethod
    def _digest(value: str) -> str:
        return hashlib.sha256(value.encode("utf-8")).hexdigest()[:8]

    def name(self, value: str) -> str:
        return f"Name {self._digest(value)}"

    def email(self, value: str) -> str:
        return f"user-{self._digest(value.lower())}@example.com"

    def address(self, value: str) -> str:
        return f"{int(self._digest(value), 16) % 9000 + 100} Example Street"

    def redact(self, obj: t.Any, kind: str = "") -> t.Any:
        """A copy of ``obj`` with every name, e-mail and address replaced."""
        if isinstance(obj, list):
            return [self.redact(item, kind) for item in obj]
        if not isinstance(obj, dict):
            return obj
        out: dict[str, t.Any] = {}
        for key, value in obj.items():
            out[key] = self._field(key, value, kind)
        return out

    def _field(self, key: str, value: t.Any, kind: str) -> t.Any:
        if isinstance(value, dict | list) and not (isinstance(value, list) and "email" in key):
            return self.redact(value, "contact" if key == "contacts" else kind)
        if value in (None, ""):
            return value
        if "email" in key:
            self.replaced += 1
            if isinstance(value, list):
                return [self.email(str(v)) for v in value]
            return self.email(str(value))
        if not isinstance(value, str):
            return value
        if key in self.NAME_KEYS or (key == "name" and kind in self.NAMED_KINDS):
            self.replaced += 1
            return self.name(value)
        if "address" in key or key in self.ADDRESS_KEYS:
            self.replaced += 1
            return self.address(value)
        if key == "search_text":
            return None
        return value


__all__ = ["Redactor"]
