"""Moments and dates as the caller holds them: ``str`` or ``datetime``.

The core takes RFC 3339 text with an offset ("2026-03-02T09:30:00+01:00") and
never guesses a time zone; an aware ``datetime.datetime`` is written in that
form with its own offset. A naive one is refused: the same wall-clock time is
another moment in winter and in summer, and only the caller knows which zone
was meant.
"""

from __future__ import annotations

import datetime
from typing import Union

from .errors import InvalidArgumentError

#: A moment: RFC 3339 text with an offset, or an aware ``datetime.datetime``.
Moment = Union[str, datetime.datetime]
#: A calendar day: ``"YYYY-MM-DD"`` or a ``datetime.date``.
Day = Union[str, datetime.date]


def moment_text(at: Moment, name: str = "at") -> str:
    """``at`` as the RFC 3339 text the core reads."""
    if isinstance(at, str):
        return at
    if isinstance(at, datetime.datetime):
        offset = at.utcoffset()
        if offset is None:
            raise InvalidArgumentError(
                f"{name}: {at.isoformat()} is a naive datetime; attach its time zone, e.g. "
                f"{name}.replace(tzinfo=zoneinfo.ZoneInfo(\"Europe/Amsterdam\")), or pass RFC 3339 text "
                "with an offset"
            )
        if offset % datetime.timedelta(minutes=1):
            raise InvalidArgumentError(
                f"{name}: the offset {offset} has seconds, which RFC 3339 cannot write; convert it to "
                "another zone first"
            )
        return at.isoformat(timespec="microseconds" if at.microsecond else "seconds")
    raise TypeError(f"{name}: expected RFC 3339 text (str) or an aware datetime.datetime, got {type(at).__name__}")


def day_text(day: Day, name: str) -> str:
    """``day`` as ``"YYYY-MM-DD"``. A ``datetime`` is refused: which day it is depends on its zone."""
    if isinstance(day, str):
        return day
    if isinstance(day, datetime.datetime):
        raise TypeError(f"{name}: expected a date, got a datetime; pass {name}.date() for the day you mean")
    if isinstance(day, datetime.date):
        return day.isoformat()
    raise TypeError(f"{name}: expected \"YYYY-MM-DD\" (str) or a datetime.date, got {type(day).__name__}")


__all__ = ["Day", "Moment", "day_text", "moment_text"]
