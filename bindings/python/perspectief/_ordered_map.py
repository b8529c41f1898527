"""An order-keeping, bounded parallel map for the streaming functions.

The core releases the GIL while it parses, validates, replays or decides, so
threads give real parallelism here. At most ``window`` items are in flight, so
a large file is never read ahead into memory.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

In = TypeVar("In")
Out = TypeVar("Out")


def ordered_map(work: Callable[[In], Out], items: Iterable[In], workers: int) -> Iterator[Out]:
    """``map(work, items)`` on ``workers`` threads, results in input order."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if workers == 1:
        yield from map(work, items)
        return
    window = workers * 4
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="perspectief") as pool:
        pending: deque[Future[Out]] = deque()
        for item in items:
            pending.append(pool.submit(work, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
