#!/usr/bin/env python3
"""Checks what a built jar promises: every named platform's JNI library under
native/<platform>/ and no other native file, the repository's LICENSE as META-INF/LICENSE in
the jar and in its -sources and -javadoc companions, and no native library in the sources jar.

Usage: check_jar.py JAR LICENSE PLATFORM...   (prints the jar's native listing)
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from natives_layout import file_name  # noqa: E402


def main(jar: Path, license_file: Path, platforms: list[str]) -> int:
    problems = []
    license_text = license_file.read_bytes()
    companions = [jar, jar.with_name(jar.stem + "-sources.jar"), jar.with_name(jar.stem + "-javadoc.jar")]
    for path in companions:
        if not path.is_file():
            problems.append(f"{path} does not exist")
            continue
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "META-INF/LICENSE" not in names or z.read("META-INF/LICENSE") != license_text:
                problems.append(f"{path.name} lacks the repository's LICENSE as META-INF/LICENSE")
            natives = sorted(n for n in names if n.startswith("native/") and not n.endswith("/"))
        if path != jar:
            if any(n.endswith((".so", ".dll", ".dylib")) for n in names):
                problems.append(f"{path.name} carries a native library")
            continue
        promised = sorted(f"native/{p}/{file_name(p, 'java')}" for p in platforms)
        for name in promised:
            if name not in natives:
                problems.append(f"{jar.name} lacks {name}")
        for name in natives:
            if name not in promised:
                problems.append(f"{jar.name} carries {name}, which was not promised")
        with zipfile.ZipFile(jar) as z:
            for name in natives:
                print(f"  {name}  {z.getinfo(name).file_size} bytes")
    for p in problems:
        print(f"check_jar: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:]))
