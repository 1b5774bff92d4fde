"""``client.files.upload_file``: a file sent as upstream's upload takes it, a multipart ``file`` part, from bytes,
an open file or a path, stored by the twin and served back by its download URL."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_sdk import AsyncCampfire, BadRequestError, Campfire


def _served(http: TestClient, client: Campfire, file_id: int) -> bytes:
    url = client.files.temp_download_url(file_id).url
    assert url is not None
    return http.get(url).content


def test_upload_file_sends_multipart_from_bytes_an_open_file_or_a_path(tmp_path: Path) -> None:
    """Bytes (name and type given), an open file and a path (name from the file, type guessed from it): each
    is stored with its name, type and length, attached to the bill named, and its URL serves the same bytes."""
    path = tmp_path / "receipt.pdf"
    path.write_bytes(b"%PDF-1.4 receipt")
    http = TestClient(create_app())
    seen: list[str] = []
    http.event_hooks["request"].append(
        lambda request: seen.append(request.headers["content-type"]) if request.method == "POST" else None
    )
    with Campfire(api_key="sdk-upload", base_url="http://testserver", http_client=http) as client:
        raw = client.files.upload_file(b"a,b\n1,2\n", filename="rows.csv", model="bill", object_id=31892)
        with path.open("rb") as handle:
            opened = client.files.upload_file(handle, model="bill")
        named = client.files.upload_file(path, model="bill")
        notes = client.files.upload_file(io.BytesIO(b"plain notes"), filename="notes.txt", model="bill")
        assert (raw.name, raw.s3_content_type, raw.s3_content_length) == ("rows.csv", "text/csv", 8)
        assert (raw.model, raw.object_id) == ("bill", 31892)
        for made in (opened, named):
            assert (made.name, made.s3_content_type, made.s3_content_length) == ("receipt.pdf", "application/pdf", 16)
        assert (notes.name, notes.s3_content_type) == ("notes.txt", "text/plain")
        assert _served(http, client, raw.id) == b"a,b\n1,2\n"
        assert _served(http, client, named.id) == b"%PDF-1.4 receipt"
    assert len(seen) == 4 and all(kind.startswith("multipart/form-data; boundary=") for kind in seen)


def test_upload_file_of_a_type_campfire_does_not_take_is_its_400(tmp_path: Path) -> None:
    """A part whose type cannot be guessed goes as ``application/octet-stream``, which the upload refuses,
    naming the type; nothing is stored."""
    http = TestClient(create_app())
    with Campfire(api_key="sdk-upload-bad", base_url="http://testserver", http_client=http) as client:
        before = client.files.list().count
        try:
            client.files.upload_file(b"\x00\x01", filename="blob", model="bill")
        except BadRequestError as error:
            assert error.field_errors == {"file": ['Files of type "application/octet-stream" cannot be uploaded.']}
        else:
            raise AssertionError("an octet-stream part is refused")
        assert client.files.list().count == before
        with pytest.raises(TypeError, match="not str"):
            client.files.upload_file("receipt.pdf", model="bill")  # type: ignore[arg-type]


async def test_async_upload_file() -> None:
    """The async client sends the same multipart part."""
    transport = httpx.ASGITransport(create_app())
    async with httpx.AsyncClient(transport=transport) as http:
        client = AsyncCampfire(api_key="sdk-upload-async", base_url="http://mock", http_client=http)
        made = await client.files.upload_file(b"# notes", filename="notes.md", model="invoice", object_id=47864)
    assert (made.name, made.s3_content_type, made.object_id) == ("notes.md", "text/markdown", 47864)


def test_upload_file_has_its_raw_response_variant() -> None:
    """``client.files.with_raw_response.upload_file`` answers the HTTP answer (status, headers, ``parse()``), and
    is declared (typed) on the raw class as every generated method is."""
    http = TestClient(create_app())
    with Campfire(api_key="sdk-upload-raw", base_url="http://testserver", http_client=http) as client:
        raw = client.files.with_raw_response
        assert "upload_file" in vars(raw)
        answer = raw.upload_file(b"a,b\n1,2\n", filename="rows.csv", model="bill", object_id=31892)
        assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/json")
        made = answer.parse()
        assert (made.name, made.s3_content_length, made.object_id) == ("rows.csv", 8, 31892)
        assert client.files.retrieve(made.id).name == "rows.csv"


async def test_async_upload_file_has_its_raw_response_variant() -> None:
    transport = httpx.ASGITransport(create_app())
    async with httpx.AsyncClient(transport=transport) as http:
        client = AsyncCampfire(api_key="sdk-upload-raw-async", base_url="http://mock", http_client=http)
        raw = client.files.with_raw_response
        assert "upload_file" in vars(raw)
        answer = await raw.upload_file(b"# notes", filename="notes.md", model="invoice", object_id=47864)
    assert answer.status_code == 200
    assert (answer.parse().name, answer.parse().object_id) == ("notes.md", 47864)


def test_every_method_of_every_resource_has_a_declared_raw_response_variant() -> None:
    """Each resource's public methods, hand-written ones included (``upload_file``, ``data_csv``), are set on its
    ``with_raw_response``, sync and async, so each is typed as the generated ones are."""
    missing: list[str] = []
    checked = 0
    for cls in (Campfire, AsyncCampfire):
        client = cls(api_key="sdk-raw-every", base_url="http://mock")
        for attr in dir(type(client)):
            resource = getattr(client, attr, None)
            if not hasattr(resource, "with_raw_response") or attr.startswith("_"):
                continue
            declared = vars(resource.with_raw_response)
            for name in dir(type(resource)):
                member = getattr(type(resource), name)
                if name.startswith("_") or name == "with_raw_response" or not callable(member):
                    continue
                if getattr(member, "__name__", name) != name:  # an older name of a method (``next_credit_memo_number``)
                    continue
                checked += 1
                if name not in declared:
                    missing.append(f"{cls.__name__}.{attr}.{name}")
    assert checked > 300
    assert missing == []
