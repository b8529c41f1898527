"""scripts/release_check.py, the check of the release natives (docs/release.md), on small
Linux libraries built here with the host's compiler: it passes libraries that export only
their entry points and need nothing above glibc 2.17, writes their manifest, and fails each
thing the release must not ship. (The cross builds themselves run in `scripts/release
natives`, not here: too slow for the test command.)
"""

from __future__ import annotations

import json
import pathlib
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CHECK = ROOT / "scripts" / "release_check.py"
HEADER = ROOT / "capi" / "include" / "perspectief" / "perspectief.h"

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("cc", "c++", "cmake", "llvm-readelf", "llvm-nm")),
    reason="needs cc, c++, cmake and Debian's llvm (scripts/setup python)")


def declared() -> list[str]:
    script = ROOT / "tests" / "c" / "header_exports.cmake"
    out = subprocess.run(["cmake", f"-DHEADER={HEADER}", "-P", str(script)],
                         check=True, capture_output=True, text=True).stdout
    return out.split()


def library(path, exported, body="", compiler="cc", language="c", nodelete=True):
    """A shared library whose exported functions are `exported`, plus `body` (hidden),
    marked NODELETE as the release toolchain marks every Linux library."""
    source = path.with_suffix(".c" if language == "c" else ".cpp")
    linkage = 'extern "C" ' if language == "c++" else ""
    source.write_text(body + "".join(
        f'{linkage}__attribute__((visibility("default"))) void {name}(void) {{}}\n' for name in exported))
    subprocess.run([compiler, "-shared", "-fPIC", "-fvisibility=hidden", "-O1", "-o", str(path), str(source)]
                   + (["-Wl,-z,nodelete"] if nodelete else []), check=True)


def release_dir(tmp_path, **changes):
    """A linux-x86_64 release folder; `changes` replaces a file's (exports, body, compiler, language)."""
    files = {
        # getpid: a glibc function as old as x86_64's glibc (GLIBC_2.2.5).
        "libperspectief.so": (declared(), "#include <unistd.h>\nint pid(void) { return getpid(); }\n", "cc", "c"),
        "libperspectief_jni.so": (["Java_nl_perspectief_PerspectiefNativeJNI_pp_1engine_1create", "JNI_OnLoad"], "", "cc", "c"),
        "libperspectief_csharp.so": (["CSharp_Perspectief_pp_engine_create", "SWIGRegisterStringCallback_PerspectiefNative"],
                                     "", "cc", "c"),
    }
    files.update(changes)
    for name, (exported, body, compiler, language) in files.items():
        library(tmp_path / name, exported, body, compiler, language)
    return tmp_path


def check(directory):
    return subprocess.run([sys.executable, str(CHECK), "linux-x86_64", str(directory), "--header", str(HEADER),
                           "--fact", "triple=host"], capture_output=True, text=True)


def test_passes_and_writes_the_manifest(tmp_path):
    result = check(release_dir(tmp_path))
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["triple"] == "host"
    c_library = next(f for f in manifest["files"] if f["name"] == "libperspectief.so")
    assert c_library["exported_symbols"] == len(declared())
    assert manifest["minimum"]["glibc"] == "2.2.5"


def test_fails_on_an_export_beyond_the_entry_points(tmp_path):
    result = check(release_dir(tmp_path, **{"libperspectief_jni.so": (["Java_x", "helper"], "", "cc", "c")}))
    assert result.returncode == 1
    assert "libperspectief_jni.so: exports 1 symbols besides its entry points, e.g. ['helper']" in result.stderr
    assert not (tmp_path / "manifest.json").exists()


def test_fails_when_the_c_library_misses_a_header_function(tmp_path):
    result = check(release_dir(tmp_path, **{"libperspectief.so": (declared()[1:], "", "cc", "c")}))
    assert result.returncode == 1
    assert f"missing ['{declared()[0]}']" in result.stderr


def test_fails_above_glibc_2_17(tmp_path):
    # pthread_create moved into libc in glibc 2.34 and carries that version since.
    body = ("#include <pthread.h>\n"
            "static void* run(void* a) { return a; }\n"
            '__attribute__((visibility("default"))) int CSharp_start(void) '
            "{ pthread_t t; return pthread_create(&t, 0, run, 0); }\n")
    result = check(release_dir(tmp_path, **{"libperspectief_csharp.so": (["CSharp_x"], body, "cc", "c")}))
    assert result.returncode == 1
    assert "libperspectief_csharp.so: needs GLIBC_2.34, above the glibc 2.17 floor" in result.stderr


def test_fails_on_the_shared_cxx_runtime(tmp_path):
    body = '#include <string>\nextern "C" __attribute__((visibility("default"))) int Java_size(const char* s) ' \
           "{ return (int) std::string(s).size(); }\n"
    result = check(release_dir(tmp_path, **{"libperspectief_jni.so": (["Java_x"], body, "c++", "c++")}))
    assert result.returncode == 1
    assert "libperspectief_jni.so: needs libstdc++.so.6, which is not part of glibc" in result.stderr
    assert "the C++ runtime must be linked in statically" in result.stderr


def test_fails_on_a_library_that_can_be_unloaded(tmp_path):
    # Without NODELETE a dlclose (Mono's at shutdown) leaves a zig-linked library's exit
    # handlers behind, and the process crashes at exit.
    directory = release_dir(tmp_path)
    library(directory / "libperspectief_csharp.so", ["CSharp_x"], nodelete=False)
    result = check(directory)
    assert result.returncode == 1
    assert "libperspectief_csharp.so: is not marked NODELETE" in result.stderr
