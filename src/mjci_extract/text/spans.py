"""Small helpers over (start, end) stretches of text and over streams, shared by the stages."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

Item = TypeVar("Item")


def strip_span(text: str, start: int, end: int, chars: str | None = None) -> tuple[int, int]:
    """Shrink [start, end) past leading and trailing `chars` (whitespace when None)."""

    def strippable(ch: str) -> bool:
        return ch.isspace() if chars is None else ch in chars

    while start < end and strippable(text[start]):
        start += 1
    while end > start and strippable(text[end - 1]):
        end -= 1
    return start, end


def batched(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Lists of up to `size` consecutive items (itertools.batched arrives in Python 3.12)."""
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
