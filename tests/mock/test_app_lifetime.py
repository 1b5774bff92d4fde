"""Apps built and dropped leave nothing behind: no module-level cache keeps an app, its spec readers or its
compiled validators alive (test suites and ``intercept()`` users build one app per test). By default one app
is built and dropped; ``--deep`` also builds two more and counts what they leave."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import typing as t
import weakref

import pytest
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.openapi import documents, json_schema, relations, shapes

DEEP = os.environ.get("CAMPFIRE_TESTS_DEEP") == "1"
TOKEN = {"Authorization": "Token test-token"}
#: Objects one built-and-dropped app may leave (module caches keyed by values the demo seed repeats are
#: warm after the first app); an app kept alive leaves tens of thousands.
SLACK_PER_APP = 1_000


def _serve_a_few_requests(app: t.Any) -> None:
    """Requests that fill every per-app cache: a list answer checked against its schema (compiled
    validators), a bad query parameter and a bad long list of lines (Connexion's validators), a generic
    create (the spec's relations)."""
    lines = [{"amount": "x"}] * 101
    with TestClient(app, headers=TOKEN) as c:
        assert c.get("/coa/api/v1/invoice/?limit=2").status_code == 200
        assert c.get("/coa/api/v1/invoice/?limit=abc").status_code == 400
        assert c.post("/coa/api/v1/invoice/", json={"client": 33973, "lines": lines}).status_code == 400
        assert c.post("/coa/api/tag", json={"name": "Lifetime"}).status_code == 201


def _build_and_drop(count: int) -> list[weakref.ref[t.Any]]:
    """Weak references to ``count`` apps that each served requests, and to their spec readers and shapes."""
    before = {id(o) for o in gc.get_objects() if isinstance(o, documents.Dereferencer | shapes.Shapes)}
    made: list[weakref.ref[t.Any]] = []
    for _ in range(count):
        app = create_app()
        _serve_a_few_requests(app)
        made.append(weakref.ref(app))
        del app
    made += [
        weakref.ref(o)
        for o in gc.get_objects()
        if isinstance(o, documents.Dereferencer | shapes.Shapes) and id(o) not in before
    ]
    gc.collect()
    return made


def test_an_app_built_and_dropped_leaves_no_app_or_spec_reader_alive() -> None:
    """One app built, used and dropped leaves no app, no ``Shapes``, no ``Dereferencer`` and no relations
    entry of its own alive (a module cache keeping any of them fails here)."""
    gc.collect()
    readers = len(relations._CACHE)
    made = _build_and_drop(1)
    assert len(made) > 1  # the app, and its readers and shapes
    assert [r() for r in made if r() is not None] == []
    assert len(relations._CACHE) == readers


@pytest.mark.skipif(not DEEP, reason="three apps take ~10 s: run with --deep")
def test_apps_built_and_dropped_leave_no_app_spec_reader_or_cache_entry_alive() -> None:
    """After a first app (which warms the value caches), two apps built, used and dropped leave no app, no
    ``Shapes``, no ``Dereferencer``, no relations entry and no shared validator entry of their own alive, and
    under ``SLACK_PER_APP`` objects each."""
    _build_and_drop(1)
    gc.collect()
    objects, readers, items = len(gc.get_objects()), len(relations._CACHE), len(json_schema._BY_TEXT)
    made = _build_and_drop(2)
    assert len(made) > 2  # the apps, and their readers and shapes
    assert [r() for r in made if r() is not None] == []
    assert len(relations._CACHE) == readers
    assert items > 0  # the long list's items were checked by the cache every app shares...
    assert len(json_schema._BY_TEXT) == items  # ...which holds one entry per distinct schema, not one per app
    assert len(gc.get_objects()) - objects < 2 * SLACK_PER_APP


#: A fresh interpreter in which the first app built is the one that imports Connexion (as in a user's first test).
FIRST_IMPORTER = """
import gc, weakref
from starlette.testclient import TestClient
from campfire_mock import create_app

def build():
    app = create_app()
    with TestClient(app, headers={"Authorization": "Token t"}) as c:
        assert c.get("/coa/api/v1/invoice/?limit=abc").status_code == 400  # through Connexion's validators
    return weakref.ref(app)

assert "connexion" not in __import__("sys").modules
ref = build()
gc.collect()
print("alive" if ref() is not None else "gone")
"""


def test_the_app_that_first_imports_connexion_is_not_kept_alive_by_it() -> None:
    """Connexion keeps its ``ImportError`` of flask, whose traceback held the frames of whatever first imported
    it: the first app of a process stayed alive. In a fresh interpreter, that app is gone once dropped."""
    done = subprocess.run(
        [sys.executable, "-c", FIRST_IMPORTER], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "gone"
