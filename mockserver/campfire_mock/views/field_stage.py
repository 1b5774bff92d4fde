"""Every field's errors in one 400, as Django REST Framework reports them.

DRF's ``Serializer.to_internal_value`` runs every field (types, formats, choices and
``PrimaryKeyRelatedField``'s lookup alike) and raises their errors together; the object-level rules
(``validate()``) run only once every field passed. The twin checks a body in stages: the spec's schema
before the handler (``http/connexion_validators.py``), the relations inside it (``GenericView.check_references``
and the rules of each resource). So a body that fails its schema would name only those fields, and one
naming an unknown ``client`` too would learn of it only on its next try. Here, when the schema check failed,
the relations of what passed it are checked too (``GenericView.reference_errors``, in a read of the workspace)
and their errors merged into the same 400, keyed by field; the rules still wait for a body whose fields passed.
"""

from __future__ import annotations

import typing as t

from ..domain.workspace import Workspace
from ..errors import DomainError, ValidationFailed
from ..openapi.error_tree import merge_errors, passed
from .generic_view import GenericView

Body = dict[str, t.Any]
#: ``(ws, kwargs, failed)``: the schema's 400 with the relations' field errors of the same body added.
ReferenceStage = t.Callable[[Workspace, dict[str, t.Any], ValidationFailed], ValidationFailed]


def reference_stage(bound: t.Callable[..., t.Any], clean: t.Callable[[Body], Body] | None) -> ReferenceStage | None:
    """The relation stage of ``bound``'s operation (a method of a resource view), or ``None`` (a hand-written
    handler, which checks its body itself). ``clean``: what cleans the handler's body (``views/cleaning.py``)."""
    view = getattr(bound, "__self__", None)
    if not isinstance(view, GenericView) or view.plan.action not in ("create", "update", "partial_update", "action"):
        return None
    found: GenericView = view

    def stage(ws: Workspace, kwargs: dict[str, t.Any], failed: ValidationFailed) -> ValidationFailed:
        body = passed(kwargs.get("body"), failed.fields)
        if body is None:
            return failed
        try:
            if clean is not None:
                body = clean(body)
            more = found.reference_errors(ws, {**kwargs, "body": body})
        except ValidationFailed as exc:  # the cleaner's (an id beyond the largest integer)
            more = exc.fields
        except (DomainError, TypeError, ValueError, KeyError, AttributeError):
            return failed  # what passed cannot be read on its own: the schema's errors stand alone
        return ValidationFailed(merge_errors(failed.fields, more)) if more else failed

    return stage


__all__ = ["ReferenceStage", "reference_stage"]
