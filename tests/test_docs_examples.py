"""Every example of the README, the docs and the SDK's README runs as written.

The rules (also on docs/development.md, "The docs and their examples"):

* ``python`` blocks run in order, one namespace per page, inside ``campfire_mock.intercept()`` on the
  demo seed with ``CAMPFIRE_API_KEY`` set and every other host blocked;
* a ``python`` block that defines ``test_`` functions is a pytest example: it becomes a test file of its
  own, run by pytest with the plugin, and each of its tests must pass;
* ``sh``/``bash``/``console`` blocks run in ``bash -e`` against a live ``campfire-mock serve`` on a free
  port (``127.0.0.1:8765`` in the text is replaced by it), curl failing on any HTTP error unless the block
  is marked ``<!-- docs-test: http-errors-expected -->``; a ``console`` block runs its ``$ `` lines;
* ``<!-- docs-test: skip (reason) -->`` on the line before a fence skips that block; the reason is required;
* ``text`` blocks, and any other language, are never run.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import textwrap
import typing as t
from dataclasses import dataclass
from pathlib import Path

import httpx
import numpy  # noqa: F401  pytester's in-process run forgets modules first imported inside it; numpy cannot load twice
import pytest

import campfire_mock

from .mock.live import LiveServer

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), ROOT / "sdk" / "README.md"]
SHELLS = {"sh", "bash", "console", "shell"}
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`\s]*)[^`]*$")
MARK = re.compile(r"<!--\s*docs-test:\s*(?P<what>[\w-]+)(?P<reason>[^>]*?)\s*-->")
LIVE_ADDRESS = "127.0.0.1:8765"
#: What an unmarked shell example may run: calls to the mock, never an install or a long-running server.
RUNNABLE = {"curl", "campfire-mock", "export", "echo"}
SERVER = re.compile(r"\s*campfire-mock (serve|proxy)\b(?!.*--help)")
API_KEY = "docs-example-key"


@dataclass(frozen=True)
class Block:
    """One fenced code block: where it is, its language, its code and its mark (if any)."""

    page: Path
    line: int
    lang: str
    code: str
    mark: str = ""
    reason: str = ""

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"

    @property
    def is_pytest(self) -> bool:
        return bool(re.search(r"(?m)^(async\s+)?def test_|^class Test", self.code))


def read_blocks(text: str, page: Path) -> list[Block]:
    """The fenced blocks of a Markdown text, dedented to their fence."""
    lines = text.splitlines()
    found: list[Block] = []
    i = 0
    while i < len(lines):
        opening = FENCE.match(lines[i])
        if not opening:
            i += 1
            continue
        indent, fence = opening["indent"], opening["fence"]
        closing = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        end = i + 1
        while end < len(lines) and not closing.match(lines[end]):
            end += 1
        code = "\n".join(line[len(indent) :] if line.startswith(indent) else line for line in lines[i + 1 : end])
        before = next((line for line in reversed(lines[:i]) if line.strip()), "")
        mark = MARK.search(before)
        found.append(
            Block(
                page,
                i + 1,
                opening["info"].lower(),
                code + "\n",
                mark["what"] if mark else "",
                mark["reason"].strip(" ()") if mark else "",
            )
        )
        i = end + 1
    return found


BLOCKS = [block for page in PAGES for block in read_blocks(page.read_text(encoding="utf-8"), page)]
PYTHON = [b for b in BLOCKS if b.lang == "python" and b.mark != "skip"]
SHELL = [b for b in BLOCKS if b.lang in SHELLS and b.mark != "skip"]


def run_python_page(blocks: list[Block]) -> None:
    """Run a page's plain ``python`` blocks in order in one namespace, as the rules say."""
    namespace: dict[str, t.Any] = {"__name__": "__docs_example__"}
    with campfire_mock.intercept(block_other_hosts=True):
        for block in blocks:
            try:
                exec(compile(block.code, block.where, "exec"), namespace)
            except BaseException as exc:
                exc.add_note(f"in the example at {block.where}")
                raise


def shell_script(block: Block, base_url: str) -> str:
    """The commands of a shell block, pointed at the live mock."""
    code = block.code
    if block.lang == "console":
        code = "\n".join(line[2:] for line in code.splitlines() if line.startswith("$ ")) + "\n"
    return code.replace(f"http://{LIVE_ADDRESS}", base_url)


def programs(script: str) -> list[str]:
    """The program each command of a script starts with (continuation lines joined, comments dropped)."""
    joined = re.sub(r"\\\n", " ", script)
    return [line.split()[0] for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def run_shell(block: Block, base_url: str, scratch: Path) -> subprocess.CompletedProcess[str]:
    """Run a shell block with bash -e; curl fails on HTTP errors unless the block expects them."""
    fail = "" if block.mark == "http-errors-expected" else "fail\n"
    (scratch / ".curlrc").write_text("silent\nshow-error\n" + fail)
    env = {
        **os.environ,
        "CURL_HOME": str(scratch),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "CAMPFIRE_API_KEY": API_KEY,
        "CAMPFIRE_BASE_URL": base_url,
    }
    return subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", shell_script(block, base_url)],
        cwd=scratch,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def example_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The environment the docs promise their examples: a key, and the default base URL."""
    monkeypatch.setenv("CAMPFIRE_API_KEY", API_KEY)
    monkeypatch.delenv("CAMPFIRE_BASE_URL", raising=False)


@pytest.fixture(scope="module")
def live_mock() -> t.Iterator[LiveServer]:
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed: the shell examples call it")
    with LiveServer("--seed", "demo") as server:
        yield server


def test_every_skip_mark_gives_its_reason() -> None:
    """A block marked to be skipped says why, and every mark is one the rules know."""
    for block in BLOCKS:
        assert block.mark in ("", "skip", "http-errors-expected"), f"{block.where}: unknown mark {block.mark!r}"
        if block.mark == "skip":
            assert block.reason, f"{block.where}: a skipped example must say why"


def test_the_pages_have_examples_to_run() -> None:
    """The README and the docs hold runnable examples of every kind (the collection is not empty)."""
    assert {b.page.name for b in PYTHON} >= {"README.md", "getting-started.md", "testing.md", "sdk.md"}
    assert any(b.is_pytest for b in PYTHON) and any(not b.is_pytest for b in PYTHON)
    assert len(SHELL) >= 3


@pytest.mark.parametrize(
    "page",
    sorted({b.page for b in PYTHON if not b.is_pytest}),
    ids=lambda p: str(p.relative_to(ROOT)),
)
@pytest.mark.usefixtures("example_env")
def test_python_examples_run(page: Path) -> None:
    """A page's python examples run in order against the in-process mock with the demo seed."""
    run_python_page([b for b in PYTHON if b.page == page and not b.is_pytest])


def test_pytest_examples_pass(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each pytest example, as its own test file run with the plugin, passes every test it defines."""
    monkeypatch.setenv("CAMPFIRE_API_KEY", API_KEY)
    monkeypatch.delenv("CAMPFIRE_BASE_URL", raising=False)
    examples = [b for b in PYTHON if b.is_pytest]
    expected = 0
    for number, block in enumerate(examples):
        tree = ast.parse(block.code)
        functions = (n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef))
        expected += sum(n.name.startswith("test_") for n in functions)
        header = f"# {block.where}\n"
        pytester.makepyfile(**{f"test_example_{number}": header + block.code})
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-p", "no:randomly", "-p", "no:asyncio", "-q")
    assert result.ret == 0, "\n".join(result.outlines[-60:])
    result.assert_outcomes(passed=expected)


@pytest.mark.parametrize("block", SHELL, ids=lambda b: b.where)
def test_shell_examples_run(block: Block, live_mock: LiveServer, tmp_path: Path) -> None:
    """A shell example's commands succeed against a live mock with the demo seed (reset before each)."""
    unsafe = [p for p in programs(shell_script(block, live_mock.url)) if p not in RUNNABLE]
    assert not unsafe, f"{block.where} runs {unsafe}: mark it <!-- docs-test: skip (why) --> or make it a call"
    servers = [line for line in shell_script(block, live_mock.url).splitlines() if SERVER.match(line)]
    assert not servers, f"{block.where} starts a server that runs until stopped: mark it skip"
    demo = {"Authorization": "Token demo"}
    httpx.post(f"{live_mock.url}/__campfire_mock__/reset", headers=demo).raise_for_status()
    httpx.delete(f"{live_mock.url}/__campfire_mock__/faults", headers=demo).raise_for_status()
    done = run_shell(block, live_mock.url, tmp_path)
    assert done.returncode == 0, f"{block.where} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"


BROKEN_PAGE = textwrap.dedent(
    """
    ```python
    from campfire_sdk import Campfire
    ```

    ```python
    assert Campfire().invoices.retrieve(47864).client_name == "Not Apple"
    ```

    ```sh
    curl -H 'Authorization: Token demo' http://127.0.0.1:8765/coa/api/v1/invoice/999999/
    ```
    """
)


@pytest.mark.usefixtures("example_env")
def test_a_broken_python_example_fails() -> None:
    """An example whose assertion no longer holds fails, naming where it is."""
    blocks = [b for b in read_blocks(BROKEN_PAGE, ROOT / "docs" / "broken.md") if b.lang == "python"]
    with pytest.raises(AssertionError) as failure:
        run_python_page(blocks)
    assert "in the example at docs/broken.md:6" in failure.value.__notes__


def test_a_broken_shell_example_fails(live_mock: LiveServer, tmp_path: Path) -> None:
    """A curl example that the mock answers with an error (here a 404) fails."""
    [block] = [b for b in read_blocks(BROKEN_PAGE, ROOT / "docs" / "broken.md") if b.lang == "sh"]
    done = run_shell(block, live_mock.url, tmp_path)
    assert done.returncode == 22, done.stderr
    assert "404" in done.stderr
