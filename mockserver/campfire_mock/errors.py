"""Domain errors: one small class per condition, rendered once by the app.

Bodies follow Django REST Framework, as Campfire's service does: ``{"detail": "..."}``
for most errors and field-keyed lists of messages for validation errors
(nested per item for lists such as ``lines``).
"""

from __future__ import annotations

import typing as t
from typing import Any, ClassVar

import pydantic

from .limits import MAX_ITEM_ERRORS


class DomainError(Exception):
    """Base of every error the mock answers with; ``status`` is the HTTP status."""

    status: ClassVar[int] = 400
    default_detail: ClassVar[str] = "Invalid request."
    #: ``body()`` in the shape the failing operation declares, where that differs (``Operation.run``).
    shaped: dict[str, Any] | None = None

    def __init__(self, detail: str | None = None) -> None:
        self.detail = detail or self.default_detail
        super().__init__(self.detail)

    def body(self) -> dict[str, Any]:
        return {"detail": self.detail}

    def answer(self) -> dict[str, Any]:
        """The body to send: ``body()``, or the operation's declared shape of it (``Operation.run`` sets it)."""
        return self.body() if self.shaped is None else self.shaped


#: Where a request body's validation errors wait, in the request's ASGI scope (``http/connexion_validators.py``):
#: DRF's detail views and actions look the object up first (``get_object``), so a missing one is a 404 whatever
#: the body, and its serializer reports every field's errors at once, relations included; ``Operation.run``
#: looks, adds the relations' errors (``views/field_stage.py``), then raises them.
DEFERRED_ERRORS = "campfire_mock.deferred_errors"


class ValidationFailed(DomainError):
    """400 with field-keyed messages, e.g. ``{"client": ["Invalid pk \\"9\\" - object does not exist."]}``."""

    status = 400

    def __init__(self, fields: dict[str, Any]) -> None:
        self.fields = cap_item_errors(fields)
        super().__init__("; ".join(f"{k}: {v}" for k, v in fields.items()))

    def body(self) -> dict[str, Any]:
        return self.fields

    @classmethod
    def field(cls, name: str, message: str) -> ValidationFailed:
        return cls({name: [message]})


def cap_item_errors(fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` with each list of item errors cut after its first ``MAX_ITEM_ERRORS`` failing items,
    and one ``non_field_errors`` line per cut list counting the failing items not shown."""
    notes: list[str] = []

    def cap(node: Any, where: str) -> Any:
        if isinstance(node, dict):
            return {key: cap(value, f"{where}.{key}" if where else str(key)) for key, value in node.items()}
        if not isinstance(node, list) or all(isinstance(item, str) for item in node):
            return node
        failing = [i for i, item in enumerate(node) if item]
        if len(failing) > MAX_ITEM_ERRORS:
            node = node[: failing[MAX_ITEM_ERRORS - 1] + 1]
            hidden = len(failing) - MAX_ITEM_ERRORS
            notes.append(f"{where}: {hidden} more items have errors (only the first {MAX_ITEM_ERRORS} are shown).")
        return [cap(item, f"{where}.{i}") for i, item in enumerate(node)]

    capped = t.cast(dict[str, Any], cap(fields, ""))
    if notes:
        existing = capped.get("non_field_errors")
        if isinstance(existing, list) and all(isinstance(m, str) for m in existing):
            capped["non_field_errors"] = [*existing, *notes]
        elif existing is None:
            capped["non_field_errors"] = notes
    return capped


class ParseError(DomainError):
    """400 for a body that cannot be read, in DRF's words: ``{"detail": "JSON parse error - ..."}``."""

    status = 400
    default_detail = "Malformed request."


class NotAuthenticated(DomainError):
    status = 401
    default_detail = "Authentication credentials were not provided."


class AuthenticationFailed(DomainError):
    status = 401
    default_detail = "Invalid token."


class PermissionDenied(DomainError):
    status = 403
    default_detail = "You do not have permission to perform this action."


class NotFound(DomainError):
    """404; the body is DRF's ``Not found.``, the message names what was missing."""

    status = 404
    kind: ClassVar[str] = "object"

    def __init__(self, object_id: object = None) -> None:
        self.object_id = object_id
        super().__init__("Not found.")

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id} not found"

    def __init_subclass__(cls, kind: str = "object", **kwargs: t.Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.kind = kind


class InvalidCursor(NotFound, kind="cursor"):
    """DRF's ``CursorPagination``: a cursor it cannot decode is ``NotFound("Invalid cursor")``, a 404."""

    def __init__(self, cursor: str) -> None:
        super().__init__(cursor)
        self.detail = "Invalid cursor"


class InvoiceNotFound(NotFound, kind="invoice"): ...


class PaymentNotFound(NotFound, kind="invoice payment"): ...


class ClientNotFound(NotFound, kind="client"): ...


class CreditMemoNotFound(NotFound, kind="credit memo"): ...


class CreditMemoPaymentNotFound(NotFound, kind="credit memo payment"): ...


class TransactionNotFound(NotFound, kind="transaction"): ...


class ReportNotFound(NotFound, kind="invoice report"): ...


class ObjectNotFound(NotFound):
    """404 for an object of a generic resource; the message names its collection."""

    def __init__(self, label: str, object_id: object) -> None:
        self.label = label
        super().__init__(object_id)

    def __str__(self) -> str:
        return f"{self.label} {self.object_id} not found"


class Conflict(DomainError):
    """409: the object's state forbids the action."""

    status = 409


class InvoiceAlreadyVoided(Conflict):
    def __init__(self, invoice_id: int) -> None:
        super().__init__(f"Invoice {invoice_id} is already voided.")


class InvoiceNotVoided(Conflict):
    def __init__(self, invoice_id: int) -> None:
        super().__init__(f"Invoice {invoice_id} is not voided, so it cannot be reopened.")


class InvoiceIsVoided(Conflict):
    def __init__(self, invoice_id: int, action: str) -> None:
        super().__init__(f"Invoice {invoice_id} is voided; reopen it before you {action}.")


class InvoiceHasPayments(Conflict):
    def __init__(self, invoice_id: int, action: str) -> None:
        super().__init__(f"Invoice {invoice_id} has active payments; void them before you {action}.")


class CreditMemoAlreadyVoided(Conflict):
    def __init__(self, memo_id: int) -> None:
        super().__init__(f"Credit memo {memo_id} is already voided.")


class CreditMemoNotVoided(Conflict):
    def __init__(self, memo_id: int) -> None:
        super().__init__(f"Credit memo {memo_id} is not voided, so it cannot be reopened.")


class CreditMemoIsVoided(Conflict):
    def __init__(self, memo_id: int, action: str) -> None:
        super().__init__(f"Credit memo {memo_id} is voided; reopen it before you {action}.")


class CreditMemoHasPayments(Conflict):
    def __init__(self, memo_id: int, action: str) -> None:
        super().__init__(f"Credit memo {memo_id} is applied by active payments; void them before you {action}.")


class JournalEntryPosted(Conflict):
    """A write to an entry a document posts: the 409 names the document (``source`` as the entry answers it,
    e.g. ``invoice_payment``, and its id) where it is known."""

    def __init__(self, entry_id: int, source: str | None = None, source_id: t.Any = None) -> None:
        by = f"{source.replace('_', ' ')} {source_id}" if source and source_id is not None else "a document"
        super().__init__(f"Journal entry {entry_id} is posted by {by}; void or change that document to reverse it.")


class JournalEntryNotFound(NotFound, kind="journal entry"): ...


class LedgerLineNotFound(NotFound, kind="GL transaction"): ...


class LedgerLinePosted(Conflict):
    def __init__(self, line_id: int, entry_id: int) -> None:
        super().__init__(
            f"GL transaction {line_id} belongs to journal entry {entry_id}, which a document posted;"
            " change or void that document instead."
        )


class PaymentAlreadyVoided(Conflict):
    def __init__(self, payment_id: int) -> None:
        super().__init__(f"Payment {payment_id} is already voided.")


class BillNotFound(NotFound, kind="bill"): ...


class BillPaymentNotFound(NotFound, kind="bill payment"): ...


class DebitMemoNotFound(NotFound, kind="debit memo"): ...


class DebitMemoPaymentNotFound(NotFound, kind="debit memo payment"): ...


class BillDraftNotFound(NotFound, kind="bill draft"): ...


class BillAlreadyVoided(Conflict):
    def __init__(self, bill_id: int) -> None:
        super().__init__(f"Bill {bill_id} is already voided.")


class BillNotVoided(Conflict):
    def __init__(self, bill_id: int) -> None:
        super().__init__(f"Bill {bill_id} is not voided, so it cannot be reopened.")


class BillIsVoided(Conflict):
    def __init__(self, bill_id: int, action: str) -> None:
        super().__init__(f"Bill {bill_id} is voided; reopen it before you {action}.")


class BillHasPayments(Conflict):
    def __init__(self, bill_id: int, action: str) -> None:
        super().__init__(f"Bill {bill_id} has active payments; void them before you {action}.")


class DebitMemoAlreadyVoided(Conflict):
    def __init__(self, memo_id: int) -> None:
        super().__init__(f"Debit memo {memo_id} is already voided.")


class DebitMemoNotVoided(Conflict):
    def __init__(self, memo_id: int) -> None:
        super().__init__(f"Debit memo {memo_id} is not voided, so it cannot be reopened.")


class DebitMemoIsVoided(Conflict):
    def __init__(self, memo_id: int, action: str) -> None:
        super().__init__(f"Debit memo {memo_id} is voided; reopen it before you {action}.")


class DebitMemoHasPayments(Conflict):
    def __init__(self, memo_id: int, action: str) -> None:
        super().__init__(f"Debit memo {memo_id} is applied by active payments; void them before you {action}.")


class BillDraftClosed(Conflict):
    def __init__(self, draft_id: int, state: str) -> None:
        super().__init__(
            f"Bill draft {draft_id} is {state}; only an open draft can be promoted, abandoned or discarded."
        )


class TooLarge(DomainError):
    """413: a request asks for more than a documented limit (body bytes, lines, report cells...)."""

    status = 413


class TooManyWorkspaces(DomainError):
    """503: a new key, and the server already holds ``--max-workspaces`` workspaces it may not forget."""

    status = 503

    def __init__(self, limit: int) -> None:
        super().__init__(
            f"This server holds its limit of {limit} workspaces (--max-workspaces) and keeps them in its state file; "
            "use a key it already knows, or restart it with a larger --max-workspaces."
        )


class ServerError(DomainError):
    """500: the mock itself went wrong (a response that breaks the spec); the write is undone."""

    status = 500
    default_detail = "A server error occurred."

    def __init__(self, cause: str) -> None:
        self.cause = cause
        super().__init__()


#: Deepest field path an error body shows (the spec's error schema is depth-limited): a bulk-created
#: invoice's line's ``tag_ids`` item (``invoices``, 0, ``lines``, 1, ``tag_ids``, "2").
MAX_ERROR_DEPTH = 6


def clip_path(path: t.Sequence[t.Any]) -> list[t.Any]:
    """A field path at most ``MAX_ERROR_DEPTH`` deep; deeper parts join the last key (``tag_ids.0``)."""
    if len(path) <= MAX_ERROR_DEPTH:
        return list(path)
    head = list(path[: MAX_ERROR_DEPTH - 1])
    return [*head, ".".join(str(p) for p in path[MAX_ERROR_DEPTH - 1 :])]


def from_pydantic(exc: pydantic.ValidationError, *, prefix: tuple[str | int, ...] = ()) -> ValidationFailed:
    """A pydantic validation error as a DRF-shaped 400, every message at its field's path."""
    fields: dict[str, t.Any] = {}
    for error in exc.errors(include_url=False):
        path = clip_path([*prefix, *error["loc"]]) or ["non_field_errors"]
        node: t.Any = fields
        for part, nxt in zip(path, [*path[1:], None], strict=True):
            key = str(part)
            if nxt is None:
                node.setdefault(key, []).append(str(error["msg"]))
            else:
                node = node.setdefault(key, {})
    return ValidationFailed(fields)
