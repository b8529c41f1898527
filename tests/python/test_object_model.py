"""The object model every language shares (tests/conformance/operations.json,
read by the Java and C# suites too): every operation is a method of Engine, one
that works on a plan takes it first, a Plan is a value without operations or an
engine, the Store has the C ABI's store operations by their C names, the C ABI
carries every operation, and the package keeps no mutable state at module level
(no hidden engine cache)."""

from __future__ import annotations

import gc
import importlib
import inspect
import json
import pkgutil
import re
import types
import typing
import weakref
from typing import Any

import pytest

import perspectief
from perspectief import Engine, Engines, Plan, Store

from conftest import MINIMAL_PLAN, ROOT

_SHARED = json.loads((ROOT / "tests" / "conformance" / "operations.json").read_text(encoding="utf-8"))
OPERATIONS: list[dict[str, Any]] = _SHARED["operations"]
ON_PLANS = {op["name"] for op in OPERATIONS if op["plan"]}
STORE_OPERATIONS: list[dict[str, Any]] = _SHARED["store"]["operations"]
PREPARED_OPERATIONS: list[dict[str, Any]] = _SHARED["prepared_plan"]["operations"]
PREPARED_PARTY_OPERATIONS: list[dict[str, Any]] = _SHARED["prepared_party"]["operations"]
HEADER = ROOT / "capi" / "include" / "perspectief" / "perspectief.h"
#: Reports over many plans: they take a collection of plans first, never one plan.
ON_MANY_PLANS = {op["name"] for op in OPERATIONS if op.get("plans")}


def _takes_first(function: Any, kind: type) -> bool:
    """Whether the first parameter after self is annotated with kind (alone or in a union/iterable)."""
    parameters = list(inspect.signature(function).parameters)[1:]
    if not parameters:
        return False
    hint = typing.get_type_hints(function).get(parameters[0])

    def mentions(t: Any) -> bool:
        return t is kind or any(mentions(a) for a in typing.get_args(t))

    return mentions(hint)


def _takes_a_plan_first(function: Any) -> bool:
    return _takes_first(function, Plan)


def _public_methods(cls: type) -> dict[str, Any]:
    return {
        name: member
        for name, member in vars(cls).items()
        if not name.startswith("_") and inspect.isfunction(member)
    }


def test_the_shared_list_names_the_operations():
    assert len(OPERATIONS) > 10
    assert {"apply", "regie_advice", "initial_content"} <= ON_PLANS
    assert all(re.fullmatch(r"[a-z]+(_[a-z]+)*", op["name"]) for op in OPERATIONS)


def test_every_operation_is_a_member_of_engine():
    for op in OPERATIONS:
        assert hasattr(Engine, op["name"]), f"Engine.{op['name']}"


def test_the_engines_plan_operations_are_exactly_the_shared_ones():
    taking_a_plan = {name for name, method in _public_methods(Engine).items() if _takes_a_plan_first(method)}
    assert taking_a_plan - ON_MANY_PLANS == ON_PLANS, "an operation on plans that one language lacks or adds"


def test_a_report_takes_many_plans_not_one():
    assert ON_MANY_PLANS == {"verblijf_report"}
    for name in ON_MANY_PLANS:
        method = getattr(Engine, name)
        first = list(inspect.signature(method).parameters)[1]
        hint = typing.get_type_hints(method)[first]
        assert hint is not Plan and Plan in typing.get_args(hint), f"Engine.{name} takes a collection of plans first"


def test_a_plan_is_a_value_without_operations_or_an_engine():
    for name in ON_PLANS:
        assert not hasattr(Plan, name), f"Plan.{name} belongs on Engine"
    assert "engine" not in Plan.__slots__ and "validate" not in dir(Plan)


def test_a_plan_does_not_keep_its_engine_alive():
    engine = Engine("amsterdam-zaanstreek")
    plan = engine.parse(MINIMAL_PLAN)
    gone = weakref.ref(engine)
    del engine
    gc.collect()
    assert gone() is None, "the plan kept its engine"
    assert Engine(plan.profile).validate(plan) == [], "any engine works on it"


def _c_parameters(header: str, op: dict[str, Any]) -> str:
    """The parameter list perspectief.h declares for the operation's C function."""
    declaration = re.search(r"PP_API \w+ " + op["c"] + r"\(([^)]*)\)", header)
    assert declaration, f"{op['name']}: {op['c']} is not in perspectief.h"
    return declaration.group(1)


def test_the_c_abi_carries_every_operation():
    header = HEADER.read_text(encoding="utf-8")
    for op in OPERATIONS:
        parameters = " ".join(_c_parameters(header, op).split())
        assert ("const pp_engine* engine" in parameters) == op.get("c_takes_engine", True), op["c"]
        assert ("const pp_plan* plan" in parameters) == op["plan"], op["c"]
        assert ("const pp_plan* const* plans, size_t plan_count" in parameters) == op.get("plans", False), op["c"]


# ---- the Store: the C ABI's store operations by their C names ---------------------


def _store_operations(cls: type) -> dict[str, Any]:
    """Store's public operations: its functions, static and class methods (not the
    ``closed`` property, which is state, nor the context manager's dunders)."""
    return {
        name: member
        for name, member in vars(cls).items()
        if not name.startswith("_") and (inspect.isfunction(member) or isinstance(member, (staticmethod, classmethod)))
    }


def test_the_store_has_exactly_the_shared_operations():
    own = {op["name"] for op in STORE_OPERATIONS if "python" not in op}
    assert set(_store_operations(Store)) == own, "a store operation that one language lacks or adds"
    for op in STORE_OPERATIONS:
        if "python" in op:  # the constructor, or a method of SigningKey
            target: Any = perspectief
            for part in op["python"].split("."):
                target = getattr(target, part)
            assert callable(target), op["python"]


def test_each_store_operation_is_static_or_takes_the_engine_as_listed():
    members = _store_operations(Store)
    for op in STORE_OPERATIONS:
        if "python" in op:
            continue
        member = members[op["name"]]
        assert isinstance(member, (staticmethod, classmethod)) == op.get("static", False), op["name"]
        if not op.get("static", False):
            assert _takes_first(member, Engine) == op.get("engine", False), f"Store.{op['name']}: the engine first"


def test_the_c_abi_carries_every_store_operation_and_no_other():
    header = HEADER.read_text(encoding="utf-8")
    for op in STORE_OPERATIONS:
        parameters = _c_parameters(header, op)
        assert ("pp_store* store" in parameters) != op.get("static", False), op["c"]
        assert ("const pp_engine* engine" in parameters) == op.get("engine", False), op["c"]
    declared = set(re.findall(r"PP_API \w+ (pp_(?:store|signing_key)_\w+)\(", header))
    assert declared == {op["c"] for op in STORE_OPERATIONS}, "a pp_store_* function no language offers"


# ---- the prepared plan: the fast path's operations ---------------------------------


def _operations(cls: type) -> set[str]:
    """A class's public operations: its methods and properties, from the compiled class and
    the package's subclass (not ``closed``, which is the handle's state)."""
    names: set[str] = set()
    for base in cls.__mro__[:-1]:
        names |= {
            name
            for name, member in vars(base).items()
            if not name.startswith("_") and (callable(member) or isinstance(member, property))
        }
    return names - {"closed"}


def test_the_prepared_plan_has_exactly_the_shared_operations():
    assert _operations(perspectief.PreparedPlan) == {op.get("python", op["name"]) for op in PREPARED_OPERATIONS}
    assert isinstance(vars(perspectief.PreparedPlan.__mro__[1])["part_count"], property), "part_count is a property"


def _check_c_functions(operations: list[dict[str, Any]], handle: str, name: str) -> set[str]:
    """That perspectief.h declares each operation's C function taking the handle first (the
    destroy taking it alone, not const), and returns the declared ``pp_<handle>_*`` functions."""
    header = HEADER.read_text(encoding="utf-8")
    for op in operations:
        if "c" not in op:  # Python's own (python_only), carried by the C++ core directly
            assert op.get("python_only"), op["name"]
            continue
        if op["name"] == "close":
            assert re.search(rf"PP_API void {op['c']}\({handle}\* {name}\)", header), op["c"]
            continue
        assert _c_parameters(header, op).startswith(f"const {handle}* {name}"), op["c"]
    return set(re.findall(rf"PP_API \w+ ({handle}_\w+)\(", header))


def test_the_c_abi_carries_every_prepared_plan_operation_and_no_other():
    declared = _check_c_functions(PREPARED_OPERATIONS, "pp_prepared_plan", "prepared")
    assert declared <= {op["c"] for op in PREPARED_OPERATIONS}, "a pp_prepared_plan_* function no language offers"


def test_the_prepared_party_has_exactly_the_shared_operations():
    assert _operations(perspectief.PreparedParty) == {op["name"] for op in PREPARED_PARTY_OPERATIONS}


def test_the_c_abi_carries_every_prepared_party_operation_and_no_other():
    declared = _check_c_functions(PREPARED_PARTY_OPERATIONS, "pp_prepared_party", "party")
    assert declared == {op["c"] for op in PREPARED_PARTY_OPERATIONS if "c" in op}, "a pp_prepared_party_* not listed"


# ---- no module-level mutable state ---------------------------------------------

_IMMUTABLE = (int, float, complex, str, bytes, bool, type(None), frozenset, range, types.MappingProxyType,
              types.UnionType)


def _is_constant(value: Any) -> bool:
    """Whether a module-level value cannot be changed (so it cannot hold state)."""
    if isinstance(value, (types.ModuleType, type, types.FunctionType, types.BuiltinFunctionType)):
        return True
    if isinstance(value, tuple):
        return all(_is_constant(v) for v in value)
    if isinstance(value, _IMMUTABLE):
        return True
    # Annotations and typing constructs: `from __future__ import annotations`,
    # TypeVar, Union[...] aliases, dataclasses.MISSING.
    return type(value).__module__ in {"__future__", "typing", "dataclasses"}


def _package_modules() -> list[types.ModuleType]:
    names = ["perspectief"] + [f"perspectief.{m.name}" for m in pkgutil.iter_modules(perspectief.__path__)]
    return [importlib.import_module(name) for name in names]


def test_no_module_keeps_mutable_state():
    found = [
        f"{module.__name__}.{name}: {type(value).__name__}"
        for module in _package_modules()
        for name, value in vars(module).items()
        if not (name.startswith("__") and name.endswith("__")) and not _is_constant(value)
    ]
    assert found == [], "module-level state (a cache, a lock, a mutable container): " + ", ".join(found)


def test_the_state_check_finds_a_cache():
    # The check above must not pass vacuously: a module given a cache fails it.
    module = types.ModuleType("perspectief._probe")
    module._engines = {}  # type: ignore[attr-defined]
    module._lock = __import__("threading").Lock()  # type: ignore[attr-defined]
    assert [name for name, v in vars(module).items() if not name.startswith("__") and not _is_constant(v)] == [
        "_engines", "_lock"]


# ---- Engines: the caller's own engine per profile --------------------------------


def test_engines_loads_each_profile_once_and_is_the_callers():
    plans = [perspectief.Plan.parse(dict(MINIMAL_PLAN, id=f"pp-{i}")) for i in range(3)]
    first, second = Engines(), Engines()
    assert len(first) == 0
    assert first.for_plan(plans[0]) is first.for_plan(plans[1]) is first.for_profile("amsterdam-zaanstreek")
    assert second.for_plan(plans[0]) is not first.for_plan(plans[0]), "two Engines share nothing"
    assert [e.profile_id for e in first] == ["amsterdam-zaanstreek"]
    with pytest.raises(perspectief.NotFoundError):
        first.for_profile("atlantis")


def test_engines_uses_the_engines_given_and_closes_only_what_it_loaded():
    almere = Engine("flevoland", {"format": "perspectief/settings@1", "profile": "flevoland", "municipality": "Almere"})
    engines = Engines([almere])
    assert engines.for_profile("flevoland") is almere
    loaded = engines.for_profile("foodvalley")
    engines.close()
    assert loaded.closed and not almere.closed
    with pytest.raises(perspectief.StateError):
        engines.for_profile("flevoland")
    with pytest.raises(perspectief.InvalidArgumentError):
        Engines([almere, Engine("flevoland")])


def test_engines_parse_with_their_limits_and_pickle():
    import pickle

    engines = Engines(max_depth=64, max_bytes=4096)
    assert engines.limits == (64, 4096)
    with pytest.raises(perspectief.LimitExceededError):
        engines.parse(json.dumps(dict(MINIMAL_PLAN, blob="x" * 5000)))
    assert engines.for_profile("flevoland").limits == (64, 4096)
    copy = pickle.loads(pickle.dumps(engines))
    assert copy.limits == (64, 4096) and len(copy) == 0, "built-in engines load again on first use"
