"""Options for the whole suite: ``--deep`` turns the generated-case tests into long runs."""

from __future__ import annotations

import os

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--deep",
        action="store_true",
        help="long generated-case runs: many more Schemathesis and Hypothesis examples (slow; local runs)",
    )


def pytest_configure(config: pytest.Config) -> None:
    # Test modules read it when they are collected (xdist workers inherit it).
    if config.getoption("--deep"):
        os.environ["CAMPFIRE_TESTS_DEEP"] = "1"
