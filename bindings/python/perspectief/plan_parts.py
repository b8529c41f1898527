"""Typed, read-only views of the main parts of a plan.

These frozen dataclasses are what :class:`~perspectief.Plan`'s accessors
return (``plan.members``, ``plan.children``, ``plan.history``, ...). Those that
are a struct of the plan one to one (``Actor``, ``Member``, ``Result``,
``HistoryEntry``, ...) are generated from the plan's field list
(``perspectief._plan_shape``, src/model/plan_fields.hpp), so they carry every
member the library knows; ``Child``, ``Toewijzing`` and ``Evaluation`` are
views that carry the fields analysts and harnesses use most. Everything else,
including unknown and local fields, stays reachable through the plan's dict
access (``plan["family"]``, ``plan.at("/children/0/behandelplan")``,
``plan.to_dict()``). Field names are the JSON member names (DOMAIN.md section 2,
docs/model.md).
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from typing import Any, TypeVar

from ._plan_shape import Actor, Akkoord, GezagRecord, HistoryEntry, KaderChange, Member, Result, SupportProfile

_T = TypeVar("_T")


def from_members(cls: type[_T], d: dict[str, Any]) -> _T:
    """An instance of a dataclass whose fields are the JSON object's members one
    to one: fields without a default are required, the others optional."""
    values = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default is MISSING and f.default_factory is MISSING:
            values[f.name] = d[f.name]
        else:
            values[f.name] = d.get(f.name, f.default)
    return cls(**values)


@dataclass(frozen=True, slots=True)
class Toewijzing:
    """The municipal assignment that makes the help legally happen (iJw JW301)."""

    number: str
    aanbieder: str
    product_category: str
    product_code: str | None
    start: str
    end: str | None = None
    results: tuple[str, ...] = ()
    end_reason: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Toewijzing:
        product = d["product"]
        return cls(
            number=d["number"],
            aanbieder=d["aanbieder"],
            product_category=product["category"],
            product_code=product.get("code"),
            start=d["start"],
            end=d.get("end"),
            results=tuple(d.get("results", ())),
            end_reason=d.get("end_reason"),
        )


@dataclass(frozen=True, slots=True)
class Evaluation:
    """A dated review of results; ``outcomes`` maps result id to outcome."""

    id: str
    at: str
    kind: str | None
    outcomes: tuple[tuple[str, str], ...]
    participants: tuple[Actor, ...] = ()

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evaluation:
        return cls(
            id=d["id"],
            at=d["at"],
            kind=d.get("kind"),
            outcomes=tuple((o["result"], o["outcome"]) for o in d.get("outcomes", ())),
            participants=tuple(Actor.from_dict(a) for a in d.get("participants", ())),
        )


@dataclass(frozen=True, slots=True)
class Child:
    """One jeugdige's part of the plan (R-STRUCTURE), with the jeugdige's own
    frame and state (plan@2): ``segment`` (``None``: unknown, R-SEG-KNOWN),
    ``kader`` (``None``: vrijwillig) and its ``kader_changes``, and ``help``, the
    help that runs for this jeugdige (``"crisis_hulp"``, ``"hulp_gestart"`` or
    ``None``)."""

    jeugdige: str
    segment: str | None = None
    kader: str | None = None
    kader_changes: tuple[KaderChange, ...] = ()
    help: str | None = None
    results: tuple[Result, ...] = ()
    toekomstperspectief: str | None = None
    ondersteuningsprofiel: SupportProfile | None = None
    aanbieder: str | None = None
    toewijzingen: tuple[Toewijzing, ...] = ()
    evaluations: tuple[Evaluation, ...] = ()
    youth_care_closed: bool = False

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Child:
        support = d.get("ondersteuningsprofiel")
        provider = d.get("aanbieder")
        return cls(
            jeugdige=d["jeugdige"],
            segment=d.get("segment"),
            kader=d.get("kader"),
            kader_changes=tuple(KaderChange.from_dict(k) for k in d.get("kader_changes", ())),
            help=d.get("help"),
            results=tuple(Result.from_dict(r) for r in d.get("results", ())),
            toekomstperspectief=d.get("toekomstperspectief"),
            ondersteuningsprofiel=SupportProfile.from_dict(support) if support else None,
            aanbieder=provider["id"] if provider else None,
            toewijzingen=tuple(Toewijzing.from_dict(t) for t in d.get("toewijzingen", ())),
            evaluations=tuple(Evaluation.from_dict(e) for e in d.get("evaluations", ())),
            youth_care_closed=bool(d.get("youth_care_closed", False)),
        )


__all__ = [
    "Actor",
    "Akkoord",
    "Child",
    "Evaluation",
    "GezagRecord",
    "HistoryEntry",
    "KaderChange",
    "Member",
    "Result",
    "SupportProfile",
    "Toewijzing",
]
