"""Progress of long runs: a callback the caller passes, so that any progress
bar (tqdm, rich, a log line) fits without the package depending on one.

It is called as ``progress(done, total)``: ``done`` items so far (plans, or
lines of a JSONL file), ``total`` when it is known in advance, else ``None``.
With tqdm::

    from tqdm import tqdm
    bar = tqdm(unit="plan")
    def progress(done, total):
        bar.total = total
        bar.update(done - bar.n)
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """``progress(done, total)``: any callable of this shape; the return value is ignored."""

    def __call__(self, done: int, total: int | None, /) -> object: ...

__all__ = ["Progress"]
