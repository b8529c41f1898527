#!/usr/bin/env python3
"""Checks what a built jar promises: every named platform's JNI library under
native/<platform>/, byte for byte the file of NATIVES/<platform>/ it was packed from, and no
other native file; the repository's LICENSE as META-INF/LICENSE in the jar and in its -sources
and -javadoc companions; no native library in the sources jar.

Usage: check_jar.py JAR LICENSE NATIVES PLATFORM...   (prints the jar's native listing)
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from natives_layout import file_name  # noqa: E402


def main(jar: Path, license_file: Path, natives: Path, platforms: list[str]) -> int:
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
            packed = sorted(n for n in names if n.startswith("native/") and not n.endswith("/"))
        if path != jar:
            if any(n.endswith((".so", ".dll", ".dylib")) for n in names):
                problems.append(f"{path.name} carries a native library")
            continue
        promised = sorted(f"native/{p}/{file_name(p, 'java')}" for p in platforms)
        for name in promised:
            if name not in packed:
                problems.append(f"{jar.name} lacks {name}")
        for name in packed:
            if name not in promised:
                problems.append(f"{jar.name} carries {name}, which was not promised")
        with zipfile.ZipFile(jar) as z:
            for name in packed:
                print(f"  {name}  {z.getinfo(name).file_size} bytes")
                source = natives / name.removeprefix("native/")
                if name in promised and z.read(name) != source.read_bytes():
                    problems.append(f"{jar.name}'s {name} is not the file {source}")
    for p in problems:
        print(f"check_jar: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4:]))
