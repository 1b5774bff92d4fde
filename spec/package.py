"""Copy the spec files into the package, each with a JSON twin the server reads at start-up.

Run after changing anything in spec/:  python spec/package.py
The YAML files stay the source; the JSON twins hold the same document (parsing JSON takes a few
milliseconds, YAML about a third of a second). tests/spec/test_spec_files.py checks both.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PACKAGED = ROOT / "mockserver" / "campfire_mock" / "spec"
FILES = ("campfire.openapi.yaml", "mock-admin.openapi.yaml")


def main() -> None:
    for name in FILES:
        source = ROOT / "spec" / name
        shutil.copyfile(source, PACKAGED / name)
        document = yaml.safe_load(source.read_text(encoding="utf-8"))
        twin = PACKAGED / Path(name).with_suffix(".json")
        twin.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"{source.relative_to(ROOT)} -> {(PACKAGED / name).relative_to(ROOT)}, {twin.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
