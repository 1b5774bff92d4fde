"""How the kit's tests run a generated user project (pytester, in a subprocess)."""

from __future__ import annotations

#: pytest plugins installed here as this repository's test dependencies, not the kit's, switched off in a user
#: project: a user's project does not load them (pytest-asyncio also warns on a project without its options),
#: and Schemathesis and Hypothesis alone cost each run ~1.5 CPU seconds of start-up (pytest rewrites the ~300
#: modules of a plugin's distribution).
REPO_ONLY_PLUGINS = (
    *("-p", "no:asyncio"),
    *("-p", "no:schemathesis"),
    *("-p", "no:hypothesispytest"),
    *("-p", "no:pytest_cov"),
    *("-p", "no:xdist"),
    *("-p", "no:xdist.looponfail"),
)
