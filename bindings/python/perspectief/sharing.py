"""Typed forms of the sharing decisions, views and disclosure records (docs/sharing.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .plan_parts import from_members


@dataclass(frozen=True, slots=True)
class Obligation:
    """A condition that comes with a release, e.g. ``secure_channel`` (R-SHARE-HOOFDAANNEMER)."""

    code: str
    rule: str
    nl: str
    en: str

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Obligation:
        return from_members(cls, d)


@dataclass(frozen=True, slots=True)
class PartDecision:
    """The decision on one addressed part (e.g. ``children/j1/results/r1``)."""

    part: str
    decision: str
    rules: tuple[str, ...]
    reason: str

    @property
    def allowed(self) -> bool:
        return self.decision == "allow"

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PartDecision:
        return cls(d["part"], d["decision"], tuple(d.get("rules", ())), d.get("reason", ""))


@dataclass(frozen=True, slots=True)
class Decision:
    """The answer to one sharing request: every part decided on its own, deny by default.

    ``decision`` is ``"allow"`` when at least one part is released, else
    ``"deny"``; a denial is a result, not an error. ``rules`` are the rule ids
    that decided (allowing ones first), ``obligations`` the conditions on what
    is released, ``break_glass`` whether R-SAFETY-OVERRIDE released anything.
    """

    decision: str
    rules: tuple[str, ...]
    explanation_nl: str
    explanation_en: str
    obligations: tuple[Obligation, ...] = ()
    parts: tuple[PartDecision, ...] = ()
    break_glass: bool = False
    document: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def allowed(self) -> bool:
        return self.decision == "allow"

    @property
    def allowed_parts(self) -> tuple[str, ...]:
        return tuple(p.part for p in self.parts if p.allowed)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Decision:
        return cls(
            decision=d["decision"],
            rules=tuple(d.get("rules", ())),
            explanation_nl=d.get("explanation_nl", ""),
            explanation_en=d.get("explanation_en", ""),
            obligations=tuple(Obligation.from_dict(o) for o in d.get("obligations", ())),
            parts=tuple(PartDecision.from_dict(p) for p in d.get("parts", ())),
            break_glass=bool(d.get("break_glass", False)),
            document=d,
        )

    def to_dict(self) -> dict[str, Any]:
        """The decision document as every language returns it."""
        return dict(self.document)


@dataclass(frozen=True, slots=True)
class Disclosure:
    """One entry of the disclosure log (R-LOG, NEN 7513): the host must store it.

    ``outcome`` is ``"released"`` for a release and ``"denied"`` for a refused
    attempt (then ``objects`` are the addresses asked for, ``""`` for the whole
    plan, and ``rules`` the rules that refused). The typed fields are the record's
    main ones; ``record`` is all of it.
    """

    outcome: str
    event: str
    at: str
    plan: str
    plan_version: int
    members: tuple[str, ...]
    user: dict[str, Any]
    responsible_user: str
    channel: str
    objects: tuple[str, ...]
    purpose: str
    rules: tuple[str, ...]
    break_glass: bool
    break_glass_reason: str | None
    recipient: dict[str, Any] | None
    record: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Disclosure:
        client = d.get("client", {})
        return cls(
            outcome=d.get("outcome", "released"),
            event=d["event"],
            at=d["at"],
            plan=client.get("plan", ""),
            plan_version=client.get("plan_version", 0),
            members=tuple(client.get("members", ())),
            user=d.get("user", {}),
            responsible_user=d.get("responsible_user", ""),
            channel=d.get("channel", ""),
            objects=tuple(d.get("objects", ())),
            purpose=d["purpose"],
            rules=tuple(d.get("rules", ())),
            break_glass=bool(d.get("break_glass", False)),
            break_glass_reason=d.get("break_glass_reason"),
            recipient=d.get("recipient"),
            record=d,
        )

    def to_dict(self) -> dict[str, Any]:
        return dict(self.record)


@dataclass(frozen=True, slots=True)
class WithheldPart:
    """A part that was not released, with the rules that kept it back."""

    part: str
    rules: tuple[str, ...]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> WithheldPart:
        return cls(d["part"], tuple(d.get("rules", ())))


@dataclass(frozen=True, slots=True)
class View:
    """What a request may see of a plan: the plan JSON with exactly the allowed
    parts, the decision, the withheld parts (None when the audience may not see
    that list), the disclosure record (None when nothing was released) and the
    refusal record (None when something was): the host stores both kinds."""

    view: dict[str, Any]
    decision: Decision
    withheld: tuple[WithheldPart, ...] | None = None
    disclosure: Disclosure | None = None
    refusal: Disclosure | None = None
    document: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> View:
        withheld = d.get("withheld")
        record = d.get("disclosure")
        refused = d.get("refusal")
        return cls(
            view=d.get("view") or {},
            decision=Decision.from_dict(d["decision"]),
            withheld=None if withheld is None else tuple(WithheldPart.from_dict(w) for w in withheld),
            disclosure=Disclosure.from_dict(record) if record else None,
            refusal=Disclosure.from_dict(refused) if refused else None,
            document=d,
        )

    def to_dict(self) -> dict[str, Any]:
        return dict(self.document)


__all__ = ["Decision", "Disclosure", "Obligation", "PartDecision", "View", "WithheldPart"]
