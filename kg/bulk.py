"""Building large acyclic data without paying for Python's cyclic garbage collector.

The collector runs after every few hundred allocations that survive, and each full pass walks
every tracked object: while a build decodes a cache of hundreds of thousands of mentions or
writes millions of triples, that costs as much as the work itself. The data kg builds holds no
reference cycles (tuples, frozen dataclasses, dicts of them), so nothing is lost by pausing the
collector while it is built; reference counting still frees everything that is dropped.

>>> import gc
>>> with collection_paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collection_paused"]


@contextmanager
def collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector inside the block (restored as it was on leaving)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
