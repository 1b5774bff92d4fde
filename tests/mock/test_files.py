"""File upload stores the file; temp-download-url answers a signed, short-lived URL the twin serves."""

from __future__ import annotations

import typing as t
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from starlette.testclient import TestClient

UPLOAD = "/ca/api/file/upload"


def upload(client: TestClient, name: str, content: bytes, kind: str, **query: object) -> dict[str, object]:
    answer = client.post(UPLOAD, params={"model": "bill", **query}, files={"file": (name, content, kind)})
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def test_upload_stores_the_file_and_answers_it(client: TestClient) -> None:
    """The answer is the stored File: its name, type, length, model and object; retrieving it agrees."""
    made = upload(client, "receipt.pdf", b"%PDF-1.4 receipt", "application/pdf", object_id=31892)
    assert (made["name"], made["s3_content_type"], made["s3_content_length"]) == ("receipt.pdf", "application/pdf", 16)
    assert (made["model"], made["object_id"]) == ("bill", 31892)
    assert client.get(f"/ca/api/file/{made['id']}").json() == made


def test_the_temp_download_url_serves_the_content_until_it_expires(client: TestClient) -> None:
    """The URL answers the file's bytes inline under its type; a tampered signature, or the URL after an
    hour on the workspace clock, is a 403."""
    made = upload(client, "notes.txt", b"hello, books", "text/plain")
    url = client.get(f"/ca/api/file/{made['id']}/temp-download-url", params={"disposition": "inline"}).json()["url"]
    served = client.get(url)
    assert served.status_code == 200 and served.content == b"hello, books"
    assert served.headers["content-type"].startswith("text/plain")
    assert served.headers["content-disposition"] == "inline; filename*=UTF-8''notes.txt"
    tampered = client.get(url.replace("signature=", "signature=0"))
    assert tampered.status_code == 403
    assert tampered.json() == {"detail": "This download URL has expired or is not valid."}
    client.post("/__campfire_mock__/clock", json={"advance_seconds": 7200})
    assert client.get(url).status_code == 403


REFUSED = {"detail": "This download URL has expired or is not valid."}


def _url(client: TestClient, content: bytes = b"ledger notes") -> str:
    client.post("/__campfire_mock__/reset")  # a fresh workspace, whatever ran in it before
    made = upload(client, "notes.txt", content, "text/plain")
    return str(client.get(f"/ca/api/file/{made['id']}/temp-download-url").json()["url"])


def test_the_download_url_alone_serves_the_file_without_a_token(app: t.Any) -> None:
    """As a presigned S3 URL, the URL needs no credentials: fetched with no Authorization header it answers
    the bytes; it names its workspace without carrying the token."""
    with TestClient(app, headers={"Authorization": "Token presign-owner"}) as owner:
        url = _url(owner)
    assert "presign-owner" not in url and "workspace=" in url
    with TestClient(app) as anyone:
        served = anyone.get(url)
    assert (served.status_code, served.content) == (200, b"ledger notes")
    assert served.headers["content-disposition"] == "attachment; filename*=UTF-8''notes.txt"


def test_a_download_url_never_serves_another_workspaces_file(app: t.Any) -> None:
    """A URL moved to another workspace's name (whose file of the same id holds other bytes), or naming no
    workspace this server issued, is a 403, whoever asks; the other workspace's file is never served."""
    with TestClient(app, headers={"Authorization": "Token presign-a"}) as a:
        url_a = _url(a, b"books of a")
    with TestClient(app, headers={"Authorization": "Token presign-b"}) as b:
        url_b = _url(b, b"books of b")
    name_a, name_b = (parse_qs(urlsplit(u).query)["workspace"][0] for u in (url_a, url_b))
    assert urlsplit(url_a).path == urlsplit(url_b).path and name_a != name_b  # the same file id in each
    with TestClient(app) as anyone:
        moved = anyone.get(url_a.replace(name_a, name_b))
        unknown = anyone.get(url_a.replace(name_a, "0" * 32))
        assert [anyone.get(u).content for u in (url_a, url_b)] == [b"books of a", b"books of b"]
    assert (moved.status_code, moved.json()) == (403, REFUSED)
    assert (unknown.status_code, unknown.json()) == (403, REFUSED)


def test_an_expired_or_tampered_url_without_a_token_is_a_403(client: TestClient, app: t.Any) -> None:
    """With no token too, an altered signature or expiry is a 403, and so is the URL an hour later."""
    url = _url(client)
    query = parse_qs(urlsplit(url).query)
    later = url.replace(f"expires={query['expires'][0]}", f"expires={int(query['expires'][0]) + 3600}")
    with TestClient(app) as anyone:
        tampered = anyone.get(url.replace("signature=", "signature=0"))
        stretched = anyone.get(later)
        client.post("/__campfire_mock__/clock", json={"advance_seconds": 7200})
        expired = anyone.get(url)
    assert [(r.status_code, r.json()) for r in (tampered, stretched, expired)] == [(403, REFUSED)] * 3


@pytest.mark.parametrize(("model", "missing"), [("invoice", 999999), ("bill", 42), ("contract", 12955)])
def test_upload_refuses_an_object_id_that_names_nothing(client: TestClient, model: str, missing: int) -> None:
    """A file attached to an invoice, bill or contract that does not exist is a 400 under ``object_id``, as a
    relation naming nothing is, and nothing is stored."""
    before = client.get("/ca/api/file").json()["count"]
    answer = client.post(
        UPLOAD, params={"model": model, "object_id": missing}, files={"file": ("a.txt", b"a", "text/plain")}
    )
    assert answer.status_code == 400
    assert answer.json() == {"object_id": [f'Invalid pk "{missing}" - object does not exist.']}
    assert client.get("/ca/api/file").json()["count"] == before


def test_upload_attaches_to_a_model_the_twin_does_not_keep_as_sent(client: TestClient) -> None:
    """A model the twin keeps no objects of (a close task) takes its ``object_id`` as sent."""
    made = upload(client, "task.txt", b"done", "text/plain", model="close_task", object_id=7)
    assert (made["model"], made["object_id"]) == ("close_task", 7)


def test_upload_refuses_a_type_a_model_or_a_body_that_is_no_file(client: TestClient) -> None:
    """An unsupported content type, an unknown model, or a JSON string instead of a file is a 400 naming it."""
    exe = client.post(UPLOAD, params={"model": "bill"}, files={"file": ("x.exe", b"MZ", "application/x-msdownload")})
    assert exe.status_code == 400
    assert exe.json() == {"file": ['Files of type "application/x-msdownload" cannot be uploaded.']}
    model = client.post(UPLOAD, params={"model": "nope"}, files={"file": ("a.txt", b"a", "text/plain")})
    assert model.status_code == 400
    assert model.json() == {"model": ['"nope" is not a valid choice.']}  # the spec's enum of the models listed
    text = client.post(UPLOAD, params={"model": "bill"}, json={"file": "abc"})
    assert text.status_code == 400
    assert text.json() == {"file": ["The submitted data was not a file. Check the encoding type on the form."]}


def test_the_spec_names_the_content_types_a_file_part_may_have(client: TestClient) -> None:
    """The upload's multipart ``encoding`` lists the types the description's "Supported Content Types" names
    and the twin takes, so a generated part is one it stores; a part of another type (a generated client's
    default ``application/octet-stream``) is the twin's 400 naming the type."""
    spec = client.get("/openapi.json").json()
    multipart = spec["paths"][UPLOAD]["post"]["requestBody"]["content"]["multipart/form-data"]
    listed = [kind.strip() for kind in multipart["encoding"]["file"]["contentType"].split(",")]
    assert "application/pdf" in listed and "application/octet-stream" not in listed
    for kind in listed:
        assert upload(client, "f", b"x", kind)["s3_content_type"] == kind
    raw = client.post(UPLOAD, params={"model": "bill"}, files={"file": ("f", b"x", "application/octet-stream")})
    assert raw.status_code == 400
    assert raw.json() == {"file": ['Files of type "application/octet-stream" cannot be uploaded.']}


def test_download_names_are_bounded_and_kept_only_for_issued_urls() -> None:
    """A store of at most N workspaces remembers at most N workspace names (the oldest go first; a URL naming one
    is then a 403), and a name is remembered only once a URL is issued: a missing file's 404 leaves none."""
    from starlette.testclient import TestClient as Client

    from campfire_mock import create_app
    from campfire_mock.views.download_links import DownloadLinks, links_of

    links = DownloadLinks(held=2)
    names = [links.name(f"key-{n}") for n in range(3)]
    for n, name in enumerate(names):
        links.remember(name, f"key-{n}")
    assert [links.token(name) for name in names] == [None, "key-1", "key-2"]
    app = create_app()
    with Client(app, headers={"Authorization": "Token lonely"}) as client:
        assert client.get("/ca/api/file/999999/temp-download-url").status_code == 404
        assert len(links_of(app.store)) == 0


def test_a_bad_signature_is_a_403_before_the_file_is_looked_for(client: TestClient, app: t.Any) -> None:
    """As S3 checks a presigned URL first: a URL moved to a file id that does not exist (or to another that
    does) is the same 403 as a tampered one, so a URL tells nothing of which files exist; a signed URL of a
    file deleted since is a 404."""
    url = _url(client)
    file_id = urlsplit(url).path.split("/")[-2]
    with TestClient(app) as anyone:
        missing = anyone.get(url.replace(f"/files/{file_id}/", "/files/999999/"))
        seeded = anyone.get(url.replace(f"/files/{file_id}/", "/files/1/"))
        assert (missing.status_code, missing.json()) == (403, REFUSED)
        assert (seeded.status_code, seeded.json()) == (403, REFUSED)
        assert client.delete(f"/ca/api/file/{file_id}").status_code == 204
        assert anyone.get(url).status_code == 404


def test_a_download_url_outlives_a_restart_with_a_state_file(tmp_path: Path) -> None:
    """With ``--state-file`` the server's download key is kept in the file: a URL issued before a restart
    serves the file after it, until it expires; a URL of another state file's server is a 403."""
    from campfire_mock import create_app

    state = tmp_path / "state.db"
    first = create_app(state_file=state)
    with TestClient(first, headers={"Authorization": "Token restart-owner"}) as owner:
        url = _url(owner, b"kept books")
    first.store.close()
    again = create_app(state_file=state)
    with TestClient(again) as anyone:
        served = anyone.get(url)
        assert (served.status_code, served.content) == (200, b"kept books")
    again.store.close()
    other = create_app(state_file=tmp_path / "other.db")
    with TestClient(other) as anyone:
        assert (anyone.get(url).status_code, anyone.get(url).json()) == (403, REFUSED)
    other.store.close()
