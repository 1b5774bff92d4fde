"""Action operations' bodies: their inputs and answers, exchange rates, file uploads."""

from __future__ import annotations

import copy
from typing import Any

from vendoring.common import MARK, _changed

#: Contract reads and exchange rates that plainly answer data where upstream declares no body.
ACTION_BODY_REASON = "the endpoint answers data its description implies; upstream declares no body"
EXCHANGE_REASON = "the twin's exchange-rate lookup; upstream declares no parameters or answer"
_NULLABLE_NUMBER = {"type": "number", "nullable": True}


def _object(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": required or list(properties)}


#: Bounded as a commit's own ``total_value`` and ``remaining_value`` (DRF's ``DecimalField`` of 20 digits): a write
#: that would push a commit's figure or a contract's total out is refused (``domain/commit_summary_bounds.py``).
_FIGURE = {
    "type": "number",
    "maximum": 10**18,
    "minimum": -(10**18),
    "exclusiveMaximum": True,
    "exclusiveMinimum": True,
}
_COMMIT_FIGURES = {"total_value": _FIGURE, "consumed_amount": _FIGURE, "remaining_amount": _FIGURE}
_RATE = _object(
    {
        "from_currency": {"type": "string"},
        "to_currency": {"type": "string"},
        "date": {"type": "string", "format": "date"},
        "rate": {**_NULLABLE_NUMBER, "description": "null when the workspace knows no rate between the two"},
    }
)
#: Named schemas of the answers below (named, so the SDK generates a model for each).
ACTION_SCHEMAS: dict[str, dict[str, Any]] = {
    "MinimumCommitPreview": _object(
        {
            "contract_id": {"type": "integer"},
            "period_start": {"type": "string", "format": "date"},
            "period_end": {"type": "string", "format": "date"},
            "minimum_monthly_commitment_amount": _NULLABLE_NUMBER,
            "usage_amount": {"type": "number"},
            "usage_count": {"type": "integer"},
            "shortfall_amount": _NULLABLE_NUMBER,
        }
    ),
    "PrepaidCommitFigures": _object(
        {"id": {"type": "integer"}, "name": {"type": "string", "nullable": True}, **_COMMIT_FIGURES}
    ),
    "PrepaidCommitSummary": _object(
        {
            "contract_id": {"type": "integer"},
            "commit_count": {"type": "integer"},
            **_COMMIT_FIGURES,
            "commits": {"type": "array", "items": {"$ref": "#/components/schemas/PrepaidCommitFigures"}},
        }
    ),
    "ExchangeRate": _RATE,
    "FileDownloadUrl": _object({"url": {"type": "string"}}),
}
ACTION_BODIES: dict[str, tuple[str, dict[str, Any]]] = {
    "rr_api_v1_contracts_minimum_commit_preview_retrieve": (
        "The shortfall the month-end minimum-commitment true-up would post now",
        {"$ref": "#/components/schemas/MinimumCommitPreview"},
    ),
    "get_prepaid_commit_summary": (
        "Each prepaid commit's value, consumption and remainder, and their totals",
        {"$ref": "#/components/schemas/PrepaidCommitSummary"},
    ),
    "ca_api_user_currency_rate_retrieve": (
        "The exchange rate from one currency to another on a day",
        {"$ref": "#/components/schemas/ExchangeRate"},
    ),
    "ca_api_user_currency_with_rate_retrieve": (
        "The rate from each of the workspace's currencies to one currency on a day",
        {"type": "array", "items": {"$ref": "#/components/schemas/ExchangeRate"}},
    ),
}


def add_action_schemas(schemas: dict[str, Any]) -> None:
    """The named answers of the contract reads, the exchange rates and the file download URL."""
    for name, schema in ACTION_SCHEMAS.items():
        reason = (
            FILE_REASON
            if name == "FileDownloadUrl"
            else EXCHANGE_REASON
            if name == "ExchangeRate"
            else ACTION_BODY_REASON
        )
        schemas[name] = {**copy.deepcopy(schema), MARK: {"reason": reason, "added": True}}


EXCHANGE_PARAMS: dict[str, list[tuple[str, bool, dict[str, Any]]]] = {
    "ca_api_user_currency_rate_retrieve": [
        ("from_currency", True, {"type": "string", "pattern": "^[A-Za-z]{3}$"}),
        ("to_currency", True, {"type": "string", "pattern": "^[A-Za-z]{3}$"}),
        ("date", False, {"type": "string", "format": "date"}),
    ],
    "ca_api_user_currency_with_rate_retrieve": [
        ("currency", True, {"type": "string", "pattern": "^[A-Za-z]{3}$"}),
        ("date", False, {"type": "string", "format": "date"}),
    ],
}


def add_action_bodies(op: dict[str, Any]) -> None:
    """The minimum-commit preview, the prepaid-commit summary and the exchange rates answer the figures
    their descriptions name (``ACTION_BODIES``); the exchange-rate lookups take the currencies and day."""
    found = ACTION_BODIES.get(op["operationId"])
    if found is None:
        return
    description, schema = found
    for name, required, param_schema in EXCHANGE_PARAMS.get(op["operationId"], []):
        op.setdefault("parameters", []).append(
            {
                "in": "query",
                "name": name,
                "required": required,
                "schema": copy.deepcopy(param_schema),
                MARK: {"reason": EXCHANGE_REASON, "added": True},
            }
        )
    reason = EXCHANGE_REASON if op["operationId"] in EXCHANGE_PARAMS else ACTION_BODY_REASON
    op["responses"]["200"] = _changed(
        op["responses"]["200"],
        {"description": description, "content": {"application/json": {"schema": copy.deepcopy(schema)}}},
        reason,
    )


FILE_REASON = "the upload answers the stored File and the temp URL its url; upstream declares no body"


def _upload_types() -> str:
    """The content types a file part may have, as the upload's description lists them ("Supported Content
    Types"): one list, the mock's (``domain/files.py``), as a multipart ``encoding``'s ``contentType``."""
    from campfire_mock.domain.files import CONTENT_TYPES

    return ", ".join(CONTENT_TYPES)


DATA_URL_REASON = (
    "a file in a JSON body is the text the mock reads a form's file part as: a data URL of a supported"
    " content type (any case), its file name and its base64 content (`data:text/plain;name=a.txt;base64,aGk=`);"
    ' other text is DRF\'s "The submitted data was not a file. Check the encoding type on the form.", and a'
    ' type it does not list "Files of type ... cannot be uploaded.", as the upload answers a form\'s file'
)


def _data_url() -> str:
    """The pattern of a file as JSON text (``domain/files.py``'s data URL), its content types in any case."""
    from campfire_mock.domain.files import BASE64, CONTENT_TYPES

    def any_case(text: str) -> str:
        return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else {".": r"\.", "+": r"\+"}.get(c, c) for c in text)

    return rf"^data:({'|'.join(any_case(kind) for kind in CONTENT_TYPES)});name=[^;,]*;base64,{BASE64}$"


def _upload_models() -> list[str]:
    """The models files attach to, as the upload's description lists them ("Supported Models"): one list, the
    mock's (``domain/files.py``)."""
    from campfire_mock.domain.files import MODELS

    return sorted(MODELS)


def add_file_bodies(op: dict[str, Any]) -> None:
    """``POST /ca/api/file/upload`` takes the multipart ``file`` and the ``model``/``object_id`` query its
    description documents, and answers the stored ``File``; ``temp-download-url`` answers ``{"url": ...}``
    ("JSON response with ``url`` key")."""
    schema: dict[str, Any]
    if op["operationId"] == "ca_api_file_upload_create":
        for name, required, param in (
            ("model", True, {"type": "string", "enum": _upload_models()}),
            ("object_id", False, {"type": "integer", "minimum": 0, "maximum": 2147483647}),
        ):
            op.setdefault("parameters", []).append(
                {
                    "in": "query",
                    "name": name,
                    "required": required,
                    "schema": param,
                    MARK: {"reason": FILE_REASON, "added": True},
                }
            )
        # JSON too: the mock reads every form body as the JSON it stands for (a file as a data: URL text).
        upload: dict[str, Any] = {
            "type": "object",
            "properties": {"file": {"type": "string", "format": "binary"}},
            "required": ["file"],
        }
        as_json = copy.deepcopy(upload)
        as_json["properties"]["file"] = {  # the mock's validator leaves the ``anyOf`` to the upload's words
            "type": "string",
            "anyOf": [{"type": "string", "pattern": _data_url()}],
            MARK: {"reason": DATA_URL_REASON, "added": True, "answered_by": "handler"},
        }
        op["requestBody"] = {
            "content": {
                "multipart/form-data": {"schema": upload, "encoding": {"file": {"contentType": _upload_types()}}},
                "application/json": {"schema": as_json},
            },
            "required": True,
            MARK: {"reason": FILE_REASON, "added": True},
        }
        schema = {"$ref": "#/components/schemas/File"}
        description = "The stored file"
    elif op["operationId"] == "get_file_temp_download_url":
        op.setdefault("parameters", []).append(
            {
                "in": "query",
                "name": "disposition",
                "schema": {"type": "string", "enum": ["inline", "attachment"]},
                MARK: {"reason": FILE_REASON, "added": True},
            }
        )
        schema = {"$ref": "#/components/schemas/FileDownloadUrl"}
        description = "A short-lived URL of the file's content"
    else:
        return
    op["responses"]["200"] = _changed(
        op["responses"]["200"],
        {"description": description, "content": {"application/json": {"schema": schema}}},
        FILE_REASON,
    )
