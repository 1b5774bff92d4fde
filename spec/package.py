"""Copy spec/*.yaml into the package with their JSON twins, without re-vendoring from upstream.

Run after editing spec/mock-admin.openapi.yaml (``spec/vendor.py`` does this itself):

    python spec/package.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from vendor import PACKAGE_SPEC_DIR, SPEC_FILES, sync_package_copy

if __name__ == "__main__":
    sync_package_copy()
    print(f"copied {', '.join(SPEC_FILES)} and their JSON twins into {PACKAGE_SPEC_DIR}")
