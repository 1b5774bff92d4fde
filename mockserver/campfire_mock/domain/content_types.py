"""Content types: what a generic relation (a transaction match's ``content_type`` and ``object_id``, Django's
``GenericForeignKey``) names. Campfire's ids are rows of its database's ``django_content_type`` table, which
no answer or document publishes; the twin numbers the models it keeps itself, as the demo seed numbers its
objects, and names each model as Campfire's file upload does (its ``model`` parameter: ``invoice``, ``bill``)."""

from __future__ import annotations

#: The twin's content type id -> (model, as Campfire's file upload names it; the twin's kind of its objects).
CONTENT_TYPES: dict[int, tuple[str, str]] = {
    1: ("invoice", "invoice"),
    2: ("bill", "/coa/api/v1/bill"),
    3: ("credit_memo", "credit_memo"),
    4: ("debit_memo", "/coa/api/v1/debit-memo"),
    5: ("contract", "contract"),
}


def content_model(content_type: object) -> str | None:
    """The model content type ``content_type`` names, or None for an id the twin does not number."""
    found = CONTENT_TYPES.get(content_type) if isinstance(content_type, int) else None
    return None if found is None else found[0]


def content_kind(content_type: object) -> str | None:
    """The twin's kind of the objects of content type ``content_type``, or None."""
    found = CONTENT_TYPES.get(content_type) if isinstance(content_type, int) else None
    return None if found is None else found[1]


__all__ = ["CONTENT_TYPES", "content_kind", "content_model"]
