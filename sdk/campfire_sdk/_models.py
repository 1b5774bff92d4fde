"""Base of the response models: tolerant of fields Campfire adds, and of its timestamps."""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from typing import Annotated, Any, TypeVar, Union, cast

import pydantic
from pydantic import BeforeValidator, ConfigDict, Discriminator, PrivateAttr, Tag

_OFFSET_WITHOUT_COLON = re.compile(r"([+-]\d{2})(\d{2})$")


def parse_timestamp(value: Any) -> Any:
    """Accept Campfire's ``2025-07-25T18:54:43+0000`` as well as RFC 3339."""
    if isinstance(value, str):
        text = value.strip().replace("Z", "+00:00")
        return datetime.fromisoformat(_OFFSET_WITHOUT_COLON.sub(r"\1:\2", text))
    return value


Timestamp = Annotated[datetime, BeforeValidator(parse_timestamp)]


class BaseModel(pydantic.BaseModel):
    """A response object. Unknown fields are kept (``model_extra``), never rejected.

    ``defer_build``: a model's validator is built on its first use, so loading the hundreds of models of
    the API costs little until they are used."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True)
    _request_id: str | None = PrivateAttr(default=None)

    @property
    def request_id(self) -> str | None:
        """The server's ``X-Request-Id`` of the response this object came from (``None`` if built locally)."""
        return self._request_id

    def to_dict(self) -> dict[str, Any]:
        """The object as JSON-ready data, with the fields the server sent."""
        return self.model_dump(mode="json", exclude_unset=True)


T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)
D = TypeVar("D", bound=BaseModel)


@cache
def _flag() -> pydantic.TypeAdapter[bool]:
    return pydantic.TypeAdapter(bool)


def _record_kind(value: Any) -> str:
    """``deleted`` for a deleted record, else ``item``: ``is_deleted`` is read as ``DeletedRecord.is_deleted``
    reads it (pydantic's bool: ``true``, ``1``, ``"true"``, ``"True"``, ``"1"``, ``"yes"``... as DRF's
    ``BooleanField`` does), so a record the model would call deleted is never parsed as a live item."""
    flag = value.get("is_deleted") if isinstance(value, dict) else getattr(value, "is_deleted", None)
    if flag is None:
        return "item"
    try:
        return "deleted" if _flag().validate_python(flag) else "item"
    except pydantic.ValidationError:  # not a boolean at all: the item's own model reports it
        return "item"


@cache
def _tagged(item: type[BaseModel], deleted: type[BaseModel]) -> Any:
    return Annotated[
        Union[Annotated[item, Tag("item")], Annotated[deleted, Tag("deleted")]],  # noqa: UP007 (built at runtime)
        Discriminator(_record_kind),
    ]


def or_deleted(item: type[M], deleted: type[D]) -> type[M | D]:
    """What a list's item parses as where ``include_deleted=true`` answers deleted records: ``deleted`` (the
    ``DeletedRecord``) for an item whose ``is_deleted`` is true, ``item`` for any other, told apart by that
    field rather than by which model happens to fit (a minimal record fits a model of optional fields)."""
    return cast("type[M | D]", _tagged(item, deleted))


def list_of(item: type[T]) -> type[list[T]]:
    """``list[item]`` for an item type built at runtime (``or_deleted``'s)."""
    return cast("type[list[T]]", cast(Any, list)[item])
