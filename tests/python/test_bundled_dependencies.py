"""cmake/BundledDependencies.cmake: what it refuses when configured. What it builds is checked
by `scripts/release wheels`, which builds the sdist with third_party/ (scripts/release-bundle),
installs it into a fresh venv, checks that the module links no system libsodium or SQLite and
runs this suite against it."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("cmake") is None, reason="needs cmake")


def configure(tmp_path, *definitions: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["cmake", "-S", str(ROOT), "-B", str(tmp_path / "build"), *definitions],
        capture_output=True, text=True, check=False)


def test_a_tree_with_third_party_builds_them_by_default(tmp_path):
    # The switch is the sdist's third_party/README.md (which a checkout does not have): a tree
    # with it configures bundled without being asked, and so refuses the C library.
    source = tmp_path / "source"
    source.mkdir()
    shutil.copy(ROOT / "CMakeLists.txt", source)
    shutil.copytree(ROOT / "cmake", source / "cmake")
    (source / "third_party").mkdir()
    (source / "third_party" / "README.md").write_text("bundled\n")
    result = subprocess.run(
        ["cmake", "-S", str(source), "-B", str(tmp_path / "build"), "-DPP_BUILD_CAPI=ON"],
        capture_output=True, text=True, check=False)
    assert result.returncode != 0
    assert "builds the Python module only" in " ".join(result.stderr.split())
    assert not (ROOT / "third_party").exists()


def test_bundled_without_the_sources_names_the_missing_file(tmp_path):
    result = configure(tmp_path, "-DPP_BUNDLED_DEPENDENCIES=ON", "-DPP_BUILD_CAPI=OFF")
    assert result.returncode != 0
    message = " ".join(result.stderr.split())
    assert "third_party/libsodium/src/libsodium/include/sodium.h is missing" in message
    assert "scripts/release-bundle" in message


def test_bundled_is_refused_for_the_c_library(tmp_path):
    # The installed static archive and pkg-config file name the system's libraries.
    result = configure(tmp_path, "-DPP_BUNDLED_DEPENDENCIES=ON", "-DPP_BUILD_CAPI=ON")
    assert result.returncode != 0
    assert "builds the Python module only" in " ".join(result.stderr.split())
