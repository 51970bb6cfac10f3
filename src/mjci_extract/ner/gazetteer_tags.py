"""Coarse gazetteer classes for NER tokens, written into `token.tag_` as a model feature.

A hash-embedding CNN only sees the spelling of a token and of its neighbours; whether a word is a
known given name, family name, title, province, country, month, organisation head ("กระทรวง") or
position head ("รัฐมนตรี") is knowledge it can only pick up from the names it saw in training.
The tokenizer therefore tags every token with the class of the longest gazetteer entry that
covers it (B-/I- marks an entry's first and later tokens, so entries of several tokens count),
or a simple shape class (DIGIT, LATIN, PUNCT, SPACE) or "O", and the model's config embeds TAG
like any other attribute. Matching works on token sequences (an entry matches when the
concatenation of consecutive tokens equals it), so it costs a few dict look-ups per token.

The classes are model input: editing the gazetteer files or upgrading pythainlp (its name lists)
changes what a trained model sees, so retrain then. `table_fingerprint()` goes into the model's
mjci_meta.json to make such a drift visible.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from mjci_extract.gazetteer import _rows, _words, default_gazetteer

OUTSIDE = "O"
# Longest entries a match may span, in tokens; longer gazetteer entries are rare.
_MAX_TOKENS = 6
_DIGITS = re.compile(r"[0-9๐-๙][0-9๐-๙.,:/-]*")
_LATIN = re.compile(r"[A-Za-z]")
_PUNCT = re.compile(r"[^\w\s]+")
# Thai abbreviations are runs of consonants closed by a period ("รฟม.", "สปส.", "จ."): no vowel
# or tone mark, which almost every ordinary word that ends before a period has.
_THAI_ABBREVIATION = re.compile(r"[ก-ฮ]{1,6}")


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
    # Shipped inside the pythainlp wheel: no download.
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names, thai_words

    # Many names are also ordinary words ("ที่", "ส่วน", "ทวี"): those get a class of their own,
    # a weaker hint the model can learn to discount.
    words = thai_words()
    for kind, names in (
        ("GIVEN", (*thai_male_names(), *thai_female_names())),
        ("FAMILY", thai_family_names()),
    ):
        pairs += [(w, kind + "W" if w in words else kind) for w in names]
    return pairs


def _month_rows() -> list[str]:
    words: list[str] = []
    for row in _rows("months.tsv", default_gazetteer().directory):
        for cell in row[1:]:
            words += [w for w in cell.split("|") if w]
    return words


@lru_cache(maxsize=1)
def gazetteer_table() -> tuple[dict[str, str], frozenset[str]]:
    """Entry -> class, and every proper prefix of an entry (a match attempt stops as soon as the
    tokens joined so far are not one, which for most tokens is at the first token)."""
    table: dict[str, str] = {}
    for word, kind in _gazetteer_entries():
        word = word.strip()
        if len(word) >= 2:
            table.setdefault(word, kind)
    prefixes = frozenset(word[:k] for word in table for k in range(1, len(word)))
    return table, prefixes


def table_fingerprint() -> str:
    """sha256 over every (entry, class) and head prefix the tags are computed from."""
    table, _ = gazetteer_table()
    digest = hashlib.sha256()
    for word in sorted(table):
        digest.update(f"{word}\t{table[word]}\n".encode())
    for length, heads in head_prefixes():
        for word in sorted(heads):
            digest.update(f"P{length}\t{word}\t{heads[word]}\n".encode())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def head_prefixes() -> tuple[tuple[int, dict[str, str]], ...]:
    """Organisation and position heads by length, longest first: nlpo3 often keeps a whole name
    in one token ("กระทรวงมหาดไทย"), which then starts with its head."""
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
    return tuple(sorted(by_length.items(), reverse=True))


# Word -> its one-token class; briefs repeat words, so most look-ups hit.
_single_cache: dict[str, str] = {}


def _single_class(word: str) -> str:
    kind = _single_cache.get(word)
    if kind is None:
        if len(_single_cache) > 200_000:
            _single_cache.clear()
        kind = _single_cache[word] = _shape_class(word)
    return kind


def _shape_class(word: str) -> str:
    if word.isspace():
        return "SPACE"
    if _DIGITS.fullmatch(word):
        return "DIGIT"
    if _LATIN.search(word):
        return "LATIN"
    if _PUNCT.fullmatch(word):
        return "PUNCT"
    for length, heads in head_prefixes():
        if len(word) > length:
            kind = heads.get(word[:length])
            if kind is not None:
                return "P-" + kind
    return OUTSIDE


def gazetteer_tags(words: list[str]) -> list[str]:
    """One class per word: B-/I-<gazetteer class> by longest token-sequence match, else a shape."""
    table, prefixes = gazetteer_table()
    get = table.get
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
        kind = _single_class(words[i])
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
