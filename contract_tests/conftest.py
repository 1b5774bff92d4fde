"""Contract tests check every write against whole snapshots; ``--deep`` (../conftest.py) runs many more cases."""

from __future__ import annotations

import os

# Every write in these tests is checked against whole snapshots (see campfire_mock.store).
os.environ.setdefault("CAMPFIRE_MOCK_AUDIT", "1")
