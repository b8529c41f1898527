"""The package type-checks strictly against its own stubs (py.typed, _core.pyi)."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_package_passes_mypy_strict(tmp_path):
    completed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", "perspectief"],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_examples_type_check_against_the_package(tmp_path):
    examples = [str(p) for p in sorted((ROOT / "examples" / "python").glob("*.py"))]
    completed = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--ignore-missing-imports", *examples],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
