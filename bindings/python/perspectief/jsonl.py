"""Streaming over JSONL files of plans: one plan per line, never the whole file in memory.

Each function yields one :class:`LineResult` per non-blank line, in file
order. A line that fails (bad JSON, a schema problem, a refused replay, a line
longer than the engine's ``max_bytes``) yields a result with ``error`` set and
the stream goes on; only a file that cannot be opened raises. With
``workers > 1`` lines are processed on that many threads (the core releases
the GIL), still yielded in file order. ``progress``, when given, is called as
``progress(lines done, None)`` after each line (:mod:`perspectief.progress`
shows how to plug in tqdm).

Validating, replaying and deciding need the region's rules: ``engine`` is one
:class:`~perspectief.Engine` for every line, or :class:`~perspectief.Engines`
for each plan's own profile.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, Union

from ._ordered_map import ordered_map
from ._sources import DEFAULT_MAX_BYTES
from .engines import EngineChoice, engine_chooser
from .errors import IoError, LimitExceededError, NotFoundError, PerspectiefError
from .plan import Plan
from .problem import Problem
from .progress import Progress
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


def _lines(path: Path, max_bytes: int) -> Iterator[tuple[int, bytes | PerspectiefError]]:
    """(line number, the line's bytes or the error for it), skipping blank lines.

    A line is read at most ``max_bytes`` at a time, so one enormous line is
    reported and skipped without being held in memory.
    """
    try:
        file = open(path, "rb")
    except FileNotFoundError as error:
        raise NotFoundError(f"cannot open '{os.fspath(path)}': {error.strerror}") from error
    except OSError as error:
        raise IoError(f"cannot open '{os.fspath(path)}': {error.strerror or error}") from error
    with file:
        number = 0
        while True:
            chunk = file.readline(max_bytes + 1)
            if not chunk:
                return
            number += 1
            if len(chunk) > max_bytes and not chunk.endswith(b"\n"):
                while chunk and not chunk.endswith(b"\n"):
                    chunk = file.readline(1 << 20)
                yield number, LimitExceededError(
                    f"line {number} is longer than the limit of {max_bytes} bytes"
                )
                continue
            if chunk.strip():
                # Without its line break, so that a syntax error's position
                # refers to this line alone.
                yield number, chunk.rstrip(b"\r\n")


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


def _stream(
    path: Path,
    engine: EngineChoice | None,
    operation: Callable[[Plan], Any],
    workers: int,
    progress: Progress | None = None,
) -> Iterator[LineResult[Any]]:
    # Parsing needs no region's rules, only limits: the engine's when there is one.
    max_bytes = engine.limits[1] if engine is not None else DEFAULT_MAX_BYTES
    parse: Callable[[bytes], Plan] = engine.parse if engine is not None else Plan.parse

    def work(item: tuple[int, bytes | PerspectiefError]) -> LineResult[Any]:
        number, line = item
        if isinstance(line, PerspectiefError):
            return LineResult(number, error=line)
        try:
            plan = parse(line)
        except PerspectiefError as error:
            return LineResult(number, error=error)
        try:
            return LineResult(number, value=operation(plan), plan_id=plan.id)
        except PerspectiefError as error:
            return LineResult(number, error=error, plan_id=plan.id)

    return _reporting(ordered_map(work, _lines(path, max_bytes), workers), progress)


def iter_plans(
    path: Path, *, engine: EngineChoice | None = None, workers: int = 1, progress: Progress | None = None
) -> Iterator[LineResult[Plan]]:
    """Parses every line of a JSONL file into a :class:`~perspectief.Plan`, with
    the limits of ``engine`` when given (else the defaults)."""
    return _stream(path, engine, lambda plan: plan, workers, progress)


def validate_jsonl(
    path: Path, *, engine: EngineChoice, workers: int = 1, progress: Progress | None = None
) -> Iterator[LineResult[list[Problem]]]:
    """Validates every plan in a JSONL file; ``value`` is the list of problems
    (empty when valid)."""
    engine_for = engine_chooser(engine)
    return _stream(path, engine, lambda plan: engine_for(plan).validate(plan), workers, progress)


def replay_jsonl(
    path: Path, *, engine: EngineChoice, workers: int = 1, progress: Progress | None = None
) -> Iterator[LineResult[Plan]]:
    """Rebuilds every plan in a JSONL file from its history; ``value`` is the rebuilt plan."""
    engine_for = engine_chooser(engine)
    return _stream(path, engine, lambda plan: engine_for(plan).replay(plan), workers, progress)


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
    engine_for = engine_chooser(engine)
    batch = [dict(r) for r in requests]
    return _stream(path, engine, lambda plan: engine_for(plan).decide_batch(plan, batch), workers, progress)


__all__ = ["LineResult", "decide_jsonl", "iter_plans", "replay_jsonl", "validate_jsonl"]
