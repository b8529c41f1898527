"""Engines: one engine per region profile, for work over plans of several regions."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Union

from . import _core as _native
from ._sources import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, PlanSource, read_source
from .engine import Engine
from .errors import InvalidArgumentError, StateError
from .plan import Plan


class Engines:
    """The engine for each plan's own region profile, owned by the caller.

    Analysts often hold plans of several regions. ``Engines()`` gives the
    built-in engine of the profile a plan names (without municipal settings),
    loaded on first use and kept until :meth:`close`, which closes it again;
    engines given to it (e.g. with a municipality's settings) are used for
    their profile instead, and stay the caller's to close::

        with perspectief.Engines() as engines:
            rows = perspectief.records(plans, "jeugdigen", engine=engines)

    The functions over many plans (:func:`perspectief.records` and the JSONL
    functions) take it wherever they take an :class:`Engine`. It is the
    caller's object: nothing is cached at module level, and two ``Engines``
    share nothing. It is thread-safe (each profile is loaded once, under a
    lock); ``max_depth`` and ``max_bytes`` apply to the engines it loads and
    to the plans it parses. It pickles with the engines given to it and its
    limits (the built-in ones load again on first use).
    """

    __slots__ = ("_given", "_engines", "_lock", "_max_depth", "_max_bytes", "_closed", "__weakref__")

    def __init__(
        self,
        engines: Iterable[Engine] = (),
        *,
        max_depth: int = DEFAULT_MAX_DEPTH,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self._engines: dict[str, Engine] = {}
        for engine in engines:
            if not isinstance(engine, Engine):
                raise TypeError(f"expected perspectief.Engine objects, got {type(engine).__name__}")
            profile = engine.profile_id
            if profile in self._engines:
                raise InvalidArgumentError(f"two engines for profile '{profile}': which one a plan gets would be a guess")
            self._engines[profile] = engine
        self._given = tuple(self._engines.values())
        self._lock = threading.Lock()
        self._max_depth = max_depth
        self._max_bytes = max_bytes
        self._closed = False

    def for_profile(self, profile_id: str) -> Engine:
        """The engine of this profile: one given at construction, else the built-in
        profile, loaded now if this is its first use
        (:class:`~perspectief.NotFoundError` when no such profile is built in)."""
        with self._lock:
            if self._closed:
                raise StateError("the engines are closed")
            found = self._engines.get(profile_id)
            if found is None:
                found = Engine(profile_id, max_depth=self._max_depth, max_bytes=self._max_bytes)
                self._engines[profile_id] = found
            return found

    def for_plan(self, plan: Plan) -> Engine:
        """The engine of the profile the plan names (:attr:`Plan.profile`)."""
        if not isinstance(plan, Plan):
            raise TypeError(f"expected a perspectief.Plan, got {type(plan).__name__}")
        return self.for_profile(plan.profile)

    def parse(self, source: PlanSource) -> Plan:
        """Parses a plan with these limits (any profile; :meth:`for_plan` then gives its engine)."""
        return Plan._wrap(
            _native.parse_plan(read_source(source, self._max_bytes), self._max_depth, self._max_bytes)
        )

    @property
    def limits(self) -> tuple[int, int]:
        """``(max_depth, max_bytes)`` for the engines it loads and the plans it parses."""
        return self._max_depth, self._max_bytes

    def __iter__(self) -> Iterator[Engine]:
        """The engines given or loaded so far."""
        with self._lock:
            return iter(list(self._engines.values()))

    def __len__(self) -> int:
        with self._lock:
            return len(self._engines)

    def __repr__(self) -> str:
        if self._closed:
            return "<Engines (closed)>"
        return f"<Engines profiles={sorted(self._engines)!r}>"

    def __reduce__(self) -> tuple[Any, ...]:
        with self._lock:
            if self._closed:
                raise StateError("the engines are closed")
            return (_unpickle, (self._given, self._max_depth, self._max_bytes))

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Closes the engines it loaded (not the ones given to it) and drops every
        reference; later use raises :class:`~perspectief.StateError`. Idempotent.
        Plans stay valid."""
        with self._lock:
            loaded = [e for e in self._engines.values() if not any(e is g for g in self._given)]
            self._engines, self._given, self._closed = {}, (), True
        for engine in loaded:
            engine.close()

    def __enter__(self) -> Engines:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _unpickle(engines: tuple[Engine, ...], max_depth: int, max_bytes: int) -> Engines:
    return Engines(engines, max_depth=max_depth, max_bytes=max_bytes)


#: Where an operation over many plans takes an engine: one engine for every
#: plan, or :class:`Engines` for each plan's own profile.
EngineChoice = Union[Engine, Engines]


def engine_chooser(engine: EngineChoice) -> Callable[[Plan], Engine]:
    """A function from a plan to the engine that works on it."""
    if isinstance(engine, Engines):
        return engine.for_plan
    if isinstance(engine, Engine):
        return lambda _plan: engine
    raise TypeError(f"expected a perspectief.Engine or perspectief.Engines, got {type(engine).__name__}")


__all__ = ["EngineChoice", "Engines"]
