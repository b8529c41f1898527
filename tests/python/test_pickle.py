"""Engines, plans and errors pickle, so they travel to Dask or Spark workers."""

from __future__ import annotations

import copy
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest

import perspectief
from perspectief import Engine, Plan


def round_trip(value):
    return pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def test_builtin_engine_pickles_by_id_and_settings():
    settings = {"format": "perspectief/settings@1", "profile": "flevoland", "municipality": "Lelystad",
                "local_choices": {"regie_langdurig_verblijf": "gemeente"}}
    engine = Engine("flevoland", settings, max_depth=64, max_bytes=10_000_000)
    copy_ = round_trip(engine)
    assert copy_ is not engine
    assert copy_.info == engine.info
    assert copy_.limits == (64, 10_000_000)
    # A built-in profile travels as its id, not as the whole document.
    assert len(pickle.dumps(engine)) < 2000


def test_custom_profile_engine_pickles_by_document():
    document = Engine.profile_document("foodvalley")
    document["id"] = "foodvalley-test"
    engine = Engine(document)
    copy_ = round_trip(engine)
    assert copy_.profile_id == "foodvalley-test"
    assert copy_._core.profile_document() == engine._core.profile_document()


def test_closed_engine_does_not_pickle():
    engine = Engine("foodvalley")
    engine.close()
    with pytest.raises(perspectief.StateError):
        pickle.dumps(engine)


def test_plan_pickles_by_its_canonical_json(plan: Plan):
    copy_ = round_trip(plan)
    assert copy_ == plan and copy_.to_json() == plan.to_json()
    assert copy_.children == plan.children


def test_copy_returns_the_same_immutable_object(plan: Plan, engine: Engine):
    assert copy.copy(plan) is plan and copy.deepcopy(plan) is plan
    assert copy.copy(engine) is engine and copy.deepcopy(engine) is engine


def test_deeply_nested_local_fields_unpickle():
    engine = Engine("amsterdam-zaanstreek", max_depth=600)
    nested: dict = {}
    for _ in range(500):
        nested = {"n": nested}
    plan = engine.parse({**_minimal(), "local_fields": {"deep": nested}})
    assert round_trip(plan) == plan


def _minimal() -> dict:
    return {"format": "perspectief/plan@1", "id": "p", "profile": "amsterdam-zaanstreek",
            "plan_type": "perspectiefplan", "version": 0, "status": "hulpvraag",
            "family": {"members": []}, "family_part": {}}


def _validate_in_worker(engine: Engine, plan: Plan) -> list[str]:
    return [problem.code for problem in engine.validate(plan)] + [plan.id, engine.profile_id]


def test_engine_and_plan_work_in_another_process(engine: Engine, plan: Plan):
    # What Dask and Spark do: pickle the objects to a fresh interpreter.
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        assert pool.submit(_validate_in_worker, engine, plan).result(timeout=120) == [
            "pp-test-1",
            "amsterdam-zaanstreek",
        ]
