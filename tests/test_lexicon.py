"""The word lists moved out of the rules into data files, and the shared Thai character classes."""

from __future__ import annotations

import re

import pytest
from pythainlp import thai_digits
from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names, thai_words

from mjci_extract.lexicon import thai
from mjci_extract.lexicon.gazetteer import Gazetteer, _data_dir, _rows, word_list

# Data file -> the Gazetteer accessor that reads it.
MOVED_LISTS = {
    "position_office_markers.txt": "position_office_markers",
    "chair_cues.txt": "chair_cues",
    "venue_chunk_stops.txt": "venue_chunk_stops",
    "venue_not_place.txt": "venue_not_place",
    "meeting_not_anchor_before.tsv": "meeting_not_anchor_before",
    "venue_office_words.txt": "venue_office_words",
    "project_count_units.txt": "project_count_units",
    "project_number_units.txt": "project_number_units",
    "person_list_cues.txt": "person_list_cues",
}
# Files the meeting and venue rules read by name through the cached `word_list`.
READ_BY_NAME = (
    "meeting_back_references.txt",
    "meeting_generic_after.txt",
    "online_venue_kinds.txt",
)


def _chars(char_class: str) -> set[str]:
    """Every character a `[...]` class built from the constant matches."""
    pattern = re.compile(f"[{char_class}]")
    return {chr(c) for c in range(0x110000) if pattern.fullmatch(chr(c))}


def _span(first: int, last: int) -> set[str]:
    return {chr(c) for c in range(first, last + 1)}


@pytest.mark.parametrize("name", sorted([*MOVED_LISTS, *READ_BY_NAME]))
def test_moved_list_file_is_clean(name: str) -> None:
    entries = [row[0] for row in _rows(name)]
    assert entries, name
    assert len(entries) == len(set(entries)), f"{name}: duplicate entries"
    raw = (_data_dir() / name).read_text(encoding="utf-8").splitlines()
    for line in raw:
        if line and not line.startswith("#"):
            first = line.split("\t")[0]
            assert first == first.strip() and first, f"{name}: padded entry {line!r}"


@pytest.mark.parametrize(("name", "accessor"), sorted(MOVED_LISTS.items()))
def test_moved_list_loads_through_the_gazetteer(name: str, accessor: str) -> None:
    words = getattr(Gazetteer(), accessor)
    assert len(words) == len(_rows(name))


@pytest.mark.parametrize("name", READ_BY_NAME)
def test_list_read_by_name_loads(name: str) -> None:
    assert len(word_list(_data_dir(), name)) == len(_rows(name))


def test_meeting_not_anchor_before_reads_spaces_and_bare_words() -> None:
    table = Gazetteer().meeting_not_anchor_before
    assert table["ระบบ "] is False and table["ระบบ"] is False
    assert {w for w, bare in table.items() if bare} == {"ผู้เข้าร่วม", "ผู้ร่วม", "เป็น"}
    assert not any(w.endswith("_") for w in table)


def test_thai_ranges_are_the_ones_they_replace() -> None:
    # Pinned by code point: a change to a constant changes what the rules match.
    assert thai.THAI_BLOCK == "\u0e00-\u0e7f"
    assert _chars(thai.THAI_BLOCK) == _span(0x0E00, 0x0E7F)
    assert thai.THAI_LETTERS == "\u0e01-\u0e4e"
    assert _chars(thai.THAI_LETTERS) == _span(0x0E01, 0x0E4E)
    assert thai.THAI_CONSONANTS == "\u0e01-\u0e2e"
    assert _chars(thai.THAI_CONSONANTS) == _span(0x0E01, 0x0E2E) == _span(ord("ก"), ord("ฮ"))
    assert thai.THAI_NON_INITIAL == "\u0e30-\u0e3a\u0e45-\u0e4e"
    assert _chars(thai.THAI_NON_INITIAL) == _span(0x0E30, 0x0E3A) | _span(0x0E45, 0x0E4E)
    assert thai.THAI_DIGIT_RANGE == "\u0e50-\u0e59"
    assert _chars(thai.THAI_DIGIT_RANGE) == _span(ord("๐"), ord("๙"))


def test_thai_digits_are_pythainlps() -> None:
    assert thai.THAI_DIGITS == thai_digits == "๐๑๒๓๔๕๖๗๘๙"
    assert "๐๑๒๓๔๕๖๗๘๙ ๑๒.๕".translate(thai.THAI_TO_ASCII_DIGITS) == "0123456789 12.5"


def test_gazetteer_name_lists_are_pythainlps() -> None:
    gaz = Gazetteer()
    assert gaz.given_names == frozenset(thai_male_names()) | frozenset(thai_female_names())
    assert gaz.family_names == frozenset(thai_family_names())
    assert gaz.thai_words == frozenset(thai_words())
    assert gaz.dictionary_words == gaz.thai_words - gaz.family_names
