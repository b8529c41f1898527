"""Typed forms of the workflow's answers (docs/workflow.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .problem import Problem


def _label(d: dict[str, Any], language: str) -> str:
    label = d.get("label") or {}
    return label.get(language, "") if isinstance(label, dict) else str(label)


@dataclass(frozen=True, slots=True)
class EventOption:
    """An event of the region's workflow, judged for one actor at one moment.

    ``allowed`` says whether the actor could fire it now; when not, ``problems``
    lists every failed guard and ``rules`` their rule ids. Guards that depend
    on a payload cannot be judged without one: ``needs_payload`` says so.
    """

    event: str
    allowed: bool
    #: The state the plan would be in afterwards ("" for events that keep the state).
    to_state: str
    label_nl: str
    label_en: str
    needs_payload: bool = False
    rules: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
    #: The document as the core returned it (the same in every language).
    document: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EventOption:
        return cls(
            event=d["event"],
            allowed=bool(d["allowed"]),
            to_state=d.get("to") or "",
            label_nl=_label(d, "nl"),
            label_en=_label(d, "en"),
            needs_payload=bool(d.get("needs_payload", False)),
            rules=tuple(d.get("rules", ())),
            problems=tuple(Problem.from_dict(p) for p in d.get("problems", ())),
            document=d,
        )


@dataclass(frozen=True, slots=True)
class Deadline:
    """An unmet obligation with its last day (Dutch working days; R-CRISIS, 002).

    ``status`` is ``"open"`` (later), ``"due"`` (today) or ``"overdue"``;
    ``due`` is an ISO date; ``jeugdige`` the member it is about, if one.
    """

    kind: str
    rule: str
    due: str
    status: str
    jeugdige: str | None = None
    since: str | None = None
    label_nl: str = ""
    label_en: str = ""
    document: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Deadline:
        return cls(
            kind=d["kind"],
            rule=d["rule"],
            due=d["due"],
            status=d["status"],
            jeugdige=d.get("jeugdige"),
            since=d.get("since"),
            label_nl=_label(d, "nl"),
            label_en=_label(d, "en"),
            document=d,
        )


__all__ = ["Deadline", "EventOption"]


@dataclass(frozen=True, slots=True)
class RegieAdvice:
    """Where perspectiefregie lies for a jeugdige, by the region's regie matrix.

    ``placed_at`` is who holds it (``lokale_toegang``, ``verblijfsinstelling``,
    ``gemeente``, ``gi``, ``veilig_thuis``; None when the matrix has no cell or the
    cell defers to a local choice that is not set); ``zicht_op_veiligheid`` who
    watches safety meanwhile; ``rule`` the binding rule (``R-REGIE-LOKAAL``) or ""
    when it is advice only; ``local_choice`` the local choice the cell defers to;
    ``basis_nl`` / ``basis_en`` the cell or rule in words.
    """

    placed_at: str | None
    zicht_op_veiligheid: str | None
    rule: str
    local_choice: str | None
    basis_nl: str
    basis_en: str
    document: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RegieAdvice:
        basis = d.get("basis") or {}
        return cls(
            placed_at=d.get("placed_at"),
            zicht_op_veiligheid=d.get("zicht_op_veiligheid"),
            rule=d.get("rule", ""),
            local_choice=d.get("local_choice"),
            basis_nl=basis.get("nl", ""),
            basis_en=basis.get("en", ""),
            document=d,
        )
