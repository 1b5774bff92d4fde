"""Request examples that are answers: upstream lists its create and update responses' examples (``CreateBillResponse``,
``CreateIntercompanyJournalEntryResponse``, ...) among the request body's examples too, as drf-spectacular does for
an ``OpenApiExample`` not marked ``response_only``. They stay on the responses, where upstream also lists them."""

from __future__ import annotations

import copy
from typing import Any

from vendoring.common import HTTP_METHODS, _changed

RESPONSE_EXAMPLES_REASON = (
    "an example upstream gives a request body is its response's (the same name and value as the 2xx answer's"
    " example: an object with ids and read-only fields, as drf-spectacular lists an OpenApiExample without"
    " response_only in both); it is kept on the response only"
)


def _answered(op: dict[str, Any]) -> dict[str, Any]:
    """The examples of the operation's 2xx JSON answers, by name."""
    found: dict[str, Any] = {}
    for status, response in op.get("responses", {}).items():
        if str(status).startswith("2"):
            found.update(response.get("content", {}).get("application/json", {}).get("examples") or {})
    return found


def response_examples_off_requests(paths: dict[str, Any]) -> None:
    """A request body's example that is (by name and value) its operation's answer example leaves the request."""
    for item in paths.values():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            answered = _answered(op)
            content = (op.get("requestBody") or {}).get("content", {})
            for media_type, media in content.items():
                examples = media.get("examples") or {}
                kept = {k: v for k, v in examples.items() if answered.get(k) != v}
                if len(kept) == len(examples):
                    continue
                new = copy.deepcopy(media)
                new["examples"] = kept
                if not kept:
                    del new["examples"]
                content[media_type] = _changed(media, new, RESPONSE_EXAMPLES_REASON)
