"""Typed forms of the workflow's answers (docs/workflow.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .problem import Problem


@dataclass(frozen=True, slots=True)
class EventOption:
    """An event an actor could fire now, and if not, every failed guard."""

    event: str
    allowed: bool
    label: Any = None
    rules: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
    #: The whole document as the core returned it (all languages see the same).
    document: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EventOption:
        return cls(
            event=d["event"],
            allowed=bool(d.get("allowed", False)),
            label=d.get("label"),
            rules=tuple(d.get("rules", ())),
            problems=tuple(Problem.from_dict(p) for p in d.get("problems", ())),
            document=d,
        )


@dataclass(frozen=True, slots=True)
class Deadline:
    """Something due or overdue at a moment: its kind, the rule behind it, the due moment and status."""

    kind: str
    rule: str | None
    due: str
    status: str
    document: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Deadline:
        return cls(
            kind=d["kind"],
            rule=d.get("rule") or None,
            due=d["due"],
            status=d["status"],
            document=d,
        )


__all__ = ["Deadline", "EventOption"]
