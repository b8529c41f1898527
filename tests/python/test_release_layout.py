"""scripts/natives_layout.py, which the release jar and NuGet package are packed by, and the
jar's check (scripts/check_jar.py): what they refuse. (What they accept is run by
scripts/test-java and scripts/test-csharp on this machine's own libraries; the files made up
here are only bytes with a sha256, which is all the manifest check reads.)"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
import zipfile

import pytest

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("natives_layout", ROOT / "scripts" / "natives_layout.py")
layout = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(layout)
sys.path.insert(0, str(ROOT / "scripts"))
import check_jar  # noqa: E402  (imports natives_layout from scripts/)

FIVE = ["linux-x86_64", "linux-aarch64", "windows-x86_64", "osx-x86_64", "osx-aarch64"]


def test_the_five_targets_and_their_package_folders():
    assert list(layout.TARGETS) == FIVE
    assert [layout.package_folder(t, "csharp") for t in FIVE] == [
        "runtimes/linux-x64/native", "runtimes/linux-arm64/native", "runtimes/win-x64/native",
        "runtimes/osx-x64/native", "runtimes/osx-arm64/native"]
    assert [layout.file_name(t, "java") for t in FIVE] == [
        "libperspectief_jni.so", "libperspectief_jni.so", "perspectief_jni.dll",
        "libperspectief_jni.dylib", "libperspectief_jni.dylib"]
    # The Java loader's list (NativeLoader.PLATFORMS) is the same five, in the same order.
    loader = (ROOT / "bindings/java/src/main/java/nl/perspectief/NativeLoader.java").read_text()
    assert 'List.of("' + '", "'.join(FIVE) + '")' in " ".join(loader.split())


def test_a_missing_natives_folder_is_named(tmp_path):
    with pytest.raises(SystemExit, match="no natives folder .*scripts/release natives"):
        layout.present_targets(tmp_path / "absent", "java", require_all=False)


def test_a_folder_that_is_no_target_is_refused(tmp_path):
    (tmp_path / "linux-riscv64").mkdir()
    with pytest.raises(SystemExit, match="folders that are no target: linux-riscv64"):
        layout.present_targets(tmp_path, "csharp", require_all=False)


def test_require_all_names_every_missing_file(tmp_path):
    with pytest.raises(SystemExit) as refused:
        layout.present_targets(tmp_path, "csharp", require_all=True)
    message = str(refused.value)
    for target in FIVE:
        assert f"{target}/{layout.file_name(target, 'csharp')}" in message


def test_a_folder_without_any_library_is_refused(tmp_path):
    (tmp_path / "swig" / "java").mkdir(parents=True)
    with pytest.raises(SystemExit, match="holds no java library for any target"):
        layout.present_targets(tmp_path, "java", require_all=False)


def _natives_with_manifest(folder, target, language, data):
    """A natives folder whose manifest lists `data` as the target's glue library."""
    name = layout.file_name(target, language)
    (folder / target).mkdir(parents=True)
    (folder / target / name).write_bytes(data)
    (folder / target / "manifest.json").write_text(json.dumps(
        {"target": target, "files": [{"name": name, "sha256": hashlib.sha256(data).hexdigest()}]}))


def test_a_packed_library_is_held_to_its_manifest(tmp_path):
    _natives_with_manifest(tmp_path, "windows-x86_64", "csharp", b"checked library")
    assert layout.packed_problems(tmp_path, "windows-x86_64", "csharp", b"checked library") == []
    found = layout.packed_problems(tmp_path, "windows-x86_64", "csharp", b"another library")
    assert len(found) == 1
    assert f"sha256 {hashlib.sha256(b'another library').hexdigest()} is not" in found[0]


def test_a_packed_library_without_manifest_or_entry_is_refused(tmp_path):
    (tmp_path / "osx-aarch64").mkdir()
    assert "no " in layout.packed_problems(tmp_path, "osx-aarch64", "java", b"x")[0]
    (tmp_path / "osx-aarch64" / "manifest.json").write_text(json.dumps({"files": []}))
    assert "lists it 0 times" in layout.packed_problems(tmp_path, "osx-aarch64", "java", b"x")[0]


def _jars(folder, native_name, native_data, license_text):
    jar = folder / "perspectief-1.0.0.jar"
    for path in (jar, folder / "perspectief-1.0.0-sources.jar", folder / "perspectief-1.0.0-javadoc.jar"):
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("META-INF/LICENSE", license_text)
            if path == jar:
                z.writestr(native_name, native_data)
    return jar


def test_check_jar_fails_on_a_native_that_is_not_the_manifests(tmp_path, capsys):
    natives, out = tmp_path / "natives", tmp_path / "out"
    out.mkdir()
    license_file = tmp_path / "LICENSE"
    license_file.write_text("licence")
    _natives_with_manifest(natives, "linux-aarch64", "java", b"checked library")
    name = "native/linux-aarch64/libperspectief_jni.so"
    good = _jars(out, name, b"checked library", "licence")
    assert check_jar.main(good, license_file, natives, ["linux-aarch64"]) == 0
    bad = _jars(out, name, b"checked library, then changed", "licence")
    assert check_jar.main(bad, license_file, natives, ["linux-aarch64"]) == 1
    assert "is not" in capsys.readouterr().err


def test_check_jar_without_manifest_compares_the_bytes(tmp_path):
    # The test command's jar (scripts/test-java): its natives are a plain build's, without manifest.
    natives, out = tmp_path / "native", tmp_path / "out"
    out.mkdir()
    (natives / "linux-x86_64").mkdir(parents=True)
    (natives / "linux-x86_64" / "libperspectief_jni.so").write_bytes(b"built here")
    license_file = tmp_path / "LICENSE"
    license_file.write_text("licence")
    name = "native/linux-x86_64/libperspectief_jni.so"
    same = _jars(out, name, b"built here", "licence")
    assert check_jar.main(same, license_file, natives, ["linux-x86_64"], manifest=False) == 0
    other = _jars(out, name, b"built elsewhere", "licence")
    assert check_jar.main(other, license_file, natives, ["linux-x86_64"], manifest=False) == 1


def test_a_staged_host_build_carries_a_manifest_its_packages_are_held_to(tmp_path):
    swig = tmp_path / "build" / "bindings" / "swig"
    jni = swig / "java" / "resources" / "native" / "linux-x86_64" / "libperspectief_jni.so"
    glue = swig / "csharp" / "native" / "linux-x64" / "libperspectief_csharp.so"
    for path, data in ((jni, b"jni glue"), (glue, b"csharp glue")):
        path.parent.mkdir(parents=True)
        path.write_bytes(data)
    (swig / "java" / "src").mkdir()
    (swig / "csharp" / "src").mkdir()
    staged = tmp_path / "staged"
    layout.stage_host(tmp_path / "build", staged)
    manifest = json.loads((staged / "linux-x86_64" / "manifest.json").read_text())
    assert "host_build" in manifest
    assert layout.packed_problems(staged, "linux-x86_64", "java", b"jni glue") == []
    assert layout.packed_problems(staged, "linux-x86_64", "csharp", b"csharp glue") == []
    assert layout.packed_problems(staged, "linux-x86_64", "csharp", b"jni glue")
