"""Typed models (responses) and parameter dicts (requests), generated from the spec."""

from ._models import *  # noqa: F403
from ._models import __all__ as _model_names
from ._params import *  # noqa: F403
from ._params import __all__ as _param_names

__all__ = [*_model_names, *_param_names]
