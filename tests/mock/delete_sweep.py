"""The delete sweep's runner: makes a target and a referrer naming it, deletes the target, and reads back what
referred to it, collecting what it finds (``test_delete_sweep.py`` states the checks).
"""

from __future__ import annotations

import re
import typing as t
from decimal import Decimal

from starlette.testclient import TestClient

from . import third_party_client
from .payables import trial_balance_difference
from .sweep_kinds import (
    GL,
    GL_FILTERS,
    KINDS,
    LIST_PARAMS,
    MADE_BY,
    NOT_KEPT,
    REPLACEMENTS,
    Pair,
    _base,
    _fill,
    _names,
    _naming,
)


class Sweep:
    """One workspace's sweep: makes objects, deletes them, and collects what it finds."""

    def __init__(self, client: TestClient) -> None:
        self.c = client
        self.findings: list[str] = []
        #: Pairs swept to the end (a delete answered and the referrer read back), and pairs skipped (the
        #: server writes the relation, by an action).
        self.swept = 0
        self.skipped: list[Pair] = []
        self.reader = third_party_client.reader()

    def ok(self, response: t.Any, what: str) -> t.Any:
        """``response``, after noting a 5xx, and an answer the third-party client's models do not parse."""
        if response.status_code >= 500:
            self.findings.append(f"{what}: {response.status_code} {response.text[:200]}")
        before = len(self.reader.failures)
        self.reader.read(response)
        self.findings += [f"{what}: {f}" for f in self.reader.failures[before:]]
        return response

    def make(
        self,
        kind: str,
        change: t.Callable[[dict[str, t.Any]], dict[str, t.Any]] = dict,
        under: t.Mapping[str, int] | None = None,
    ) -> t.Any:
        """A new object of ``kind`` (a minimal body, else a maximal one): its answer, or the last refusal."""
        made = None
        for maximal in (False, True):
            url, query = KINDS[kind].collection(under), MADE_BY.get(kind, ("", {}))[1]
            made = self.ok(self.c.post(url, params=query, json=change(_base(kind, maximal))), f"make {kind}")
            if made.status_code == 201 or (kind in MADE_BY and made.status_code == 200):
                return made.json()
        return made

    def read(self, kind: str, key: int, under: t.Mapping[str, int] | None) -> tuple[t.Any, t.Any]:
        """``kind``'s object ``key`` as its retrieve answers it, and as its list shows it (None when not)."""
        shown = self.ok(self.c.get(KINDS[kind].item(key, under)), f"retrieve {kind} {key}")
        params: dict[str, t.Any] = {"limit": 1000, **LIST_PARAMS.get(kind, {})}
        listed = self.ok(self.c.get(KINDS[kind].collection(under), params=params), f"list {kind}")
        rows = listed.json() if listed.status_code == 200 else []
        rows = rows.get("results", []) if isinstance(rows, dict) else rows
        found = next((r for r in rows if isinstance(r, dict) and r.get("id") == key), None)
        return shown, found

    def newest(self, kind: str, under: t.Mapping[str, int] | None) -> t.Any:
        """The newest object of ``kind``'s list (the one just made, where its create answers no id)."""
        listed = self.ok(self.c.get(KINDS[kind].collection(under), params={"limit": 1000}), f"list {kind}").json()
        rows = listed.get("results", []) if isinstance(listed, dict) else listed
        return max(rows, key=lambda r: int(r["id"]), default={"id": None})

    def gl_names(self, target: str, key: int) -> int:
        """How many GL lines (all time) name ``key`` of ``target`` by the GL list's filter for that kind (0 for a
        kind the GL log does not filter by)."""
        field = GL_FILTERS.get(target)
        if field is None:
            return 0
        lines = self.ok(self.c.get(GL, params={"all_time": "true", field: key, "limit": 1}), f"GL {field}={key}")
        return int(lines.json().get("count") or 0) if lines.status_code == 200 else 0

    def pair(self, pair: Pair, *, reassign: bool = False, update: bool = False, via: str | None = None) -> None:
        """Make T, make R naming T, delete T: then read R back (see the module's docstring). With ``reassign``,
        T's delete names a new T in its ``new_<name>`` parameter, and R must name that one after it. With
        ``update``, R is first changed (PATCH) to name a second T: the first then deletes freely, and the
        sweep goes on with the second. ``via``: T deleted through that path template instead of its own."""
        referrer, outer, name, target = pair
        where = f"{referrer} {outer + '[].' if outer else ''}{name} -> {target}"
        if KINDS[referrer].written_by_server(outer, name):
            self.skipped.append(pair)
            return
        made = self.make(target)
        other: t.Any = self.make(target) if reassign else {"id": None}
        if not isinstance(made, dict) or not isinstance(other, dict):
            failed: t.Any = made if not isinstance(made, dict) else other
            self.findings.append(f"{where}: {target} not made: {failed.status_code} {failed.text[:200]}")
            return
        key = int(made["id"])
        param = KINDS[referrer].parent_named(name, target) if outer is None else None
        under = {param: key} if param else None
        ref = self.make(referrer, lambda body: _naming(referrer, outer, name, key, body), under)
        if isinstance(ref, dict) and "id" not in ref:  # a create answering its request's shape (a bill draft's)
            ref = self.newest(referrer, under)
        if not isinstance(ref, dict) or not isinstance(ref.get("id"), int):
            shown = f"{ref.status_code} {ref.text[:200]}" if not isinstance(ref, dict) else f"answered {ref}"[:200]
            self.findings.append(f"{where}: referrer not made: {shown}")
            return
        kept = (referrer, outer, name) in NOT_KEPT
        if not kept and not _names(ref, outer, name, key):
            self.findings.append(f"{where}: the made referrer does not name {key}")
            return
        if update:
            repointed = self.repoint(where, pair, int(ref["id"]), key)
            if repointed is None:
                return
            key = repointed
        params = {REPLACEMENTS[target]: other["id"]} if reassign else None
        url = _fill(via, {"id": key}) if via else KINDS[target].item(key)
        gone = self.ok(self.c.delete(url, params=params), f"{where}: delete")
        if gone.status_code >= 500:
            return
        self.after(where, pair, key, (int(ref["id"]), under), gone)
        if reassign:
            self.moved(where, pair, (int(ref["id"]), under), gone, None if kept else int(other["id"]))
        self.swept += 1

    def repoint(self, where: str, pair: Pair, ref_id: int, old: int) -> int | None:
        """R (``ref_id``, naming ``old``) changed by a PATCH to name a new T; ``old`` then deletes (2xx: nothing
        refers to it any more). The new T's id, or None after a finding."""
        referrer, outer, name, target = pair
        new = self.make(target)
        if not isinstance(new, dict):
            self.findings.append(f"{where}: a second {target} not made: {new.status_code} {new.text[:99]}")
            return None
        patch = _naming(referrer, outer, name, int(new["id"]), {})
        changed = self.ok(self.c.patch(KINDS[referrer].item(ref_id), json=patch), f"{where}: PATCH")
        if changed.status_code != 200 or not _names(changed.json(), outer, name, int(new["id"])):
            self.findings.append(f"{where}: PATCH naming {new['id']}: {changed.status_code} {changed.text[:90]}")
            return None
        freed = self.ok(self.c.delete(KINDS[target].item(old)), f"{where}: delete the one no longer named")
        if freed.status_code not in (200, 202, 204):
            self.findings.append(f"{where}: {old}, no longer named, still cannot be deleted: {freed.text[:150]}")
        return int(new["id"])

    def moved(self, where: str, pair: Pair, ref: tuple[int, t.Any], gone: t.Any, new: int | None) -> None:
        """After a delete naming a replacement: a 2xx, and the referrer names the replacement (where it
        answers the relation at all)."""
        referrer, outer, name, _ = pair
        if gone.status_code not in (200, 202, 204):
            self.findings.append(f"{where}: a delete naming a replacement answered {gone.status_code} {gone.text[:99]}")
            return
        shown, listed = self.read(referrer, *ref)
        if new is not None and not (shown.status_code == 200 and _names(shown.json(), outer, name, new)):
            self.findings.append(f"{where}: {referrer} {ref[0]} does not name the replacement {new}: {shown.text[:99]}")
        if new is not None and not (listed is not None and _names(listed, outer, name, new)):
            self.findings.append(f"{where}: {referrer} {ref[0]} is not listed naming the replacement {new}")

    def after(self, where: str, pair: Pair, key: int, ref: tuple[int, t.Any], gone: t.Any) -> None:
        """The delete's answer, then the referrer, the target and the GL read back."""
        referrer, outer, name, target = pair
        shown, listed = self.read(referrer, *ref)
        if gone.status_code == 409:
            detail = str(gone.json().get("detail", ""))
            if "cannot be deleted" not in detail or not re.search(r"\d", detail.split(":", 1)[-1]):
                self.findings.append(f"{where}: a 409 that names nothing: {detail!r}")
            if self.c.get(KINDS[target].item(key)).status_code != 200:
                self.findings.append(f"{where}: refused, yet {target} {key} no longer reads")
            return
        if gone.status_code not in (200, 202, 204):
            self.findings.append(f"{where}: delete answered {gone.status_code} {gone.text[:200]}")
            return
        if self.c.get(KINDS[target].item(key)).status_code != 404:
            self.findings.append(f"{where}: deleted, yet {target} {key} still reads")
        if shown.status_code == 200 and _names(shown.json(), outer, name, key):
            self.findings.append(f"{where}: {referrer} {ref[0]} still names deleted {key} (retrieve)")
        if listed is not None and _names(listed, outer, name, key):
            self.findings.append(f"{where}: {referrer} {ref[0]} still names deleted {key} (list)")
        if (shown.status_code == 200) != (listed is not None):
            self.findings.append(f"{where}: retrieve answered {shown.status_code}, list shows it: {listed is not None}")
        if self.gl_names(target, key):
            self.findings.append(f"{where}: GL lines still name deleted {key}")

    def balanced(self) -> None:
        difference = trial_balance_difference(self.c)
        if difference != Decimal(0):
            self.findings.append(f"the trial balance is off by {difference}")
