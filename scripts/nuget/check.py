#!/usr/bin/env python3
"""Checks what a built .nupkg promises, whoever built it: the nuspec's id, version and licence
expression; lib/netstandard2.0/ with the assembly (referencing netstandard, not mscorlib) and its
XML documentation; runtimes/<rid>/native/ with the C# glue for exactly the named targets, each with the sha256
that NATIVES/<target>/manifest.json lists for it; the LICENSE; and the OPC parts ([Content_Types].xml
covering every part, _rels/.rels naming the nuspec).

Usage: check.py NUPKG LICENSE NATIVES TARGET...   (prints the package's listing)
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path, PurePosixPath

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from natives_layout import TARGETS, file_name, package_folder, packed_problems  # noqa: E402

NUSPEC = "{http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd}"
CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def problems(package: Path, license_text: bytes, natives: Path, targets: list[str]) -> list[str]:
    found = []
    z = zipfile.ZipFile(package)
    names = [n for n in z.namelist() if not n.endswith("/")]
    for name in names:
        print(f"  {name}  {z.getinfo(name).file_size} bytes")

    nuspecs = [n for n in names if "/" not in n and n.endswith(".nuspec")]
    if len(nuspecs) != 1:
        return [f"{package.name}: expected one nuspec at the root, found {nuspecs}"]
    meta = ET.fromstring(z.read(nuspecs[0])).find(f"{NUSPEC}metadata")
    id_, version = meta.findtext(f"{NUSPEC}id"), meta.findtext(f"{NUSPEC}version")
    if package.name != f"{id_}.{version}.nupkg":
        found.append(f"{package.name} does not match its nuspec's id and version ({id_} {version})")
    license = meta.find(f"{NUSPEC}license")
    if license is None or license.get("type") != "expression" or not license.text:
        found.append("the nuspec has no licence expression")

    assembly = f"lib/netstandard2.0/{id_}.dll"
    if assembly not in names:
        found.append(f"no {assembly}")
    else:
        data = z.read(assembly)
        # Assembly references are names in the metadata's string heap.
        if b"netstandard" not in data or b"mscorlib" in data:
            found.append(f"{assembly} does not reference netstandard alone (still compiled against mscorlib?)")
    docs = f"lib/netstandard2.0/{id_}.xml"
    if docs not in names or b"<member name=" not in z.read(docs):
        found.append(f"no XML documentation {docs}")

    promised = {f"{package_folder(t, 'csharp')}/{file_name(t, 'csharp')}" for t in targets}
    present = {n for n in names if n.startswith("runtimes/")}
    found += [f"lacks {n}" for n in sorted(promised - present)]
    found += [f"carries {n}, which was not promised" for n in sorted(present - promised)]
    for target in targets:
        name = f"{package_folder(target, 'csharp')}/{file_name(target, 'csharp')}"
        if name in present:
            found += packed_problems(natives, target, "csharp", z.read(name))
    if "LICENSE" not in names or z.read("LICENSE") != license_text:
        found.append("lacks the repository's LICENSE")

    types = ET.fromstring(z.read("[Content_Types].xml"))
    defaults = {d.get("Extension") for d in types.iter(f"{CONTENT_TYPES}Default")}
    overrides = {o.get("PartName") for o in types.iter(f"{CONTENT_TYPES}Override")}
    for name in names:
        base = PurePosixPath(name).name  # ".rels" is all extension (Path.suffix says none)
        extension = base.rsplit(".", 1)[1] if "." in base else ""
        if name != "[Content_Types].xml" and extension not in defaults and "/" + name not in overrides:
            found.append(f"[Content_Types].xml gives no content type for {name}")
    rels = ET.fromstring(z.read("_rels/.rels"))
    if "/" + nuspecs[0] not in {r.get("Target") for r in rels.iter(f"{RELS}Relationship")}:
        found.append("_rels/.rels does not name the nuspec")
    return [f"{package.name}: {p}" for p in found]


def main(argv: list[str]) -> int:
    if len(argv) < 4 or any(t not in TARGETS for t in argv[3:]):
        sys.exit(__doc__)
    found = problems(Path(argv[0]), Path(argv[1]).read_bytes(), Path(argv[2]), argv[3:])
    for p in found:
        print(f"nuget/check.py: {p}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
