"""The base view every Campfire resource is served by, built from its operation's ``Plan``.

Composed as Django REST Framework composes ``ModelViewSet`` from ``rest_framework/mixins.py``: one
small mixin per action (list, create, retrieve, update, partial update, destroy), plus actions on an
object (``/void/``, ``/send/``: the input is validated by the spec and the object answered as it
stands) and reads of their own (reports: a schema-true empty answer). Filters
(``domain/filters.py``) and paging (``pagination.py``) are separate pieces, as in DRF.

A resource with rules subclasses ``ResourceView`` in its own module and overrides hooks
(``visible``, ``posted``, ``derived``, ``perform_create``, ``perform_update``, ``check_destroy``),
an action method, or declares ``@action`` methods for its verb paths; ``views/registry.py`` picks the
class for each operation. A view method is called as ``method(ws, caller, **kwargs)``: the workspace
the operation opened its transaction on, the caller, and Connexion's keyword arguments.

Its parts: ``generic_view.py`` (``GenericView``: the plan, the resource, reading and rendering, the hooks),
``mixins.py`` (one mixin per action), ``decorators.py`` (``@action``, ``@operation``); this module composes
them and is where resource views import them from.
"""

from __future__ import annotations

from ..domain.values import object_key
from .decorators import Route, action, operation
from .generic_view import GenericView, Result, resource_of
from .mixins import ActionMixin, CreateMixin, DestroyMixin, ListMixin, RetrieveMixin, UpdateMixin


class ResourceView(ListMixin, CreateMixin, RetrieveMixin, UpdateMixin, DestroyMixin, ActionMixin):
    """Every generic action together (DRF's ``ModelViewSet``): the view of every resource without
    rules, and the base of every resource with rules."""


__all__ = ["GenericView", "ResourceView", "Result", "Route", "action", "object_key", "operation", "resource_of"]
