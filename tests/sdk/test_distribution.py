"""The SDK is its own distribution: an app that only calls Campfire installs httpx and pydantic, nothing more."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys

from packaging.requirements import Requirement


def names(distribution: str) -> set[str]:
    return {Requirement(r).name for r in importlib.metadata.requires(distribution) or [] if "extra ==" not in r}


def test_sdk_distribution_depends_on_httpx_and_pydantic_only() -> None:
    """The campfire-sdk distribution requires httpx and pydantic and nothing else."""
    assert names("campfire-sdk") == {"httpx", "pydantic"}


def test_devkit_depends_on_the_sdk_distribution() -> None:
    """campfire-devkit requires campfire-sdk, and campfire-sdk installs none of the mock's files."""
    assert "campfire-sdk" in names("campfire-devkit")
    files = importlib.metadata.files("campfire-sdk") or []
    assert not any(str(f).startswith("campfire_mock") for f in files)


def test_importing_the_sdk_loads_nothing_of_the_mock() -> None:
    """Importing the SDK and building a client loads none of the mock or its heavy dependencies."""
    heavy = ["campfire_mock", "connexion", "starlette", "numpy", "fpdf", "jsonschema", "yaml"]
    code = (
        "import sys, campfire_sdk; c = campfire_sdk.Campfire(api_key='k'); c.invoices; "
        f"print([m for m in {heavy!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
