"""Files (``/ca/api/file``): upload stores the file, ``temp-download-url`` answers a signed, short-lived URL
of the twin that serves it (``domain/files.py``), and that URL's control-API handler."""

from __future__ import annotations

import typing as t
from urllib.parse import quote, urlencode

from starlette.datastructures import URL

from ..domain import files
from ..domain.values import object_key
from ..domain.workspace import Workspace
from ..errors import ObjectNotFound
from .base import Caller, Handler
from .download_links import links_of
from .file_answers import CONTENT_PATH, attached
from .generic import ResourceView, action

Body = dict[str, t.Any]


class FileView(ResourceView):
    collections = (files.KIND,)

    def _file_id(self, kwargs: dict[str, t.Any]) -> int:
        key = object_key(self.object_id(kwargs))
        if key is None:
            raise ObjectNotFound("file", self.object_id(kwargs))
        return key

    def derived(self, ws: Workspace, row: Body, schema_name: str) -> Body:
        """A stored file's ``url``: where its content is served (a signed URL comes from temp-download-url)."""
        return {"url": CONTENT_PATH.format(id=row["id"])} if files.CONTENT in row else {}

    def perform_update(self, ws: Workspace, row: Body) -> None:
        """An ``object_id`` changed by PUT or PATCH names a live object of the file's model, as upload checks."""
        files.check_object(ws, row)

    @action("POST", url_path="upload")
    def upload(self, ws: Workspace, caller: Caller, body: Body | None = None, **kwargs: t.Any) -> tuple[t.Any, int]:
        query = self.query(kwargs)
        row = files.upload(ws, str(query.get("model") or ""), query.get("object_id"), (body or {}).get("file"))
        return self.render(ws, row, self.plan.response, "File"), 200

    @action("GET", url_path="{id}/temp-download-url")
    def temp_download_url(self, ws: Workspace, caller: Caller, **kwargs: t.Any) -> tuple[Body, int]:
        file_id = self._file_id(kwargs)
        links = links_of(self.services.store)
        name = links.name(caller.token)
        params = files.download_query(ws, file_id, name, links.key)
        links.remember(name, caller.token)  # once the URL is issued (a missing file issues none)
        disposition = self.query(kwargs).get("disposition")
        if disposition:
            params["disposition"] = str(disposition)
        base = URL(scope=caller.scope)
        url = base.replace(path=CONTENT_PATH.format(id=file_id), query=urlencode(params))
        return {"url": str(url)}, 200


class FileContentHandlers(Handler):
    """``GET /__campfire_mock__/files/{id}/content``: what a temp-download-url points to. It needs no key, as a
    presigned S3 URL needs no credentials: the URL names its workspace (``download_links.py``); a URL not signed
    by this server's key, or naming a workspace that is gone, is the 403 of a URL that is not valid, checked
    before the file is looked for."""

    def file_content(
        self,
        ws: Workspace | None,
        caller: Caller | None,
        id_: int,
        workspace: str,
        expires: int,
        signature: str,
        disposition: str | None = None,
        **_: t.Any,
    ) -> tuple[bytes, int, dict[str, str]]:
        links = links_of(self.store)
        files.check_signed(links.key, id_, expires, signature, workspace)  # first: a 403 whether the file exists
        token = links.token(workspace)
        if token is None or token not in self.store.workspaces:  # never makes a workspace
            raise files.DownloadRefused()
        with self.store.read(token) as named:
            content, content_type, name = files.content(named, id_, expires)
        how = "inline" if disposition == "inline" else "attachment"
        return (
            content,
            200,
            {
                "Content-Type": content_type,
                "Content-Disposition": f"{how}; filename*=UTF-8''{quote(name, safe='')}",
            },
        )


__all__ = ["CONTENT_PATH", "FileContentHandlers", "FileView", "attached"]
