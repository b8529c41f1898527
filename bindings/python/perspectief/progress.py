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

from collections.abc import Callable
from typing import Optional

#: ``progress(done, total)``; the return value is ignored.
Progress = Callable[[int, Optional[int]], object]

__all__ = ["Progress"]
