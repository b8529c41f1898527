"""The Engine: a loaded region profile + municipal settings, and every operation on plans.

Every operation takes the plan it works on (``engine.apply(plan, event)``), as
the C ABI, Java and C# do; the operations are listed once for every language in
tests/conformance/operations.json.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence, Sized
from dataclasses import dataclass
from typing import Any, Union, cast

from . import _core as _native
from ._moments import Day, Moment, day_text, moment_text
from ._sources import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DEPTH,
    WIDEST_MAX_DEPTH,
    PlanSource,
    read_file,
    read_source,
    refuse_file_name_as_text,
)
from .errors import NotFoundError, StateError, ValidationError
from .plan import Plan
from .prepared import PreparedPlan
from .problem import Problem
from .progress import Progress
from .record_table import Records
from .report import VerblijfReport
from .sharing import Decision, View
from .workflow import Deadline, EventOption, RegieAdvice

#: A profile or settings document: a ``dict``, JSON text, UTF-8 bytes, or a file path.
DocumentSource = Union[Mapping[str, Any], str, bytes, "os.PathLike[str]"]


@dataclass(frozen=True, slots=True)
class ProfileInfo:
    """A region profile compiled into the library."""

    id: str
    name_nl: str
    name_en: str
    seeds: tuple[str, ...]


def _document(source: DocumentSource | None, max_bytes: int) -> Any:
    """A profile/settings document in the form the compiled module takes."""
    if source is None:
        return None
    if isinstance(source, os.PathLike):
        return read_file(source, max_bytes)
    if isinstance(source, Mapping):
        return dict(source)
    if isinstance(source, str):
        refuse_file_name_as_text(source, "document")
        return source
    if isinstance(source, (bytes, bytearray, memoryview)):
        return source
    raise TypeError(
        "expected a dict, JSON text, UTF-8 bytes or a path (os.PathLike), "
        f"got {type(source).__name__}"
    )


def _looks_like_json(text: str) -> bool:
    return text.lstrip().startswith("{")


def _core_of(plan: Plan) -> _native.Plan:
    if not isinstance(plan, Plan):
        raise TypeError(f"expected a perspectief.Plan, got {type(plan).__name__}")
    return plan._core


class Engine:
    """A region profile with optional municipal settings, ready to work on plans.

    ``Engine("amsterdam-zaanstreek")`` loads a built-in profile by id
    (:meth:`profiles` lists them); a ``dict``, JSON text or a path loads any
    profile document. ``settings`` is a municipal settings document in the same
    forms, or None. Settings that would switch off a regional minimum
    condition raise :class:`~perspectief.MinimumConditionError` (R-MINIMUM);
    an unusable profile raises :class:`~perspectief.ProfileError`.

    ``max_depth`` and ``max_bytes`` limit every JSON input (plans, events,
    requests) to protect the host against hostile documents.

    Every operation on a plan is a method that takes the plan first
    (``engine.validate(plan)``, ``engine.apply(plan, event)``); a
    :class:`Plan` is a value that holds no engine, so one plan can be checked
    against several engines (:class:`~perspectief.Engines` keeps one per
    profile for plans of several regions).

    An engine is immutable and thread-safe; its operations release the GIL, so
    threads run in parallel. It pickles by its profile (id or document),
    settings and limits, so it can be shipped to Dask or Spark workers. As a
    context manager it is closed on exit (later use raises
    :class:`~perspectief.StateError`); plans made with it stay valid.
    """

    __slots__ = ("_core", "__weakref__")
    _core: _native.Engine

    def __init__(
        self,
        profile: DocumentSource,
        settings: DocumentSource | None = None,
        *,
        max_depth: int = DEFAULT_MAX_DEPTH,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        settings_document = _document(settings, max_bytes)
        if isinstance(profile, str) and not _looks_like_json(profile):
            try:
                self._core = _native.Engine.builtin(profile, settings_document, max_depth, max_bytes)
            except NotFoundError as error:
                if os.path.isfile(profile):
                    raise NotFoundError(
                        f"{error.message}; {profile!r} names a file, but a str profile is a built-in id: "
                        f"pass pathlib.Path({profile!r}) to load the file",
                        pointer=error.pointer,
                    ) from error
                raise
        else:
            self._core = _native.Engine.load(
                _document(profile, max_bytes), settings_document, max_depth, max_bytes
            )

    @classmethod
    def _wrap(cls, core: _native.Engine) -> Engine:
        engine = object.__new__(cls)
        engine._core = core
        return engine

    # ---- Profiles -----------------------------------------------------------

    @staticmethod
    def profiles() -> list[ProfileInfo]:
        """The region profiles compiled into the library."""
        return [
            ProfileInfo(p["id"], p["name"]["nl"], p["name"]["en"], tuple(p["seeds"]))
            for p in _native.profiles()
        ]

    @staticmethod
    def profile_document(profile_id: str) -> dict[str, Any]:
        """The built-in profile document with this id (NotFoundError if there is none)."""
        return _native.profile_document(profile_id)

    @property
    def info(self) -> dict[str, Any]:
        """``{"profile": id, "municipality": name or None, "local_choices": {...}}``."""
        return self._core.info()

    @property
    def profile_id(self) -> str:
        return cast(str, self._core.info()["profile"])

    @property
    def municipality(self) -> str | None:
        return cast("str | None", self._core.info()["municipality"])

    @property
    def local_choices(self) -> dict[str, Any]:
        """The value of every local choice: the municipality's, else the profile's default."""
        return cast("dict[str, Any]", self._core.info()["local_choices"])

    @property
    def limits(self) -> tuple[int, int]:
        """``(max_depth, max_bytes)`` for every JSON input."""
        _, _, _, max_depth, max_bytes = self._core.source()
        return max_depth, max_bytes

    # ---- Plans --------------------------------------------------------------

    def parse(self, source: PlanSource) -> Plan:
        """Parses a plan (see :meth:`Plan.parse` for the accepted sources) with this engine's limits."""
        _, max_bytes = self.limits
        return Plan._wrap(self._core.parse(read_source(source, max_bytes)))

    def validate(self, plan: Plan) -> list[Problem]:
        """Every semantic problem of the plan against this engine's profile, errors and
        warnings (:attr:`Problem.severity`); the plan is valid when none is an error."""
        return [Problem._from_core(p) for p in self._core.validate(_core_of(plan))]

    def check(self, plan: Plan) -> Plan:
        """Returns the plan when it has no errors (warnings allowed), else raises
        ValidationError listing every error."""
        problems = [p for p in self.validate(plan) if p.is_error]
        if problems:
            raise ValidationError(
                f"the plan has {len(problems)} problem(s); the first: {problems[0]}",
                pointer=problems[0].pointer,
                problems=problems,
                rules=[p.rule for p in problems if p.rule],
            )
        return plan

    def records(self, plans: Plan | Iterable[Plan], kind: str) -> Records:
        """Flat table rows of one plan or many: ``kind`` is ``"results"``,
        ``"evaluations"``, ``"transitions"`` or ``"jeugdigen"``
        (:data:`perspectief.RECORD_KINDS`). Every row of a kind has the same
        keys in the same order (:func:`perspectief.record_schema`); the
        :class:`~perspectief.Records` gives a typed table with ``to_pandas()``
        or ``to_arrow()``."""
        batch = [plans] if isinstance(plans, Plan) else list(plans)
        return Records(kind, self._core.records([_core_of(p) for p in batch], kind))

    # ---- Reports over many plans (docs/analysis.md) ---------------------------

    def verblijf_report(
        self,
        plans: Iterable[Plan],
        *,
        min_count: int | None = None,
        from_day: Day | None = None,
        to_day: Day | None = None,
        progress: Progress | None = None,
    ) -> VerblijfReport:
        """Jeugdigen in residential youth care per half-year by the other help
        they get, and the residential trajectories that ended by duration and
        JZ588 reason (docs/analysis.md). ``plans`` is any iterable of plans
        (a list, or a generator over a JSONL file); each plan may occur once.

        Counts below ``min_count`` (default 7) are suppressed, with as many
        more as keep the totals from giving them back. The half-years are
        those containing ``from_day`` .. ``to_day`` (``"YYYY-MM-DD"`` or a
        ``datetime.date``), by default those the data spans. ``progress`` is
        called as ``progress(done, total)`` after every plan taken from
        ``plans`` (``total`` is ``None`` unless ``plans`` has a length).
        """
        options: dict[str, Any] = {}
        if min_count is not None:
            options["min_count"] = min_count
        if from_day is not None:
            options["from"] = day_text(from_day, "from_day")
        if to_day is not None:
            options["to"] = day_text(to_day, "to_day")
        total = len(plans) if isinstance(plans, Sized) else None
        cores: list[_native.Plan] = []
        for plan in plans:
            cores.append(_core_of(plan))
            if progress is not None:
                progress(len(cores), total)
        return VerblijfReport(self._core.verblijf_report(cores, options))

    # ---- Workflow -----------------------------------------------------------

    def initial_content(self, plan: Plan) -> dict[str, Any]:
        """The plan's content as the payload of the genesis event ``plan_aanmaken``:
        the plan without the workflow's bookkeeping (status, version, history,
        versions, akkoorden, regie) and without what later events set. For
        bringing a plan made elsewhere into the workflow (:meth:`create`);
        :func:`perspectief.initial_content` does the same for a plan document
        that is still a ``dict``."""
        if self._core.closed:
            raise StateError("the engine is closed")
        # The plan is already parsed, so its own depth is within some engine's
        # limit: read it back with the widest one rather than this engine's.
        return _native.initial_content(_core_of(plan).to_dict(), WIDEST_MAX_DEPTH)

    def available_events(self, plan: Plan, actor: Mapping[str, Any], at: Moment) -> list[EventOption]:
        """The events ``actor`` (``{"role", "person", ...}``) could fire at moment ``at``
        (RFC 3339 text or an aware ``datetime``), each with whether it is allowed now
        and every failed guard."""
        return [
            EventOption.from_dict(d)
            for d in self._core.available_events(_core_of(plan), dict(actor), moment_text(at))
        ]

    def create(self, event: Mapping[str, Any]) -> Plan:
        """Creates a plan with the workflow's genesis event ``plan_aanmaken``, whose
        payload is the plan's initial content (:meth:`initial_content` makes it
        from an existing plan). The new plan's history starts with this event,
        so :meth:`replay` can rebuild it."""
        return Plan._wrap(self._core.create(dict(event)))

    def apply(self, plan: Plan, event: Mapping[str, Any]) -> Plan:
        """Applies one event ``{"event", "actor", "at", "reason"?, "payload"?}`` and
        returns the new plan (history appended). A refused event raises
        :class:`~perspectief.RejectedError` listing every failed guard."""
        return Plan._wrap(self._core.apply(_core_of(plan), dict(event)))

    def apply_all(self, plan: Plan, events: Iterable[Mapping[str, Any]]) -> Plan:
        """Applies events in order; stops at the first refusal, whose error pointer
        starts with the event's index (``/3/...``)."""
        return Plan._wrap(self._core.apply_all(_core_of(plan), [dict(e) for e in events]))

    def replay(self, plan: Plan) -> Plan:
        """Rebuilds the plan from its history alone (for an accountant or judge: R-LOG)."""
        return Plan._wrap(self._core.replay(_core_of(plan)))

    def deadlines(self, plan: Plan, at: Moment) -> list[Deadline]:
        """What is due or overdue at ``at`` (RFC 3339 text or an aware ``datetime``;
        Dutch working days, R-CRISIS)."""
        return [Deadline.from_dict(d) for d in self._core.deadlines(_core_of(plan), moment_text(at))]

    def regie_advice(
        self, plan: Plan, jeugdige: str, situatie: str | None = None, fase: str | None = None
    ) -> RegieAdvice:
        """Where perspectiefregie lies for ``jeugdige`` by the region's regie matrix;
        ``situatie`` and ``fase`` refine the Veilig Thuis, GI and Raad routes
        (docs/workflow.md, "Perspectiefregie"). An unknown jeugdige raises
        :class:`~perspectief.NotFoundError`."""
        return RegieAdvice.from_dict(self._core.regie_advice(_core_of(plan), jeugdige, situatie, fase))

    def diagram(self, format: str = "mermaid") -> str:
        """The region's workflow as a ``"mermaid"`` or ``"dot"`` diagram."""
        return self._core.diagram(format)

    # ---- Sharing ------------------------------------------------------------

    def decide(self, plan: Plan, request: Mapping[str, Any]) -> Decision:
        """Decides one sharing request (deny by default)."""
        return Decision.from_dict(self._core.decide(_core_of(plan), dict(request)))

    def decide_batch(self, plan: Plan, requests: Sequence[Mapping[str, Any]]) -> list[Decision]:
        """Decides many requests against one plan in one call (the GIL is released once)."""
        return [Decision.from_dict(d) for d in self._core.decide_batch(_core_of(plan), [dict(r) for r in requests])]

    def view(self, plan: Plan, request: Mapping[str, Any]) -> View:
        """The redacted view for a request, with the decision and the NEN 7513
        disclosure record the host must store."""
        return View.from_dict(self._core.view(_core_of(plan), dict(request)))

    # ---- The fast path (docs/python.md, "The fast path") -----------------------

    def prepare(self, plan: Plan) -> PreparedPlan:
        """The plan prepared for many sharing questions (:meth:`PreparedPlan.ask`):
        its parts, involvement, consents and birth dates worked out once."""
        return PreparedPlan(self._core, _core_of(plan))

    def find_channel(self, code: str) -> int:
        """The index of the region's channel ``code`` (``"portaal"``) for
        :meth:`PreparedPlan.ask`; :class:`~perspectief.NotFoundError` when the region has none."""
        return self._core.find_channel(code)

    # ---- Identity, pickling, lifetime ---------------------------------------

    def __repr__(self) -> str:
        if self._core.closed:
            return "<Engine (closed)>"
        info = self._core.info()
        municipality = f" municipality={info['municipality']!r}" if info["municipality"] else ""
        return f"<Engine profile={info['profile']!r}{municipality}>"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_unpickle, self._core.source())

    def __copy__(self) -> Engine:
        return self  # immutable

    def __deepcopy__(self, memo: dict[int, Any]) -> Engine:
        return self

    @property
    def closed(self) -> bool:
        return self._core.closed

    def close(self) -> None:
        """Drops this object's reference to the loaded profile now. Idempotent;
        later use raises StateError. Plans parsed with it are not affected."""
        self._core.close()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _unpickle(
    builtin_id: str | None,
    profile_json: str | None,
    settings_json: str | None,
    max_depth: int,
    max_bytes: int,
) -> Engine:
    if builtin_id is not None:
        return Engine._wrap(_native.Engine.builtin(builtin_id, settings_json, max_depth, max_bytes))
    assert profile_json is not None, "an engine is pickled with its profile id or its profile document"
    return Engine._wrap(_native.Engine.load(profile_json, settings_json, max_depth, max_bytes))
