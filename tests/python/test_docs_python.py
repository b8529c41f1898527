"""docs/python.md and docs/store.md run as they are written: its ```python blocks, executed in order
in one namespace, from a folder that looks like the repository root (its
examples/ and profiles/), as a reader who pastes them one after the other would.
A block that fails names its first line in docs/python.md.
"""

from __future__ import annotations

import contextlib
import io
import os
import pathlib
import re

import pytest

from conftest import ROOT

DOC = ROOT / "docs" / "python.md"
#: Other docs whose ```python blocks run the same way, each in its own namespace.
OTHER_DOCS = [ROOT / "docs" / "store.md"]
BLOCK = re.compile(r"^```python[ \t]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def python_blocks(text: str) -> list[tuple[int, str]]:
    """(first line number, code) of every ```python block, in order."""
    return [(text.count("\n", 0, m.start(1)) + 1, m.group(1)) for m in BLOCK.finditer(text)]


def test_the_doc_has_python_blocks():
    assert len(python_blocks(DOC.read_text(encoding="utf-8"))) >= 10


def test_every_python_block_runs_in_order(tmp_path: pathlib.Path):
    run_blocks(DOC, tmp_path)


@pytest.mark.parametrize("doc", OTHER_DOCS, ids=lambda doc: doc.name)
def test_other_docs_python_blocks_run_in_order(doc: pathlib.Path, tmp_path: pathlib.Path):
    assert python_blocks(doc.read_text(encoding="utf-8")), f"{doc.name} has no python blocks"
    run_blocks(doc, tmp_path)


def run_blocks(doc: pathlib.Path, tmp_path: pathlib.Path) -> None:
    # The reader's folder: the repository's examples and profiles, and room for the
    # files the blocks write, so that nothing is written into the repository.
    for folder in ("examples", "profiles"):
        (tmp_path / folder).symlink_to(ROOT / folder, target_is_directory=True)
    namespace: dict[str, object] = {"__name__": "__docs__"}
    previous = os.getcwd()
    os.chdir(tmp_path)
    try:
        name = f"docs/{doc.name}"
        for line, code in python_blocks(doc.read_text(encoding="utf-8")):
            compiled = compile(code, f"{name}:{line}", "exec")
            with contextlib.redirect_stdout(io.StringIO()):
                try:
                    exec(compiled, namespace)  # noqa: S102 - running the docs is the point
                except Exception as error:  # noqa: BLE001 - name the block, keep the cause
                    raise AssertionError(f"the block at {name} line {line} fails: {error!r}") from error
    finally:
        os.chdir(previous)
