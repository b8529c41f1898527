"""Streaming over JSONL files: per-line results and errors, line numbers, bounded memory."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
from typing import Any

import pytest

import perspectief
from perspectief import Engine, LineResult, Plan

from conftest import MINIMAL_PLAN, ROOT, start_plan


#: Two sharing requests every plan is asked (decide_jsonl).
AT = "2026-03-02T09:30:00+01:00"
REQUESTS = [
    {"requester": {"role": "gemeente", "person": "gem-1"}, "action": "read", "purpose": "beleid",
     "channel": "portaal", "at": AT},
    {"requester": {"role": "accountant", "person": "acc-1"}, "action": "read", "purpose": "verantwoording",
     "channel": "portaal", "at": AT},
]


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
    # A line that fails still names its plan when its text does (as in C's error
    # lines); bytes that are not UTF-8 become U+FFFD.
    assert {r.line: r.plan_id for r in results if not r.ok} == {4: "kapot", 6: None, total_lines: "\ufffd"}
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


def test_with_engines_a_line_is_read_by_the_region_its_text_names(tmp_path: pathlib.Path, family_documents):
    """The region comes from the line's text before it is parsed: a line of no
    region, or of one not built in, fails for that, naming its plan, whatever
    else is wrong with it; one Engine reads every line itself."""
    path = tmp_path / "regions.jsonl"
    lines = [
        json.dumps({"id": "zonder-regio"}),
        json.dumps({"id": "atlantis-1", "profile": "atlantis"}),
        '{"id": "zonder-regio-kapot", "x": [',
        json.dumps(family_documents[0]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with perspectief.Engines() as engines:
        results = list(perspectief.validate_jsonl(path, engine=engines))
    assert [(type(r.error), r.error and r.error.pointer, r.plan_id) for r in results[:3]] == [
        (perspectief.SchemaError, "/profile", "zonder-regio"),
        (perspectief.NotFoundError, "", "atlantis-1"),
        (perspectief.JsonSyntaxError, "", "zonder-regio-kapot"),
    ]
    assert "atlantis" in str(results[1].error)
    assert results[3].ok and results[3].value == []
    one_engine = Engine(family_documents[0]["profile"])
    first = next(iter(perspectief.validate_jsonl(path, engine=one_engine)))
    assert type(first.error) is perspectief.SchemaError and first.error.pointer != "/profile"


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
    assert results[1].plan_id == family_documents[0]["id"], "a refused line names its plan"


def test_decide_jsonl_answers_every_request_per_plan(jsonl: pathlib.Path):
    results = list(perspectief.decide_jsonl(jsonl, REQUESTS, engine=perspectief.Engines()))
    assert sum(not r.ok for r in results) == 3
    for r in results:
        if r.ok:
            assert len(r.value) == 2
            assert all(isinstance(d, perspectief.Decision) for d in r.value)
            assert not r.value[0].allowed, "the municipality does not see plans (R-GEMEENTE)"


def outcomes(results) -> list[tuple[Any, ...]]:
    """Everything a stream gave, comparable: line, plan id, value, error class and message."""
    return [(r.line, r.plan_id, r.value, type(r.error), r.error and str(r.error)) for r in results]


STREAMS = {
    "iter_plans": lambda path, engines, workers: perspectief.iter_plans(path, engine=engines, workers=workers),
    "validate": lambda path, engines, workers: perspectief.validate_jsonl(path, engine=engines, workers=workers),
    "replay": lambda path, engines, workers: perspectief.replay_jsonl(path, engine=engines, workers=workers),
    "decide": lambda path, engines, workers: perspectief.decide_jsonl(path, REQUESTS, engine=engines, workers=workers),
    "records": lambda path, engines, workers: perspectief.records_jsonl(
        path, "transitions", engine=engines, workers=workers),
}


@pytest.fixture
def started_jsonl(tmp_path: pathlib.Path, family_documents) -> pathlib.Path:
    """Plans with a history (so that replay has work), bad lines among them, and a
    plan of a region no engine knows: each line's own error, in file order."""
    lines = [start_plan(Engine(d["profile"]), d).to_json() for d in family_documents]
    lines.insert(1, '{"id": "kapot"')
    lines.insert(3, json.dumps(family_documents[0]))  # no history to replay
    lines.insert(4, json.dumps({**family_documents[0], "id": "atlantis-1", "profile": "atlantis"}))
    lines.insert(5, json.dumps({**json.loads(lines[0]), "x-changed": "outside the workflow"}))  # replays, not verified
    lines.append("")
    lines.append('{"format": "perspectief/plan@1"}')
    path = tmp_path / "started.jsonl"
    path.write_text("\n".join(lines * 3) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("operation", sorted(STREAMS))
def test_parallel_workers_give_what_one_worker_gives(started_jsonl: pathlib.Path, operation: str):
    stream = STREAMS[operation]
    with perspectief.Engines() as engines:
        serial = outcomes(stream(started_jsonl, engines, 1))
        for workers in (2, 5):
            assert outcomes(stream(started_jsonl, engines, workers)) == serial, workers
    assert [line for line, *_ in serial] == sorted(line for line, *_ in serial), "file order"
    with pytest.raises(ValueError):
        list(stream(started_jsonl, perspectief.Engines(), 0))


def test_each_line_gives_what_the_engine_gives_for_it(started_jsonl: pathlib.Path):
    with perspectief.Engines() as engines:
        plans = {r.line: r for r in perspectief.iter_plans(started_jsonl)}
        for name, stream in STREAMS.items():
            for result in stream(started_jsonl, engines, 3):
                parsed = plans[result.line]
                if not parsed.ok:
                    assert type(result.error) is type(parsed.error) and result.plan_id == parsed.plan_id
                    continue
                plan = parsed.value
                assert result.plan_id == plan.id
                if name == "iter_plans":
                    assert result.value == plan
                    continue
                try:
                    engine = engines.for_plan(plan)
                    expected = {
                        "validate": lambda: engine.validate(plan),
                        "replay": lambda: engine.replay(plan),
                        "decide": lambda: engine.decide_batch(plan, REQUESTS),
                        "records": lambda: engine.records(plan, "transitions"),
                    }[name]()
                except perspectief.PerspectiefError as error:
                    assert type(result.error) is type(error) and str(result.error) == str(error), (name, result.line)
                else:
                    assert result.ok and result.value == expected, (name, result.line)


def bulk(path: pathlib.Path, engines: perspectief.Engines, workers: int):
    return perspectief.bulk_jsonl(path, engine=engines, validate=True, replay=True, verify=True,
                                  records=["transitions", "results"], workers=workers)


def comparable(result: perspectief.BulkResult) -> tuple[Any, ...]:
    errors = {name: (type(error), str(error)) for name, error in result.errors.items()}
    return result.problems, result.replayed, result.verified, result.records, errors


def test_bulk_gives_each_pass_what_its_own_function_gives(started_jsonl: pathlib.Path):
    with perspectief.Engines() as engines:
        results = list(bulk(started_jsonl, engines, 3))
        assert [comparable(r.value) if r.ok else (type(r.error), str(r.error)) for r in bulk(started_jsonl, engines, 1)] \
            == [comparable(r.value) if r.ok else (type(r.error), str(r.error)) for r in results]
        own = {
            "validate": list(perspectief.validate_jsonl(started_jsonl, engine=engines)),
            "replay": list(perspectief.replay_jsonl(started_jsonl, engine=engines)),
            "transitions": list(perspectief.records_jsonl(started_jsonl, "transitions", engine=engines)),
            "results": list(perspectief.records_jsonl(started_jsonl, "results", engine=engines)),
            "plans": list(perspectief.iter_plans(started_jsonl)),
        }
    assert all([r.line for r in results] == [r.line for r in mine] for mine in own.values())
    failed_replays = 0
    for index, result in enumerate(results):
        validated, replayed, plan = own["validate"][index], own["replay"][index], own["plans"][index]
        if not validated.ok and not replayed.ok and "replay" not in (result.value.errors if result.ok else {}):
            # The line itself failed (syntax, schema, no engine for its region): the same error.
            assert not result.ok and type(result.error) is type(validated.error) and result.plan_id == validated.plan_id
            continue
        assert result.ok and result.plan_id == plan.plan_id
        value = result.value
        assert value.problems == validated.value
        assert value.records == {"transitions": own["transitions"][index].value, "results": own["results"][index].value}
        if replayed.ok:
            assert value.replayed == replayed.value and "replay" not in value.errors
            assert value.verified is (replayed.value == plan.value)
        else:
            failed_replays += 1
            assert value.replayed is None and value.verified is None
            assert type(value.errors["replay"]) is type(replayed.error) and str(value.errors["replay"]) == str(replayed.error)
    assert failed_replays == 3, "the plan without a history, on each of its three lines"
    assert sum(r.ok and r.value.verified is True for r in results) > 3
    assert sum(r.ok and r.value.verified is False for r in results) == 3, "the changed plan, three times"


def test_bulk_asks_only_for_the_passes_named(started_jsonl: pathlib.Path):
    first = next(perspectief.bulk_jsonl(started_jsonl, engine=perspectief.Engines(), records=["jeugdigen"]))
    assert first.ok and first.value.problems is None and first.value.replayed is None and first.value.verified is None
    assert list(first.value.records) == ["jeugdigen"] and first.value.records["jeugdigen"].kind == "jeugdigen"
    verified = next(perspectief.bulk_jsonl(started_jsonl, engine=perspectief.Engines(), verify=True))
    assert verified.value.verified is True and verified.value.replayed is None and verified.value.records == {}
    with pytest.raises(ValueError, match="at least one pass"):
        perspectief.bulk_jsonl(started_jsonl, engine=perspectief.Engines())
    with pytest.raises(perspectief.InvalidArgumentError):
        perspectief.bulk_jsonl(started_jsonl, engine=perspectief.Engines(), records=["people"])


def test_a_region_no_engine_knows_fails_its_lines_only(started_jsonl: pathlib.Path):
    results = list(perspectief.validate_jsonl(started_jsonl, engine=perspectief.Engines(), workers=3))
    unknown = [r for r in results if r.plan_id == "atlantis-1"]
    assert len(unknown) == 3 and all(isinstance(r.error, perspectief.NotFoundError) for r in unknown)
    assert "atlantis" in str(unknown[0].error)
    assert sum(r.ok for r in results) == len(results) - 3 * 3, "syntax, schema and region, three times each"


def test_records_jsonl_rows_make_one_typed_table(started_jsonl: pathlib.Path):
    results = list(perspectief.records_jsonl(started_jsonl, "transitions", engine=perspectief.Engines(), workers=2))
    assert all(isinstance(r.value, perspectief.Records) and r.value.kind == "transitions" for r in results if r.ok)
    table = perspectief.Records("transitions", (row for r in results if r.ok for row in r.value))
    assert len(table) > 0 and all(row["plan"] for row in table)
    with pytest.raises(perspectief.InvalidArgumentError):
        perspectief.records_jsonl(started_jsonl, "people", engine=perspectief.Engines())


def test_a_stream_left_early_stops_its_threads(started_jsonl: pathlib.Path):
    for _ in range(20):
        stream = perspectief.replay_jsonl(started_jsonl, engine=perspectief.Engines(), workers=4)
        assert next(stream).line == 1
        stream.close()  # joins the C++ workers; a hang here fails the suite's timeout
    untouched = perspectief.validate_jsonl(started_jsonl, engine=perspectief.Engines(), workers=4)
    del untouched  # never started: no file opened, no thread


@pytest.mark.skipif(not pathlib.Path("/proc/self/status").exists(), reason="reads the peak from /proc (Linux)")
def test_memory_stays_flat_however_long_the_file(tmp_path: pathlib.Path):
    """The peak memory of a stream over 2,000 lines of 20 KB is that over 100:
    at most 4 lines per worker are read ahead and nothing is kept."""
    line = json.dumps({**MINIMAL_PLAN, "x-blob": "x" * 20_000}) + "\n"
    # VmHWM, the process's own peak: ru_maxrss would carry this process's over exec.
    script = (
        "import sys, perspectief\n"
        "engine = perspectief.Engine('amsterdam-zaanstreek')\n"
        "for r in perspectief.iter_plans(sys.argv[1], workers=2):\n"
        "    assert r.ok, r.error\n"
        "for r in perspectief.validate_jsonl(sys.argv[1], engine=engine, workers=2):\n"
        "    assert r.ok, r.error\n"
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:')))\n"
    )
    peaks = {}
    for count in (100, 2_000):
        path = tmp_path / f"plans-{count}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for _ in range(count):
                out.write(line)
        run = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True)
        peaks[count] = int(run.stdout) / 1024  # MiB
    file_mib = 2_000 * len(line) / 1048576
    assert peaks[2_000] - peaks[100] < 0.1 * file_mib, (peaks, file_mib)


def test_the_bulk_measurement_runs_on_a_few_plans(tmp_path: pathlib.Path):
    """bench/bulk/python_bulk.py (scripts/bench bulk with PP_BULK_PYTHON) on 30 plans, each
    of its three ways (bulk, records, arrow): every plan's transitions in one typed frame."""
    bench = ROOT / "bench" / "bulk"
    plans = tmp_path / "plans.jsonl"
    subprocess.run([sys.executable, str(bench / "make_plans.py"), "30", str(plans)], check=True)
    run = subprocess.run([sys.executable, str(bench / "python_bulk.py"), str(plans)],
                         capture_output=True, text=True, check=True, env={**os.environ, "PP_BULK_JOBS": "2"})
    lines = run.stdout.splitlines()
    assert [line.split()[1] for line in lines] == ["bulk", "records", "arrow"], run.stdout
    expected = sum(len(r.value) for r in perspectief.records_jsonl(plans, "transitions", engine=perspectief.Engines()))
    for line in lines:
        assert "30 plans (0 failed, " in line, run.stdout
        assert int(line.split("a DataFrame of ")[1].split()[0]) == expected, run.stdout
