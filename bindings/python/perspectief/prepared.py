"""The fast path of the sharing rules: prepared plans and typed questions (docs/sharing.md).

A :class:`PreparedPlan` is made once per plan (``engine.prepare(plan)``) and
answers many questions, each given as small values looked up once: a
:class:`Party`, the action and purpose as their names, the part's index
(:meth:`PreparedPlan.find_part`), the channel's index
(:meth:`Engine.find_channel <perspectief.Engine.find_channel>`) and the moment
(a :class:`ParsedMoment`, RFC 3339 text or an aware ``datetime``). An
:class:`Answer` is built in C++ and read lazily. ``ask`` and ``ask_batch`` are
the compiled methods themselves, with no Python frame between the caller and
the core; the GIL is released while the core decides.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from . import _core as _native
from ._core import Answer, ParsedMoment, Party
from .sharing import Decision, View

#: What a party wants to do with a part (docs/sharing.md).
Action = Literal["read", "store", "forward", "amend"]
#: Why (doelbinding).
Purpose = Literal["uitvoering", "toewijzing", "verantwoording", "bezwaar_beroep", "veiligheid", "beleid"]


class PreparedPlan(_native.PreparedPlan):
    """A plan prepared for many sharing questions: immutable, safe to share between
    threads, and independent of the engine and plan it was made from (closing them
    does not affect it). A changed plan is a new plan: prepare that one.

    As a context manager it is closed on exit; later use raises
    :class:`~perspectief.StateError`.
    """

    __slots__ = ()

    def decide(self, request: Mapping[str, Any]) -> Decision:
        """``engine.decide(plan, request)`` on the prepared plan: the same decision, without
        indexing the plan again."""
        return Decision.from_dict(self._decide(dict(request)))

    def view(self, request: Mapping[str, Any]) -> View:
        """``engine.view(plan, request)`` on the prepared plan: the same view and record."""
        return View.from_dict(self._view(dict(request)))

    def __repr__(self) -> str:
        return "<PreparedPlan (closed)>" if self.closed else f"<PreparedPlan parts={self.part_count}>"

    def __enter__(self) -> PreparedPlan:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


__all__ = ["Action", "Answer", "ParsedMoment", "Party", "PreparedPlan", "Purpose"]
