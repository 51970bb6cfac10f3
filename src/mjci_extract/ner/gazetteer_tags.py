"""Coarse gazetteer classes for NER tokens, written into `token.tag_` as a model feature.

A hash-embedding CNN only sees the spelling of a token and of its neighbours; whether a word is a
known given name, family name, title, province, country, month, organisation head ("กระทรวง") or
position head ("รัฐมนตรี") is knowledge it can only pick up from the names it saw in training.
The tokenizer therefore tags every token with the class of the longest gazetteer entry that
covers it (B-/I- marks an entry's first and later tokens, so entries of several tokens count),
or a simple shape class (DIGIT, LATIN, PUNCT, SPACE) or "O", and the model's config embeds TAG
like any other attribute. Matching works on token sequences (an entry matches when the
concatenation of consecutive tokens equals it), so it costs a few dict look-ups per token.

The classes are model input, so a trained model keeps the table it was trained with: training
writes it into the model directory (`TAG_TABLE_FILE`) and loading the model reads it back, so
that editing the extraction word lists or upgrading pythainlp (its name lists) does not change
what a shipped model sees. A model without that file reads the live gazetteer.
`table_fingerprint()` (of the live table) goes into the model's mjci_meta.json.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from mjci_extract.lexicon.gazetteer import _rows, _words, default_gazetteer
from mjci_extract.lexicon.thai import THAI_CONSONANTS, THAI_DIGIT_RANGE

OUTSIDE = "O"
TAG_TABLE_FILE = "gazetteer_tags.tsv"
# Longest entries a match may span, in tokens; longer gazetteer entries are rare.
_MAX_TOKENS = 6
_DIGITS = re.compile(f"[0-9{THAI_DIGIT_RANGE}][0-9{THAI_DIGIT_RANGE}.,:/-]*")
_LATIN = re.compile(r"[A-Za-z]")
_PUNCT = re.compile(r"[^\w\s]+")
# Thai abbreviations are runs of consonants closed by a period ("รฟม.", "สปส.", "จ."): no vowel
# or tone mark, which almost every ordinary word that ends before a period has.
_THAI_ABBREVIATION = re.compile(f"[{THAI_CONSONANTS}]{{1,6}}")


def _gazetteer_entries() -> list[tuple[str, str]]:
    """(entry, class) pairs; earlier classes win when one string is in several lists."""
    gaz = default_gazetteer()
    pairs: list[tuple[str, str]] = []
    pairs += [(w, "TITLE") for w in (*gaz.honorifics, *gaz.academic_titles, *gaz.ranks)]
    pairs += [(w, "MONTH") for w in _month_rows()]
    pairs += [(w, "PROVINCE") for w in gaz.provinces]
    for country in gaz.countries:
        pairs += [(w, "COUNTRY") for w in country.names]
        pairs += [(w, "CITY") for w in country.places]
    pairs += [(w, "ORGHEAD") for w in gaz.organization_heads]
    pairs += [(w, "POSHEAD") for w in gaz.position_heads]
    pairs += [(w, "VENUEHEAD") for w in gaz.venue_heads]
    pairs += [(w, "WEEKDAY") for w in _words("weekdays.txt", gaz.directory)]
    # Many names are also ordinary words ("ที่", "ส่วน", "ทวี"): those get a class of their own,
    # a weaker hint the model can learn to discount.
    words = gaz.thai_words
    for kind, names in (("GIVEN", gaz.given_names), ("FAMILY", gaz.family_names)):
        pairs += [(w, kind + "W" if w in words else kind) for w in names]
    return pairs


def _month_rows() -> list[str]:
    words: list[str] = []
    for row in _rows("months.tsv", default_gazetteer().directory):
        for cell in row[1:]:
            words += [w for w in cell.split("|") if w]
    return words


@dataclass(frozen=True)
class TagTable:
    """Entry -> class, every proper prefix of an entry (a match attempt stops as soon as the
    tokens joined so far are not one, which for most tokens is at the first token), and the
    organisation/position/venue heads by length, longest first (nlpo3 often keeps a whole name
    in one token, "กระทรวงมหาดไทย", which then starts with its head)."""

    entries: dict[str, str]
    heads: tuple[tuple[int, dict[str, str]], ...]
    prefixes: frozenset[str] = field(init=False)
    # word -> its one-token class; briefs repeat words, so most look-ups hit
    single_cache: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        prefixes = frozenset(w[:k] for w in self.entries for k in range(1, len(w)))
        object.__setattr__(self, "prefixes", prefixes)

    def fingerprint(self) -> str:
        """sha256 over every (entry, class) and head prefix the tags are computed from."""
        digest = hashlib.sha256()
        for word in sorted(self.entries):
            digest.update(f"{word}\t{self.entries[word]}\n".encode())
        for length, heads in self.heads:
            for word in sorted(heads):
                digest.update(f"P{length}\t{word}\t{heads[word]}\n".encode())
        return digest.hexdigest()

    def to_file(self, path: Path) -> None:
        lines = [f"E\t{word}\t{kind}" for word, kind in sorted(self.entries.items())]
        for length, heads in self.heads:
            lines += [f"H\t{length}\t{word}\t{kind}" for word, kind in sorted(heads.items())]
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def from_file(cls, path: Path) -> TagTable:
        entries: dict[str, str] = {}
        by_length: dict[int, dict[str, str]] = {}
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            row = line.split("\t")
            if row[0] == "E" and len(row) == 3:
                entries[row[1]] = row[2]
            elif row[0] == "H" and len(row) == 4:
                by_length.setdefault(int(row[1]), {})[row[2]] = row[3]
            elif line:
                raise ValueError(f"{path}: not a gazetteer tag table line: {line[:80]!r}")
        return cls(entries, tuple(sorted(by_length.items(), reverse=True)))


@lru_cache(maxsize=1)
def live_table() -> TagTable:
    """The table of the gazetteer files and pythainlp's name lists as they are now."""
    table: dict[str, str] = {}
    for word, kind in _gazetteer_entries():
        word = word.strip()
        if len(word) >= 2:
            table.setdefault(word, kind)
    gaz = default_gazetteer()
    by_length: dict[int, dict[str, str]] = {}
    for kind, words in (
        ("ORGHEAD", gaz.organization_heads),
        ("POSHEAD", gaz.position_heads),
        ("VENUEHEAD", gaz.venue_heads),
    ):
        for word in words:
            # Short venue heads ("รัฐ", "เขต") begin too many ordinary words.
            if len(word) >= (5 if kind == "VENUEHEAD" else 2):
                by_length.setdefault(len(word), {}).setdefault(word, kind)
    return TagTable(table, tuple(sorted(by_length.items(), reverse=True)))


def table_fingerprint() -> str:
    return live_table().fingerprint()


def _single_class(table: TagTable, word: str) -> str:
    cache = table.single_cache
    kind = cache.get(word)
    if kind is None:
        if len(cache) > 200_000:
            cache.clear()
        kind = cache[word] = _shape_class(table, word)
    return kind


def _shape_class(table: TagTable, word: str) -> str:
    if word.isspace():
        return "SPACE"
    if _DIGITS.fullmatch(word):
        return "DIGIT"
    if _LATIN.search(word):
        return "LATIN"
    if _PUNCT.fullmatch(word):
        return "PUNCT"
    for length, heads in table.heads:
        if len(word) > length:
            kind = heads.get(word[:length])
            if kind is not None:
                return "P-" + kind
    return OUTSIDE


def gazetteer_tags(words: list[str], table: TagTable | None = None) -> list[str]:
    """One class per word: B-/I-<gazetteer class> by longest token-sequence match, else a shape.
    `table`: a model's own table (default: the live one)."""
    table = table or live_table()
    prefixes = table.prefixes
    get = table.entries.get
    n = len(words)
    tags = [""] * n
    i = 0
    while i < n:
        best_end, best_kind = 0, None
        text = ""
        for j in range(i, min(n, i + _MAX_TOKENS)):
            text += words[j]
            kind = get(text)
            if kind is not None:
                best_end, best_kind = j + 1, kind
            if text not in prefixes:
                break
        if best_kind is not None and not words[i].isspace():
            tags[i] = "B-" + best_kind
            for k in range(i + 1, best_end):
                tags[k] = "I-" + best_kind
            i = best_end
            continue
        kind = _single_class(table, words[i])
        if (
            kind == OUTSIDE
            and i + 1 < n
            and words[i + 1] == "."
            and _THAI_ABBREVIATION.fullmatch(words[i])
        ):
            kind = "ABBR"
        tags[i] = kind
        i += 1
    return tags
