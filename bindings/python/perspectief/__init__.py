"""perspectief: the Dutch youth-care perspectiefplan for Python.

A Pythonic API over the perspectief C++ core (docs/python.md): load a region
profile into an :class:`Engine`, parse :class:`Plan` documents, and let the
engine validate them, run the workflow and the sharing rules, and turn them
into table rows. Every operation takes the plan (``engine.apply(plan,
event)``), as in C, Java and C#; a plan is a value that holds no engine::

    import perspectief
    engine = perspectief.Engine("amsterdam-zaanstreek")
    plan = engine.parse(pathlib.Path("plan.json"))
    problems = engine.validate(plan)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import _core
from .engine import DocumentSource, Engine, ProfileInfo
from .engines import Engines
from .errors import (
    InternalError,
    InvalidArgumentError,
    InvalidUtf8Error,
    IoError,
    JsonSyntaxError,
    LimitExceededError,
    MinimumConditionError,
    NotFoundError,
    OutOfMemoryError,
    PerspectiefError,
    ProfileError,
    RejectedError,
    SchemaError,
    StateError,
    ValidationError,
)
from ._moments import Day, Moment
from .jsonl import (
    BulkResult,
    LineResult,
    bulk_jsonl,
    decide_jsonl,
    iter_plans,
    records_arrow,
    records_jsonl,
    replay_jsonl,
    validate_jsonl,
)
from .plan import Plan
from .plan_parts import (
    Actor,
    Akkoord,
    Child,
    Evaluation,
    GezagRecord,
    HistoryEntry,
    KaderChange,
    Member,
    Result,
    SupportProfile,
    Toewijzing,
)
from .prepared import Action, Answer, ParsedMoment, Party, PreparedParty, PreparedPlan, Purpose
from .problem import Problem
from .progress import Progress
from .record_table import ColumnType, RecordColumn, Records, record_schema
from .records import RECORD_KINDS, record_columns, records
from .report import ReportCell, ReportPeriod, ReportRow, ReportTable, VerblijfReport
from .sharing import Decision, Disclosure, Obligation, PartDecision, View, WithheldPart
from .store import STORE_SCHEMA_VERSION, SigningKey, Store
from .workflow import Deadline, EventOption, RegieAdvice

#: The version of the package, which is the version of the C++ core and C library.
__version__: str = _core.__version__


def canonicalize(text: str | bytes) -> str:
    """Rewrites JSON text in the canonical form every language emits: sorted
    keys, no insignificant whitespace, UTF-8 (``pp_json_canonicalize``)."""
    return _core.canonicalize(text)


def canonical(value: Any) -> str:
    """The canonical JSON text of a Python value (dict, list, str, int, float, bool, None)."""
    return _core.canonical(value)


def initial_content(document: Mapping[str, Any]) -> dict[str, Any]:
    """The part of a plan document that the genesis event ``plan_aanmaken`` takes
    as its payload: the document without the workflow's bookkeeping and without
    the members that later events set (docs/workflow.md). For importing plans
    made elsewhere into the workflow: ``engine.create({"event": "plan_aanmaken",
    ..., "payload": perspectief.initial_content(document)})``; for a parsed
    :class:`Plan`, :meth:`Engine.initial_content` does the same."""
    return _core.initial_content(dict(document))


def profiles() -> list[ProfileInfo]:
    """The region profiles compiled into the library (same as :meth:`Engine.profiles`)."""
    return Engine.profiles()


__all__ = [
    "RECORD_KINDS",
    "STORE_SCHEMA_VERSION",
    "Action",
    "Actor",
    "Akkoord",
    "Answer",
    "BulkResult",
    "Child",
    "ColumnType",
    "Day",
    "Deadline",
    "Decision",
    "Disclosure",
    "DocumentSource",
    "Engine",
    "Engines",
    "Evaluation",
    "EventOption",
    "GezagRecord",
    "HistoryEntry",
    "InternalError",
    "InvalidArgumentError",
    "InvalidUtf8Error",
    "IoError",
    "JsonSyntaxError",
    "KaderChange",
    "LimitExceededError",
    "LineResult",
    "Member",
    "MinimumConditionError",
    "Moment",
    "NotFoundError",
    "Obligation",
    "OutOfMemoryError",
    "ParsedMoment",
    "PartDecision",
    "Party",
    "PerspectiefError",
    "Plan",
    "PreparedParty",
    "PreparedPlan",
    "Problem",
    "Progress",
    "Purpose",
    "RecordColumn",
    "Records",
    "RegieAdvice",
    "ProfileError",
    "ProfileInfo",
    "RejectedError",
    "ReportCell",
    "ReportPeriod",
    "ReportRow",
    "ReportTable",
    "Result",
    "SchemaError",
    "SigningKey",
    "StateError",
    "Store",
    "SupportProfile",
    "Toewijzing",
    "ValidationError",
    "VerblijfReport",
    "View",
    "WithheldPart",
    "__version__",
    "bulk_jsonl",
    "canonical",
    "canonicalize",
    "decide_jsonl",
    "initial_content",
    "iter_plans",
    "profiles",
    "record_columns",
    "record_schema",
    "records",
    "records_arrow",
    "records_jsonl",
    "replay_jsonl",
    "validate_jsonl",
]
