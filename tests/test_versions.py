"""One version everywhere: both distributions, both packages and the newest release of the changelog."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

from packaging.requirements import Requirement

import campfire_mock
import campfire_sdk

ROOT = Path(__file__).resolve().parents[1]
RELEASE = re.compile(r"^## \[(?P<version>\d+\.\d+\.\d+)\] - (?P<date>\d{4}-\d{2}-\d{2})$", re.MULTILINE)
SECTION_KINDS = {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}


def version_in(path: Path) -> str:
    match = re.search(r'^__version__ = "([^"]+)"$', path.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, f"{path} has no __version__ line"
    return match[1]


def newest_release() -> str:
    match = RELEASE.search((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert match, "CHANGELOG.md has no dated release"
    return match["version"]


def test_both_packages_carry_the_newest_release() -> None:
    """Both _version.py files hold the version of the newest dated release in CHANGELOG.md."""
    release = newest_release()
    assert version_in(ROOT / "mockserver" / "campfire_mock" / "_version.py") == release
    assert version_in(ROOT / "sdk" / "campfire_sdk" / "_version.py") == release
    assert campfire_mock.__version__ == campfire_sdk.__version__ == release


def test_both_distributions_read_their_version_from_the_package() -> None:
    """Each pyproject.toml takes its version from its package's _version.py, so they cannot drift apart."""
    for pyproject, version_file in (
        (ROOT / "pyproject.toml", "mockserver/campfire_mock/_version.py"),
        (ROOT / "sdk" / "pyproject.toml", "campfire_sdk/_version.py"),
    ):
        config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        assert "version" not in config["project"] and "version" in config["project"]["dynamic"], pyproject
        assert config["tool"]["hatch"]["version"]["path"] == version_file, pyproject


def test_the_devkit_accepts_the_sdk_of_its_own_release() -> None:
    """campfire-devkit's requirement on campfire-sdk admits the SDK version of the same release."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [sdk] = [Requirement(r) for r in config["project"]["dependencies"] if Requirement(r).name == "campfire-sdk"]
    assert sdk.specifier.contains(newest_release())


def test_the_changelog_keeps_a_changelog_form() -> None:
    """Unreleased comes first, releases are dated and newest first, and sections are Keep a Changelog's kinds."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", text, re.MULTILINE)
    assert headings[0] == "[Unreleased]"
    releases = [(m["version"], date.fromisoformat(m["date"])) for m in RELEASE.finditer(text)]
    assert len(releases) == len(headings) - 1, "every heading after Unreleased is a dated release"
    versions = [tuple(int(part) for part in v.split(".")) for v, _ in releases]
    assert versions == sorted(versions, reverse=True)
    assert [d for _, d in releases] == sorted((d for _, d in releases), reverse=True)
    assert set(re.findall(r"^### (.+)$", text, re.MULTILINE)) <= SECTION_KINDS
