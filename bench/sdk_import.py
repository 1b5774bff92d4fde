"""How long ``import campfire_sdk`` takes, and the first use of a resource, against an older SDK.

Usage::

    python bench/sdk_import.py [--runs 7] [--baseline 4301d2b]

Each figure is the median of ``--runs`` fresh interpreters (``python -c``), with bytecode already
compiled (one warm-up run each), so it is what an app pays at start-up. The baseline is the SDK as it
was at a git revision (default: before its resources were generated), extracted with ``git archive``;
its import time and this tree's are measured in the same run, so the ratio holds on a busy machine.
Target: importing is no slower than the baseline however many resources the SDK has (ratio <= 1.1);
the first resource (``client.invoices``) loads the models, once.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

IMPORT = "import time; t = time.perf_counter(); import campfire_sdk; print(time.perf_counter() - t)"
FIRST_USE = (
    "import time, campfire_sdk; c = campfire_sdk.Campfire(api_key='k'); t = time.perf_counter(); c.invoices; "
    "print(time.perf_counter() - t)"
)
COUNT = (
    "import campfire_sdk, campfire_sdk.resources as r; "
    "print(len([n for n in dir(r) if n[:1].isupper() and not n.startswith('Async')]))"
)


def run(code: str, path: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(path)},
    )
    return float(out.stdout.strip().splitlines()[-1])


def median(code: str, path: Path, runs: int) -> float:
    run(code, path)  # compile bytecode, warm the file cache
    return statistics.median(run(code, path) for _ in range(runs))


def baseline_tree(revision: str, into: Path) -> Path:
    data = subprocess.run(["git", "archive", revision, "sdk/campfire_sdk"], cwd=ROOT, capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(data.stdout)) as archive:
        archive.extractall(into, filter="data")
    return into / "sdk"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--baseline", default="4301d2b", help="git revision of the SDK to compare with")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        old = baseline_tree(args.baseline, Path(tmp))
        new = ROOT / "sdk"
        rows = []
        for label, path in ((f"baseline {args.baseline}", old), ("this tree", new)):
            resources = int(run(COUNT, path))
            rows.append((label, resources, median(IMPORT, path, args.runs), median(FIRST_USE, path, args.runs)))
    print(f"{'SDK':<20} {'resources':>9} {'import':>9} {'client.invoices':>16} {'both':>8}")
    for label, resources, imported, first in rows:
        print(f"{label:<20} {resources:>9} {imported:>8.3f}s {first:>15.3f}s {imported + first:>7.3f}s")
    ratio = rows[1][2] / rows[0][2]
    print(f"import ratio (this tree / baseline): {ratio:.2f}  (target <= 1.1)")


if __name__ == "__main__":
    main()
