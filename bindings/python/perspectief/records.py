"""Flat records of many plans for tables (pandas, Arrow, CSV, SQL)."""

from __future__ import annotations

from collections.abc import Iterable

from . import _core
from .engine import Engine
from .engines import EngineChoice, engine_chooser
from .plan import Plan
from .record_table import RecordColumn, Records, record_schema

#: The record kinds: "results", "evaluations", "transitions", "jeugdigen".
RECORD_KINDS: tuple[str, ...] = tuple(_core.RECORD_KINDS)


def record_columns(kind: str) -> list[str]:
    """The columns of a record kind, in order; every row has exactly these keys.
    :func:`record_schema` gives each with its type."""
    return _core.record_columns(kind)


def records(plans: Plan | Iterable[Plan], kind: str, *, engine: EngineChoice) -> Records:
    """Table rows of ``kind`` for every plan, in order: :class:`Records`, a list
    of dicts with ``to_pandas()`` and ``to_arrow()`` for a typed table (neither
    pandas nor pyarrow is required for the rows themselves).

    ``engine`` gives the region's rules (the leefgebied frameworks and which
    additions count as verblijf): one :class:`~perspectief.Engine` for every
    plan, or :class:`~perspectief.Engines` for each plan's own profile. Plans
    are handed to the core in batches, with the GIL released per batch.
    """
    if isinstance(plans, Plan):
        plans = [plans]
    rows = Records(kind)  # an unknown kind fails even when there are no plans
    engine_for = engine_chooser(engine)
    batch: list[Plan] = []
    batch_engine: Engine | None = None
    for plan in plans:
        if not isinstance(plan, Plan):
            raise TypeError(f"records() takes Plan objects, got {type(plan).__name__}")
        plan_engine = engine_for(plan)
        if batch and (plan_engine is not batch_engine or len(batch) >= 1024):
            rows.extend(batch_engine.records(batch, kind))  # type: ignore[union-attr]
            batch = []
        batch_engine = plan_engine
        batch.append(plan)
    if batch:
        rows.extend(batch_engine.records(batch, kind))  # type: ignore[union-attr]
    return rows


__all__ = ["RECORD_KINDS", "RecordColumn", "Records", "record_columns", "record_schema", "records"]
