"""The perspectiefplan as an immutable Python object."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, cast

from . import _core as _native
from ._sources import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, WIDEST_MAX_DEPTH, PlanSource, read_source
from .plan_parts import Akkoord, Child, HistoryEntry, Member, Result

if TYPE_CHECKING:
    from .engine import Engine


def _pointer_token(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


class Plan(Mapping[str, Any]):
    """A parsed plan: a value, immutable, thread-safe, and cheap to pass around.

    Everything that needs a region's rules is an operation of an
    :class:`Engine` that takes the plan (``engine.validate(plan)``,
    ``engine.apply(plan, event)``), as in C, Java and C#; a plan holds no
    engine, so one plan can be checked against several engines.

    A plan is a read-only mapping of its canonical JSON's top-level members
    (``plan["status"]``, ``"regie" in plan``, ``dict(plan)``), with typed
    accessors for the main parts (:attr:`id`, :attr:`status`,
    :attr:`members`, :attr:`children`, :attr:`history`, ...) and
    :meth:`at` for any JSON pointer. Operations that change a plan (the
    workflow's :meth:`Engine.apply`) return a new plan.

    Create one with :meth:`Plan.parse` or :meth:`Engine.parse`. Two plans are
    equal when their canonical JSON is equal. A plan pickles as its canonical
    JSON. Used as a context manager, the plan is closed on exit: its memory is
    released and any further use raises :class:`~perspectief.StateError`.
    """

    __slots__ = ("_core", "__weakref__")
    _core: _native.Plan

    def __init__(self) -> None:
        raise TypeError("create plans with Plan.parse(...) or Engine.parse(...)")

    @classmethod
    def _wrap(cls, core: _native.Plan) -> Plan:
        plan = object.__new__(cls)
        plan._core = core
        return plan

    # ---- Reading ------------------------------------------------------------

    @classmethod
    def parse(cls, source: PlanSource, *, engine: Engine | None = None) -> Plan:
        """Parses a plan from JSON text (``str``), UTF-8 ``bytes``, a ``dict``
        or a file (``os.PathLike``, e.g. ``pathlib.Path``; a ``str`` is always
        JSON text, never a path).

        With an ``engine`` its limits apply, otherwise the defaults (64 MiB,
        nesting 128). Raises :class:`~perspectief.SchemaError` listing every
        structural problem, :class:`~perspectief.JsonSyntaxError`,
        :class:`~perspectief.InvalidUtf8Error` or
        :class:`~perspectief.LimitExceededError`.
        """
        if engine is not None:
            return engine.parse(source)
        return cls._wrap(
            _native.parse_plan(
                read_source(source, DEFAULT_MAX_BYTES), DEFAULT_MAX_DEPTH, DEFAULT_MAX_BYTES
            )
        )

    # ---- JSON ---------------------------------------------------------------

    def to_json(self) -> str:
        """The canonical JSON text (sorted keys, no whitespace, UTF-8), as every language emits it."""
        return self._core.to_json()

    def to_dict(self) -> dict[str, Any]:
        """The plan as a new dict (changing it does not change the plan)."""
        return self._core.to_dict()

    def at(self, pointer: str) -> Any:
        """The value at an RFC 6901 JSON pointer, e.g. ``"/children/0/jeugdige"``
        (``""`` is the whole plan). Raises :class:`~perspectief.NotFoundError`
        when nothing is there."""
        return self._core.get(pointer)

    # ---- Mapping ------------------------------------------------------------

    def __getitem__(self, key: str) -> Any:
        if not isinstance(key, str) or not self._core.contains(key):
            raise KeyError(key)
        return self._core.get("/" + _pointer_token(key))

    def __iter__(self) -> Iterator[str]:
        return iter(self._core.keys())

    def __len__(self) -> int:
        return len(self._core.keys())

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._core.contains(key)

    def _optional(self, key: str) -> Any:
        return self._core.get("/" + key) if self._core.contains(key) else None

    # ---- Typed accessors ----------------------------------------------------

    @property
    def id(self) -> str:
        return cast(str, self._core.get("/id"))

    @property
    def format(self) -> str:
        return cast(str, self._core.get("/format"))

    @property
    def profile(self) -> str:
        """The region profile id the plan was written for."""
        return cast(str, self._core.get("/profile"))

    @property
    def municipality(self) -> str | None:
        return cast("str | None", self._optional("municipality"))

    @property
    def plan_type(self) -> str:
        return cast(str, self._core.get("/plan_type"))

    @property
    def version(self) -> int:
        return cast(int, self._core.get("/version"))

    @property
    def status(self) -> str:
        """The workflow state id, e.g. ``"hulp_gestart"`` (docs/architecture.md)."""
        return cast(str, self._core.get("/status"))

    @property
    def entry_route(self) -> str | None:
        return cast("str | None", self._optional("entry_route"))

    @property
    def members(self) -> tuple[Member, ...]:
        """The family members (jeugdigen, ouders, gezinsleden)."""
        family = self._core.get("/family")
        return tuple(Member.from_dict(m) for m in family.get("members", ()))

    @property
    def family_results(self) -> tuple[Result, ...]:
        """The results of the family part (not of one jeugdige)."""
        part = self._optional("family_part") or {}
        return tuple(Result.from_dict(r) for r in part.get("results", ()))

    @property
    def children(self) -> tuple[Child, ...]:
        """One part per jeugdige."""
        return tuple(Child.from_dict(c) for c in self._optional("children") or ())

    @property
    def akkoorden(self) -> tuple[Akkoord, ...]:
        return tuple(Akkoord.from_dict(a) for a in self._optional("akkoorden") or ())

    @property
    def history(self) -> tuple[HistoryEntry, ...]:
        """Every applied workflow event, oldest first."""
        return tuple(HistoryEntry.from_dict(h) for h in self._optional("history") or ())

    @property
    def local_fields(self) -> dict[str, Any]:
        """The municipality's own fields (R-LOCAL-FIELDS), untouched."""
        return self._optional("local_fields") or {}

    # ---- Identity, pickling, lifetime ---------------------------------------

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Plan):
            return self.to_json() == other.to_json()
        if isinstance(other, Mapping):
            return self.to_dict() == dict(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.to_json())

    def __repr__(self) -> str:
        if self._core.closed:
            return "<Plan (closed)>"
        return f"<Plan id={self.id!r} status={self.status!r} version={self.version}>"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_unpickle, (self.to_json(),))

    def __copy__(self) -> Plan:
        return self  # immutable

    def __deepcopy__(self, memo: dict[int, Any]) -> Plan:
        return self

    @property
    def closed(self) -> bool:
        return self._core.closed

    def close(self) -> None:
        """Releases the plan's memory now; later use raises StateError. Idempotent."""
        self._core.close()

    def __enter__(self) -> Plan:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _unpickle(text: str) -> Plan:
    limit = max(DEFAULT_MAX_BYTES, len(text.encode("utf-8")))
    return Plan._wrap(_native.parse_plan(text, WIDEST_MAX_DEPTH, limit))

