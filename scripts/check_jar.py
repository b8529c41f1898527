#!/usr/bin/env python3
"""Checks what a built jar promises: every named platform's JNI library under
native/<platform>/, with the sha256 that NATIVES/<platform>/manifest.json lists for it (the file
the release checks passed), and no other native file; the repository's LICENSE as
META-INF/LICENSE in the jar and in its -sources and -javadoc companions; no native library in
the sources jar.

Usage: check_jar.py [--without-manifest] JAR LICENSE NATIVES PLATFORM...
  (prints the jar's native listing)
  --without-manifest  NATIVES is a plain build's output (the test command's build/swig), which
                      has no manifest.json: each packed library must then be byte for byte
                      NATIVES/<platform>/<file>
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from natives_layout import file_name, packed_problems  # noqa: E402


def main(jar: Path, license_file: Path, natives: Path, platforms: list[str], manifest: bool = True) -> int:
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
                if name not in promised:
                    continue
                platform = name.split("/")[1]
                if manifest:
                    problems += [f"{jar.name}: {p}" for p in packed_problems(natives, platform, "java", z.read(name))]
                elif z.read(name) != (natives / platform / file_name(platform, "java")).read_bytes():
                    problems.append(f"{jar.name}'s {name} is not the file {natives / platform}")
    for p in problems:
        print(f"check_jar: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    with_manifest = "--without-manifest" not in args
    args = [a for a in args if a != "--without-manifest"]
    if len(args) < 4:
        sys.exit(__doc__)
    sys.exit(main(Path(args[0]), Path(args[1]), Path(args[2]), args[3:], with_manifest))
