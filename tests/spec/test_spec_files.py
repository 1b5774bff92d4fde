"""The vendored spec and the control-API spec are valid and ship inside the package."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate

from campfire_mock.openapi.documents import load_spec, packaged_spec

ROOT = Path(__file__).resolve().parents[2]
FILES = ("campfire.openapi.yaml", "mock-admin.openapi.yaml")
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@pytest.mark.parametrize("name", FILES)
def test_spec_validates(name: str) -> None:
    """Each spec file is a valid OpenAPI 3.0 document."""
    validate(load_spec(ROOT / "spec" / name))


@pytest.mark.parametrize("name", FILES)
def test_packaged_copy_equals_spec_dir(name: str) -> None:
    """The copy inside campfire_mock is byte-for-byte the one in spec/, and its JSON twin (what the
    server reads) is the same document. `python spec/package.py` refreshes both."""
    assert packaged_spec(name).read_bytes() == (ROOT / "spec" / name).read_bytes()
    twin = packaged_spec(name).with_suffix(".json")
    assert json.loads(twin.read_text(encoding="utf-8")) == yaml.load(packaged_spec(name).read_text("utf-8"), LOADER)


def test_vendored_spec_has_every_upstream_operation() -> None:
    """All 188 upstream paths and 362 operations are vendored, with upstream's operationIds; the two
    operations of ours (the webhook topics, the ledger report) are marked as additions."""
    spec = load_spec(packaged_spec(FILES[0]))  # spec/'s YAML, from its JSON twin (equal: the test above)
    upstream = json.loads((ROOT / "spec" / "upstream" / "campfire-openapi-upstream.json").read_text("utf-8"))
    ours = {
        (p, m): op["operationId"]
        for p, item in spec["paths"].items()
        for m, op in item.items()
        if m != "parameters" and op.get("x-campfire-devkit", {}).get("added")
    }
    assert ours == {
        ("/integrations/api/v1/webhook/topics", "get"): "integrations_api_v1_webhook_topics_list",
        ("/coa/api/transaction/report", "get"): "coa_api_transaction_report_retrieve",
    }
    ops = {
        (p, m): op["operationId"]
        for p, item in spec["paths"].items()
        for m, op in item.items()
        if m != "parameters" and (p, m) not in ours
    }
    up_ops = {
        (p, m): op["operationId"]
        for p, item in upstream["paths"].items()
        for m, op in item.items()
        if m != "parameters"
    }
    assert len({p for p, _ in ops}) == 188
    assert len(ops) == 362
    assert ops == up_ops


def test_admin_spec_stays_under_reserved_prefix() -> None:
    """Every control route sits under /__campfire_mock__/, never in the vendored spec."""
    admin = load_spec(packaged_spec(FILES[1]))  # spec/'s YAML, from its JSON twin (equal: the test above)
    vendored = load_spec(packaged_spec(FILES[0]))
    assert all(p.startswith("/__campfire_mock__/") for p in admin["paths"])
    assert not any("__campfire_mock__" in p for p in vendored["paths"])


def test_the_docs_state_the_spec_s_counts() -> None:
    """The server and contract pages give the vendored spec's own path and operation counts (two more than
    upstream's: the webhook topics and the GL transaction report)."""
    spec = load_spec(packaged_spec())
    methods = ("get", "put", "post", "patch", "delete")
    operations = sum(1 for item in spec["paths"].values() for m in item if m in methods)
    server = (ROOT / "docs" / "server.md").read_text(encoding="utf-8")
    contract = (ROOT / "docs" / "contract.md").read_text(encoding="utf-8")
    assert f"{len(spec['paths'])} paths and {operations} operations in all" in " ".join(server.split())
    assert f"all {operations} operations" in " ".join(contract.split())


def test_a_form_list_field_says_how_a_form_sends_a_list_once() -> None:
    """A form twin's list field (``FixedAssetForm.depreciations`` and the others) carries the form-list note
    once, however many operations and media types share the twin (``spec/vendoring/forms.py``)."""
    spec = json.loads(packaged_spec(FILES[0]).with_suffix(".json").read_text("utf-8"))
    note = "In a form, one part (or repeated key) per item"
    repeated: list[str] = []

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            said = node.get("description")
            if isinstance(said, str) and said.count(note) > 1:
                repeated.append(where)
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}/{index}")

    walk(spec["components"]["schemas"], "#/components/schemas")
    depreciations = spec["components"]["schemas"]["FixedAssetForm"]["properties"]["depreciations"]
    assert depreciations["description"].count(note) == 1
    assert repeated == []
