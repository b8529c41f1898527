"""The built-in engine for a plan's own profile, when the caller names none.

Analysts often hold plans of several regions; operations that need an engine
(records, validation, replay, decisions over a JSONL file) then use the
built-in profile the plan names, without municipal settings. Engines are
immutable, so one per profile is loaded once and shared by every thread.
"""

from __future__ import annotations

import threading

from .engine import Engine
from .plan import Plan

_lock = threading.Lock()
_engines: dict[str, Engine] = {}


def engine_for(plan: Plan, engine: Engine | None = None) -> Engine:
    """``engine`` when given, else the built-in engine of ``plan.profile``
    (:class:`~perspectief.NotFoundError` when no such profile is built in)."""
    if engine is not None:
        return engine
    profile = plan.profile
    with _lock:
        found = _engines.get(profile)
        if found is None:
            found = _engines[profile] = Engine(profile)
        return found
