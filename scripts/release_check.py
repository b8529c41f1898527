#!/usr/bin/env python3
"""Checks the native binaries of one release target and writes its manifest.json.

Usage: release_check.py TARGET DIR [--header perspectief.h] [--facts KEY=VALUE ...]

DIR holds the target's binaries under their release names (docs/release.md). Each check
reads the binary with LLVM's tools (Debian's llvm), so it runs on this Linux machine for
every target; any failure is printed and the exit status is 1 (no manifest is written then):

  every binary   the architecture of the target; exports only its own entry points:
                 pp_* for the C library (exactly the header's PP_API functions),
                 Java_*/JNI_OnLoad*/JNI_OnUnload* for the JNI glue, SWIG's CSharp_*,
                 SWIGRegister* and PerspectiefRegister* for the C# glue
  Linux          no GLIBC_ symbol version above 2.17; no GLIBCXX_/CXXABI_/GCC_ versions
                 (the C++ runtime is inside); needs only glibc's own libraries; marked
                 NODELETE (scripts/release-natives says why)
  Windows        imports only system DLLs (KERNEL32, the UCRT's api-ms-win-crt-*,
                 ADVAPI32/bcrypt for libsodium's random numbers)
  macOS          LC_BUILD_VERSION minos 11.0 or lower; links only /usr/lib/libSystem.B.dylib
                 (libc++ is inside); besides the entry points it exports only libc++abi's
                 replaceable operator new/delete and the linker's image-header symbols,
                 which zig's Mach-O linker cannot hide (listed in the manifest)
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys

GLIBC_FLOOR = (2, 17)
MACOS_FLOOR = (11, 0)

# release target -> (format, architecture as the LLVM tools name it)
TARGETS = {
    "linux-x86_64": ("elf", "x86_64"),
    "linux-aarch64": ("elf", "aarch64"),
    "windows-x86_64": ("coff", "x86_64"),
    "osx-x86_64": ("macho", "x86_64"),
    "osx-aarch64": ("macho", "arm64"),
}

# role -> file name per format
NAMES = {
    "c-library": {"elf": "libperspectief.so", "coff": "perspectief.dll", "macho": "libperspectief.dylib"},
    "jni": {"elf": "libperspectief_jni.so", "coff": "perspectief_jni.dll", "macho": "libperspectief_jni.dylib"},
    "csharp": {"elf": "libperspectief_csharp.so", "coff": "perspectief_csharp.dll",
               "macho": "libperspectief_csharp.dylib"},
}
EXPORT_PATTERNS = {
    "c-library": r"pp_[a-z0-9_]+",
    "jni": r"Java_\w+|JNI_OnLoad\w*|JNI_OnUnload\w*",
    "csharp": r"CSharp_\w+|SWIGRegister\w+|PerspectiefRegister\w+",
}
# glibc's own libraries, the only ones a Linux binary may need.
ELF_ALLOWED_NEEDED = {"libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2", "librt.so.1",
                      "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1"}
COFF_ALLOWED_IMPORTS = re.compile(r"(?i)(kernel32|advapi32|bcrypt|api-ms-win-crt-[a-z0-9-]+)\.dll")
MACHO_ALLOWED_DYLIBS = {"/usr/lib/libSystem.B.dylib"}
# What zig's Mach-O linker exports besides our entry points and cannot be told not to (it has
# no -exported_symbols_list): libc++abi's replaceable operator new/delete (weak definitions;
# Itanium mangling with Mach-O's leading _) and the image-header symbols it defines itself.
MACHO_TOOLCHAIN_EXPORTS = re.compile(r"__Z(nw|na|dl|da)[a-zA-Z0-9_]*|__mh_execute_header|__mh_dylib_header|___dso_handle")


def run(*command):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"release_check: {' '.join(command)} failed:\n{result.stderr}")
    return result.stdout


def version_tuple(text):
    return tuple(int(part) for part in text.split("."))


class Checker:
    def __init__(self, target, directory, header):
        self.target = target
        self.format, self.arch = TARGETS[target]
        self.directory = directory
        self.header = header
        self.failures = []

    def fail(self, name, message):
        self.failures.append(f"{self.target}/{name}: {message}")

    def header_exports(self):
        here = os.path.dirname(os.path.abspath(__file__))
        script = os.path.join(here, "..", "tests", "c", "header_exports.cmake")
        return set(run("cmake", f"-DHEADER={self.header}", "-P", script).split())

    # ---- per format: exports, architecture, dependencies; each returns facts for the manifest
    def elf(self, name, path):
        headers = run("llvm-readelf", "--file-headers", "--dynamic-table", "--version-info", path)
        machine = re.search(r"Machine:\s+(.*)", headers).group(1)
        expected = {"x86_64": "Advanced Micro Devices X86-64", "aarch64": "AArch64"}[self.arch]
        if machine.strip() != expected:
            self.fail(name, f"machine is {machine.strip()}, not {expected}")
        needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", headers)
        for library in needed:
            if library not in ELF_ALLOWED_NEEDED:
                self.fail(name, f"needs {library}, which is not part of glibc")
        versions = set(re.findall(r"Name: ((?:GLIBC|GLIBCXX|CXXABI|GCC)_[0-9.A-Z_]+)", headers))
        glibc = []
        for version in sorted(versions):
            if not version.startswith("GLIBC_"):
                self.fail(name, f"needs {version}: the C++ runtime must be linked in statically")
            elif version != "GLIBC_PRIVATE":
                glibc.append(version_tuple(version[len("GLIBC_"):]))
                if glibc[-1] > GLIBC_FLOOR:
                    self.fail(name, f"needs {version}, above the glibc 2.17 floor")
            else:
                self.fail(name, "needs GLIBC_PRIVATE")
        flags = re.search(r"\(FLAGS_1\)\s+(?:Flags:\s*)?(.*)", headers)
        if not flags or "NODELETE" not in flags.group(1).split():
            self.fail(name, "is not marked NODELETE (-z nodelete): a dlclose would leave its exit handlers "
                            "pointing into unmapped code")
        soname = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", headers)
        exports = run("llvm-nm", "-D", "--defined-only", "--format=just-symbols", path).split()
        facts = {"needed": needed,
                 "max_glibc_version": ".".join(map(str, max(glibc))) if glibc else None}
        if soname:
            facts["soname"] = soname.group(1)
        return exports, facts

    def coff(self, name, path):
        headers = run("llvm-readobj", "--file-headers", "--coff-imports", "--coff-exports", path)
        machine = re.search(r"Machine: (\S+)", headers).group(1)
        if machine != "IMAGE_FILE_MACHINE_AMD64":
            self.fail(name, f"machine is {machine}, not IMAGE_FILE_MACHINE_AMD64")
        imports = re.findall(r"Import \{\s*Name: (\S+)", headers)
        for dll in imports:
            if not COFF_ALLOWED_IMPORTS.fullmatch(dll):
                self.fail(name, f"imports {dll}, which is not a system DLL")
        exports = re.findall(r"Export \{\s*Ordinal: \d+\s*Name: (\S+)", headers)
        subsystem = re.search(r"MajorSubsystemVersion: (\d+)\s*MinorSubsystemVersion: (\d+)", headers)
        return exports, {"imports": imports,
                         "subsystem_version": f"{subsystem.group(1)}.{subsystem.group(2)}"}

    def macho(self, name, path):
        headers = run("llvm-objdump", "--macho", "--private-headers", path)
        cpu = run("llvm-readobj", "--file-headers", path)
        cputype = re.search(r"CpuType: (\S+)", cpu).group(1)
        expected = {"x86_64": "X86-64", "arm64": "Arm64"}[self.arch]
        if cputype != expected:
            self.fail(name, f"CPU type is {cputype}, not {expected}")
        minos = re.findall(r"cmd LC_BUILD_VERSION.*?minos (\S+)", headers, re.S)
        if len(minos) != 1:
            self.fail(name, f"has {len(minos)} LC_BUILD_VERSION commands, not one")
        elif version_tuple(minos[0]) > MACOS_FLOOR:
            self.fail(name, f"needs macOS {minos[0]}, above 11.0")
        dylibs = re.findall(r"cmd LC_LOAD(?:_WEAK)?_DYLIB\s+cmdsize \d+\s+name (\S+)", headers)
        for dylib in dylibs:
            if dylib not in MACHO_ALLOWED_DYLIBS:
                self.fail(name, f"links {dylib}; only libSystem may be linked (libc++ is inside)")
        # What dyld can bind to: the export trie, without Mach-O's leading underscore.
        trie = run("llvm-objdump", "--macho", "--exports-trie", path)
        exports = []
        runtime = []
        for symbol in re.findall(r"^\S+\s+(_\S+)", trie, re.M):
            if MACHO_TOOLCHAIN_EXPORTS.fullmatch(symbol):
                runtime.append(symbol)
            else:
                exports.append(symbol[1:])
        install_name = re.search(r"cmd LC_ID_DYLIB\s+cmdsize \d+\s+name (\S+)", headers)
        return exports, {"minos": minos[0] if minos else None, "dylibs": dylibs,
                         "install_name": install_name.group(1) if install_name else None,
                         "toolchain_exports": sorted(runtime)}

    def check(self):
        files = []
        declared = self.header_exports()
        present = set(os.listdir(self.directory))
        for role, names in NAMES.items():
            name = names[self.format]
            path = os.path.join(self.directory, name)
            if name not in present:
                self.fail(name, "missing")
                continue
            exports, facts = getattr(self, self.format)(name, path)
            pattern = re.compile(EXPORT_PATTERNS[role])
            foreign = sorted(symbol for symbol in exports if not pattern.fullmatch(symbol))
            if foreign:
                self.fail(name, f"exports {len(foreign)} symbols besides its entry points, e.g. {foreign[:8]}")
            if not exports:
                self.fail(name, "exports nothing")
            if role == "c-library" and set(exports) != declared:
                self.fail(name, f"exports differ from the header: missing {sorted(declared - set(exports))[:8]},"
                                f" undeclared {sorted(set(exports) - declared)[:8]}")
            with open(path, "rb") as binary:
                digest = hashlib.sha256(binary.read()).hexdigest()
            files.append({"name": name, "role": role, "sha256": digest, "size": os.path.getsize(path),
                          "exported_symbols": len(exports), **facts})
        # The import library of the Windows DLL, for hosts that link it.
        if self.format == "coff" and "perspectief.lib" in present:
            path = os.path.join(self.directory, "perspectief.lib")
            with open(path, "rb") as binary:
                digest = hashlib.sha256(binary.read()).hexdigest()
            files.append({"name": "perspectief.lib", "role": "import-library", "sha256": digest,
                          "size": os.path.getsize(path)})
        return files


def minimum(target, files):
    kind = TARGETS[target][0]
    if kind == "elf":
        found = [f["max_glibc_version"] for f in files if f.get("max_glibc_version")]
        return {"glibc": max(found, key=version_tuple) if found else None,
                "how": "the highest GLIBC_ symbol version any binary needs (llvm-readelf --version-info)"}
    if kind == "macho":
        found = [f["minos"] for f in files if f.get("minos")]
        return {"macos": max(found, key=version_tuple) if found else None,
                "how": "LC_BUILD_VERSION minos (llvm-objdump --macho --private-headers)"}
    return {"windows": "10",
            "how": "imports the Universal C Runtime (api-ms-win-crt-*.dll), part of Windows 10 and later"
                   " (Windows 7 SP1 and 8.1 with update KB2999226); PE subsystem version per file"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("target", choices=sorted(TARGETS))
    parser.add_argument("directory")
    parser.add_argument("--header", required=True, help="capi/include/perspectief/perspectief.h")
    parser.add_argument("--fact", action="append", default=[], metavar="KEY=VALUE",
                        help="recorded in the manifest as it is (triple, toolchain, dependency versions)")
    arguments = parser.parse_args()
    checker = Checker(arguments.target, arguments.directory, arguments.header)
    files = checker.check()
    if checker.failures:
        print("\n".join(f"FAIL {failure}" for failure in checker.failures), file=sys.stderr)
        return 1
    manifest = {"target": arguments.target, **dict(fact.split("=", 1) for fact in arguments.fact),
                "minimum": minimum(arguments.target, files), "files": files}
    with open(os.path.join(arguments.directory, "manifest.json"), "w") as out:
        json.dump(manifest, out, indent=2)
        out.write("\n")
    counts = ", ".join(f"{f['name']} {f['exported_symbols']}" for f in files if "exported_symbols" in f)
    print(f"release_check: {arguments.target}: every check passed (exports: {counts})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
