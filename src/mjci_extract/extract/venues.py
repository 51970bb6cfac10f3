"""Venues: the place phrase after ณ (or after ที่ when a place word follows, or a guarded one
that ends its clause), and its country.

"ณ ห้องประชุมลำแพน ชั้น 9 อาคารรัฐประศาสนภักดี ศูนย์ราชการฯ ถนนแจ้งวัฒนะ โดยที่ประชุม..." gives
the phrase up to "โดย". Online phrases ("ผ่านระบบการประชุมทางไกล") are venues too, flagged online,
used only when no physical place is given; the room it is held from ("... จากห้องประชุม X") is a
physical place.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from pydantic import PositiveInt

from mjci_extract.core.config import Section, config_section
from mjci_extract.core.registry import Resources, component
from mjci_extract.extract.common import (
    PHRASE_EDGE,
    Chunk,
    Overlaps,
    chunks,
    cut_at_token,
    names_a_station,
    starts_with_any,
    station_chunk,
    strip_span,
)
from mjci_extract.extract.persons import PersonsFound
from mjci_extract.lexicon.gazetteer import _words, alternation, word_list
from mjci_extract.lexicon.thai import THAI_DIGIT_RANGE, THAI_LETTERS, THAI_NON_INITIAL
from mjci_extract.text.dates import Dates
from mjci_extract.text.doc import Doc
from mjci_extract.text.layout import Layout
from mjci_extract.text.segment import Tokens


@lru_cache(maxsize=4)
def _venue_heads(gaz) -> tuple[str, ...]:
    """venue_heads.txt (shared with the NER features) and venue_heads_rules.txt, longest first."""
    words = set(gaz.venue_heads) | set(word_list(gaz.directory, "venue_heads_rules.txt"))
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=4)
def _online(directory) -> re.Pattern[str]:
    """ "ผ่านระบบการประชุมทางไกล", "ผ่านสื่ออิเล็กทรอนิกส์", "ในรูปแบบออนไลน์", "ผ่านทาง Application Cisco
    Webex Meetings", "ผ่านระบบ Zoom Cloud Meetings (Zoom)": the tools come from online_venues.txt; a
    Thai word glued after the tool ("วิดีโอกับประธาน...") is not part of it."""
    tools = alternation(_words("online_venues.txt", directory))
    kinds = alternation(_words("online_venue_kinds.txt", directory))
    joins = alternation(_words("online_venue_joins.txt", directory))
    tool = (
        rf"(?:{tools})(?:ออนไลน์|ทางไกล)?(?:ผ่านจอภาพ)?(?: ?[A-Z][A-Za-z0-9\-]*){{0,4}}"
        r"(?: \([^)\n]{1,40}\))?"
    )
    return re.compile(
        r"(?:ผ่าน(?:ทาง)?\s?|(?<=\s)ด้วย\s?|(?<!ทุก)รูปแบบ\s?)"
        # "ผ่านระบบโปรแกรม Cisco Webex Meeting": up to two kind words before the tool
        rf"(?:(?:{kinds})\s?){{0,2}}"
        # "ผ่านระบบประชุมทางไกล Zoom Meeting": การ may be left out
        r"(?:(?:การ)?ประชุม)?\s?"
        rf"{tool}"
        # "ผ่านการประชุมทางไกล (Video Conference) ด้วยระบบ Zoom Cloud Meetings": the system it
        # runs on, joined by a word of online_venue_joins.txt, is part of the same medium
        rf"(?: ?(?:{joins})(?:(?:{kinds})\s?){{0,2}}{tool})?"
    )


MAX_CHUNKS = 10


# "ที่" as a word of its own (after a space or at a line start), before the phrase it may open.
_AFTER_TI = re.compile(rf"(?:^|(?<=[ \n]))ที่ ?(?=[^\s{THAI_NON_INITIAL}])", flags=re.MULTILINE)
# "ผ่านระบบ Video Conference จากห้องประชุม...": the room an online meeting is held from.
_FROM = re.compile(r" ?จาก ?")
# "เดินทางไปยัง ห้องประชุม... ร่วมประชุม...": where someone travels to, a place opening after it,
# is a venue when the trip's purpose, to attend or to chair a meeting, follows the place.
_TRAVEL_TO = re.compile(r"เดินทาง(?:ไป|มา)(?:ยัง|ที่)? ?(?=[^\s])")
# "มีกำหนดเดินทางไปยัง...", "จะเดินทางไป...": a trip planned, its meeting not yet held there.
_PLANNED_TRIP = re.compile(r"(?:กำหนด(?:การ)?|จะ) ?$")
_TRAVEL_PURPOSE = re.compile(r" ?(?:เพื่อ ?)?(?:เข้าร่วม|ร่วม|เป็นประธาน) ?(?:ใน)?(?:การ)?ประชุม")


MAX_CHARS = 160
MAX_GLOSS = 30
# A parenthesised name in Latin script ("(DIPROM Headquarter)", "(National Convention Centre: NCC)").
_LATIN_GLOSS = re.compile(r"\([A-Za-z0-9 .&'\-:]+\)")


@config_section("venues")
class VenuesSettings(Section):
    """[venues]: each key's value and what it does are in default.cfg."""

    default_country: str
    place_lookahead: PositiveInt
    bare_head_lookahead: PositiveInt
    latin_gloss_chars: PositiveInt


@dataclass
class VenueMention:
    start: int
    end: int
    marker_start: int  # where ณ / ที่ is
    online: bool = False


def find_venues(
    analysis: Doc, exclude: list[tuple[int, int]], date_ends: frozenset[int] = frozenset()
) -> list[VenueMention]:
    """`date_ends`: where a date expression ends (and its closing parenthesis, if any): a ที่ right
    after one opens the clause, so an organisation there is the place (`_after_date_place`)."""
    text = analysis.text
    gaz = analysis.gazetteer
    found: list[VenueMention] = []
    person_starts = sorted(s for s, _ in exclude)
    overlaps_excluded = Overlaps(exclude)
    # "ณ" glued to a vowel or tone mark is a word's first letter ("ณัฏฐสมบูรณ์"), not the marker.
    stationed = word_list(gaz.directory, "venue_stationed_before.txt")
    for m in re.finditer(
        rf"(?:^|(?<=[ \n(]))ณ ?(?=[^\s{THAI_NON_INITIAL}])", text, flags=re.MULTILINE
    ):
        if overlaps_excluded(m.start(), m.start() + 1) or _stationed(
            analysis, m.start(), stationed
        ):
            continue
        venue = _read_place(
            analysis, m.end(), m.start(), _person_after(analysis, person_starts, m.end())
        )
        if venue is not None:
            found.append(venue)
    # "...ฟังบรรยายสรุปผลการปฏิบัติการฝนหลวงณ สหกรณ์การเกษตร อำเภอ...": ณ glued to the word
    # before it, a word of its own, followed by a place.
    for m in re.finditer(rf"(?<=[{THAI_LETTERS}])ณ (?=\S)", text):
        if (
            overlaps_excluded(m.start(), m.start() + 1)
            or not analysis.is_token_boundary(m.start())
            or _stationed(analysis, m.start(), stationed)
        ):
            continue
        if not (
            analysis.is_token_boundary(m.start() + 1) and _glued_place_opens(analysis, m.end())
        ):
            continue
        venue = _read_place(
            analysis, m.end(), m.start(), _person_after(analysis, person_starts, m.end())
        )
        if venue is not None:
            found.append(venue)
    for m in _AFTER_TI.finditer(text):
        if overlaps_excluded(m.start(), m.start() + 1):
            continue
        limit = _person_after(analysis, person_starts, m.end())
        if _place_opens(analysis, m.end()):
            venue = _read_place(analysis, m.end(), m.start(), limit)
        else:
            venue = _guarded_place(analysis, m.end(), m.start(), limit)
            if venue is None and _after_date(text, m.start(), date_ends):
                venue = _after_date_place(analysis, m.end(), m.start(), limit)
        if venue is not None and not _relative_clause(analysis, venue):
            found.append(venue)
    for m in _online(gaz.directory).finditer(text):
        start, end = strip_span(text, m.start(), m.end(), PHRASE_EDGE)
        if text.endswith("ใน", 0, start):
            start -= len("ใน")  # "ในรูปแบบออนไลน์" (the pattern opens on a literal, for speed)
        marker = start
        for joiner in ("และ ", "และ"):
            if text.endswith(joiner, 0, marker):
                marker -= len(joiner)  # "... และผ่านระบบ Zoom": the name ends before และ
                break
        last = found[-1] if found and found[-1].online else None
        if last is not None and text[last.end : start].strip() == "":
            # "ในรูปแบบออนไลน์ ผ่านทาง Application ...": one online place
            found[-1] = VenueMention(last.start, end, last.marker_start, online=True)
            continue
        found.append(VenueMention(start, end, marker, online=True))
        source = _FROM.match(text, end)
        if source is not None and _place_opens(analysis, source.end()):
            venue = _read_place(
                analysis,
                source.end(),
                source.start(),
                _person_after(analysis, person_starts, source.end()),
            )
            if venue is not None:
                found.append(venue)
    for m in _TRAVEL_TO.finditer(text):
        if (
            overlaps_excluded(m.start(), m.end())
            or not _place_opens(analysis, m.end())
            or _PLANNED_TRIP.search(text, max(0, m.start() - 10), m.start())
        ):
            continue
        venue = _read_place(
            analysis, m.end(), m.start(), _person_after(analysis, person_starts, m.end())
        )
        if (
            venue is not None
            and _TRAVEL_PURPOSE.match(text, venue.end)
            and not any(v.start <= venue.start < v.end for v in found)
        ):
            found.append(venue)
    found.sort(key=lambda v: v.start)
    return found


def _stationed(analysis: Doc, marker: int, words: tuple[str, ...]) -> bool:
    """The ณ at `marker` says where a post or a mission abroad is (venue_stationed_before.txt:
    "เอกอัครราชทูต ณ กรุงโตเกียว", "ประจำ ณ วัด..."), not where the meeting is: a city, a country or
    a temple follows. "การประชุมเอกอัครราชทูต ณ ห้องประชุม..." is the meeting's room."""
    text = analysis.text
    if not text[max(0, marker - 40) : marker].rstrip(" \xa0").endswith(words):
        return False
    place = station_chunk(text, marker)
    return place is not None and names_a_station(analysis, place.text)


def _person_after(analysis: Doc, starts: list[int], offset: int) -> int | None:
    """Where the first person after the place's start is, past one the place is named after."""
    index = bisect_left(starts, offset)
    if index < len(starts) and _named_after(analysis, offset, starts[index]):
        index += 1
    return starts[index] if index < len(starts) else None


def _glued_place_opens(analysis: Doc, start: int) -> bool:
    """A place opens within the first three chunks ("สหกรณ์การเกษตรเกษตรวิสัย อำเภอเกษตรวิสัย")."""
    pieces = chunks(analysis.text, start, min(len(analysis.text), start + 80))[:3]
    return any(_place_opens(analysis, piece.start) for piece in pieces)


def _place_opens(analysis: Doc, start: int) -> bool:
    """After ที่, a place must open the phrase: "ที่ห้องประชุม...", "ที่เมืองเซี่ยเหมิน", "ที่บราซิล" as
    a whole word; "ที่ไทยเป็นเจ้าภาพ" is a relative clause, not a venue."""
    gaz = analysis.gazetteer
    text = analysis.text
    chunk_end = start
    while chunk_end < len(text) and text[chunk_end] not in " \n":
        chunk_end += 1
    word = text[start:chunk_end]
    if starts_with_any(word, word_list(gaz.directory, "venue_false_heads.txt")):
        return False  # "ที่รัฐบาลได้แถลง...": รัฐ opens รัฐบาล, not a place
    head = starts_with_any(word, _venue_heads(gaz))
    if head and head not in gaz.place_to_country:
        return True
    place = gaz.place_pattern.match(word)
    return bool(place) and place.end() == len(word)


def _relative_clause(analysis: Doc, venue: VenueMention) -> bool:
    """After ที่, a place-like subject followed by a predicate (venue_predicates.txt), glued to
    its first chunk or as the next word after the place, makes a relative clause, not a place:
    "ร่างกฎกระทรวง ที่กระทรวงยุติธรรมเสนอ", "ที่กระทรวงสาธารณสุขเป็นเจ้าภาพในการจัดประชุม",
    "ที่ อ.ส.ค. จะต้องรับซื้อ"."""
    text = analysis.text
    if not text.startswith("ที่", venue.marker_start):
        return False
    predicates = word_list(analysis.gazetteer.directory, "venue_predicates.txt")
    chunk_end = venue.start
    while chunk_end < len(text) and text[chunk_end] not in " \n":
        chunk_end += 1
    first = Chunk(venue.start, chunk_end, text[venue.start : chunk_end])
    if cut_at_token(analysis, first, predicates) < first.end:
        return True
    rest = venue.end
    while rest < len(text) and text[rest] == " ":
        rest += 1
    return rest > venue.end and starts_with_any(text[rest : rest + 20], predicates) is not None


def _guarded_place(
    analysis: Doc, start: int, marker_start: int, limit: int | None
) -> VenueMention | None:
    """After "ที่", a place with no listed head: one opened by a guarded head
    (venue_guarded_heads.txt: "ที่สำนักงานปลัดกระทรวงสาธารณสุข") or any place-like first word
    followed by an admin unit ("ที่บ้านสวนดินทอง อำเภอวังทอง จังหวัดพิษณุโลก"). Either is a venue
    only when the phrase is closed off (`_closed_off`): "ที่สำนักงานฯ เสนอ" is a relative clause."""
    gaz = analysis.gazetteer
    text = analysis.text
    pieces = chunks(text, start, min(analysis.line_at(start).end, start + MAX_CHARS))[:2]
    if not pieces:
        return None
    word = pieces[0].text
    if (
        starts_with_any(word, word_list(gaz.directory, "venue_false_heads.txt"))
        or starts_with_any(word, word_list(gaz.directory, "venue_ti_clause_words.txt"))
        or starts_with_any(word, gaz.stopwords_for("venue"))
    ):
        return None
    admin = len(pieces) > 1 and starts_with_any(
        pieces[1].text, word_list(gaz.directory, "venue_admin_units.txt")
    )
    if not admin and not starts_with_any(word, word_list(gaz.directory, "venue_guarded_heads.txt")):
        return None
    venue = _read_place(analysis, start, marker_start, limit)
    if venue is None or not _closed_off(analysis, venue.end, limit):
        return None
    return venue


def _after_date(text: str, at: int, date_ends: frozenset[int]) -> bool:
    """The ที่ at `at` comes right after a date ("วันนี้ (8 พ.ย. 66) ที่...", "วันที่ 8 พ.ย. ที่...")."""
    before = text[:at].rstrip(" ")
    if before.endswith(")"):
        before = before[:-1].rstrip(" ")
    return len(before) in date_ends


def _after_date_place(
    analysis: Doc, start: int, marker_start: int, limit: int | None
) -> VenueMention | None:
    """After a date, "ที่" opens the clause, so an organisation (organization_heads.txt) there is
    where it happens ("วันนี้ (8 พ.ย.) ที่องค์การบริหารส่วนจังหวัดเชียงใหม่ นายX เป็นประธาน..."),
    not a relative clause; it still has to be closed off (`_closed_off`)."""
    gaz = analysis.gazetteer
    word = analysis.text[start : start + 40]
    if not starts_with_any(word, word_list(gaz.directory, "organization_heads.txt")):
        return None
    venue = _read_place(analysis, start, marker_start, limit)
    if venue is None or not _closed_off(analysis, venue.end, limit):
        return None
    return venue


def _closed_off(analysis: Doc, end: int, limit: int | None) -> bool:
    """The place phrase ending at `end` ends its clause: the line ends, a person follows, or a word
    of venue_clause_ends.txt ("โดยมี", "เพื่อ", "ว่า") does."""
    text = analysis.text
    rest = end
    while rest < len(text) and text[rest] == " ":
        rest += 1
    if rest >= len(text) or text[rest] in "\n,;" or (limit is not None and rest >= limit):
        return True
    words = word_list(analysis.gazetteer.directory, "venue_clause_ends.txt")
    return starts_with_any(text[rest : rest + 20], words) is not None


def _read_place(
    analysis: Doc, start: int, marker_start: int, limit: int | None = None
) -> VenueMention | None:
    text = analysis.text
    gaz = analysis.gazetteer
    if starts_with_any(text[start : start + 12], gaz.venue_not_place):
        return None
    line_end = analysis.line_at(start).end
    if limit is not None and limit > start:
        line_end = min(line_end, limit)  # a person named after the place ends it
    stops = gaz.stopwords_for("venue")
    subjects = word_list(gaz.directory, "venue_subject_heads.txt")
    owned = word_list(gaz.directory, "venue_owned_heads.txt")
    bare_heads = word_list(gaz.directory, "venue_bare_heads.txt")
    pieces = chunks(text, start, min(line_end, start + MAX_CHARS))
    taken: list[Chunk] = []
    for index, piece in enumerate(pieces[:MAX_CHUNKS]):
        if taken and taken[-1].end > piece.start:
            continue  # inside a gloss already taken
        if (
            taken
            and (
                starts_with_any(piece.text, stops)
                or not _place_ahead(
                    analysis, pieces, index, _named_apart(analysis, taken, bare_heads)
                )
            )
            and not _joined_place(analysis, pieces, index)
        ):
            break
        if taken and gaz.position_pattern.match(piece.text):
            break  # "ณ นครซานฟรานซิสโก สหรัฐอเมริกา นายกรัฐมนตรีญี่ปุ่นได้...": a position ends the place
        if taken and piece.text.startswith(subjects) and not taken[-1].text.endswith(owned):
            break  # "ณ สำนักงาน ปปง. คณะกรรมการธุรกรรมมีคำสั่ง...": the next clause's subject
        if taken and piece.text.startswith("("):
            # A parenthesised gloss inside the place ("ตึกสันติไมตรี (หลังนอก) ทำเนียบรัฐบาล",
            # "สำนักงานใหญ่องค์การอนามัยโลก (WHO) นครเจนีวา") is kept when the place goes on after
            # it; at the end, only a name in Latin script ("(DIPROM Headquarter)") belongs to it.
            close = text.find(")", piece.start, line_end)
            gloss = text[piece.start : close + 1] if close > 0 else ""
            after = next((p for p in pieces if p.start > close), None) if gloss else None
            latin = _LATIN_GLOSS.fullmatch(gloss) is not None
            longest = analysis.settings(VenuesSettings).latin_gloss_chars if latin else MAX_GLOSS
            goes_on = (
                after is not None
                # "(หลังนอก)", "(ชั้น3)", "(WHO)": a qualifier, not a clause; a name in Latin
                # script may be longer ("(National Convention Centre: NCC)")
                and len(gloss) <= longest
                and not starts_with_any(after.text, stops)
                and _continues_place(analysis, after)
                and not after.text.startswith("(")
            )
            # at the end, a Thai qualifier of the building too ("ตึกสันติไมตรี (หลังใน)", "อาคาร...
            # (ศรีสมาน)", "ห้องประชุมกระทรวงเกษตรและสหกรณ์ (123)", as dev gold writes them), not
            # an office's abbreviation ("(พม.)") nor a clause ("(ปัจจุบันคือ...)")
            qualifier = (
                len(gloss) <= MAX_GLOSS
                and _THAI_QUALIFIER.fullmatch(gloss) is not None
                and not starts_with_any(gloss[1:], _GLOSS_CLAUSE_WORDS + _GLOSS_OTHER_WORDS)
                and not _dated(gloss)
            )
            if gloss and (goes_on or latin or qualifier):
                taken.append(Chunk(piece.start, close + 1, gloss))
                if goes_on:
                    continue
            break
        end = cut_at_token(analysis, piece, _glued_stops(gaz))
        while end < piece.end and _named_purpose(analysis, piece.start, end):
            end = cut_at_token(
                analysis, piece, _glued_stops(gaz), end - piece.start + len(_PURPOSE)
            )
        if end <= piece.start:
            break
        said = end - len(_SAID)
        if (
            end == piece.end
            and said > piece.start
            and text.endswith(_SAID, piece.start, end)
            and analysis.is_token_boundary(said)
        ):
            # "ณ ห้องประชุมกระทรวงเกษตรและสหกรณ์ว่า ...": the report's ว่า glued to the place
            taken.append(Chunk(piece.start, said, text[piece.start : said]))
            break
        taken.append(Chunk(piece.start, end, text[piece.start : end]))
        if end < piece.end or _country_ends(analysis, taken[-1], pieces[index + 1 : index + 2]):
            break
    if not taken:
        return None
    s, e = strip_span(text, taken[0].start, taken[-1].end, PHRASE_EDGE)
    if text[e - 1 : e] == ")" and text.count("(", s, e) < text.count(")", s, e):
        # "ณ นครเจนีวา สมาพันธรัฐสวิส)": the bracket closes a clause the place sits in
        e = strip_span(text, s, e - 1, PHRASE_EDGE)[1]
    if e - s < 2:
        return None
    return VenueMention(s, e, marker_start)


# A parenthesised Thai qualifier: words, numbers and a range, not an abbreviation of Thai letters
# with dots ("(พม.)", "(ส.ป.ก.)").
_THAI_QUALIFIER = re.compile(r"\((?![ก-ฮ.]{1,8}\)$)[\u0e00-\u0e7f0-9 \-–ฯ]+\)")
# Words that open a remark rather than a qualifier in brackets.
_GLOSS_CLAUSE_WORDS = ("ปัจจุบัน", "ซึ่ง", "ตาม", "โดย", "เมื่อ", "คือ", "หรือ", "และ", "เดิม")
# ... or that name a time, a document, a medium or a disease rather than a part of the place
_GLOSS_OTHER_WORDS = ("ปี", "เดือน", "ร่าง", "ความตกลง", "ผ่าน", "โควิด")


def _dated(gloss: str) -> bool:
    """A bracket that holds a day ("(19 ธันวาคม 2566)") tells when, not where."""
    return _DAY_IN_BRACKETS.search(gloss) is not None


# A day, its month in Thai letters, and its year: "19 ธันวาคม 2566", "8 พ.ย. 66".
_DAY_IN_BRACKETS = re.compile(r"\d\s?[\u0e00-\u0e7f.]+\s?\d")


_PURPOSE = "เพื่อ"
# The word that opens what was said ("...เปิดเผย ณ กระทรวงเกษตรและสหกรณ์ว่า"), glued to a place.
_SAID = "ว่า"


def _named_purpose(analysis: Doc, start: int, at: int) -> bool:
    """Whether the เพื่อ at `at` goes on with the name of the organisation before it
    (venue_purpose_heads.txt: "...อาคารสถาบัน|เพื่อการยุติธรรมแห่งประเทศไทย"), as its object
    shows (venue_purpose_objects.txt)."""
    text = analysis.text
    directory = analysis.gazetteer.directory
    return (
        text.startswith(_PURPOSE, at)
        and text.endswith(word_list(directory, "venue_purpose_heads.txt"), start, at)
        and text.startswith(word_list(directory, "venue_purpose_objects.txt"), at + len(_PURPOSE))
    )


@lru_cache(maxsize=4)
def _glued_stops(gaz) -> tuple[str, ...]:
    """Where a place ends inside its chunk: a word that opens the clause after it
    (venue_chunk_stops.txt: "โดย", "เพื่อ") or a predicate (venue_predicates.txt: "...
    ทำเนียบรัฐบาลได้...", "สาขาธนาคารทั่วประเทศได้แล้ว")."""
    return tuple(gaz.venue_chunk_stops) + word_list(gaz.directory, "venue_predicates.txt")


@lru_cache(maxsize=4)
def _country_names(gaz) -> frozenset[str]:
    """Every country's own name and alias (countries.tsv), not its cities."""
    return frozenset(name for country in gaz.countries for name in country.names)


def _country_ends(analysis: Doc, piece: Chunk, after: list[Chunk]) -> bool:
    """A country's name is the last part of a place written small to large ("เมืองเชจู
    สาธารณรัฐเกาหลี พิจารณาดำเนินการ...", "กรุงเมลเบิร์น เครือรัฐออสเตรเลีย (The 22nd Meeting ...)"):
    what follows it is the clause again, unless another place name comes next."""
    if piece.text.rstrip(")") not in _country_names(analysis.gazetteer):
        return False
    if after and after[0].text.startswith("และ"):
        return False  # "ประเทศกัมพูชา และจังหวัดตราด": _joined_place reads on
    return not (after and analysis.gazetteer.place_pattern.match(after[0].text))


@lru_cache(maxsize=4)
def _eponym_tail(directory, heads: tuple[str, ...]) -> re.Pattern[str]:
    """The end of a place's name just before the person it is named after: an eponym head
    ("อาคาร"), maybe with an anniversary ("อาคาร 99 ปี", "หอประชุม 80 พรรษา")."""
    years = alternation(word_list(directory, "venue_anniversary_words.txt"))
    return re.compile(
        rf"(?:{alternation(list(heads))})(?: ?[\d{THAI_DIGIT_RANGE}]+ ?(?:{years}))? ?$"
    )


def _named_after(analysis: Doc, start: int, person: int) -> bool:
    """The person found right after the place's first words is whom the building is named after
    ("ณ อาคาร 99 ปี หม่อมหลวงชูชาติ กำภู กรมชลประทาน"), so the place goes on past the name."""
    gaz = analysis.gazetteer
    before = analysis.text[start:person]
    return "\n" not in before and bool(_eponym_tail(gaz.directory, gaz.eponym_heads).search(before))


def _joined_place(analysis: Doc, pieces: list[Chunk], index: int) -> bool:
    """Chunk `index` joins a second place to the first with และ: "โรงแรมอนันตรา ริเวอร์ไซด์
    และโรงแรมอวานี พลัส ริเวอร์ไซด์ กรุงเทพฯ", "จังหวัดเกาะกง ประเทศกัมพูชา และจังหวัดตราด": the
    word after และ is a place's head or name (venue_heads.txt, a place of the gazetteer), as the
    meeting is held in both; "และผ่านระบบ...", "และผู้แทน...", "และกระทรวง X" (venue_join_parties.txt)
    are not places."""
    piece = pieces[index]
    if not piece.text.startswith("และ"):
        return False
    rest = piece.text[len("และ") :]
    if not rest:
        if index + 1 >= len(pieces):
            return False
        rest = pieces[index + 1].text
    return _second_place(analysis.gazetteer, rest)


def _second_place(gaz, rest: str) -> bool:
    """Does `rest`, the text after และ, open a second place (see _joined_place)?"""
    if starts_with_any(rest, word_list(gaz.directory, "venue_join_parties.txt")):
        return False  # "สาธารณรัฐอินโดนีเซีย และกระทรวงทรัพยากรน้ำ...": a party, not a place
    return bool(starts_with_any(rest, _venue_heads(gaz)) or gaz.place_pattern.match(rest))


def _named_apart(analysis: Doc, taken: list[Chunk], bare_heads: tuple[str, ...]) -> bool:
    """Whether the place so far ends with a head of venue_bare_heads.txt and words of its name
    written apart, with no place-like chunk after the head yet ("โรงแรม รามาดา บาย ...", "ห้องบอลรูม
    ชั้น ๒ โรงแรม รามาดา ...")."""
    heads = [i for i, chunk in enumerate(taken) if chunk.text in bare_heads]
    return bool(heads) and not any(
        _continues_place(analysis, chunk) for chunk in taken[heads[-1] + 1 :]
    )


def _place_ahead(analysis: Doc, pieces: list[Chunk], index: int, bare: bool = False) -> bool:
    """Chunk `index` continues the place if it, or one of the next two, is place-like: names of
    hotels and halls ("โรงแรมแลนด์มาร์ค แม่น้ำโขง นครหลวงเวียงจันทน์") run over several chunks, and
    a building named after a person ("อาคาร 99 ปี หม่อมหลวงชูชาติ กำภู กรมชลประทาน") over more; how
    many is [venues] place_lookahead (the chunk itself and the next ones), or bare_head_lookahead
    after a head written apart from its name (`bare`: "โรงแรม รามาดา บาย วินแดม แบงคอก ...")."""
    stops = analysis.gazetteer.stopwords_for("venue")
    settings = analysis.settings(VenuesSettings)
    lookahead = settings.bare_head_lookahead if bare else settings.place_lookahead
    for ahead in pieces[index : index + lookahead]:
        if ahead is not pieces[index] and starts_with_any(ahead.text, stops):
            return False
        if _continues_place(analysis, ahead):
            return True
    return False


def _continues_place(analysis: Doc, piece: Chunk) -> bool:
    """A chunk after the first belongs to the place if it names a place, a building or a number."""
    gaz = analysis.gazetteer
    word = piece.text
    if word.startswith("(") or re.match(r"[\d\-A-Za-z]", word):
        return True
    if starts_with_any(word, _venue_heads(gaz)) or starts_with_any(word, gaz.organization_heads):
        return True
    if starts_with_any(word, word_list(gaz.directory, "venue_name_words.txt")):
        return True
    if word in word_list(gaz.directory, "venue_area_names.txt"):
        return True  # "อาคารศูนย์ราชการฯ แจ้งวัฒนะ": the road or district the building is on
    if gaz.place_pattern.match(word) or "." in word:  # a place name, or an abbreviation (สดช.)
        return True
    # a word of a Thai office or building anywhere in it (venue_office_words.txt)
    return word.endswith("ฯ") or any(office in word for office in gaz.venue_office_words)


_AND = re.compile(r"\s?และ\s?(?=\S)")


def venue_country(analysis: Doc, venue_text: str, offset: int | None = None) -> str | None:
    """ISO code of the venue's country: a foreign place named in it wins over Thai defaults.

    With `offset` (where the venue starts in the analysed text), a place name only counts on word
    boundaries, so "ลาว" inside "ศาลาว่าการ" is no Laos.
    """
    gaz = analysis.gazetteer
    # "จังหวัดเกาะกง ประเทศกัมพูชา และจังหวัดตราด": two places joined (_joined_place); the
    # first is where the meeting is held, the second where it goes on.
    for join in _AND.finditer(venue_text):
        if _second_place(gaz, venue_text[join.end() :]):
            venue_text = venue_text[: join.start()]
            break
    found = [
        (m.start(), gaz.place_to_country[m.group()])
        for m in gaz.place_pattern.finditer(venue_text)
        if offset is None or _on_word_boundaries(analysis, offset + m.start(), offset + m.end())
    ]
    if found and found[-1][1] == "TH" and venue_text.endswith(_thai_province_tail(analysis)):
        # "โรงแรมเมย์ฟลาวเวอร์ แกรนด์ จังหวัดพิษณุโลก": a place that ends with a Thai province is in
        # Thailand, whatever a word inside it spells ("ฟลาวเวอร์" holds ลาว).
        return "TH"
    foreign = [code for _, code in found if code != "TH"]
    if foreign:
        return foreign[-1]  # "เมืองโฮจิมินห์ สาธารณรัฐสังคมนิยมเวียดนาม": the country comes last
    if found:
        return "TH"
    # A place written in Thai that names no foreign country or city is, in a Thai government
    # brief, in Thailand ("สวนสมเด็จพระนางเจ้าสิริกิติ์", "ห้องประชุม ONDE - 1 ชั้น 9 สดช.").
    if re.match(f"[{THAI_LETTERS}]", venue_text):
        return analysis.settings(VenuesSettings).default_country
    return None


def _thai_province_tail(analysis: Doc) -> tuple[str, ...]:
    """The Thai places a venue may end with (จังหวัดพิษณุโลก, กรุงเทพฯ), as suffixes."""
    return _province_tails(analysis.gazetteer)


@lru_cache(maxsize=4)
def _province_tails(gaz) -> tuple[str, ...]:
    return tuple(name for name, code in gaz.place_to_country.items() if code == "TH")


def _on_word_boundaries(analysis: Doc, start: int, end: int) -> bool:
    text = analysis.text
    before_ok = start == 0 or not re.match(f"[{THAI_LETTERS}]", text[start - 1])
    after_ok = end >= len(text) or not re.match(f"[{THAI_LETTERS}]", text[end])
    return (before_ok or analysis.is_token_boundary(start)) and (
        after_ok or analysis.is_token_boundary(end)
    )


@dataclass
class VenuesFound:
    """Slot of the `venues` component: places after ณ / ที่ (and online media), in text order."""

    venues: list[VenueMention]


@component(
    "venues",
    requires=(Layout, Tokens, Dates, PersonsFound),
    assigns=(VenuesFound,),
    config=VenuesSettings,
)
class VenuesComponent:
    """Venues; a person's name is never one. The meetings component puts them in the record."""

    def __init__(self, settings: None, resources: Resources) -> None:
        pass

    def __call__(self, doc: Doc) -> None:
        people = [(m.start, m.name_end) for m in doc.get(PersonsFound).mentions]
        dates = doc.get(Dates).matches
        doc.set(VenuesFound(find_venues(doc, people, frozenset(d.end for d in dates))))
