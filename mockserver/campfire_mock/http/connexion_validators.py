"""Connexion's request validators, answering like Django REST Framework (see ``checks.py``).

Connexion validates requests against the spec on the Connexion path; these validators change
two things: read-only properties are ignored in request bodies, and every error is collected and
rendered DRF's way, field-keyed and nested, instead of Connexion's first-error problem document.
"""

from __future__ import annotations

import typing as t

from connexion.datastructures import MediaTypeDict
from connexion.validators import JSONRequestBodyValidator, ParameterValidator

from ..errors import DEFERRED_ERRORS, ParseError, ValidationFailed
from ..openapi.drf import DRFRequestValidator, ParameterSchemaValidator, drf_message, errors_to_fields, filter_message
from ..openapi.json_parse import parse_json
from ..openapi.json_schema import FORMAT_CHECKER, SchemaCache


class DRFJSONBodyValidator(JSONRequestBodyValidator):
    """JSON bodies: read-only fields ignored, all errors reported DRF's way."""

    async def _parse(self, stream: t.AsyncGenerator[bytes, None], scope: t.Any) -> t.Any:
        self._scope = scope
        raw = b"".join([chunk async for chunk in stream])
        try:
            text = raw.decode(self._encoding)
        except UnicodeDecodeError as exc:
            raise ParseError(f"JSON parse error - {exc}") from exc
        if not raw:  # DRF reads an empty body as no data; a body of spaces is a parse error, as DRF's
            return None
        body = parse_json(text)
        if body is None and not self._nullable:
            raise ValidationFailed({"non_field_errors": ["Invalid data. Expected a dictionary, but got null."]})
        return body

    @property
    def _validator(self) -> t.Any:
        return DRFRequestValidator(self._schema, format_checker=FORMAT_CHECKER)

    def _validate(self, body: t.Any) -> dict[str, t.Any] | None:
        if body is None:
            if self._required:
                self._refuse({"non_field_errors": ["No data provided"]})
            return None
        errors = list(self._validator.iter_errors(body))
        if errors:
            self._refuse(errors_to_fields(errors))
        return body  # type: ignore[no-any-return]

    def _refuse(self, fields: dict[str, t.Any]) -> None:
        """The 400, left in the scope for the operation to raise (``DEFERRED_ERRORS``) once it has looked up the
        object its path names and added its relations' field errors (DRF reports every field at once)."""
        scope = getattr(self, "_scope", None)
        if isinstance(scope, dict):
            scope[DEFERRED_ERRORS] = ValidationFailed(fields)
            return
        raise ValidationFailed(fields)


def _parameter_validator(schema: dict[str, t.Any]) -> t.Any:
    return ParameterSchemaValidator(schema, format_checker=FORMAT_CHECKER)


class DRFParameterValidator(ParameterValidator):
    """Query and path parameters: every bad one reported under its own name."""

    #: One validator per parameter schema, built on first use rather than on every request (Connexion makes
    #: a validator per request); ``validator_map`` gives each app a cache of its own.
    compiled: t.ClassVar[SchemaCache] = SchemaCache(_parameter_validator)

    def validate_request(self, request: t.Any) -> None:
        fields: dict[str, list[str]] = {}
        if self.strict_validation:
            extra = self.validate_query_parameter_list(request, security_params=self.security_query_params)
            for name in sorted(extra):
                fields[name] = ["Unknown query parameter."]
        for location in ("query", "path", "header", "cookie"):
            for param in self.parameters.get(location, []):
                message = self._check(location, param, request)
                if message:
                    fields.setdefault(param["name"], []).append(message)
        if fields:
            raise ValidationFailed(fields)

    def _check(self, location: str, param: dict[str, t.Any], request: t.Any) -> str | None:
        if location == "query":
            value = request.query_params.get(param["name"])
        elif location == "path":
            value = request.path_params.get(param["name"].replace("-", "_"))
        elif location == "header":
            value = request.headers.get(param["name"])
        else:
            value = request.cookies.get(param["name"])
        if value is None:
            return "This field is required." if param.get("required") else None
        validator = self.compiled(param.get("schema", param))
        error = next(iter(validator.iter_errors(value)), None)
        if error is None:
            return None
        return filter_message(error) if location == "query" else drf_message(error)


def validator_map() -> dict[str, t.Any]:
    """Connexion's validators for one app: its parameter schemas' compiled validators are the app's, so they
    go with it (a module-level cache by schema would keep every app's schemas alive)."""

    class AppParameterValidator(DRFParameterValidator):
        compiled = SchemaCache(_parameter_validator)

    return {
        "parameter": AppParameterValidator,
        # Form bodies arrive here already turned into JSON (see forms.py).
        "body": MediaTypeDict({"*/*json": DRFJSONBodyValidator}),
    }


__all__ = ["DRFJSONBodyValidator", "DRFParameterValidator", "validator_map"]
