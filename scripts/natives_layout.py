#!/usr/bin/env python3
"""The natives folder that the jar and the NuGet package are packed from (docs/platforms.md):

    NATIVES/<target>/   one folder per target, holding the glue libraries for that platform
        libperspectief_jni.so | perspectief_jni.dll | libperspectief_jni.dylib          (Java)
        libperspectief_csharp.so | perspectief_csharp.dll | libperspectief_csharp.dylib (C#)
        (and the C ABI library and manifest.json, which scripts/release-natives writes)
    NATIVES/<target>/manifest.json   per file its name and sha256 (scripts/release_check.py),
                                     which the jar's and the package's checks hold each packed
                                     library to (packed_problems)
    NATIVES/swig/java/    SWIG's Java layer (platform independent)
    NATIVES/swig/csharp/  SWIG's C# layer (platform independent)

scripts/release-natives fills build/release/natives for all five targets; `stage-host` fills a
folder the same way from this machine's own build (build/swig), for development and the test
command's smoke runs.

Usage:
  natives_layout.py targets NATIVES {java|csharp} [--require-all]
      prints "<target> <folder in the package> <file>" for each target present, one a line;
      fails naming what is missing (any target with --require-all; without it, at least one)
  natives_layout.py stage-host BUILD_SWIG OUT
      copies the host build's glue libraries and SWIG layers into OUT in the layout above
  natives_layout.py host
      prints "<target> <rid>" for this machine (fails on a machine that is no target)
"""

from __future__ import annotations

import hashlib
import json
import platform
import shutil
import sys
from pathlib import Path

# The five targets (names fixed with scripts/release-natives), each with the folder name its
# package expects: Java's native/<os>-<arch>/ is the target name itself (NativeLoader.platform()),
# NuGet's runtimes/<rid>/native/ takes the .NET runtime identifier.
TARGETS = {
    "linux-x86_64": {"rid": "linux-x64", "prefix": "lib", "suffix": ".so"},
    "linux-aarch64": {"rid": "linux-arm64", "prefix": "lib", "suffix": ".so"},
    "windows-x86_64": {"rid": "win-x64", "prefix": "", "suffix": ".dll"},
    "osx-x86_64": {"rid": "osx-x64", "prefix": "lib", "suffix": ".dylib"},
    "osx-aarch64": {"rid": "osx-arm64", "prefix": "lib", "suffix": ".dylib"},
}
LIBRARY = {"java": "perspectief_jni", "csharp": "perspectief_csharp"}


def file_name(target: str, language: str) -> str:
    t = TARGETS[target]
    return t["prefix"] + LIBRARY[language] + t["suffix"]


def package_folder(target: str, language: str) -> str:
    """Where the target's library goes inside the jar or the .nupkg."""
    if language == "java":
        return f"native/{target}"
    return f"runtimes/{TARGETS[target]['rid']}/native"


def present_targets(natives: Path, language: str, require_all: bool) -> list[str]:
    """The targets whose glue library for `language` is in `natives`; exits with a clear
    message when one is missing under require_all, or when none is there at all."""
    if not natives.is_dir():
        sys.exit(f"natives_layout: no natives folder {natives} (scripts/release natives builds it)")
    unknown = sorted(p.name for p in natives.iterdir() if p.is_dir() and p.name != "swig" and p.name not in TARGETS)
    if unknown:
        sys.exit(f"natives_layout: {natives} has folders that are no target: {', '.join(unknown)} "
                 f"(targets: {', '.join(TARGETS)})")
    present, missing = [], []
    for target in TARGETS:
        (present if (natives / target / file_name(target, language)).is_file() else missing).append(target)
    if require_all and missing:
        sys.exit(f"natives_layout: {natives} lacks the {language} library for "
                 + ", ".join(f"{t} ({t}/{file_name(t, language)})" for t in missing)
                 + " (scripts/release natives builds every target)")
    if not present:
        sys.exit(f"natives_layout: {natives} holds no {language} library for any target")
    swig = natives / "swig" / language
    if not any(swig.rglob("*.java" if language == "java" else "*.cs")):
        sys.exit(f"natives_layout: {natives} has no SWIG {language} layer in {swig}")
    return present


def packed_problems(natives: Path, target: str, language: str, data: bytes) -> list[str]:
    """Whether `data`, the target's glue library as a package carries it, is the file that
    NATIVES/<target>/manifest.json lists: the one the release checks passed (or, for a staged
    host build, the one staged). Returns what is wrong, [] when it is that file."""
    name = file_name(target, language)
    manifest = natives / target / "manifest.json"
    if not manifest.is_file():
        return [f"{target}/{name}: no {manifest} to check it against (scripts/release natives writes it)"]
    listed = [f for f in json.loads(manifest.read_text()).get("files", []) if f.get("name") == name]
    if len(listed) != 1:
        return [f"{target}/{name}: {manifest} lists it {len(listed)} times, not once"]
    digest = hashlib.sha256(data).hexdigest()
    if digest != listed[0].get("sha256"):
        return [f"{target}/{name}: the packed file's sha256 {digest} is not {manifest}'s {listed[0].get('sha256')}"]
    return []


def stage_host(build: Path, out: Path) -> None:
    """OUT/<host target>/ and OUT/swig/ from the host build's outputs
    (bindings/swig/CMakeLists.txt: java/resources/native/<platform>/, csharp/native/<rid>/)."""
    generated = build / "bindings" / "swig"
    java_native = generated / "java" / "resources" / "native"
    platforms = [p.name for p in java_native.iterdir()] if java_native.is_dir() else []
    if len(platforms) != 1 or platforms[0] not in TARGETS:
        sys.exit(f"natives_layout: expected one known platform folder in {java_native}, found {platforms or 'none'}")
    target = platforms[0]
    sources = {
        "java": java_native / target / file_name(target, "java"),
        "csharp": generated / "csharp" / "native" / TARGETS[target]["rid"] / file_name(target, "csharp"),
    }
    for language, source in sources.items():
        if not source.is_file():
            sys.exit(f"natives_layout: the host build has no {source} (build its target {LIBRARY[language]})")
    if out.exists():
        shutil.rmtree(out)
    (out / target).mkdir(parents=True)
    files = []
    for language, source in sources.items():
        shutil.copy2(source, out / target / source.name)
        files.append({"name": source.name, "role": {"java": "jni", "csharp": "csharp"}[language],
                      "sha256": hashlib.sha256(source.read_bytes()).hexdigest(), "size": source.stat().st_size})
    # The same file list as a release manifest, so that packing and checking treat both alike;
    # "host_build" says that none of scripts/release_check.py's checks ran on these files.
    (out / target / "manifest.json").write_text(json.dumps(
        {"target": target, "host_build": f"staged from {build}, not checked by scripts/release_check.py",
         "files": files}, indent=2) + "\n")
    shutil.copytree(generated / "java" / "src", out / "swig" / "java")
    shutil.copytree(generated / "csharp" / "src", out / "swig" / "csharp")
    print(f"natives_layout: staged the host build's {target} in {out}")


def host_target() -> str:
    os_name = {"Linux": "linux", "Windows": "windows", "Darwin": "osx"}.get(platform.system(), platform.system())
    arch = {"x86_64": "x86_64", "AMD64": "x86_64", "aarch64": "aarch64", "arm64": "aarch64"}.get(
        platform.machine(), platform.machine())
    target = f"{os_name}-{arch}"
    if target not in TARGETS:
        sys.exit(f"natives_layout: this machine ({target}) is none of the targets {', '.join(TARGETS)}")
    return target


def main(argv: list[str]) -> None:
    if len(argv) >= 3 and argv[0] == "targets" and argv[2] in LIBRARY and argv[3:] in ([], ["--require-all"]):
        language = argv[2]
        for target in present_targets(Path(argv[1]), language, argv[3:] == ["--require-all"]):
            print(target, package_folder(target, language), file_name(target, language))
    elif argv == ["host"]:
        target = host_target()
        print(target, TARGETS[target]["rid"])
    elif len(argv) == 3 and argv[0] == "stage-host":
        stage_host(Path(argv[1]), Path(argv[2]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
