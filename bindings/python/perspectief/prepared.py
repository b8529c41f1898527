"""The fast path of the sharing rules: prepared plans and typed questions (docs/sharing.md).

A :class:`PreparedPlan` is made once per plan (``engine.prepare(plan)``) and
answers many questions, each given as small values looked up once: a
:class:`Party`, the action and purpose as their names, the part's index
(:meth:`PreparedPlan.find_part`), the channel's index
(:meth:`Engine.find_channel <perspectief.Engine.find_channel>`) and the moment
(a :class:`ParsedMoment`, RFC 3339 text or an aware ``datetime``). An
:class:`Answer` is built in C++ and read lazily. ``ask`` and ``ask_batch`` are
the compiled methods themselves, with no Python frame between the caller and
the core; ``ask_batch`` releases the GIL while the core decides.

A screen that asks many questions for one user at one moment goes one step
further: ``prepared.party(party, at)`` is a :class:`PreparedParty`, that party
checked and its standing in the plan worked out once; its ``ask`` takes only
the action, purpose, part and channel. Standing is dated: a new moment needs a
new prepared party.
"""

from __future__ import annotations

import datetime
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

    def party(self, party: Party, at: ParsedMoment | str | datetime.datetime) -> PreparedParty:
        """``party`` at ``at``, checked and its standing in the plan worked out once, for many
        questions (:meth:`PreparedParty.ask`): the same answers as :meth:`ask` gives with that
        party at that moment. Raises :class:`~perspectief.InvalidArgumentError` for a party that
        cannot ask, pointing where a request's requester would (``/requester/person``), or for a
        moment that is no RFC 3339 moment (``/at``)."""
        return PreparedParty(self, party, at)

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


class PreparedParty(_native.PreparedParty):
    """One party of a prepared plan at one moment (:meth:`PreparedPlan.party`): immutable, safe
    to share between threads, and independent of the prepared plan and party it was made from
    (closing them does not affect it).

    ``ask(action, purpose, part, channel)`` answers one question of this party at its moment,
    as :meth:`PreparedPlan.ask` would with the party and moment given there; a forward names
    its recipient and is refused here (``PP-D-QUESTION`` at ``/action``): ask it on the plan.
    ``ask_batch(action, purpose, part, channel)`` asks many in one call with the GIL released,
    each argument one value or a list (``part`` any sequence of indexes).

    As a context manager it is closed on exit; later use raises
    :class:`~perspectief.StateError`.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "<PreparedParty (closed)>" if self.closed else "<PreparedParty>"

    def __enter__(self) -> PreparedParty:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


__all__ = ["Action", "Answer", "ParsedMoment", "Party", "PreparedParty", "PreparedPlan", "Purpose"]
