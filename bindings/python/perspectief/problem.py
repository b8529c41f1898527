"""One finding about a document: the unit of validation results and error details."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem found in a plan, profile, settings document or event.

    ``code`` is stable (``PP-S-*`` structure, ``PP-P-*`` profile, ``PP-V-*``
    validation, ``PP-W-*`` workflow, ``PP-D-*`` sharing); ``pointer`` is the
    RFC 6901 JSON pointer of the place ("" for the whole document); ``rule``
    is the domain rule id (``R-...``, docs/domain.md) where one applies, else
    None. ``severity`` is ``"error"`` or ``"warning"``: only validation reports
    warnings, gaps a professional should close that the rules already handle
    safely (PP-V-GEZAG-UNRECORDED); :meth:`Engine.check` and the workflow
    refuse only for errors.
    """

    code: str
    pointer: str
    message_nl: str
    message_en: str
    rule: str | None = None
    severity: Literal["error", "warning"] = "error"

    @property
    def is_error(self) -> bool:
        """True for an error, False for a warning."""
        return self.severity == "error"

    @classmethod
    def _from_core(cls, item: tuple[str, str, str, str, str, str]) -> Problem:
        code, pointer, message_nl, message_en, rule, severity = item
        return cls(code, pointer, message_nl, message_en, rule or None, "warning" if severity == "warning" else "error")

    @classmethod
    def from_dict(cls, document: dict[str, Any]) -> Problem:
        """A problem from its JSON form (as in the C ABI's error detail)."""
        return cls(
            code=document["code"],
            pointer=document.get("pointer", ""),
            message_nl=document.get("message_nl", ""),
            message_en=document.get("message_en", ""),
            rule=document.get("rule") or None,
            severity="warning" if document.get("severity") == "warning" else "error",
        )

    def to_dict(self) -> dict[str, str]:
        """The JSON form every language uses: ``rule`` is "" when there is none."""
        return {
            "code": self.code,
            "pointer": self.pointer,
            "message_nl": self.message_nl,
            "message_en": self.message_en,
            "rule": self.rule or "",
            "severity": self.severity,
        }

    def __str__(self) -> str:
        where = self.pointer or "(document)"
        rule = f" [{self.rule}]" if self.rule else ""
        warning = "warning: " if self.severity == "warning" else ""
        return f"{warning}{self.code} at {where}: {self.message_en}{rule}"
