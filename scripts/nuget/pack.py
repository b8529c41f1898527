#!/usr/bin/env python3
"""Writes Perspectief.<version>.nupkg as NuGet's documented package layout (an OPC zip):

    Perspectief.nuspec                        id, version, description and licence from
                                              bindings/csharp/Perspectief.csproj
    lib/netstandard2.0/Perspectief.dll, .xml  the assembly and its XML documentation
    runtimes/<rid>/native/<glue library>      one per target in the natives folder
    LICENSE
    [Content_Types].xml, _rels/.rels, package/services/metadata/core-properties/<hash>.psmdcp

Debian's `nuget` (2.8.7) is not used: its nuspec schema predates licence expressions
(`<license type="expression">`, NuGet 4.9), which nuget.org requires in place of a licence URL.
From the same files the same zip: entries in a fixed order, every time stamp SOURCE_DATE_EPOCH
(default: now), the core-properties part named by a hash of the nuspec. (mcs gives each build of
the assembly a new module id, so the package as a whole differs between builds.)

Usage: pack.py CSPROJ ASSEMBLY_DIR NATIVES LICENSE OUT_DIR TARGET...
  ASSEMBLY_DIR holds Perspectief.dll and Perspectief.xml; prints the package's path.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from natives_layout import file_name, package_folder  # noqa: E402

FRAMEWORK_FOLDER = "netstandard2.0"
FRAMEWORK = ".NETStandard2.0"


def project_properties(csproj: Path) -> dict[str, str]:
    root = ET.parse(csproj).getroot()
    props = {}
    for group in root.iter("PropertyGroup"):
        for element in group:
            if element.text and "Condition" not in element.attrib:
                props.setdefault(element.tag, element.text.strip())
    for needed in ("PackageId", "Version", "Description", "PackageLicenseExpression", "AssemblyName"):
        if needed not in props:
            sys.exit(f"pack.py: {csproj} sets no {needed}")
    return props


def nuspec(props: dict[str, str]) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>{escape(props["PackageId"])}</id>
    <version>{escape(props["Version"])}</version>
    <authors>{escape(props["AssemblyName"])}</authors>
    <license type="expression">{escape(props["PackageLicenseExpression"])}</license>
    <description>{escape(props["Description"])}</description>
    <dependencies>
      <group targetFramework="{FRAMEWORK}" />
    </dependencies>
  </metadata>
</package>
"""


def content_types(extensions: set[str]) -> str:
    special = {
        "rels": "application/vnd.openxmlformats-package.relationships+xml",
        "psmdcp": "application/vnd.openxmlformats-package.core-properties+xml",
    }
    defaults = "".join(
        f'<Default Extension="{ext}" ContentType="{special.get(ext, "application/octet")}" />'
        for ext in sorted(extensions | set(special)))
    # LICENSE has no extension: an Override names it.
    return ('<?xml version="1.0" encoding="utf-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'{defaults}<Override PartName="/LICENSE" ContentType="application/octet" /></Types>')


def relationships(nuspec_name: str, core_properties: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Type="http://schemas.microsoft.com/packaging/2010/07/manifest" Target="/{nuspec_name}" Id="R1" />'
            '<Relationship Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            f'Target="/{core_properties}" Id="R2" /></Relationships>')


def core_properties(props: dict[str, str]) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>'
            '<coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xmlns="http://schemas.openxmlformats.org/package/2006/metadata/core-properties">'
            f'<dc:creator>{escape(props["AssemblyName"])}</dc:creator>'
            f'<dc:description>{escape(props["Description"])}</dc:description>'
            f'<dc:identifier>{escape(props["PackageId"])}</dc:identifier>'
            f'<version>{escape(props["Version"])}</version>'
            '<lastModifiedBy>scripts/nuget/pack.py</lastModifiedBy></coreProperties>')


def main(argv: list[str]) -> None:
    if len(argv) < 6:
        sys.exit(__doc__)
    csproj, assembly_dir, natives, license_file, out_dir = map(Path, argv[:5])
    targets = argv[5:]
    props = project_properties(csproj)
    name = props["AssemblyName"]

    files: list[tuple[str, bytes]] = []
    for suffix in (".dll", ".xml"):
        files.append((f"lib/{FRAMEWORK_FOLDER}/{name}{suffix}", (assembly_dir / f"{name}{suffix}").read_bytes()))
    for target in targets:
        library = file_name(target, "csharp")
        files.append((f"{package_folder(target, 'csharp')}/{library}", (natives / target / library).read_bytes()))
    files.append(("LICENSE", license_file.read_bytes()))

    manifest = nuspec(props)
    nuspec_name = f"{props['PackageId']}.nuspec"
    psmdcp = f"package/services/metadata/core-properties/{hashlib.sha256(manifest.encode()).hexdigest()[:32]}.psmdcp"
    extensions = {Path(p).suffix[1:] for p, _ in files if Path(p).suffix} | {"nuspec"}
    parts = [
        ("_rels/.rels", relationships(nuspec_name, psmdcp).encode()),
        (nuspec_name, manifest.encode()),
        *files,
        (psmdcp, core_properties(props).encode()),
        ("[Content_Types].xml", content_types(extensions).encode()),
    ]

    stamp = time.gmtime(int(os.environ.get("SOURCE_DATE_EPOCH", time.time())))[:6]
    out_dir.mkdir(parents=True, exist_ok=True)
    package = out_dir / f"{props['PackageId']}.{props['Version']}.nupkg"
    with zipfile.ZipFile(package, "w", zipfile.ZIP_DEFLATED) as z:
        for path, data in parts:
            info = zipfile.ZipInfo(path, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    print(package)


if __name__ == "__main__":
    main(sys.argv[1:])
