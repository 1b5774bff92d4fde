"""Every example in sdk/README.md and in the kit's docstrings runs as written (against the in-process mock)."""

from __future__ import annotations

import os
import re
import textwrap
import typing as t
from pathlib import Path

import pytest

import campfire_mock
import campfire_sdk
from campfire_mock import exchanges, inprocess, testing

ROOT = Path(__file__).resolve().parents[2]
DEEP = os.environ.get("CAMPFIRE_TESTS_DEEP") == "1"


def literal_blocks(doc: str | None) -> list[str]:
    """The code of each reST literal block (after a line ending ``::``) of a docstring."""
    lines = (doc or "").splitlines()
    blocks = []
    for i, line in enumerate(lines):
        if not line.rstrip().endswith("::"):
            continue
        indent = len(line) - len(line.lstrip())
        body: list[str] = []
        for later in lines[i + 1 :]:
            if later.strip() and len(later) - len(later.lstrip()) <= indent:
                break
            body.append(later)
        blocks.append(textwrap.dedent("\n".join(body)).strip() + "\n")
    return blocks


def readme_blocks(path: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.DOTALL)


def run(code: str) -> dict[str, t.Any]:
    namespace: dict[str, t.Any] = {"__name__": "example"}
    exec(compile(code, "<example>", "exec"), namespace)  # the examples are ours, from this repository
    return namespace


def test_every_docstring_example_is_found() -> None:
    """The kit's docstrings hold the examples this module runs (a rename would otherwise skip them silently)."""
    assert len(literal_blocks(campfire_sdk.__doc__)) == 1
    assert len(literal_blocks(testing.intercept.__doc__)) == 1
    assert len(literal_blocks(inprocess.AppTransport.__doc__)) == 1
    assert len(literal_blocks(exchanges.__doc__)) == 1
    assert len(readme_blocks(ROOT / "sdk" / "README.md")) == 1


def test_sdk_readme_examples_run_against_the_demo_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """sdk/README.md's Python runs inside ``intercept()`` with the demo seed: no 400, no 404."""
    monkeypatch.setenv("CAMPFIRE_API_KEY", "docs-key")
    with campfire_mock.intercept() as mock:
        for code in readme_blocks(ROOT / "sdk" / "README.md"):
            namespace = run(code)
        assert list(namespace["bundles"])
        assert mock.control("docs-key").calls(status=200)
        assert not [c for c in mock.control("docs-key").calls() if c["status"] >= 400]


def test_package_docstring_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """``campfire_sdk``'s docstring example runs against the mock."""
    monkeypatch.setenv("CAMPFIRE_API_KEY", "docs-key")
    with campfire_mock.intercept():
        (code,) = literal_blocks(campfire_sdk.__doc__)
        assert run(code)["invoice"].id == 47864


def test_intercept_docstring_example_runs() -> None:
    """``intercept()``'s docstring example runs as written, its assertions included."""
    (code,) = literal_blocks(testing.intercept.__doc__)
    run(code)


@pytest.mark.skipif(not DEEP, reason="builds an app and reads the spec with openapi-core (seconds): --deep")
def test_app_transport_and_exchange_checker_examples_run() -> None:
    """The examples that build their own app and their own spec checker run too (under --deep)."""
    (transport,) = literal_blocks(inprocess.AppTransport.__doc__)
    run(transport)
    (checker,) = literal_blocks(exchanges.__doc__)
    with campfire_mock.intercept():
        run(checker)
