"""Officials: a name with its honorific or rank, English name, position, organization and role.

A mention is found three ways: an honorific, academic title or rank followed by a Thai name
("นายสำลี บุษดี", "พล.ต.อ.พัชรวาท วงษ์สุวรรณ", "ศ.พิเศษ วิศิษฏ์ ..."); an abbreviated position
followed by a given name ("รมว.เอกนัฏ", "นายกฯ เศรษฐา"); or a PERSON span from the NER model.
Then the phrase after the name is read chunk by chunk: English name in parentheses, position,
organization. Mentions of one person (full name, then given name alone) become one official.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from pydantic import PositiveInt

from mjci_extract.core.config import Section, config_section
from mjci_extract.core.draft import RecordDraft
from mjci_extract.core.registry import Resources, component
from mjci_extract.extract.common import (
    Chunk,
    Overlaps,
    chunks,
    cut_at_token,
    names_a_station,
    royal_name_end,
    starts_with_any,
    station_chunk,
)
from mjci_extract.lexicon.gazetteer import alternation, word_list
from mjci_extract.lexicon.thai import THAI_CONSONANTS, THAI_DIGIT_RANGE, THAI_LETTERS
from mjci_extract.record.models import Official
from mjci_extract.text.doc import Doc
from mjci_extract.text.layout import Layout, Line
from mjci_extract.text.model_spans import ModelSpans, in_cue_windows
from mjci_extract.text.segment import Tokens

# "(Mr. Samly Boutsady)", "(H.E. Mr. ...)", "(Maj. Gen. Kyaw Zaw Oo)", "(Dasho Kezang Wangdi)".
_ENGLISH_TITLES = (
    r"H\.E\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Professor|Prof\.?|Assoc\.|Asst\.|Gen\.|Lt\.|Col\.|Maj\.|"
    r"Adm\.|Pol\.|Capt\.|Sir|Dame|Dasho|Datuk|Dato'?|Tan Sri|Seri|Sri|Excellency|His|Her"
)
# Latin letters of a name, accented ones included ("António Guterres", "Zoë").
_LATIN_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_ENGLISH_NAME = re.compile(
    rf"\s?\(\s?(?:(?:{_ENGLISH_TITLES})\s?)*"
    rf"(?P<name>[A-Z\u00c0-\u00de][{_LATIN_LETTERS}.'\- ]{{1,60}}?)\s?\)"
)
# Thai transcriptions of foreign names run over several chunks ("จ่อ ซอ อู", "โจเซฟ อาร์. ไบเดน").
_NAME_CHUNK = re.compile(f"[{THAI_LETTERS}][{THAI_LETTERS}.\\-]{{0,24}}")
MAX_NAME_CHUNKS = 4
# Titles that vouch for the name after them: what follows is read as a family name only when it
# looks like one; other mentions (a headline's post, the model) read any word after the name.
# ThaiNER keeps these titles inside a PERSON span ("นายสมชาย ใจดี"); a position abbreviation
# before a name ("ผวจ.") is no title.
_TITLE_KINDS = ("honorific", "academic", "rank")
_GIVEN_NAME = re.compile(f"[{THAI_LETTERS}]{{2,30}}")
_QUOTES = "\"'"
_CO_CHAIR_LINK = re.compile(r"ร่วมกับ\s?$")


@dataclass
class PersonMention:
    start: int  # of the whole mention, honorific included
    end: int  # end of the phrase read (position / organization included)
    name_start: int
    name_end: int
    given: str
    family: str | None
    honorific: str | None
    honorific_kind: str | None  # "honorific", "academic", "rank", "position-abbreviation", "model"
    name_en: str | None = None
    position: tuple[int, int] | None = None
    organization: tuple[int, int] | None = None
    role: str = "participant"
    chair_cue: int | None = None  # offset of the "เป็นประธาน" cue that made this a chair
    in_body: bool = True
    source: str = "rule"
    # a headline's "“รมช.อัครา”": a name sure enough to make an official outside the body
    names_alone: bool = False

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}" if self.family else self.given


@config_section("persons")
class PersonsSettings(Section):
    """[persons]: each key's value and what it does are in default.cfg."""

    use_model: bool
    model_scope: Literal["cues", "all"]
    title_office_reach: PositiveInt
    glued_name_reach: PositiveInt
    name_reach: PositiveInt
    phrase_reach: PositiveInt
    chair_cue_window: PositiveInt
    co_chair_gap: PositiveInt
    bracketed_position_reach: PositiveInt
    english_position_reach: PositiveInt
    appointed_position_reach: PositiveInt
    committee_name_chunks: PositiveInt


@dataclass
class OfficialGroup:
    """The mentions of one person (full name first, then given-name-only mentions)."""

    mentions: list[PersonMention] = field(default_factory=list)

    @property
    def primary(self) -> PersonMention:
        full = [m for m in self.mentions if m.family]
        return full[0] if full else self.mentions[0]


@lru_cache(maxsize=4)
def _title_pattern(
    honorifics: tuple[str, ...], academic: tuple[str, ...], ranks: tuple[str, ...]
) -> re.Pattern[str]:
    title = alternation(list(honorifics) + list(academic) + list(ranks))
    # Titles stack ("พลเอก ดร.", "ศ.ดร.", "ว่าที่ร้อยตรี นาย"), with or without a space between.
    return re.compile(f"(?P<titles>(?:(?:{title}) ?){{1,3}})(?=[{THAI_LETTERS}])")


@lru_cache(maxsize=4)
def _abbreviation_pattern(abbreviations: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        f"(?P<abbr>{alternation(list(abbreviations))})(?:[ ]?[{_QUOTES}]?)(?P<name>[{THAI_LETTERS}]{{2,30}})"
    )


@lru_cache(maxsize=4)
def _chair_cues(words: tuple[str, ...]) -> re.Pattern[str]:
    """chair_cues.txt as one pattern: the first cue after a mention makes it the chair."""
    return re.compile(alternation(words))


@lru_cache(maxsize=4)
def _rank_pattern(ranks: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(alternation([r for r in ranks if len(r) > 2]))


def _classify_titles(titles: str, analysis: Doc) -> tuple[str, str]:
    gaz = analysis.gazetteer
    stripped = titles.strip()
    if _rank_pattern(gaz.ranks).search(stripped):
        return stripped, "rank"
    if starts_with_any(stripped, gaz.academic_titles):
        return stripped, "academic"
    return stripped, "honorific"


def find_person_mentions(
    analysis: Doc, model_person_spans: list[tuple[int, int]] = ()
) -> list[PersonMention]:
    text = analysis.text
    gaz = analysis.gazetteer
    pattern = _title_pattern(gaz.honorifics, gaz.academic_titles, gaz.ranks)
    mentions: list[PersonMention] = []
    taken: list[tuple[int, int]] = []
    last_name_end = -1
    for m in pattern.finditer(text):
        start = m.start()
        if start < last_name_end:
            continue  # inside the name just read ("นายอิทธิพล คุณปลื้ม")
        if not _starts_word(analysis, start):
            continue
        if _inside_a_word(analysis, start, m.group("titles")) and not _glued_weak_title_ok(
            analysis, start, m.end(), m.group("titles")
        ):
            continue
        if _false_friend(analysis, start) and not _name_then_position(analysis, start, m.end()):
            continue
        titles = m.group("titles")
        # A Thai honorific must be a word of its own: "นายก" in "นายกรัฐมนตรี" is not "นาย".
        last_title = titles.rstrip()
        glued = re.fullmatch(f"[{THAI_LETTERS}]+", last_title) and not analysis.is_token_boundary(
            m.end()
        )
        # When the tokenizer split the title off a preceding word ("มีนา|ย"), its word boundaries
        # around the title say nothing; the word before the title vouches for it instead.
        tokenized_apart = analysis.is_token_boundary(start)
        if (
            glued
            and tokenized_apart
            and not _is_split_name(analysis, m.end())
            and not _name_then_position(analysis, start, m.end())
        ):
            continue
        if _after_eponym_head(analysis, start):
            continue
        if starts_with_any(titles, gaz.royal_words) and starts_with_any(
            text[m.end() :], gaz.royal_words
        ):
            continue  # "สมเด็จฯ กรมพระยา...": a royal title and name, not an official
        mention = _read_name(analysis, start, m.end(), titles)
        if mention is None or _common_words_after_weak_title(analysis, mention, titles):
            continue
        mentions.append(mention)
        taken.append((mention.start, mention.name_end))
        last_name_end = mention.name_end
    mentions.extend(_abbreviated_position_mentions(analysis, taken))
    mentions.extend(_latin_name_mentions(analysis, taken + [(x.start, x.end) for x in mentions]))
    family_parts = {part for m in mentions if m.family for part in m.family.split()}
    for s, e in model_person_spans:
        if any(s < te and ts < e for ts, te in taken + [(x.start, x.name_end) for x in mentions]):
            continue
        if _after_eponym_head(analysis, s):
            continue
        mention = _model_mention(analysis, s, e)
        # A family name found alone ("กุญชรยาคง จุลเจริญ" after "ดร.วันดี กุญชรยาคง") is no new person.
        if mention is not None and mention.given not in family_parts:
            mentions.append(mention)
    mentions.sort(key=lambda x: x.start)
    mentions.extend(_untitled_list_mentions(analysis, mentions))
    mentions.sort(key=lambda x: x.start)
    starts = [m.start for m in mentions]
    for mention in mentions:
        _read_phrase_after(analysis, mention, mentions, starts)
        mention.in_body = analysis.in_body(mention.start)
    _share_positions(analysis, mentions)
    _cut_names_run_into_verbs(analysis, mentions)
    named = Counter(m.given for m in mentions if m.family)
    return [
        m
        for m in mentions
        if _rank_name_ok(analysis, m, named) and _weak_name_ok(analysis, m, named)
    ]


def _weak_name_ok(analysis: Doc, mention: PersonMention, named: Counter[str]) -> bool:
    """Words of the sentence read as a name: a stopword read as the given name ("นายกรัฐมนตรีที่
    หมู่ 2", "นายกรัฐมนตรีพร้อม") or opening it ("ไฟเซอร์หรือโมเดอร์นา", "ทุกนาย สามารถเลือก...");
    and, where no honorific vouches for the name (the model's span, a name after a post), a
    dictionary word no list of given names knows, with no family name. A given name the brief
    writes with a family name elsewhere (`named`) stays."""
    gaz = analysis.gazetteer
    given = mention.given
    if named[given] > bool(mention.family):
        return True
    # a stopword with no family name, or with a word of the language after it ("ที่ หมู่"),
    # whatever the list of given names says (it holds "พร้อม", "ที่"); with a family name it
    # may be a real name ("สามารถ เจนชัยจิตรวนิช")
    family = mention.family
    if given in gaz.stopwords and (not family or family in gaz.dictionary_words):
        return False
    # a long stopword opening the "name" ("หรือโมเดอร์นา", "สามารถเลือก...", "ระหว่างนาย..."); a
    # short one is often the tokenizer's first piece of a rare name ("มี|ศักดิ์", "ณ|ภัทรา")
    first = _token_at(analysis, mention.name_start)
    if (
        len(first) >= _LONG_STOPWORD
        and first in gaz.stopwords
        and first != given
        and given not in gaz.given_names
    ):
        return False
    if mention.honorific_kind in _TITLE_KINDS:
        return True
    return bool(mention.family) or given in gaz.given_names or given not in gaz.dictionary_words


def _token_at(analysis: Doc, offset: int) -> str:
    """The token of the tokenizer that starts at `offset` (up to the next token bound)."""
    return analysis.text[offset : analysis.next_token_bound(offset)]


def _rank_name_ok(analysis: Doc, mention: PersonMention, named: Counter[str]) -> bool:
    """A rank with no post makes an official by itself, so what follows a rank word must read as
    a name. A rank written as a category ("ผู้บังคับการและพลตำรวจตรีขึ้นไป", "ชั้นยศพันเอก
    นาวาเอกและนาวาอากาศเอก") is followed by no name: a word that is no known given name and no
    family name after it, or a conjunction or another rank. A known given name with a verb glued
    on ("พล.อ.ประยุทธ์ได้...") is cut back to the given name (gold.md: a given name alone is
    copied as written). A given name the brief gives with a family name elsewhere (`named`) is a
    name whatever the lists say."""
    if mention.honorific_kind != "rank" or mention.source != "rule":
        return True
    if mention.position or mention.organization:
        return True
    gaz = analysis.gazetteer
    given = mention.given
    if given in gaz.given_names or named[given] > bool(mention.family):
        return True
    if (
        starts_with_any(given, gaz.ranks)
        or _token_at(analysis, mention.name_start) in gaz.stopwords
    ):
        return False
    known = next(
        (
            given[:n]
            for n in range(len(given) - 1, 2, -1)
            if (given[:n] in gaz.given_names or given[:n] in named)
            and analysis.is_token_boundary(mention.name_start + n)
            and _token_at(analysis, mention.name_start + n) in gaz.stopwords
        ),
        "",
    )
    if not known:
        return bool(mention.family)
    mention.given = known
    mention.family = None
    mention.name_end = mention.end = mention.name_start + len(known)
    return True


def _verb_like(analysis: Doc, start: int, end: int) -> bool:
    """text[start:end], read as the rest of a name, is the sentence going on ("เปิดเผยว่า",
    "ยังกล่าวถึง...", "มุ่งสร้าง..."): it opens with a phrase break or its first word is a
    stopword; never a known family name (a dictionary word may be one: "ทวีสิน")."""
    gaz = analysis.gazetteer
    rest = analysis.text[start:end].replace(" ", "")
    if not rest or rest in gaz.family_names:
        return False
    if starts_with_any(rest, gaz.phrase_breaks):
        return True
    # a whole word of the dictionary that no family list knows ("เปิดตัว", "ยืนยัน", "รุด")
    if rest in gaz.dictionary_words:
        return True
    bounds = analysis.token_bounds
    at = bisect.bisect_right(bounds, start)
    first = analysis.text[start : min(bounds[at], end) if at < len(bounds) else end]
    return first in gaz.stopwords


def _dictionary_run(analysis: Doc, start: int, end: int) -> bool:
    """text[start:end] is made of dictionary words only ("ผนึก|กำลัง", "ห่วงใย|แรงงาน|ไทย") and
    is no known family name: words of a sentence, not a name."""
    gaz = analysis.gazetteer
    if analysis.text[start:end].replace(" ", "") in gaz.family_names:
        return False
    bounds = analysis.token_bounds
    at = bisect.bisect_left(bounds, start)
    if at >= len(bounds) or bounds[at] != start:
        return False
    cursor = start
    for bound in bounds[at + 1 :]:
        if bound > end:
            return False
        word = analysis.text[cursor:bound].strip()
        if word and word not in gaz.dictionary_words and word not in gaz.stopwords:
            return False
        cursor = bound
        if bound == end:
            return True
    return False


def _cut_names_run_into_verbs(analysis: Doc, mentions: list[PersonMention]) -> None:
    """A person of the brief (full name "ประเสริฐ จันทรรวงทอง" elsewhere) named by the given name
    alone, the verb after it read as the family name ("นายประเสริฐ เปิดเผยว่า", glued:
    "พล.อ.ประยุทธ์มุ่งสร้าง..."). Such a mention is cut back to the given name (then grouped with
    the full name), and what was read after the verb is no position of that person."""
    families: dict[str, list[PersonMention]] = {}
    for mention in mentions:
        if mention.family and mention.source == "rule":
            families.setdefault(mention.given, []).append(mention)
    if not families:
        return
    for mention in mentions:
        # a weak mention (no honorific: a headline's "รองนายกฯ ประเสริฐ ผนึกกำลัง...", the
        # model's "ณัฐพล รุด...") reads whatever follows the given name as its family name
        weak = mention.honorific_kind not in _TITLE_KINDS
        if mention.source != "rule" and not weak:
            continue
        given = mention.given
        if mention.family and any(o is not mention for o in families.get(given, ())):
            rest_start = mention.name_end - len(mention.family)
        else:
            # glued: the known given name is a prefix of the chunk read as the given name, and
            # what was read after it ("พล.อ.ประยุทธ์ผลักดันโครงการนี้ เนื่องจาก...") goes too
            given = next(
                (given[:n] for n in range(len(given) - 1, 1, -1) if given[:n] in families),
                "",
            )
            if not given:
                continue
            rest_start = mention.name_start + len(given)
        others = [
            o
            for o in families.get(given, ())
            if o is not mention and o.family and o.family != mention.family
        ]
        if weak:
            others = [o for o in others if o.honorific_kind in _TITLE_KINDS]
        if not others:
            continue
        # the rest is the sentence: its first word a stopword or a phrase break, or words of
        # the dictionary only ("ผลักดัน|ศูนย์|ธุรกิจ", "ในอนาคต|หรือไม่")
        glued = mention.given != given
        if not _verb_like(analysis, rest_start, mention.name_end):
            # glued, the words glued on are the sentence ("ผลักดัน|โครงการ|นี้")
            words_end = mention.name_start + len(mention.given) if glued else mention.name_end
            if not _dictionary_run(analysis, rest_start, words_end):
                continue
            if not weak:
                # after a title such words make family names too ("หัก|พาล", "เทพ|ตุ่น", a
                # second person of the same given name): the sentence only where the full
                # name was written before with its position (a brief names a person in full
                # first, then by the given name), and where the rest is glued to the given
                # name, no position follows it or it opens with a stopword ("ใน|อนาคต")
                others = [o for o in others if o.start < mention.start and o.position]
                if not others or (
                    not glued
                    and mention.position is not None
                    and not starts_with_any(
                        _token_at(analysis, rest_start), tuple(analysis.gazetteer.stopwords)
                    )
                ):
                    continue
        if all(_verb_like(analysis, o.name_end - len(o.family), o.name_end) for o in others):
            continue  # no trustworthy full name to merge with
        mention.given = given
        mention.family = None
        mention.name_end = mention.end = mention.name_start + len(given)
        mention.position = mention.organization = None


def _starts_word(analysis: Doc, offset: int) -> bool:
    if offset == 0:
        return True
    before = analysis.text[offset - 1]
    if before in " \n(\"'“‘":
        return True
    if analysis.is_token_boundary(offset):
        return True
    # The tokenizer can glue a short word to a title ("มีนาย..." as "มีนา|ย"): a name may follow
    # these words directly.
    preceding = analysis.text[max(0, offset - 12) : offset]
    return any(preceding.endswith(word) for word in analysis.gazetteer.words_before_names)


def _inside_a_word(analysis: Doc, offset: int, titles: str) -> bool:
    """A title in the middle of a chunk that is no name: a weak honorific ("ขอบคุณ",
    "พระเทพประสิทธิคุณ") or any title inside a royal or monastic name ("พระ...")."""
    text = analysis.text
    if offset == 0 or text[offset - 1] in " \n(\"'":
        return False
    chunk_start = max(text.rfind(" ", 0, offset), text.rfind("\n", 0, offset)) + 1
    if starts_with_any(text[chunk_start:offset], analysis.gazetteer.royal_words):
        return True
    if titles.rstrip().endswith(".") and _ABBREVIATION_LEAD.fullmatch(text[chunk_start:offset]):
        return True  # "ดศ. ...": the end of a longer abbreviation, not the title "ศ."
    return bool(starts_with_any(titles, analysis.gazetteer.weak_honorifics))


def _glued_weak_title_ok(analysis: Doc, start: int, end: int, titles: str) -> bool:
    """A weak honorific glued to a word a name may follow ("และคุณบาร์บารา ล็อคบิห์เลอร์
    คณะกรรมการ...", "โดยมีคุณนรีลักษณ์ แพไชยภูมิ ผู้อำนวยการ..."; words_before_names.txt) starts
    a name when a family name and a position word vouch for it ("และคุณภาพชีวิต" is no name)."""
    gaz = analysis.gazetteer
    if not starts_with_any(titles, gaz.weak_honorifics):
        return False
    preceding = analysis.text[max(0, start - 12) : start]
    if not any(preceding.endswith(word) for word in gaz.words_before_names):
        return False
    return _name_then_position(analysis, start, end)


# The consonants of an abbreviation written before a title's last letters ("ด" of "ดศ.").
_ABBREVIATION_LEAD = re.compile(f"[{THAI_CONSONANTS}]{{1,3}}")


def _false_friend(analysis: Doc, offset: int) -> bool:
    text = analysis.text
    for word in analysis.gazetteer.honorific_false_friends:
        if text.startswith(word, offset):
            end = offset + len(word)
            if (
                end >= len(text)
                or not re.match(f"[{THAI_LETTERS}]", text[end])
                or analysis.is_token_boundary(end)
            ):
                return True
    return False


def _name_then_position(analysis: Doc, start: int, offset: int) -> bool:
    """ "และนายมนินธ์ สุทธิวัฒนานิติ ผู้อำนวยการ...": a rare given name the tokenizer glued to
    its honorific, told by a family name and a position word after it (and the title with what
    follows is no office itself: "นายกองค์การบริหารส่วนตำบล...")."""
    settings = analysis.settings(PersonsSettings)
    head = analysis.text[start : start + settings.title_office_reach]
    if starts_with_any(head, analysis.gazetteer.position_heads):
        return False
    line = analysis.line_at(offset)
    after = chunks(analysis.text, offset, min(line.end, offset + settings.glued_name_reach))
    if len(after) < 3 or after[0].start != offset:
        return False
    given = after[0]
    position = _after_family_name(analysis, after, 1)
    return (
        bool(_GIVEN_NAME.fullmatch(given.text))
        and after[1].start == given.end + 1
        and position is not None
        and bool(analysis.gazetteer.opens_position(position.text))
    )


def _after_family_name(analysis: Doc, after: list[Chunk], at: int) -> Chunk | None:
    """The chunk right after the family name that opens at after[at], each part a chunk of its
    own: a family name ("มนินธ์ สุทธิวัฒนานิติ"), ณ and a word ("ลสิต ณ นคร"), or both
    ("ลสิต อิศรางกูร ณ อยุธยา"); family_name_links.txt, _part_after_na. None when there is none."""
    links = analysis.gazetteer.family_name_links

    def link_at(i: int) -> bool:
        return (
            i + 2 < len(after)
            and after[i].text in links
            and after[i + 1].start == after[i].end + 1
            and after[i + 2].start == after[i + 1].end + 1
            and _part_after_na(analysis, after[i + 1], after[i + 2])
        )

    if link_at(at):
        return after[at + 2]
    if at + 1 >= len(after) or not _family_name_ok(analysis, after[at]):
        return None
    if after[at + 1].start != after[at].end + 1:
        return None
    return after[at + 3] if link_at(at + 1) else after[at + 1]


def _common_words_after_weak_title(analysis: Doc, mention: PersonMention, titles: str) -> bool:
    """ "ให้เรียกสรรพนาม คุณลูกค้า แทน...", "คุณธรรม โปร่งใส": a weak honorific before a common
    word that is no known given name, with no family name or a common word for one, is a form of
    address or part of a word, not a person."""
    gaz = analysis.gazetteer
    if not starts_with_any(titles, gaz.weak_honorifics):
        return False
    if mention.given not in gaz.dictionary_words or mention.given in gaz.given_names:
        return False
    return mention.family is None or mention.family in gaz.dictionary_words


def _after_eponym_head(analysis: Doc, offset: int) -> bool:
    """ "มูลนิธิ พล.ต.อ.เภา สารสิน": a title right after a word for something named after someone."""
    window = analysis.text[max(0, offset - 30) : offset]
    before = window[:-1] if window.endswith(" ") else window
    # "อาคาร 99 ปี หม่อมหลวงชูชาติ กำภู": an anniversary between the word and the title
    before = _EPONYM_NUMBER.sub("", before)
    return before.endswith(analysis.gazetteer.eponym_heads)


_EPONYM_NUMBER = re.compile(f" ?[0-9{THAI_DIGIT_RANGE}]{{1,4}} ?ปี$")


def _is_split_name(analysis: Doc, offset: int) -> bool:
    """The tokenizer glued an honorific to a name ("นายก|ฤษฎา"): accept known given names."""
    m = _GIVEN_NAME.match(analysis.text, offset)
    return bool(m) and m.group() in analysis.gazetteer.given_names


_FAMILY_NAME_WORD = re.compile(
    f"[{THAI_LETTERS}]{{2,25}}|[{THAI_LETTERS}]{{2,12}}-[{THAI_LETTERS}]{{2,12}}"
)


def _family_name_ok(analysis: Doc, chunk: Chunk) -> bool:
    gaz = analysis.gazetteer
    word = chunk.text
    # "แสง-ชูโต", "บุญ-หลง": a family name may join two words with a hyphen
    if not _FAMILY_NAME_WORD.fullmatch(word):
        return False
    if starts_with_any(word, gaz.position_heads) or starts_with_any(word, gaz.organization_heads):
        return False
    if starts_with_any(word, tuple(gaz.stopwords)) and word not in gaz.family_names:
        return False
    if (
        starts_with_any(word, gaz.honorifics + gaz.ranks + gaz.academic_titles)
        and word not in gaz.family_names
    ):
        return False
    return word not in gaz.place_to_country


def _read_name(analysis: Doc, start: int, name_start: int, titles: str) -> PersonMention | None:
    text = analysis.text
    given = _GIVEN_NAME.match(text, name_start)
    if not given or starts_with_any(given.group(), analysis.gazetteer.place_words):
        return None
    given_end = given.end()
    # "นายแพทย์ชลน่านกล่าวว่า", "ร้อยตรี สรมงคลฯ": a verb or an abbreviation mark glued on
    given_end = _name_part_end(analysis, Chunk(given.start(), given_end, given.group()))
    given_end = _glued_post_in_name(analysis, Chunk(given.start(), given_end, given.group()))
    given_text = text[given.start() : given_end]
    # The given name ends at a word that cannot be part of it ("น.ส.ธีรรัตน์ได้..." is rare, but
    # "นายกฯ" style glue is handled by false friends); trust the space-separated chunk.
    family = None
    name_end = given_end
    line_end = analysis.line_at(start).end
    reach = analysis.settings(PersonsSettings).name_reach
    after = [_without_closing(c) for c in chunks(text, given_end, min(line_end, given_end + reach))]
    gaz = analysis.gazetteer
    if after and after[0].start == given_end + 1:
        first = after[0]
        following = after[1] if len(after) > 1 else None
        glued = _glued_position(analysis, first)
        if glued is not None:
            # the rest of the chunk is what follows the name ("รังสิตพล|ปลัดกระทรวง...")
            following = Chunk(glued, first.end, text[glued : first.end])
            first = Chunk(first.start, glued, text[first.start : glued])
            after = [first, following]
        before_english = _chunks_before_english_name(analysis, after)
        if before_english:
            family = " ".join(c.text for c in before_english)
            name_end = before_english[-1].end
        elif (
            start > 0
            and text[start - 1] == "("
            and text.startswith(")", first.end)
            and re.fullmatch(f"[{THAI_LETTERS}]{{2,25}}", first.text)
            and first.text not in gaz.stopwords
            and first.text not in gaz.dictionary_words
        ):
            # "(นายคมน์ มีสี)": the parenthesis closes the name
            family = first.text
            name_end = first.end
        elif (
            first.text == "ณ"
            and following is not None
            and _part_after_na(analysis, following, after[2] if len(after) > 2 else None)
        ):
            family = f"ณ {following.text}"
            name_end = following.end
        elif _family_name_ok(analysis, first) or (
            # "ทองเปลว กองจันทร์ ปลัดกระทรวง...": a family name that opens like an office word,
            # recognisable because the position follows it
            re.fullmatch(f"[{THAI_LETTERS}]{{2,25}}", first.text)
            and following is not None
            and following.start in (first.end, first.end + 1)
            and gaz.opens_position(following.text)
            and not gaz.opens_position(first.text)
            # "มีสี", "ณัฏฐสมบูรณ์", "ในวงศ์" open like a stopword; a stopword itself or a
            # dictionary word ("ในฐานะ", "มีความเห็น") is no family name
            and first.text not in gaz.stopwords
            and first.text not in gaz.dictionary_words
            and len(starts_with_any(first.text, tuple(gaz.stopwords)) or "") < _LONG_STOPWORD
            and not starts_with_any(first.text, _long_breaks(gaz.phrase_breaks))
        ):
            family = first.text
            name_end = first.end
            linked = _linked_family_part(analysis, after)
            if linked is not None:
                family = text[first.start : linked.end]
                name_end = linked.end
            # A third name part ("รัดเกล้า อินทวงศ์ สุวรรณคีรี"), again told by the position after it.
            third = after[2] if len(after) > 2 else None
            if (
                following is not None
                and third is not None
                and following.start == first.end + 1
                and _family_name_ok(analysis, following)
                and following.text not in gaz.position_prefixes
                # "นายก ข ขณะดำรงตำแหน่ง ผวจ.กระบี่": the word that introduces the post is none
                and not starts_with_any(
                    following.text, word_list(gaz.directory, "position_intro_words.txt")
                )
                and starts_with_any(third.text, gaz.position_heads)
            ):
                family = f"{first.text} {following.text}"
                name_end = following.end
    honorific, kind = _classify_titles(titles, analysis)
    return PersonMention(
        start=start,
        end=name_end,
        name_start=name_start,
        name_end=name_end,
        given=given_text,
        family=family,
        honorific=honorific,
        honorific_kind=kind,
    )


def _linked_family_part(analysis: Doc, after: list[Chunk]) -> Chunk | None:
    """ "นางบุญภาดา พึ่งบุญ ฯ อรุณเบิกฟ้า ผู้อำนวยการ...": a family name that goes on past a
    linking word (family_name_links.txt) with a part the position after it vouches for."""
    if len(after) < 4:
        return None
    first, link, part, position = after[:4]
    if (
        link.text in analysis.gazetteer.family_name_links
        and link.start == first.end + 1
        and part.start == link.end + 1
        and position.start == part.end + 1
        and (_family_name_ok(analysis, part) or _part_after_na(analysis, part, position))
        and analysis.gazetteer.opens_position(position.text)
    ):
        return part
    return None


def _part_after_na(analysis: Doc, part: Chunk, following: Chunk | None) -> bool:
    """The word after ณ is a family name's ("นายจักกพงศ์ ณ บางช้าง"), not the place a given name
    is at ("นายสมชาย ณ ทำเนียบรัฐบาล"). The family names of royal descendants are ณ and a place
    ("ณ ระนอง", "ณ นคร", "ณ เชียงใหม่", "ณ สงขลา"): a place or venue word there is the family's
    only when a position opens right after it ("นายกิตติรัตน์ ณ ระนอง ประธานที่ปรึกษา...")."""
    gaz = analysis.gazetteer
    venue = starts_with_any(part.text, gaz.venue_heads)
    if _family_name_ok(analysis, part) and not venue:
        return True
    return (
        (bool(venue) or part.text in gaz.place_to_country)
        and re.fullmatch(f"[{THAI_LETTERS}]{{2,25}}", part.text) is not None
        and following is not None
        and gaz.opens_position(following.text) is not None
    )


# A family name may open like a short stopword ("มีสี", "ณัฏฐสมบูรณ์"), never like a long one
# ("กล่าวต่อว่า").
_LONG_STOPWORD = 4
# A position word glued to the family name starts this far into the chunk at the earliest, and
# is this long at least: short heads ("รอง", "ปลัด") end too many family names.
_MIN_GLUED_AT = 3
_MIN_GLUED_OPENER = 6


@lru_cache(maxsize=4)
def _glued_openers(openers: tuple[str, ...], prefixes: tuple[str, ...]) -> tuple[str, ...]:
    words = {o for o in openers + prefixes if len(o) >= _MIN_GLUED_OPENER}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _name_part_end(analysis: Doc, chunk: Chunk) -> int:
    """End of a name part that has a verb ("กล่าวว่า", "เป็นประธาน") or "ฯ" written on to it."""
    end = cut_at_token(analysis, chunk, _long_breaks(analysis.gazetteer.phrase_breaks), 2)
    while end > chunk.start + 2 and analysis.text[end - 1] == "ฯ":
        end -= 1
    return end


def _glued_post_in_name(analysis: Doc, chunk: Chunk) -> int:
    """End of the name read in `chunk` in text written without spaces: where a position opener
    (of _glued_openers, on a word boundary) begins that the rest of the chunk opens a position
    with ("นายก ขรัฐมนตรีว่าการกระทรวง...", "พลโทก ขกรรมการผู้อำนวยการใหญ่..."); the chunk's end
    otherwise, and always for a known given name."""
    text = analysis.text[chunk.start : chunk.end]
    gaz = analysis.gazetteer
    if text in gaz.given_names:
        return chunk.end
    openers = _glued_openers(gaz.position_openers, gaz.position_prefixes)
    cut = cut_at_token(analysis, chunk, openers, min_offset=_MIN_GLUED_NAME)
    if cut < chunk.end and gaz.opens_position(analysis.text[cut : chunk.end]):
        return cut
    return chunk.end


# A name written on to its position without spaces is this long at least (given and family).
_MIN_GLUED_NAME = 4


@lru_cache(maxsize=4)
def _long_breaks(phrase_breaks: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in phrase_breaks if len(w) >= 4)


def _glued_position(analysis: Doc, chunk: Chunk) -> int | None:
    """Where a position or verb written on to the family name begins ("โพธิ์ยี่รักษาการแทน",
    "สาลีรัฐวิภาคเป็นประธาน")."""
    text = chunk.text
    if text in analysis.gazetteer.family_names:
        return None
    gaz = analysis.gazetteer
    openers = _glued_openers(gaz.position_openers, gaz.position_prefixes)
    cut = cut_at_token(analysis, chunk, openers, min_offset=_MIN_GLUED_AT)
    rest = analysis.text[cut : chunk.end]
    position = cut < chunk.end and (gaz.opens_position(rest) or rest in gaz.position_prefixes)
    verb = _name_part_end(analysis, chunk)
    if (
        verb < chunk.end
        and verb - chunk.start >= _MIN_GLUED_AT
        and analysis.text[chunk.start : verb] not in gaz.dictionary_words
        and not (position and cut < verb)
    ):
        return verb
    return cut if position else None


# Marks glued after a name; "(" too, where the name's other form follows unspaced
# ("กูดดิ้ง( H.E. Mr.Mark Gooding)").
_CLOSING = ")\"'”’,("


def _without_closing(chunk: Chunk) -> Chunk:
    """ "(นายนพรัตน์ ชาญวนังกูร)", '"จักรพรรดิ์ คล่องพยาบาล"', "กูดดิ้ง(": the name ends before
    the mark."""
    text = chunk.text.rstrip(_CLOSING)
    if text == chunk.text or not text:
        return chunk
    return Chunk(chunk.start, chunk.start + len(text), text)


def _chunks_before_english_name(analysis: Doc, after: list[Chunk]) -> list[Chunk]:
    """The Thai chunks of a name written before its English form in parentheses."""
    text = analysis.text
    taken: list[Chunk] = []
    for chunk in after[:MAX_NAME_CHUNKS]:
        if taken and chunk.start != taken[-1].end + 1:
            break
        if chunk.text.startswith("("):
            if taken and _ENGLISH_NAME.match(text, taken[-1].end):
                return taken
            break
        if not _NAME_CHUNK.fullmatch(chunk.text) or starts_with_any(
            chunk.text, analysis.gazetteer.position_heads
        ):
            break
        taken.append(chunk)
    return []


# "นาย Shin Hosaka ปลัดกระทรวง...", "Dr. Tedros Adhanom Ghebreyesus เลขาธิการ...", "Robert Godec
# เอกอัครราชทูต...": a name written only in Latin script, copied as written (gold.md v2); or
# "Ms. Jane Doe, Deputy Resident Representative, UNDP Thailand เป็นประธาน": an English position
# after a comma (group `en`). "นาย Ajay Banga (อาเจ บังกา) ประธานธนาคารโลก": the Thai
# transcription in parentheses after it (group `alias`) is the name in Thai script (gold.md). A
# middle initial is a word of the name ("David P. Pekoske", glued: "Ardasher S.Qodiri").
_LATIN_NAME = re.compile(
    rf"(?<![A-Za-z.(])(?P<titles>(?:(?:นางสาว|นาง|นาย|ดร\.|{_ENGLISH_TITLES})\s?){{0,3}})"
    r"(?P<name>[A-Z][a-z'\-]+(?: (?:[A-Z][A-Za-z'\-]+|[A-Z]\.(?:[A-Z][A-Za-z'\-]+)?|bin|binti|al|de|van"
    r"|von|der|da|dos)){1,4})"
    rf"(?: ?\( ?(?P<alias>[{THAI_LETTERS}][{THAI_LETTERS}.\- ]{{1,40}}?) ?\))?"
    f"(?: (?=[{THAI_LETTERS}])|, (?P<en>[A-Z]))"
)
# Where an English position after a Latin name ends: Thai text, a line end, a parenthesis, a
# semicolon, or the next person's English title.
_ENGLISH_POSITION_END = re.compile(
    rf"(?P<thai>[{THAI_LETTERS}])|[\n();]|[ ,]+(?:{_ENGLISH_TITLES})\s?[A-Z]"
)
# Thai text soon after a parenthesis that ends an English position ("... (UNDP) เป็นประธาน").
_THAI_SOON = re.compile(f"[^{THAI_LETTERS}\n]{{0,40}}[{THAI_LETTERS}]")


def _latin_name_mentions(analysis: Doc, taken: list[tuple[int, int]]) -> list[PersonMention]:
    text = analysis.text
    gaz = analysis.gazetteer
    out = []
    for m in _LATIN_NAME.finditer(text):
        # a titled transcription in the parentheses ("(ดาตุ๊ก โจจี ซามูเอง)") was read already,
        # without the position after the parenthesis: the Latin name's mention gives it
        end = m.start("alias") if m.group("alias") else m.end()
        if any(m.start() < e and s < end for s, e in taken):
            continue
        words = m.group("name").split()
        if any(w.strip(".,") in gaz.latin_non_names for w in words):
            continue
        name_start, name_end = m.span("name")
        if m.group("alias"):
            if m.group("en"):
                continue
            name_start, name_end = _thai_alias(analysis, m)
            words = text[name_start:name_end].split()
            if len(words) < 2:
                continue
        position = None
        if m.group("en"):
            line_start = analysis.line_at(m.start()).start
            if text.rfind("(", line_start, m.start()) > text.rfind(")", line_start, m.start()):
                continue  # "นายก ข ผู้อำนวยการ... (Mr. A B, Director ...)": a gloss of a Thai name
            position = _english_position(analysis, m.start("en"))
            if position is None:
                continue
        elif not gaz.opens_position(text[_after_intro(analysis, m.end()) :][:60]):
            continue
        titles = m.group("titles").strip()
        out.append(
            PersonMention(
                start=m.start(),
                end=position[1] if position else m.end("name"),
                position=position,
                name_start=name_start,
                name_end=name_end,
                given=words[0],
                family=" ".join(words[1:]),
                honorific=titles or None,
                honorific_kind="honorific" if titles else "latin",
                name_en=m.group("name"),
            )
        )
    return out


_TRANSCRIPTION_CLOSE = re.compile(r" ?\) ?")


def _thai_alias(analysis: Doc, m: re.Match[str]) -> tuple[int, int]:
    """The span of the Thai transcription in parentheses after a Latin name, without the titles
    it repeats ("(ดาตุ๊ก โจจี ซามูเอง)", "(ดร.แอน เคมป์)")."""
    start, end = m.span("alias")
    return _leading_titles(analysis, start, end)[1], end


def _leading_titles(analysis: Doc, start: int, end: int) -> tuple[str, int]:
    """The honorifics, ranks and academic titles that open text[start:end], written together
    ("ดร.นพ."), and where the name after them (and their spaces) starts."""
    text = analysis.text
    gaz = analysis.gazetteer
    titles = ""
    while title := starts_with_any(
        text[start:end], gaz.honorifics + gaz.ranks + gaz.academic_titles
    ):
        titles += title
        start += len(title)
        while start < end and text[start] == " ":
            start += 1
    return titles, start


def _english_position(analysis: Doc, start: int) -> tuple[int, int] | None:
    """The English position from `start` up to `_ENGLISH_POSITION_END`, within [persons]
    english_position_reach, when a word of it is in position_heads_en.txt and Thai text ends it
    (right away or after a parenthesis): in a brief written in English the phrase would run on
    into the sentence."""
    text = analysis.text
    limit = min(len(text), start + analysis.settings(PersonsSettings).english_position_reach)
    stop = _ENGLISH_POSITION_END.search(text, start, limit)
    if stop is None or not (
        stop.group("thai") or (stop.group() in "()" and _THAI_SOON.match(text, stop.end()))
    ):
        return None
    end = stop.start()
    while end > start and text[end - 1] in " ,;:-":
        end -= 1
    heads = word_list(analysis.gazetteer.directory, "position_heads_en.txt")
    words = set(re.findall(r"[A-Za-zé]+", text[start:end]))
    return (start, end) if words.intersection(heads) else None


def _abbreviated_position_mentions(
    analysis: Doc, taken: list[tuple[int, int]]
) -> list[PersonMention]:
    """ "รมว.เอกนัฏ", "นายกฯ เศรษฐา", 'เลขาฯ "พงศ์พล"': a position abbreviation and a given name."""
    text = analysis.text
    abbreviations = analysis.gazetteer.position_abbreviations
    pattern = re.compile(
        f"(?P<abbr>{alternation(list(abbreviations))})(?:[ ]?[{_QUOTES}]?)(?P<name>[{THAI_LETTERS}]{{2,30}})"
    )
    out = []
    overlaps_taken = Overlaps(taken)
    for m in pattern.finditer(text):
        if overlaps_taken(m.start(), m.end()):
            continue
        if not _starts_word(analysis, m.start()):
            continue
        name = m.group("name")
        if (
            name not in analysis.gazetteer.given_names
            or name in analysis.gazetteer.ministry_short_names
        ):
            continue
        # Only a whole word counts as the name: "รมว.ดีอี" is a ministry, not a person.
        if m.end() < len(text) and re.match(f"[{THAI_LETTERS}]", text[m.end()]):
            continue
        family = _untitled_family(analysis, m.end(), strict=False)
        if family is None and name in word_list(
            analysis.gazetteer.directory, "post_predicates.txt"
        ):
            continue  # "นายกรัฐมนตรีชื่นชม อสม.": the post's holder does something
        if family is None and name in analysis.gazetteer.provinces:
            continue  # "ผู้ว่าฯ ชุมพร เดินหน้า...": the province the post is of
        if family is not None:
            # "นายกรัฐมนตรี เศรษฐา ทวีสิน", "...รองนายกรัฐมนตรี ภูมิธรรม เวชยชัย รัฐมนตรีว่าการ...":
            # a full name; its position is read after it, else the word before it (when that is
            # no other person's position)
            out.append(
                PersonMention(
                    start=m.start("name"),
                    end=family.end,
                    name_start=m.start("name"),
                    name_end=family.end,
                    given=name,
                    family=family.text,
                    honorific=None,
                    honorific_kind="untitled",
                )
            )
            continue
        out.append(
            PersonMention(
                start=m.start(),
                end=m.end(),
                name_start=m.start("name"),
                name_end=m.end(),
                given=name,
                family=None,
                honorific=None,
                honorific_kind="position-abbreviation",
                position=(m.start("abbr"), m.end("abbr")),
                # outside the body a common word is no name ("นายกฯ พร้อม นาย Satya ...")
                names_alone=name not in analysis.gazetteer.thai_words,
            )
        )
    return out


def _inner_breaks(analysis: Doc) -> tuple[str, ...]:
    gaz = analysis.gazetteer
    return _inner_break_words(
        gaz.phrase_breaks, gaz.organization_heads, gaz.stopwords_for("position")
    )


@lru_cache(maxsize=4)
def _inner_break_words(*lists: tuple[str, ...]) -> tuple[str, ...]:
    words = {w for words in lists for w in words if len(w) >= 3} | {"โครงการ"}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _untitled_family(analysis: Doc, offset: int, strict: bool = True) -> Chunk | None:
    """The family name right after an untitled given name: one name-like chunk (strict: that is
    no word of the dictionary; after a position abbreviation "ทวีสิน" may be one)."""
    text = analysis.text
    line = analysis.line_at(offset)
    after = chunks(
        text, offset, min(line.end, offset + analysis.settings(PersonsSettings).name_reach)
    )
    if not after or after[0].start != offset + 1 or after[0].text.endswith("."):
        return None
    family = _without_closing(after[0])
    if not _family_name_ok(analysis, family) or (
        strict and family.text in analysis.gazetteer.dictionary_words
    ):
        return None
    if cut_at_token(analysis, family, _inner_breaks(analysis), min_offset=2) < family.end:
        return None  # "ดันโครงการปุ๋ยคนละครึ่ง": a clause, not a family name
    place = analysis.gazetteer.place_pattern.search(family.text, 2)
    if place and place.end() == len(family.text):
        return None  # "ลุยนนทบุรี": a verb and a place
    gaz = analysis.gazetteer
    if starts_with_any(family.text, gaz.people_words):
        return None
    # what follows must end a name: the line's end, a mark, a position, "และ", a title, a verb
    rest = text[family.end : line.end].lstrip(" ")
    if rest and not (
        not re.match(f"[{THAI_LETTERS}]", rest)
        or gaz.opens_position(rest)
        or starts_with_any(rest, gaz.phrase_breaks)
        or starts_with_any(rest, gaz.honorifics + gaz.ranks + gaz.academic_titles)
        or rest.startswith("และ")
        or rest.split(" ", 1)[0] in gaz.given_names  # the next name of a list
    ):
        return None
    return family


# An untitled name in a list of names: "นายวิษณุ เครืองาม ดอน ปรมัตถ์วินัย และจุรินทร์ ลักษณวิศิษฏ์".
_LIST_LINK = re.compile(r" (?:และ ?)?")


def _untitled_list_mentions(analysis: Doc, mentions: list[PersonMention]) -> list[PersonMention]:
    """Names without a title that continue a list of names: right after a name (or a name and
    its position) come a known given name and a family name, and so on."""
    text = analysis.text
    out: list[PersonMention] = []
    starts = {m.start for m in mentions}
    queue = sorted(mentions, key=lambda m: m.start)
    while queue:
        previous = queue.pop(0)
        link = _LIST_LINK.match(text, previous.end)
        if not link:
            continue
        given = _GIVEN_NAME.match(text, link.end())
        if (
            not given
            or given.start() in starts
            or given.group() not in analysis.gazetteer.given_names
        ):
            continue
        gaz = analysis.gazetteer
        if (
            given.group() in gaz.ministry_short_names
            or gaz.opens_position(given.group())
            or starts_with_any(given.group(), gaz.organization_heads)
            or starts_with_any(given.group(), gaz.people_words)
        ):
            continue
        if given.group() in gaz.stopwords:
            continue
        if given.end() < len(text) and text[given.end()] != " ":
            continue
        family = _untitled_family(analysis, given.end())
        if family is None:
            continue
        mention = PersonMention(
            start=given.start(),
            end=family.end,
            name_start=given.start(),
            name_end=family.end,
            given=given.group(),
            family=family.text,
            honorific=None,
            honorific_kind="untitled",
        )
        out.append(mention)
        starts.add(mention.start)
        queue.insert(0, mention)
    return out


def _model_mention(analysis: Doc, start: int, end: int) -> PersonMention | None:
    """A PERSON span from the model: strip titles the model included, keep given + family."""
    text = analysis.text
    gaz = analysis.gazetteer
    titles, name_start = _leading_titles(analysis, start, end)
    respect = starts_with_any(
        text[name_start:end], word_list(gaz.directory, "person_respect_words.txt")
    )
    if respect and not titles:
        # "ท่านสุทธิพงษ์ จุลเจริญ": the respectful word the model took in is no part of the name
        name_start += len(respect)
        start = name_start
    if text.startswith("ฯ", name_start):
        # "รัฐมนตรีฯ เอกนัฏ": the model took the abbreviation mark of the word before
        while name_start < end and text[name_start] in "ฯ ":
            name_start += 1
        start = name_start
    parts = text[name_start:end].split()
    if not parts or not all(re.fullmatch(f"[{THAI_LETTERS}]+", p) for p in parts) or len(parts) > 3:
        return None
    if any(starts_with_any(p, gaz.royal_words) for p in parts):
        return None  # royal family members are not officials
    if starts_with_any(parts[0], gaz.position_heads + gaz.organization_heads):
        return None
    honorific, kind = _classify_titles(titles, analysis) if titles else (None, "model")
    family = " ".join(parts[1:]) or None
    if family is None:
        # The model found one word of a name. Followed by a name-like word and a position, it is
        # the given name ("วิทยา| จันทน์เสนะ รองผู้ว่าราชการ..."); directly followed by a position
        # and after a name-like word, it is the family name ("กุศล |โชติรัตน์| รองปลัด...").
        line = analysis.line_at(start)
        reach = analysis.settings(PersonsSettings).name_reach
        after = chunks(text, end, min(line.end, end + reach))
        if (
            len(after) >= 2
            and after[0].start == end + 1
            and _family_name_ok(analysis, after[0])
            and starts_with_any(after[1].text, gaz.position_heads)
        ):
            family, end = after[0].text, after[0].end
        elif not titles and (given := _given_name_before(analysis, line, name_start, end, after)):
            family = parts[0]
            parts = [given.text]
            start = name_start = given.start
        elif parts[0] not in analysis.gazetteer.given_names and (
            # "ปลัดกอบชัยฯ": the abbreviation mark says the name is written in full elsewhere
            parts[0].endswith("ฯ")
            or not _glued_to_post(analysis, name_start)
            or (after and after[0].start == end + 1 and _family_name_ok(analysis, after[0]))
        ):
            # "นายกรัฐมนตรีหลี่ เฉียง": a name part may follow that the model left out
            return None
    return PersonMention(
        start=start,
        end=end,
        name_start=name_start,
        name_end=end,
        given=parts[0],
        family=family,
        honorific=honorific,
        honorific_kind=kind,
        source="model",
    )


def _glued_to_post(analysis: Doc, offset: int) -> bool:
    """A position head is written on to the name at `offset`, in one chunk, after a word that
    leads up to names ("กับประธานาธิบดีโดนัลด์ทรัมป์", "กับ ประธานาธิบดีโดนัลด์ทรัมป์"): the post
    vouches for a one-word name the model found. Without the lead the post is likely another
    person's, with a place glued on ("นายก ข นายอำเภอเดชอุดม")."""
    text = analysis.text
    gaz = analysis.gazetteer
    chunk_start = max(text.rfind(" ", 0, offset), text.rfind("\n", 0, offset)) + 1
    head = next((h for h in gaz.position_heads if text.endswith(h, chunk_start, offset)), None)
    if head is None or not analysis.is_token_boundary(offset - len(head)):
        return False
    before = text[max(0, chunk_start - 30) : offset - len(head)].rstrip(" ")
    return before.endswith(gaz.words_before_names)


def _given_name_before(
    analysis: Doc, line: Line, start: int, end: int, after: list[Chunk]
) -> Chunk | None:
    """The name-like word just before a one-word model PERSON that a position word follows."""
    if not after or after[0].start != end + 1:
        return None
    if not starts_with_any(after[0].text, analysis.gazetteer.position_heads):
        return None
    before = chunks(analysis.text, max(line.start, start - 40), start)
    if not before or before[-1].end != start - 1:
        return None
    word = before[-1]
    if word.start > line.start and analysis.text[word.start - 1] not in " \n":
        return None  # a fragment of a longer chunk
    if word.text in analysis.gazetteer.words_before_names or not _family_name_ok(analysis, word):
        return None
    return word


def _read_phrase_after(
    analysis: Doc,
    mention: PersonMention,
    all_mentions: list[PersonMention],
    starts: list[int] | None = None,
) -> None:
    """Read the position and organization after a name. `starts`: the sorted starts of
    `all_mentions`, if the caller has them (found by bisection, not a scan of every mention)."""
    text = analysis.text
    gaz = analysis.gazetteer
    opens = gaz.opens_position
    cursor = mention.name_end
    english = _ENGLISH_NAME.match(text, cursor)
    alias = None if english else _alias_end(analysis, cursor)
    # a Latin name's Thai transcription in parentheses ends at its closing one (_thai_alias)
    transcribed = _TRANSCRIPTION_CLOSE.match(text, cursor) if mention.name_en else None
    if transcribed:
        cursor = transcribed.end()
    elif english:
        mention.name_en = english.group("name").strip()
        cursor = english.end()
    elif alias is not None:
        cursor = alias
    elif text[cursor : cursor + 1] in ("'", '"', "’", "”") and text[cursor + 1 : cursor + 2] == " ":
        cursor += 1  # "พล.อ.ประยุทธ์’ นรม.และรมว.กห.": a stray closing quote after the name
    line_end = analysis.line_at(mention.start).end
    if starts is None:
        starts = sorted(m.start for m in all_mentions)
    at = bisect.bisect_left(starts, cursor)
    next_person = starts[at] if at < len(starts) else line_end
    # the mention at next_person, when all_mentions is in the order of starts (as the caller's)
    following_person = (
        all_mentions[at]
        if at < len(all_mentions) and all_mentions[at].start == next_person
        else None
    )
    reach = analysis.settings(PersonsSettings).phrase_reach
    limit = min(line_end, next_person, cursor + reach)
    if mention.position is None:
        introduced = _introduced_position(analysis, cursor, limit)
        if introduced is not None:
            cursor = introduced
            limit = min(line_end, next_person, cursor + reach)
    stops = gaz.stopwords_for("position")
    pieces = chunks(text, cursor, limit)
    position: list[Chunk] = []
    organization: list[Chunk] = []
    i = 0
    right_after = bool(pieces) and pieces[0].start <= cursor + 1
    if mention.position is None and right_after:
        role = _role_position(analysis, mention, all_mentions, pieces[0])
        if role is not None:
            pieces[0] = role
    if mention.position is None and right_after:
        first = pieces[0]
        after_name = starts_with_any(
            first.text, word_list(gaz.directory, "position_heads_after_name.txt")
        )
        if first.text.startswith("("):
            bracketed = _bracketed_position(analysis, first.start, limit)
            if bracketed is not None:
                position.append(bracketed)  # "นางสาวก ข (หัวหน้าโครงการ), ...": the whole phrase
                pieces = []
        elif first.text in gaz.position_prefixes:
            # "รักษาการแทน ผู้อำนวยการ...": an acting prefix written apart from its position
            pair = _continuing_pair(analysis, first, pieces[1] if len(pieces) > 1 else None)
            if pair:
                position.extend(_cut(analysis, p) for p in pair)
                i = 2
        elif re.match(f"[{THAI_LETTERS}]", first.text) and (
            opens(first.text)
            or after_name
            or (
                # a person the model found without a title needs a real position word after it
                mention.source != "model"
                and not starts_with_any(first.text, stops)
                and not starts_with_any(first.text, gaz.phrase_breaks)
                # names an office ("สถิติจังหวัดสงขลา"): position_office_markers.txt
                and _marks_an_office(analysis, first.text)
            )
        ):
            if (
                starts_with_any(first.text, gaz.organization_heads)
                and not opens(first.text)
                and not after_name
            ):
                organization.append(first)
            else:
                position.append(_cut(analysis, first))
            i = 1
            if position and _and_second_post(analysis, first, position[-1], pieces[1:2]):
                position[-1] = first  # "นายกรัฐมนตรีและ รมว.กลาโหม": the second post goes on
            elif position and position[-1].end < first.end:
                pieces = []  # the chunk ran on into the sentence; the phrase is over
        while position and i < len(pieces):
            piece = pieces[i]
            following = pieces[i + 1] if i + 1 < len(pieces) else None
            if _continues_position(analysis, piece, following):
                position.append(_cut(analysis, piece))
                i += 1
                if piece.text == "และ" and following is not None:
                    # "รองนายกรัฐมนตรี และ รัฐมนตรีว่าการกระทรวงพลังงาน": the lone "และ" was
                    # let in for the post after it, which then goes with it
                    piece = following
                    position.append(_cut(analysis, piece))
                    i += 1
                if _and_second_post(analysis, piece, position[-1], pieces[i : i + 1]):
                    position[-1] = piece
                elif position[-1].end < piece.end:
                    pieces = []
                continue
            pair = _continuing_pair(analysis, piece, following)
            if pair:
                position.extend(_cut(analysis, p) for p in pair)
                i += 2
                if position[-1].end < pair[-1].end:
                    pieces = []
                continue
            if _abbreviation_inside(analysis, piece, following):
                # "รองปลัดกระทรวง... (ดีอีเอส) ปฏิบัติหน้าที่ผู้อำนวยการ...": the abbreviation
                # stands inside one person's posts, so it stays (gold.md v2 drops only a last one)
                position.extend((piece, _cut(analysis, following)))
                i += 2
                if position[-1].end < following.end:
                    pieces = []
                continue
            if (
                position[-1].text.endswith(gaz.eponym_heads)
                and following is not None
                and following.start == piece.end + 1
                and starts_with_any(piece.text, gaz.honorifics + gaz.ranks + gaz.academic_titles)
                and _family_name_ok(analysis, following)
            ):
                # "ประธานกรรมการมูลนิธิ พล.ต.อ.เภา สารสิน": the person the office is named after
                position.extend((piece, following))
                i += 2
                continue
            if _graded_office(analysis, piece, following):
                # "รองอธิบดี (นักบริหารระดับต้น) กรมส่งเสริมการเกษตร": the grade in parentheses,
                # then the office; gold.md v2 drops only a parenthesised abbreviation
                position.extend((piece, _cut(analysis, following)))
                i += 2
                if position[-1].end < following.end:
                    pieces = []
                continue
            if _acting_for(analysis, position[-1], piece):
                # "รองอธิบดีรักษาราชการแทน อธิบดีกรมบังคับคดี": the post acted for, written apart
                position.append(_cut(analysis, piece))
                i += 1
                if position[-1].end < piece.end:
                    pieces = []
                continue
            if (
                position[-1].text.endswith(".")
                and (
                    piece.text.startswith(gaz.constituency_words)
                    or _cut(analysis, piece).text in gaz.provinces
                )
                and piece.start == position[-1].end + 1
            ):
                # "สก. เขตคันนายาว", "ส.ส. เขต 3", "ผวจ. นครศรีธรรมราช": the constituency or the
                # province of an abbreviated seat
                position.append(_cut(analysis, piece))
                i += 1
                continue
            enumeration = _enumeration(analysis, pieces, i) or _committee_name(
                analysis, position[-1], pieces, i
            )
            if enumeration:
                # its last chunk ends where a post's chunk ends ("...และป่าไม้สาธารณรัฐอิตาลี
                # และคณะ": the people written on are no part of it)
                position.extend((*enumeration[:-1], _cut(analysis, enumeration[-1])))
                i += len(enumeration)
                if position[-1].end < enumeration[-1].end:
                    pieces = []
                continue
            if re.fullmatch(r"\d{1,3}", position[-1].text) and starts_with_any(
                piece.text, gaz.organization_heads
            ):
                # "ผู้กำกับการ 1 กองบังคับการปราบปราม...": the unit completes a numbered post
                position.append(_cut(analysis, piece))
                i += 1
                continue
            if (
                _LATIN_ORG_WORD.fullmatch(piece.text)
                and not _ENGLISH_TITLE.fullmatch(piece.text)
                and _takes_latin_name(analysis, position)
            ):
                # "ผู้อำนวยการ UN Food Systems Coordination Hub", "ผู้แทนบริษัท Kaneka
                # Corporation": the body's name in Latin script
                position.append(piece)
                i += 1
                continue
            if (
                following is None
                and limit == next_person
                and _second_post(analysis, position[-1], piece, following_person)
            ):
                # "รองปลัดกระทรวงมหาดไทย หัวหน้ากลุ่มภารกิจด้าน...": one person's second post,
                # joined by a space only
                position.append(_cut(analysis, piece))
                i += 1
                if position[-1].end < piece.end:
                    pieces = []
                continue
            break
    if position and not organization and i < len(pieces):
        # "ประธานบริษัท ฉางอาน ออโตโมบิล จำกัด": the company head is glued to the post and
        # the company's name is written apart; gold.md v2 keeps the company in the post
        named = _company_after_glued_head(analysis, position[-1], pieces[i:])
        position.extend(named)
        i += len(named)
    if pieces and (position or organization or mention.position):
        while i < len(pieces):
            piece = pieces[i]
            if piece.text.startswith("("):
                break
            if not organization and not starts_with_any(piece.text, gaz.organization_heads):
                break
            if not organization and _next_party(analysis, position, piece):
                break
            if organization and (
                starts_with_any(piece.text, stops)
                or opens(piece.text)
                or starts_with_any(piece.text, gaz.phrase_breaks)
                or len(organization) >= 6
            ):
                break
            organization.append(_cut(analysis, piece))
            i += 1
            if organization[-1].end < piece.end:
                break
    if position:
        mention.position = (position[0].start, position[-1].end)
        mention.end = max(mention.end, position[-1].end)
    elif mention.position is None:
        _position_before(analysis, mention, all_mentions)
        if mention.position is None and not text[cursor:line_end].strip():
            _position_line_below(analysis, mention, line_end, all_mentions, starts)
    if organization:
        start, end = organization[0].start, organization[-1].end
        if end > start:
            mention.organization = (start, end)
            mention.end = max(mention.end, end)
            # gold.md v2: the position keeps the organisation written right after it (its first
            # chunk: what follows may be another party or the verb); only the ministry above
            # the post or a company stays apart (organization_parents.txt)
            if (
                position
                and start == position[-1].end + 1
                and (
                    not starts_with_any(organization[0].text, gaz.organization_parents)
                    # "ผู้แทน อ.ก.พ. กระทรวงเกษตรและสหกรณ์": the body a representative stands for
                    or (len(position) > 1 and position[-2].text in gaz.representative_words)
                )
            ):
                mention.position = (position[0].start, organization[0].end)
                acting = _acting_after_office(analysis, organization, pieces, i)
                if acting is not None:
                    # "ที่ปรึกษา... สำนักงานเศรษฐกิจการคลัง รักษาราชการแทนรองปลัดกระทรวงการคลัง":
                    # the post held in acting capacity, after the office, is kept too (gold.md v2)
                    mention.position = (position[0].start, acting)
                    mention.end = max(mention.end, acting)
            elif (
                position
                and start == position[-1].end + 1
                and starts_with_any(organization[0].text, gaz.company_heads)
                and _bare_post(analysis, _last_post_start(analysis, position), position[-1].end)
            ):
                # "กรรมการผู้จัดการ บริษัท ธนารักษ์พัฒนาสินทรัพย์ จำกัด": a post that names no
                # office of its own is the company's post (a ministry stays apart: dev gold 00)
                company = _company_end(analysis, organization)
                if company is not None:
                    mention.position = (position[0].start, company)
    if mention.position is not None:
        _royal_name_after_post(analysis, mention)
        _station_after_post(analysis, mention)


def _royal_name_after_post(analysis: Doc, mention: PersonMention) -> None:
    """ "ผู้ช่วยราชเลขานุการในพระองค์| พระบาทสมเด็จพระเจ้าอยู่หัว", "...ในพระบรมราชูปถัมภ์
    สมเด็จพระกนิษฐาธิราชเจ้า...": a post of the royal household or under royal patronage ends with
    the royal name it serves (royal_names.txt; the tune gold keeps it), written apart or glued."""
    assert mention.position is not None
    start, end = mention.position
    text = analysis.text
    leads = ("ในพระองค์", *word_list(analysis.gazetteer.directory, "royal_patronage_words.txt"))
    if not text.endswith(leads, start, end):
        return
    at = end + (1 if text[end : end + 1] in (" ", "\u00a0") else 0)
    royal = royal_name_end(analysis, at, analysis.line_at(start).end)
    if royal:
        mention.position = (start, royal)
        mention.end = max(mention.end, royal)


def _station_after_post(analysis: Doc, mention: PersonMention) -> None:
    """ "เอกอัครราชทูต| ณ กรุงเบิร์น", "กงสุลใหญ่ สถานกงสุลใหญ่| ณ นครชิคาโก สหรัฐอเมริกา": a post
    abroad (venue_stationed_before.txt) ends with where it is stationed, as the gold writes
    "กงสุลใหญ่สาธารณรัฐสังคมนิยมเวียดนาม ณ จังหวัดขอนแก่น": the city, then its country if named."""
    assert mention.position is not None
    start, end = mention.position
    text = analysis.text
    if not text.endswith(
        word_list(analysis.gazetteer.directory, "venue_stationed_before.txt"), start, end
    ):
        return
    chunk = station_chunk(text, end + 1 if text[end : end + 1] in (" ", "\u00a0") else end)
    if chunk is None:
        return
    # "ณ นครกว่างโจวรายงานว่า": a verb glued to the city ends it
    breaks = analysis.gazetteer.phrase_breaks + _STATION_BREAKS
    stop = cut_at_token(analysis, chunk, breaks, min_offset=3)
    if not names_a_station(analysis, text[chunk.start : stop]):
        return
    country = _NEXT_CHUNK.match(text, stop) if stop == chunk.end else None
    if country is not None and analysis.gazetteer.place_pattern.fullmatch(country.group(1)):
        stop = country.end(1)
    mention.position = (start, stop)
    mention.end = max(mention.end, stop)


_NEXT_CHUNK = re.compile(r"[ \u00a0]([^\s(),]+)")
# Verbs glued to a station's city that the phrase breaks lack ("ณ นครกว่างโจวรายงานว่า").
_STATION_BREAKS = ("รายงาน", "ว่า", "ร่วม", "พร้อม", "และ")


def _next_party(analysis: Doc, position: list[Chunk], piece: Chunk) -> bool:
    """`piece`, written after a post that already names its office, opens with a word for people
    (people_words.txt: "คณะกรรมการฯ", "คณะทำงาน...") and the list of people goes on after it
    ("และ...", another word for people): in a list of attendees ("...หัวหน้าผู้ตรวจราชการกระทรวง
    ยุติธรรม คณะกรรมการฯ และผู้เกี่ยวข้อง") it is the next, unnamed party, not the person's
    organisation. A post naming no office ("กรรมการผู้ทรงคุณวุฒิ คณะกรรมการ...") still takes the
    body after it, and so does a post whose sentence goes on ("โฆษก... คณะกรรมการศูนย์... เปิดเผยว่า":
    the body may be the one the person speaks for)."""
    gaz = analysis.gazetteer
    if not position or not starts_with_any(piece.text, gaz.people_words):
        return False
    if _bare_post(analysis, _last_post_start(analysis, position), position[-1].end):
        return False
    body = _cut(analysis, piece)
    rest = analysis.text[body.end : body.end + 40].lstrip(" ,")
    return rest.startswith(("และ", "เเละ")) or bool(starts_with_any(rest, gaz.people_words))


def _position_line_below(
    analysis: Doc,
    mention: PersonMention,
    line_end: int,
    all_mentions: list[PersonMention],
    starts: list[int],
) -> None:
    """A name that ends its line and a line below it that holds only a position ("พล.อ.ก ข" /
    "รัฐมนตรีช่วยว่าการกระทรวงกลาโหม" in a layout of one item a line): that is the name's position.
    The line below is read as if it followed the name; it counts only when the position read
    covers the whole line (a paragraph that opens with a post goes on into a sentence)."""
    text = analysis.text
    if line_end + 1 >= len(text):
        return
    below = analysis.line_at(line_end + 1)
    if below.start <= line_end or not analysis.gazetteer.opens_position(
        text[below.start : below.end]
    ):
        return
    probe = PersonMention(
        start=below.start,
        end=below.start,
        name_start=below.start,
        name_end=below.start,
        given=mention.given,
        family=mention.family,
        honorific=None,
        honorific_kind=None,
    )
    _read_phrase_after(analysis, probe, all_mentions, starts)
    if probe.position is not None and probe.position[1] == len(text[: below.end].rstrip()):
        mention.position = probe.position
        mention.organization = probe.organization


def _takes_latin_name(analysis: Doc, position: list[Chunk]) -> bool:
    """The position read so far (its chunks) goes on with an organisation's Latin name: it is
    a post that names no office of its own ("ผู้อำนวยการ", "ผู้จัดการทั่วไป"), or it ends with an
    organisation head whose name follows ("ผู้แทนบริษัท"), or with a Latin word of that name.
    A complete post ("รัฐมนตรีว่าการกระทรวงการต่างประเทศอียิปต์", "...มหาวิทยาลัย") does not:
    Latin words after it are the next person ("Sheikh Mohammed", "Professor Yang")."""
    gaz = analysis.gazetteer
    last = position[-1].text
    if _LATIN_ORG_WORD.fullmatch(last) or _LATIN_ACRONYM.fullmatch(last):
        return True
    if any(last.endswith(head) for head in gaz.organization_heads):
        return True
    return _bare_post(analysis, position[0].start, position[-1].end)


def _second_post(
    analysis: Doc, last: Chunk, piece: Chunk, next_person: PersonMention | None
) -> bool:
    """`piece`, the last chunk before the next person and right after the position read so far
    (ending in `last`), is a second post of the same person: it opens with a position head, not
    with a word for people, and the next person has a position after the name of their own (so
    that it is not theirs: "... รองนายกรัฐมนตรี นายข ..."). A post with more after it is as often
    another, unnamed party ("ผู้ตรวจราชการกระทรวง... ผู้บริหาร... และ...") or a role in the
    meeting ("ประธานการประชุม..."): the caller asks only about the last chunk."""
    gaz = analysis.gazetteer
    if next_person is None or piece.start != last.end + 1:
        return False
    if not gaz.opens_position(piece.text) or starts_with_any(piece.text, gaz.people_words):
        return False
    if last.text.endswith("ฯ"):
        return False
    line_end = analysis.line_at(next_person.start).end
    after = analysis.text[next_person.name_end : line_end].lstrip(" ")
    return bool(gaz.opens_position(after))


# Without its closing word a company name is taken only when it is this short (in chunks):
# longer, the organisation phrase has likely run on into the sentence.
_COMPANY_MAX_CHUNKS = 4


def _company_end(analysis: Doc, organization: list[Chunk]) -> int | None:
    """Where the company name that opens `organization` ends: at its "จำกัด", or at the end of a
    short phrase; None for a bare "บริษัท"/"บริษัทฯ" or a long phrase without its closing word."""
    for chunk in organization[1:]:
        if chunk.text in analysis.gazetteer.company_closes:
            return chunk.end
    if len(organization) < 2 or len(organization) > _COMPANY_MAX_CHUNKS:
        return None
    last = organization[-1]
    if last.text in ("และ", "เเละ") or not re.search(f"[A-Za-z{THAI_CONSONANTS}]", last.text[-1]):
        return None
    return last.end


def _company_after_glued_head(analysis: Doc, last: Chunk, rest: list[Chunk]) -> list[Chunk]:
    """The chunks of the company name written apart after `last`, a post chunk ending in a
    company head ("กรรมการผู้จัดการบริษัท"): up to its closing word or, without one, a short
    phrase (_company_end); none where a stopword, a position or a phrase break ends it first."""
    gaz = analysis.gazetteer
    head = next((h for h in gaz.company_heads if last.text.endswith(h)), None)
    if head is None or len(last.text) == len(head) or not gaz.opens_position(last.text):
        return []
    stops = gaz.stopwords_for("position")
    names: list[Chunk] = []
    for chunk in rest[:_COMPANY_MAX_CHUNKS]:
        start = names[-1].end if names else last.end
        word = chunk.text
        if (
            chunk.start != start + 1
            or word.startswith("(")
            or starts_with_any(word, stops)
            or gaz.opens_position(word)
            or starts_with_any(word, gaz.phrase_breaks)
        ):
            break
        names.append(chunk)
        if word in gaz.company_closes:
            break
    end = _company_end(analysis, [last, *names])
    return [c for c in names if c.end <= end] if end is not None else []


def _last_post_start(analysis: Doc, position: list[Chunk]) -> int:
    """Where the last of the posts joined by "และ" in `position` starts ("ประธานบริษัทและ|
    ประธานเจ้าหน้าที่บริหาร"): the company written after the posts is that post's."""
    start, end = position[0].start, position[-1].end
    text = analysis.text
    at = text.rfind("และ", start, end)
    return at + len("และ") if at >= start else start


def _bare_post(analysis: Doc, start: int, end: int) -> bool:
    """The position text[start:end] names no office of its own (no organisation head nor a unit
    word such as ฝ่าย in it): "ที่ปรึกษาด้านต่างประเทศ", "ประธานเจ้าหน้าที่บริหาร"."""
    gaz = analysis.gazetteer
    return not _office_word_pattern(gaz.organization_heads + gaz.post_units).search(
        analysis.text, start, end
    )


def _marks_an_office(analysis: Doc, text: str) -> bool:
    """`text` holds an office marker (position_office_markers.txt), not counting the words for
    people without an office that hold one ("ผู้ต้องหา", "ผู้เป็นมารดา":
    position_not_office_words.txt)."""
    gaz = analysis.gazetteer
    not_office = word_list(gaz.directory, "position_not_office_words.txt")
    text = _office_word_pattern(not_office).sub(" ", text)
    return any(marker in text for marker in gaz.position_office_markers)


@lru_cache(maxsize=4)
def _office_word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _cut(analysis: Doc, piece: Chunk) -> Chunk:
    gaz = analysis.gazetteer
    abbreviation = _ABBREVIATION_CHUNK.match(piece.text)
    if (
        abbreviation
        and not gaz.opens_position(piece.text)
        and abbreviation.group() not in word_list(gaz.directory, "position_name_abbreviations.txt")
    ):
        # "อว.รับหนังสือ": after an office abbreviation only an office name goes on
        rest = piece.text[abbreviation.end() :]
        if rest and not (starts_with_any(rest, gaz.organization_heads) or gaz.opens_position(rest)):
            end = piece.start + abbreviation.end()
            return Chunk(piece.start, end, analysis.text[piece.start : end])
    head = gaz.opens_position(piece.text) or ""
    breaks = _position_breaks(analysis)
    end = cut_at_token(analysis, piece, breaks, min_offset=max(1, len(head)))
    while end < piece.end and _and_named_post(analysis, end):
        # "ผู้ช่วยผู้อำนวยการใหญ่และผู้แทนระดับภูมิภาคของ FAO": one person's second post
        end = cut_at_token(analysis, piece, breaks, min_offset=end - piece.start + 1)
    end = _ministry_end(analysis, piece, end)
    paren = piece.text.find("(")
    if paren > 0:
        end = min(end, piece.start + paren)
    # "รัฐมนตรีเกษตรฯเพื่อพิจารณา": after an abbreviation mark a stopword starts the sentence
    mark = piece.text.find("ฯ")
    if 0 < mark < end - piece.start - 1 and starts_with_any(
        piece.text[mark + 1 :], gaz.stopwords_for("position")
    ):
        end = piece.start + mark + 1
    # "...สาธารณรัฐอิตาลีและคณะ": other people written on to the end, whatever the tokenizer did
    for word in _breaks((), gaz.people_words):
        if end - piece.start > len(word) and analysis.text.endswith(word, piece.start, end):
            end -= len(word)
            break
    # "รมช.กห.และ พล.อ.ณัฐ ...": "และ" glued to the end links the next person
    if end - piece.start > 3 and analysis.text.endswith("และ", piece.start, end):
        end -= 3
    while end > piece.start + 1 and analysis.text[end - 1] in ":;,":
        end -= 1  # "รัฐมนตรีช่วยว่าการกระทรวงกลาโหม:"
    return Chunk(piece.start, end, analysis.text[piece.start : end])


def _ministry_end(analysis: Doc, piece: Chunk, end: int) -> int:
    """Where a post in `piece` (cut at `end` so far) ends after a ministry's full name
    (ministry_names.txt) or a post that names its own office (position_complete_posts.txt) glued
    to the sentence: "รัฐมนตรีว่าการกระทรวงกลาโหมห่วงใยกรณี..." ends at กลาโหม,
    "นายกรัฐมนตรีให้สัมภาษณ์..." at นายกรัฐมนตรี. The post goes on after the name with a word of
    ministry_name_continuations.txt
    ("แห่ง...", "เขต...", "และ..."), a country's name, another post or a word
    `_continues_position` accepts ("รักษาราชการแทน...")."""
    text = analysis.text
    gaz = analysis.gazetteer
    continuations = word_list(gaz.directory, "ministry_name_continuations.txt")
    pattern = _ministry_pattern(
        word_list(gaz.directory, "ministry_names.txt")
        + word_list(gaz.directory, "position_complete_posts.txt"),
        _abbreviated_positions(analysis),
        tuple(sorted(gaz.ministry_short_names)),
    )
    for m in pattern.finditer(text, piece.start, end):
        if m.end() >= end:
            break
        if m.group("short") and (
            not analysis.is_token_boundary(m.end()) or not _THAI_LETTER.match(text, m.end())
        ):
            # "รมว.ทรัพยากรธรรมชาติ...": a short name inside the ministry's longer one;
            # "รมว.กห.": the period closes the abbreviated short name
            continue
        rest = Chunk(m.end(), end, text[m.end() : end])
        if (
            starts_with_any(rest.text, continuations)
            or starts_with_any(rest.text, _country_name_tuple(gaz.countries))
            or gaz.opens_position(rest.text)
            or _continues_position(analysis, rest, None)
        ):
            continue
        return m.end()
    return end


@lru_cache(maxsize=4)
def _country_name_tuple(countries) -> tuple[str, ...]:
    return tuple(_country_name_set(countries))


_THAI_LETTER = re.compile(f"[{THAI_LETTERS}]")


@lru_cache(maxsize=4)
def _ministry_pattern(
    names: tuple[str, ...], abbreviations: tuple[str, ...], short_names: tuple[str, ...]
) -> re.Pattern[str]:
    """A ministry's full name, or an abbreviated post and the ministry's short name
    ("รมว.กลาโหม" of "...และรมว.กลาโหมมาถึง...": group "short")."""
    return re.compile(
        f"(?:{alternation(names)})|(?P<short>(?:{alternation(abbreviations)})"
        f"(?:{alternation(short_names)}))"
    )


def _and_named_post(analysis: Doc, offset: int) -> bool:
    """At `offset`, "และ" and a post that a word for people only opens: "และผู้แทนระดับภูมิภาค"
    (a head of position_heads.txt longer than ผู้แทน) is a second post, "และผู้แทนจาก..." the next
    people."""
    text = analysis.text
    if not text.startswith("และ", offset):
        return False
    rest = text[offset + 3 : offset + 60]
    people = starts_with_any(rest, analysis.gazetteer.people_words)
    head = starts_with_any(rest, analysis.gazetteer.position_heads)
    return people is not None and head is not None and len(head) > len(people)


def _and_second_post(analysis: Doc, piece: Chunk, cut: Chunk, following: list[Chunk]) -> bool:
    """`piece` lost only a glued "และ" to `_cut` and the next chunk, right after it, is an
    abbreviated post ("นายกรัฐมนตรีและ รมว.กลาโหม"): one person's two posts, not the next person."""
    if cut.end != piece.end - 3 or not piece.text.endswith("และ") or not following:
        return False
    nxt = following[0]
    return nxt.start == piece.end + 1 and bool(
        starts_with_any(nxt.text, _abbreviated_positions(analysis))
    )


def _position_breaks(analysis: Doc) -> tuple[str, ...]:
    """Phrase breaks, "และ" before a word for people ("...ยุติธรรมและผู้แทนจาก...") and words
    that describe the person (position_description_words.txt: "...หญิงคนที่สอง")."""
    gaz = analysis.gazetteer
    return _breaks(
        gaz.phrase_breaks + word_list(gaz.directory, "position_description_words.txt"),
        gaz.people_words,
    )


# The links that put other people after a position ("...จังหวัดน่าน และเจ้าหน้าที่",
# "...ท่าอากาศยานบุรีรัมย์พร้อมเจ้าหน้าที่") when a word for people follows them.
_PEOPLE_LINKS = ("และ", "พร้อม")


@lru_cache(maxsize=4)
def _breaks(phrase_breaks: tuple[str, ...], people_words: tuple[str, ...]) -> tuple[str, ...]:
    words = set(phrase_breaks) | {link + w for link in _PEOPLE_LINKS for w in people_words}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


# A Thai abbreviation closed by a period that names the office of a post ("ปลัดกระทรวง อว.",
# "ประธาน ทปอ.", "ผู้แทน อ.ก.พ."), or a position abbreviation with its ministry ("รมว.ยุติธรรม").
_ABBREVIATION_CHUNK = re.compile(f"[{THAI_CONSONANTS}]{{1,5}}\\.(?:[{THAI_CONSONANTS}]{{1,5}}\\.)*")


# A Latin acronym written after a post ("UNFSS", "FAO", "UNDP"): capitals, maybe digits.
_LATIN_ACRONYM = re.compile(r"[A-Z]{2,8}[0-9]{0,2}")


# A capitalised Latin word of an organisation's name ("Food", "Coordination", "ThaiCham").
_LATIN_ORG_WORD = re.compile(r"[A-Z][A-Za-z&\-]*")
_ENGLISH_TITLE = re.compile(f"(?:{_ENGLISH_TITLES})")


# Thai words in parentheses, written as one chunk: "(ฝ่ายเกษตร)".
_BRACKETED_WORDS = re.compile(f"\\(([{THAI_LETTERS}]+)\\)")


def _continues_position(analysis: Doc, piece: Chunk, following: Chunk | None) -> bool:
    gaz = analysis.gazetteer
    word = piece.text
    if word.startswith("และ") and starts_with_any(word[3:], gaz.people_words):
        return False  # "และผู้แทนจากหน่วยงาน...": other people
    if word == "และ" and following is not None:
        # "นายกรัฐมนตรีและ รมว.กลาโหม": a second post, written out or abbreviated
        return bool(
            gaz.opens_position(following.text)
            or starts_with_any(following.text, _abbreviated_positions(analysis))
        ) and not (starts_with_any(following.text, gaz.people_words))
    if word.startswith("และ") and gaz.opens_position(word[3:]):
        # "และกรรมการจากหน่วยงานที่เกี่ยวข้อง": a post "from" somewhere is other people's
        return "จาก" not in word and not _counted_group(analysis, following)
    if word in gaz.representative_words and following is not None:
        # "ผู้ทรงคุณวุฒิ ... ผู้แทน อ.ก.พ. กระทรวง...", "ปล.กห. ผู้แทน รมว.กห.": the body the
        # person stands for is part of the post (gold.md v2)
        # an abbreviated body or post only: "ผู้แทน คณะกรรมการ..." in a list of attendees is
        # as often the next, unnamed party
        nxt = following.text
        return (
            following.start == piece.end + 1
            and bool(_ABBREVIATION_CHUNK.match(nxt))
            and not starts_with_any(nxt, gaz.ranks)
        )
    if _LATIN_ACRONYM.fullmatch(word) and word not in gaz.latin_non_names:
        return True  # "ผู้อำนวยการศูนย์ประสานงาน UNFSS": the body's Latin acronym
    unit_openers = word_list(gaz.directory, "position_unit_openers.txt")
    if starts_with_any(word, unit_openers):
        return True
    if starts_with_any(word, word_list(gaz.directory, "position_joint_posts.txt")):
        return True  # "รองปลัดกระทรวงมหาดไทย หัวหน้ากลุ่มภารกิจด้าน...": the post held with it
    if starts_with_any(word, word_list(gaz.directory, "royal_patronage_words.txt")):
        return True  # "ประธานสภาสมาคมสตรีแห่งชาติ ในพระบรมราชินูปถัมภ์": the body's full name
    bracketed = _BRACKETED_WORDS.fullmatch(word)
    if bracketed and starts_with_any(bracketed.group(1), unit_openers):
        # "อัครราชทูต (ฝ่ายเกษตร)", "ที่ปรึกษา (ด้านกฎหมาย)": a unit in parentheses is part of the
        # title; gold.md v2 drops only a parenthesised abbreviation ("(อว.)")
        return True
    if _names_a_state(analysis, word[3:] if word.startswith("ของ") else word):
        return True  # "... ของสาธารณรัฐสิงคโปร์", "... ญี่ปุ่น": the state a foreign post is in
    # "รักษาราชการแทนรัฐมนตรี...", "ปฏิบัติหน้าที่โฆษก...": gold.md v2 keeps the acting post
    acting = starts_with_any(word, word_list(gaz.directory, "position_acting_prefixes.txt"))
    if acting and len(word) > len(acting):
        return True
    if _ABBREVIATION_CHUNK.match(word) and word != "น." and not starts_with_any(word, gaz.ranks):
        return True
    if starts_with_any(word, _abbreviated_positions(analysis)):
        return True
    return word in ("เขต", "ภาค") or bool(re.fullmatch(r"\d{1,3}|คนที่\d{1,3}", word))


def _acting_after_office(
    analysis: Doc, organization: list[Chunk], pieces: list[Chunk], at: int
) -> int | None:
    """Where the acting post right after a post's one-chunk office ends: a chunk opening with an
    acting prefix and going on (position_acting_prefixes.txt: "รักษาราชการแทนรองปลัดกระทรวง...",
    "ปฏิบัติหน้าที่ผู้อำนวยการ..."), with the units that carry it on ("ด้านบริหาร"); None if
    none follows."""
    if len(organization) != 1 or at >= len(pieces):
        return None
    piece = pieces[at]
    if piece.start != organization[0].end + 1:
        return None
    prefixes = word_list(analysis.gazetteer.directory, "position_acting_prefixes.txt")
    prefix = starts_with_any(piece.text, prefixes)
    if prefix is None or not analysis.gazetteer.opens_position(piece.text[len(prefix) :]):
        return None
    end = _cut(analysis, piece).end
    if end < piece.end:
        return end
    unit_openers = word_list(analysis.gazetteer.directory, "position_unit_openers.txt")
    for following in pieces[at + 1 :]:
        if following.start != end + 1 or not starts_with_any(following.text, unit_openers):
            break
        end = _cut(analysis, following).end
        if end < following.end:
            break
    return end


def _graded_office(analysis: Doc, piece: Chunk, following: Chunk | None) -> bool:
    """`piece` is a Thai phrase in parentheses (a grade or a line of work, not an abbreviation:
    "(นักบริหารระดับต้น)", "(ปฏิบัติการ)") and `following`, right after it, opens an office
    (organization_heads.txt) other than a ministry or a company (organization_parents.txt)."""
    gaz = analysis.gazetteer
    return (
        following is not None
        and following.start == piece.end + 1
        and _BRACKETED_WORDS.fullmatch(piece.text) is not None
        and starts_with_any(following.text, gaz.organization_heads) is not None
        and starts_with_any(following.text, gaz.organization_parents) is None
    )


def _acting_for(analysis: Doc, last: Chunk, piece: Chunk) -> bool:
    """`last` ends with an acting prefix, glued to the post held or written apart after it
    (position_acting_prefixes.txt: "รองผู้อำนวยการรักษาการในตำแหน่ง", "รองอธิบดีกรม X รักษาการใน
    ตำแหน่ง"), and `piece`, right after it, opens the post acted for; gold.md v2 keeps the acting
    post."""
    gaz = analysis.gazetteer
    if piece.start != last.end + 1 or not gaz.opens_position(piece.text):
        return False
    return _acting_ending(gaz.directory).search(last.text) is not None


@lru_cache(maxsize=4)
def _acting_ending(directory) -> re.Pattern[str]:
    """An acting prefix ending a chunk, alone or "in the post of" ("...รักษาการในตำแหน่ง")."""
    prefixes = alternation(word_list(directory, "position_acting_prefixes.txt"))
    return re.compile(rf"(?:{prefixes})(?:ในตำแหน่ง)?$")


def _counted_group(analysis: Doc, following: Chunk | None) -> bool:
    """`following` counts the post before it as a group ("ทั้ง 17 จังหวัด"; group_quantifiers.txt
    and a number)."""
    if following is None:
        return False
    word = starts_with_any(
        following.text, word_list(analysis.gazetteer.directory, "group_quantifiers.txt")
    )
    if word is None:
        return False
    # the number glued on ("ทั้ง17") or written apart ("ทั้ง 17")
    rest = following.text[len(word) :] or analysis.text[following.end : following.end + 2].lstrip()
    return bool(re.match(f"[0-9{THAI_DIGIT_RANGE}]", rest))


def _names_a_state(analysis: Doc, word: str) -> bool:
    """A foreign state's name, formal ("สาธารณรัฐสิงคโปร์") or short ("ญี่ปุ่น"), and nothing more."""
    gaz = analysis.gazetteer
    state = starts_with_any(word, gaz.state_words)
    rest = word[len(state) :] if state else word
    code = gaz.place_to_country.get(rest)
    return code is not None and code != "TH" and (bool(state) or rest in _country_names(gaz))


def _country_names(gaz) -> frozenset[str]:
    return _country_name_set(gaz.countries)


@lru_cache(maxsize=4)
def _country_name_set(countries) -> frozenset[str]:
    return frozenset(n for c in countries for n in c.names)


def _after_intro(analysis: Doc, offset: int) -> int:
    """`offset`, or where the position begins after a word that introduces it written right
    there (position_intro_words.txt: " ตำแหน่ง ผู้อำนวยการ...", " ตำแหน่งผู้จัดการ...";
    position_verb_intros.txt: " เป็นผู้ว่าการ...")."""
    text = analysis.text
    at = offset + 1 if text.startswith(" ", offset) else offset
    directory = analysis.gazetteer.directory
    intro = starts_with_any(
        text[at : at + _LONGEST_INTRO],
        word_list(directory, "position_intro_words.txt")
        + word_list(directory, "position_verb_intros.txt"),
    )
    if intro is None:
        return offset
    # "นาย ก ข เป็นประธานในพิธี", "... เป็นประธานการประชุม": a chair cue gives a role, not a
    # post, unless a post goes on after it ("เป็นประธานกรรมการ...")
    cue = starts_with_any(text[at : at + _LONGEST_INTRO], analysis.gazetteer.chair_cues)
    if cue and not analysis.gazetteer.opens_position(text[at + len(cue) : at + _LONGEST_INTRO]):
        return offset
    at += len(intro)
    return at + 1 if text.startswith(" ", at) else at


# Longer than any word of position_intro_words.txt.
_LONGEST_INTRO = 40


def _introduced_position(analysis: Doc, cursor: int, limit: int) -> int | None:
    """Where a position introduced after the name at `cursor` begins: after an intro word right
    there ("Mr. A B ตำแหน่ง ผู้อำนวยการ..."), or after one that ends a relative clause
    (position_clause_openers.txt) within [persons] appointed_position_reach ("นาย ก ข
    ซึ่งได้รับการแต่งตั้งให้ดำรงตำแหน่งเลขานุการรัฐมนตรี..."). None when no position opens there."""
    text = analysis.text
    gaz = analysis.gazetteer
    at = _after_intro(analysis, cursor)
    if at == cursor:
        start = cursor + 1 if text.startswith(" ", cursor) else cursor
        rest = text[start:limit]
        opener = starts_with_any(rest, word_list(gaz.directory, "position_clause_openers.txt"))
        if opener is None or gaz.opens_position(rest):
            return None  # no clause ("ที่ปรึกษา..." is a position itself)
        reach = analysis.settings(PersonsSettings).appointed_position_reach
        intro = _intro_pattern(word_list(gaz.directory, "position_intro_words.txt")).search(
            text, start + len(opener), min(limit, start + reach)
        )
        if intro is None:
            return None
        at = intro.end() + 1 if text.startswith(" ", intro.end()) else intro.end()
    if at >= limit or not gaz.opens_position(text[at:limit]):
        return None
    return at


@lru_cache(maxsize=4)
def _intro_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(alternation(words))


def _role_position(
    analysis: Doc, mention: PersonMention, all_mentions: list[PersonMention], first: Chunk
) -> Chunk | None:
    """ "นายก ข ในฐานะประธานกรรมการ...": the role after a cue of position_role_cues.txt, as the
    chunk to read the position from, when no position is written before the name either."""
    role = starts_with_any(
        first.text, word_list(analysis.gazetteer.directory, "position_role_cues.txt")
    )
    if role is None or not analysis.gazetteer.opens_position(first.text[len(role) :]):
        return None
    _position_before(analysis, mention, all_mentions)
    if mention.position is not None:
        return None
    return Chunk(first.start + len(role), first.end, first.text[len(role) :])


# A parenthesis right after a name: "(ปู่แก้ว)", "(คุณหลีทวีกิจ)".
_ALIAS = re.compile(f"\\s?\\(([{THAI_LETTERS}][{THAI_LETTERS}.\\- ]*)\\) (?=[{THAI_LETTERS}])")
_CHUNK_AFTER = re.compile(r"\S*")


def _alias_end(analysis: Doc, cursor: int) -> int | None:
    """ "นายแก้ว บุตรชาติ (ปู่แก้ว) ผู้ทรงคุณวุฒิ": another name of the person (a nickname, a
    pen name) in parentheses between the name and the position, as the English form of the name
    is (`_ENGLISH_NAME`); the position is read after it. Told by what follows: the words after
    the parenthesis open a position, and the words inside do not (a position in parentheses is
    `_bracketed_position`'s). Where the position starts, or None."""
    text = analysis.text
    alias = _ALIAS.match(text, cursor)
    reach = analysis.settings(PersonsSettings).bracketed_position_reach
    if alias is None or alias.end() - cursor > reach:
        return None
    gaz = analysis.gazetteer
    following = _CHUNK_AFTER.match(text, alias.end()).group()
    if gaz.opens_position(alias.group(1)) or not gaz.opens_position(following):
        return None
    return alias.end()


def _bracketed_position(analysis: Doc, start: int, limit: int) -> Chunk | None:
    """A position in parentheses right after a name ("(หัวหน้าโครงการ)"): Thai words that open
    with a position and close within [persons] bracketed_position_reach."""
    text = analysis.text
    reach = analysis.settings(PersonsSettings).bracketed_position_reach
    close = text.find(")", start, min(limit, start + reach))
    inner = text[start + 1 : close]
    if close < 0 or not re.fullmatch(f"[{THAI_LETTERS}][{THAI_LETTERS}. ]*", inner):
        return None
    if not analysis.gazetteer.opens_position(inner):
        return None
    return Chunk(start + 1, close, inner)


# A parenthesised abbreviation of an office or grade: "(ดีอีเอส)", "(รก.11)", "(อว.)".
_BRACKETED_ABBREVIATION = re.compile(f"\\([{THAI_LETTERS}A-Za-z.]{{1,12}}[0-9]{{0,3}}\\)")


def _abbreviation_inside(analysis: Doc, piece: Chunk, following: Chunk | None) -> bool:
    """`piece`, a parenthesised abbreviation after a post, is followed right away by the acting
    post the same person holds (position_acting_prefixes.txt: "ปฏิบัติหน้าที่ผู้อำนวยการ...", kept by
    gold.md v2). Not any post: "(สคร.) กรรมการและเลขานุการคณะกรรมการ..." is the person's seat
    in the meeting, which the annotators leave out."""
    if following is None or following.start != piece.end + 1:
        return False
    if not _BRACKETED_ABBREVIATION.fullmatch(piece.text):
        return False
    text = following.text
    gaz = analysis.gazetteer
    acting = starts_with_any(text, word_list(gaz.directory, "position_acting_prefixes.txt"))
    return bool(acting and len(text) > len(acting))


def _continuing_pair(analysis: Doc, piece: Chunk, following: Chunk | None) -> tuple[Chunk, ...]:
    """Two chunks that carry a position on: "คนที่ 1", "รักษาราชการแทน ผู้อำนวยการ..."."""
    if following is None or following.start != piece.end + 1:
        return ()
    gaz = analysis.gazetteer
    if piece.text == "คนที่" and re.fullmatch(r"\d{1,3}", following.text):
        return (piece, following)
    acting = piece.text in gaz.position_prefixes
    if acting and gaz.opens_position(following.text):
        return (piece, following)
    return ()


def _abbreviated_positions(analysis: Doc) -> tuple[str, ...]:
    return _period_abbreviations(tuple(analysis.gazetteer.position_abbreviations))


@lru_cache(maxsize=4)
def _period_abbreviations(abbreviations: tuple[str, ...]) -> tuple[str, ...]:
    words = [a for a in abbreviations if a.endswith(".")]
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _enumeration(analysis: Doc, pieces: list[Chunk], index: int) -> list[Chunk]:
    """The rest of a name written as a list: "กรมเอเชียใต้ ตะวันออกกลาง และแอฟริกา",
    "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม". Up to three plain chunks, the last one
    holding "และ"; anything that opens like a verb, a title or an office ends it."""
    gaz = analysis.gazetteer
    taken: list[Chunk] = []
    for piece in pieces[index : index + 3]:
        word = piece.text
        if taken and piece.start != taken[-1].end + 1:
            return []
        if not re.fullmatch(f"[{THAI_LETTERS}]{{2,30}}", word):
            return []
        if word == "และ":
            return []  # "สส. พรรคเพื่อไทย และ ...": a bare "และ" links the next party
        if not taken and word.startswith("และ"):
            return []  # "ผู้อำนวยการกองกลาง และเจ้าหน้าที่": a second party, not the name's end
        opener = word[3:] if word.startswith("และ") else word
        if starts_with_any(opener, gaz.people_words) or (
            starts_with_any(opener, gaz.stopwords_for("position"))
            or starts_with_any(opener, gaz.phrase_breaks)
            or starts_with_any(opener, gaz.position_heads + gaz.organization_heads)
            or starts_with_any(opener, gaz.honorifics + gaz.ranks + gaz.academic_titles)
        ):
            return []
        taken.append(piece)
        if "และ" in word:
            return taken
    return []


def _committee_name(analysis: Doc, last: Chunk, pieces: list[Chunk], index: int) -> list[Chunk]:
    """The rest of a committee's name after the post's last chunk `last` that names the
    committee (position_committee_heads.txt), in full (not "คณะกรรมการฯ"): up to [persons]
    committee_name_chunks plain Thai chunks, each right after the one before, none opening like
    a verb, a title, a word for people, an office or a post (an organisation after the name, such
    as "สภาผู้แทนราษฎร", is read as the post's organisation)."""
    gaz = analysis.gazetteer
    committees = word_list(gaz.directory, "position_committee_heads.txt")
    if last.text.endswith("ฯ") or not any(word in last.text for word in committees):
        return []
    most = analysis.settings(PersonsSettings).committee_name_chunks
    taken: list[Chunk] = []
    previous = last
    for piece in pieces[index : index + most]:
        word = piece.text
        if piece.start != previous.end + 1 or not re.fullmatch(f"[{THAI_LETTERS}]{{2,}}", word):
            break
        if (
            starts_with_any(word, gaz.people_words)
            or starts_with_any(word, gaz.stopwords_for("position"))
            or starts_with_any(word, gaz.phrase_breaks)
            or starts_with_any(word, gaz.position_heads + gaz.organization_heads)
            or starts_with_any(word, gaz.honorifics + gaz.ranks + gaz.academic_titles)
            # a name's part is a phrase: one word ("พบ", "ดังนี้") is the sentence going on
            or word in gaz.dictionary_words
            or not _inner_boundary(analysis, piece)
        ):
            break
        if _cut(analysis, piece).end < piece.end:
            break  # a break inside it ("พบหารือกับ"): the sentence goes on
        taken.append(piece)
        previous = piece
    # the name ends at the body the committee is of ("... สภาผู้แทนราษฎร"); without it the
    # chunks are as often the next, unnamed party or the sentence going on
    after = index + len(taken)
    if (
        not taken
        or after >= len(pieces)
        or pieces[after].start != previous.end + 1
        or not starts_with_any(pieces[after].text, gaz.organization_heads)
    ):
        return []
    return taken


def _inner_boundary(analysis: Doc, chunk: Chunk) -> bool:
    """The tokenizer found a word boundary inside `chunk`: it is more than one word."""
    return analysis.next_token_bound(chunk.start) < chunk.end


# How many chunks before a name a position phrase may begin ("ผู้จัดการธนาคาร... สาขาพะเยา
# (นายนพรัตน์ ...)").
MAX_CHUNKS_BEFORE = 3


def _position_before(
    analysis: Doc, mention: PersonMention, all_mentions: list[PersonMention] = ()
) -> None:
    """ "รองนายกรัฐมนตรี นายX", "ผู้แทนสภาอุตสาหกรรมจังหวัดพะเยา (นายX)": a position phrase
    right before the name, that is no other person's name, position or organisation."""
    text = analysis.text
    gaz = analysis.gazetteer
    line_start = analysis.line_at(mention.start).start
    start = mention.start
    in_parentheses = start > 0 and text[start - 1] == "("
    if in_parentheses:
        start -= 1
    before = chunks(text, max(line_start, start - 200), start)
    if not before or before[-1].end < start - 1:
        return
    if in_parentheses and before[-1].end != start - 1:
        return
    taken = [
        span
        for other in all_mentions
        if other is not mention
        for span in ((other.start, other.name_end), other.position, other.organization)
        if span is not None
    ]
    reach = MAX_CHUNKS_BEFORE if in_parentheses else 1
    for back in range(1, min(reach, len(before)) + 1):
        phrase = before[-back:]
        if any(c.start < e and s < c.end for c in phrase for s, e in taken):
            return
        at = _opener_start(analysis, phrase[0])
        if at is not None:
            if any(
                c.start != p.end + 1 or starts_with_any(c.text, gaz.stopwords_for("position"))
                for p, c in zip(phrase, phrase[1:], strict=False)
            ):
                return
            last = phrase[-1] if back > 1 else Chunk(at, phrase[-1].end, text[at : phrase[-1].end])
            end = _cut(analysis, last).end
            leads = word_list(gaz.directory, "person_name_leads.txt")
            if end < last.end and text[end : last.end] in leads:
                # "นายกรัฐมนตรีชื่อแพทองธาร": a word introducing the name, not a clause
                mention.position = (at, end)
                return
            if end < last.end:
                # "นายกรัฐมนตรีเผยถึงกรณี...คดีของนายX": the post opens a clause that goes on to
                # the name; it is the subject's, not X's
                return
            mention.position = (at, phrase[-1].end)
            return


def _share_positions(analysis: Doc, mentions: list[PersonMention]) -> None:
    """Names in a row share a position: "นางวรวรรณ ชิตอรุณ นายจุลพงษ์ ทวีศรี รองปลัดกระทรวง...",
    "รองปลัดกระทรวง... ได้แก่ นางสาวแรมรุ้ง วรวัธ และนายธนสุนทร สว่างสาลี"."""
    text = analysis.text
    runs: list[list[PersonMention]] = []
    for mention in mentions:
        if mention.honorific_kind == "position-abbreviation":
            runs.append([])
            continue
        if runs and runs[-1]:
            previous = runs[-1][-1]
            gap = text[previous.end : mention.start]
            if previous.position is None and _LIST_GAP.fullmatch(gap):
                runs[-1].append(mention)
                continue
        runs.append([mention])
    for run in runs:
        if len(run) < 2 and not (run and run[0].position is None):
            continue
        last = run[-1]
        if last.position is not None and all(m.position is None for m in run[:-1]):
            for m in run[:-1]:
                m.position = last.position
            continue
        if all(m.position is None for m in run):
            phrase = _position_before_list(analysis, run[0])
            if phrase is not None:
                for m in run:
                    m.position = phrase


# What may stand between names of one list: spaces, a comma, "และ".
_LIST_GAP = re.compile(r"\s*(?:,|และ)?\s*")


@lru_cache(maxsize=4)
def _list_cue(words: tuple[str, ...]) -> re.Pattern[str]:
    """ "รองปลัดกระทรวง... ได้แก่ นางสาวA และนายB": a word of person_list_cues.txt right before."""
    return re.compile(rf"(?:{alternation(words)})\s?$")


def _position_before_list(analysis: Doc, mention: PersonMention) -> tuple[int, int] | None:
    text = analysis.text
    gaz = analysis.gazetteer
    line_start = analysis.line_at(mention.start).start
    window = text[max(line_start, mention.start - 200) : mention.start]
    cue = _list_cue(gaz.person_list_cues).search(window)
    if not cue:
        return None
    cue_start = mention.start - len(window) + cue.start()
    before = chunks(text, max(line_start, cue_start - 200), cue_start)
    if not before or before[-1].end < cue_start - 1:
        return None
    for back in range(1, min(MAX_CHUNKS_BEFORE, len(before)) + 1):
        phrase = before[-back:]
        at = _opener_start(analysis, phrase[0])
        if at is not None:
            return (at, phrase[-1].end)
        if starts_with_any(phrase[0].text, gaz.stopwords_for("position")):
            return None
    return None


def _opener_start(analysis: Doc, chunk: Chunk) -> int | None:
    """Where a position phrase opens in a chunk: at its start, or after a word that leads up to
    names and was written on to it ("โดยมีรองปลัดกระทรวง..."), wherever that word is in the
    chunk ("และจะนำเสนอรัฐมนตรีว่าการ...", "วิสัยทัศน์ของอดีตนายกรัฐมนตรี"): only after such a
    word (words_before_names.txt), so that a head inside a compound ("คณะรัฐมนตรี") opens none."""
    gaz = analysis.gazetteer
    head = gaz.opens_position(chunk.text)
    if head:
        return chunk.start if len(chunk.text) > len(head) - 1 else None
    lead = starts_with_any(chunk.text, gaz.words_before_names)
    if lead and gaz.opens_position(chunk.text[len(lead) :]):
        return chunk.start + len(lead)
    return _glued_opener(analysis, chunk, gaz.words_before_names)


def _glued_opener(analysis: Doc, chunk: Chunk, leads: tuple[str, ...]) -> int | None:
    """The first word boundary inside `chunk` that a lead word ends and a position opens at."""
    text = analysis.text
    bounds = analysis.token_bounds
    for at in bounds[
        bisect.bisect_right(bounds, chunk.start) : bisect.bisect_left(bounds, chunk.end)
    ]:
        lead = next((w for w in leads if text.endswith(w, chunk.start, at)), None)
        if (
            lead is not None
            and analysis.is_token_boundary(at - len(lead))
            and analysis.gazetteer.opens_position(text[at : chunk.end])
        ):
            return at
    return None


def assign_roles(analysis: Doc, mentions: list[PersonMention]) -> None:
    """Chair and co-chair: a chair cue ("เป็นประธาน") soon after a mention's phrase, or "ร่วมกับ"
    after a chair's cue. `mentions` sorted by start."""
    text = analysis.text
    settings = analysis.settings(PersonsSettings)
    for index, mention in enumerate(mentions):
        line = analysis.line_at(mention.start)
        next_start = mentions[index + 1].start if index + 1 < len(mentions) else line.end
        window_end = min(line.end, next_start, mention.end + settings.chair_cue_window)
        cue = _chair_cues(analysis.gazetteer.chair_cues).search(text, mention.end, window_end)
        if cue:
            mention.role = "co-chair" if "ร่วม" in cue.group() else "chair"
            mention.chair_cue = cue.start()
            continue
        # "X เป็นประธานการประชุมร่วมกับ Y": Y co-chairs.
        if index > 0:
            previous = mentions[index - 1]
            gap = (
                text[previous.chair_cue or previous.end : mention.start]
                if previous.chair_cue
                else ""
            )
            if (
                previous.role in ("chair", "co-chair")
                and len(gap) < settings.co_chair_gap
                and _CO_CHAIR_LINK.search(gap.rstrip())
            ):
                mention.role = "co-chair"
                mention.chair_cue = previous.chair_cue


def group_officials(mentions: list[PersonMention]) -> list[OfficialGroup]:
    """One official per person: full names first, then given-name-only mentions join them."""
    officials: list[OfficialGroup] = []
    by_name: dict[str, OfficialGroup] = {}
    by_given: dict[str, OfficialGroup] = {}
    for mention in sorted(mentions, key=lambda m: (m.family is None, m.start)):
        key = mention.name.replace(" ", "")
        official = by_name.get(key)
        if official is None and mention.family is None:
            official = by_given.get(mention.given)
        if official is None:
            official = OfficialGroup()
            officials.append(official)
            by_name[key] = official
            by_given.setdefault(mention.given, official)
        official.mentions.append(mention)
    for official in officials:
        official.mentions.sort(key=lambda m: m.start)
    officials.sort(key=lambda o: o.mentions[0].start)
    return officials


def is_official(official: OfficialGroup) -> bool:
    """The gold annotation's convention (shared/spec/gold.md) for who is an official in the
    record: a named person given a position, office or rank, in the body."""
    # A headline's "“รมช.อัครา”" names an official the body may give only by post: gold.md's
    # given-name-only rule takes it (_abbreviated_position_mentions keeps such names safe).
    # gold.md counts every named person in the text: a speech's title ("คำกล่าว พลเอก ประยุทธ์
    # จันทร์โอชา นายกรัฐมนตรี ในโอกาส...") names its speaker only there. Outside the body the name
    # must be titled and have a family name ("นายกฯ พร้อม..." is a verb, not a name).
    if not any(m.in_body or m.names_alone or _titled_with_post(m) for m in official.mentions):
        return False
    return any(
        m.position or m.honorific_kind == "rank" or m.organization for m in official.mentions
    )


def _titled_with_post(mention: PersonMention) -> bool:
    return bool(mention.position and mention.family and mention.honorific_kind in _TITLE_KINDS)


def written_name(analysis: Doc, mention: PersonMention) -> str:
    """The name as the brief writes it (a decomposed SARA AM, Thai digits) when its span holds
    just the given and family name; else the name read ("สมชาย ใจดี" from a glued "สมชายใจดี")."""
    written = analysis.as_written(mention.name_start, mention.name_end).strip()
    read = analysis.text[mention.name_start : mention.name_end].strip()
    return written if read == mention.name else mention.name


def _fullest_position(analysis: Doc, official: OfficialGroup) -> tuple[int, int] | None:
    """The position of a person's first mention with a full name (else of any mention), unless
    a later mention writes it out more fully: a headline's "รมช.ธรรมนัส" or a lead's
    "นายกรัฐมนตรี" before the body's "รัฐมนตรีช่วยว่าการกระทรวงเกษตรฯ" / "นายกรัฐมนตรี
    และรัฐมนตรีว่าการกระทรวงกลาโหม". Fuller: the same text with more after it, or the written-out
    post (position_abbreviations.tsv) of a bare abbreviation. More after it is a second post
    ("และ...", a post head, an acting post), not whatever a later mention ran on into
    ("นายกรัฐมนตรีมาเลเซีย รัฐบาล...", "...ของจีนในด้านความร่วมมือ...")."""
    gaz = analysis.gazetteer
    expansions = gaz.position_abbreviations
    acting = word_list(gaz.directory, "position_acting_prefixes.txt")
    spans = [m.position for m in official.mentions if m.position and m.family] or [
        m.position for m in official.mentions if m.position
    ]
    if not spans:
        return None
    best = spans[0]
    for span in spans[1:]:
        # compared as read (normalised), like the abbreviations' expansions
        shorter = analysis.text[best[0] : best[1]].strip()
        fuller = analysis.text[span[0] : span[1]].strip()
        if len(fuller) <= len(shorter):
            continue
        expansion = expansions.get(shorter)
        more = fuller[len(shorter) :].lstrip() if fuller.startswith(shorter) else ""
        if (
            more.startswith("และ")
            or (more and (gaz.opens_position(more) or starts_with_any(more, acting)))
            or (expansion and fuller.startswith(expansion))
        ):
            best = span
    return best


def official_record(analysis: Doc, official: OfficialGroup) -> Official:
    primary = official.primary
    position = _fullest_position(analysis, official)
    organization = next((m.organization for m in official.mentions if m.organization), None)
    honorific = next(
        (
            m.honorific
            for m in official.mentions
            if m.honorific and m.honorific_kind != "position-abbreviation"
        ),
        None,
    )
    roles = {m.role for m in official.mentions}
    role = "chair" if "chair" in roles else "co-chair" if "co-chair" in roles else "participant"
    return Official(
        name=written_name(analysis, primary),
        honorific=honorific,
        name_en=next((m.name_en for m in official.mentions if m.name_en), None),
        position=analysis.value(position),
        organization=analysis.value(organization),
        role=role,
        evidence=[analysis.evidence(m.name_start, m.name_end) for m in official.mentions],
    )


def person_span(person: PersonMention) -> tuple[int, int]:
    """A person mention as a PERSON entity, the ThaiNER way: titles included."""
    if person.source == "model" or person.honorific_kind in _TITLE_KINDS:
        return person.start, person.name_end
    return person.name_start, person.name_end


@dataclass
class PersonsFound:
    """Slot of the `persons` component: every mention (sorted by start) and the mentions grouped
    by person."""

    mentions: list[PersonMention]
    officials: list[OfficialGroup]

    def recorded(self) -> list[OfficialGroup]:
        """The groups that are officials of the record (see is_official)."""
        return [o for o in self.officials if is_official(o)]


@component(
    "persons",
    requires=(Layout, Tokens, ModelSpans),
    assigns=(PersonsFound,),
    config=PersonsSettings,
)
class PersonsComponent:
    """Person mentions (rules, plus the model's PERSON spans), their roles and officials."""

    def __init__(self, settings: PersonsSettings, resources: Resources) -> None:
        self.settings = settings

    def __call__(self, doc: Doc) -> None:
        model = [(s, e) for s, e, label in doc.get(ModelSpans).spans if label == "PERSON"]
        if not self.settings.use_model:
            model = []
        elif self.settings.model_scope != "all":
            model = in_cue_windows(doc, model)
        mentions = find_person_mentions(doc, model)
        assign_roles(doc, mentions)
        doc.set(PersonsFound(mentions, group_officials(mentions)))

    def contribute(self, doc: Doc, draft: RecordDraft) -> None:
        found = doc.get(PersonsFound)
        draft.set("officials", [official_record(doc, o) for o in found.recorded()])
        for person in found.mentions:
            start, end = person_span(person)
            draft.add_span(start, end, "PERSON", "model" if person.source == "model" else "rule")
            if person.position:
                draft.add_span(*person.position, "POSITION")
            if person.organization:
                draft.add_span(*person.organization, "ORGANIZATION")
