"""Streaming over JSONL files of plans: one plan per line, never the whole file in memory.

Each function yields one :class:`LineResult` per non-blank line, in file
order. A line that fails (bad JSON, a schema problem, a refused replay, a line
longer than the engine's ``max_bytes``) yields a result with ``error`` set and
the stream goes on; only a file that cannot be opened raises. The file is
read, and its lines parsed and worked on, by ``workers`` C++ threads (the
ordered pipeline the CLI's JSONL mode runs, jsonl/) without the GIL; results
are yielded in file order, at most 4·``workers`` lines in flight.
``progress``, when given, is called as ``progress(lines done, None)`` after
each line (:mod:`perspectief.progress` shows how to plug in tqdm).

Validating, replaying, deciding and records need the region's rules:
``engine`` is one :class:`~perspectief.Engine` for every line, or
:class:`~perspectief.Engines` for each plan's own profile.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, Union, cast

from . import _core as _native
from ._sources import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH
from .engine import Engine
from ._optional import optional_module
from .engines import EngineChoice, Engines
from .errors import PerspectiefError
from .plan import Plan
from .problem import Problem
from .progress import Progress
from .record_table import Records
from .sharing import Decision

T = TypeVar("T")
Path = Union[str, "os.PathLike[str]"]


@dataclass(frozen=True, slots=True)
class LineResult(Generic[T]):
    """The outcome for one line of a JSONL file.

    ``line`` is the 1-based line number; ``plan_id`` the plan's id once it
    parsed; exactly one of ``value`` and ``error`` is set.
    """

    line: int
    value: T | None = None
    error: PerspectiefError | None = None
    plan_id: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> T:
        """The value, or the line's error raised (with the line number in its message)."""
        if self.error is not None:
            raise type(self.error)(
                f"line {self.line}: {self.error.message}",
                code=self.error.code,
                pointer=self.error.pointer,
                problems=self.error.problems,
                rules=self.error.rules,
            ) from self.error
        return self.value  # type: ignore[return-value]


def _native_engine(engine: EngineChoice) -> Any:
    """What the C++ pipeline takes for ``engine``: the compiled engine, or for
    :class:`Engines` a function from a profile id to the compiled engine
    (called on the caller's thread, once per region the file names)."""
    if isinstance(engine, Engines):
        return lambda profile: engine.for_profile(profile)._core
    if isinstance(engine, Engine):
        return engine._core
    raise TypeError(f"expected a perspectief.Engine or perspectief.Engines, got {type(engine).__name__}")


def _problems(value: list[Any]) -> list[Problem]:
    return [Problem._from_core(p) for p in value]


def _decisions(value: list[dict[str, Any]]) -> list[Decision]:
    return [Decision.from_dict(d) for d in value]


def _reporting(results: Iterator[LineResult[Any]], progress: Progress | None) -> Iterator[LineResult[Any]]:
    """The results, calling ``progress(lines done, None)`` after each: the
    number of lines is not known before the file has been read."""
    if progress is None:
        yield from results
        return
    done = 0
    for result in results:
        done += 1
        progress(done, None)
        yield result


def _opener(
    path: Path,
    engine: EngineChoice | None,
    operation: str,
    workers: int,
    *,
    passes: Sequence[str] = (),
    requests: list[dict[str, Any]] | None = None,
) -> Callable[[], Any]:
    """What opens the C++ stream of ``path`` (jsonl/, as the CLI runs it: read,
    parsed and worked on by ``workers`` C++ threads without the GIL), with the
    arguments checked now. The file is opened, and the threads started, when it
    is called."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if engine is None and operation != "parse":
        raise TypeError(f"{operation} needs engine=, a perspectief.Engine or perspectief.Engines")
    native_engine = None if engine is None else _native_engine(engine)
    # Parsing needs no region's rules, only limits: the engine's when there is one.
    max_depth, max_bytes = engine.limits if engine is not None else (DEFAULT_MAX_DEPTH, DEFAULT_MAX_BYTES)
    name = os.fsencode(path)
    return lambda: _native.JsonlStream(
        name, operation, native_engine, list(passes), requests, workers, max_depth, max_bytes
    )


def _stream(
    path: Path,
    engine: EngineChoice | None,
    operation: str,
    wrap: Callable[[Any], Any],
    workers: int,
    progress: Progress | None = None,
    *,
    passes: Sequence[str] = (),
    requests: list[dict[str, Any]] | None = None,
) -> Iterator[LineResult[Any]]:
    """The lines of ``path`` through the C++ pipeline, each result turned into
    Python objects (``wrap``) only when it is taken, in file order. The file is
    opened, and the threads started, by the first ``next()``; they stop when the
    stream ends or is closed."""
    open_stream = _opener(path, engine, operation, workers, passes=passes, requests=requests)

    def results() -> Iterator[LineResult[Any]]:
        stream = open_stream()
        try:
            while (item := stream.next()) is not None:
                line, plan_id, value, error = item
                if error is not None:
                    yield LineResult(line, error=cast(PerspectiefError, error), plan_id=plan_id)
                else:
                    yield LineResult(line, value=wrap(value), plan_id=plan_id)
        finally:
            # A stream left early (break, close(), garbage collection) stops its threads here.
            stream.close()

    return _reporting(results(), progress)


def iter_plans(
    path: Path, *, engine: EngineChoice | None = None, workers: int = 1, progress: Progress | None = None
) -> Iterator[LineResult[Plan]]:
    """Parses every line of a JSONL file into a :class:`~perspectief.Plan`, with
    the limits of ``engine`` when given (else the defaults)."""
    return _stream(path, engine, "parse", Plan._wrap, workers, progress)


def validate_jsonl(
    path: Path, *, engine: EngineChoice, workers: int = 1, progress: Progress | None = None
) -> Iterator[LineResult[list[Problem]]]:
    """Validates every plan in a JSONL file; ``value`` is the list of problems
    (empty when valid)."""
    return _stream(path, engine, "validate", _problems, workers, progress)


def replay_jsonl(
    path: Path, *, engine: EngineChoice, workers: int = 1, progress: Progress | None = None
) -> Iterator[LineResult[Plan]]:
    """Rebuilds every plan in a JSONL file from its history; ``value`` is the rebuilt plan."""
    return _stream(path, engine, "replay", Plan._wrap, workers, progress)


def decide_jsonl(
    path: Path,
    requests: Sequence[Mapping[str, Any]],
    *,
    engine: EngineChoice,
    workers: int = 1,
    progress: Progress | None = None,
) -> Iterator[LineResult[list[Decision]]]:
    """Decides the same sharing ``requests`` against every plan in a JSONL file;
    ``value`` is the list of decisions, in request order."""
    batch = [dict(r) for r in requests]
    return _stream(path, engine, "decide", _decisions, workers, progress, requests=batch)


def records_jsonl(
    path: Path, kind: str, *, engine: EngineChoice, workers: int = 1, progress: Progress | None = None
) -> Iterator[LineResult[Records]]:
    """The ``kind`` records of every plan in a JSONL file (:func:`perspectief.records`);
    ``value`` is the plan's :class:`~perspectief.Records`. All rows of the
    file as one typed table: ``Records(kind, (row for r in results if r.ok for row in r.value))``."""
    Records(kind)  # an unknown kind fails now, not on every line
    return _stream(
        path, engine, "records", lambda rows: Records(kind, rows), workers, progress, passes=[kind]
    )


#: The rows in a batch of :func:`records_arrow` unless told otherwise.
DEFAULT_BATCH_ROWS = 65_536


def records_arrow(
    path: Path,
    kind: str,
    *,
    engine: EngineChoice,
    workers: int = 1,
    batch_rows: int = DEFAULT_BATCH_ROWS,
    errors: list[LineResult[Any]] | None = None,
    progress: Progress | None = None,
) -> Any:
    """The ``kind`` records of every plan in a JSONL file as a
    ``pyarrow.RecordBatchReader``: the rows written by C++ straight into Arrow
    columns (the schema of :meth:`Records.to_arrow`), in file order, in batches
    of about ``batch_rows`` rows, with no Python object per row. Memory stays
    flat however long the file when the batches are taken one at a time
    (``for batch in reader``); ``reader.read_pandas(types_mapper=pandas.ArrowDtype)``
    gives one typed DataFrame, ``reader.read_all()`` one ``pyarrow.Table``.

    The lines are read and worked on by ``workers`` C++ threads, and the columns
    written, without the GIL. A line that fails (bad JSON, a schema problem, a
    region without an engine) gives no rows: with ``errors`` (a list) its
    :class:`LineResult` is appended there and the stream goes on; without, the
    reader raises the line's error, as :meth:`LineResult.unwrap` does, after
    the rows of the lines before it. ``progress``, when given, is called as
    ``progress(lines done, None)`` after each batch. Needs pyarrow (``perspectief[arrow]``)."""
    pa = optional_module("pyarrow", "records_arrow()", "arrow")
    schema = Records(kind).to_arrow().schema  # an unknown kind fails now
    if batch_rows < 1:
        raise ValueError(f"batch_rows must be at least 1, got {batch_rows}")
    open_stream = _opener(path, engine, "records", workers, passes=[kind])

    def batches() -> Iterator[Any]:
        stream = open_stream()
        done = 0
        try:
            while (item := stream.next_arrow(batch_rows, errors is None)) is not None:
                batch, lines, failures = item
                done += lines
                if progress is not None:
                    progress(done, None)
                if batch.num_rows:
                    yield pa.record_batch(batch)
                for line, plan_id, error in failures:
                    failed: LineResult[Any] = LineResult(line, error=cast(PerspectiefError, error), plan_id=plan_id)
                    if errors is None:
                        failed.unwrap()  # raises
                    else:
                        errors.append(failed)
        finally:
            # A reader left early, or dropped, stops the stream's threads here.
            stream.close()

    return pa.RecordBatchReader.from_batches(schema, batches())


@dataclass(frozen=True, slots=True)
class BulkResult:
    """What the passes of :func:`bulk_jsonl` gave for one plan. A pass that was
    not asked for is ``None`` (``records``: empty); a pass that failed for this
    plan has its error in ``errors`` (``"validate"``, ``"replay"`` or
    ``"records"``) and the other passes still ran."""

    problems: list[Problem] | None = None
    replayed: Plan | None = None
    verified: bool | None = None
    records: dict[str, Records] = field(default_factory=dict)
    errors: dict[str, PerspectiefError] = field(default_factory=dict)


def bulk_jsonl(
    path: Path,
    *,
    engine: EngineChoice,
    validate: bool = False,
    replay: bool = False,
    verify: bool = False,
    records: Sequence[str] = (),
    workers: int = 1,
    progress: Progress | None = None,
) -> Iterator[LineResult[BulkResult]]:
    """Several passes over a JSONL file in one, each line parsed once (as
    ``perspectief bulk`` does): ``validate`` (the problems), ``replay`` (the
    plan rebuilt from its history), ``verify`` (whether that rebuilds the stored
    plan) and the ``records`` of each kind named. ``value`` is a
    :class:`BulkResult`; a line that cannot be parsed, or whose region has no
    engine, has ``error`` set instead."""
    kinds = list(dict.fromkeys(records))
    for kind in kinds:
        Records(kind)  # an unknown kind fails now, not on every line
    passes = [name for name, wanted in (("validate", validate), ("replay", replay), ("verify", verify)) if wanted]
    passes += [f"records:{kind}" for kind in kinds]
    if not passes:
        raise ValueError("give at least one pass: validate, replay, verify or records")

    def wrap(value: tuple[Any, ...]) -> BulkResult:
        problems, replayed, verified, rows, errors = value
        return BulkResult(
            problems=None if problems is None else _problems(problems),
            replayed=None if replayed is None else Plan._wrap(replayed),
            verified=verified,
            records={kind: Records(kind, kind_rows) for kind, kind_rows in rows.items()},
            errors=errors,
        )

    return _stream(path, engine, "bulk", wrap, workers, progress, passes=passes)


__all__ = [
    "DEFAULT_BATCH_ROWS",
    "BulkResult",
    "LineResult",
    "bulk_jsonl",
    "decide_jsonl",
    "iter_plans",
    "records_arrow",
    "records_jsonl",
    "replay_jsonl",
    "validate_jsonl",
]
