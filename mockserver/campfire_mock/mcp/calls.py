"""A tool call as an API request: arguments to a query string, the answer to an MCP tool result.

Every call is an ordinary HTTP request to the twin (in-process through its ASGI app, or to a running
server), sent with the caller's token, so it gets the API's validation, role rules, workspace and
answers, and appears in the workspace's request log. It carries ``X-Campfire-Mock-Mcp-Tool: <tool>``,
which the log keeps with the request's headers: that is how an MCP call is told from a REST one.

Arguments are checked here only for what a query string cannot carry: an unknown name, or a value
that is not a scalar, is a tool error naming the argument. Everything else (formats, ranges,
choices) is the API's own validation: its 400 becomes a tool error quoting the API's field messages.
"""

from __future__ import annotations

import json
import typing as t

import httpx

from .aging import PARTIES, aging
from .tools import ToolSpec

__all__ = ["MCP_TOOL_HEADER", "ToolAnswer", "call_tool", "summary"]

#: The header that marks a request as made by an MCP tool (the request log keeps it).
MCP_TOOL_HEADER = "X-Campfire-Mock-Mcp-Tool"
#: Characters an argument may have (a query string longer than URLs are is no filter anyone means).
MAX_ARGUMENT_CHARS = 2_000
#: Rows per page, and pages at most, that an aggregating tool reads.
PAGE_SIZE = 100
MAX_PAGES = 100


class ToolAnswer(t.NamedTuple):
    """What a tool call gives back: text for the model, the JSON, and whether it is an error."""

    text: str
    structured: dict[str, t.Any] | None
    is_error: bool


def _query_value(value: t.Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def check_arguments(tool: ToolSpec, arguments: t.Mapping[str, t.Any] | None) -> tuple[dict[str, str], str | None]:
    """The query parameters for ``arguments``, or the message of the first argument that cannot be one."""
    query: dict[str, str] = {}
    for name, value in (arguments or {}).items():
        if name not in tool.params:
            takes = ", ".join(tool.params) or "no arguments"
            return {}, f"Unknown argument '{name}' for {tool.name}; it takes: {takes}."
        if value is None:
            continue  # an omitted optional argument, as clients often send it
        if not isinstance(value, str | int | float | bool):
            return {}, f"Invalid argument '{name}': expected a single value, got {type(value).__name__}."
        text = _query_value(value)
        if len(text) > MAX_ARGUMENT_CHARS:
            return {}, f"Invalid argument '{name}': longer than {MAX_ARGUMENT_CHARS} characters."
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return {}, f"Invalid argument '{name}': not valid Unicode text (it holds a lone surrogate)."
        query[name] = text
    return query, None


async def call_tool(
    http: httpx.AsyncClient, tool: ToolSpec, arguments: t.Mapping[str, t.Any] | None, token: str
) -> ToolAnswer:
    """Call ``tool`` with ``arguments`` for the workspace of ``token`` through ``http``."""
    query, problem = check_arguments(tool, arguments)
    if problem is not None:
        return ToolAnswer(problem, None, True)
    try:
        if tool.aggregate is not None:
            return await _aggregate(http, tool, query, token)
        response = await _get(http, tool, query, token)
    except Unreachable as exc:
        return ToolAnswer(str(exc), None, True)
    body = _json_of(response)
    if response.status_code >= 400:
        return ToolAnswer(_error_text(tool, response.status_code, body), _as_object(body), True)
    return ToolAnswer(summary(tool, response.status_code, body), _as_object(body), False)


class Unreachable(Exception):
    """The API could not be asked (``--url`` names a server that is not answering)."""


async def _get(http: httpx.AsyncClient, tool: ToolSpec, query: dict[str, str], token: str) -> httpx.Response:
    headers = {"Authorization": f"Token {token}", MCP_TOOL_HEADER: tool.name, "Accept": "application/json"}
    try:
        return await http.request(tool.method, tool.path, params=query, headers=headers)
    except httpx.TransportError as exc:
        raise Unreachable(f"{tool.name}: could not reach the API at {http.base_url}: {exc!r}") from exc


async def _aggregate(http: httpx.AsyncClient, tool: ToolSpec, query: dict[str, str], token: str) -> ToolAnswer:
    """Read every page of the tool's list (at most ``MAX_PAGES``) and answer its computation."""
    rows: list[dict[str, t.Any]] = []
    for page in range(MAX_PAGES):
        response = await _get(http, tool, {**query, "limit": str(PAGE_SIZE), "offset": str(page * PAGE_SIZE)}, token)
        body = _json_of(response)
        if response.status_code >= 400:
            return ToolAnswer(_error_text(tool, response.status_code, body), _as_object(body), True)
        if not isinstance(body, dict) or not isinstance(body.get("results"), list):
            return ToolAnswer(f"{tool.name}: GET {tool.path} answered no list to compute from.", None, True)
        rows += body["results"]
        if not body.get("next"):
            break
    else:
        more = f"{tool.name}: more than {MAX_PAGES * PAGE_SIZE} {tool.noun}; narrow it with an argument."
        return ToolAnswer(more, None, True)
    kind = tool.aggregate or "receivables_aging"
    result = aging(kind, rows)
    owed = result[PARTIES[kind][1]]
    totals = "; ".join(f"{currency} {sums['total']:,.2f}" for currency, sums in result["totals"].items())
    text = f"{tool.name}: {owed} of {len(rows)} {tool.noun} owed ({totals or 'nothing owed'})."
    return ToolAnswer(text, result, False)


def _json_of(response: httpx.Response) -> t.Any:
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text


def _as_object(body: t.Any) -> dict[str, t.Any] | None:
    """MCP structured content is an object: a bare JSON array is given as ``{"results": [...]}``."""
    if isinstance(body, dict):
        return body
    if isinstance(body, list):
        return {"results": body}
    return None


def summary(tool: ToolSpec, status: int, body: t.Any) -> str:
    """One line on what the API answered (the JSON itself follows in its own content block)."""
    where = f"GET {tool.path} answered {status}"
    if body is None:
        return f"{tool.name}: {where} with no body."
    if isinstance(body, list):
        return f"{tool.name}: {len(body)} {tool.noun} ({where})."
    if isinstance(body, dict) and isinstance(body.get("results"), list):
        shown = len(body["results"])
        count = body.get("count")
        total = f" of {count}" if isinstance(count, int) and count != shown else ""
        return f"{tool.name}: {shown}{total} {tool.noun} ({where})."
    if isinstance(body, dict):
        sections = [key for key, value in body.items() if isinstance(value, list | dict) and key not in ("headers",)]
        sizes = ", ".join(f"{key}: {_rows(body[key])}" for key in sections)
        dates = " to ".join(str(body[key]) for key in ("start_date", "end_date") if body.get(key))
        period = f" for {dates}" if dates else ""
        return f"{tool.name}{period} ({where}; {sizes or 'no sections'})."
    return f"{tool.name}: {where}."


def _rows(section: t.Any) -> str:
    """How many rows a statement section holds: a list's items, or the items of the lists a section object
    holds by name (a trial balance's ``{"accounts": [...]}`` reads "23 accounts")."""
    if isinstance(section, list):
        return str(len(section))
    lists = {key: value for key, value in section.items() if isinstance(value, list)}
    if not lists:
        return str(len(section))
    return ", ".join(f"{len(value)} {key}" for key, value in lists.items())


def _error_text(tool: ToolSpec, status: int, body: t.Any) -> str:
    """The API's refusal in one message; a 400's field messages name the arguments."""
    if isinstance(body, dict) and status == 400:
        fields = "; ".join(
            f"'{name}': {' '.join(map(str, messages)) if isinstance(messages, list) else messages}"
            for name, messages in body.items()
        )
        return f"{tool.name}: invalid argument {fields} (GET {tool.path} answered 400)."
    detail = body.get("detail") if isinstance(body, dict) else body
    return f"{tool.name}: GET {tool.path} answered {status}: {detail if detail else json.dumps(body)}"
