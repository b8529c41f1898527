#!/usr/bin/env python3
"""Checks what `auditwheel show --json WHEEL` read from a release wheel (scripts/release-wheels):
the most compatible manylinux tag auditwheel allows it is for the wheel's architecture and at
glibc 2.17 or lower (manylinux2014), and the wheel needs no library beyond the policy's system
ones. Prints one line on success; exits non-zero naming what is wrong otherwise.

Usage: auditwheel show --json WHEEL | check_wheel.py ARCH      (ARCH: x86_64, aarch64)
"""

from __future__ import annotations

import json
import re
import sys

GLIBC_FLOOR = (2, 17)  # manylinux2014 is manylinux_2_17


def problems(shown: dict, arch: str) -> list[str]:
    found = []
    if shown.get("error") or shown.get("pure"):
        return [f"auditwheel could not read it as a platform wheel: {shown.get('error', 'pure Python')}"]
    tag = re.fullmatch(r"manylinux_(\d+)_(\d+)_" + re.escape(arch), shown.get("overall_tag", ""))
    if not tag:
        found.append(f"its tag is {shown.get('overall_tag')!r}, not manylinux_<glibc>_{arch}")
    elif (int(tag[1]), int(tag[2])) > GLIBC_FLOOR:
        found.append(f"it needs glibc {tag[1]}.{tag[2]} ({shown['overall_tag']}), above 2.17: "
                     f"versioned symbols {shown.get('versioned_symbols')}")
    if shown.get("external_libs"):
        found.append(f"it needs libraries outside the policy: {sorted(shown['external_libs'])}")
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.exit(__doc__)
    shown = json.load(sys.stdin)
    found = problems(shown, argv[0])
    for p in found:
        print(f"check_wheel: {shown.get('wheel')}: {p}", file=sys.stderr)
    if not found:
        print(f"check_wheel: {shown['wheel']}: {shown['overall_tag']} (manylinux2014), no library outside"
              f" the policy, versioned symbols from {', '.join(sorted(shown.get('versioned_symbols', {})))}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
