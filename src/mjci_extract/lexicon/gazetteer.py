"""Gazetteers: the word lists the rules use, read from data files shipped in the package.

Every list lives in `mjci_extract/data/gazetteers/` as a plain text or TSV file (`#` starts a
comment), so adding an honorific, a position or a country is a data change, not a code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from importlib.resources import files
from pathlib import Path


def _data_dir() -> Path:
    return Path(str(files("mjci_extract") / "data" / "gazetteers"))


def _rows(name: str, directory: Path | None = None) -> list[list[str]]:
    path = (directory or _data_dir()) / name
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def _words(name: str, directory: Path | None = None) -> tuple[str, ...]:
    """One entry per line, longest first so that alternations match the longest entry."""
    entries = {row[0] for row in _rows(name, directory) if row[0]}
    return tuple(sorted(entries, key=lambda w: (-len(w), w)))


@cache
def word_list(directory: Path, name: str) -> tuple[str, ...]:
    """`_words` read once per (folder, file): the rules look lists up per document, and a
    bounded cache smaller than the number of lists would read files again on the hot path."""
    return _words(name, directory)


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def word_pattern(directory: Path, name: str) -> re.Pattern[str]:
    """The words of one list file as a compiled alternation, built once per (folder, file)."""
    return re.compile(alternation(word_list(directory, name)))


@dataclass(frozen=True)
class Country:
    code: str
    names: tuple[str, ...]
    places: tuple[str, ...]


@dataclass(eq=False)
class Gazetteer:
    """All word lists, loaded once per process."""

    directory: Path = field(default_factory=_data_dir)
    _stopwords_by_kind: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    @cached_property
    def honorifics(self) -> tuple[str, ...]:
        return _words("honorifics.txt", self.directory)

    @cached_property
    def academic_titles(self) -> tuple[str, ...]:
        return _words("academic_titles.txt", self.directory)

    @cached_property
    def ranks(self) -> tuple[str, ...]:
        return _words("ranks.txt", self.directory)

    @cached_property
    def honorific_false_friends(self) -> tuple[str, ...]:
        return _words("honorific_false_friends.txt", self.directory)

    @cached_property
    def position_heads(self) -> tuple[str, ...]:
        return _words("position_heads.txt", self.directory)

    @cached_property
    def position_prefixes(self) -> tuple[str, ...]:
        return _words("position_prefixes.txt", self.directory)

    @cached_property
    def position_openers(self) -> tuple[str, ...]:
        """Position heads and abbreviated positions closed by a period ("รมว.", "รมช.")."""
        heads = set(self.position_heads)
        heads |= {a for a in self.position_abbreviations if a.endswith((".", "ฯ"))}
        return tuple(sorted(heads, key=lambda w: (-len(w), w)))

    @cached_property
    def _position_opener_pattern(self) -> re.Pattern[str]:
        return re.compile(
            f"(?:(?:{alternation(list(self.position_prefixes))}) ?)?"
            f"(?:{alternation(list(self.position_openers))})"
        )

    def opens_position(self, text: str) -> str | None:
        """The position word `text` opens with: a head or an abbreviated position, maybe after a
        prefix ("รองผู้จัดการ", "รักษาการอธิบดี", "รมว.การอุดมศึกษา")."""
        m = self._position_opener_pattern.match(text)
        return m.group() if m else None

    @cached_property
    def latin_non_names(self) -> frozenset[str]:
        return frozenset(_words("latin_non_names.txt", self.directory))

    @cached_property
    def place_words(self) -> tuple[str, ...]:
        return _words("place_words.txt", self.directory)

    @cached_property
    def weak_honorifics(self) -> tuple[str, ...]:
        return _words("weak_honorifics.txt", self.directory)

    @cached_property
    def state_words(self) -> tuple[str, ...]:
        return _words("state_words.txt", self.directory)

    @cached_property
    def company_heads(self) -> tuple[str, ...]:
        return _words("company_heads.txt", self.directory)

    @cached_property
    def company_closes(self) -> frozenset[str]:
        return frozenset(_words("company_closes.txt", self.directory))

    @cached_property
    def constituency_words(self) -> tuple[str, ...]:
        return _words("constituency_words.txt", self.directory)

    @cached_property
    def post_units(self) -> tuple[str, ...]:
        return _words("post_units.txt", self.directory)

    @cached_property
    def representative_words(self) -> frozenset[str]:
        return frozenset(_words("representative_words.txt", self.directory))

    @cached_property
    def eponym_heads(self) -> tuple[str, ...]:
        return _words("eponym_heads.txt", self.directory)

    @cached_property
    def people_words(self) -> tuple[str, ...]:
        return _words("people_words.txt", self.directory)

    @cached_property
    def position_office_markers(self) -> tuple[str, ...]:
        return _words("position_office_markers.txt", self.directory)

    @cached_property
    def chair_cues(self) -> tuple[str, ...]:
        return _words("chair_cues.txt", self.directory)

    @cached_property
    def person_list_cues(self) -> tuple[str, ...]:
        return _words("person_list_cues.txt", self.directory)

    @cached_property
    def venue_chunk_stops(self) -> tuple[str, ...]:
        return _words("venue_chunk_stops.txt", self.directory)

    @cached_property
    def venue_not_place(self) -> tuple[str, ...]:
        return _words("venue_not_place.txt", self.directory)

    @cached_property
    def venue_office_words(self) -> tuple[str, ...]:
        return _words("venue_office_words.txt", self.directory)

    @cached_property
    def project_count_units(self) -> tuple[str, ...]:
        return _words("project_count_units.txt", self.directory)

    @cached_property
    def project_number_units(self) -> tuple[str, ...]:
        return _words("project_number_units.txt", self.directory)

    @cached_property
    def meeting_not_anchor_before(self) -> dict[str, bool]:
        """Word -> whether it blocks only an unnumbered mention; a trailing "_" is one space."""
        return {
            row[0].removesuffix("_") + (" " if row[0].endswith("_") else ""): row[1:] == ["bare"]
            for row in _rows("meeting_not_anchor_before.tsv", self.directory)
        }

    # pythainlp's name lists and dictionary, shipped inside its wheel (no download); imported
    # here, lazily, because pythainlp is heavy and only the person rules and NER tags need them.
    @cached_property
    def given_names(self) -> frozenset[str]:
        from pythainlp.corpus import thai_female_names, thai_male_names

        return frozenset(thai_male_names()) | frozenset(thai_female_names())

    @cached_property
    def family_names(self) -> frozenset[str]:
        from pythainlp.corpus import thai_family_names

        return frozenset(thai_family_names())

    @cached_property
    def thai_words(self) -> frozenset[str]:
        from pythainlp.corpus import thai_words

        return frozenset(thai_words())

    @cached_property
    def dictionary_words(self) -> frozenset[str]:
        """pythainlp's dictionary words that are not also family names."""
        return self.thai_words - self.family_names

    @cached_property
    def organization_parents(self) -> tuple[str, ...]:
        return _words("organization_parents.txt", self.directory)

    @cached_property
    def ministry_short_names(self) -> frozenset[str]:
        return frozenset(_words("ministry_short_names.txt", self.directory))

    @cached_property
    def position_pattern(self) -> re.Pattern[str]:
        return re.compile(alternation(list(self.position_heads)))

    @cached_property
    def position_abbreviations(self) -> dict[str, str]:
        return {row[0]: row[1] for row in _rows("position_abbreviations.tsv", self.directory)}

    @cached_property
    def words_before_names(self) -> tuple[str, ...]:
        return _words("words_before_names.txt", self.directory)

    @cached_property
    def family_name_links(self) -> tuple[str, ...]:
        return _words("family_name_links.txt", self.directory)

    @cached_property
    def royal_words(self) -> tuple[str, ...]:
        return _words("royal_words.txt", self.directory)

    @cached_property
    def phrase_breaks(self) -> tuple[str, ...]:
        return _words("phrase_breaks.txt", self.directory)

    @cached_property
    def organization_heads(self) -> tuple[str, ...]:
        return _words("organization_heads.txt", self.directory)

    @cached_property
    def venue_heads(self) -> tuple[str, ...]:
        return _words("venue_heads.txt", self.directory)

    @cached_property
    def project_generic_after(self) -> tuple[str, ...]:
        return _words("project_generic_after.txt", self.directory)

    @cached_property
    def project_list_only_after(self) -> tuple[str, ...]:
        return _words("project_list_only_after.txt", self.directory)

    @cached_property
    def project_clause_words(self) -> tuple[str, ...]:
        return _words("project_clause_words.txt", self.directory)

    @cached_property
    def project_action_heads(self) -> tuple[str, ...]:
        return _words("project_action_heads.txt", self.directory)

    @cached_property
    def project_chunk_stops(self) -> tuple[str, ...]:
        return _words("project_chunk_stops.txt", self.directory)

    @cached_property
    def project_dangling(self) -> tuple[str, ...]:
        return _words("project_dangling.txt", self.directory)

    @cached_property
    def project_descriptive_after(self) -> tuple[str, ...]:
        return _words("project_descriptive_after.txt", self.directory)

    @cached_property
    def project_kind_tails(self) -> tuple[str, ...]:
        return _words("project_kind_tails.txt", self.directory)

    @cached_property
    def project_name_phrases(self) -> tuple[str, ...]:
        return _words("project_name_phrases.txt", self.directory)

    @cached_property
    def project_predicate_before(self) -> tuple[str, ...]:
        return _words("project_predicate_before.txt", self.directory)

    @cached_property
    def project_generic_names(self) -> frozenset[str]:
        return frozenset(_words("project_generic_names.txt", self.directory))

    @cached_property
    def project_qualifiers(self) -> tuple[re.Pattern[str], ...]:
        """What may follow a project's name after a space and still belong to its title."""
        path = self.directory / "project_qualifiers.txt"
        return tuple(
            re.compile(line.strip())
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")
        )

    @cached_property
    def stopwords(self) -> dict[str, frozenset[str]]:
        """Phrase-ending words, each with the phrase kinds it ends."""
        return {
            row[0]: frozenset(kind.strip() for kind in row[1].split(","))
            for row in _rows("stopwords.tsv", self.directory)
        }

    def stopwords_for(self, kind: str) -> tuple[str, ...]:
        """The words that end a phrase of `kind`, longest first (computed once per kind)."""
        cached = self._stopwords_by_kind.get(kind)
        if cached is None:
            words = [w for w, kinds in self.stopwords.items() if kind in kinds]
            cached = self._stopwords_by_kind[kind] = tuple(
                sorted(words, key=lambda w: (-len(w), w))
            )
        return cached

    @cached_property
    def countries(self) -> tuple[Country, ...]:
        out = []
        for row in _rows("countries.tsv", self.directory):
            names = tuple(n for n in row[1].split("|") if n) if len(row) > 1 else ()
            places = tuple(p for p in row[2].split("|") if p) if len(row) > 2 else ()
            out.append(Country(row[0], names, places))
        return tuple(out)

    @cached_property
    def provinces(self) -> tuple[str, ...]:
        return tuple(row[0] for row in _rows("provinces.tsv", self.directory))

    @cached_property
    def place_to_country(self) -> dict[str, str]:
        """Every country name, alias, capital, city and Thai province, mapped to its ISO code."""
        table: dict[str, str] = {}
        for country in self.countries:
            for name in country.names + country.places:
                table.setdefault(name, country.code)
        for province in self.provinces:
            table.setdefault(province, "TH")
            table.setdefault("จังหวัด" + province, "TH")
            table.setdefault("จ." + province, "TH")
        return table

    @cached_property
    def place_pattern(self) -> re.Pattern[str]:
        return re.compile(alternation(list(self.place_to_country)))


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer()
