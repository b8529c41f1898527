"""Typed, read-only views of the main parts of a plan.

These frozen dataclasses are what :class:`~perspectief.Plan`'s accessors
return (``plan.members``, ``plan.children``, ``plan.history``, ...). They
carry the fields analysts and harnesses use most; everything else, including
unknown and local fields, stays reachable through the plan's dict access
(``plan["family"]``, ``plan.at("/children/0/behandelplan")``, ``plan.to_dict()``).
Field names are the JSON member names (DOMAIN.md section 2, docs/model.md).
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from typing import Any, TypeVar

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
class Actor:
    """A natural person acting in a role (R-LOG: never just "system")."""

    role: str
    person: str
    name: str | None = None
    organisation: str | None = None
    member: str | None = None
    on_behalf_of: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return from_members(cls, d)


@dataclass(frozen=True, slots=True)
class GezagRecord:
    """Whether an ouder holds gezag over one ``child`` (a member id) of the family."""

    child: str
    gezag: bool

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> GezagRecord:
        return from_members(cls, d)


@dataclass(frozen=True, slots=True)
class Member:
    """A member of the gezin: role ``jeugdige``, ``ouder`` or ``gezinslid``.

    An ouder's gezag (R-GEZAG) is recorded per child in ``gezag_per_child``, or
    for every child at once in ``gezag``; a child's own record wins, and what is
    not recorded is not held (validation warns: PP-V-GEZAG-UNRECORDED)."""

    id: str
    role: str
    name: str | None = None
    birth_date: str | None = None
    gezag: bool | None = None
    gezag_per_child: tuple[GezagRecord, ...] = ()

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Member:
        return cls(
            id=d["id"],
            role=d["role"],
            name=d.get("name"),
            birth_date=d.get("birth_date"),
            gezag=d.get("gezag"),
            gezag_per_child=tuple(GezagRecord.from_dict(g) for g in d.get("gezag_per_child", ())),
        )


@dataclass(frozen=True, slots=True)
class Result:
    """A result to reach (part 3, 001): the ondersteuningsvraag a provider is held to."""

    id: str
    leefgebied: str
    description: str
    performer: str
    framework: str | None = None
    status: str | None = None
    about: str | None = None  # the member it is about (R-MEMBER-PRIVACY)
    personal: bool | None = None  # that member's own information: their personal part

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Result:
        return from_members(cls, d)


@dataclass(frozen=True, slots=True)
class SupportProfile:
    """Ondersteuningsprofiel and intensity (004); additions such as verblijf."""

    code: str
    intensiteit: int | None = None
    variant: str | None = None
    additions: tuple[str, ...] = ()
    evaluatie_weken: int | None = None  # R-EVALUATION: evaluated every this many weeks

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SupportProfile:
        return cls(
            code=d["code"],
            intensiteit=d.get("intensiteit"),
            variant=d.get("variant"),
            additions=tuple(d.get("additions", ())),
            evaluatie_weken=d.get("evaluatie_weken"),
        )


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
class KaderChange:
    """A change of one jeugdige's kader during the trajectory (R-KADER-CHANGE):
    the new ``kader`` and the ``previous`` one, the ``date`` it takes effect, its
    legal ``basis``, who recorded it and when (event ``kader_wijzigen``)."""

    kader: str
    previous: str
    date: str
    basis: str
    recorded_by: Actor
    at: str

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> KaderChange:
        return cls(
            kader=d["kader"],
            previous=d["previous"],
            date=d["date"],
            basis=d["basis"],
            recorded_by=Actor.from_dict(d["recorded_by"]),
            at=d["at"],
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


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One applied workflow event: who did what, when, why, and the states around it."""

    seq: int
    event: str
    at: str
    actor: Actor
    from_state: str
    to_state: str
    version: int
    reason: str | None = None
    payload: Any = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> HistoryEntry:
        return cls(
            seq=d["seq"],
            event=d["event"],
            at=d["at"],
            actor=Actor.from_dict(d["actor"]),
            from_state=d["from_state"],
            to_state=d["to_state"],
            version=d["version"],
            reason=d.get("reason"),
            payload=d.get("payload"),
        )


@dataclass(frozen=True, slots=True)
class Akkoord:
    """Who agreed to which version of the plan, when (000)."""

    by: Actor
    version: int
    at: str
    scope: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Akkoord:
        return cls(by=Actor.from_dict(d["by"]), version=d["version"], at=d["at"], scope=d.get("scope"))


__all__ = [
    "Actor",
    "Akkoord",
    "Child",
    "Evaluation",
    "HistoryEntry",
    "Member",
    "Result",
    "SupportProfile",
    "Toewijzing",
]
