"""campfire_mock: a stateful, spec-driven mock of Campfire's invoice API."""

from .app import create_app
from .domain.workspace import Workspace
from .store import Store
from .testing import MockControl, intercept

__version__ = "0.1.0"
__all__ = ["MockControl", "Store", "Workspace", "__version__", "create_app", "intercept"]
