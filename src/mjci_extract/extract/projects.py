"""Named projects: "โครงการ" + its specific name, up to the end of the name (gold.md v2).

A title is read in two steps. The *name* is the first space-separated chunk after โครงการ, cut
before a word that opens the following clause (project_clause_words.txt); a title written with a
space after โครงการ takes its quoted title or its run of Latin words and numbers instead. The name
is then extended only by what belongs to the title (project_qualifiers.txt: a year, a phase, the
place, a route number, a royal occasion), a parenthesised alias, and words that the brief repeats
after the same name in another sentence (a slogan such as "ตำบลมั่นคง มั่งคั่ง ยั่งยืน").

Lists after อาทิ / เช่น / ได้แก่ ("โครงการA โครงการB และโครงการC") give one project each. Generic
mentions are not projects: "โครงการดังกล่าว", "โครงการต่าง ๆ", "21 โครงการ", "โครงการที่จะ...",
"โครงการภายใต้...", "แผนงาน/โครงการ", a clause about a project ("โครงการคือ...",
project_generic_after.txt) and a kind of project ("โครงการนำร่อง", project_generic_names.txt), also
with only a domain, owner or basis after it ("โครงการลงทุนด้านพลังงานสะอาด", project_kind_tails.txt).
A title glued after a predicate ("ซึ่งถือเป็นโครงการ...", project_predicate_before.txt) says what
something is, not a name. A name may open with what the project gives ("โครงการให้ความช่วยเหลือ...",
project_name_phrases.txt); a quoted title after a spaced name joins it.

A spaced Latin title keeps a year after it ("โครงการ Silk Festival 2023") and ends before the next
list item; a web address there is not a title. A correlative slogan ends after its second half's
word ("โครงการยิ่งใช้ยิ่งได้"), and a relative ที่ left at the end of a cut name goes (not an
ordinal's). Irrigation offices ("โครงการชลประทานชัยภูมิ") and where a project runs
("โครงการบริเวณ...") are not projects (project_generic_after.txt).

A title whose quote opens before โครงการ ('"โครงการX เพื่อY"') is read to the closing quote. A project
whose mentions use โครงการ as a common noun ("EXIM Bank มีโครงการระดมทุนผ่าน Green Bond") is
dropped when two signals agree (drop_indefinite).

Mentions of one project are grouped (group_projects): the same title, a title cut short with ฯ,
the name without its qualifiers, the same name after a leading verb ("โครงการก่อสร้างฝายX" and
"โครงการฝายX"), a title with one more word inside, another structure word before one place
("โครงการฝายX", "โครงการเขื่อนX"), or a spelling variant.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import PositiveInt

from mjci_extract.core.config import Section, config_section
from mjci_extract.core.draft import RecordDraft
from mjci_extract.core.registry import Resources, component
from mjci_extract.extract.common import (
    Chunk,
    chunks,
    royal_name_chars,
    royal_name_end,
    royal_names,
    starts_with_any,
    strip_span,
)
from mjci_extract.lexicon.gazetteer import Gazetteer, alternation, word_list, word_pattern
from mjci_extract.lexicon.thai import THAI_CONSONANTS, THAI_DIGITS, THAI_LETTERS
from mjci_extract.record.models import Project
from mjci_extract.text.dates import thai_month_names
from mjci_extract.text.doc import Doc
from mjci_extract.text.layout import Layout
from mjci_extract.text.segment import Tokens, tokenize_words

_KEYWORD = re.compile(r"โครงการ")
# A number right before โครงการ counts projects ("21 โครงการ"), but not a year ("พ.ศ. 2566
# โครงการก่อสร้างสะพาน...", "2561 – 2564 โครงการเขตพัฒนาพิเศษ...") or the last part of a dotted
# item number ("1.1 โครงการบริหารจัดการท่าเทียบเรือ..."): those open a title. ทุก ("ทุกโครงการ
# รฟท. มีแผน...") is every project, as ทั้ง is all of them; หลาย (หลายๆ), แต่ละ and a บาง written
# apart from a word before it ("อย่างที่หลายโครงการประชาชนเห็นด้วย...") are many, each and some of
# them; จุดเริ่มต้น / จุดสิ้นสุด ("จุดสิ้นสุดโครงการเชื่อมต่อกับ...") are where a project said before
# starts or ends.
_GENERIC_BEFORE = re.compile(
    r"(?:(?<![\d.])(?!(?:19|20|25)\d\d\s?$)\d+\s?|แผนงาน\s?|แผนงาน/|แผนงานและ|กิจกรรมและ|กิจกรรม/|/|จำนวน\s?|ข้อเสนอ|ร่าง|(?<!รวม)ทั้ง|ทุก|เจ้าของ"
    rf"|ผู้รับผิดชอบ|หลาย|หลาย\s?ๆ\s?|แต่ละ|(?<![{THAI_LETTERS}])บาง|จุดเริ่มต้น|จุดสิ้นสุด)$"
)
# A year of the Common or the Buddhist era written in a title ("Expo 2025", "ปี 2567").
_YEAR = re.compile(r"(?:19|20|25)\d\d")
# A number of at most two digits after a name, and what makes it a count or a date instead.
_SMALL_NUMBER = re.compile(r"\d{1,2}")
_COUNT_BEFORE = re.compile(r"(?:ทั้ง|รวม|จำนวน|กว่า|ละ|ประมาณ|(?<!ศตวรรษ)ที่)$")
# A title followed by a list marker names a kind of project ("โครงการนำร่อง อาทิ ...").
_CATEGORY_AFTER = re.compile(r"\s?(?:อาทิ|เช่น|ได้แก่|ดังนี้|ประกอบด้วย)")
# Two ends of a route: Thai words on both sides of a dash ("เชียงแมน - หลวงพระบาง").
_ROUTE = re.compile(rf"[{THAI_LETTERS}.)]\s?[-–]\s?[{THAI_LETTERS}(]")
# What makes a kind of project a named one ("โครงการรถไฟทางคู่ สายขอนแก่น-หนองคาย"): a route, a
# place, an alias, a quote or a Latin name.
_NAMING_QUALIFIER = re.compile(r"สาย|ช่วง|จังหวัด|จ\.|อำเภอ|อ\.|ตำบล|ต\.|หมายเลข|\(|\"|[A-Za-z]")
_PHASE_OR_YEAR = re.compile(
    r"(?:(?:ระยะที่|ระยะ|เฟสที่|เฟส|รอบที่|รุ่นที่|ตอนที่|ช่วงที่|ชุดที่|ครั้งที่|ฉบับที่|(?:ประจำ)?ปี(?:งบประมาณ)?)"
    r"(?:พ\.ศ\.)?[\d/\-]+)+$"
)
# A list of projects: its cue, or the end of the project before ("โครงการA โครงการB และโครงการC").
_LIST_CUE = re.compile(r"(?:อาทิ|เช่น|ได้แก่|ประกอบด้วย|ดังนี้)\s*(?:\d+\)\s*)?$")
_PLURAL_AFTER = re.compile(r" ?ๆ")
# A name ending in a numbered word whose number follows after a space ("...ข้าวปี 2563/64",
# an ordinal "...ดวงที่ 2"); words specific enough to need no word boundary are data
# (project_number_heads.txt).
_NUMBERED_TAIL = re.compile(r"(?:ที่|ปี|ปีงบประมาณ|ปีการผลิต|พ\.ศ\.|ระยะ|เฟส|หมายเลข|สาย)$")
# A part joined to a name by และ runs to the title's year or phase that closes it (_joined_to_tail):
# the year or phase words before its number, and what between them makes the part a clause.
_JOINER = "และ"
# โดย glued to a name, naming who runs the project or by what means (_glued_agent).
_AGENT = "โดย"
_JOINED_TAIL = re.compile(
    r"(?:ประจำปีงบประมาณ|ประจำปี|ปีงบประมาณ|ปีการผลิต|ปี|ระยะที่|ระยะ|เฟส)(?= ?(?:พ\.ศ\.)? ?\d)"
)
_ERA = re.compile(r" ?พ\.ศ\.")
_NOT_JOINED = re.compile(r"[\d()\"“”'‘’:,]|โครงการ")
# Its number: "2563/64", "3", a road code "สร.4026" (with the route after it, "แยก ทล.2378 - ...").
_TAIL_NUMBER = re.compile(rf" ?(?:\d[\d/.\-]*|[{THAI_CONSONANTS}]{{1,3}}\.\s?\d+)")
# Kilometre posts after "กม": ". ที่ 1+875 ถึง กม. ที่ 6+200", ".11+959.904 - 20+295.417".
_POST = r"\d+\+\d+(?:\.\d+)?"
_KILOMETRE = re.compile(rf"\.\s?(?:ที่\s?)?{_POST}(?:\s?(?:-|–|ถึง)\s?(?:กม\.\s?(?:ที่\s?)?)?{_POST})?")
# A year after ปี: Buddhist Era or Common Era, four digits ("2565", "2563/64", "2023").
_TAIL_YEAR = re.compile(r" ?(?:25|20)\d\d(?!\d)")
# A route after a title that ends with สาย / ช่วง written apart from it: a road code ("ข1", "ง2")
# or two ends joined by a dash ("สิเกา - ไสต้นวา").
_ROUTE_WORDS = ("สาย", "ช่วง")
_ROUTE_AFTER = re.compile(
    rf"[{THAI_CONSONANTS}]{{1,2}}\d+(?![\d.,])|[{THAI_LETTERS}]+(?:\s?[-–]\s?[{THAI_LETTERS}]+)+"
)
# "โครงการก่อสร้างถนนสายดังกล่าว": the road said before, so no title of its own.
_BACK_REFERENCES = ("ดังกล่าว", "นี้", "นั้น")
_LIST_CUE_BEFORE_PROJECT = re.compile(r"(?:อาทิ|เช่น|ได้แก่|ประกอบด้วย)\s*(?:\d+\)\s*)?โครงการ")
# The number of a list item right before a title: "1) ", "(2) ", "3. ".
_ITEM_NUMBER = re.compile(r"(?:\(?\d{1,2}\)|\d{1,2}\.)\s*$")
# A list item's number after "โครงการ " ("...แผนงาน และโครงการ 3. ระดับที่..."): the next item.
_LIST_ITEM_AFTER = re.compile(r"\(?\d{1,2}[.)](?:\s|$)")
# A count of projects: "49 โครงการ", "จำนวน 11 โครงการ", but not "ทั้ง 2 โครงการ".
_COUNT_OF_KIND = re.compile(r"(?<!ทั้ง)(?<!ทั้ง )(?<![\d,])\d[\d,]*\s?$")
_LIST_GAP = re.compile(r"^[\s,]*(?:และ|หรือ)?\s*$")
# A chunk of Latin letters and digits ("OTOP", "2.5", "mtCO2", "Co-Payment").
_LATIN_CHUNK = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,\-&+:/']*")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.\-&+']*")
# "The 6th Next Big...", "Season 2nd": a number glued to its ordinal or version letters, in Latin.
_LATIN_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
# A web address after "โครงการ " is where the project is online ("เว็บไซต์โครงการ www.x.com"), not
# its name.
_WEB_ADDRESS = re.compile(
    r"(?:https?://|www\.)|[A-Za-z0-9-]\.(?:com|net|org|go\.th|or\.th|co\.th)\b"
)
_THAI_START = re.compile(f"[{THAI_LETTERS}]")
_THAI_WORD = re.compile(f"[{THAI_LETTERS}]+")
# A parenthesis holding a date or a time span is not an alias ("(ระยะเวลาดำเนินการ 1 พ.ย. ...)").
_LIST_NUMBER = re.compile(
    rf"\d{{1,2}}(?:\.\d{{1,2}})*|[{THAI_CONSONANTS}]|[A-Za-z]|[ivxIVX]{{1,4}}"
)
# A number opening a parenthesis, its unit after it: "(24.4 กม.)".
_MEASURE = re.compile(r"\s*\d[\d.,]*")
_DATE_WORDS = re.compile(
    r"วันที่|ระยะเวลา|ข้อมูล ณ|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม"
    rf"|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|[{THAI_CONSONANTS}]\.[{THAI_CONSONANTS}]\.\s?\d"
)
# "เฟส 3" and "ระยะที่ 3" are one phase (gold.md v2: one entry, in the body's form).
_PHASE_WORD = re.compile(r"เฟสที่|เฟส|Phase|phase|ระยะ(?!ที่|เวลา|ยาว|สั้น|กลาง|แรก|ทาง)")
_ALIAS_IN_KEY = re.compile(r"\(([^()]{2,60})\)")
# A clause word after these is part of a noun ("ในความเป็นชาติไทย", "ส่งเสริมการให้บริการ").
_NOMINALISERS = ("ความ", "การ")
# The second half of a correlative ("ยิ่งใช้ยิ่งได้", "ยิ่งซื้อยิ่งคุ้ม") opens with this word again:
# a clause word right after it is the slogan's last word, and the name ends there.
_CORRELATIVE = "ยิ่ง"
# A list item's title naming its partners ("ความร่วมมือ...ระหว่าง สวก. และสถาบัน... ของ ส.อ.ท."):
# a bare ของ after this word is a partner's organisation, not the project's agency.
_PARTNERS = "ระหว่าง"
_OWNER = "ของ"
# Longest domain or owner after a generic name that leaves it a kind ("ด้านพลังงานสะอาด"); a longer
# tail describes one project ("ความร่วมมือในการแลกเปลี่ยนศิลปวัฒนธรรม...").
KIND_TAIL_CHARS = 30
# Longest quoted title kept after a name ('...ในความเป็นชาติไทย "ธงไตรรงค์ ธำรงไทย"'); a seminar's
# or a workshop's theme runs past 100 ('โครงการประชุมเชิงปฏิบัติการ "แนวทางการขับเคลื่อน...ยั่งยืน"').
MAX_QUOTE = 150
_NUMBERS = re.compile(r"\d+")
_CONJUNCTION = re.compile(r"\s?(?:และ|หรือ)\s?")
MAX_CHUNKS = 12
# How far after a title a list of projects ("อาทิ โครงการ...") shows the title names their kind.
LIST_WINDOW = 100
MAX_CHARS = 180
# How far past MAX_CHARS the chunk it cuts may go on to its end (_word_end).
MAX_WORD_OVER = 40
# Longest parenthesised alias kept after a name ("(DIPROM HAPPY WORKPLACE)").
MAX_ALIAS = 60
# An English gloss longer than an alias is a phrase: at least this many words (a title, not a
# single code or a name).
_GLOSS_WORDS = 3
# A repeated continuation counts when it follows the name in another context (the header repeats
# the headline word for word): this many characters before the mention must differ.
CONTEXT_CHARS = 12
# A name this long that ends another title names the same project ("คนละครึ่ง" is shorter: not
# the same as "ปุ๋ยคนละครึ่ง").
SUFFIX_CHARS = 10
# Two spellings of one name ("ฝายราษีไศล", "ฝายราศีไศล"): their similarity ratio at least this.
SPELLING_RATIO = 0.88
# A slogan after a name is at least this many one-word chunks ("มั่งคั่ง ยั่งยืน").
SLOGAN_WORDS = 2
# A parallel chunk ("หนึ่งตำบล หนึ่งผลิตภัณฑ์") and the name before it are at most this long.
PARALLEL_CHARS = 20
# A slogan's phrases after a short name ("บ้านนี้มีรัก ปลูกผักกินเอง"): each at most this long.
SLOGAN_CHARS = 15


@config_section("projects")
class ProjectsSettings(Section):
    """[projects]: each key's value and what it does are in default.cfg."""

    quoted_title_chars: PositiveInt
    kind_head_tokens: PositiveInt
    indefinite_signals: PositiveInt
    inserted_word_chars: PositiveInt
    inserted_min_chars: PositiveInt
    respelt_chars: PositiveInt
    count_window: PositiveInt
    repeated_tail_chars: PositiveInt
    repeated_title_count: PositiveInt
    list_item_chars: PositiveInt
    quoted_name_chars: PositiveInt
    joined_tail_chars: PositiveInt
    closed_run_chars: PositiveInt
    closer_run_chars: PositiveInt
    abbreviation_letters: PositiveInt
    spaced_name_chunks: PositiveInt
    english_gloss_chars: PositiveInt


@dataclass
class ProjectMention:
    start: int
    end: int


@dataclass(frozen=True)
class _Words:
    generic_prefixes: tuple[str, ...]
    generic_words: tuple[str, ...]


@lru_cache(maxsize=8)
def _count_after(gazetteer: Gazetteer) -> re.Pattern[str]:
    """ "โครงการ 1 หมื่นคน": a count after โครงการ, not a name ("โครงการ 72 พรรษา" is a name); the
    units are project_count_units.txt."""
    units = alternation(gazetteer.project_count_units)
    return re.compile(rf" ?\d{{1,3}}(?:,\d{{3}})+| ?รวม\s?\d| \d[\d,.]*\s?(?:{units})")


@lru_cache(maxsize=8)
def _unit_after(gazetteer: Gazetteer) -> re.Pattern[str]:
    """What after a small number makes it a count or a date: a unit or a month
    (project_count_units.txt, project_number_units.txt), an abbreviation ("พ.ศ.") or a sign."""
    units = alternation(gazetteer.project_count_units + gazetteer.project_number_units)
    return re.compile(rf"\s?(?:{units}|[{THAI_CONSONANTS}]\.[{THAI_CONSONANTS}]\.|-|/|\.|,|:)")


@lru_cache(maxsize=8)
def _number_words(gazetteer: Gazetteer) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """project_number_words.txt: a small number with a glued generation or version mark ("5G",
    "4.0"), and the counter word read after a number in a name ("90 พรรษา")."""
    entries = word_list(gazetteer.directory, "project_number_words.txt")
    marks = alternation([w[1:] for w in entries if w.startswith("+")])
    counters = alternation([w for w in entries if not w.startswith("+")])
    return (
        re.compile(rf"\d{{1,2}}(?:{marks})"),
        re.compile(rf" ?(?:{counters})(?![{THAI_LETTERS}])"),
    )


@lru_cache(maxsize=8)
def _generic_after(gazetteer: Gazetteer) -> _Words:
    """project_generic_after.txt: entries match as prefixes, "=word" ones only as whole words."""
    prefixes = tuple(w for w in gazetteer.project_generic_after if not w.startswith("="))
    words = tuple(
        sorted(
            {w[1:] for w in gazetteer.project_generic_after if w.startswith("=")},
            key=lambda w: (-len(w), w),
        )
    )
    return _Words(prefixes, words)


@lru_cache(maxsize=8)
def _clause_words(gazetteer: Gazetteer) -> tuple[tuple[str, bool], ...]:
    """project_clause_words.txt as (word, whole word only) pairs, longest first."""
    pairs = {
        (w[1:], True) if w.startswith("=") else (w, False) for w in gazetteer.project_clause_words
    }
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


def _clause_prefixes(gazetteer: Gazetteer) -> tuple[str, ...]:
    return tuple(w for w, _ in _clause_words(gazetteer))


def _word_at(analysis: Doc, at: int, words: tuple[str, ...], whole: bool) -> bool:
    text = analysis.text
    word = starts_with_any(text[at : at + 40], words)
    if not word:
        return False
    if not whole:
        return True
    end = at + len(word)
    return end >= len(text) or not _THAI_START.match(text[end]) or analysis.is_token_boundary(end)


# "โครงการ 1 ตำบล 1 กลุ่มเกษตรทฤษฎีใหม่", "โครงการ 1 อำเภอ 1 ทุน": a number, a word and the same
# number again is a slogan's pattern, the title's own, not a count of units.
_NUMBER_SLOGAN = re.compile(r" (\d+) ?[^\s\d]+ \1 ?(?=[^\s\d])")


def _slogan_end(analysis: Doc, at: int, stops: tuple[str, ...]) -> tuple[int, int]:
    """The slogan's last word, cut where a clause opens ("...ทฤษฎีใหม่ แก่เจ้าหน้าที่")."""
    (piece,) = chunks(analysis.text, at, len(analysis.text))[:1] or [Chunk(at, at, "")]
    end = _strip_end(analysis.text, at, _cut_clause(analysis, piece), analysis)
    return end, end


def find_projects(analysis: Doc) -> list[ProjectMention]:
    text = analysis.text
    gaz = analysis.gazetteer
    generic = _generic_after(gaz)
    found: list[ProjectMention] = []
    stops = gaz.stopwords_for("project")
    for m in _KEYWORD.finditer(text):
        start = m.start()
        after = text[m.end() : m.end() + 12]
        if not after or after.startswith(" ๆ"):
            continue
        if _period_after().match(text, m.end()):
            continue  # "ครบกำหนดโครงการ 30 พฤศจิกายน 2568", "ระยะเวลาโครงการ พ.ศ. 2565 - 2572": its period
        if (
            after.startswith(" ")
            and not re.match(r" (?:\d|[A-Za-z\"'])", after)
            and not _spaced_words(analysis, m.end() + 1, analysis.line_at(start).end)
        ):
            continue  # "โครงการ ..." followed by a Thai clause is a generic mention
        first = m.end() + len(after) - len(after.lstrip(" "))
        quoted_run = _quoted_run(analysis, start)
        if (
            not quoted_run
            and not starts_with_any(text[first : first + 40], gaz.project_name_phrases)
            and (
                _word_at(analysis, first, generic.generic_prefixes, whole=False)
                or _word_at(analysis, first, generic.generic_words, whole=True)
            )
        ):
            continue
        if _word_at(analysis, first, gaz.project_list_only_after, whole=True) and not _in_list(
            text, start, found
        ):
            continue  # "เข้าร่วมโครงการเพื่อรับประโยชน์...": a purpose clause, not a name
        slogan = _NUMBER_SLOGAN.match(text, m.end())
        if _count_after(gaz).match(text, m.end()) and not slogan:
            continue
        follows_project = bool(found) and not text[found[-1].end : start].strip()
        # within the line: a headline under the date line ("...มีนาคม 2564\nโครงการ...") is no count
        line_start = analysis.line_at(start).start
        if not follows_project and _GENERIC_BEFORE.search(
            text[max(line_start, start - 12) : start]
        ):
            continue  # "21 โครงการ", not "...แห่งที่ 2 โครงการก่อสร้าง..." in a list
        if not analysis.is_token_boundary(start) and not re.match(
            r"[ \n(\"']", text[start - 1 : start] or " "
        ):
            # "สำนักแผนงานและโครงการพิเศษ" and words that merely contain โครงการ
            continue
        if _inside_organisation(analysis, start):
            continue
        core_end, end = _read_title(analysis, start, stops)
        if slogan and end < slogan.end():
            core_end, end = _slogan_end(analysis, slogan.end(), stops)
        if end - start <= len("โครงการ") + 1:
            continue
        name = re.sub(r"\([^)]*\)|\s", "", text[m.end() : end]).strip("ฯ")
        core = re.sub(r"\s", "", text[m.end() : core_end]).strip("ฯ")
        if (
            name in gaz.project_generic_names
            or "ๆ" in name
            or _generic_with_phase(gaz, name)
            or (
                core in gaz.project_generic_names
                and not _NAMING_QUALIFIER.search(text, core_end, end)
                # "โครงการรถไฟความเร็วสูง กรุงเทพฯ - เชียงใหม่": a route names one
                and not _ROUTE.search(text, core_end, end)
            )
        ):
            continue  # "โครงการนำร่อง", "โครงการในพระราชดำริ": a kind of project, not its name
        if text.endswith(_ROUTE_WORDS, start, end) and text.startswith(_BACK_REFERENCES, end):
            continue  # "โครงการก่อสร้างถนนสายดังกล่าว": the road said before, not a title
        if _dedication_only(analysis, m.end(), end):
            continue  # "โครงการเฉลิมพระเกียรติพระบาทสมเด็จพระเจ้าอยู่หัว เนื่องในโอกาส...": the class
        if name.startswith(word_list(gaz.directory, "project_class_heads.txt")):
            continue  # "โครงการพระราชดำริทางด้านสาธารณสุข": the royal class, then what it covers
        if _generic_with_tail(gaz, text, m.end(), end):
            continue  # "โครงการลงทุนด้านพลังงานสะอาด": a kind of project in a domain
        if _scoped_kind(gaz, text, m.end(), end):
            continue  # "โครงการรถไฟทางคู่ทั่วประเทศ": projects of a size or an extent
        if _kind_with_relative(analysis, m.end(), end):
            continue  # "โครงการลงทุนที่เบิกจ่ายล่าช้า": the projects of a kind that ...
        if _lone_word(analysis, m.end(), end):
            continue  # "ผลจากโครงการช่วย|ให้การผลิต...": a clause about a project, not a name
        descriptive_after, descriptive = _descriptive(gaz)
        # 'โครงการ "..."', 'โครงการ"..."': quotes mark a name, whatever is said of it after them
        quoted = text.startswith((' "', '"'), m.end())
        if (
            # a route names one project ("...สะพานข้ามน้ำโขงเชียงแมน- หลวงพระบาง ดังนี้ 1. ...")
            (
                _CATEGORY_AFTER.match(text, end)
                and not quoted
                and not _ROUTE.search(text, start, end)
                # "...พืชเศรษฐกิจหลัก 5 ชนิด ได้แก่ ข้าว ...": the list names what is counted
                and not _counted_end(gaz.directory).search(text, start, end)
            )
            or descriptive.search(text, start, end)
            or descriptive_after.match(text, end - 3 if text.endswith("ที่", start, end) else end)
        ):
            continue
        if _predicate(analysis, start) and not quoted:
            continue  # "ซึ่งถือเป็นโครงการลดก๊าซเรือนกระจก...": what something is, not a name
        if _PLURAL_AFTER.match(text, end):
            continue  # "โครงการพัฒนาอุตสาหกรรมในด้านต่าง ๆ": projects of a kind
        found.append(ProjectMention(start, end))
    return [m for m in found if not _heads_a_list(analysis, m)]


def _heads_a_list(analysis: Doc, mention: ProjectMention) -> bool:
    """ "โครงการพัฒนาเมืองตามแนวระเบียงเศรษฐกิจ ซึ่ง ADB ให้การสนับสนุน อาทิ โครงการ...": a kind
    of project whose sentence goes on to list projects of that kind."""
    text = analysis.text
    limit = min(analysis.line_at(mention.start).end, mention.end + LIST_WINDOW)
    cue = _LIST_CUE_BEFORE_PROJECT.search(text, mention.end, limit)
    return cue is not None and "โครงการ" not in text[mention.end : cue.start()]


@lru_cache(maxsize=8)
def _descriptive(gazetteer: Gazetteer) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A relative clause right after a title, and one inside it or a plural at its end
    (project_descriptive_after.txt)."""
    words = alternation(gazetteer.project_descriptive_after)
    return re.compile(f"ที่(?:{words})"), re.compile(f"ที่(?:{words})|ต่าง\\s?ๆ$|ทั้งหมด$")


def _predicate(analysis: Doc, start: int) -> bool:
    """Whether the title at `start` is glued after a predicate word (project_predicate_before.txt)."""
    before = analysis.text[max(0, start - 20) : start]
    words = analysis.gazetteer.project_predicate_before
    plain = tuple(w for w in words if not w.startswith("!"))
    if not before.endswith(plain):
        return False
    return not before.endswith(tuple(w[1:] for w in words if w.startswith("!")))


@lru_cache(maxsize=8)
def _kind_tail(gazetteer: Gazetteer) -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(gazetteer.project_kind_tails)})[^\\s]*$")


def _generic_with_tail(gaz: Gazetteer, text: str, name_start: int, end: int) -> bool:
    """ "โครงการลงทุนด้านพลังงานสะอาด": a generic name, then a domain, an owner or a scope, and
    nothing that names it (a route, a place, an alias, a quote, Latin words)."""
    title = text[name_start:end]
    first = title.split(" ")[0]
    m = _kind_tail(gaz).search(first)
    if (
        not m
        or len(m.group()) > KIND_TAIL_CHARS
        or first[: m.start()] not in gaz.project_generic_names
    ):
        return False
    return not _NAMING_QUALIFIER.search(title, m.end())


@lru_cache(maxsize=8)
def _scope_end(gazetteer: Gazetteer) -> re.Pattern[str]:
    """A size or extent (project_scope_words.txt), then at most a domain or an owner
    (project_kind_tails.txt), at the end of a chunk."""
    scope = alternation(word_list(gazetteer.directory, "project_scope_words.txt"))
    tails = alternation(gazetteer.project_kind_tails)
    return re.compile(f"(?:{scope})(?:(?:{tails})[^\\s]*)?$")


def _scoped_kind(gaz: Gazetteer, text: str, name_start: int, end: int) -> bool:
    """ "โครงการโครงสร้างพื้นฐานขนาดใหญ่ของทั้งสองฝ่าย": a name whose first chunk ends with a size
    or an extent names a kind of projects, unless a route, a place, an alias, a quote or Latin
    words after the chunk name one (a quoted or spaced title is read whole, not here)."""
    if text.startswith(" ", name_start):
        return False
    title = text[name_start:end]
    first = title.split(" ")[0]
    m = _scope_end(gaz).search(first)
    if not m or m.start() == 0 or len(first) - m.start() > KIND_TAIL_CHARS:
        return False
    return not _NAMING_QUALIFIER.search(title, len(first))


@lru_cache(maxsize=8)
def _generic_heads(gazetteer: Gazetteer) -> tuple[str, ...]:
    """project_generic_names.txt, longest first."""
    return tuple(sorted(gazetteer.project_generic_names, key=lambda w: (-len(w), w)))


def _kind_with_relative(analysis: Doc, name_start: int, end: int) -> bool:
    """ "โครงการลงทุนที่เบิกจ่ายล่าช้า", "โครงการลงทุนขนาดใหญ่ที่ติดประเด็น...", "โครงการก่อสร้างที่
    เข้าร่วม": a generic name (and a size) glued to a relative ที่ describes projects of that kind
    by what they do or what is said of them; no route, place, alias, quote or Latin word after it
    names one ("โครงการนำร่องที่เขื่อนสิรินธร จังหวัดอุบลราชธานี" stays). ที่ must be a word of its
    own: "โครงการพัฒนาที่อยู่อาศัย", "โครงการสินเชื่อที่ดิน" name what the project is about."""
    text = analysis.text
    gaz = analysis.gazetteer
    if text.startswith(" ", name_start):
        return False
    head = starts_with_any(text[name_start:end], _generic_heads(gaz))
    if not head:
        return False
    at = name_start + len(head)
    scope = starts_with_any(text[at:end], word_list(gaz.directory, "project_scope_words.txt"))
    at += len(scope or "")
    relative_end = at + len("ที่")
    if (
        not text.startswith("ที่", at, end)
        or relative_end >= end
        or not analysis.is_token_boundary(at)
        or not analysis.is_token_boundary(relative_end)
    ):
        return False
    return not _NAMING_QUALIFIER.search(text, relative_end, end)


def _lone_word(analysis: Doc, name: int, end: int) -> bool:
    """A name of one Thai word glued to โครงการ and cut where Thai text goes on glued to it
    ("โครงการช่วย|ให้การผลิต...", "ประชาสัมพันธ์โครงการเผยแพร่|ให้ประชาชนรับรู้", "โครงการใกล้|จะ
    บรรลุ", "ลงทะเบียนรับสิทธิโครงการเต็ม|จำนวน 10 ล้านคน"): the word is a verb or what the
    sentence says of "the project", and the name's end cut its clause; a one-word title is written
    apart from what follows it ("โครงการศิลปาชีพ นิทรรศการ...") or is a known name
    (project_known_names.txt)."""
    text = analysis.text
    word = text[name:end]
    if (
        not _THAI_WORD.fullmatch(word)
        or not _THAI_START.match(text[end : end + 1])
        or _known_name(analysis.gazetteer.directory).fullmatch(word)
    ):
        return False
    return analysis.is_token_boundary(name) and analysis.next_token_bound(name) >= end


def _generic_with_phase(gaz: Gazetteer, name: str) -> bool:
    """ "โครงการรถไฟทางคู่ระยะที่ 2": a kind of project with only a phase or a year."""
    core = _PHASE_OR_YEAR.sub("", name)
    # "โครงการประจำปี 2565": nothing but the year is no name either
    return core != name and (not core or core in gaz.project_generic_names)


def _in_list(text: str, start: int, found: list[ProjectMention]) -> bool:
    """Whether the mention at `start` is an item of a list of projects."""
    if _LIST_CUE.search(text[max(0, start - 20) : start]):
        return True
    return bool(found) and bool(_LIST_GAP.match(text[found[-1].end : start]))


def _inside_organisation(analysis: Doc, start: int) -> bool:
    """ "มูลนิธิโครงการหลวง", "ณ สำนักงานโครงการ ILEA - Bangkok": โครงการ glued right after an
    organisation's head word (organization_heads.txt) is a word of that organisation's name, not
    a project of its own; written apart ("...เป็นศูนย์ โครงการ") the head word ends a clause, and a
    committee of the project names it ("ประชุมคณะกรรมการโครงการคลินิกเกษตร...").
    A position before โครงการ does not hide it: "ที่ปรึกษาโครงการผ้าไทยใส่ให้สนุก", "ผู้ประสานงาน
    โครงการ MyAdvisor", "ผู้อำนวยการโครงการ Health Link" hold the projects their holders work
    for; an irrigation office after ผู้อำนวยการ ("ผู้อำนวยการโครงการชลประทานขอนแก่น") is no
    project by its name (project_generic_after.txt)."""
    before = analysis.text[max(0, start - 20) : start]
    committees = word_list(analysis.gazetteer.directory, "position_committee_heads.txt")
    return not before.endswith(committees) and before.endswith(
        analysis.gazetteer.organization_heads
    )


def _read_title(analysis: Doc, start: int, stops: tuple[str, ...]) -> tuple[int, int]:
    """(end of the name proper, end of the title with its qualifiers)."""
    line_end = analysis.line_at(start).end
    limit = _word_end(analysis.text, min(line_end, start + MAX_CHARS), line_end)
    quoted = _quoted_title(analysis, start, limit, stops)
    if quoted:
        return quoted, quoted
    end = _read_name(analysis, start, limit)
    if end <= start + len("โครงการ"):
        return start, start
    kind_end = _purpose_after_kind(analysis, start, end, limit)
    # A kind of project with its purpose (above), else any name with a purpose that is its title's.
    end = _purpose_part(analysis, start, end, limit) if kind_end == end else kind_end
    title_end = _read_qualifiers(analysis, start, end, limit, stops)
    return end, _list_item_end(analysis, start, title_end, line_end, stops)


def _word_end(text: str, at: int, line_end: int) -> int:
    """`at`, or the end of the chunk it falls in (up to MAX_WORD_OVER characters on, the line's end
    included): a title as long as MAX_CHARS is cut at a space, not inside "...ไวรัสโคโร|นา 2019"."""
    if at >= line_end or text[at - 1] in _SPACES or text[at] in _SPACES:
        return at
    reach = min(line_end, at + MAX_WORD_OVER)
    space = _SPACE.search(text, at, reach)
    if space:
        return space.start()
    return line_end if line_end <= at + MAX_WORD_OVER else at


_SPACES = " \n\u00a0"
_SPACE = re.compile(r"[ \n\u00a0]")


def _list_item_end(
    analysis: Doc, start: int, end: int, line_end: int, stops: tuple[str, ...]
) -> int:
    """ "1.โครงการพัฒนาแบรนด์ (The Brand Project) สู่เกษตรมูลค่าสูง 2.โครงการ...": an item of a
    numbered list of titles runs to the next item's number, when what is left before it is a
    short run of chunks none of which opens a clause (a title's second object "และ SME เกษตร",
    its partners "ระหว่าง สวก. และ..."); a clause, an amount or another โครงการ leaves `end`."""
    text = analysis.text
    number = _ITEM_NUMBER.search(text, max(0, start - 6), start)
    if not number or end >= line_end:
        return end
    kind = number.group().strip()
    n = int(re.search(r"\d+", kind).group())
    following = kind.replace(str(n), str(n + 1), 1)
    longest = analysis.settings(ProjectsSettings).list_item_chars
    nxt = text.find(" " + following + "โครงการ", end, min(line_end, end + longest))
    if nxt < 0 or "โครงการ" in text[end:nxt]:
        return end
    for piece in chunks(text, end, nxt):
        if _CONJUNCTION.fullmatch(piece.text):
            continue  # "และ" alone joins a second object; a clause after it is caught below
        partners = _PARTNERS in text[start : piece.start]
        if piece.text == _OWNER and partners:
            continue  # "ระหว่าง สวก. และสถาบัน... ของ ส.อ.ท.": a partner's own organisation
        joined = _CONJUNCTION.match(piece.text)
        rest = piece.text[joined.end() :] if joined else piece.text
        # "ระหว่าง กรม...", "และสถาบัน...": an organisation joined to the title is its partner
        opens = _opens_clause(analysis, rest, stops, organizations=not (joined or partners))
        if (
            opens
            or _cut_clause(analysis, piece, 0) < piece.end
            or (
                _NUMBERS.fullmatch(piece.text)
                and _unit_after(analysis.gazetteer).match(text, piece.end)
            )
        ):
            return end
    return _strip_end(text, start, nxt, analysis)


def _purpose_part(analysis: Doc, start: int, end: int, limit: int) -> int:
    """ "โครงการส่งเสริมและพัฒนาทักษะความรู้ เพื่อขับเคลื่อน...ระดับอำเภอ ผ่านระบบออนไลน์": the
    purpose after a name (project_list_only_after.txt) is the title's when it is one complete chunk
    and the title ends right after it: an alias or a qualifier follows, or where the event is held
    (project_purpose_ends.txt: ณ, ผ่านระบบ...). A purpose at the end of its sentence ("มีโครงการ
    ชิมช้อปใช้ เพื่อกระตุ้นการใช้จ่าย") or that runs on ("เพื่อดำเนินงานตาม "..."", one with a clause word
    inside or a word left dangling at its end) is the sentence's, not the name's. How it works
    (project_means_words.txt: "โดยการ...") is the title's only before an alias or a qualifier."""
    text = analysis.text
    gaz = analysis.gazetteer
    piece = chunks(text, end, limit)[:1]
    if not piece or piece[0].start != end + 1:
        return end
    purpose = starts_with_any(piece[0].text, gaz.project_list_only_after)
    means = starts_with_any(piece[0].text, word_list(gaz.directory, "project_means_words.txt"))
    purpose = purpose or means
    if not purpose or len(piece[0].text) <= len(purpose):
        return end
    if _cut_clause(analysis, piece[0], len(purpose) + 1) < piece[0].end:
        return end
    if _strip_end(text, start, piece[0].end, analysis) < piece[0].end:
        return end
    after = piece[0].end
    rest = text[after + 1 : limit] if text.startswith(" ", after) else ""
    if not rest:
        return end
    if rest.startswith("(") or _qualifier(gaz, rest):
        return after
    ends = word_list(gaz.directory, "project_purpose_ends.txt")
    return after if not means and starts_with_any(rest, ends) else end


def _purpose_after_kind(analysis: Doc, start: int, end: int, limit: int) -> int:
    """ "โครงการบูรณาการ เพื่อพัฒนาคุณภาพชีวิต...": a kind of project in one word goes on with
    its purpose (project_list_only_after.txt) in the next chunk, up to a clause word there or
    the partner it is run with (project_purpose_stops.txt)."""
    text = analysis.text
    gaz = analysis.gazetteer
    name = start + len("โครงการ")
    bounds = analysis.token_bounds
    i = bisect.bisect_right(bounds, name)
    one_word = i < len(bounds) and bounds[i] == end
    if not one_word or text[name:end] not in gaz.project_generic_names:
        return end
    piece = chunks(text, end, limit)[:1]
    if (
        not piece
        or piece[0].start != end + 1
        or not starts_with_any(piece[0].text, gaz.project_list_only_after)
    ):
        return end
    cut = _cut_clause(analysis, piece[0])
    partner = next(
        (
            m.start()
            for m in word_pattern(gaz.directory, "project_purpose_stops.txt").finditer(
                text, piece[0].start + 1, cut
            )
            if analysis.is_token_boundary(m.start())
        ),
        cut,
    )
    return _strip_end(text, start, partner, analysis)


def _quoted_title(analysis: Doc, start: int, limit: int, stops: tuple[str, ...]) -> int:
    """'"โครงการส่งเสริมอาชีพ เพื่อพัฒนาคุณภาพชีวิต"': a title whose quote opens before
    โครงการ ends at the closing quote, spaces inside included; its end (0 if not quoted).
    A quoted saying that opens with โครงการ ('"โครงการนี้จะช่วย ..." นายก กล่าว') is longer or has
    a clause: its first chunk is cut at a clause word, or a later chunk opens a clause (other than
    a purpose, project_list_only_after.txt)."""
    text = analysis.text
    if start == 0 or text[start - 1] not in "\"'":
        return 0
    longest = analysis.settings(ProjectsSettings).quoted_title_chars
    close = text.find(text[start - 1], start, min(limit, start + longest))
    if close < 0 or "โครงการ" in text[start + len("โครงการ") : close]:
        return 0
    pieces = chunks(text, start, close)
    if not pieces:
        return 0
    if _quoted_run(analysis, start):
        return close
    if _cut_clause(analysis, pieces[0], len("โครงการ") + 1) < pieces[0].end:
        return 0
    purpose = analysis.gazetteer.project_list_only_after  # "เพื่อ...": a purpose in the title
    covered = 0  # end of a qualifier read over several chunks ("ครั้งที่ 19")
    for p in pieces[1:]:
        if p.start < covered or not _opens_clause(analysis, p.text, stops):
            continue
        if starts_with_any(p.text, purpose):
            continue
        # Inside the quotes, a word that opens a clause after a bare name is the title's when it
        # opens a qualifier ("ครั้งที่ 19", "จังหวัดพระนครศรีอยุธยา") or joins a second object by
        # และ with no clause word ("และแหล่งผลิตสินค้าเกษตร..."): the quotes mark the end.
        qualifier = _qualifier(analysis.gazetteer, text[p.start : close])
        if qualifier:
            covered = p.start + qualifier
            continue
        if not p.text.startswith(_JOINER) or not _listed_words(analysis, [p], stops):
            return 0
    return strip_span(text, start, close, chars=" ")[1]


def _quoted_run(analysis: Doc, start: int) -> int:
    """'"โครงการยังสมาร์ทฟาร์มเมอร์"': the end of a title whose quotes, opened right before
    โครงการ, hold one unspaced word run (0 if not). The quotes mark where the title ends, so a
    clause or generic word inside it ("ยัง") is one of its words, not the start of a clause: a
    quoted saying has spaces. A run no longer than a generic word ('"โครงการนี้"') is none."""
    text = analysis.text
    if start == 0 or text[start - 1] not in "\"'":
        return 0
    longest = analysis.settings(ProjectsSettings).quoted_title_chars
    run_end = _RUN_END.search(text, start, start + longest + 1)
    if run_end is None or text[run_end.start() : run_end.start() + 1] != text[start - 1]:
        return 0
    name = text[start + len("โครงการ") : run_end.start()]
    generic = _generic_after(analysis.gazetteer)
    word = starts_with_any(name, generic.generic_prefixes + generic.generic_words)
    if "โครงการ" in name or len(name) <= len(word or ""):
        return 0
    return run_end.start()


def _read_name(analysis: Doc, start: int, limit: int) -> int:
    """End of the name proper: the first chunk, or the spaced title after "โครงการ "."""
    text = analysis.text
    key_end = start + len("โครงการ")
    if text.startswith((" ", '"', "'"), key_end):
        # 'โครงการ"ลมหายใจเดียวกัน"': a quote glued to โครงการ opens a title as one after a space
        return _spaced_name(analysis, key_end, limit)
    (piece,) = chunks(text, start, limit)[:1] or [Chunk(start, key_end, "โครงการ")]
    end = _cut_clause(analysis, piece, min_offset=len("โครงการ") + 1)
    for mark in ("(", ")", '"'):  # brackets and quotes close or gloss a name
        at = piece.text.find(mark)
        if at > 0:
            end = min(end, piece.start + at)
    return _strip_end(text, start, end, analysis)


def _spaced_name(analysis: Doc, key_end: int, limit: int) -> int:
    """'โครงการ "คนละครึ่ง"', 'โครงการ"คนละครึ่ง"', "โครงการ OTOP", "โครงการ 72 พรรษา ลด 7.2 mtCO2
    และ PM 2.5 ...", "โครงการ ทรู ปลูกปัญญา" (_spaced_words)."""
    text = analysis.text
    at = key_end + 1 if text.startswith(" ", key_end) else key_end
    if text.startswith(('"', "'"), at):
        # A quoted title is read to its closing quote in its line, past the unquoted bound.
        longest = analysis.settings(ProjectsSettings).quoted_name_chars
        close = text.find(text[at], at + 1, min(analysis.line_at(at).end, at + longest))
        return close + 1 if close > at + 1 else key_end
    if _LIST_ITEM_AFTER.match(text, at):
        # "แผนงาน และโครงการ 3. ระดับที่...": the number of the next list item; no name of its own
        return key_end
    words_end = _spaced_words(analysis, at, limit)
    if words_end:
        return words_end
    # A run of Latin and numeric chunks; Thai words between two of them belong to the title.
    end = key_end
    thai_run = 0
    for piece in chunks(text, at, limit):
        if piece.text.startswith("("):
            break  # an alias: read with the qualifiers
        latin = _LATIN_CHUNK.fullmatch(piece.text)
        if latin and end == key_end and _WEB_ADDRESS.search(piece.text):
            return key_end
        if latin:
            # Digits after Thai words are a count or a date ("จัดขึ้นระหว่างวันที่ 17-18"),
            # unless Latin words follow them ("ลด 7.2 mtCO2").
            if re.search("[A-Za-z]", piece.text) or (
                thai_run == 0 and not _count_follows(analysis, piece, limit, end == key_end)
            ):
                end = piece.end
                thai_run = 0
            continue
        if "โครงการ" in piece.text:
            break  # "1.โครงการ Dazzling of The Andaman 2.โครงการ Music Festival": the next item
        if piece.text != "และ" and (  # "7.2 mtCO2 และ PM 2.5": และ between two Latin words
            starts_with_any(piece.text, _clause_prefixes(analysis.gazetteer))
            or starts_with_any(piece.text, analysis.gazetteer.stopwords_for("project"))
        ):
            break
        thai_run += 1
        if thai_run > 2 or end == key_end:
            break
    if end == key_end:
        return key_end
    # "โครงการ 72 พรรษา": a number alone takes the word after it.
    if re.fullmatch(r" \d+", text[key_end:end]):
        following = chunks(text, end, limit)[:1]
        if following and _THAI_START.match(following[0].text):
            end = _cut_clause(analysis, following[0])
    return end


# How far before โครงการ a post of the project is looked for ("ประธานที่ปรึกษาโครงการ"): the
# longest post word in position_heads.txt is shorter. A lexical bound, not a tunable.
_POST_CHARS = 40


def _nominalised(analysis: Doc, piece: Chunk) -> bool:
    """Whether a word of `piece` is a verb made a noun (การ / ความ at a word start): "ลักษณะโครงการ
    ขั้นตอนการดำเนินงาน ...", "รายละเอียดโครงการ แผนการดำเนินงาน": what the project has or does,
    described; a spaced name is a coined phrase ("ทุนนวัตกรรมสายอาชีพชั้นสูง")."""
    text = analysis.text
    bounds = analysis.token_bounds
    lo = bisect.bisect_left(bounds, piece.start)
    hi = bisect.bisect_left(bounds, piece.end)
    return any(text.startswith(_NOMINALISERS, b) for b in bounds[lo:hi])


@lru_cache(maxsize=8)
def _any_stopwords(gazetteer: Gazetteer) -> tuple[str, ...]:
    """stopwords.tsv's words of every kind, longest first: none of them opens a name."""
    return tuple(sorted(gazetteer.stopwords, key=lambda w: (-len(w), w)))


def _spaced_words(analysis: Doc, at: int, limit: int) -> int:
    """ "ภายใต้โครงการ ไอแบงก์…เรา…ไม่ทิ้งกัน เพื่อ...", "โครงการ ทรู ปลูกปัญญา และ...": Thai
    words written apart after "โครงการ " name the project when the first opens no clause, phrase
    (stopwords.tsv of any kind), honorific or qualifier, every chunk is read whole (no clause word
    inside it, as a clause glued on is: "โครงการ กำลังเร่ง|ทำความเข้าใจ") and a chunk that opens a
    clause, a number, an alias or the line's end closes the run within spaced_name_chunks chunks;
    the end of the run (0 if not: "เข้าร่วมโครงการ เพราะ...", "ข้อมูลโครงการ วัตถุประสงค์|การ...").
    A run that และ / หรือ goes on after lists what the project has or does, not its name.
    """
    text = analysis.text
    gaz = analysis.gazetteer
    pieces = chunks(text, at, limit)
    if not pieces or not _THAI_START.match(pieces[0].text):
        return 0
    first = pieces[0].text
    if (
        starts_with_any(first, _any_stopwords(gaz))
        or _opens_clause(analysis, first, gaz.stopwords_for("project"))
        or first.startswith(_NOMINALISERS)
        or starts_with_any(first, gaz.honorifics + gaz.academic_titles)
        or starts_with_any(first, gaz.position_heads + gaz.people_words)
        or _NAMING_QUALIFIER.match(first)
    ):
        return 0  # "เจ้าหน้าที่โครงการ ผู้แทนสหภาพยุโรป...": a person after the post, not a name
    key = at - len("โครงการ ")
    if text.endswith(gaz.position_heads + gaz.people_words, max(0, key - _POST_CHARS), key):
        return 0  # "ที่ปรึกษาโครงการ พระครู...": after a post of the project, its holder
    most = analysis.settings(ProjectsSettings).spaced_name_chunks
    run: list[Chunk] = []
    for piece in pieces[: most + 1]:
        if run and _CONJUNCTION.match(piece.text):
            return 0  # "รายละเอียดโครงการ แผนการดำเนินงาน และประมาณการ...": a list of what it has
        if run and (
            _opens_clause(analysis, piece.text, gaz.stopwords_for("project"))
            or piece.text.startswith("(")
            or _NUMBERS.match(piece.text)
        ):
            return _marked_run(run, alias=piece.text.startswith("("))
        thai = _THAI_START.match(piece.text) is not None
        if "โครงการ" in piece.text or not (thai or _LATIN_CHUNK.fullmatch(piece.text)):
            return 0
        if thai and (_cut_clause(analysis, piece) < piece.end or _nominalised(analysis, piece)):
            return 0
        run.append(piece)
    return _marked_run(run, alias=False) if len(pieces) <= most else 0


def _marked_run(run: list[Chunk], alias: bool) -> int:
    """End of a spaced name of one chunk, or of several that a Latin word, a Thai abbreviation
    ("บสย.", "อพม.") or an alias after them mark as a title ("โครงการ บสย. SMEs เข้มแข็ง (PGS
    10)"); plain Thai chunks in a row after "โครงการ " list as often what the project has
    ("ลักษณะโครงการ ขั้นตอน... ขอบเขต...") as they name it (0)."""
    if (
        len(run) == 1
        or alias
        or any(_LATIN_CHUNK.fullmatch(p.text) or p.text.endswith(".") for p in run)
    ):
        return run[-1].end
    return 0


def _count_follows(analysis: Doc, piece: Chunk, limit: int, first: bool) -> bool:
    """ "โครงการ AITF 15 คดี": a number after Latin words, then a Thai word, is a count; a year
    ("โครงการ Silk Festival 2023 สู่การพัฒนา...") is the title's, unless a unit follows it."""
    text = analysis.text
    if first or re.search("[A-Za-z]", piece.text):
        return False
    if _YEAR.fullmatch(piece.text) and not _unit_after(analysis.gazetteer).match(text, piece.end):
        return False
    following = chunks(text, piece.end, limit)[:1]
    # "โครงการ EV 3.0 และ EV 3.5 ต้องผลิต...", "...Season 2 ที่ขนมา", "SSO 515 การให้บริการ...":
    # a clause opening after the number, or a verb made a noun, counts nothing; the number is the
    # title's version, season or code.
    return (
        bool(following)
        and _THAI_START.match(following[0].text) is not None
        and not following[0].text.startswith(_NOMINALISERS)
        and not _opens_clause(
            analysis, following[0].text, analysis.gazetteer.stopwords_for("project")
        )
    )


@lru_cache(maxsize=8)
def _counted_end(directory: Path) -> re.Pattern[str]:
    """A title that ends with a number and the noun it counts (project_counted_nouns.txt)."""
    nouns = alternation(word_list(directory, "project_counted_nouns.txt"))
    return re.compile(rf"[\d๐-๙] (?:{nouns})\S*$")


# A counted noun at least this long takes the rest of its chunk ("สุดยอด|ชุมชนต้นแบบ", "ช่องจราจร"):
# a shorter one ("ดาว", "วัด", "ชั้น") stops at its own end.
_WHOLE_CHUNK_NOUN = 5


def _counted_noun(analysis: Doc, number: Chunk, limit: int, stops: tuple[str, ...]) -> int | None:
    """The end of the chunk a number inside a title counts, written apart after it and opened by a
    word of project_counted_nouns.txt: "โครงการรถไฟความเร็วสูงเชื่อม 3 สนามบิน", "...โรคหัวใจ 10
    ชั้น", "ทางหลวง 4 ช่องจราจร"; None for any other chunk ("หมู่บ้านรักษาศีล 5 ขยายผลสู่...")."""
    text = analysis.text
    if not text.startswith(" ", number.end):
        return None
    following = chunks(text, number.end, limit)[:1]
    if not following or following[0].start != number.end + 1:
        return None
    word = following[0].text
    noun = starts_with_any(
        word, word_list(analysis.gazetteer.directory, "project_counted_nouns.txt")
    )
    if not noun or _opens_clause(analysis, word, stops):
        return None
    noun_end = following[0].start + len(noun)
    if noun_end < following[0].end and not analysis.is_token_boundary(noun_end):
        return None  # "9 ดาวน์โหลด...": the noun is the start of another word
    if len(noun) < _WHOLE_CHUNK_NOUN:
        return noun_end  # "4 ดาว|ขึ้นไป", "9 วัด": a short noun, then whatever the text says next
    return _cut_clause(analysis, following[0])  # "10 สุดยอดชุมชนต้นแบบ": the noun's phrase


def _read_qualifiers(
    analysis: Doc, start: int, end: int, limit: int, stops: tuple[str, ...]
) -> int:
    """Extend the name at `end` by what belongs to its title, chunk by chunk."""
    text = analysis.text
    gaz = analysis.gazetteer
    tail = _NUMBERED_TAIL.search(text, start, end)
    if tail and (
        analysis.is_token_boundary(tail.start())  # "ดวงที่", not "พื้นที่"
        # "...ชาวสวนลำไยประจำปี 2563", "...โรงพยาบาลชุมชนปี 2565": ปี glued inside a token
        # ("ประจำปี", or the tokenizer's "ชนปี") before a year is the title's year all the same
        or (tail.group().startswith("ปี") and _TAIL_YEAR.match(text, end, limit))
    ):
        number = _TAIL_NUMBER.match(text, end, limit)
        if number:
            end = number.end()  # "โครงการประกันรายได้ชาวสวนยางปี 2563/64"
    numbered = word_list(gaz.directory, "project_number_heads.txt")
    taken = 0
    after_royal = False
    while taken < MAX_CHUNKS and end < limit:
        if text.endswith(numbered, start, end) and (number := _TAIL_NUMBER.match(text, end, limit)):
            # "...ลดฝุ่น PM 2.5", "...ไทย - ลาวแห่งที่ 5": a word that takes a number, at the end
            # of the title read so far (project_number_heads.txt)
            end, taken = number.end(), taken + 1
            continue
        post = end - 1 if text.endswith("กม.", start, end) else end
        if text.endswith("กม", start, post) and (km := _KILOMETRE.match(text, post, limit)):
            # "...ช่วง กม. ที่ 11+000 - 15+000", "...บริเวณ กม.30+056": the section's kilometre
            # posts place it, as a route number does (gold.md v2)
            end, taken = km.end(), taken + 1
            continue
        abbreviated = _after_abbreviation(analysis, start, end, limit, stops)
        if abbreviated:
            end, taken = abbreviated, taken + 1
            continue  # "โครงการบ้าน ธอส.| เพื่อคุณ ปี 2567": the period is the abbreviation's
        gap = re.match(r" ?", text[end:limit])
        at = end + (gap.end() if gap else 0)
        if at >= limit or text[at] in "\n":
            break
        royal = _royal_name(analysis, start, end, at)
        if royal:
            # "...เฉลิมพระเกียรติสมเด็จพระเจ้าลูกเธอ| เจ้าฟ้าสิริวัณณวรี นารีรัตนราชกัญญา": the name
            # is the title's whatever its length; after it only an occasion, an alias or a year
            line_end = text.find("\n", at)
            limit = min(len(text) if line_end < 0 else line_end, limit + royal - at)
            end, taken, after_royal = royal, taken + 1, True
            continue
        rest = text[at:limit]
        if (
            at > end
            and text.endswith(_ROUTE_WORDS, start, end)
            and (route := _ROUTE_AFTER.match(text, at, limit))
        ):
            # "...ถนนทางหลวงชนบทสาย สิเกา - ไสต้นวา", "...ถนนสาย ข1 ผังเมืองรวม...": the route that
            # สาย / ช่วง written apart from it still names
            end = _cut_clause(analysis, Chunk(at, route.end(), route.group()))
            taken += 1
            if end < route.end():
                break
            continue
        if rest.startswith("("):
            close = rest.find(")")
            if 1 < close <= MAX_ALIAS and _alias(analysis, rest[1:close], stops):
                end, taken = at + close + 1, taken + 1
                continue  # "(Landbridge)", "(ปุ๋ยคนละครึ่ง)": an alias of the name
            gloss = _english_gloss(analysis, at)
            if gloss:
                end, taken = gloss, taken + 1
                continue  # "(Strengthening regulatory reform and ...)": the title in English
            break
        # "สายกะทู้ - ป่าตอง", "ช่วงศูนย์วัฒนธรรม– มีนบุรี", "กรุงเทพฯ-นครราชสีมา", "หมอชิต– สะพานใหม่–
        # คูคต": the other end of a route (after a dash written apart, glued to either end, or
        # closing the end read before), up to a clause word glued to it
        dashed = text[end - 1] in "-–" and at > end and rest[:1] not in "-–("
        if rest[:1] in "-–" or dashed:
            nxt = re.match(r"[-–]?\s?[^\s(]+", rest)
            if nxt and (dashed or text[end - 1] not in "-–"):
                end = _cut_clause(analysis, Chunk(at, at + nxt.end(), rest[: nxt.end()]))
                taken += 1
                if end < at + nxt.end():
                    break
                continue
        if rest.startswith('"') and at > end and text[end - 1] == ")":
            break  # "(Government Data Catalog) "GD Catalog ..."": after an alias, a theme
        if rest.startswith('"') and at > end and text[end - 1] != '"':
            close = rest.find('"', 1)
            if (
                2 < close <= MAX_QUOTE
                and "\n" not in rest[:close]
                and "โครงการ" not in rest[:close]
            ):
                end, taken = at + close + 1, taken + 1
                continue  # '"ธงไตรรงค์ ธำรงไทย"': the quoted title after a descriptive name
            break
        qualifier = _qualifier(gaz, rest)
        if qualifier:
            # "ช่วงแคราย - มีนบุรีและโครงการ...": a qualifier ends where a clause word starts
            end = _cut_clause(analysis, Chunk(at, at + qualifier, rest[:qualifier]))
            taken += 1
            if end < at + qualifier:
                break
            continue
        agent = 0 if after_royal else _glued_agent(analysis, end, at, limit, stops)
        if agent:
            end, taken = agent, taken + 1
            continue  # "...สร้างมูลค่าเพิ่ม|โดยสถาบันเกษตรกร": who runs the project, in its title
        joined = 0 if after_royal else _joined_to_tail(analysis, at, limit, stops)
        if joined:
            end, taken = joined, taken + 1
            continue  # "กองทุนหมู่บ้าน|และชุมชนเมือง ระยะที่ 3": the title's year or phase closes it
        piece = chunks(text, at, limit)[:1]
        if not piece:
            break
        piece_text = piece[0].text
        if at > end and not after_royal and _beneficiary(analysis, piece[0]):
            end, taken = piece[0].end, taken + 1
            continue  # "สำหรับอุตสาหกรรมเทคโนโลยีชีวภาพ": whom the project is for
        marked, counter = _number_words(gaz)
        if (
            at > end
            and (
                (
                    (_SMALL_NUMBER.fullmatch(piece_text) or marked.fullmatch(piece_text))
                    and _THAI_START.match(text[end - 1])
                )
                # "...Designer Contest 2025", "Season 2": a Latin title's edition or year
                or (
                    (_SMALL_NUMBER.fullmatch(piece_text) or _YEAR.fullmatch(piece_text))
                    and re.match("[A-Za-z]", text[end - 1])
                    and not _count_follows(analysis, piece[0], limit, first=False)
                )
            )
            and not _unit_after(analysis.gazetteer).match(text, piece[0].end)
            and not _COUNT_BEFORE.search(text, start, end)
        ):
            end, taken = piece[0].end, taken + 1
            word = counter.match(text, end, limit)
            if word:
                end = word.end()  # "เฉลิมพระเกียรติ 90 พรรษา": the number's counter is the name's
            elif (counted := _counted_noun(analysis, piece[0], limit, stops)) is not None:
                end = counted  # "เชื่อม 3 สนามบิน", "คัดเลือก 10 สุดยอดชุมชนต้นแบบ": what it counts
            continue  # "ถนนพระราม 2", "หมู่บ้านรักษาศีล 5", "เทคโนโลยี 5G": a number in the name
        if after_royal:
            break
        if (_LATIN_WORD.fullmatch(piece_text) or _LATIN_ORDINAL.fullmatch(piece_text)) and (
            taken == 0 or _LATIN_CHUNK.fullmatch(text[max(start, end - 1) : end])
        ):
            end, taken = piece[0].end, taken + 1
            continue  # "ติดตั้งระบบ Solar Rooftop", "BCG Model": a name's Latin words
        if at > end and text[end - 1] == '"' and _quoted_join(analysis, start, piece[0]):
            end, taken = piece[0].end, taken + 1
            continue  # '"เบญจกิติ" กับสวนลุมพินี': a second object of the name, repeated
        listed = _enumeration(analysis, at, limit, stops) if at > end else 0
        if listed:
            end, taken = listed, taken + 1
            continue  # "ส่งเสริมชุมชน องค์กร อำเภอ และจังหวัดคุณธรรม": the name's objects, listed
        closed = _closed_run(analysis, at, limit, stops, glued=at == end)
        if closed:
            end, taken = closed, taken + 1
            continue  # "...เศรษฐกิจชีวภาพ เศรษฐกิจหมุนเวียน และเศรษฐกิจสีเขียว (BCG Model)"
        if at > end and _joined_repeated(analysis, start, piece[0], stops):
            end, taken = piece[0].end, taken + 1
            continue  # "หอศิลปวัฒนธรรมเมืองน่าน และแหล่งเรียนรู้...": a second object, repeated
        if at > end and _ends_with_bare_verb(analysis, start, end):
            reached = _verb_object(analysis, at, limit, stops)
            if reached:
                end, taken = _strip_end(text, start, reached, analysis), taken + 1
                continue  # "โครงการป้องกัน และแก้ไขปัญหา...": the verb's object, written apart
        run = _slogan_run(analysis, at, limit, stops) if at > end else 0
        if run:
            end, taken = run, taken + 1
            continue  # "ตำบลมั่นคง มั่งคั่ง ยั่งยืน": a slogan's words, one a chunk
        if (
            at > end
            and not _opens_clause(analysis, piece_text, stops)
            and (
                _parallel(analysis, start, piece[0])
                or _short_slogan(analysis, start, end, piece[0])
                or _repeated_elsewhere(text, start, piece[0].end)
            )
        ):
            end = _strip_end(text, start, _cut_clause(analysis, piece[0]), analysis)
            taken += 1
            continue
        break
    return _strip_end(text, start, end, analysis)


# Words that open a royal name inside a title read so far, before any royal name is looked for.
_ROYAL_OPENERS = ("สมเด็จ", "พระเจ้า", "พระบาท")


def _without_royal_names(analysis: Doc, mention: ProjectMention) -> str:
    """The mention's text with the royal names it holds taken out where they go on after their
    ฯ: that of "สมเด็จพระบรมโอรสาธิราชฯ สยามมกุฎราชกุมาร" abbreviates nothing the title left out,
    that of "...ในพระดำริสมเด็จเจ้าฟ้าฯ" does."""
    text = analysis.text[mention.start : mention.end]
    if "ฯ" not in text:
        return text
    for pattern in royal_names(analysis.gazetteer.directory):
        text = pattern.sub(lambda m: m.group() if m.group().endswith("ฯ") else "", text)
    return text


def _dedication_only(analysis: Doc, name_start: int, end: int) -> bool:
    """Whether the title's name is no more than a royal dedication: a word that takes a royal name,
    the name, and its occasion ("เฉลิมพระเกียรติพระบาทสมเด็จพระเจ้าอยู่หัว เนื่องในโอกาส...
    28 กรกฎาคม 2567"). Like "โครงการเฉลิมพระเกียรติ" alone, it names the projects of a royal year,
    not one of them."""
    text = analysis.text
    directory = analysis.gazetteer.directory
    at = name_start + (1 if text.startswith(" ", name_start) else 0)
    leads = [w for w in _royal_leads(directory) if text.startswith(w, at)]
    if not leads:
        return False
    at += len(max(leads, key=len))
    at += 1 if text.startswith(" ", at) else 0
    royal_end = royal_name_end(analysis, at, end)
    if not royal_end:
        return False
    rest = text[royal_end:end].strip()
    return not rest or _qualifier(analysis.gazetteer, rest) == len(rest)


def _royal_name(analysis: Doc, start: int, end: int, at: int) -> int:
    """End of the royal name the title text[start:end] is cut inside ("...เฉลิมพระเกียรติ
    สมเด็จพระกนิษฐาธิราชเจ้า| กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี"), or of the one
    right at `at` after a title ending in a word that takes it (royal_name_leads.txt:
    "...อันเนื่องมาจากพระราชดำริ| สมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี") or after such a
    word at `at`; 0 if none.
    The name's parts may run past the title's length limit, not past its line."""
    text = analysis.text
    directory = analysis.gazetteer.directory
    leads = _royal_leads(directory)
    inside = any(text.find(word, start, end) >= 0 for word in _ROYAL_OPENERS)
    name_at = at if text.endswith(leads, start, end) else None
    if name_at is None and text.startswith(leads, at):
        # "...เพื่อครอบครัวไทย| ในพระราชูปถัมภ์ สมเด็จพระบรมโอรสาธิราชฯ สยามมกุฎราชกุมาร": the
        # word and the name after it
        lead = max((w for w in leads if text.startswith(w, at)), key=len)
        name_at = at + len(lead) + (1 if text.startswith(" ", at + len(lead)) else 0)
    if not inside and name_at is None:
        return 0
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    best = royal_name_end(analysis, name_at, line_end) if name_at is not None else 0
    if inside:
        # a name holding the title's end starts at most a name's length before it
        reach = royal_name_chars(directory)
        window = (max(start, end - reach), min(line_end, at + reach))
        for pattern in royal_names(directory):
            for m in pattern.finditer(text, *window):
                if m.start() >= end:
                    break
                if m.end() > at:
                    best = max(best, m.end())
    return best


@lru_cache(maxsize=8)
def _royal_leads(directory: Path) -> tuple[str, ...]:
    """The words a royal name follows as their object: royal_name_leads.txt and the patronage
    words (royal_patronage_words.txt), longest first."""
    words = word_list(directory, "royal_name_leads.txt") + word_list(
        directory, "royal_patronage_words.txt"
    )
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=8)
def _abbreviation_before(letters: int) -> re.Pattern[str]:
    """A Thai abbreviation ending at a period, written apart from the word before it: "ธอส",
    "ป.ป.ท", "นฐ" (its letters but the period, which `_strip_end` took off the cut title)."""
    return re.compile(
        rf"(?<![{THAI_LETTERS}.])(?:[{THAI_CONSONANTS}]{{1,2}}\.)*[{THAI_CONSONANTS}]{{1,{letters}}}$"
    )


def _after_abbreviation(
    analysis: Doc, start: int, end: int, limit: int, stops: tuple[str, ...]
) -> int:
    """End of the chunk after a Thai abbreviation's period when the title was cut at that period
    ("โครงการบ้าน ธอส|. เพื่อคุณ ปี 2567", "...ทางหลวงชนบท นฐ|. 5035"), else 0. The period closes
    the abbreviation, not the sentence, and the space after it is the one an abbreviation is
    written with: the next chunk is read as if glued to the name (a clause word inside it cuts,
    one at its start does not), unless it is another project, a stop word or an organisation."""
    text = analysis.text
    dot = end - 1 if text.startswith(". ", end - 1) else end  # the period read, or cut off
    if not text.startswith(". ", dot) or dot + 2 >= limit:
        return 0
    letters = analysis.settings(ProjectsSettings).abbreviation_letters
    if not _abbreviation_before(letters).search(text, start + len("โครงการ"), dot):
        return 0
    piece = chunks(text, dot + 2, limit)[:1]
    if not piece or "โครงการ" in piece[0].text:
        return 0
    if starts_with_any(piece[0].text, analysis.gazetteer.organization_heads):
        return 0
    end = _strip_end(text, start, _cut_clause(analysis, piece[0]), analysis)
    if not starts_with_any(piece[0].text, stops):
        return end
    # "ธอส. เพื่อคุณ ปี 2567": a chunk opening with a stop word is the title's only when the
    # title's year or phase closes it right after (as in _joined_to_tail); else a clause opens.
    tail = _JOINED_TAIL.match(text, end + 1) if end == piece[0].end else None
    if not tail or text[end] != " ":
        return 0
    era = _ERA.match(text, tail.end())
    number = _TAIL_NUMBER.match(text, era.end() if era else tail.end())
    return number.end() if number else 0


def _glued_agent(analysis: Doc, end: int, at: int, limit: int, stops: tuple[str, ...]) -> int:
    """End of the chunk at `at` when it opens with โดย glued to the name and names who runs the
    project or by what means ("...สร้างมูลค่าเพิ่ม|โดยสถาบันเกษตรกร", "...สมานฉันท์|โดยใช้หลักธรรม
    ทางพระพุทธศาสนา"), else 0: a clause after a name is written apart from it (" โดยมี ..."), and
    the words of project_agent_stops.txt after โดย open one even when glued ("โดยการ...")."""
    text = analysis.text
    if at != end or not text.startswith(_AGENT, at) or not _THAI_START.match(text[end - 1]):
        return 0
    piece = chunks(text, at, limit)[:1]
    if not piece:
        return 0
    rest = Chunk(at + len(_AGENT), piece[0].end, piece[0].text[len(_AGENT) :])
    if (
        not _THAI_START.match(rest.text)
        or starts_with_any(
            rest.text, word_list(analysis.gazetteer.directory, "project_agent_stops.txt")
        )
        or _opens_clause(analysis, rest.text, stops, organizations=False)
        or _cut_clause(analysis, rest) < rest.end
    ):
        return 0
    tail = _NUMBERED_TAIL.search(text, at, rest.end)
    number = _TAIL_NUMBER.match(text, rest.end, limit) if tail else None
    return number.end() if number else rest.end  # "...โดยสถาบันเกษตรกรปีการผลิต 2566/67"


def _joined_to_tail(analysis: Doc, at: int, limit: int, stops: tuple[str, ...]) -> int:
    """End of a part joined to the name by และ at `at` when the title's year or phase closes it
    ("โครงการเพิ่มทุนกองทุนหมู่บ้าน|และชุมชนเมือง ระยะที่ 3", "...ระดับเขตสุขภาพ|และระดับจังหวัด
    ประจำปีงบประมาณ 2565"), else 0. A year or a phase belongs to the title (gold.md v2), so the
    title runs to it; a clause word, an agency, a number or a quote between them is a clause."""
    text = analysis.text
    if not text.startswith(_JOINER, at) or text.startswith("โครงการ", at + len(_JOINER)):
        return 0
    stop = min(limit, at + analysis.settings(ProjectsSettings).joined_tail_chars)
    tail = _JOINED_TAIL.search(text, at + len(_JOINER), stop)
    if not tail or not analysis.is_token_boundary(tail.start()):
        return 0
    between = text[at + len(_JOINER) : tail.start()]
    if not between.strip() or _NOT_JOINED.search(between):
        return 0
    for piece in chunks(text, at, tail.start()):
        word = piece.text[len(_JOINER) :] if piece.start == at else piece.text
        if _opens_clause(analysis, word, stops) or _cut_clause(analysis, piece) < piece.end:
            return 0
    era = _ERA.match(text, tail.end())
    number = _TAIL_NUMBER.match(text, era.end() if era else tail.end())
    return number.end() if number else 0


# Where a title closes with its Latin alias after a space (_closed_run). Not a quote: a quoted
# person or place often follows a clause in a headline ("...ลงพื้นที่ “บ้าน...”").
_TITLE_CLOSE = re.compile(r" \([A-Za-z]")


def _closed_run(
    analysis: Doc, at: int, limit: int, stops: tuple[str, ...], glued: bool = False
) -> int:
    """End of the chunks at `at` when the title's year or phase, or (after an object joined by
    และ / หรือ) its Latin alias, follows them within closed_run_chars, else 0: a year or a phase
    closes a title and an alias glosses a whole name, so what lies between the name and them is
    the title's ("...(MOIT) ระดับเขตสุขภาพและระดับจังหวัด ประจำปีงบประมาณ 2565", "...เศรษฐกิจชีวภาพ
    เศรษฐกิจหมุนเวียน และเศรษฐกิจสีเขียว (BCG Model)"), when each chunk is Thai words with no
    clause word, number or other project. Before an alias, chunks without the joined object are
    rather the next item of a list with its own alias ("โครงการ Port Community System
    ระบบควบคุมการจราจร... (Vessel Traffic System)"); after the name's own alias only a second
    object joined at once by และ goes on ("...(RIA) และการประเมินผลสัมฤทธิ์ของกฎหมาย (ex post
    review)"). `glued`: the name was cut at a clause word written against it (_glued_to_alias)."""
    text = analysis.text
    stop = min(limit, at + analysis.settings(ProjectsSettings).closed_run_chars)
    if glued:
        return _glued_to_alias(analysis, at, stop, stops)
    year = next(
        (m for m in _JOINED_TAIL.finditer(text, at, stop) if text[m.start() - 1] == " "), None
    )
    if year and _listed_words(analysis, chunks(text, at, year.start() - 1), stops):
        return year.start() - 1
    closer = _closer(analysis, at, limit, stops) or _fiscal_year_close(analysis, at, limit, stops)
    if closer:
        return closer
    close = _alias_close(analysis, at, stop, stops)
    if close is None:
        return 0
    pieces = chunks(text, at, close)
    last = _CONJUNCTION.match(pieces[-1].text) if pieces else None
    if not last or last.start() != 0:
        return 0
    if text.endswith(")", 0, at - 1) and len(pieces) > 1:
        return 0  # "(Landbridge) การพัฒนาความปลอดภัย อาชีวอนามัย และ... (SHE)": a list after an alias
    return close if _listed_words(analysis, pieces, stops) else 0


@lru_cache(maxsize=8)
def _closers(directory: Path) -> re.Pattern[str]:
    """A budget or an agency written apart after a title (project_title_closers.txt, and ของ with
    project_agency_heads.txt): what gold.md v2 ends a title before."""
    budgets = alternation(word_list(directory, "project_title_closers.txt"))
    return re.compile(rf" (?:{budgets}|{_agency_after(directory).pattern})")


def _closer(analysis: Doc, at: int, limit: int, stops: tuple[str, ...]) -> int:
    """ "...เกษตรมูลค่าสูง| ตามแนวทางตลาดนำ นวัตกรรมเสริม เพิ่มรายได้ จังหวัดพะเยา วงเงิน 23.88 ล้านบาท",
    "...การศึกษาของนิสิต| นักศึกษาในสถาบันอุดมศึกษา... ของสำนักงานปลัดกระทรวง...": a budget or an
    agency closes a title (gold.md v2), so the chunks between the name read so far and it are the
    title's, when within closer_run_chars they are Thai or Latin words with no clause word,
    number, bracket or other project; the closer's start, else 0."""
    text = analysis.text
    if text[at - 2 : at - 1] in ('"', "”", "'", "’"):
        return 0  # a quoted title is closed by its quote
    stop = min(limit, at + analysis.settings(ProjectsSettings).closer_run_chars)
    found = _closers(analysis.gazetteer.directory).search(text, at, stop)
    if not found:
        return 0
    pieces = chunks(text, at, found.start())
    if not pieces or not _THAI_START.match(pieces[0].text):
        return 0
    openers = word_list(analysis.gazetteer.directory, "project_closed_run_openers.txt")
    clauses = word_list(analysis.gazetteer.directory, "project_closed_run_stops.txt")
    for piece in pieces:
        if piece.text.startswith(clauses):
            return 0
        latin = _LATIN_CHUNK.fullmatch(piece.text) and not re.search(r"\d", piece.text)
        lead = starts_with_any(piece.text, openers)
        if lead and not re.search(r"\d|โครงการ|ๆ", piece.text):
            if _cut_clause(analysis, piece, len(lead) + 1) < piece.end:
                return 0
            continue
        if not latin and not _listed_words(analysis, [piece], stops):
            return 0
    return found.start()


# A title's fiscal or calendar year written with ประจำปี ("ประจำปีงบประมาณ พ.ศ. 2565", "ประจำปี 2566").
_FISCAL_YEAR = re.compile(r" ประจำปี(?:งบประมาณ)?\s?(?:พ\.ศ\.)?\s?(?:25|20)\d\d")


@lru_cache(maxsize=1)
def _month_names() -> re.Pattern[str]:
    """A month's full Thai name (months.tsv)."""
    return re.compile(alternation(thai_month_names()))


@lru_cache(maxsize=1)
def _period_after() -> re.Pattern[str]:
    """A date or an era year written after "โครงการ ": the project's period, no name of it."""
    return re.compile(rf" (?:\d{{1,2}}\s?(?:{_month_names().pattern})|พ\.ศ\.\s?\d{{4}})")


def _fiscal_year_close(analysis: Doc, at: int, limit: int, stops: tuple[str, ...]) -> int:
    """ "...ด้านการป้องกัน| และปราบปรามผู้เป็นภัยต่อคนหางาน ประจำปีงบประมาณ พ.ศ. 2565": a title's year
    written with ประจำปี closes an official title written in full, so the chunks between the name
    read so far and it, within closer_run_chars in the line, are the title's when none holds a
    quote, another project, a month (a date) or a list number, none starts with ของ (an agency)
    or ว่า, and none opens a clause but with a word of project_year_run_leads.txt; where the year
    starts (its space), else 0."""
    text = analysis.text
    line_end = analysis.line_at(at).end
    stop = min(limit, line_end, at + analysis.settings(ProjectsSettings).closer_run_chars)
    year = _FISCAL_YEAR.search(text, at, stop + len(" ประจำปีงบประมาณ พ.ศ. 2565"))
    if year is None or year.start() > stop or text[at - 1 : at] != " ":
        return 0
    between = text[at : year.start()]
    if not between or re.search("[\"'“”‘’()]|โครงการ|ๆ", between) or _month_names().search(between):
        return 0
    leads = word_list(analysis.gazetteer.directory, "project_year_run_leads.txt")
    for piece in chunks(text, at, year.start()):
        lead = starts_with_any(piece.text, leads) or ""
        rest = piece.text[len(lead) :]
        if (
            re.match(r"\d+[.)]", piece.text)
            or piece.text.startswith((_OWNER, "ว่า"))
            # "และได้มอบเกียรติบัตร": a clause after the lead as well
            or (rest and _opens_clause(analysis, rest, stops, organizations=False))
        ):
            return 0
    return year.start()


def _alias_close(analysis: Doc, at: int, stop: int, stops: tuple[str, ...]) -> int | None:
    """Where the first Latin alias in parentheses after `at` and before `stop` opens (its space),
    or None: " (BCG Model)", an alias as _read_qualifiers reads one."""
    text = analysis.text
    close = _TITLE_CLOSE.search(text, at, stop)
    if not close:
        return None
    shut = text.find(")", close.start() + 1, close.start() + 2 + MAX_ALIAS)
    if shut < 0 or not _alias(analysis, text[close.start() + 2 : shut], stops):
        return None
    return close.start()


def _glued_to_alias(analysis: Doc, at: int, stop: int, stops: tuple[str, ...]) -> int:
    """End of the chunks from a clause word glued to the name (`at`) to the title's Latin alias
    that follows them within closed_run_chars ("โครงการช่วยเหลือลูกหนี้รายย่อย|เพิ่มเติมด้วยวิธีการ
    รวมหนี้ (Debt Consolidation)", "...อุตสาหกรรมรายใหญ่|กับ SMEs ลำพูน (Lamphun Supply Chain)"),
    else 0: an alias glosses the whole name, so the word that cut it was the name's. Not an
    organisation ("ของธนาคาร... (Bank of ...)": whose project), a number or another project, and
    no clause word after the first one."""
    text = analysis.text
    close = _alias_close(analysis, at, stop, stops)
    if close is None:
        return 0
    pieces = chunks(text, at, close)
    if not pieces or not _THAI_START.match(pieces[0].text):
        return 0
    lead = starts_with_any(pieces[0].text, _clause_prefixes(analysis.gazetteer) + stops) or ""
    for n, piece in enumerate(pieces):
        if (
            "โครงการ" in piece.text
            or re.search(r"\d", piece.text)
            or starts_with_any(piece.text, analysis.gazetteer.organization_heads)
            or (n and _opens_clause(analysis, piece.text, stops))
            or _cut_clause(analysis, piece, len(lead) + 1 if n == 0 else 1) < piece.end
        ):
            return 0
    return close


def _plain_words(analysis: Doc, piece: Chunk, skip: int, stops: tuple[str, ...]) -> bool:
    """Whether `piece`, past its first `skip` characters (a joining และ), is Thai words that open no
    clause, with no number and no other project in it."""
    word = piece.text[skip:]
    return (
        _THAI_START.match(word) is not None
        and "โครงการ" not in piece.text
        and not re.search(r"\d", piece.text)
        and not _opens_clause(analysis, word, stops)
    )


def _listed_words(analysis: Doc, pieces: list[Chunk], stops: tuple[str, ...]) -> bool:
    """Whether `pieces` are chunks of Thai words with no clause word, number or other project
    (a leading และ / หรือ joins the last object): what a title may hold before what closes it."""
    if not pieces:
        return False
    for piece in pieces:
        joined = _CONJUNCTION.match(piece.text)
        skip = joined.end() if joined and joined.start() == 0 else 0
        if (
            not _plain_words(analysis, piece, skip, stops)
            or _cut_clause(analysis, piece, skip + 1) < piece.end
        ):
            return False
    return True


def _joined_repeated(analysis: Doc, start: int, piece: Chunk, stops: tuple[str, ...]) -> bool:
    """Whether `piece`, after a space, joins a second object to the name by และ and the brief
    writes the title with it again elsewhere ("โครงการศูนย์ธุรกิจ EEC และเมืองใหม่น่าอยู่อัจฉริยะ"):
    a name is repeated verbatim, a clause after it is not. Not another project ("และโครงการ..."),
    an organisation ("และสภา..."), a clause word, a number or a plural ("...อื่น ๆ")."""
    text = analysis.text
    if not piece.text.startswith(_JOINER):
        return False
    rest = piece.text[len(_JOINER) :]
    return bool(
        _THAI_START.match(rest)
        and "โครงการ" not in rest
        and not re.search(r"\d", rest)
        and not _opens_clause(analysis, rest, stops)
        and _cut_clause(analysis, piece, len(_JOINER) + 1) == piece.end
        and not _PLURAL_AFTER.match(text, piece.end)
        and _repeated_elsewhere(text, start, piece.end)
    )


def _beneficiary(analysis: Doc, piece: Chunk) -> bool:
    """Whether `piece` opens with a word saying whom the project is for
    (project_beneficiary_leads.txt: "สำหรับสินค้าเน่าเสียง่าย") and holds a Thai noun phrase with
    no clause word after it; one with a number in or after it is a time ("สำหรับปี 2567")."""
    leads = word_list(analysis.gazetteer.directory, "project_beneficiary_leads.txt")
    lead = starts_with_any(piece.text, leads)
    return bool(
        lead
        and _THAI_START.match(piece.text, len(lead))
        and not re.search(r"\d", piece.text)
        and not re.match(r" ?\d", analysis.text[piece.end : piece.end + 2])
        and _cut_clause(analysis, piece, len(lead) + 1) == piece.end
    )


def _quoted_join(analysis: Doc, start: int, piece: Chunk) -> bool:
    """Whether `piece`, after a name ending in a quoted word, joins a second object to it
    (project_quoted_joins.txt: 'โครงการเชื่อมสวนสาธารณะ "เบญจกิติ" กับสวนลุมพินี'): a join word,
    not a partner ("กับกระทรวง...", a longer clause word), a whole chunk without a clause word,
    and the brief writes the title with it again elsewhere."""
    text = analysis.text
    gaz = analysis.gazetteer
    join = starts_with_any(piece.text, word_list(gaz.directory, "project_quoted_joins.txt"))
    if not join or not _THAI_START.match(piece.text, len(join)):
        return False
    if len(starts_with_any(piece.text, _clause_prefixes(gaz)) or "") > len(join):
        return False
    if _cut_clause(analysis, piece, len(join) + 1) < piece.end:
        return False
    return _repeated_elsewhere(text, start, piece.end)


def _alias(analysis: Doc, inside: str, stops: tuple[str, ...]) -> bool:
    """Whether a parenthesis after a name glosses it ("(Landbridge)") or holds a qualifier of its
    title ("(ปีงบประมาณ 2554 - 2560)"), not a date or a clause."""
    if "(" not in inside and _qualifier(analysis.gazetteer, inside.strip()) == len(inside.strip()):
        return True
    if "(" in inside or _opens_clause(analysis, inside, stops):
        return False
    number = _MEASURE.match(inside)
    if number and _unit_after(analysis.gazetteer).match(inside, number.end()):
        return False  # "(24.4 กม.)", "(5 ปี)": a measure of the project, not another name
    if _LIST_NUMBER.fullmatch(inside.strip()):
        return False  # "โครงการ... จังหวัดระนอง (4)": the number of the next list item
    if starts_with_any(inside, _generic_after(analysis.gazetteer).generic_prefixes):
        return False  # "(ดำเนินการเอง)"
    return not _DATE_WORDS.search(inside)


# A parenthesis that holds only Latin words, digits and title punctuation: an English title.
_ENGLISH_TITLE = re.compile(r"[A-Za-z][A-Za-z0-9 ,.:;&'/-]*")


def _english_gloss(analysis: Doc, at: int) -> int:
    """The end of the parenthesis at `at` when it is the title in English, longer than an alias
    ("(Exchange of experiences on a social work licensing among ASEAN Member States)"), else 0:
    gold.md v2 keeps an alias in parentheses, and a translation is one; a Thai parenthesis that
    long is a clause about the project. Read past the longest title, as a quoted title is."""
    text = analysis.text
    longest = analysis.settings(ProjectsSettings).english_gloss_chars
    close = text.find(")", at + 1, min(analysis.line_at(at).end, at + longest + 1))
    inside = text[at + 1 : close] if close > at + MAX_ALIAS else ""
    if _ENGLISH_TITLE.fullmatch(inside) and len(inside.split()) >= _GLOSS_WORDS:
        return close + 1
    return 0


def _cut_clause(analysis: Doc, piece: Chunk, min_offset: int = 1) -> int:
    """End of the part of `piece` before the first clause word that is a whole word there."""
    text = analysis.text
    words, pattern = _clause_index(analysis.gazetteer)
    phrases = analysis.gazetteer.project_name_phrases
    beneficiaries = word_list(analysis.gazetteer.directory, "project_beneficiary_phrases.txt")
    verbs = word_list(analysis.gazetteer.directory, "project_complement_verbs.txt")
    m = pattern.search(piece.text, max(min_offset, 1))
    while m:
        s = piece.start + m.start()
        phrase = starts_with_any(piece.text[m.start() : m.start() + 40], phrases)
        if not phrase and _words_before(analysis, piece, s) >= 2:
            # "โครงการจัดที่ดินทำกินให้ชุมชน"; not "โครงการช่วยให้เกษตรกร...", a verb and its clause
            phrase = starts_with_any(piece.text[m.start() : m.start() + 40], beneficiaries)
        if phrase and analysis.is_token_boundary(s):
            m = pattern.search(piece.text, m.start() + len(phrase))
            continue  # "...เกษตรให้แก่สมาชิก": a beneficiary in the name, not a clause
        for word, whole in words[m.group()[0]]:
            if not piece.text.startswith(word, m.start()):
                continue
            if _inside_phrase(text, s, word, phrases):
                continue  # "ความเป็นไปได้": the clause word closes a phrase of the name
            e = s + len(word)
            if _coordinated(text, s, word, piece, verbs):
                continue  # "...ที่ยั่งยืนและสามารถฟื้นตัวได้": a predicate inside the name
            if _complement(analysis, piece, s, word):
                continue  # "โครงการเปลี่ยนระบบ...อากาศเป็นสายไฟฟ้าใต้ดิน": change A into B
            if text.endswith(_NOMINALISERS, piece.start, s):
                continue  # "ความเป็นชาติไทย", "การให้บริการ": a verb made a noun of the name
            if (
                text.endswith(_CORRELATIVE, piece.start, s)
                and _CORRELATIVE in text[piece.start : s - len(_CORRELATIVE)]
            ):
                # "โครงการยิ่งใช้ยิ่งได้|ที่ขาย...": the correlative's last word ends the name
                return s + min(
                    (len(w) for w, _ in words[m.group()[0]] if piece.text.startswith(w, m.start())),
                    default=len(word),
                )
            if analysis.is_token_boundary(s) and (
                not whole
                or e >= len(text)
                or not _THAI_START.match(text[e])
                or analysis.is_token_boundary(e)
            ):
                return s
        m = pattern.search(piece.text, m.start() + 1)
    return piece.end


def _words_before(analysis: Doc, piece: Chunk, at: int) -> int:
    """How many words of the name `piece` holds before `at` (โครงการ aside)."""
    start = piece.start + len("โครงการ") if piece.text.startswith("โครงการ") else piece.start
    bounds = analysis.token_bounds
    return bisect.bisect_left(bounds, at) - bisect.bisect_left(bounds, start)


def _inside_phrase(text: str, at: int, word: str, phrases: tuple[str, ...]) -> bool:
    """Whether the clause word `word` at `at` is inside a phrase of project_name_phrases.txt that
    starts before it ("เป็นไปได้" around the ได้ of "ความเป็นไปได้")."""
    for phrase in phrases:
        inner = phrase.find(word, 1)
        if inner > 0 and text.startswith(phrase, at - inner):
            return True
    return False


@lru_cache(maxsize=8)
def _complement_pairs(gazetteer: Gazetteer) -> dict[str, tuple[str, ...]]:
    """project_complement_pairs.txt: clause word -> the verbs whose complement it opens."""
    pairs: dict[str, tuple[str, ...]] = {}
    for entry in word_list(gazetteer.directory, "project_complement_pairs.txt"):
        word, *verbs = entry.split()
        pairs[word] = pairs.get(word, ()) + tuple(verbs)
    return pairs


def _complement(analysis: Doc, piece: Chunk, at: int, word: str) -> bool:
    """Whether the clause word `word` at `at` opens the complement of a verb written earlier in
    `piece` as a whole word ("...เปลี่ยนระบบสายไฟฟ้าอากาศ|เป็นสายไฟฟ้าใต้ดิน", "...การนำยางพารา|มา
    ใช้"): glued inside one chunk, A and B of "change A into B" are one name."""
    text = analysis.text
    for verb in _complement_pairs(analysis.gazetteer).get(word, ()):
        found = text.find(verb, piece.start, at)
        while found >= 0:
            # "การนำ" is one token: a verb made a noun still takes its complement
            opens = analysis.is_token_boundary(found) or text.endswith(
                _NOMINALISERS, piece.start, found
            )
            if opens and analysis.is_token_boundary(found + len(verb)):
                return True
            found = text.find(verb, found + 1, at)
    return False


@lru_cache(maxsize=8)
def _clause_index(
    gazetteer: Gazetteer,
) -> tuple[dict[str, tuple[tuple[str, bool], ...]], re.Pattern[str]]:
    """Clause words by first letter (longest first) and a pattern finding where any may start."""
    by_first: dict[str, list[tuple[str, bool]]] = {}
    for word, whole in _clause_words(gazetteer):
        by_first.setdefault(word[0], []).append((word, whole))
    pattern = re.compile(alternation([w for w, _ in _clause_words(gazetteer)]))
    return {k: tuple(v) for k, v in by_first.items()}, pattern


def _short_slogan(analysis: Doc, start: int, end: int, piece: Chunk) -> bool:
    """ "โครงการบ้านนี้มีรัก ปลูกผักกินเอง": a short name goes on with a short phrase."""
    name = start + len("โครงการ")
    return (
        end - name <= SLOGAN_CHARS
        and len(piece.text) <= SLOGAN_CHARS
        and end - start + len(piece.text) <= 3 * SLOGAN_CHARS
        and _THAI_START.match(piece.text) is not None
        and _cut_clause(analysis, piece) == piece.end
        and not re.search(r"\d", piece.text)
        and not _word_at(
            analysis, piece.start, _generic_after(analysis.gazetteer).generic_prefixes, False
        )
        and not _word_at(
            analysis, piece.start, _generic_after(analysis.gazetteer).generic_words, True
        )
    )


def _parallel(analysis: Doc, start: int, piece: Chunk) -> bool:
    """ "โครงการหนึ่งตำบล หนึ่งผลิตภัณฑ์": a chunk opening with the name's first word."""
    bounds = analysis.token_bounds
    name = start + len("โครงการ")
    i = bisect.bisect_left(bounds, name)
    if i + 1 >= len(bounds) or bounds[i] != name:
        return False
    first = analysis.text[name : bounds[i + 1]]
    if len(piece.text) > PARALLEL_CHARS or bounds[i] - start > PARALLEL_CHARS + len("โครงการ"):
        return False
    name_end = analysis.text.find(" ", name)
    if name_end < 0 or name_end - name > PARALLEL_CHARS:
        return False
    return (
        len(first) >= 2
        and _THAI_START.match(first) is not None
        and piece.text.startswith(first)
        and analysis.is_token_boundary(piece.start + len(first))
    )


def _coordinated(text: str, at: int, word: str, piece: Chunk, verbs: tuple[str, ...] = ()) -> bool:
    """A clause word joined by และ / หรือ to what comes before it, the ได้ closing สามารถ...ได้, or
    the แก่ of ให้...แก่ (the beneficiary of what the project gives)."""
    if word.startswith(("และ", "หรือ")):
        return False
    if text.endswith(("และ", "หรือ"), 0, at):
        return True
    if word == "แก่" and "ให้" in text[piece.start + len("โครงการ") : at]:
        return True  # "โครงการให้ความช่วยเหลือทางการเงินแก่ผู้ประกอบกิจการ": ให้ A แก่ B
    if word == "ให้" and verbs and text.endswith(verbs, piece.start, at):
        return True  # "...มอบหนังสืออนุญาตให้เข้าทำประโยชน์...": the verb's complement
    return word == "ได้" and at + len(word) == piece.end and "สามารถ" in text[piece.start : at]


def _opens_clause(
    analysis: Doc, piece: str, stops: tuple[str, ...], organizations: bool = True
) -> bool:
    gaz = analysis.gazetteer
    return bool(
        starts_with_any(piece, stops)
        or (organizations and starts_with_any(piece, gaz.organization_heads))
        or starts_with_any(piece, _clause_prefixes(gaz))
        or starts_with_any(piece, gaz.project_chunk_stops)
    )


def _slogan_run(analysis: Doc, at: int, limit: int, stops: tuple[str, ...]) -> int:
    """End of a run of at least SLOGAN_WORDS chunks of one Thai word each at `at`, else 0."""
    end, count = 0, 0
    for piece in chunks(analysis.text, at, limit):
        if not (
            _THAI_START.match(piece.text)
            and _one_word(analysis, piece)
            and not _opens_clause(analysis, piece.text, stops)
        ):
            break
        end, count = piece.end, count + 1
    return end if count >= SLOGAN_WORDS else 0


def _enumeration(analysis: Doc, at: int, limit: int, stops: tuple[str, ...]) -> int:
    """ "โครงการส่งเสริมชุมชน องค์กร อำเภอ และจังหวัดคุณธรรม": after a name, bare nouns of one
    word each (commas allowed; a lone organisation word such as องค์กร is no organisation's name),
    then a last one joined by และ / หรือ with no clause word: the objects of the name's verb,
    listed with spaces. The end of the last item, else 0. Items of several words are rather
    other titles ("โครงการเราเที่ยวด้วยกัน ชิมช้อปใช้ และ...")."""
    text = analysis.text
    gaz = analysis.gazetteer
    for items, piece in enumerate(chunks(text, at, limit)):  # items: the bare nouns before
        word = piece.text.rstrip(",")
        item = Chunk(piece.start, piece.start + len(word), word)
        joined = _CONJUNCTION.match(word)
        if joined and joined.start() == 0:
            rest = word[joined.end() :]
            ok = (
                items > 0
                and _THAI_START.match(rest) is not None
                and not re.search(r"\d", rest)
                and "โครงการ" not in rest
                and not _opens_clause(analysis, rest, stops, organizations=False)
                and _cut_clause(analysis, item, joined.end() + 1) == item.end
                and word == piece.text
            )
            return item.end if ok else 0
        if (
            items >= MAX_CHUNKS
            or not _THAI_WORD.fullmatch(word)  # not an abbreviation ("จ. สกลนคร")
            or "โครงการ" in word
            or not _one_word(analysis, item)
            or starts_with_any(word, stops)
            or starts_with_any(word, _clause_prefixes(gaz))
            or starts_with_any(word, gaz.project_chunk_stops)
        ):
            return 0
    return 0


@lru_cache(maxsize=8)
def _bare_verbs(directory: Path) -> tuple[str, ...]:
    return tuple(sorted(word_list(directory, "project_bare_verbs.txt"), key=lambda w: (-len(w), w)))


def _ends_with_bare_verb(analysis: Doc, start: int, end: int) -> bool:
    """Whether the title read so far ends with a verb still without its object
    (project_bare_verbs.txt), a word of its own and not made a noun by การ / ความ."""
    text = analysis.text
    verb = next(
        (v for v in _bare_verbs(analysis.gazetteer.directory) if text.endswith(v, start, end)), None
    )
    if verb is None:
        return False
    at = end - len(verb)
    if at == start + len("โครงการ"):
        return True  # "โครงการอนุรักษ์": the tokenizer may read "โครง|การอนุรักษ์"
    return (
        at > start + len("โครงการ")
        and analysis.is_token_boundary(at)
        and not text.endswith(_NOMINALISERS, start, at)
    )


def _verb_object(analysis: Doc, at: int, limit: int, stops: tuple[str, ...]) -> int:
    """End of the object that the chunk at `at` gives a bare verb (_ends_with_bare_verb), also
    when และ joins a second verb to it ("และแก้ไขปัญหา..."): Thai words up to a clause word, with no
    number or other project and no clause opening; 0 if the chunk is none."""
    text = analysis.text
    pieces = chunks(text, at, limit)[:1]
    if not pieces:
        return 0
    piece = pieces[0]
    lead = len(_JOINER) if piece.text.startswith(_JOINER) else 0
    if not _plain_words(analysis, piece, lead, stops) or _leads_with_particle(
        analysis, piece.start + lead
    ):
        return 0
    reached = _cut_clause(analysis, piece, min_offset=lead + 1)
    return reached if reached > piece.start + lead else 0


def _leads_with_particle(analysis: Doc, at: int) -> bool:
    """Whether a preposition or a conjunction of project_dangling.txt, a word of its own, opens the
    text at `at` ("เพื่อช่วยเหลือ...", "ของกรม..."): no verb's object starts so; a noun made of a
    verb does ("การรับรู้...")."""
    text = analysis.text
    return any(
        text.startswith(word, at)
        and word not in _NOMINALISERS
        and analysis.is_token_boundary(at + len(word))
        for word in analysis.gazetteer.project_dangling
    )


def _one_word(analysis: Doc, piece: Chunk) -> bool:
    bounds = analysis.token_bounds
    i = bisect.bisect_left(bounds, piece.start)
    return i + 1 < len(bounds) and bounds[i] == piece.start and bounds[i + 1] == piece.end


def _qualifier(gaz: Gazetteer, rest: str) -> int:
    """Length of the title qualifier `rest` starts with (0 if none)."""
    best = 0
    for pattern in gaz.project_qualifiers:
        m = pattern.match(rest)
        if m and m.end() > best:
            best = m.end()
    return best


def _repeated_elsewhere(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] occurs again (spacing and quotes aside, as in _key) where it does
    not follow the same words."""
    key = _key(text[start:end])
    pattern = re.compile(r"[\s\"']*".join(re.escape(c) for c in key))
    before = _key(text[max(0, start - CONTEXT_CHARS) : start])
    for m in pattern.finditer(text):
        if (
            m.start() != start
            and _key(text[max(0, m.start() - CONTEXT_CHARS) : m.start()]) != before
        ):
            return True
    return False


def _strip_end(text: str, start: int, end: int, analysis: Doc | None = None) -> int:
    end = strip_span(text, start, end, chars=" \n-,:;.'")[1]
    if text.count(")", start, end) > text.count("(", start, end) and text.endswith(")", start, end):
        end = strip_span(text, start, end - 1, chars=" \n-,:;.'")[1]  # "...พักหนี้)": unopened
    if text.count('"', start, end) % 2:
        end = strip_span(text, start, end, chars=' \n-,:;."')[1]
    if analysis is None:
        return end
    end = _without_glued_number(analysis, start, end)
    # A word left at the end of a cut name: "โครงการคนละครึ่งและ" -> โครงการคนละครึ่ง
    changed = True
    while changed:
        changed = False
        for tail in analysis.gazetteer.project_dangling:
            cut = end - len(tail)
            if _NUMBERED_TAIL.fullmatch(tail) and _TAIL_NUMBER.match(text, end):
                continue  # "...ปีที่ 8", "...ศตวรรษที่ 21": an ordinal, its number follows
            if tail == "มี" and text.endswith("ผู้มี", start, end):
                continue  # "...ให้แก่ผู้มี": "one who has", a noun the name goes on with
            if (
                text.endswith(tail, start, end)
                and cut > start + len("โครงการ")
                and (analysis.is_token_boundary(cut) or not _THAI_START.match(tail[0]))
            ):
                end = strip_span(text, start, cut, chars=" \n-,:;.'")[1]
                changed = True
                break
    return end


# A number glued to the Thai word that ends a name read so far ("...เลี้ยงสัตว์1,500").
_GLUED_NUMBER = re.compile(rf"(?<=[{THAI_LETTERS}])[0-9{THAI_DIGITS}][0-9{THAI_DIGITS},.]*$")
_GROUPED_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


@lru_cache(maxsize=8)
def _count_unit_after(gazetteer: Gazetteer) -> re.Pattern[str]:
    """An amount's or a count's unit (project_count_units.txt) after a number, not a place word
    ("แม่สะเรียง3 จังหวัดแม่ฮ่องสอน": a place follows a footnote mark)."""
    return re.compile(rf"[^\S\n]?(?:{alternation(gazetteer.project_count_units)})")


def _without_glued_number(analysis: Doc, start: int, end: int) -> int:
    """ "โครงการประกันภัยข้าวโพดเลี้ยงสัตว์1,500 บาทต่อไร่", "...ครั้งละ10,000 ล้านบาท", "...ภาค
    ตะวันออก2)โครงการ...": a number glued to the name's last word is an amount, a count or the next
    list item's number when a unit follows it (project_count_units.txt), it is grouped by
    thousands, or a closing bracket that opens nothing follows it; a word that takes a number keeps
    its own ("ระยะที่2", "พระราม2", "ปี2565": project_number_heads.txt)."""
    text = analysis.text
    number = _GLUED_NUMBER.search(text, start, end)
    if number is None or number.start() <= start + len("โครงการ"):
        return end
    head_end = number.start()
    numbered = word_list(analysis.gazetteer.directory, "project_number_heads.txt")
    if text.endswith(numbered, start, head_end) or _NUMBERED_TAIL.search(text, start, head_end):
        return end
    unit = _count_unit_after(analysis.gazetteer).match(text, end)
    unopened = text.startswith(")", end) and text.count("(", start, end) == text.count(
        ")", start, end
    )
    if (
        _GROUPED_AMOUNT.fullmatch(number.group())
        or (unopened and len(number.group()) <= 2)
        or unit is not None
    ):
        return strip_span(text, start, head_end, chars=" \n-,:;.'")[1]
    return end


def _key(text: str) -> str:
    """A title compared with others: spacing and quotes aside ('โครงการ "เราชนะ"' = โครงการเราชนะ)."""
    return re.sub(r"[\s\"']", "", text)


def group_projects(analysis: Doc, mentions: list[ProjectMention]) -> list[list[ProjectMention]]:
    """Group the mentions of one project; the group's first mention gives the record's title."""
    text = analysis.text
    mentions = _split_coordinations(analysis, _cut_after_known_name(analysis, mentions))
    mentions = _extend_repeated(analysis, mentions)
    mentions = _cut_agency(analysis, _cut_glued_tails(analysis, mentions))
    groups: dict[str, list[ProjectMention]] = {}
    for mention in mentions:
        groups.setdefault(_key(text[mention.start : mention.end]), []).append(mention)
    keys = list(groups)
    parent = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    structures = word_list(analysis.gazetteer.directory, "project_structure_heads.txt")
    settings = analysis.settings(ProjectsSettings)
    edits = _Edits(
        analysis.gazetteer.project_action_heads,
        word_list(analysis.gazetteer.directory, "project_lead_nouns.txt"),
        settings.inserted_word_chars,
        settings.inserted_min_chars,
        settings.respelt_chars,
        analysis.gazetteer.project_qualifiers,
        word_list(analysis.gazetteer.directory, "project_route_words.txt"),
    )
    aliases = _alias_keys(keys)
    for k in keys:
        target = aliases.get(k)
        if target is not None and root(target) != root(k):
            parent[root(k)] = root(target)  # "โครงการ EEC" and "โครงการพัฒนา... (EEC)"
    dropped: set[str] = set()
    order = sorted(keys, key=lambda k: (len(k), keys.index(k)))
    for i, short in enumerate(order):
        longer = [
            k
            for k in order[i + 1 :]
            if _variant(short, k, structures, edits) or _bare_variant(short, k)
        ]
        if not longer:
            continue
        roots = {root(k) for k in longer}
        if len(roots) > 1 and _all_extensions(short, longer):
            dropped.add(short)  # "โครงการรถไฟฟ้า" before several lines: a kind, not a name
            continue
        target = min(roots, key=lambda r: keys.index(r))
        parent[root(short)] = target
    merged: dict[str, list[ProjectMention]] = {}
    for k in keys:
        if k in dropped and root(k) == k:
            continue
        merged.setdefault(root(k), []).extend(groups[k])
    out = []
    for members in merged.values():
        members.sort(key=lambda m: m.start)
        best = _title_mention(analysis, members)
        out.append([best] + [m for m in members if m is not best])
    out.sort(key=lambda g: min(m.start for m in g))
    return out


def _alias_keys(keys: list[str]) -> dict[str, str]:
    """ "โครงการ" + a parenthesised alias -> the title that glosses it (one title only)."""
    found: dict[str, set[str]] = {}
    for k in keys:
        for m in _ALIAS_IN_KEY.finditer(k):
            found.setdefault("โครงการ" + m.group(1), set()).add(k)
    return {a: next(iter(ks)) for a, ks in found.items() if len(ks) == 1 and a not in ks}


@lru_cache(maxsize=8)
def _known_name(directory: Path) -> re.Pattern[str]:
    """A well-known programme's name (project_known_names.txt) that ends there: at the title's
    end, a space or another และ / หรือ ("...และคนละครึ่งและกลุ่มประชาชน...")."""
    return re.compile(rf"{_known_name_start(directory).pattern}(?=$|\s|และ|หรือ)")


@lru_cache(maxsize=8)
def _known_name_start(directory: Path) -> re.Pattern[str]:
    """A well-known programme's name (project_known_names.txt), quoted or not, wherever it ends."""
    names = alternation(word_list(directory, "project_known_names.txt"))
    return re.compile(rf"[\"']?(?:{names})[\"']?")


def _cut_after_known_name(analysis: Doc, mentions: list[ProjectMention]) -> list[ProjectMention]:
    """ "โครงการคนละครึ่งเปิดให้ลงทะเบียน", "โครงการเราชนะ เยียวยาประชาชน 3,500 บาท",
    "โครงการคนละครึ่งที่ตกลงยินยอมเข้าร่วม": a title opening with a well-known programme's name
    (project_known_names.txt) is that name and its qualifiers only (project_qualifiers.txt,
    glued or after a space: "โครงการคนละครึ่งระยะที่ 3", "โครงการคนละครึ่ง ระยะที่ 4"); the
    words the name was read on to are what the sentence says of the programme."""
    text = analysis.text
    known = _known_name_start(analysis.gazetteer.directory)
    out = []
    for mention in mentions:
        found = known.match(text, mention.start + len("โครงการ"), mention.end)
        if found and found.end() < mention.end:
            end = found.end()
            while True:
                rest = text[end : mention.end]
                gap = len(rest) - len(rest.lstrip())
                length = _qualifier(analysis.gazetteer, rest[gap:])
                if not length:
                    break
                end += gap + length
            mention = ProjectMention(mention.start, _strip_end(text, mention.start, end))
        out.append(mention)
    return out


# What ends a word run in a title: a space, a bracket, a quote or a punctuation mark.
_RUN_END = re.compile(r"[\s()\"'“”‘’,.:;!?…]|$")


def _extend_repeated(analysis: Doc, mentions: list[ProjectMention]) -> list[ProjectMention]:
    """ "โครงการพัฒนาพื้นที่สูงแบบ|โครงการหลวง", "โครงการผ้าไทยใส่|ให้สนุก": a title cut inside a
    word run at a clause word or at an inner โครงการ is read to the end of the run when the brief
    writes that whole run the same way several times ([projects] repeated_title_count): a name
    is repeated verbatim, a clause after it is not. Mentions inside the longer title go."""
    text = analysis.text
    settings = analysis.settings(ProjectsSettings)
    dangling = analysis.gazetteer.project_dangling
    stops = word_list(analysis.gazetteer.directory, "project_tail_stops.txt")
    out: list[ProjectMention] = []
    extended: list[ProjectMention] = []
    for mention in mentions:
        if mention.end < len(text) and _THAI_START.match(text, mention.end):
            run_end = _RUN_END.search(text, mention.end).start()
            whole, tail = text[mention.start : run_end], text[mention.end : run_end]
            if (
                run_end - mention.end <= settings.repeated_tail_chars
                and not whole.endswith(dangling)  # "...การออม|กับ": a clause goes on after it
                and not any(w in tail for w in stops)
            ) and (
                sum(1 for m in re.finditer(re.escape(whole), text) if _RUN_END.match(text, m.end()))
                >= settings.repeated_title_count
            ):
                mention = ProjectMention(mention.start, run_end)
                extended.append(mention)
        out.append(mention)
    # An inner "โครงการหลวง" of an extended title is a part of it, not a project of its own.
    return [m for m in out if not any(o.start < m.start < o.end for o in extended)]


# Shortest name (after โครงการ) whose glued tail is cut by _cut_glued_tails.
_GLUED_NAME_CHARS = 4


def _cut_glued_tails(analysis: Doc, mentions: list[ProjectMention]) -> list[ProjectMention]:
    """ "โครงการคนละครึ่งและผู้ร่วมกระทำความผิด", "โครงการคนละครึ่งตามจำนวน...": a title that is
    another mention's whole title with a glued word after it (project_glued_after.txt: และ, ตาม,
    ที่ ...) ends there; the brief's other mention shows where the name ends."""
    text = analysis.text
    ends_by_key: dict[str, list[int]] = {}
    for m in mentions:
        ends_by_key.setdefault(_key(text[m.start : m.end]), []).append(m.end)
    glued = word_list(analysis.gazetteer.directory, "project_glued_after.txt")
    bounds = analysis.token_bounds
    out = []

    def written_alone(title_key: str, tail: str) -> bool:
        """Some mention of `title_key` is not followed by this mention's tail: "โครงการ X
        และแผน Y" after "โครงการ X และแผน Y" written with a space is one title, cut at its space."""
        head = _key(tail)
        return any(
            not _key(text[end : end + 2 * len(tail)]).startswith(head)
            for end in ends_by_key.get(title_key, ())
        )

    for mention in mentions:
        lo = bisect.bisect_right(bounds, mention.start + len("โครงการ") + _GLUED_NAME_CHARS - 1)
        hi = bisect.bisect_left(bounds, mention.end)
        for b in reversed(bounds[lo:hi]):
            if (
                _THAI_START.match(text, b - 1)
                and _word_at(analysis, b, glued, whole=True)
                and written_alone(_key(text[mention.start : b]), text[b : mention.end])
            ):
                mention = ProjectMention(mention.start, b)
                break
        out.append(mention)
    return out


@lru_cache(maxsize=8)
def _agency_after(directory: Path) -> re.Pattern[str]:
    heads = alternation(word_list(directory, "project_agency_heads.txt"))
    return re.compile(f"{_OWNER}\\s?(?:{heads})")


def _cut_agency(analysis: Doc, mentions: list[ProjectMention]) -> list[ProjectMention]:
    """ "โครงการบ้านเคหะสุขประชาของการเคหะแห่งชาติ (กคช.)": ของ and an agency
    (project_agency_heads.txt) say who runs the project; gold.md v2 ends the title before it.
    Not after the title's partners ("ระหว่าง กรม... และสถาบัน... ของ มหาวิทยาลัย..."): there ของ names
    a partner's own organisation (_PARTNERS)."""
    text = analysis.text
    agency = _agency_after(analysis.gazetteer.directory)
    bounds = set(analysis.token_bounds)
    out = []
    for mention in mentions:
        start = mention.start + len("โครงการ") + _GLUED_NAME_CHARS
        found = agency.search(text, start, mention.end)
        if (
            found
            and found.start() in bounds
            and _PARTNERS not in text[start : found.start()]
            # '...“บทบาท...ภายใต้แนวนโยบายของรัฐบาล...”': inside a quoted title, its own words
            and text.count('"', mention.start, found.start()) % 2 == 0
        ):
            mention = ProjectMention(mention.start, _strip_end(text, mention.start, found.start()))
        out.append(mention)
    return out


def _split_coordinations(analysis: Doc, mentions: list[ProjectMention]) -> list[ProjectMention]:
    """ "โครงการกำลังใจและเราเที่ยวด้วยกัน" where "โครงการเราเที่ยวด้วยกัน" is also mentioned: two
    projects joined by และ / หรือ; the mention keeps the first (the second is found on its own)."""
    text = analysis.text
    keys = {_key(text[m.start : m.end]) for m in mentions}
    known = _known_name(analysis.gazetteer.directory)
    out = []
    for mention in mentions:
        title = text[mention.start : mention.end]
        for conj in _CONJUNCTION.finditer(title, len("โครงการ") + 2):
            second = "โครงการ" + _key(title[conj.end() :])
            if (
                second in keys
                or any(k.startswith(second) for k in keys if len(second) > 10)
                or known.match(title, conj.end())
            ):
                end = _strip_end(text, mention.start, mention.start + conj.start(), analysis)
                mention = ProjectMention(mention.start, end)
                break
        out.append(mention)
    return out


def _variant(short: str, long: str, structures: tuple[str, ...], edits: _Edits) -> bool:
    """Whether title `short` names the same project as the longer title `long`."""
    heads = edits.heads
    short, long = _PHASE_WORD.sub("ระยะที่", short), _PHASE_WORD.sub("ระยะที่", long)
    core = short.rstrip("ฯ")
    if long.startswith(core):
        return True  # the name without its qualifiers, or cut short with ฯ
    if _one_word_more(core, long, edits.inserted):
        return True  # "โครงการรถไฟฟ้าสายสีแดงช่วง..." and "โครงการรถไฟฟ้าชานเมืองสายสีแดงช่วง..."
    if _other_structure(core, long, structures, heads):
        return True  # "โครงการฝายราษีไศล" and "โครงการเขื่อนราศีไศล"
    if "ฯ" in core:
        head = core.split("ฯ")[0]
        if len(head) > len("โครงการ") + 6 and long.startswith(head):
            return True  # "โครงการศูนย์ราชการเฉลิมพระเกียรติฯ โซน C", "โครงการพาหมอฯ จังหวัด..."
    if short.endswith("ฯ") and _abbreviates(core[len("โครงการ") :], long[len("โครงการ") :]):
        return True  # "โครงการส่งเสริมจ้างงานคนพิการฯ", "โครงการจ้างงานคนพิการเชิงสังคมฯ"
    name, long_name = core[len("โครงการ") :], long[len("โครงการ") :]
    if len(name) < 6:
        return False
    numbers, long_numbers = _NUMBERS.findall(name), _NUMBERS.findall(long_name)
    if numbers and long_numbers and numbers != long_numbers[-len(numbers) :]:
        return False  # "...ระยะที่ 1" and "...ระยะที่ 2": two phases, not two spellings
    if _other_place(name, long_name):
        return False  # "...ต้นน้ำ จังหวัดน่าน" and "...ต้นน้ำ จังหวัดแพร่": one project per place
    if _edited_stem(core, long, edits):
        return True  # "โครงการ...ให้กับพระสงฆ์" and "โครงการ...ให้กับพระภิกษุสงฆ์ สามเณร..."
    if _words_in_order(name, long_name, heads, edits.routes):
        return True  # "...ถนนสายบ้านคูระ อำเภอแม่ลาน", "...ถนนสายแยก... - บ้านคูระ (ตอนที่ 1) อำเภอแม่ลาน"
    # The same name after a leading verb (project_action_heads.txt: "โครงการก่อสร้างฝายราษีไศล" and
    # "โครงการฝายราษีไศล") or, for a name of SUFFIX_CHARS or more, after any words ("โครงการระบบ
    # รถไฟชานเมือง (สายสีแดง)"), or spelt another way ("ราศีไศล"): one letter in seven may differ.
    tail = long_name[-len(name) :]
    head = long_name[: len(long_name) - len(name)]
    others = [long_name]
    if len(name) >= SUFFIX_CHARS or any(
        head.startswith(h) and len(head) - len(h) <= 2 for h in heads
    ):
        others.append(tail)
    for other in others:
        if abs(len(name) - len(other)) > max(2, len(name) // 7):
            continue
        if name[:3] != other[:3] and name[-3:] != other[-3:]:
            continue  # one letter in seven differs: the start or the end is the same
        matcher = difflib.SequenceMatcher(None, name, other, autojunk=False)
        if (
            matcher.real_quick_ratio() >= SPELLING_RATIO
            and matcher.quick_ratio() >= SPELLING_RATIO
            and matcher.ratio() >= SPELLING_RATIO
        ):
            return True
    return False


# Shortest name a title cut short with ฯ is compared by, and the share of its letters the longer
# title must hold in order (_abbreviates).
_ABBREVIATED_MIN_CHARS = 8
_ABBREVIATED_SHARE = 0.9


def _abbreviates(name: str, long_name: str) -> bool:
    """Whether `name`, written short with ฯ, is `long_name` with words left out: its letters are
    found in order in the longer name ("ส่งเสริมจ้างงานคนพิการ" in "ส่งเสริมการจ้างงานคนพิการเชิงสังคม
    ประเภท..."), all but a few."""
    if len(name) < _ABBREVIATED_MIN_CHARS or len(long_name) <= len(name):
        return False
    matcher = difflib.SequenceMatcher(None, name, long_name, autojunk=False)
    held = sum(block.size for block in matcher.get_matching_blocks())
    return held >= _ABBREVIATED_SHARE * len(name)


# The places a title names, by kind (a key has no spaces: "จังหวัดน่าน", "จ.ระยอง", "อ.ปง").
_PLACE_NAMED = re.compile(rf"(จังหวัด|จ\.|อำเภอ|อ\.|ตำบล|ต\.)([{THAI_LETTERS}]+)")
_PLACE_KIND = {"จ.": "จังหวัด", "อ.": "อำเภอ", "ต.": "ตำบล"}


def _other_place(name: str, long_name: str) -> bool:
    """Whether two titles name different places of one kind: a province, a district or a
    subdistrict whose names differ (a key glues the next word on: "ระยองระยะที่3" is still ระยอง)."""
    places: dict[str, list[str]] = {}
    for kind, place in _PLACE_NAMED.findall(name):
        places.setdefault(_PLACE_KIND.get(kind, kind), []).append(place)
    for kind, place in _PLACE_NAMED.findall(long_name):
        for other in places.get(_PLACE_KIND.get(kind, kind), []):
            if not (place.startswith(other) or other.startswith(place)):
                return True
    return False


# Letters one sound is spelt with in names ("ราษีไศล", "ราศีไศล"), folded before comparing.
_SIBILANTS = str.maketrans("ศษ", "สส")
# Shortest part of a name kept on each side of a word inserted in it.
_KEPT_CHARS = 4


def _one_word_more(short: str, long: str, inserted: int) -> bool:
    """`long` is `short` with one word of at most `inserted` characters added inside its name,
    not a number (a phase or a route number names another project)."""
    extra = len(long) - len(short)
    if not 0 < extra <= inserted:
        return False
    name = len("โครงการ")
    for cut in range(name + _KEPT_CHARS, len(short) - _KEPT_CHARS + 1):
        if long.startswith(short[:cut]) and long.endswith(short[cut:]):
            return not re.search(r"\d", long[cut : cut + extra])
    return False


@dataclass(frozen=True)
class _Edits:
    """What may differ between two titles of one project besides the longer one's qualifiers."""

    heads: tuple[str, ...]  # project_action_heads.txt: verbs a name may open with ("ก่อสร้าง")
    lead_nouns: tuple[str, ...]  # project_lead_nouns.txt: nouns it may open with ("ระบบ")
    inserted: int  # longest word added inside a name
    inserted_min: int  # shortest word added inside a name
    respelt: int  # most letters spelt another way
    qualifiers: tuple[re.Pattern[str], ...]  # project_qualifiers.txt: a place, a year, a phase
    routes: tuple[str, ...]  # project_route_words.txt: words that introduce a route ("ช่วง")


# The fewest words and letters a title's name needs before words left out of it are read as a
# shorter spelling of another title's (_words_in_order): fewer may be a kind of project.
_IN_ORDER_MIN_WORDS = 3
_IN_ORDER_MIN_CHARS = 12


def _words_in_order(
    name: str, long_name: str, heads: tuple[str, ...], routes: tuple[str, ...]
) -> bool:
    """Whether `name` is `long_name` with whole words left out, the same first word and every word
    of it found in order (gold.md v2: variants of one project are one entry): "ก่อสร้างถนนสายบ้านคูระ
    อำเภอแม่ลาน" in "ก่อสร้างถนนสายแยกทางหลวงแผ่นดินหมายเลข 418 - บ้านคูระ (ตอนที่ 1 และ 2) อำเภอ
    แม่ลาน", "ประกันรายได้เกษตรกรผู้ปลูกข้าว ปี 2564/65" in "...ผู้ปลูกข้าวและมาตรการคู่ขนาน ปีการผลิต
    2564/65". A leading verb of the longer title (project_action_heads.txt) and the words that
    introduce a route (project_route_words.txt: ช่วง, เส้นทาง) are set aside. Words, not letters:
    "รถไฟชานเมือง" is not "รถไฟฟ้าชานเมือง", and "คลองบางไผ่" is not found in "คลองแสนแสบ"."""
    words = _title_words(name, routes)
    if len(words) < _IN_ORDER_MIN_WORDS or len(name) < _IN_ORDER_MIN_CHARS:
        return False
    others = _title_words(long_name, routes)
    if others and others[0] in heads and words[0] != others[0]:
        others = others[1:]
    if not others or others[0] != words[0]:
        return False
    remaining = iter(others)
    return all(any(word == other for other in remaining) for word in words)


@lru_cache(maxsize=4096)
def _title_words(name: str, routes: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a title's name without spaces and route words: each title is compared with
    every longer one of its brief, so it is segmented once."""
    return tuple(w for w in tokenize_words(name) if w.strip() and w not in routes)


def _edited_stem(short: str, long: str, edits: _Edits) -> bool:
    """`short`'s name is the start of `long`'s but for one edit (gold.md v2: variants of one
    project are one entry): a lead word added or left out at its start ("รถไฟชานเมืองสายสีแดง",
    "ระบบรถไฟชานเมืองสายสีแดงช่วง..."), a word added inside it ("...ให้กับพระสงฆ์", "...ให้กับ
    พระภิกษุสงฆ์ สามเณร..."), or a few letters spelt another way ("ทฤษฎีใหม่", "ทฤษฏีใหม่").
    Aliases at the ends, the case of Latin letters and ศ/ษ/ส are set aside first. No edit may
    touch a digit (a phase or a route number names another project)."""
    name = _bare(short)[len("โครงการ") :].translate(_SIBILANTS)
    other = _bare(long)[len("โครงการ") :].translate(_SIBILANTS)
    if len(other) < len(name):
        name, other = other, name  # the longer alias was set aside ("...๒๕๖๖ (เดอะมิวสิคัล)")
    if len(name) < SUFFIX_CHARS:
        return False
    matcher = difflib.SequenceMatcher(None, name, other, autojunk=False)
    ops = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if ops and ops[-1][0] == "insert" and ops[-1][1] == len(name):
        ops.pop()  # what the longer title says after the name: its qualifiers
    if len(ops) != 1:
        return False
    tag, i1, i2, j1, j2 = ops[0]
    cut, added = name[i1:i2], other[j1:j2]
    if re.search(r"\d", cut + added):
        return False
    if tag == "replace":
        return max(len(cut), len(added)) <= edits.respelt
    if i1 == 0:
        # the rest as long as a name that may end another title ("พัฒนาสาหร่าย" is a kind, not
        # "สาหร่ายทะเลที่อำเภอ...")
        lead = cut or added
        return (lead in edits.heads or lead in edits.lead_nouns) and len(name) - len(
            cut
        ) >= SUFFIX_CHARS
    # Only the fuller name may hold a word the other lacks: a word left out of the longer one
    # ("ก่อสร้างทางรถไฟ", "ก่อสร้างรถไฟความเร็วสูง...") says the two name other things.
    if tag != "insert" or i1 < _KEPT_CHARS or len(name) - i2 < _KEPT_CHARS:
        return False
    # A word, a parenthesised gloss ("...ข้อมูลสาธารณะ (MOPH Open Data ... : MOIT) ระดับเขต...") or,
    # before the shorter name's place or year (project_qualifiers.txt), any words ("...กลับบ้าน
    # ในพื้นที่อำเภอกะปง จังหวัดพังงา"): the fuller name says more of one project. A piece shorter
    # than inserted_min is more often the end of a compound than a word of its own: "รถไฟ" and
    # "รถไฟฟ้า" (an electric line) name other kinds of project.
    return len(added) >= edits.inserted_min and (
        len(added) <= edits.inserted
        or (added.startswith("(") and added.endswith(")"))
        or any(q.match(name, i1) for q in edits.qualifiers)
    )


def _other_structure(
    short: str, long: str, structures: tuple[str, ...], heads: tuple[str, ...]
) -> bool:
    """One place's name after two structure words (project_structure_heads.txt: ฝาย, เขื่อน),
    spelt alike once ศ/ษ/ส are folded; the longer may open with a verb ("ก่อสร้างฝาย...")."""
    name, long_name = short[len("โครงการ") :], long[len("โครงการ") :]
    verb = starts_with_any(long_name, heads)
    if verb and not starts_with_any(name, heads):
        long_name = long_name[len(verb) :]
    first, other = starts_with_any(name, structures), starts_with_any(long_name, structures)
    if not first or not other or first == other:
        return False
    rest, long_rest = name[len(first) :], long_name[len(other) :]
    return len(rest) >= _KEPT_CHARS and rest.translate(_SIBILANTS) == long_rest.translate(
        _SIBILANTS
    )


# A title's alias at its end: a parenthesised abbreviation or gloss written as one word ("(มผช.)",
# "(LMPT2)", "(เดอะมิวสิคัล)", "(DE-FENCE)") or a quoted Latin name ('"DE-fence platform"'). A
# parenthesis with a number beside Thai letters, a route's dash or a space is a qualifier instead
# ("(แห่งที่ 2)", "(ช่วงแคราย-มีนบุรี)", "(ระยะที่ 1)").
_END_ALIAS = re.compile(
    rf"(?:\((?:[A-Za-z0-9.&\-]+|[{THAI_LETTERS}.]+)\)|[\"“][A-Za-z0-9.&\- ]+[\"”])$"
)


def _without_aliases(key: str) -> str:
    """A title key without the aliases at its end."""
    while True:
        m = _END_ALIAS.search(key)
        if m is None or m.start() <= len("โครงการ"):
            return key
        key = key[: m.start()]


def _bare(key: str) -> str:
    """A title key without the aliases at its end and with Latin words in one case."""
    return _without_aliases(key).casefold()


def _bare_variant(short: str, long: str) -> bool:
    """ "โครงการ Quick Win" and "โครงการ Quick win", "โครงการ LNG Receiving Terminal (แห่งที่ 2)
    (LMPT2)" and "...(แห่งที่ 2) บ้านหนองแฟบ...", '...หลอกลวง "DE-fence platform"' and
    "...หลอกลวง (DE-FENCE)": titles that differ only in the aliases written at their ends or in the
    case of their Latin letters are variants of one project (gold.md v2: one entry each): one
    bare title is the other or the other's start. Two aliases that differ may name two projects of
    one kind ("...ในพื้นที่วิทยาลัย (Green College)", "...ในพื้นที่โรงเรียน (Green School)"), so
    the bare titles are not compared for spelling."""
    bare_short, bare_long = _bare(short), _bare(long)
    if _without_aliases(short) == short and _without_aliases(long) == long:
        # No alias: only the case of Latin letters may differ; a longer title in other case
        # ("โครงการ Smart City ระยะที่ 2") is _variant's to judge.
        return bare_short == bare_long
    if len(bare_long) < len(bare_short):
        bare_short, bare_long = bare_long, bare_short
    return bare_long.startswith(bare_short.rstrip("ฯ"))


def _all_extensions(short: str, longer: list[str]) -> bool:
    core = short.rstrip("ฯ")
    return all(k.startswith(core) for k in longer)


def _title_mention(analysis: Doc, members: list[ProjectMention]) -> ProjectMention:
    """The body's form: its first mention not cut short with ฯ, extended when another says more."""
    text = analysis.text
    body = [m for m in members if analysis.in_body(m.start)] or members
    # then one whose ฯ is inside a royal title ("...โอรสาธิราชฯ สยามมกุฎราชกุมาร"), not at its end
    full = (
        [m for m in body if "ฯ" not in _without_royal_names(analysis, m)]
        or [m for m in body if not text.endswith("ฯ", m.start, m.end)]
        or body
    )
    names = {_key(text[m.start + len("โครงการ") : m.end]) for m in full}
    glossed = [m for m in full if any(f"({n})" in _key(text[m.start : m.end]) for n in names if n)]
    first = (glossed or full)[0]  # the title that glosses another mention's alias
    first_key = _key(text[first.start : first.end])
    longer = [m for m in full if _key(text[m.start : m.end]).startswith(first_key)]
    return max(longer, key=lambda m: (len(_key(text[m.start : m.end])), -m.start))


def drop_indefinite(
    analysis: Doc, groups: list[list[ProjectMention]]
) -> list[list[ProjectMention]]:
    """Groups without the projects that are common nouns, not titles: at least
    [projects] indefinite_signals of _indefinite_signals agree (one alone is also seen in names)."""
    needed = analysis.settings(ProjectsSettings).indefinite_signals
    return [
        g
        for g in groups
        if len(_indefinite_signals(analysis, g)) < needed and not _estate_plot(analysis, g)
    ]


# A plot's area before โครงการ: a number, a unit, then at most "ใน" ("400 ตารางวา ในโครงการ...").
_AREA_BEFORE = re.compile(r"[\d๐-๙][\d๐-๙.,]*\s?$")
_IN_BEFORE = re.compile(r"\s*(?:ใน)?\s*$")
# How far back those are looked for: " ใน " with stray spaces; an area as long as "1,234,567.89 ".
# Lexical bounds (not tunables) that keep the look-behind searches short.
_IN_GAP_CHARS = 6
_AREA_CHARS = 16


def _estate_plot(analysis: Doc, group: list[ProjectMention]) -> bool:
    """Whether a mention names the housing estate of a plot or a unit for sale: right after its
    area ("ที่ดินเปล่าขนาด 464 ตารางวา ในโครงการริมกก...", project_plot_units.txt), which a
    project is not (gold.md v2: what counts as a project); a decisive signal on its own."""
    text = analysis.text
    units = word_list(analysis.gazetteer.directory, "project_plot_units.txt")
    for mention in group:
        gap = _IN_BEFORE.search(text, max(0, mention.start - _IN_GAP_CHARS), mention.start)
        end = gap.start() if gap else mention.start
        unit = next((u for u in units if text.endswith(u, 0, end)), None)
        if unit and _AREA_BEFORE.search(
            text, max(0, end - len(unit) - _AREA_CHARS), end - len(unit)
        ):
            return True
    return False


def _indefinite_signals(analysis: Doc, group: list[ProjectMention]) -> set[str]:
    """What says a project's mentions use โครงการ as a common noun: a word before it that does
    (project_indefinite_before.txt: "มีโครงการ..."), a count of projects after it in its line
    ("โครงการต้นแบบ X ... มีจำนวน 49 โครงการ"), a kind of project as its head
    (project_kind_heads.txt), a head of a few words and then only a domain or a channel
    (project_kind_tails.txt: "ระดมทุนผ่าน ..."), a verb and a generic object ("เดินรถไฟฟ้า",
    project_generic_names.txt), or its words used elsewhere without โครงการ ("การเดินรถไฟฟ้า");
    the last two only for a title with nothing that names it after its first chunk. A mention in
    a list of projects (after อาทิ / เช่น / ได้แก่) is named: no signal."""
    text = analysis.text
    gaz = analysis.gazetteer
    signals: set[str] = set()
    before = word_list(gaz.directory, "project_indefinite_before.txt")
    for mention in group:
        if _LIST_CUE.search(text, max(0, mention.start - 20), mention.start) or _ITEM_NUMBER.search(
            text, max(0, mention.start - 8), mention.start
        ):
            return set()
        word = next((w for w in before if text.endswith(w, 0, mention.start)), None)
        if word and analysis.is_token_boundary(mention.start - len(word)):
            signals.add("before")
        if _counted_after(analysis, mention):
            signals.add("counted")
    first = group[0]
    name = first.start + len("โครงการ")
    if not _THAI_START.match(text, name):
        return signals  # 'โครงการ "..."', "โครงการ OTOP": a quoted or Latin title
    core = chunks(text, name, first.end)[:1]
    if not core:
        return signals
    core_text = re.split(r"[(\"]", core[0].text, maxsplit=1)[0]
    bounds = analysis.token_bounds
    lo = bisect.bisect_right(bounds, name)
    inner = bounds[lo : bisect.bisect_left(bounds, name + len(core_text))]
    heads = word_list(gaz.directory, "project_kind_heads.txt")
    head = starts_with_any(core_text, heads)
    if head and (name + len(head) in inner or len(head) == len(core_text)):
        signals.add("kind head")
    limit = analysis.settings(ProjectsSettings).kind_head_tokens
    for b in inner[:limit]:
        if starts_with_any(text[b : b + 10], gaz.project_kind_tails):
            signals.add("domain tail")
            break
    if _NAMING_QUALIFIER.search(text, name + len(core_text), first.end):
        return signals  # "โครงการก่อสร้างรถไฟทางคู่ ช่วง ...": a route or a place names it
    if inner and text[inner[0] : name + len(core_text)] in gaz.project_generic_names:
        signals.add("verb and generic object")
    if (
        inner
        and not re.search(r"[A-Za-z0-9]", core_text)
        and _used_without_keyword(text, core_text)
    ):
        signals.add("plain words")
    return signals


def _counted_after(analysis: Doc, mention: ProjectMention) -> bool:
    """ "โครงการต้นแบบ X ที่ได้รับเงินทุน ... มีจำนวน 49 โครงการ": the next โครงการ, within
    [projects] count_window characters in the line, counts projects of the mention's kind (not
    "ทั้ง 2 โครงการ", which refers back to projects named before)."""
    text = analysis.text
    window = analysis.settings(ProjectsSettings).count_window
    limit = min(analysis.line_at(mention.start).end, mention.end + window)
    at = text.find("โครงการ", mention.end, limit)
    return at > 0 and _COUNT_OF_KIND.search(text, max(0, at - 16), at) is not None


def _used_without_keyword(text: str, words: str) -> bool:
    """Whether `words` occur in `text` where โครงการ is not glued right before them."""
    at = text.find(words)
    while at >= 0:
        if not text.endswith("โครงการ", 0, at):
            return True
        at = text.find(words, at + 1)
    return False


@dataclass
class ProjectsFound:
    """Slot of the `projects` component: mentions grouped by project; a group's first mention
    gives the title."""

    groups: list[list[ProjectMention]]


@component("projects", requires=(Layout, Tokens), assigns=(ProjectsFound,), config=ProjectsSettings)
class ProjectsComponent:
    """Projects (โครงการ...): a project of the record is one mentioned in the body."""

    def __init__(self, settings: None, resources: Resources) -> None:
        pass

    def __call__(self, doc: Doc) -> None:
        doc.set(ProjectsFound(drop_indefinite(doc, group_projects(doc, find_projects(doc)))))

    def contribute(self, doc: Doc, draft: RecordDraft) -> None:
        records = []
        for group in doc.get(ProjectsFound).groups:
            for mention in group:
                draft.add_span(mention.start, mention.end, "PROJECT")
            if not any(doc.in_body(m.start) for m in group):
                continue
            first = group[0]
            records.append(
                Project(
                    title=doc.as_written(first.start, first.end),
                    evidence=[doc.evidence(m.start, m.end) for m in group],
                )
            )
        draft.set("projects", records)
