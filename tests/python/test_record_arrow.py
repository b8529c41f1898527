"""Records as Arrow columns built in C++ (issue #14): Records.to_arrow() and records_arrow()
give, value for value, the table pyarrow builds from the rows' dicts, stream a JSONL file in
batches with flat memory (the GIL released: test_gil.py), and handle bad lines as the JSONL functions do."""

from __future__ import annotations

import copy
import json
import re
import pathlib
import subprocess
import sys
from typing import Any

import pyarrow as pa
import pytest

import perspectief
from perspectief import LineResult, Plan, Records

from conftest import MINIMAL_PLAN, ROOT, start_plan

ARROW_TYPES = {
    "string": pa.string(),
    "integer": pa.int64(),
    "boolean": pa.bool_(),
    "timestamp": pa.timestamp("us", tz="UTC"),
    "date": pa.date32(),
    "list-of-string": pa.list_(pa.string()),
}


def reference_table(rows: Records) -> pa.Table:
    """The table pyarrow builds from the rows' dicts, as Records.to_arrow() did before the
    columns were written in C++: the reference every C++ table is held to."""
    schema = pa.schema([pa.field(c.name, ARROW_TYPES[c.type]) for c in rows.schema])
    arrays = []
    for field in schema:
        values = [row[field.name] for row in rows]
        if pa.types.is_timestamp(field.type) or pa.types.is_date(field.type):
            arrays.append(pa.array(values, type=pa.string()).cast(field.type))  # Arrow's ISO 8601 parser
        else:
            arrays.append(pa.array(values, type=field.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def assert_same_table(table: pa.Table, expected: pa.Table) -> None:
    assert table.schema.equals(expected.schema), (table.schema, expected.schema)
    assert table.num_rows == expected.num_rows
    assert table.to_pylist() == expected.to_pylist()  # names the first difference on failure
    assert table.equals(expected)


@pytest.fixture(scope="module")
def synthetic_jsonl(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """60 plans from the bulk measurement's generator (bench/bulk/make_plans.py, fixed seed)."""
    path = tmp_path_factory.mktemp("synthetic") / "plans.jsonl"
    subprocess.run([sys.executable, str(ROOT / "bench" / "bulk" / "make_plans.py"), "60", str(path)], check=True)
    return path


@pytest.fixture(scope="module")
def every_plan(synthetic_jsonl: pathlib.Path) -> list[Plan]:
    """Every example plan (families and plans with their history) and the synthetic plans."""
    paths = sorted((ROOT / "examples" / "plans").glob("*.json")) + sorted((ROOT / "examples" / "families").glob("*.json"))
    plans = [Plan.parse(path) for path in paths]
    plans += [result.unwrap() for result in perspectief.iter_plans(synthetic_jsonl)]
    return plans


@pytest.mark.parametrize("kind", perspectief.RECORD_KINDS)
def test_to_arrow_equals_the_table_of_the_dicts(every_plan: list[Plan], kind: str):
    with perspectief.Engines() as engines:
        rows = perspectief.records(every_plan, kind, engine=engines)
    assert len(rows) > 0
    assert_same_table(rows.to_arrow(), reference_table(rows))
    # Each plan's own rows too: a batch of a few rows, and of none (families have no history).
    for plan in every_plan[:20]:
        own = perspectief.records(plan, kind, engine=perspectief.Engines())
        assert_same_table(own.to_arrow(), reference_table(own))


@pytest.mark.parametrize("kind", perspectief.RECORD_KINDS)
def test_records_arrow_equals_the_table_of_records_jsonl(synthetic_jsonl: pathlib.Path, kind: str):
    with perspectief.Engines() as engines:
        rows = Records(kind, (row for r in perspectief.records_jsonl(synthetic_jsonl, kind, engine=engines)
                              for row in r.unwrap()))
        reader = perspectief.records_arrow(synthetic_jsonl, kind, engine=engines, workers=2, batch_rows=50)
        assert reader.schema.equals(reference_table(Records(kind)).schema)
        batches = list(reader)
    assert all(batch.num_rows > 0 for batch in batches)
    assert len(batches) == max(1, -(-len(rows) // 50)) or len(batches) > 1, "rows come in batches of about 50"
    assert_same_table(pa.Table.from_batches(batches, schema=reader.schema), reference_table(rows))


def test_nulls_empty_lists_and_non_ascii_text():
    row = {name: None for name in perspectief.record_columns("results")}
    rows = Records("results", [
        row,  # every column missing
        dict(row, plan="plan-Zoë-ĳsselmeer-🌱", jeugdige="Ålesund ünd 北京", additions=[], product_categories=["43", "é"],
             age=0, crisis=False, verblijf=True, outcome_at="1969-12-31T23:59:59Z", intensiteit=-(2**63)),
        dict(row, additions=["", "x" * 10_000], age=2**63 - 1, outcome_at="2026-02-28T23:59:59Z"),
    ])
    table = rows.to_arrow()
    assert_same_table(table, reference_table(rows))
    assert table.column("plan").null_count == 2 and table.column("additions").to_pylist() == [None, [], ["", "x" * 10_000]]


def test_a_date_column_is_written_as_days():
    """No record kind has a date column yet; the builder takes any declared column list."""
    columns = [("day", "date"), ("moment", "timestamp")]
    values = [{"day": "1970-01-01", "moment": None}, {"day": "2024-02-29", "moment": "2024-02-29T12:00:00Z"},
              {"day": None, "moment": "1900-03-01T00:00:00Z"}, {"day": "1899-12-31", "moment": None}]
    batch = pa.record_batch(perspectief._core.arrow_records(columns, values))
    expected = pa.table({"day": pa.array([v["day"] for v in values]).cast(pa.date32()),
                         "moment": pa.array([v["moment"] for v in values]).cast(pa.timestamp("us", tz="UTC"))})
    assert pa.Table.from_batches([batch]).equals(expected)


@pytest.mark.parametrize("kind", perspectief.RECORD_KINDS)
def test_zero_rows_give_the_kinds_schema(tmp_path: pathlib.Path, kind: str):
    expected = reference_table(Records(kind))
    assert_same_table(Records(kind).to_arrow(), expected)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    table = perspectief.records_arrow(empty, kind, engine=perspectief.Engines()).read_all()
    assert_same_table(table, expected)


@pytest.mark.parametrize(
    ("column", "value", "says"),
    [
        ("seq", "1", "column 'seq' (integer): not an integer"),
        ("seq", True, "not an integer"),
        ("seq", 2**63, "beyond 64 bits"),
        ("at", "2026-01-01T10:00:00+01:00", "column 'at' (timestamp): not a UTC timestamp"),
        ("at", "2026-02-30T10:00:00Z", "not a UTC timestamp"),
        ("at", "2026-01-01T10:00:00.5Z", "not a UTC timestamp"),
        ("event", 7, "column 'event' (string): not a string"),
    ],
)
def test_a_value_not_of_its_columns_type_or_form_is_refused(column: str, value: Any, says: str):
    row = {name: None for name in perspectief.record_columns("transitions")}
    rows = Records("transitions", [row, dict(row, **{column: value})])
    with pytest.raises(perspectief.InvalidArgumentError, match=re.escape(says)) as refused:
        rows.to_arrow()
    assert str(refused.value).startswith(f"record row 1, column '{column}'")


def test_a_row_without_a_column_or_not_a_dict_is_refused():
    row = {name: None for name in perspectief.record_columns("transitions")}
    del row["version"]
    with pytest.raises(perspectief.InvalidArgumentError, match="record row 0 has no column 'version'"):
        Records("transitions", [row]).to_arrow()
    with pytest.raises(perspectief.InvalidArgumentError, match="record row 0 is not an object"):
        Records("transitions", [["not", "a", "row"]]).to_arrow()  # type: ignore[list-item]


def test_a_batch_goes_to_one_reader_and_its_schema_to_many():
    batch = perspectief._core.arrow_records([("a", "string")], [{"a": "x"}])
    assert pa.schema(batch) == pa.schema(batch) == pa.schema([pa.field("a", pa.string())])
    assert pa.record_batch(batch).to_pylist() == [{"a": "x"}]
    with pytest.raises(perspectief.InvalidArgumentError, match="already handed to a reader"):
        pa.record_batch(batch)
    unread = perspectief._core.arrow_records([("a", "string")], [{"a": "x"}])
    capsules = unread.__arrow_c_array__()
    del capsules, unread  # capsules never read release their columns themselves


@pytest.fixture
def started_with_bad_lines(tmp_path: pathlib.Path, family_documents) -> tuple[pathlib.Path, list[int]]:
    """Plans with a history, a line of bad JSON, a plan of a region no engine knows and
    a schema problem among them; with the numbers of the bad lines."""
    good = [start_plan(perspectief.Engine(d["profile"]), d).to_json() for d in family_documents]
    lines = [good[0], '{"id": "kapot"', good[1], json.dumps({**family_documents[0], "id": "atlantis-1",
                                                               "profile": "atlantis"}), *good[2:], '{"format": 1}']
    path = tmp_path / "started.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, [2, 4, len(lines)]


def test_bad_lines_go_to_errors_and_the_stream_goes_on(started_with_bad_lines):
    path, bad = started_with_bad_lines
    errors: list[LineResult[Any]] = []
    with perspectief.Engines() as engines:
        table = perspectief.records_arrow(path, "transitions", engine=engines, errors=errors, batch_rows=1).read_all()
        results = list(perspectief.records_jsonl(path, "transitions", engine=engines))
    assert [e.line for e in errors] == bad == [r.line for r in results if not r.ok]
    assert [type(e.error) for e in errors] == [type(r.error) for r in results if not r.ok]
    assert isinstance(errors[0].error, perspectief.JsonSyntaxError) and errors[1].plan_id == "atlantis-1"
    assert isinstance(errors[1].error, perspectief.NotFoundError)
    assert_same_table(table, reference_table(Records("transitions", (row for r in results if r.ok for row in r.value))))


def test_progress_counts_the_lines_after_each_batch(started_with_bad_lines):
    path, _ = started_with_bad_lines
    lines = len(path.read_text(encoding="utf-8").splitlines())
    seen: list[tuple[int, int | None]] = []
    reader = perspectief.records_arrow(path, "transitions", engine=perspectief.Engines(), errors=[], batch_rows=5,
                                       progress=lambda done, total: seen.append((done, total)))
    batches = list(reader)
    assert len(seen) >= len(batches) > 1
    assert [done for done, _ in seen] == sorted({done for done, _ in seen}) and seen[-1] == (lines, None)


def test_without_errors_the_reader_raises_the_first_bad_line_after_the_rows_before_it(started_with_bad_lines):
    path, _ = started_with_bad_lines
    with perspectief.Engines() as engines:
        first = perspectief.records_jsonl(path, "transitions", engine=engines)
        before = next(first).unwrap()
        first.close()
        reader = perspectief.records_arrow(path, "transitions", engine=engines, batch_rows=10_000)
        batch = reader.read_next_batch()
        with pytest.raises(perspectief.JsonSyntaxError, match="^line 2: invalid JSON"):
            reader.read_next_batch()
    assert batch.to_pylist() == reference_table(before).to_pylist()


def test_arguments_are_checked_before_the_file_is_opened(tmp_path: pathlib.Path):
    missing = tmp_path / "missing.jsonl"
    with pytest.raises(perspectief.InvalidArgumentError, match="unknown record kind 'people'"):
        perspectief.records_arrow(missing, "people", engine=perspectief.Engines())
    with pytest.raises(ValueError, match="batch_rows must be at least 1"):
        perspectief.records_arrow(missing, "results", engine=perspectief.Engines(), batch_rows=0)
    with pytest.raises(ValueError, match="workers must be at least 1"):
        perspectief.records_arrow(missing, "results", engine=perspectief.Engines(), workers=0)
    with pytest.raises(perspectief.NotFoundError):
        perspectief.records_arrow(missing, "results", engine=perspectief.Engines()).read_all()


def test_a_reader_left_early_stops_its_threads(synthetic_jsonl: pathlib.Path):
    for _ in range(20):
        reader = perspectief.records_arrow(synthetic_jsonl, "transitions", engine=perspectief.Engines(), workers=4,
                                           batch_rows=1)
        assert reader.read_next_batch().num_rows >= 1
        reader.close()  # joins the C++ workers; a hang here fails the suite's timeout
        del reader


def test_missing_pyarrow_says_what_to_install(monkeypatch, synthetic_jsonl: pathlib.Path):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import now raises ImportError
    with pytest.raises(ImportError, match=r"records_arrow\(\) needs pyarrow: pip install pyarrow \(or perspectief\[arrow\]\)"):
        perspectief.records_arrow(synthetic_jsonl, "results", engine=perspectief.Engines())


def many_results_line(results: int) -> str:
    """A plan whose results records are large: `results` results, each with a long id."""
    document = copy.deepcopy(MINIMAL_PLAN)
    document["children"][0]["results"] = [
        {"id": f"r-{i}-{'x' * 400}", "leefgebied": "opvoeding", "description": "d", "performer": "specialist"}
        for i in range(results)
    ]
    return json.dumps(document)


@pytest.mark.skipif(not pathlib.Path("/proc/self/status").exists(), reason="reads the peak from /proc (Linux)")
def test_memory_stays_flat_across_batches(tmp_path: pathlib.Path):
    """The peak memory of a reader over 200 lines whose rows take 0.5 MB each is that over
    20, when the batches are taken one at a time: nothing of a batch is kept after it. One
    worker: with two, glibc's per-thread heaps settle some 15 MiB higher after a few hundred
    lines whatever is kept (test_jsonl.py holds the pipeline itself flat with two)."""
    line = many_results_line(1_000) + "\n"
    # VmHWM, the process's own peak: ru_maxrss would carry this process's over exec.
    script = (
        "import sys, perspectief, pyarrow\n"
        "engine = perspectief.Engine('amsterdam-zaanstreek')\n"
        "rows = 0\n"
        "for batch in perspectief.records_arrow(sys.argv[1], 'results', engine=engine, workers=1, batch_rows=2000):\n"
        "    rows += batch.num_rows\n"
        "    size = batch.nbytes\n"
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:')), rows, size)\n"
    )
    peaks = {}
    for count in (20, 200):
        path = tmp_path / f"plans-{count}.jsonl"
        path.write_text(line * count, encoding="utf-8")
        run = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True)
        peak, rows, batch_bytes = (int(word) for word in run.stdout.split())
        assert rows == 1_001 * count
        peaks[count] = peak / 1024  # MiB
    all_rows_mib = 200 * 1_001 * batch_bytes / 2_000 / 1048576  # what keeping every batch would take
    assert all_rows_mib > 50, all_rows_mib
    assert peaks[200] - peaks[20] < 0.1 * all_rows_mib, (peaks, all_rows_mib)
