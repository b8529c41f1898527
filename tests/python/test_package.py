"""The installed package: version, typing files, public names, stubs."""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.resources
import re

import perspectief
from perspectief import _core

from conftest import ROOT


def header_version() -> str:
    header = (ROOT / "capi" / "include" / "perspectief" / "perspectief.h").read_text(encoding="utf-8")
    match = re.search(r'#define PP_VERSION_STRING "([^"]+)"', header)
    assert match, "perspectief.h defines PP_VERSION_STRING"
    return match.group(1)


def test_version_is_the_c_librarys():
    assert perspectief.__version__ == header_version()


def test_version_is_the_cmake_project_version_and_the_distributions():
    cmake = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    match = re.search(r"project\(perspectief\s+VERSION\s+(\d+\.\d+\.\d+)", cmake)
    assert match
    assert perspectief.__version__ == match.group(1)
    assert importlib.metadata.version("perspectief") == perspectief.__version__
    assert _core.VERSION == tuple(int(p) for p in perspectief.__version__.split("."))


def test_package_is_typed():
    files = importlib.resources.files("perspectief")
    assert files.joinpath("py.typed").is_file()
    assert files.joinpath("_core.pyi").is_file()


def test_every_public_name_exists():
    for name in perspectief.__all__:
        assert hasattr(perspectief, name), name


def test_stub_declares_exactly_what_the_compiled_module_has():
    stub = ast.parse(importlib.resources.files("perspectief").joinpath("_core.pyi").read_text(encoding="utf-8"))
    declared: dict[str, set[str]] = {"": set()}
    for node in stub.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            declared[""].add(node.name)
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            declared[""].add(node.target.id)
        if isinstance(node, ast.ClassDef):
            declared[node.name] = {n.name for n in node.body if isinstance(n, ast.FunctionDef)}
    module_names = {n for n in dir(_core) if not n.startswith("_")} | {"__version__"}
    assert declared[""] == module_names
    for cls in ("Engine", "Plan"):
        runtime = {n for n in dir(getattr(_core, cls)) if not n.startswith("_")}
        assert declared[cls] == runtime, cls


def test_error_code_names_match_the_core():
    from perspectief.errors import _CODE_NAMES, error_class

    for code, name in _CODE_NAMES.items():
        assert _core.error_code_name(code) == name
        if code:
            assert error_class(code).CODE == code
    assert _core.error_code_name(12345) == "unknown"
