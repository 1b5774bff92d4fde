"""Contract-test options: ``--deep`` runs many more generated cases."""

from __future__ import annotations

import os

import pytest

# Every write in these tests is checked against whole snapshots (see campfire_mock.store).
os.environ.setdefault("CAMPFIRE_MOCK_AUDIT", "1")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--deep", action="store_true", help="many more generated cases (slow; local runs)")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--deep", default=False):
        os.environ["CAMPFIRE_CONTRACT_DEEP"] = "1"
