"""scripts/check_wheel.py, which judges what `auditwheel show --json` read from a release wheel
(scripts/release-wheels): what it accepts and what it refuses. The inputs are auditwheel's JSON
(version 1), as auditwheel 6.8.2 writes it."""

from __future__ import annotations

import importlib.util

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("check_wheel", ROOT / "scripts" / "check_wheel.py")
check_wheel = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_wheel)


def _shown(tag, external=None):
    return {"version": 1, "wheel": "perspectief-1.0.0-cp311-cp311-manylinux2014_x86_64.whl", "pure": False,
            "overall_tag": tag, "versioned_symbols": {"libc.so.6": ["GLIBC_2.14", "GLIBC_2.2.5"]},
            "external_libs": external or {}}


def test_a_glibc_2_17_wheel_or_older_is_accepted():
    assert check_wheel.problems(_shown("manylinux_2_17_x86_64"), "x86_64") == []
    assert check_wheel.problems(_shown("manylinux_2_5_x86_64"), "x86_64") == []


def test_a_wheel_above_glibc_2_17_is_refused():
    found = check_wheel.problems(_shown("manylinux_2_28_x86_64"), "x86_64")
    assert len(found) == 1 and "glibc 2.28" in found[0]


def test_the_wrong_architecture_or_a_plain_linux_tag_is_refused():
    assert "not manylinux_<glibc>_aarch64" in check_wheel.problems(_shown("manylinux_2_17_x86_64"), "aarch64")[0]
    assert check_wheel.problems(_shown("linux_x86_64"), "x86_64")


def test_a_library_outside_the_policy_is_refused():
    found = check_wheel.problems(_shown("manylinux_2_17_x86_64", {"libsodium.so.23": None}), "x86_64")
    assert found == ["it needs libraries outside the policy: ['libsodium.so.23']"]


def test_an_unreadable_wheel_is_refused():
    assert check_wheel.problems({"version": 1, "wheel": "x.whl", "error": "no ELF"}, "x86_64")
