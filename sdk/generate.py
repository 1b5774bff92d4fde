"""Generate campfire_sdk's resources, models and parameter types from the vendored spec.

Usage::

    python sdk/generate.py            # rewrites the generated files (listed by ``--list``)
    python sdk/generate.py --check    # exit 1 if a committed file differs from what the spec gives
    python sdk/generate.py --spec other.yaml --out /tmp/sdk   # another spec, another place

What comes out, each file starting with a line that says it is generated:

* ``resources/<resource>.py``: one module per top-level resource (``client.invoices``,
  ``client.contracts``...), with its sub-resources (``client.contracts.bundles``) in the same
  module, each a sync class and an ``Async`` twin. Every operation of the spec is one method.
* ``resources/__init__.py`` (lazy exports), ``_client_resources.py`` (the client attributes,
  each importing its module on first access) and ``_operations.py`` (operationId -> method).
* ``types/<resource>.py`` (``_shared.py`` for what several use): pydantic models of every object
  schema an answer can carry (``extra="allow"``: fields Campfire adds later are kept; enum-valued
  fields are ``str`` so a new value never breaks parsing; a number the spec also accepts as a
  numeric string is ``float``, or ``int``, as Campfire sends it: money is ``float`` everywhere), and
  ``TypedDict``s of request bodies (``<Schema>Param``: writable fields, ``Required`` where the spec
  requires them, ``Literal`` enums, money as ``float | Decimal | str``) and of query parameters.
  A schema only requests use (a PATCH body) has its ``Param`` and no model.
* Each resource class has a typed ``with_raw_response`` (``<Resource>WithRawResponse``: its methods
  answering ``APIResponse[<result>]``).
* ``docs/sdk-api.md``: every resource, its types and its methods (call, result, HTTP operation).

Names: a method's parameter dict is ``<resource path in the singular><Method>Params``
(``DebitMemoListParams``, ``ContractBundleListParams``); path ids are named ``<resource>_id`` and
come first, positionally; where the body or query has a field of that name, the id is
positional-only (``update(7, /, account_id=...)``) rather than renamed. ``OLD_NAMES`` and
``PARAM_ALIASES`` keep older names working.

How the spec becomes methods: the path after ``/<service>/api[/vN]/`` names the resource
(``TOP`` maps the first segment to the client attribute). A later segment followed by a path
parameter, or holding several operations, is a sub-resource; otherwise it is an action named
after it. Collections and items get ``list/create/retrieve/update/partial_update/delete``.
``RENAME`` fixes the few places where that rule gives a poor or an older name, and
``HAND_WRITTEN`` lists the operations whose method is written by hand in
``campfire_sdk/_conveniences.py`` (the generated class inherits it).
``tests/sdk/test_generated.py`` fails when the committed files and the spec disagree.

The generator's parts are in ``sdk/sdkgen/`` (not shipped with the SDK), each a step of ``Generator``:
``naming.py`` (the rules above and the text helpers), ``state.py``, ``annotations.py`` (a schema as a
Python type), ``shapes.py`` (a method's body, query and result), ``tree.py`` (paths to resources and
methods), ``types_files.py``, ``resource_files.py`` and ``package_files.py`` (the files written).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml
from sdkgen.naming import HEADER
from sdkgen.package_files import Generator

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "campfire.openapi.yaml"
PACKAGE = ROOT / "sdk" / "campfire_sdk"
#: The generated reference of every resource and method (a page of the docs site).
API_REFERENCE = ROOT / "docs" / "sdk-api.md"


def render_all(spec_path: Path = SPEC) -> tuple[dict[str, str], str]:
    """The package's files (path relative to ``campfire_sdk/`` -> text) and ``docs/sdk-api.md``'s text."""
    gen = Generator(
        yaml.load(spec_path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    )
    for node in gen.tree.values():  # a first pass learns which types each resource uses
        gen.resource_module(node)
    gen.place_types()
    files = {f"resources/{attr}.py": gen.resource_module(node) for attr, node in sorted(gen.tree.items())}
    files["resources/__init__.py"] = gen.package_init()
    files["_client_resources.py"] = gen.client_resources()
    files["_operations.py"] = gen.operations()
    files.update(gen.types_modules())
    files["types/__init__.py"] = gen.types_init()
    return files, gen.api_reference()


def render(spec_path: Path = SPEC) -> dict[str, str]:
    """Path relative to ``campfire_sdk/`` -> generated text."""
    return render_all(spec_path)[0]


def generated_files(package: Path = PACKAGE) -> list[Path]:
    """Files under ``package`` whose first line says they are generated."""
    return sorted(p for p in package.rglob("*.py") if p.read_text(encoding="utf-8").split("\n", 1)[0] == HEADER)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed files are out of date")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the OpenAPI document (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=PACKAGE, help="the campfire_sdk package directory")
    parser.add_argument(
        "--reference", type=Path, default=API_REFERENCE, help="where the API reference goes (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    files, reference = render_all(args.spec)
    stale = []
    if args.check:
        if not args.reference.exists() or args.reference.read_text(encoding="utf-8") != reference:
            stale.append(str(args.reference))
    else:
        args.reference.parent.mkdir(parents=True, exist_ok=True)
        args.reference.write_text(reference, encoding="utf-8")
    for name, text in files.items():
        path = args.out / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    leftover = [p for p in generated_files(args.out) if str(p.relative_to(args.out)) not in files]
    if args.check:
        stale += [str(p.relative_to(args.out)) for p in leftover]
    else:
        for path in leftover:  # a resource the spec no longer has
            path.unlink()
        print(f"wrote {len(files)} files under {args.out}")
    if stale:
        print(f"out of date: {', '.join(stale)}; run python sdk/generate.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
