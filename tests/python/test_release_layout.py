"""scripts/natives_layout.py, which the release jar and NuGet package are packed by: what it
refuses. (What it accepts is run by scripts/test-java and scripts/test-csharp on this machine's
own libraries; no test here makes up a native library.)"""

from __future__ import annotations

import importlib.util

import pytest

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("natives_layout", ROOT / "scripts" / "natives_layout.py")
layout = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(layout)

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
