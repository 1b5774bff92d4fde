"""campfire_mock: a stateful, spec-driven mock of Campfire's invoice API.

The names below are imported on first use, so that importing the package (as pytest does
for the plugin) loads neither Connexion nor numpy until a mock is actually built.
"""

from __future__ import annotations

import importlib
import typing as t

if t.TYPE_CHECKING:
    from .app import create_app
    from .domain.workspace import Workspace
    from .store import Store
    from .testing import MockControl, intercept

from ._version import __version__

__all__ = ["MockControl", "Store", "Workspace", "__version__", "create_app", "intercept"]

_LAZY = {
    "create_app": ".app",
    "Workspace": ".domain.workspace",
    "Store": ".store",
    "MockControl": ".testing",
    "intercept": ".testing",
}


def __getattr__(name: str) -> t.Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'campfire_mock' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value
