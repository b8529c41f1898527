"""The docs stay inside the repository: every link in a Markdown file names a
file of this repository (or a web address), and no doc points at a path
outside it, so that every link works in every clone. The domain is explained
in docs/domain.md, cited by rule id (R-...).
"""

from __future__ import annotations

import pathlib
import re

import pytest

from conftest import ROOT

# Folders that hold build output or third-party files, not the project's docs.
SKIPPED = {"build", "target", ".git", "node_modules", "dist"}

DOCS = sorted(
    path
    for path in ROOT.rglob("*.md")
    if not SKIPPED.intersection(path.relative_to(ROOT).parts[:-1])
    and not any(part.startswith(".venv") for part in path.relative_to(ROOT).parts)
)

# [text](target) and [text]: target (reference definitions); images alike.
INLINE_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE_LINK = re.compile(r"^\s*\[[^\]]+\]:\s*(\S+)", re.MULTILINE)
# Text that names a place outside the repository, linked or not: the shared
# specification folder, its seed documents, absolute paths of a machine.
OUTSIDE_TEXT = re.compile(r"(\.\./shared\b|shared/spec|shared/seeds|/work/|DOMAIN\.md|file://)")
FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)


def links(text: str) -> list[str]:
    prose = FENCE.sub("", text)  # code blocks show commands and output, not links
    return INLINE_LINK.findall(prose) + REFERENCE_LINK.findall(prose)


def problems_in(text: str, doc: pathlib.Path) -> list[str]:
    """What in `text`, the content of `doc`, points outside the repository or nowhere."""
    found = []
    for target in links(text):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE) and not target.lower().startswith("file:"):
            continue  # https:, mailto: ...: a web address, the same in every clone
        path_part = target.split("#", 1)[0]
        if not path_part:
            continue  # an anchor in the same file
        if path_part.startswith("/"):
            found.append(f"absolute link {target!r}")
            continue
        resolved = (doc.parent / path_part).resolve()
        if not resolved.is_relative_to(ROOT):
            found.append(f"link {target!r} leaves the repository")
        elif not resolved.exists():
            found.append(f"link {target!r} names a file that does not exist")
    for line_number, line in enumerate(text.splitlines(), start=1):
        match = OUTSIDE_TEXT.search(line)
        if match:
            found.append(f"line {line_number} names {match.group(1)!r}, outside the repository: {line.strip()}")
    return found


def test_there_are_docs_to_check():
    names = {doc.relative_to(ROOT).as_posix() for doc in DOCS}
    assert {"README.md", "docs/domain.md", "docs/conformance.md"} <= names


@pytest.mark.parametrize("doc", DOCS, ids=[d.relative_to(ROOT).as_posix() for d in DOCS])
def test_a_doc_links_only_inside_the_repository(doc: pathlib.Path):
    assert problems_in(doc.read_text(encoding="utf-8"), doc) == []


def test_the_check_finds_every_kind_of_escape_and_passes_good_links():
    doc = ROOT / "docs" / "any.md"  # only its folder matters
    escapes = [
        "[spec](../shared/spec/DOMAIN.md)",
        "[x](../../elsewhere.md)",
        "[x](/etc/passwd)",
        "[x](file:///etc/passwd)",
        "see DOMAIN.md section 6",
        "the seeds are in `../shared/seeds`",
        "[x](no-such-file.md)",
    ]
    for text in escapes:
        assert problems_in(text, doc), text
    for text in ["[domain](domain.md#glossary)", "[web](https://example.org/a)", "[here](#contents)",
                 "```\n[x](/in/a/code/block)\n```"]:
        assert problems_in(text, doc) == [], text
