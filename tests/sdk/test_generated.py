"""The committed models agree with the spec, and the package exports what it documents."""

from __future__ import annotations

import importlib.util
import typing as t
from pathlib import Path

import campfire_sdk
from campfire_sdk import types

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> t.Any:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "sdk" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_models_match_the_spec() -> None:
    """Regenerating from spec/ gives exactly the committed files (run sdk/generate.py if not)."""
    for name, text in _generator().render().items():
        assert (ROOT / "sdk" / "campfire_sdk" / "types" / name).read_text(encoding="utf-8") == text, name


def test_every_response_schema_has_a_model() -> None:
    """Every spec schema with properties has an exported model in campfire_sdk.types."""
    import yaml

    spec = yaml.safe_load((ROOT / "spec" / "campfire.openapi.yaml").read_text(encoding="utf-8"))
    with_props = {n for n, s in spec["components"]["schemas"].items() if "properties" in s}
    assert with_props <= set(types.__all__)


def test_public_names_are_exactly_all() -> None:
    """``__all__`` lists every public name of the package and nothing else."""
    public = {n for n in dir(campfire_sdk) if not n.startswith("_") and n not in ("pagination", "resources")}
    assert set(campfire_sdk.__all__) - {"__version__"} == public
