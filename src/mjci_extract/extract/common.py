"""What every rule shares: helpers for Thai phrase boundaries.

Thai prose separates phrases, not words, with spaces. A name, a position, a venue or a project
title is therefore a run of space-separated *chunks*; the rules grow a phrase chunk by chunk and
stop at a chunk that opens with a word ending that kind of phrase (stopwords.tsv).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mjci_extract.lexicon.gazetteer import alternation, word_list
from mjci_extract.lexicon.thai import THAI_LETTERS
from mjci_extract.text.doc import Doc
from mjci_extract.text.spans import strip_span

__all__ = [
    "PHRASE_EDGE",
    "Chunk",
    "SpanUnion",
    "chunks",
    "cut_at_token",
    "overlaps",
    "starts_with_any",
    "strip_span",
]

# What a phrase never starts or ends with.
PHRASE_EDGE = " \n-,:;"
THAI_WORD = re.compile(f"[{THAI_LETTERS}]+")


class Overlaps:
    """Whether a span overlaps one of a fixed set of spans, by bisection over their starts and the
    furthest end reached so far: a scan of every span for every candidate is quadratic on a text
    of thousands of names."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(itertools.accumulate((e for _, e in ordered), max))

    def __call__(self, start: int, end: int) -> bool:
        """any(s < end and start < e for s, e in spans)"""
        k = bisect.bisect_left(self._starts, end)  # the spans with s < end
        return k > 0 and self._reach[k - 1] > start


@dataclass(frozen=True)
class Chunk:
    start: int
    end: int
    text: str


def chunks(text: str, start: int, end: int) -> list[Chunk]:
    """The space-separated chunks of text[start:end]."""
    out = []
    for m in re.finditer(r"[^ \n]+", text[start:end]):
        out.append(Chunk(start + m.start(), start + m.end(), m.group()))
    return out


def starts_with_any(text: str, words: tuple[str, ...]) -> str | None:
    """The longest of `words` that `text` starts with (lists are sorted longest first)."""
    m = _prefix_pattern(words).match(text)
    return m.group() if m else None


@lru_cache(maxsize=128)
def _prefix_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(alternation(words)) if words else re.compile(r"(?!)")


def cut_at_token(analysis: Doc, chunk: Chunk, words: tuple[str, ...], min_offset: int = 1) -> int:
    """End of the part of `chunk` before the first of `words` that starts on a word boundary."""
    text = chunk.text
    best = len(text)
    for word in words:
        at = text.find(word, min_offset)
        while 0 < at < best:
            if analysis.is_token_boundary(chunk.start + at):
                best = at
                break
            at = text.find(word, at + 1)
    return chunk.start + best


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class SpanUnion:
    """Whether an offset lies in one of a fixed set of [start, end) spans, by bisection."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if start >= end:
                continue
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def covers(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]


# Between the parts of a royal name: a space, a no-break space, or none (royal_names.txt).
_ROYAL_GAP = r"[ \u00a0]{0,3}"
# A royal name ends after a whole part, not inside a word glued to it ("...พระบรมราชินีโดย...").
_ROYAL_END = rf"(?![{THAI_LETTERS}A-Za-z0-9])"


@lru_cache(maxsize=8)
def royal_names(directory: Path) -> tuple[re.Pattern[str], ...]:
    """royal_names.txt, one pattern a name: its parts in order, each part but the first optional
    after the one before it (a name may stop after any part), each optionally cut short by ฯ. A
    "_" joins words that only count together ("ศาสตราจารย์_ดร.สมเด็จเจ้าฟ้าฯ": ศาสตราจารย์ alone
    is no royal name)."""
    patterns = []
    for line in word_list(directory, "royal_names.txt"):
        parts = [
            re.escape(part.replace("ฯ", "")).replace("_", "[ \u00a0]?") + r"(?:[ \u00a0]?ฯ)?"
            for part in line.split()
        ]
        pattern = parts[-1] + _ROYAL_END
        for part in reversed(parts[:-1]):
            pattern = f"{part}(?:{_ROYAL_GAP}{pattern}|{_ROYAL_END})"
        patterns.append(re.compile(pattern))
    return tuple(patterns)


@lru_cache(maxsize=8)
def royal_name_chars(directory: Path) -> int:
    """The longest a royal name of royal_names.txt can be written (its gaps and ฯ included): how
    far around a title's end a royal name holding that end is looked for."""
    lines = word_list(directory, "royal_names.txt")
    return max((len(line) + 4 * (line.count(" ") + 1) for line in lines), default=0)


def royal_name_end(analysis: Doc, at: int, limit: int) -> int:
    """End of the longest royal name (royal_names.txt) starting at `at` and ending by `limit`;
    0 if none starts there."""
    text = analysis.text
    patterns = royal_names(analysis.gazetteer.directory)
    return max((m.end() for p in patterns if (m := p.match(text, at, limit))), default=0)


# Words a city's, a province's or a temple's name opens with: where a post abroad is stationed.
STATION_HEADS = ("กรุง", "นคร", "เมือง", "จังหวัด", "รัฐ", "วัด")


# "ณ กรุงโตเกียว": the marker, then the chunk that may name a station.
_STATION_AFTER_MARKER = re.compile(r"ณ[ \u00a0]?([^\s(),]+)")


def station_chunk(text: str, marker: int) -> Chunk | None:
    """The chunk after the ณ at `marker` ("ณ กรุงเบิร์น": "กรุงเบิร์น"), None if no ณ is there."""
    found = _STATION_AFTER_MARKER.match(text, marker)
    return Chunk(found.start(1), found.end(1), found.group(1)) if found else None


def names_a_station(analysis: Doc, word: str) -> bool:
    """Whether `word`, after the ณ of a post or a mission abroad (venue_stationed_before.txt), names
    where it is stationed: a city, a province, a temple or a country ("กรุงโตเกียว", "สิงคโปร์"),
    not a room ("ห้องประชุม...")."""
    return word.startswith(STATION_HEADS) or bool(analysis.gazetteer.place_pattern.fullmatch(word))
