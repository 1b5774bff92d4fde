"""A stored invoice's row, as the state file stores it, written by a function generated once from its dataclass.

The row is pydantic's: the dataclass encoded as compact JSON with the fields at their defaults left out
(``snapshot.encode_json``). Every write measures the rows it touched so (the storage budget, ``budget.py``), and
pydantic-core's walk of an invoice costs about as much as the rest of its answer's encoding. ``row_encoder``
writes the same bytes for the forms the domain stores, at a fraction of the cost: one generated function per
dataclass (as ``dataclasses`` makes ``__init__``) gives each field's value in the form pydantic writes (a
``Decimal`` as its text, the rest as it is, for orjson to write: a UTC moment with ``Z``, as pydantic does) and
orjson encodes them. A value of any other form (an integer beyond 64 bits, a moment in another zone, text orjson
refuses, a type the field does not declare) makes it hand the whole object to pydantic instead, so the bytes are
pydantic's for every value the API lets a write store; a field's free-form ``extra`` is pydantic's own bytes, put in
place. One known difference no request reaches: a ``bool`` in an integer field (the API refuses booleans for
integers) is written ``true`` where pydantic writes ``1``.
"""

from __future__ import annotations

import dataclasses
import types
import typing as t
from datetime import UTC, date, datetime
from decimal import Decimal

import orjson


class _Other(Exception):
    """A value the generated function does not write itself: pydantic writes the whole object."""


def _other() -> t.NoReturn:
    raise _Other


#: How a value of each declared type is written (``{v}`` the value's source). An ``int``, ``str``, ``date`` or
#: ``list[int]`` is orjson's to write as it is: a value of another type in such a field is written by orjson as
#: pydantic writes it (as it infers its type), or refused (then pydantic writes the object). A ``Decimal`` and a
#: moment are checked, since their forms differ: a ``Decimal`` is its text, a moment in UTC ends with ``Z``.
_FORMS: dict[t.Any, str] = {
    int: "{v}",
    str: "{v}",
    date: "{v}",
    list[int]: "{v}",
    Decimal: "str({v}) if type({v}) is _Decimal else _other()",
    datetime: "{v} if type({v}) is _datetime and {v}.tzinfo is _UTC else _other()",
    dict[str, t.Any]: "_Fragment(_any({v})) if type({v}) is dict else _other()",
}


def _form(hint: t.Any, value: str, nested: dict[type, str], *, optional: bool = True) -> str:
    """The source writing ``value`` of type ``hint`` (a ``X | None`` writes ``None`` as it is, unless not
    ``optional``: the caller has told it is not ``None``)."""
    if t.get_origin(hint) is types.UnionType:
        kinds = [arg for arg in t.get_args(hint) if arg is not type(None)]
        if len(kinds) != 1 or len(t.get_args(hint)) != 2:
            raise TypeError(f"no row form for {hint}")
        form = _form(kinds[0], value, nested)
        return f"None if {value} is None else ({form})" if optional else form
    if t.get_origin(hint) is list and t.get_args(hint)[0] in nested:
        item = t.get_args(hint)[0]
        each = f"{nested[item]}(x) if type(x) is _{item.__name__} else _other()"
        return f"[{each} for x in {value}] if type({value}) is list else _other()"
    if hint not in _FORMS:
        raise TypeError(f"no row form for {hint}")
    return _FORMS[hint].format(v=value)


def _fields_source(cls: type, nested: dict[type, str]) -> list[str]:
    """The body of a function of ``o`` returning the dict orjson encodes as ``cls``'s row: the fields without a
    default in one dict literal, then each other one unless at its default."""
    hints = t.get_type_hints(cls)
    fields = dataclasses.fields(cls)
    required = [f for f in fields if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    if list(fields[: len(required)]) != required:
        raise TypeError(f"no row form for {cls.__name__}: its fields without a default come first")
    lines = [f"f{index} = o.{field.name}" for index, field in enumerate(required)]
    lines.append("out = {")
    for index, field in enumerate(required):
        lines.append(f"    {field.name!r}: {_form(hints[field.name], f'f{index}', nested)},")
    lines.append("}")
    for field in fields[len(required) :]:
        name = field.name
        lines.append(f"v = o.{name}")
        if field.default is not dataclasses.MISSING:  # left out at its default, as ``exclude_defaults`` does
            default = "if v is not None:" if field.default is None else f"if v != _d_{cls.__name__}_{name}:"
            lines.append(default)
            form = _form(hints[name], "v", nested, optional=field.default is not None)
        else:  # (``list`` and ``dict``: left out when empty)
            if field.default_factory not in (list, dict):
                raise TypeError(f"no row form for the default of {cls.__name__}.{name}")
            lines.append("if v:")
            form = _form(hints[name], "v", nested)
        lines.append(f"    out[{name!r}] = {form}")
    lines.append("return out")
    return lines


def row_encoder(
    cls: type, fallback: t.Callable[[t.Any], bytes], any_json: t.Callable[[t.Any], bytes], *nested: type
) -> t.Callable[[t.Any], bytes]:
    """A function giving ``fallback(obj)``'s bytes (pydantic's row of dataclass ``cls``, defaults left out) for
    an object of ``cls``, written by a function generated from its fields; ``nested``: the dataclasses its
    lists hold, written the same way; ``any_json``: pydantic's encoding of a free-form value. Raises
    ``TypeError`` for a field of a form it cannot write (then use ``fallback``)."""
    scope: dict[str, t.Any] = {
        **{"_other": _other, "_Decimal": Decimal, "_date": date, "_datetime": datetime, "_UTC": UTC},
        **{"_Fragment": orjson.Fragment, "_any": any_json},
    }
    source: list[str] = []
    names: dict[type, str] = {}
    for kind in (*nested, cls):
        scope[f"_{kind.__name__}"] = kind
        for field in dataclasses.fields(kind):
            if field.default is not dataclasses.MISSING and field.default is not None:
                scope[f"_d_{kind.__name__}_{field.name}"] = field.default
        body = _fields_source(kind, names)
        names[kind] = f"_fields_{kind.__name__}"
        source += [f"def {names[kind]}(o):", *(f"    {line}" for line in body)]
    code = compile("\n".join(source), f"<row encoder {cls.__name__}>", "exec")
    exec(code, scope)  # the source is made above, from the dataclasses' fields
    fields: t.Callable[[t.Any], dict[str, t.Any]] = scope[names[cls]]
    dumps, option = orjson.dumps, orjson.OPT_UTC_Z

    def encode(obj: t.Any) -> bytes:
        if type(obj) is cls:
            try:
                return dumps(fields(obj), option=option)
            except (_Other, orjson.JSONEncodeError, ArithmeticError):
                pass
        return fallback(obj)

    return encode


__all__ = ["row_encoder"]
