"""Form bodies: booleans and text as Django REST Framework reads them from form-encoded requests."""

from __future__ import annotations

import copy
import re
from typing import Any

from vendoring.common import HTTP_METHODS, MARK, _changed

FORM_BOOLEAN_REASON = "Django REST Framework reads true/false and 1/0 as booleans in form bodies, which carry no types"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
#: What a form may send for a boolean field: a form field is text, so ``1``/``0`` (also what an integer
#: 1/0 becomes) and ``true``/``false`` in any case.
FORM_BOOLEAN = {
    "anyOf": [
        {"type": "boolean"},
        {"type": "integer", "enum": [0, 1]},
        {"type": "string", "pattern": "^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|1|0)$"},
    ]
}


def form_booleans(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """Each form body whose schema has boolean fields gets a ``<Name>Form`` twin in which those fields
    also take the text forms DRF's ``BooleanField`` reads; JSON bodies keep the plain booleans."""
    for item in paths.values():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            content = (op.get("requestBody") or {}).get("content", {})
            for media in FORM_TYPES:
                ref = (content.get(media) or {}).get("schema", {}).get("$ref", "")
                name = ref.rsplit("/", 1)[-1]
                target = schemas.get(name)
                if not ref or target is None:
                    continue
                booleans = [k for k, v in target.get("properties", {}).items() if v.get("type") == "boolean"]
                if not booleans:
                    continue
                form_name = f"{name}Form"
                if form_name not in schemas:
                    twin = copy.deepcopy(target)
                    for key in booleans:
                        field = twin["properties"][key]
                        twin["properties"][key] = {
                            **{k: v for k, v in field.items() if k != "type"},
                            **copy.deepcopy(FORM_BOOLEAN),
                        }
                    twin[MARK] = {"reason": FORM_BOOLEAN_REASON, "added": True}
                    schemas[form_name] = twin
                old = content[media]["schema"]
                content[media]["schema"] = _changed(
                    old, {"$ref": f"#/components/schemas/{form_name}"}, FORM_BOOLEAN_REASON
                )


FORM_TEXT_REASON = (
    "a form field is text: it cannot carry null (DRF reads an empty value as null for a nullable field that is"
    " not text), and an urlencoded body cannot carry a nested object"
)
URLENCODED = "application/x-www-form-urlencoded"


_EMPTY_TEXT = {"type": "string", "enum": [""]}
_FIELD_META = ("readOnly", "writeOnly", "description", "title", MARK)


def _takes_empty(field: dict[str, Any]) -> bool:
    """Whether a field already accepts the empty text."""
    if field.get("$ref") == "#/components/schemas/BlankEnum" or field.get("enum") == [""]:
        return True
    if field.get("type") == "string" and not any(k in field for k in ("format", "enum", "minLength")):
        return re.search(field.get("pattern", ""), "") is not None
    return any(_takes_empty(b) for b in [*field.get("anyOf", []), *field.get("oneOf", [])])


def _form_field(field: dict[str, Any]) -> dict[str, Any]:
    """A property as a form can send it: no null (nor the ``NullEnum`` choice); a nullable one takes the
    empty text instead, which DRF reads as null."""
    out = {k: v for k, v in field.items() if k != "nullable"}
    for key in ("anyOf", "oneOf"):
        if key in out:
            out[key] = [_form_field(b) for b in out[key] if b.get("$ref") != "#/components/schemas/NullEnum"]
    if isinstance(out.get("items"), dict):
        out["items"] = _form_item(out["items"])
    if field.get("nullable") and not out.get("readOnly") and not _takes_empty(out):
        meta = {k: out.pop(k) for k in _FIELD_META if k in out}
        out = {**meta, "anyOf": [out, dict(_EMPTY_TEXT)]}
    return out


def _form_item(item: dict[str, Any]) -> dict[str, Any]:
    """An item of a form's list as a part can send it: no null either (a part is text; ``null`` in it is the
    text "null", which DRF's relation fields refuse). An object item's own fields are JSON, so may be null."""
    out = {k: v for k, v in item.items() if k != "nullable"}
    for key in ("anyOf", "oneOf"):
        if key in out:
            out[key] = [_form_item(b) for b in out[key] if b.get("$ref") != "#/components/schemas/NullEnum"]
    return out


def _nested(field: dict[str, Any], schemas: dict[str, Any]) -> bool:
    """Whether a property may hold an object (or a list of them), which an urlencoded body cannot carry."""
    if "$ref" in field:
        target = schemas.get(field["$ref"].rsplit("/", 1)[-1], {})
        return target.get("type") == "object" or "properties" in target
    branches = [*field.get("anyOf", []), *field.get("oneOf", []), *field.get("allOf", [])]
    if branches:
        return any(_nested(b, schemas) for b in branches)
    if not any(k in field for k in ("type", "enum")):
        return True  # free-form: any JSON value, objects included
    if field.get("type") == "array":
        return _nested(field.get("items", {}), schemas)
    return field.get("type") == "object" or "properties" in field or "additionalProperties" in field


FORM_LIST = (
    "In a form, one part (or repeated key) per item, as DRF's getlist() reads a list; a list of objects takes"
    " a JSON object in each part, or one part holding the JSON list. DRF's indexed keys work too"
    " (rest_framework.utils.html.parse_html_list): `name[0]` is item 0, `name[0]field` the field of item 0, and"
    " so on inside items (`lines[0]tag_ids[0]`); `name[0][field]` names a field `[field]`, as in DRF."
)


def _form_list(field: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    """A list field of a form says how a form sends a list (the mock's reading, ``http/forms.py``)."""
    branches = [field, *field.get("anyOf", []), *field.get("oneOf", [])]
    if field.get("readOnly") or not any(b.get("type") == "array" for b in branches):
        return field
    said = field.get("description")
    if said and FORM_LIST in said:  # a form twin seen again (by another operation or media type) says it once
        return field
    return {**field, "description": f"{said}\n\n{FORM_LIST}" if said else FORM_LIST}


FORM_TYPELESS = (
    "A form has no types: each field is text, read by its field's schema as Django REST Framework reads it, so a"
    " text field takes any text (`false`, `12` and `{}` are text in a form, kept as sent). A field sent more than"
    " once keeps its last value (Django's `QueryDict` answers the last; a list field takes each as an item). The"
    " read-only fields of the JSON body are left out: a form that sends one has it ignored, as DRF ignores"
    " read-only fields in input."
)


def _typeless(twin: dict[str, Any]) -> None:
    """A form twin without the read-only fields (nor their ``required`` entries, nor a choice's), saying how a
    form's text is read (``FORM_TYPELESS``) after the description it twins."""
    gone = {k for k, v in twin["properties"].items() if v.get("readOnly")}
    twin["properties"] = {k: v for k, v in twin["properties"].items() if k not in gone}
    if "required" in twin:
        twin["required"] = [k for k in twin["required"] if k not in gone]
        if not twin["required"]:
            del twin["required"]
    for branch in twin.get("anyOf", []):
        if "required" in branch:
            branch["required"] = [k for k in branch["required"] if k not in gone]
        for key in gone & set(branch.get("properties", {})):
            del branch["properties"][key]
    said = twin.get("description")
    if not said or FORM_TYPELESS not in said:  # a twin rebuilt from itself (a boolean twin) says it once
        twin["description"] = f"{said}\n\n{FORM_TYPELESS}" if said else FORM_TYPELESS


FORM_ONE_ITEM_REASON = (
    "a form field is text: a list is one part (or repeated key) per item, as DRF's getlist() reads it, so a list"
    " of one item and that item alone are the same form; a form's list field takes either"
)


def _one_or_list(field: dict[str, Any]) -> dict[str, Any]:
    """A form's list field (not read-only) as a form can send it: the list, or its one item alone (one part)."""
    if field.get("readOnly") or (MARK in field and field[MARK].get("reason") == FORM_ONE_ITEM_REASON):
        return field
    if field.get("type") == "array" and "items" in field:
        meta = {k: v for k, v in field.items() if k in _FIELD_META}
        whole = {k: v for k, v in field.items() if k not in _FIELD_META}
        branches = [whole, copy.deepcopy(field["items"])]
    else:
        arrays = [b for b in field.get("anyOf", []) if b.get("type") == "array" and "items" in b]
        if len(arrays) != 1:
            return field
        meta = {k: v for k, v in field.items() if k != "anyOf"}
        branches = [*field["anyOf"], copy.deepcopy(arrays[0]["items"])]
    return {**meta, "anyOf": branches, MARK: {"reason": FORM_ONE_ITEM_REASON, "upstream": copy.deepcopy(field)}}


def _one_item_lists(twin: dict[str, Any]) -> None:
    """Each list field of a form twin (and of its ``anyOf`` choices) takes its one item alone too."""
    twin["properties"] = {k: _one_or_list(v) for k, v in twin["properties"].items()}
    for branch in twin.get("anyOf", []):  # a choice's list (a pay action's) with the field's own items
        said = branch.get("properties", {})
        for key, field in said.items():
            whole = twin["properties"].get(key, {})
            lists = [b for b in whole.get("anyOf", [whole]) if b.get("type") == "array" and "items" in b]
            if field.get("type") == "array" and "items" not in field and lists:
                field = {**field, "items": copy.deepcopy(lists[0]["items"])}
            said[key] = _one_or_list(field)


def form_bodies(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """Form bodies say what a form can carry: each form schema's twin (``<Name>Form`` for multipart,
    ``<Name>UrlencodedForm`` for urlencoded) drops null from its fields and the read-only fields (and says how a
    form's text is read), and the urlencoded one drops the fields that hold objects; an operation whose body
    requires such a field (or every choice of whose ``anyOf`` does: a pay action's lists) takes no urlencoded
    body."""
    for item in paths.values():
        for method, op in item.items():
            body: dict[str, Any] = op.get("requestBody") or {} if method in HTTP_METHODS else {}
            content = body.get("content", {})
            for media in FORM_TYPES:
                ref = (content.get(media) or {}).get("schema", {}).get("$ref", "")
                name = ref.rsplit("/", 1)[-1]
                target = schemas.get(name) if ref else None
                if target is None or "properties" not in target:
                    continue
                flat = media == URLENCODED
                # (a read-only field is left out of every twin, so it makes no urlencoded twin of its own)
                nested = [
                    k for k, v in target["properties"].items() if flat and not v.get("readOnly") and _nested(v, schemas)
                ]
                written = {k for k in target.get("required", []) if not target["properties"].get(k, {}).get("readOnly")}
                choices = [set(b.get("required", [])) for b in target.get("anyOf", [])]
                if set(nested) & written or (choices and all(c & set(nested) for c in choices)):
                    new = copy.deepcopy({k: v for k, v in body.items() if k != MARK})
                    del new["content"][media]
                    op["requestBody"] = body = _changed(body, new, FORM_TEXT_REASON)
                    content = body["content"]
                    continue
                base = name[: -len("Form")] if name.endswith("Form") and name[:-4] in schemas else name
                form_name = f"{base}UrlencodedForm" if flat and nested else f"{base}Form"
                if form_name not in schemas or form_name == name:
                    twin = copy.deepcopy(target)
                    twin["properties"] = {
                        k: _form_list(_form_field(v), schemas) for k, v in twin["properties"].items() if k not in nested
                    }
                    if nested and "required" in twin:  # a field the form cannot carry is not required of it
                        twin["required"] = [k for k in twin["required"] if k not in nested]
                    if nested and "anyOf" in twin:  # nor is a choice of it (bulk-apply's `filters`)
                        twin["anyOf"] = [b for b in twin["anyOf"] if not set(b.get("required", [])) & set(nested)]
                        if not twin["anyOf"]:
                            del twin["anyOf"]
                    for key in twin.get("required", []):  # a form cannot send an empty list: it sends nothing
                        field = twin["properties"].get(key, {})
                        if field.get("type") == "array" and not field.get("readOnly") and not field.get("minItems"):
                            field["minItems"] = 1
                    for branch in twin.get("anyOf", []):  # nor in a choice (bulk-apply's `invoice_ids`)
                        said = branch.get("properties", {})
                        for key, field in said.items():
                            if key in branch.get("required", []) and field.get("type") == "array":
                                whole = twin["properties"].get(key, {})  # its items as the field says them
                                kept = {k: v for k, v in whole.items() if k not in _FIELD_META}
                                said[key] = {**kept, **field, "minItems": 1}
                    twin.pop("nullable", None)
                    _typeless(twin)
                    _one_item_lists(twin)
                    if MARK not in twin:
                        twin[MARK] = {"reason": FORM_TEXT_REASON, "added": True}
                    schemas[form_name] = twin
                if form_name != name:
                    old = content[media]["schema"]
                    content[media]["schema"] = _changed(
                        old, {"$ref": f"#/components/schemas/{form_name}"}, FORM_TEXT_REASON
                    )
