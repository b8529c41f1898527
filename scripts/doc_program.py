#!/usr/bin/env python3
"""Turns the code blocks of one language in a doc into one program, so that the test
command runs every block as a reader would paste it (Python's blocks run through
tests/python/test_docs_python.py instead).

Usage: scripts/doc_program.py DOC LANG [PROGRAM]   (default: standard output)
  LANG java    -> a class `DocsProgram` whose main runs the ```java blocks in order
  LANG csharp  -> a class `DocsProgram` whose Main runs the ```csharp blocks in order
  LANG c       -> a C file whose main runs the ```c blocks in order
  LANG cpp     -> a C++ file whose main runs the ```cpp blocks in order

Java and C# blocks are independent examples: each runs in its own scope. The C blocks
of docs/c-api.md and the C++ blocks of docs/cpp.md are each one program in steps, so they
share main's scope (each name is declared once). Imports, `using` directives and #includes are lifted to the top. A comment names the doc line of each
block, so a compiler or run-time error points back into the doc.
"""

from __future__ import annotations

import re
import sys

LIFTED = {
    "java": re.compile(r"^import [\w.*]+;\s*$"),
    "csharp": re.compile(r"^using [\w.]+;\s*$"),
    "c": re.compile(r"^#include [<\"].+[>\"]\s*$"),
    "cpp": re.compile(r"^#include [<\"].+[>\"]\s*$"),
}
FRAME = {
    "java": ("public class DocsProgram {\n  public static void main(String[] args) throws Exception {\n", "  }\n}\n"),
    "csharp": ("public static class DocsProgram {\n  public static void Main() {\n", "  }\n}\n"),
    "c": ("int main(void) {\n", "  return 0;\n}\n"),
    "cpp": ("int main() {\n", "  return 0;\n}\n"),
}


def blocks(text: str, lang: str) -> list[tuple[int, list[str]]]:
    """(first line number, lines) of every block of the language, in order."""
    found: list[tuple[int, list[str]]] = []
    current: list[str] | None = None
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if current is None and line.strip() == "```" + lang:
            current, start = [], number + 1
        elif current is not None and line.strip() == "```":
            found.append((start, current))
            current = None
        elif current is not None:
            current.append(line)
    return found


def program(doc: str, lang: str) -> str:
    text = open(doc, encoding="utf-8").read()
    lifted: list[str] = []
    body: list[str] = []
    scoped = lang not in ("c", "cpp")
    for start, lines in blocks(text, lang):
        body.append(f"    {'{ ' if scoped else ''}/* {doc}:{start} */")
        for line in lines:
            if LIFTED[lang].match(line):
                if line not in lifted:
                    lifted.append(line)
            else:
                body.append("    " + line)
        if scoped:
            body.append("    }")
    if not body:
        raise SystemExit(f"{doc} has no ```{lang} blocks")
    head, tail = FRAME[lang]
    return "\n".join(lifted) + "\n\n" + head + "\n".join(body) + "\n" + tail


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4) or sys.argv[2] not in FRAME:
        raise SystemExit(__doc__)
    text = program(sys.argv[1], sys.argv[2])
    if len(sys.argv) == 4:
        with open(sys.argv[3], "w", encoding="utf-8") as out:
            out.write(text)
    else:
        sys.stdout.write(text)
