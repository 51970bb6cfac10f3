"""Normalise Thai text for matching while keeping a map back to the original offsets.

The rules match against the normalised text; every offset they produce is mapped back with
`NormalizedText.span`, so evidence always slices the text exactly as read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from mjci_extract.lexicon.thai import THAI_TO_ASCII_DIGITS

# Characters that carry no content in a brief: zero-width spaces and joiners, word joiner, BOM,
# soft hyphen. Dropped outright.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
# Horizontal spaces of every width become one ASCII space; runs collapse to one.
HORIZONTAL_SPACE = frozenset(
    " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
LINE_BREAKS = frozenset("\n\r\u2028\u2029\x0b\x0c\x85")
# Typographic quotes and dashes are folded to ASCII so one pattern covers all of them.
FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "−": "-"})


@dataclass(frozen=True)
class NormalizedText:
    """Normalised text plus, for each of its characters, the offset it came from."""

    text: str
    original: str
    offsets: tuple[int, ...]  # where each normalised character starts in the original
    ends: tuple[int, ...]  # where it ends there (a folded run such as "ํา" maps to all of it)

    def start(self, i: int) -> int:
        """Original offset of normalised position `i` (a span start)."""
        if i >= len(self.offsets):
            return len(self.original)
        return self.offsets[i]

    def end(self, j: int) -> int:
        """Original offset just after normalised position `j - 1` (a span end)."""
        if j <= 0:
            return 0
        return self.ends[j - 1]

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.start(i), self.end(j)

    def original_text(self, i: int, j: int) -> str:
        s, e = self.span(i, j)
        return self.original[s:e]


_SPECIAL = re.compile("[" + "".join(sorted(INVISIBLE | HORIZONTAL_SPACE | LINE_BREAKS)) + "]+")
# What some sources type for Thai letters, folded to the standard spelling so that every rule and
# the tokenizer read the word; values keep the brief's own characters (a folded run maps back to
# the whole of it). NIKHAHIT + SARA AA for SARA AM ("นํา" -> "นำ", also with the tone mark typed
# between them: "นํ้า" -> "น้ำ", 57 of the archive's 63,183 briefs), SARA E twice for SARA AE
# ("เเละ" -> "และ", 931 briefs) and a tone mark typed before the vowel above it ("ท่ี" -> "ที่",
# "เร่ือง" -> "เรื่อง", 113 briefs). Invisible characters between them are dropped first.
_TONE = "\u0e48-\u0e4b"
_FOLDABLE = re.compile(f"\u0e4d([{_TONE}]?)\u0e32|\u0e40\u0e40|([{_TONE}])([\u0e31\u0e34-\u0e37])")


def _folded(m: re.Match[str]) -> str:
    if m.group().startswith("\u0e4d"):
        return m.group(1) + "\u0e33"
    if m.group() == "\u0e40\u0e40":
        return "\u0e41"
    return m.group(3) + m.group(2)


_TRANSLATE = {**THAI_TO_ASCII_DIGITS, **FOLD}


def normalize(original: str) -> NormalizedText:
    """NFC, Thai digits to ASCII, invisible characters dropped, whitespace collapsed.

    Paragraph structure survives: a run of whitespace holding a line break becomes one "\\n",
    any other run one " ". Leading and trailing spaces of a line are dropped.
    """
    composed = original if unicodedata.is_normalized("NFC", original) else None
    if composed is None:
        return _normalize_slow(original)
    out: list[str] = []
    offsets: list[int] = []
    ends: list[int] = []
    cursor = 0
    pending: str | None = None
    pending_at = 0
    for m in _SPECIAL.finditer(original):
        if m.start() > cursor:
            if pending is not None:
                _flush(out, offsets, ends, pending, pending_at)
                pending = None
            out.append(original[cursor : m.start()].translate(_TRANSLATE))
            offsets.extend(range(cursor, m.start()))
            ends.extend(range(cursor + 1, m.start() + 1))
        cursor = m.end()
        for i, ch in enumerate(m.group(), start=m.start()):
            if ch in INVISIBLE:
                continue
            kind = "\n" if ch in LINE_BREAKS else " "
            if pending is None:
                pending, pending_at = kind, i
            elif kind == "\n" and pending == " ":
                pending, pending_at = "\n", i
    if cursor < len(original):
        if pending is not None:
            _flush(out, offsets, ends, pending, pending_at)
        out.append(original[cursor:].translate(_TRANSLATE))
        offsets.extend(range(cursor, len(original)))
        ends.extend(range(cursor + 1, len(original) + 1))
    return _fold("".join(out), original, offsets, ends)


def _fold(text: str, original: str, offsets: list[int], ends: list[int]) -> NormalizedText:
    """Fold the runs _FOLDABLE matches; each character written for a run maps to the whole run."""
    if _FOLDABLE.search(text) is None:
        return NormalizedText(text, original, tuple(offsets), tuple(ends))
    out: list[str] = []
    new_offsets: list[int] = []
    new_ends: list[int] = []
    cursor = 0
    for m in _FOLDABLE.finditer(text):
        out.append(text[cursor : m.start()])
        new_offsets.extend(offsets[cursor : m.start()])
        new_ends.extend(ends[cursor : m.start()])
        folded = _folded(m)
        out.append(folded)
        new_offsets.extend([offsets[m.start()]] * len(folded))
        new_ends.extend([ends[m.end() - 1]] * len(folded))
        cursor = m.end()
    out.append(text[cursor:])
    new_offsets.extend(offsets[cursor:])
    new_ends.extend(ends[cursor:])
    return NormalizedText("".join(out), original, tuple(new_offsets), tuple(new_ends))


def _flush(out: list[str], offsets: list[int], ends: list[int], pending: str, at: int) -> None:
    """Write a pending whitespace run, unless it leads the text or a line."""
    if out and not (pending == " " and out[-1].endswith("\n")):
        out.append(pending)
        offsets.append(at)
        ends.append(at + 1)


def _normalize_slow(original: str) -> NormalizedText:
    """Character by character, for text that NFC changes (rare: composed accents)."""
    out: list[str] = []
    offsets: list[int] = []
    ends: list[int] = []
    pending: str | None = None  # whitespace waiting to be written: " " or "\n"
    pending_at = 0
    # NFC can merge or reorder characters, so normalise per grapheme-ish run (_composed): each
    # character of a run NFC changed maps to the whole run.
    for i, run_end, ch in _composed(original):
        if ch in INVISIBLE:
            continue
        if ch in HORIZONTAL_SPACE or ch in LINE_BREAKS:
            kind = "\n" if ch in LINE_BREAKS else " "
            if pending is None:
                pending, pending_at = kind, i
            elif kind == "\n" and pending == " ":
                pending, pending_at = "\n", i
            continue
        if pending is not None:
            if out and not (pending == " " and out[-1] == "\n"):
                out.append(pending)
                offsets.append(pending_at)
                ends.append(pending_at + 1)
            pending = None
        out.append(ch.translate(THAI_TO_ASCII_DIGITS).translate(FOLD))
        offsets.append(i)
        ends.append(run_end)
    return _fold("".join(out), original, offsets, ends)


def _composed(text: str):
    """Yield (original start, original end, character) of the NFC form of text.

    A run that NFC leaves as it is maps character by character. A run that NFC changes (marks
    reordered, such as a tone mark typed before SARA U, or characters merged) maps each of its
    characters to the whole run, so that no character is mapped to another's place: the evidence
    of a span holding the run is the run as written, and `Doc.as_written` writes it once.
    """
    if unicodedata.is_normalized("NFC", text):
        for i, ch in enumerate(text):
            yield i, i + 1, ch
        return
    # Slow path: compose each run that starts at a non-combining character separately.
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        run = text[i:j]
        composed = unicodedata.normalize("NFC", run)
        if composed == run:
            for k, ch in enumerate(run, start=i):
                yield k, k + 1, ch
        else:
            for ch in composed:
                yield i, j, ch
        i = j
