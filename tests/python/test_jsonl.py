"""Streaming over JSONL files: per-line results and errors, line numbers, bounded memory."""

from __future__ import annotations

import json
import pathlib

import pytest

import perspectief
from perspectief import Engine, LineResult, Plan

from conftest import MINIMAL_PLAN, start_plan


@pytest.fixture
def jsonl(tmp_path: pathlib.Path, family_documents) -> pathlib.Path:
    """The example families, one per line, with a blank line and three bad lines in between."""
    lines = [json.dumps(d, ensure_ascii=False) for d in family_documents]
    lines.insert(1, "")                            # blank: skipped, but counted
    lines.insert(3, '{"id": "kapot"')              # syntax
    lines.insert(5, '{"format": "perspectief/plan@1"}')  # schema
    path = tmp_path / "plans.jsonl"
    text = "\n".join(lines) + "\n"
    path.write_bytes(text.encode("utf-8") + b'{"id": "\xff"}\n')  # invalid UTF-8, last line
    return path


def test_iter_plans_reports_every_line(jsonl: pathlib.Path, family_documents):
    results = list(perspectief.iter_plans(jsonl))
    assert all(isinstance(r, LineResult) for r in results)
    bad = {r.line: type(r.error) for r in results if not r.ok}
    total_lines = len(family_documents) + 4  # three lines inserted, one appended
    assert bad == {
        4: perspectief.JsonSyntaxError,
        6: perspectief.SchemaError,
        total_lines: perspectief.InvalidUtf8Error,
    }
    good = [r for r in results if r.ok]
    assert [r.plan_id for r in good] == [d["id"] for d in family_documents]
    assert all(isinstance(r.value, Plan) and r.value.id == r.plan_id for r in good)
    assert 2 not in {r.line for r in results}, "the blank line yields nothing"


def test_unwrap_raises_with_the_line_number(jsonl: pathlib.Path):
    failed = next(r for r in perspectief.iter_plans(jsonl) if not r.ok)
    with pytest.raises(perspectief.JsonSyntaxError, match=r"^line 4: "):
        failed.unwrap()
    ok = next(r for r in perspectief.iter_plans(jsonl) if r.ok)
    assert ok.unwrap() is ok.value


def test_streaming_is_lazy(jsonl: pathlib.Path):
    stream = perspectief.iter_plans(jsonl)
    first = next(stream)
    assert first.line == 1 and first.ok
    stream.close()


def test_validate_jsonl_with_engines_uses_each_plans_profile(jsonl: pathlib.Path):
    with perspectief.Engines() as engines:
        results = list(perspectief.validate_jsonl(jsonl, engine=engines))
    for r in results:
        if r.ok:
            assert isinstance(r.value, list)
            assert all(isinstance(p, perspectief.Problem) for p in r.value)
            assert not any(p.code == "PP-V-PROFILE" for p in r.value), "each plan against its own profile"
    assert sum(not r.ok for r in results) == 3


def test_the_jsonl_operations_need_an_engine(jsonl: pathlib.Path):
    with pytest.raises(TypeError):
        perspectief.validate_jsonl(jsonl)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        perspectief.replay_jsonl(jsonl)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        perspectief.decide_jsonl(jsonl, [])  # type: ignore[call-arg]


def test_validate_jsonl_with_one_engine_flags_other_regions(jsonl: pathlib.Path, family_documents):
    engine = Engine("flevoland")
    results = [r for r in perspectief.validate_jsonl(jsonl, engine=engine) if r.ok]
    by_id = {r.plan_id: r.value for r in results}
    for document in family_documents:
        codes = {p.code for p in by_id[document["id"]]}
        assert ("PP-V-PROFILE" in codes) == (document["profile"] != "flevoland")


def test_replay_jsonl_yields_rebuilt_plans(tmp_path: pathlib.Path, family_documents):
    started = [start_plan(Engine(d["profile"]), d) for d in family_documents]
    path = tmp_path / "started.jsonl"
    lines = [p.to_json() for p in started]
    lines.insert(1, json.dumps(family_documents[0]))  # parses, but has no history to replay
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(perspectief.replay_jsonl(path, engine=perspectief.Engines()))
    assert [r.ok for r in results] == [True, False] + [True] * (len(started) - 1)
    assert [r.value for r in results if r.ok] == started
    assert results[1].plan_id == family_documents[0]["id"], "the id is known once the line parsed"


def test_decide_jsonl_answers_every_request_per_plan(jsonl: pathlib.Path):
    at = "2026-03-02T09:30:00+01:00"
    requests = [
        {"requester": {"role": "gemeente", "person": "gem-1"}, "action": "read", "purpose": "beleid",
         "channel": "portaal", "at": at},
        {"requester": {"role": "accountant", "person": "acc-1"}, "action": "read", "purpose": "verantwoording",
         "channel": "portaal", "at": at},
    ]
    results = list(perspectief.decide_jsonl(jsonl, requests, engine=perspectief.Engines()))
    assert sum(not r.ok for r in results) == 3
    for r in results:
        if r.ok:
            assert len(r.value) == 2
            assert all(isinstance(d, perspectief.Decision) for d in r.value)
            assert not r.value[0].allowed, "the municipality does not see plans (R-GEMEENTE)"


def test_parallel_workers_keep_the_file_order(jsonl: pathlib.Path):
    engines = perspectief.Engines()
    serial = [(r.line, r.plan_id, type(r.error)) for r in perspectief.validate_jsonl(jsonl, engine=engines)]
    parallel = [(r.line, r.plan_id, type(r.error))
                for r in perspectief.validate_jsonl(jsonl, engine=engines, workers=3)]
    assert parallel == serial
    with pytest.raises(ValueError):
        list(perspectief.iter_plans(jsonl, workers=0))


def test_an_overlong_line_is_reported_and_skipped(tmp_path: pathlib.Path):
    engine = Engine("amsterdam-zaanstreek", max_bytes=4096)
    path = tmp_path / "long.jsonl"
    small = json.dumps(MINIMAL_PLAN)
    huge = json.dumps({**MINIMAL_PLAN, "x-blob": "x" * 100_000})
    path.write_text("\n".join([small, huge, small]) + "\n", encoding="utf-8")
    results = list(perspectief.iter_plans(path, engine=engine))
    assert [r.line for r in results] == [1, 2, 3]
    assert [r.ok for r in results] == [True, False, True]
    assert isinstance(results[1].error, perspectief.LimitExceededError)


def test_windows_line_endings_and_no_final_newline(tmp_path: pathlib.Path):
    path = tmp_path / "crlf.jsonl"
    path.write_bytes((json.dumps(MINIMAL_PLAN) + "\r\n" + json.dumps(MINIMAL_PLAN)).encode())
    assert [r.ok for r in perspectief.iter_plans(path)] == [True, True]


def test_a_missing_file_raises_at_once(tmp_path: pathlib.Path):
    with pytest.raises(perspectief.NotFoundError):
        next(perspectief.iter_plans(tmp_path / "none.jsonl"))


def test_progress_is_called_after_every_line_without_a_total(jsonl: pathlib.Path):
    calls: list[tuple[int, int | None]] = []
    results = list(perspectief.iter_plans(jsonl, progress=lambda done, total: calls.append((done, total))))
    assert calls == [(n, None) for n in range(1, len(results) + 1)]
    calls.clear()
    validated = list(perspectief.validate_jsonl(jsonl, engine=perspectief.Engines(), progress=lambda d, t: calls.append((d, t))))
    assert len(calls) == len(validated) and calls[-1] == (len(validated), None)


def test_progress_follows_the_stream_not_the_file(jsonl: pathlib.Path):
    calls: list[int] = []
    stream = perspectief.iter_plans(jsonl, progress=lambda done, total: calls.append(done))
    next(stream)
    assert calls == [1], "called once per line taken, so a bar shows what was processed"
