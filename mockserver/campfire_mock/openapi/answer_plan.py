"""One response schema compiled for answers built straight into their final shape, and checked by the parts
that vary.

A builder (``views/invoice_answer.py``) gives only what an answer writes (JSON-ready values of properties the
schema has); ``AnswerPlan.finish`` puts them over the schema's template (every property in the schema's
order, its empty value in place, as ``Shapes.render`` fills them). The check is the schema's own, split in
two exact halves: an empty value that never varies is checked once, when the plan is made, and each answer
checks what it wrote (with the empties that vary: a timestamp's, and any empty the schema refuses). That is
the whole schema's verdict as long as the schema is an object of properties with a ``required`` list (every
property is in every answer, and each property's value is checked on its own); a schema with any other
object keyword is checked whole on every answer instead.

Checked by construction (``AnswerPlan.trust``): a property a builder writes from a typed domain value in a form
that cannot break its schema (an id, a status word, a timestamp it formats) is left out of each answer's check,
where the schema accepts every value of the builder's ``Built`` (its JSON types, the pattern its text
matches); a schema that says more of such a property (a ``maxLength``, a ``format``, an ``enum``) has it
checked as before. What a builder takes from outside (stored text, names, numbers with bounds) is checked.
"""

from __future__ import annotations

import typing as t

import jsonschema_rs

from ..wire import EPOCH
from ..wire import PLAIN as _PLAIN
from .json_schema import to_json_schema
from .shapes import _UNSET, Shape, _Plan

#: Object keywords under which each property's value is checked on its own (``to_json_schema``'s output).
_SPLITTABLE = frozenset({"type", "properties", "required", "title", "description", "default"})


#: Keywords that constrain no value.
_NOTES = frozenset({"title", "description", "default"})
#: The bounds of a 64-bit integer: a schema bounding an integer by them (or wider) takes every id the mock makes.
_INT64 = (-(2**63), 2**63 - 1)


class Built(t.NamedTuple):
    """What a builder guarantees of a property's value: its JSON types (``"integer"``, ``"string"``,
    ``"boolean"``, ``"null"``; integers within 64 bits), and the patterns its text matches (as the spec spells
    them)."""

    types: frozenset[str]
    patterns: frozenset[str] = frozenset()


def accepts(schema: t.Any, built: Built) -> bool:
    """Whether ``schema`` (``to_json_schema``'s output) takes every value ``built`` describes, told from its
    keywords alone: its types, a pattern the builder's text matches, 64-bit integer bounds; an ``anyOf`` of which
    one branch takes them all. Any other keyword (``format``, ``maxLength``, ``enum``...) says no."""
    if not isinstance(schema, dict):
        return False
    if "anyOf" in schema:
        rest = schema.keys() - _NOTES - {"anyOf"}
        return not rest and any(accepts(branch, built) for branch in schema["anyOf"])
    if schema.keys() - _NOTES - {"type", "pattern", "minimum", "maximum"}:
        return False
    types = schema.get("type")
    if types is not None:
        allowed = {types} if isinstance(types, str) else set(types)
        if "number" in allowed:
            allowed.add("integer")  # JSON Schema's numbers take integers
        if not built.types <= allowed:
            return False
    if "pattern" in schema and ("string" in built.types and schema["pattern"] not in built.patterns):
        return False
    low, high = schema.get("minimum", _INT64[0]), schema.get("maximum", _INT64[1])
    return not ("integer" in built.types and (low > _INT64[0] or high < _INT64[1]))


class Base(t.NamedTuple):
    """What answers are finished over: the schema's template, with a part that many answers share in place
    (checked once, when the base is made), and the empties each answer checks again (``AnswerPlan.always``
    less the shared part's properties)."""

    values: dict[str, t.Any]
    always: dict[str, t.Any]


class AnswerPlan:
    """How answers of one schema are finished and checked (see the module's docstring)."""

    def __init__(self, shape: Shape, schema: dict[str, t.Any] | None) -> None:
        plan = _Plan.of(shape)
        self.template = plan.template
        self.props = plan.props
        #: ``(property, make)``: an empty container made afresh for each answer that leaves it empty.
        self.fresh = tuple((prop, make) for prop, make in plan.unset if make is not None)
        #: Properties whose empty value is the answer's creation time.
        self.stamped = tuple(prop for prop, make in plan.unset if make is None)
        #: The whole schema's validator (``None``: answers are not checked), and what checks one answer's part.
        self.whole: t.Any = None
        self._part: t.Any = None
        #: Empty values checked on every answer: the schema refuses them, so an answer leaving them is caught.
        self.always: dict[str, t.Any] = {}
        #: Properties checked by construction (``trust``): left out of each answer's check.
        self.built: frozenset[str] = frozenset()
        self._properties: dict[str, t.Any] = {}
        if schema is not None:
            self._compile(to_json_schema(schema))
        #: The template alone, as a base.
        self.root = Base(self.template, self.always)
        self._fill = self._filler()

    def _filler(self) -> t.Callable[[dict[str, t.Any]], None]:
        """What puts a fresh empty container in each property of an answer still holding none (``finish``),
        one statement per property, made with ``exec`` once."""
        lines = ["def fill(out):"]
        scope: dict[str, t.Any] = {"_UNSET": _UNSET, "_MAKERS": dict(self.fresh)}
        for prop, make in self.fresh:
            made = "[]" if make is list else "{}" if make is dict else f"_MAKERS[{prop!r}]()"
            lines += [f"    if out[{prop!r}] is _UNSET:", f"        out[{prop!r}] = {made}"]
        lines.append("    return None")
        exec(compile("\n".join(lines), f"<answer filler {id(self):x}>", "exec"), scope)  # source made here
        return t.cast(t.Callable[[dict[str, t.Any]], None], scope["fill"])

    def _compile(self, schema: dict[str, t.Any]) -> None:
        self.whole = jsonschema_rs.Draft4Validator(schema, validate_formats=True)
        required = set(schema.get("required", ()))
        if set(schema) - _SPLITTABLE or schema.get("type") != "object" or not required <= self.props:
            return  # not split: every answer is checked whole
        self._properties = dict(schema.get("properties", {}))
        self._part = jsonschema_rs.Draft4Validator(
            {"type": "object", "properties": self._properties}, validate_formats=True
        )
        made = dict(self.fresh)
        for prop, empty in self.template.items():
            if prop in self.stamped:
                continue  # made from each answer's creation time: checked with what it wrote
            value = made[prop]() if prop in made else empty
            if not self._part.is_valid({prop: value}):
                self.always[prop] = value

    @property
    def split(self) -> bool:
        """Whether answers are checked by parts (else whole, or not at all)."""
        return self._part is not None

    def trust(self, built: t.Mapping[str, Built], whole_items: t.Collection[str] = ()) -> frozenset[str]:
        """Check by construction: of ``built`` (what a builder writes of each property), the properties whose
        schema takes every such value are no longer checked on each answer (``conforms``' ``outside``); the
        others stay checked. ``whole_items``: properties holding lists of objects that a builder writes whole
        (every property of each item, as ``builder``'s dict literal does), whose items' ``required`` is then
        not checked again, so an answer's check may hold only the part of each item a builder cannot vouch
        for. Nothing is trusted where the schema is checked whole (see the module's docstring)."""
        if self._part is None:
            return frozenset()
        self.built = frozenset(prop for prop, made in built.items() if accepts(self._properties.get(prop), made))
        if whole_items:
            properties = dict(self._properties)
            for prop in whole_items:
                node = properties[prop]
                items = {key: value for key, value in node["items"].items() if key != "required"}
                properties[prop] = {**node, "items": items}
            self._part = jsonschema_rs.Draft4Validator(
                {"type": "object", "properties": properties}, validate_formats=True
            )
        return self.built

    def based(self, shared: dict[str, t.Any]) -> Base | None:
        """A base with ``shared`` (JSON-ready values of properties of the schema, no timestamp) in place, checked
        now; ``None`` if it holds a container (answers share no container) or breaks the schema (each answer
        then writes it, and is refused)."""
        if not shared.keys() <= self.props or any(prop in shared for prop in self.stamped):
            raise ValueError(f"a shared part holds what it may not: {sorted(shared)}")
        if any(type(value) not in _PLAIN for value in shared.values()):
            return None  # no container is shared by answers
        if self._part is not None and not self._part.is_valid(shared):
            return None
        values = self.template.copy()
        values.update(shared)
        return Base(values, {prop: value for prop, value in self.always.items() if prop not in shared})

    def finish(
        self,
        written: dict[str, t.Any],
        created: t.Any,
        base: Base | None = None,
        built: dict[str, t.Any] | None = None,
    ) -> dict[str, t.Any]:
        """The answer: ``written`` (JSON-ready, only properties of the schema), then ``built`` (what a builder
        vouches for: ``trust``), over ``base`` (by default the template); a timestamp left empty is ``created``
        (JSON-ready), or the epoch. ``written`` gains the timestamps it lacked."""
        for prop in self.stamped:
            if prop not in written and (built is None or prop not in built):
                written[prop] = created or EPOCH
        out = (base or self.root).values.copy()  # the schema's order, every plain empty in place
        out.update(written)
        if built is not None:
            out.update(built)
        self._fill(out)
        return out

    def builder(
        self,
        params: str,
        prelude: t.Sequence[str],
        values: t.Mapping[str, str],
        optional: t.Collection[str],
        namespace: dict[str, t.Any],
        then: t.Sequence[str] = (),
        checked: t.Sequence[str] | None = None,
        checked_then: t.Sequence[str] = (),
    ) -> t.Callable[..., dict[str, t.Any]]:
        """A function of ``params`` (source) that runs ``prelude`` (lines of source), makes the answer ``out`` as
        one dict literal in the schema's order, runs ``then`` and returns ``out``: each property is its expression
        in ``values`` (one in ``optional`` that is ``None`` leaves the property's empty value), else its empty
        value (a fresh container for each answer), as ``finish`` gives; made with ``exec`` once, as
        ``dataclasses`` makes ``__init__``.

        With ``checked`` (properties of ``values``: what the builder cannot vouch for, ``trust``), it takes one
        more argument, ``checks``: unless ``None``, a list it appends ``chk`` to, a dict of the ``checked``
        values as the answer holds them (then ``checked_then`` runs, before the append). The function's
        ``checks`` attribute names them."""
        if not values.keys() <= self.props:
            raise ValueError(f"a builder writes what its schema lacks: {sorted(values.keys() - self.props)}")
        if any(prop not in values for prop in self.stamped):
            raise ValueError("a builder writes every timestamp of its answer")
        if checked is not None and not set(checked) <= values.keys():
            raise ValueError(f"a builder checks what it does not write: {sorted(set(checked) - values.keys())}")
        makers = dict(self.fresh)
        scope = {**namespace, "_MAKERS": makers}
        items: list[str] = []
        held: list[str] = []  # the checked values, each computed once into a local the literals share
        for index, (prop, empty) in enumerate(self.template.items()):
            if prop in values and prop not in optional:
                value = values[prop]
            else:
                if prop in makers:
                    make = makers[prop]
                    empty_source = "[]" if make is list else "{}" if make is dict else f"_MAKERS[{prop!r}]()"
                else:
                    scope[f"_e{index}"] = empty
                    empty_source = f"_e{index}"
                value = f"{empty_source} if (v := {values[prop]}) is None else v" if prop in values else empty_source
            if checked is not None and prop in checked:
                held.append(f"_c{index} = {value}")
                items.append(f"{prop!r}: _c{index}")
            else:
                items.append(f"{prop!r}: {value}")
        signature = params if checked is None else f"{params}, checks=None"
        checking = (
            []
            if checked is None
            else [
                "if checks is not None:",
                "    chk = {",
                *(f"        {prop!r}: _c{index}," for index, prop in enumerate(self.template) if prop in checked),
                "    }",
                *(f"    {line}" for line in checked_then),
                "    checks.append(chk)",
            ]
        )
        source = "\n".join(
            [
                f"def build({signature}):",
                *(f"    {line}" for line in (*prelude, *held)),
                "    out = {",
                *(f"        {item}," for item in items),
                "    }",
                *(f"    {line}" for line in (*then, *checking)),
                "    return out",
            ]
        )
        exec(compile(source, f"<answer builder {id(self):x}>", "exec"), scope)  # the source is made above
        built: t.Callable[..., dict[str, t.Any]] = scope["build"]
        built.__doc__ = source
        if checked is not None:
            built.__dict__["checks"] = tuple(checked)
        return built

    def conforms(
        self,
        written: dict[str, t.Any],
        out: dict[str, t.Any],
        base: Base | None = None,
        built: dict[str, t.Any] | None = None,
    ) -> bool:
        """Whether ``out`` (``finish(written, ..., base, built)``) conforms to the schema: what it wrote checked
        (``built``, what builders vouch for, is not: ``trust``), the base's checked once (its ``always`` checked
        again), or the whole answer where the schema cannot be split."""
        if self.whole is None:
            return True
        if self._part is None:
            return bool(self.whole.is_valid(out))
        always = (base or self.root).always
        for prop in always:
            if prop not in written and (built is None or prop not in built):  # left empty: checked with the rest
                left = {p: v for p, v in always.items() if p not in written and (built is None or p not in built)}
                written = {**left, **written}
                break
        return bool(self._part.is_valid(written))


__all__ = ["AnswerPlan", "Base", "Built", "accepts"]
