"""Typed forms of the sharing decisions and views (docs/sharing.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Decision:
    """The answer to one sharing request: deny-by-default, with the deciding rules.

    ``decision`` is the core's word for it (``"allow"`` or ``"deny"``); a
    denial is a result, not an error. ``obligations`` are what the recipient
    must do (e.g. use secured e-mail, R-SHARE-HOOFDAANNEMER); ``parts`` the
    plan parts the decision covers.
    """

    decision: str
    rules: tuple[str, ...]
    explanation_nl: str
    explanation_en: str
    obligations: tuple[Any, ...] = ()
    parts: tuple[Any, ...] = ()
    document: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def allowed(self) -> bool:
        return self.decision == "allow"

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Decision:
        return cls(
            decision=d["decision"],
            rules=tuple(d.get("rules", ())),
            explanation_nl=d.get("explanation_nl", ""),
            explanation_en=d.get("explanation_en", ""),
            obligations=tuple(d.get("obligations", ())),
            parts=tuple(d.get("parts", ())),
            document=d,
        )

    def to_dict(self) -> dict[str, Any]:
        return dict(self.document)


@dataclass(frozen=True, slots=True)
class Disclosure:
    """The NEN 7513 record of a disclosure (R-LOG), for the host to store.

    ``record`` is the complete record; the properties read its main fields.
    """

    record: dict[str, Any]

    @property
    def break_glass(self) -> bool:
        """Whether the break-glass path (R-SAFETY-OVERRIDE) was used."""
        return bool(self.record.get("break_glass", False))

    def get(self, key: str, default: Any = None) -> Any:
        return self.record.get(key, default)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.record)


@dataclass(frozen=True, slots=True)
class View:
    """What a recipient may see of a plan, the decision behind it, what was withheld,
    and the disclosure record (None when nothing was disclosed)."""

    view: dict[str, Any]
    decision: Decision
    withheld: tuple[Any, ...] = ()
    disclosure: Disclosure | None = None
    document: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> View:
        record = d.get("disclosure")
        return cls(
            view=d.get("view") or {},
            decision=Decision.from_dict(d["decision"]),
            withheld=tuple(d.get("withheld") or ()),
            disclosure=Disclosure(record) if record else None,
            document=d,
        )

    def to_dict(self) -> dict[str, Any]:
        return dict(self.document)


__all__ = ["Decision", "Disclosure", "View"]
