"""``spec/demo_seed.py`` is idempotent: run on the shipped demo seed it adds nothing and changes no byte."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "mockserver" / "campfire_mock" / "seed" / "demo.json"


def test_the_demo_seed_script_adds_nothing_to_the_shipped_seed(tmp_path: Path) -> None:
    """A run on a copy of the shipped seed says it added 0 objects and leaves the file byte for byte as it was
    (no object of a derived collection, such as the webhook topics or the amortization schedule, is re-added)."""
    copy = tmp_path / "demo.json"
    shutil.copyfile(SEED, copy)
    run = subprocess.run(
        [sys.executable, str(ROOT / "spec" / "demo_seed.py"), str(copy)], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == f"added 0 objects to {copy}\n"
    assert copy.read_bytes() == SEED.read_bytes()
