"""Uploaded files (``POST /ca/api/file/upload``) and their short-lived download URLs.

Upstream: "upload a file directly to Campfire"; query ``model`` (required, one of the supported models)
and ``object_id``; the multipart ``file``, of one of the supported content types, at most 100 MB (the
twin's body limit is lower). The twin stores the file in the workspace (``/ca/api/file``, its content
kept beside the row's fields) and answers the ``File``: ``name`` the file's name, ``s3_content_type``,
``s3_content_length``, ``s3_path`` (``<customer>/<model>/<id>/<name>``), ``model`` and ``object_id`` as
given (an ``object_id`` of a model the twin keeps must name a live object of it: 400 otherwise, as a
relation). ``temp-download-url`` answers a URL of the twin's control API that serves the content for
``URL_SECONDS`` on the workspace clock, signed over its workspace's name, the file id and the expiry with
the server's download key (S3's presigned URLs play this part at Campfire; the key is kept in the state file,
``views/download_links.py``); it needs no API key, as a presigned URL needs no credentials. As S3 checks a
presigned URL before it looks for the object, the signature and expiry are checked first: another
signature, or the URL past its expiry, is a 403 whether or not the file exists, so a URL reveals nothing of
the files it does not sign; a signed URL of a file deleted since is a 404, and so is one of a file whose
content the twin never received (seeded, or a bare record).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import typing as t
from urllib.parse import unquote

from ..errors import DomainError, ObjectNotFound, ValidationFailed
from .generic import is_deleted
from .relations import INVALID_PK, exists
from .workspace import Workspace

Row = dict[str, t.Any]
KIND = "/ca/api/file"
#: How long a download URL works (S3's usual presigned lifetime).
URL_SECONDS = 3600
#: Upstream's lists.
MODELS = frozenset(
    [
        "bill",
        "chat",
        "close_task",
        "closecheckitem",
        "contract",
        "credit_memo",
        "customer",
        "debit_memo",
        "draft_queue",
        "fixed_asset",
        "intercompany_journal",
        "invoice",
        "journal_entry",
        "journalentry",
        "lease_v2",
        "migration_record",
        "policy",
        "reconciliation",
        "reconciliation_report",
    ]
)
#: The twin's kind for each model whose objects it keeps: a file's ``object_id`` names a live one of them, as
#: a relation does (the other models, journal entries among them, are outside the twin's checks).
MODEL_KINDS = {
    "bill": "/coa/api/v1/bill",
    "contract": "contract",
    "credit_memo": "credit_memo",
    "debit_memo": "/coa/api/v1/debit-memo",
    "fixed_asset": "/coa/api/fixed-asset",
    "intercompany_journal": "/coa/api/intercompany-journal-entry",
    "invoice": "invoice",
    "reconciliation": "/coa/api/v2/reconciliation",
    "reconciliation_report": "/coa/api/v2/reconciliation",
}
CONTENT_TYPES = (
    "application/msword",
    "application/pdf",
    "application/vnd.ms-excel",
    "application/vnd.ms-powerpoint",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "image/gif",
    "image/jpeg",
    "image/jpg",
    "image/png",
    "image/webp",
    "text/csv",
    "text/markdown",
    "text/plain",
    "text/x-markdown",
)
#: Where a file's content is kept in its row (never rendered: not a schema field); ``SECRET`` is where files
#: uploaded before download URLs were signed with the server's key kept a secret of their own (now unused).
CONTENT, SECRET = "_content", "_download_secret"
#: Base64 as ``b64encode`` writes it (whole quartets, ``=`` padding only at the end): other text is no file
#: (``b64decode`` raised on a lone character or a padding inside, a 500).
BASE64 = r"([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?"
_DATA_URL = re.compile(rf"^data:(?P<type>[^;,]*);name=(?P<name>[^;,]*);base64,(?P<data>{BASE64})$")
NOT_A_FILE = "The submitted data was not a file. Check the encoding type on the form."


class DownloadRefused(DomainError):
    status = 403

    def __init__(self) -> None:
        super().__init__("This download URL has expired or is not valid.")


def upload(ws: Workspace, model: str, object_id: int | None, file_field: t.Any) -> Row:
    """Store the uploaded file; its row."""
    match = _DATA_URL.match(file_field) if isinstance(file_field, str) else None
    if match is None:
        raise ValidationFailed.field("file", NOT_A_FILE)
    if model not in MODELS:
        raise ValidationFailed.field("model", f'"{model}" is not a model files can be attached to.')
    if object_id is not None and model in MODEL_KINDS and not exists(ws, MODEL_KINDS[model], object_id):
        raise ValidationFailed.field("object_id", INVALID_PK.format(object_id))
    content_type = match["type"].lower()
    if content_type not in CONTENT_TYPES:
        raise ValidationFailed.field("file", f'Files of type "{content_type}" cannot be uploaded.')
    content = base64.b64decode(match["data"])
    name = unquote(match["name"]) or "file"
    key = ws.next_id(KIND)
    now = ws.now_text()
    row: Row = {
        "id": key,
        "name": name,
        "s3_content_type": content_type,
        "s3_content_length": len(content),
        "s3_path": f"{ws.customer}/{model}/{key}/{name}",
        "object_id": object_id,
        "model": model,
        "created_by": None,
        "created_at": now,
        "last_modified_at": now,
        "is_deleted": False,
        "deleted_at": None,
        CONTENT: match["data"],
    }
    ws.table(KIND)[key] = row
    return row


def check_object(ws: Workspace, row: Row) -> None:
    """A 400 for a file whose ``object_id`` names no live object of its ``model`` (one the twin keeps)."""
    model, object_id = row.get("model"), row.get("object_id")
    if object_id is not None and model in MODEL_KINDS and not exists(ws, MODEL_KINDS[str(model)], object_id):
        raise ValidationFailed.field("object_id", INVALID_PK.format(object_id))


def _live(ws: Workspace, file_id: int) -> Row:
    row = ws.table(KIND).look(file_id)
    if row is None or is_deleted(row):
        raise ObjectNotFound("file", file_id)
    return t.cast(Row, row)


def _signature(key: bytes, file_id: int, expires: int, workspace: str) -> str:
    message = f"{workspace}:{file_id}:{expires}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def download_query(ws: Workspace, file_id: int, workspace: str, key: bytes) -> dict[str, str]:
    """The query of a fresh download URL of the file (404 if there is none), in the workspace the URL names as
    ``workspace`` (``download_links.py``), signed with the server's download ``key``."""
    _live(ws, file_id)
    expires = int(ws.clock.now().timestamp()) + URL_SECONDS
    return {"workspace": workspace, "expires": str(expires), "signature": _signature(key, file_id, expires, workspace)}


def check_signed(key: bytes, file_id: int, expires: int, signature: str, workspace: str) -> None:
    """A 403 unless the URL is signed with ``key`` for this file, expiry and ``workspace``: checked before the
    file is looked for (as S3 checks a presigned URL), so a made-up URL tells nothing of which files exist."""
    expected = _signature(key, file_id, expires, workspace)
    if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "surrogatepass")):  # as bytes
        raise DownloadRefused()


def content(ws: Workspace, file_id: int, expires: int) -> tuple[bytes, str, str]:
    """The file's bytes, content type and name, the URL's signature already checked (``check_signed``): a
    403 past its expiry, a 404 for a file gone or never received."""
    if ws.clock.now().timestamp() > expires:
        raise DownloadRefused()
    row = _live(ws, file_id)
    if CONTENT not in row:
        raise ObjectNotFound("file content", file_id)
    return base64.b64decode(str(row.get(CONTENT) or "")), str(row["s3_content_type"]), str(row["name"])


__all__ = [
    "CONTENT_TYPES",
    "KIND",
    "MODELS",
    "URL_SECONDS",
    "DownloadRefused",
    "check_object",
    "check_signed",
    "content",
    "download_query",
    "upload",
]
