"""Meetings: name, English name, number, date, venue and chairs.

A meeting mention is "การประชุม<name> ครั้งที่ N" (also "ครั้งที่ 4/2565", "ครั้ง 2/2567"), or a
named "การประชุม..." followed in its clause by a venue or a date. Its date is one attached right
after it ("... ครั้งที่ 45 ระหว่างวันที่ 17 - 19 ตุลาคม 2566"), else the date that opens its
paragraph ("วันนี้ (19 มกราคม 2567) นาย... เป็นประธานการประชุม..."), else the publication date when
the paragraph says วันนี้. Its venue is the first place phrase after it, before the next meeting.
Mentions of one meeting (title, body, "การประชุมฯ ครั้งที่ 3/2568" later) are merged.
"""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pydantic import PositiveInt

from mjci_extract.core.config import Section, config_section
from mjci_extract.core.draft import RecordDraft
from mjci_extract.core.registry import Resources, component
from mjci_extract.extract.common import PHRASE_EDGE, Overlaps, starts_with_any, strip_span
from mjci_extract.extract.persons import PersonsFound, written_name
from mjci_extract.extract.venues import VenueMention, VenuesFound, venue_country
from mjci_extract.lexicon.gazetteer import _rows, alternation, word_list, word_pattern
from mjci_extract.lexicon.thai import THAI_CONSONANTS
from mjci_extract.record.models import DateValue, Meeting, Venue
from mjci_extract.text.dates import DateMatch, Dates
from mjci_extract.text.doc import Doc
from mjci_extract.text.layout import Layout, Line
from mjci_extract.text.segment import Tokens


# Session numbers: Thai "ครั้งที่ N" and English ordinals ("29th ... Meeting"), two patterns that
# each open on a literal or a digit so the regex engine can skip ahead (one alternation cannot).
@lru_cache(maxsize=8)
def _number_th(directory: Path) -> re.Pattern[str]:
    """ "ครั้งที่ N" and the other words that number a session (data/meeting_number_words.txt:
    "สมัยที่ 77" of an assembly)."""
    words = alternation(word_list(directory, "meeting_number_words.txt"))
    return re.compile(
        rf"(?P<word>{words})\s?(?P<n>\d{{1,4}})(?:\s?/\s?(?P<year>\d{{2,4}}))?(?!\d)(?P<en>)"
    )


_NUMBER_EN = re.compile(
    r"(?P<word>)(?P<year>)(?P<en>\d{1,3})(?:st|nd|rd|th) (?:[A-Z][A-Za-z\-]* ){0,12}?"
    r"(?:Meeting|Summit|Session|Conference|Forum|Dialogue)"
)
# "การประชุม" / "ประชุม": found by the literal ประชุม, extended back over การ (see _anchors).
_ANCHOR = re.compile(r"(?:การ)?ประชุม")
_ANCHOR_CORE = re.compile("ประชุม")
# After "การประชุม" and a space, a name opens with Latin, a quote, การ or an abbreviation (ศบค.).
_NAME_AFTER_SPACE = re.compile(
    rf" (?:[A-Z]|[\"“'‘]|การ|[{THAI_CONSONANTS}]{{1,6}}\.|คณะ(?:กรรมการ|อนุกรรมการ|ทำงาน|ผู้บริหาร|รัฐมนตรี)|ผู้บริหาร)"
)
# "ที่ประชุม คณะกรรมการ X ครั้งที่ 3": a board's name after the anchor and a space.
_BOARD_AFTER_SPACE = re.compile(r" คณะ(?:กรรมการ|อนุกรรมการ|ทำงาน)")
_COUNTED = re.compile(r"[^\n]{0,20}?\d+\s?(?:การ)?ประชุม")
_JOINED_NUMBER = re.compile(r"\s?(?:และ|,|หรือ)\s?")
_ORDINAL = re.compile(r"(?P<n>\d{1,3})(?:st|nd|rd|th)\b")
_CLAUSE_BREAK = re.compile(r" (?:โดย|ซึ่ง|ณ|พร้อมทั้ง|ทั้งนี้|นอกจากนี้)|เมื่อวันที่|\n")
_NAME_EN = re.compile(
    r"\s?\((?P<en>[^()\n]*?(?:Meeting|Summit|Session|Conference|Forum|Dialogue|Council)[^()\n]*?)\)"
)
# A gloss that names a gathering ("(Summit on Biodiversity)"); "Conference" alone may be a tool.
_GATHERING = re.compile(r"\b(?:Summit|Meeting|Session|Forum|Dialogue)\b")
_ATTACHED_DATE_GAP = 40
# How many of the days before an undated meeting in its paragraph are looked at for its own.
MAX_DAYS_BACK = 32
# How far a date may start after its lead begins ("ระหว่างวันที่ 15 - 17 ...", "ในวันพฤหัสบดีที่ ..."):
# the slack of the bisected date searches that bound a date by its lead.
_LONGEST_LEAD = 40
_MAX_NAME = 350
_TODAY = re.compile(r"วันนี้|today", re.IGNORECASE)
# A date written with its own lead ("เมื่อวันที่", "ระหว่างวันที่", "ในวันที่") later in the meeting's
# sentence is the meeting's day: "... ครั้งที่ 1/2564 ณ ห้อง X และผ่านระบบ Conference เมื่อวันที่ 18 ...".
_DATE_LEAD_WORD = re.compile(r"(?:เมื่อ|ใน|ระหว่าง|ตั้งแต่|กำหนด|จัดขึ้น|จัด)\s?วัน|วันที่")


@lru_cache(maxsize=8)
def _cue_pattern(directory: Path) -> re.Pattern[str]:
    """Cue words glued before an anchor, matched at the end of the text before it."""
    return re.compile(rf"(?:{alternation(word_list(directory, 'meeting_cues.txt'))})\s?(?:การ)?$")


@lru_cache(maxsize=8)
def _open_cue_pattern(directory: Path) -> re.Pattern[str]:
    """The cue verbs that take an object (a cue with something after it): เป็นประธานเปิด, ร่วม..."""
    return re.compile(rf"(?:{alternation(word_list(directory, 'meeting_object_cues.txt'))})")


@lru_cache(maxsize=16)
def _break_pattern(directory: Path, kind: str) -> re.Pattern[str]:
    rows = _rows("meeting_breaks.tsv", directory)
    words = [row[0] for row in rows if kind in row[1].split(",")]
    # Reported speech ("กล่าวว่า ...") ends the stretch too: places and days inside it are the speaker's.
    speech = [row[0] for row in rows if "speech" in row[1].split(",")]
    return re.compile(rf"(?:^|[ \n])(?:{alternation(words)})|(?:{alternation(speech)})(?=\s)|\n")


@lru_cache(maxsize=8)
def _speech_pattern(directory: Path) -> re.Pattern[str]:
    words = [
        row[0] for row in _rows("meeting_breaks.tsv", directory) if "speech" in row[1].split(",")
    ]
    return re.compile(rf"(?:{alternation(words)})(?=\s)")


# "ตั้งแต่วันที่ 24 กรกฎาคม": the start of a state of affairs, not the day of a meeting.
_SINCE = re.compile(r"\s?ตั้งแต่")


@lru_cache(maxsize=8)
def _generic_name(directory: Path) -> re.Pattern[str]:
    """What after การประชุม makes it no name: a word of meeting_generic_after.txt, a space, or
    "หารือ" ending the text ("ที่ประชุมได้หารือ")."""
    words = alternation(word_list(directory, "meeting_generic_after.txt"))
    return re.compile(rf"^(?:{words}|หารือ\s*$|\s)")


@lru_cache(maxsize=8)
def _today_reference(directory: Path) -> re.Pattern[str]:
    """ "การประชุมในวันนี้เป็น...": a word of meeting_today_references.txt after the anchor."""
    return re.compile(
        rf"\s?(?:{alternation(word_list(directory, 'meeting_today_references.txt'))})"
    )


@lru_cache(maxsize=8)
def _cabinet(directory: Path) -> tuple[re.Pattern[str], str]:
    """The cabinet after ที่ประชุม/การประชุม, with an optional alias in parentheses or after หรือ."""
    names = [row[0] for row in _rows("cabinet_names.txt", directory) if row[0]]
    alt = alternation(names)
    pattern = re.compile(rf"\s?(?:{alt})(?:\s?\((?:{alt})\)|\s?หรือ\s?(?:{alt}))?")
    return pattern, names[0]


@dataclass
class MeetingMention:
    start: int
    end: int
    name_span: tuple[int, int] | None
    number: int | None
    number_span: tuple[int, int] | None = None
    name_en_span: tuple[int, int] | None = None
    date: DateMatch | None = None
    date_from_published: bool = False
    venue: VenueMention | None = None
    in_body: bool = True
    strong: bool = False  # the event its paragraph reports (a cue word before it)
    cabinet: bool = False
    generic: bool = False  # "การประชุมระหว่างวันที่ ...": no name of its own
    date_source: str | None = None  # own, attached, paragraph, back-reference
    wrapped_end: int | None = None  # its sentence goes on to here, past a line break
    date_later: bool = False  # its date came from a later clause of its sentence (_later_date)
    vague_past: bool = False  # "... เมื่อสัปดาห์ที่แล้ว" right after it: held on an unsaid day
    in_passing: bool = False  # unnumbered, after the meeting its paragraph's day dated (_attach)


@config_section("meetings")
class MeetingsSettings(Section):
    """[meetings]: each key's value and what it does are in default.cfg."""

    cabinet_date_gap: PositiveInt
    coming_cabinet_gap: PositiveInt
    venue_window: PositiveInt
    sentence_date_window: PositiveInt
    opening_window: PositiveInt
    opening_date_lead: PositiveInt
    date_line_chars: PositiveInt
    related_days: PositiveInt
    wrapped_name: PositiveInt
    coordinated_cue_window: PositiveInt
    event_verb_lead: PositiveInt
    event_head_gap: PositiveInt
    schedule_lines: PositiveInt
    planned_after_lead: PositiveInt
    clause_day_gap: PositiveInt
    back_reference_tail: PositiveInt
    nameless_number_gap: PositiveInt


@dataclass
class MeetingGroup:
    """The mentions of one meeting, in text order."""

    mentions: list[MeetingMention] = field(default_factory=list)
    chair_cues: list[int] = field(default_factory=list)
    fuller_venue: VenueMention | None = None  # see _fuller_venue

    @property
    def primary(self) -> MeetingMention:
        return self.mentions[0]

    @property
    def venue(self) -> VenueMention | None:
        """A physical place from any mention wins over an online one ("ผ่านระบบ Conference"); the
        place of the mention that reports the day itself wins over a trip's (_day_report)."""
        venues = [m.venue for m in self.mentions if m.venue is not None]
        if self.fuller_venue is not None:
            return self.fuller_venue
        report = self._day_report()
        if report is not None and report.venue is not None and not report.venue.online:
            return report.venue
        return next((v for v in venues if not v.online), venues[0] if venues else None)

    def _day_report(self) -> MeetingMention | None:
        """ "มีกำหนดการเดินทางไปประชุม X ครั้งที่ 3/2567 ณ จังหวัด Y และติดตามการตรวจราชการ... ระหว่างวันที่
        13 - 14 พฤษภาคม" and, in the day-by-day programme, "วันอังคารที่ 14 พฤษภาคม 2567 ... เป็นประธาน
        การประชุม X ณ ห้องประชุม Z": a range read from a later clause is a trip's; a body mention
        that reports the meeting on one day in it gives the day (and its place)."""
        first = next((m for m in self.mentions if m.date is not None), None)
        if first is None or not first.date_later or first.date.end_date is None:
            return None
        span = first.date
        return next(
            (
                m
                for m in self.mentions
                if m is not first
                and m.in_body
                and m.strong
                and m.date is not None
                and m.date.end_date is None
                and span.date <= m.date.date <= span.end_date
            ),
            None,
        )

    def dating(self, published: DateMatch | None) -> tuple[DateMatch | None, bool]:
        """(date, from_published): the first mention's day, unless another mention gives a range
        that holds it ("วันนี้ (9 มิ.ย.) ... เปิดการประชุม X" and "การประชุม X จัดขึ้นระหว่างวันที่
        8 - 14 มิถุนายน"): the meeting's date is then the range; but a trip's range gives way to
        the day the meeting is reported on (_day_report)."""
        report = self._day_report()
        if report is not None:
            return report.date, False
        # "การประชุม X ... เมื่อสัปดาห์ที่แล้ว": only a day of its own dates it, not its paragraph's
        # (the วันนี้ of "เปิดเผยวันนี้ ภายหลังเป็นประธานการประชุม X").
        vague = any(m.vague_past for m in self.mentions)
        first = next(
            (
                m
                for m in self.mentions
                if (m.date is not None or m.date_from_published)
                and not (vague and m.date_source == "paragraph")
            ),
            None,
        )
        if first is None:
            return None, False
        day = first.date if first.date is not None else published
        for m in self.mentions:
            d = m.date
            if (
                d is not None
                and d.end_date is not None
                and day is not None
                and d is not day
                and d.date <= day.date <= d.end_date
            ):
                return d, False
        return (first.date, False) if first.date is not None else (None, True)

    def first(self, attribute: str):
        for mention in self.mentions:
            value = getattr(mention, attribute)
            if value is not None:
                return value
        return None


def _anchors(text: str):
    """Every "การประชุม" or "ประชุม" match, as _ANCHOR.finditer would give them."""
    for core in _ANCHOR_CORE.finditer(text):
        start = core.start() - 3 if text.endswith("การ", 0, core.start()) else core.start()
        yield _ANCHOR.match(text, start)


def _anchor_ok(analysis: Doc, m: re.Match[str], numbered: bool = False) -> bool:
    text = analysis.text
    before = text[max(0, m.start() - 12) : m.start()]
    if before.endswith("ที่") and not before.endswith("สถานที่"):
        if numbered:
            return True
        # "ที่ประชุมคณะรัฐมนตรี (ครม.) วันที่ ..." is the cabinet meeting, and "วันนี้ (10 มี.ค.)
        # ที่ประชุมคณะกรรมการ X ... ได้พิจารณา" a board's; other assemblies are not.
        return (
            bool(_cabinet(analysis.gazetteer.directory)[0].match(text, m.end()))
            or _board_assembly(analysis, m)
            or _abbreviated_body_day(analysis, m.end()) is not None
        )
    # meeting_not_anchor_before.tsv: "ห้องประชุม" is a room; "ผู้เข้าร่วมประชุม" (a "bare" word)
    # is generic only without a number ("ผู้เข้าร่วมการประชุม X ครั้งที่ 8" names a meeting).
    not_before = analysis.gazetteer.meeting_not_anchor_before
    start = m.start()
    if numbered and any(text.endswith(w, 0, start) for w, bare in not_before.items() if bare):
        return True
    return not any(text.endswith(word, 0, start) for word in not_before)


@lru_cache(maxsize=8)
def _assembly_patterns(directory: Path) -> tuple[re.Pattern[str], re.Pattern[str]]:
    rows = _rows("meeting_assemblies.tsv", directory)
    boards = [row[0] for row in rows if row[1:] and row[1] == "board"]
    not_before = [row[0] for row in rows if row[1:] and row[1] == "not_before"]
    verbs = [row[0] for row in rows if row[1:] and row[1] == "verb"]
    # the board must be named: "ที่ประชุมคณะกรรมการมีมติ..." is an unnamed assembly acting; a named
    # assembly is its own name
    return (
        re.compile(
            rf"\s?(?:{alternation(boards)})(?!\s?(?:{alternation(verbs)}))"
            rf"|{_named_assembly(directory).pattern}"
        ),
        re.compile(rf"(?:{alternation(not_before)})\s?(?:ใน)?ที่$"),
    )


@lru_cache(maxsize=8)
def _named_assembly(directory: Path) -> re.Pattern[str]:
    """ "ที่ประชุมวุฒิสภา": an assembly (meeting_assemblies.tsv "assembly") whose word is its name."""
    rows = _rows("meeting_assemblies.tsv", directory)
    return re.compile(
        rf"\s?(?:{alternation([r[0] for r in rows if r[1:] and r[1] == 'assembly'])})"
    )


def _board_assembly(analysis: Doc, m: re.Match[str]) -> bool:
    """ "ที่ประชุมคณะกรรมการส่งเสริม... ได้พิจารณา": the board's meeting, reported as acting; not
    "ตามมติที่ประชุมคณะกรรมการ..." (a resolution of an earlier meeting)."""
    if m.group().startswith("การ"):
        return False
    boards, not_before = _assembly_patterns(analysis.gazetteer.directory)
    text = analysis.text
    return bool(boards.match(text, m.end())) and not not_before.search(
        text[max(0, m.start() - 20) : m.start()]
    )


def _strong(analysis: Doc, anchor: re.Match[str], line_start: int) -> bool:
    """The meeting is the event its paragraph reports: a cue word before it ("เป็นประธานการประชุม",
    "ร่วมประชุม", "ภายหลังการประชุม"), or "ประชุม" used as the verb after its subject."""
    text = analysis.text
    before = text[max(line_start, anchor.start() - 30) : anchor.start()]
    if anchor.group().startswith("การ"):
        before += "การ"  # "มีการประชุม", "ภายหลังการประชุม": the cue ends with the anchor's การ
    if _cue_pattern(analysis.gazetteer.directory).search(before):
        return True
    if before.endswith("ที่") and _board_assembly(analysis, anchor):
        return True  # the board's meeting acting is the event its paragraph reports
    if before.endswith("และการ") or before.endswith("และ"):
        # "เป็นประธานเปิดโครงการอบรม X และการประชุมเชิงปฏิบัติการ Y": joined to the object of a
        # cue verb in the same clause, the meeting shares its cue.
        window = analysis.settings(MeetingsSettings).coordinated_cue_window
        lead = max(line_start, anchor.start() - window)
        clause = text[lead : anchor.start()]
        breaks = list(_CLAUSE_BREAK.finditer(clause))
        clause = clause[breaks[-1].end() :] if breaks else clause
        if _open_cue_pattern(analysis.gazetteer.directory).search(clause):
            return True
    return not anchor.group().startswith("การ") and (before == "" or before.endswith(" "))


@lru_cache(maxsize=16)
def _time_cue_pattern(
    directory: Path, kinds: tuple[str, ...] = ("before", "after"), roles: bool = False
) -> re.Pattern[str]:
    words = [
        row[0] for row in _rows("meeting_time_cues.tsv", directory) if row[1:] and row[1] in kinds
    ]
    # "ภายหลังเป็นประธานการประชุม X ... ให้สัมภาษณ์" (`roles`): the chair's or a participant's verb
    # may come between the cue and the meeting
    role = rf"(?:{_ROLE_AFTER_CUE})?\s?" if roles else ""
    return re.compile(rf"(?:{alternation(words)})\s?{role}$")


# What the one the paragraph is about did at the meeting, between a time cue and the meeting.
_ROLE_AFTER_CUE = r"(?:การ)?(?:เป็นประธาน(?:ใน)?|เข้าร่วม|ร่วม)"


def _before_or_after(
    analysis: Doc,
    start: int,
    line_start: int,
    kinds=("before", "after"),
    roles: bool = False,
) -> bool:
    """ "ให้สัมภาษณ์ภายหลังการประชุม...", "ก่อนการประชุม ครม.": the paragraph reports another event
    (`kinds` of meeting_time_cues.tsv: the event after the meeting, before it, or either). With
    `roles`, also "ภายหลังเป็นประธานการประชุม...": for an open area only (`_open_area`), since
    the day the account is given ("เปิดเผยภายหลังเป็นประธานการประชุม X") and a building it names are
    mostly the meeting's."""
    text = analysis.text
    before = text[max(line_start, start - 30) : start]
    return bool(_time_cue_pattern(analysis.gazetteer.directory, kinds, roles).search(before))


def _open_area(analysis: Doc, venue: VenueMention) -> bool:
    """An open area (venue_areas.txt: "บริเวณทางเชื่อมตึกภักดีบดินทร์", "โถงกลาง"), where one speaks
    to the press after or before a meeting rather than holds it."""
    words = word_list(analysis.gazetteer.directory, "venue_areas.txt")
    return starts_with_any(analysis.text[venue.start : venue.end], words) is not None


def _other_events_place(analysis: Doc, mention: MeetingMention, venue: VenueMention) -> bool:
    """Is `venue` the place of the event reported before or after the meeting (a press event, a
    visit), not the meeting's? An open area ("ณ บริเวณโถงกลาง ตึกบัญชาการ 1"); the place of an
    event verb that comes right before the cue ("พบปะกลุ่มชาติพันธุ์ ณ ด่านพรมแดน X หลังประชุม
    หารือ..."); or a place later in the paragraph, after the next event has begun ("ภายหลังจบ
    การประชุม ครม. นายกรัฐมนตรีไปเยี่ยมชม... ณ โครงการ Y"). A place right after the meeting's
    name stays the meeting's ("เปิดเผยภายหลังการประชุม X ณ กระทรวง Y ว่า")."""
    text = analysis.text
    directory = analysis.gazetteer.directory
    if _open_area(analysis, venue):
        return True
    events = word_list(directory, "meeting_other_events.txt")
    if venue.end <= mention.start:
        between = text[venue.end : mention.start].strip()
        reach = analysis.settings(MeetingsSettings).event_verb_lead
        lead = text[max(0, venue.marker_start - reach) : venue.marker_start]
        if any(word in between for word in events):
            # "วันนี้ (...) ที่สถานี X นาย... พบปะให้กำลังใจ... ภายหลังประชุมสัญจร...": the place opens
            # the account of the event reported after (or before) the meeting.
            return True
        return bool(_time_cue_pattern(directory).fullmatch(between)) and any(
            word in lead for word in events
        )
    if venue.online:
        return False  # the medium the meeting is held over ("ผ่านระบบการประชุมทางไกล")
    between = text[mention.end : venue.marker_start]
    return any(word in between for word in events)


def _nearer_event(analysis: Doc, mention: MeetingMention, venue: VenueMention) -> bool:
    """Is `venue`, after the meeting, the place of another event named between them (a noun of
    meeting_other_event_heads.txt: "เทศกาล Y ณ ชุมชน Z", "พิธีมอบรางวัลในงาน Y ณ ฮอลล์ Z")?"""
    return venue.marker_start >= mention.end and _event_between(
        analysis, mention.end, venue.marker_start
    )


def _event_between(analysis: Doc, start: int, end: int) -> bool:
    """Does another event's noun (meeting_other_event_heads.txt) come between the meeting ending
    at `start` and a place or date at `end`? A place or a date belongs to the nearest event
    before it, unless a meeting is named again after that event ("นิทรรศการ Y และการประชุม W ณ
    ห้อง Z"). An event named within `event_head_gap` of the meeting is its topic ("ประชุม X
    เพื่อเตรียมการจัดเทศกาล Y ณ ห้อง Z"), not another account."""
    text = analysis.text
    gap = analysis.settings(MeetingsSettings).event_head_gap
    heads = list(
        word_pattern(analysis.gazetteer.directory, "meeting_other_event_heads.txt").finditer(
            text, start + gap, end
        )
    )
    return bool(heads) and _ANCHOR_CORE.search(text, heads[-1].end(), end) is None


def find_meeting_mentions(
    analysis: Doc,
    venues: list[VenueMention],
    excluded: list[tuple[int, int]],
    person_starts: list[int] = (),
) -> list[MeetingMention]:
    text = analysis.text
    mentions: list[MeetingMention] = []
    numbers = sorted(
        (
            m
            for pattern in (_number_th(analysis.gazetteer.directory), _NUMBER_EN)
            for m in pattern.finditer(text)
            if not _is_other_number(text, m)
        ),
        key=lambda m: m.start(),
    )
    anchors = [m for m in _anchors(text) if _anchor_ok(analysis, m)]
    account_days = _AccountDays(analysis, anchors)
    # A session number also names the meeting of an assembly: "ตามมติที่ประชุมคณะกรรมการ... ครั้งที่ 19".
    numbered_anchors = _ByStart(
        [m for m in _anchors(text) if _anchor_ok(analysis, m, numbered=True)]
    )
    number_index = _ByStart(numbers)
    used_anchors: set[int] = set()
    for number in numbers:
        line = analysis.line_at(number.start())
        if number.group("en"):
            continue  # English ordinals give name_en and a fallback number, attached below
        anchor = _anchor_before(text, numbered_anchors, number_index, number, line.start) or (
            _anchor_on_line_before(analysis, numbered_anchors, number_index, number, line)
        )
        if (
            anchor is not None
            and text.endswith("ที่", 0, anchor.start())
            and _generic_name(analysis.gazetteer.directory).match(
                text[anchor.end() : anchor.end() + 12]
            )
            and not _cabinet_session(analysis, anchor, number)
            # "โดยที่ประชุม คณะกรรมการนโยบาย... (คบต.) ครั้งที่ 3/2568 มีมติ": a board named after a
            # space is that board's numbered sitting
            and not _BOARD_AFTER_SPACE.match(text, anchor.end())
        ):
            continue  # "ที่ประชุมได้หารือ... ครั้งที่ 2": the assembly acting, not a session's name
        if anchor is None:
            previous = mentions[-1] if mentions else None
            if previous is not None and _JOINED_NUMBER.fullmatch(
                text, previous.end, number.start()
            ):
                # "ในคราวประชุม ครั้งที่ 20/2563 และครั้งที่ 21/2563": a second sitting, same name
                mentions.append(
                    MeetingMention(
                        start=number.start(),
                        end=number.end(),
                        name_span=previous.name_span,
                        number=int(number.group("n")),
                        number_span=(number.start(), number.end()),
                        strong=previous.strong,
                    )
                )
            continue
        used_anchors.add(anchor.start())
        name = strip_span(text, anchor.start(), number.start(), PHRASE_EDGE)
        mention = MeetingMention(
            start=anchor.start(),
            end=number.end(),
            name_span=name,
            number=int(number.group("n")),
            number_span=(number.start(), number.end()),
            strong=_strong(analysis, anchor, line.start),
        )
        en = _NAME_EN.match(text, number.end())
        if en:
            mention.name_en_span = (en.start("en"), en.end("en"))
            mention.end = en.end()
        # "...จัดประชุม X ครั้งที่ 16 (...) เมื่อวันที่ 24 - 26 มิ.ย. 66" / "ณ ศูนย์การประชุม...": a
        # numbered meeting's sentence wrapped onto the next line keeps its place there too.
        wrapped = _wrapped_line(analysis, line)
        if wrapped is not None:
            mention.wrapped_end = wrapped.end
        mentions.append(mention)
    for anchor in anchors:
        if anchor.start() in used_anchors or any(
            m.start <= anchor.start() < m.end for m in mentions
        ):
            continue
        mention = _cabinet_mention(analysis, anchor, venues, anchors) or _unnumbered(
            analysis, anchor, venues, mentions, person_starts, anchors, account_days
        )
        if mention is not None:
            mentions.append(mention)
    # Past the body's end (the related stories' headlines, the source line) is no meeting.
    body_end = analysis.layout.body_end
    mentions = [
        m for m in mentions if m.start < body_end and not any(s <= m.start < e for s, e in excluded)
    ]
    mentions.sort(key=lambda m: m.start)
    _attach(analysis, mentions, venues)
    _account_dated(analysis, mentions, account_days)
    _back_references(analysis, mentions, anchors, account_days)
    mentions.extend(_second_sittings(analysis, mentions))
    mentions.sort(key=lambda m: m.start)
    return mentions


# What may follow the day on a line that holds only the day and its time ("เมื่อวันอังคารที่ 9 มีนาคม
# 2564 เวลา 09.30 น."): such a line is a schedule's, even with a past report's lead (เมื่อ).
_DAY_AND_TIME_ONLY = re.compile(
    r"\s*(?:\)\s*)?(?:เวลา\s?[\d๐-๙]{1,2}[.:][\d๐-๙]{2}(?:\s?[-–]\s?[\d๐-๙]{1,2}[.:][\d๐-๙]{2})?\s?(?:น\.|นาฬิกา)?)?\s*"
)


class _AccountDays:
    """The day an account gives a meeting on a line other than its own, when its own clause has
    none: the schedule line right below it (day_after), the day that opened the account a
    paragraph of sequence goes on with (day_before), or the day a back-reference to it gives
    (day_referred, read by _back_references). Built once per text."""

    def __init__(self, analysis: Doc, anchors) -> None:
        self.analysis = analysis
        self.text = analysis.text
        self.dates = sorted(analysis.get(Dates).matches, key=lambda d: d.start)
        self.date_starts = [d.start for d in self.dates]
        self.anchors = _ByStart(anchors)
        self.people = sorted(p.start for p in analysis.get(PersonsFound).mentions)
        self.report_leads = word_list(analysis.gazetteer.directory, "meeting_report_leads.txt")
        self.sequels = _continuation_patterns(analysis.gazetteer.directory)[2]

    def _names_someone(self, line: Line) -> bool:
        return bisect.bisect_left(self.people, line.start) < bisect.bisect_left(
            self.people, line.end
        )

    def _opens_next(self, date_line: Line) -> bool:
        """ "วันนี้ (13 พ.ค. 67) เวลา 09.00 น." / "นายX เป็นประธาน...": a date line that opens the
        paragraph after it (one that names someone or a meeting) is that paragraph's day."""
        text = self.analysis.text
        if date_line.end + 1 >= len(text):
            return False
        after = self.analysis.line_at(date_line.end + 1)
        return (
            after.start == date_line.end + 1
            and bool(after.text.strip())
            and (self._names_someone(after) or self.anchors.any_between(after.start, after.end))
        )

    def day_after(
        self, line: Line, end: int, medium: VenueMention | None = None, lines: int | None = None
    ):
        """ "ขอเชิญชวน... เข้าร่วมการประชุม X" / "ลงทะเบียนได้ที่ลิงค์" / "ในวันที่ 21 เมษายน 2565 เวลา 09.00 –
        16.30 น. สำหรับ...": the day of a schedule line, a short line (date_line_chars) that opens
        with a date and its lead and names no one, within `lines` lines (default [meetings]
        schedule_lines) below the meeting named on `line` (its sentence going on to `end`), with no
        meeting and no other date on the lines between (those would be another event's); `medium`,
        the meeting's own online place on a line below, is not another meeting."""
        analysis, text = self.analysis, self.analysis.text
        settings = analysis.settings(MeetingsSettings)
        for _ in range(settings.schedule_lines if lines is None else lines):
            if end + 1 >= analysis.layout.body_end:
                return None
            following = analysis.line_at(end + 1)
            # the meeting's own medium on the line ("ผ่านระบบการประชุมทางไกล") is not another meeting
            own = (
                medium
                if medium is not None and following.start <= medium.start < following.end
                else None
            )
            if following.start <= line.start or (
                own is None and self.anchors.any_between(following.start, following.end)
            ):
                return None
            first = bisect.bisect_left(self.date_starts, following.start)
            if first < bisect.bisect_left(self.date_starts, following.end):
                day = self.dates[first]
                opens = following.start if own is None else own.end
                if (
                    len(following.text.strip()) <= settings.date_line_chars
                    and not text[opens : day.lead_start].strip()
                    and day.lead_start < day.start
                    and (
                        not starts_with_any(text[day.lead_start : day.start], self.report_leads)
                        or _DAY_AND_TIME_ONLY.fullmatch(text, day.end, following.end) is not None
                    )
                    and not self._names_someone(following)
                    and not self._opens_next(following)
                ):
                    return day
                return None
            end = following.end
        return None

    def day_before(self, line: Line) -> DateMatch | None:
        """ "เมื่อวานนี้ (4 เม.ย.68) นาง X ลงพื้นที่จังหวัด Y ..." / "โอกาสนี้ ..." / "จากนั้น นาง X เดินทาง
        ไปยัง ห้องประชุม Z ร่วมประชุมติดตาม...": a paragraph that opens with a word of sequence
        (meeting_continuations.tsv "next") goes on with the account of the day an earlier paragraph
        opened with: the last date before it in the body, when that date opens its own paragraph
        (within [meetings] opening_date_lead characters); a later date, or one inside a paragraph,
        would be another event's."""
        analysis, text = self.analysis, self.analysis.text
        if not self.sequels.match(text, line.start):
            return None
        last = bisect.bisect_left(self.date_starts, line.start) - 1
        if last < 0 or self.dates[last].start < analysis.layout.body_start:
            return None
        day = self.dates[last]
        opening = analysis.line_at(day.start)
        lead = analysis.settings(MeetingsSettings).opening_date_lead
        if day.start - opening.start > lead or _SINCE.match(text, day.lead_start):
            return None
        return day

    def day_referred(self, after: int, single: bool) -> DateMatch | None:
        """ "... ได้เข้าร่วมการประชุมดังกล่าวเมื่อวันที่ 1-2 กุมภาพันธ์ 2567 ณ ...": the day, with its own
        lead, that a back-reference to the meeting ending at `after` gives within _ATTACHED_DATE_GAP
        characters; a range, or also a single day when `single`. Not "ตั้งแต่วันที่ ...", the start
        of a state of affairs."""
        text = self.text
        first = bisect.bisect_left(self.date_starts, after)
        for day in self.dates[first:]:
            if day.lead_start > after + _ATTACHED_DATE_GAP:
                return None
            if (
                after < day.lead_start
                and (single or day.end_date is not None)
                and _DATE_LEAD_WORD.search(text, day.lead_start, day.start)
                and not _SINCE.match(text, day.lead_start)
            ):
                return day
        return None

    def day_for(
        self, line: Line, end: int, medium: VenueMention | None = None, lines: int | None = None
    ) -> DateMatch | None:
        """The schedule line's day below the meeting, else the day of the account its paragraph
        goes on with (only for a meeting the paragraph reports: `lines` is None)."""
        below = self.day_after(line, end, medium, lines)
        return below if below is not None or lines is not None else self.day_before(line)


def _account_dated(analysis: Doc, mentions: list[MeetingMention], days: _AccountDays) -> None:
    """ "ขอเชิญชวน... เข้าร่วมการประชุม X ผ่านสื่ออิเล็กทรอนิกส์ (Zoom)" / "ลงทะเบียนได้ที่ลิงค์" / ... /
    "ในวันที่ 21 เมษายน 2565 เวลา 09.00 – 16.30 น. สำหรับ...": an undated meeting its paragraph
    reports is dated by a schedule line after it, or by the day of the account its paragraph goes
    on with ("จากนั้น ... ร่วมประชุม X") (_AccountDays)."""
    text = analysis.text
    for mention in mentions:
        line = analysis.line_at(mention.start)
        # "การประชุมสุดยอดอาเซียน-อินเดีย ครั้งที่ 17" / "ผ่านระบบการประชุมทางไกล" / "วันพฤหัสบดีที่ 12
        # พฤศจิกายน 2563": a speech's title block, a line that is only a numbered meeting's name,
        # reports it as much as a cue word does.
        title = mention.number is not None and text[line.start : line.end].strip() == (
            text[mention.start : mention.end].strip()
        )
        if (
            mention.date is not None
            or mention.date_from_published
            or mention.cabinet
            or not mention.in_body
        ):
            continue
        medium = mention.venue if mention.venue is not None and mention.venue.online else None
        # "... เข้าร่วมการประชุมคู่ขนาน การประชุม UN Crime Congress สมัยที่ 14" / "เมื่อวันอังคารที่ 9
        # มีนาคม 2564 เวลา 09.30 น." / "ณ ห้องประชุม 11-02 ...": any meeting whose line the schedule
        # line comes right under is the one it gives the day of; further down, only the meeting the
        # paragraph reports.
        reach = None if mention.strong or title else 1
        day = days.day_for(line, max(line.end, mention.wrapped_end or 0), medium, reach)
        if day is not None:
            mention.date = day
            mention.date_source = "schedule" if day.start > mention.start else "paragraph"


def _cabinet_session(analysis: Doc, anchor: re.Match[str], number: re.Match[str]) -> bool:
    """ "ที่ประชุม ครม. นอกสถานที่ครั้งที่ 1/2567 ณ ระนอง": the cabinet, named after a space, then
    nothing or a kind of sitting (meeting_cabinet_kinds.txt) before the number."""
    directory = analysis.gazetteer.directory
    cabinet = _cabinet(directory)[0].match(analysis.text, anchor.end())
    if cabinet is None or cabinet.end() > number.start():
        return False
    between = analysis.text[cabinet.end() : number.start()].strip()
    return between == "" or between in word_list(directory, "meeting_cabinet_kinds.txt")


def _second_sittings(analysis: Doc, mentions: list[MeetingMention]) -> list[MeetingMention]:
    """ "ผลการประชุม X เมื่อวันที่ 31 มีนาคม 2564 และเมื่อวันที่ 6 พฤษภาคม 2564": a second day
    joined to a meeting's own day is a second sitting of that meeting (its own entry)."""
    text = analysis.text
    joined = _second_day_pattern(analysis.gazetteer.directory)
    extra: list[MeetingMention] = []
    for mention in mentions:
        if mention.date_source != "attached" or mention.date is None:
            continue
        join = joined.match(text, mention.date.end)
        if join is None:
            continue
        second = next(
            (
                d
                for d in analysis.get(Dates).matches
                if mention.date.end < d.start and d.lead_start <= join.end() + len("วันที่ ")
            ),
            None,
        )
        if second is None or second.date == mention.date.date:
            continue
        extra.append(
            MeetingMention(
                start=second.start,
                end=second.end,
                name_span=mention.name_span,
                number=mention.number,
                date=second,
                in_body=mention.in_body,
                strong=mention.strong,
                date_source="attached",
            )
        )
    return extra


@lru_cache(maxsize=8)
def _second_day_pattern(directory: Path) -> re.Pattern[str]:
    words = alternation(word_list(directory, "meeting_second_day.txt"))
    return re.compile(rf"\s?(?:{words})\s?")


def _cabinet_mention(
    analysis: Doc, anchor: re.Match[str], venues=(), anchors=()
) -> MeetingMention | None:
    """ "ที่ประชุมคณะรัฐมนตรี (ครม.) วันที่ 20 มิ.ย. 66", "ที่ประชุม ครม. (28 พ.ย. 66)", "การประชุม ครม.
    วันนี้": the cabinet meeting, dated by the date right after its name or by the header."""
    text = analysis.text
    pattern, _ = _cabinet(analysis.gazetteer.directory)
    cabinet = pattern.match(text, anchor.end())
    if cabinet is None:
        return None
    line = analysis.line_at(anchor.start())
    gap = analysis.settings(MeetingsSettings).cabinet_date_gap
    mention = MeetingMention(
        start=anchor.start(),
        end=cabinet.end(),
        name_span=strip_span(text, anchor.start(), cabinet.end(), PHRASE_EDGE),
        number=None,
        strong=True,
        cabinet=True,
    )
    date = next(
        (
            d
            for d in analysis.get(Dates).matches
            if cabinet.end() <= d.lead_start <= cabinet.end() + gap and d.start < line.end
        ),
        None,
    )
    if date is not None and not _CLAUSE_BREAK.search(text, cabinet.end(), date.lead_start):
        mention.date, mention.date_source = date, "own"
    elif _TODAY.match(text[cabinet.end() : cabinet.end() + 12].strip()) and (
        analysis.layout.published is not None
    ):
        mention.date_from_published, mention.date_source = True, "own"
    elif (relative := _relative_day(analysis, cabinet.end(), cabinet.end() + gap)) is not None:
        mention.date, mention.date_source = relative, "own"
    elif (today := _todays_resolution(analysis, line, cabinet.end(), anchor.start())) is not None:
        mention.date, mention.date_source = today, "own"
    elif (lead := _cabinet_lead_day(analysis, anchor, line)) is not None:
        mention.date, mention.date_source = lead, "own"
    elif (coming := _coming_cabinet_day(analysis, anchor, line)) is not None:
        mention.date, mention.date_source = coming, "own"
    elif (
        not text[max(0, anchor.start() - 3) : anchor.start()].endswith("ที่")
        and _strong(analysis, anchor, line.start)
        and _paragraph_places_or_dates(analysis, anchor, line, venues, anchors)
    ):
        # "วันนี้ เวลา 08.30 น. ก่อนการประชุม ครม. นายกรัฐมนตรีให้สัมภาษณ์...": dated by its paragraph
        mention.strong = _strong(analysis, anchor, line.start)
    else:
        # Undated: "เสนอต่อที่ประชุมคณะรัฐมนตรี" is the assembly, not a meeting; "การประชุม
        # คณะรัฐมนตรี" without its own day is read like any other meeting.
        return None
    return mention


@lru_cache(maxsize=8)
def _relative_days(directory: Path) -> tuple[re.Pattern[str], dict[str, int]]:
    offsets = {row[0]: int(row[1]) for row in _rows("relative_days.tsv", directory) if row[1:]}
    return re.compile(rf"\s?(?P<word>{alternation(list(offsets))})"), offsets


def _relative_day(analysis: Doc, start: int, limit: int) -> DateMatch | None:
    """ "เตรียมนำเข้าที่ประชุมคณะรัฐมนตรีในวันพรุ่งนี้": a day counted from the header's date."""
    published = analysis.layout.published
    if published is None:
        return None
    pattern, offsets = _relative_days(analysis.gazetteer.directory)
    m = pattern.match(analysis.text, start, limit)
    return _counted_day(analysis, m, offsets) if m is not None else None


@dataclass
class _WrittenDays:
    """Where the text writes a relative day with its date ("ในวันพรุ่งนี้ (29 ก.ค. 68)"), in text
    order, and the day it then counts from (29 ก.ค. less one): a brief written the evening before
    its header's date counts its พรุ่งนี้ from the day it was written, not from the header."""

    starts: list[int]
    days: list[dt.date]


def _written_days(analysis: Doc) -> _WrittenDays:
    if analysis.has(_WrittenDays):
        return analysis.get(_WrittenDays)
    pattern, offsets = _relative_days(analysis.gazetteer.directory)
    text = analysis.text
    starts: list[int] = []
    days: list[dt.date] = []
    for d in analysis.get(Dates).matches:
        if d.end_date is not None:
            continue
        m = pattern.match(text, d.lead_start, d.start)
        if m is not None and _OPEN_PAREN.match(text, m.end()):
            starts.append(d.lead_start)
            days.append(d.date - dt.timedelta(days=offsets[m.group("word")]))
        elif _TODAY.search(text, d.lead_start, d.start):
            # "วันนี้ (28 ก.ค. 68) ... พรุ่งนี้จะมีการประชุม X": today is the day written
            starts.append(d.lead_start)
            days.append(d.date)
    found = _WrittenDays(starts, days)
    analysis.set(found)
    return found


_OPEN_PAREN = re.compile(r"\s?\(")


def _counted_day(analysis: Doc, m: re.Match[str], offsets: dict[str, int]) -> DateMatch:
    """The day of the relative-day word `m` (relative_days.tsv), counted from the day the nearest
    relative day written with its date before it counts from (`_WrittenDays`), else from the
    header's date."""
    written = _written_days(analysis)
    at = bisect.bisect_right(written.starts, m.start("word")) - 1
    base = written.days[at] if at >= 0 else analysis.layout.published.date
    day = base + dt.timedelta(days=offsets[m.group("word")])
    return DateMatch(m.start("word"), m.end("word"), day, None, False, m.start("word"))


def _relative_days_between(analysis: Doc, start: int, end: int) -> list[DateMatch]:
    """ "ซึ่งวานนี้ได้มีการลงพื้นที่... โดยได้มีการประชุม X": the relative-day words in [start, end)
    that open a clause (after a space or a connective of meeting_day_openers.txt; "ได้เข้าพบ
    เมื่อวานนี้" ends one) and after which no วันนี้ comes, as days counted from the header's date."""
    published = analysis.layout.published
    if published is None:
        return []
    directory = analysis.gazetteer.directory
    pattern, offsets = _relative_days(directory)
    openers = _day_openers(directory)
    text = analysis.text
    return [
        _counted_day(analysis, m, offsets)
        for m in pattern.finditer(text, start, end)
        if (
            m.start("word") == 0
            or not _THAI_LETTER.match(text, m.start("word") - 1)  # a space, "ศบ.ทก.ในวันนี้"
            or openers.search(text, max(0, m.start("word") - 12), m.start("word"))
        )
        and not _TODAY.search(text, m.end(), end)
    ]


# A Thai letter glued before a relative day makes it end the word before ("ได้เข้าพบเมื่อวานนี้").
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")


@lru_cache(maxsize=8)
def _day_openers(directory: Path) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(word_list(directory, 'meeting_day_openers.txt'))})$")


@lru_cache(maxsize=8)
def _resolution(directory: Path) -> re.Pattern[str]:
    words = alternation(word_list(directory, "meeting_cabinet_resolutions.txt"))
    return re.compile(rf"\s?(?:{words})")


def _todays_resolution(analysis: Doc, line, after: int, anchor_start: int) -> DateMatch | None:
    """ "วันนี้ (12 ธ.ค. 66) รองโฆษก... เปิดเผยว่า ที่ประชุม ครม. มีมติ...", "วันที่ 28 มิถุนายน 2565
    โฆษก... เผยที่ประชุมคณะรัฐมนตรี อนุมัติ...": the cabinet resolves (meeting_cabinet_resolutions.txt)
    on the day its paragraph opens with (วันนี้ and its date, or the date as its first words); a
    paragraph that opens otherwise ("ที่ประชุมคณะรัฐมนตรี อนุมัติ..." alone) gives no day."""
    text = analysis.text
    if not _resolution(analysis.gazetteer.directory).match(text, after):
        return None
    lead = analysis.settings(MeetingsSettings).opening_date_lead
    # "เมื่อวันที่ 3 มี.ค. นายX ลงพื้นที่... ตามที่ที่ประชุมคณะรัฐมนตรีเห็นชอบ": an earlier resolution
    # (meeting_assemblies.tsv not_before), not one made on the day the paragraph opens with.
    passing = _assembly_patterns(analysis.gazetteer.directory)[1].search(
        text[max(0, anchor_start - 20) : anchor_start]
    )
    return next(
        (
            d
            for d in analysis.get(Dates).matches
            if line.start <= d.start
            and d.lead_start <= line.start + lead
            and d.start < after
            and (
                _TODAY.match(text, max(d.lead_start, line.start), d.start)
                or _opens_with_day(text[line.start : max(d.lead_start, line.start)], passing)
            )
        ),
        None,
    )


def _opens_with_day(before_day: str, passing: re.Match[str] | None) -> bool:
    """What comes before a paragraph's first day leaves that day the paragraph's opening: nothing
    ("วันที่ 28 มิถุนายน 2565 โฆษก..."), its bracket ("(19 ธันวาคม 2566) รองโฆษก...") or วันนี้
    written outside the date's lead ("วันนี้ 24 พฤษภาคม 2565 นายX โฆษก... เปิดเผยว่า ที่ประชุม
    คณะรัฐมนตรี (ครม.) รับทราบ..."); a resolution named in passing ("ตามที่ที่ประชุม...") has none."""
    opening = before_day.strip().rstrip("(").strip()
    return (not opening and passing is None) or bool(_TODAY.fullmatch(opening))


def _dates_from(dates: list[DateMatch], offset: int) -> int:
    """The index of the first date (in text order) that starts at or after `offset`."""
    return bisect.bisect_left(dates, offset, key=lambda d: d.start)


def _dates_in(analysis: Doc, start: int, end: int) -> list[DateMatch]:
    """The dates (in text order) that start in [start, end): bisected, so that a line of many
    meetings does not scan every date of the text for each of them."""
    dates = analysis.get(Dates).matches
    return dates[_dates_from(dates, start) : _dates_from(dates, end)]


def _cabinet_lead_day(analysis: Doc, anchor: re.Match[str], line) -> DateMatch | None:
    """ "วันนี้ (8 มิ.ย.64) โฆษก... เผยมติคณะรัฐมนตรี เห็นชอบ..." ... "ที่ประชุมคณะรัฐมนตรียังย้ำให้...": the
    assembly, in a paragraph with no date of its own, of a brief whose first paragraph reports the
    cabinet today (it opens with วันนี้ and its date, and names the cabinet) is today's cabinet
    meeting. Not after a word that makes it another sitting's resolution or a proposal to it
    ("ตามมติที่ประชุม", "เสนอต่อที่ประชุม": meeting_assemblies.tsv not_before)."""
    text = analysis.text
    if not text.endswith("ที่", 0, anchor.start()):
        return None
    directory = analysis.gazetteer.directory
    if _assembly_patterns(directory)[1].search(text[max(0, anchor.start() - 20) : anchor.start()]):
        return None
    dates = analysis.get(Dates).matches  # in text order: bisected
    if _dates_from(dates, line.start) < _dates_from(dates, line.end):
        return None  # the paragraph's own days are other events'
    first = _dates_from(dates, analysis.layout.body_start)
    lead = dates[first] if first < len(dates) else None
    if lead is None or lead.start >= anchor.start():
        return None
    opening = analysis.line_at(lead.start)
    reach = analysis.settings(MeetingsSettings).opening_date_lead
    if (
        lead.lead_start > opening.start + reach
        or not _TODAY.match(text, max(lead.lead_start, opening.start), lead.start)
        or analysis.line_at(anchor.start()).start == opening.start
        or not _cabinet(directory)[0].search(text, lead.end, opening.end)
    ):
        return None
    return lead


def _day_before(analysis: Doc, anchor: re.Match[str], line, gap: int) -> DateMatch | None:
    """The last date before the anchor, when it starts on the anchor's line and ends at most
    `gap` characters before it."""
    dates = analysis.get(Dates).matches  # in text order: bisected
    at = _dates_from(dates, anchor.start()) - 1
    if at < 0:
        return None
    day = dates[at]
    if day.lead_start < line.start or day.end > anchor.start() or day.end + gap < anchor.start():
        return None
    return day


def _coming_cabinet_day(analysis: Doc, anchor: re.Match[str], line) -> DateMatch | None:
    """ "ในวันพรุ่งนี้ (29 ก.ค. 68) เวลา 10.00 น. นายX จะรายงานสรุปผลต่อที่ประชุมคณะรัฐมนตรี": a
    sitting still to come (a word of meeting_future_words.txt) on the day that opens its clause,
    within `coming_cabinet_gap` before it and with no clause break or other meeting between."""
    day = _day_before(
        analysis, anchor, line, analysis.settings(MeetingsSettings).coming_cabinet_gap
    )
    if day is None:
        return None
    between = analysis.text[day.end : anchor.start()]
    if _CLAUSE_BREAK.search(between) or _ANCHOR_CORE.search(between):
        return None
    future = word_list(analysis.gazetteer.directory, "meeting_future_words.txt")
    return day if any(word in between for word in future) else None


def _is_other_number(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 5) : m.start()]
    if before.endswith("เป็น") or before.endswith("เป็น "):
        return True  # "เป็นครั้งที่ 2": the second time, not a session number
    return m.group("word") == "ครั้ง" and not m.group("year")


class _ByStart:
    """Matches in text order, with their starts for bisection: the scans of every number over every
    anchor and number were quadratic on a text of thousands of meetings."""

    def __init__(self, matches: list[re.Match[str]]) -> None:
        self.matches = matches
        self.starts = [m.start() for m in matches]
        # Every index below is bisected; _anchors and the sorted numbers come in start order.
        assert all(a <= b for a, b in zip(self.starts, self.starts[1:], strict=False))

    def between(self, lo: int, hi: int) -> list[re.Match[str]]:
        """The matches with lo <= start < hi, in text order."""
        return self.matches[
            bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)
        ]

    def any_between(self, lo: int, hi: int) -> bool:
        i = bisect.bisect_left(self.starts, lo)
        return i < len(self.starts) and self.starts[i] < hi


def _anchor_before(text, anchors: _ByStart, numbers: _ByStart, number, line_start):
    best = None
    for anchor in anchors.between(line_start, number.start()):
        if number.start() - anchor.end() > _MAX_NAME:
            continue
        between = text[anchor.end() : number.start()]
        if _CLAUSE_BREAK.search(between):
            continue
        if numbers.any_between(anchor.end(), number.start()):
            continue
        best = anchor  # the nearest anchor wins: keep scanning forward
    return best


def _anchor_on_line_before(analysis, anchors: _ByStart, numbers: _ByStart, number, line):
    """Pages of 2020-2022 wrap long lines: "... ผลการประชุมคณะกรรมาธิการร่วมไทย - อินเดีย" / "ครั้งที่ 10".
    The meeting's name then ends the line before the number's, with no clause break in between."""
    text = analysis.text
    wrap = analysis.settings(MeetingsSettings).wrapped_name
    if line.start == 0 or number.start() - line.start > wrap:
        return None
    before = analysis.line_at(line.start - 1)
    best = None
    for anchor in anchors.between(max(before.start, before.end - wrap), before.end):
        between = text[anchor.end() : number.start()].replace("\n", " ")
        if _CLAUSE_BREAK.search(between) or numbers.any_between(anchor.end(), number.start()):
            continue
        best = anchor
    return best


def _unnumbered(
    analysis: Doc,
    anchor: re.Match[str],
    venues: list[VenueMention],
    mentions: list[MeetingMention],
    person_starts: list[int],
    anchors: list[re.Match[str]] = (),
    account_days: _AccountDays | None = None,
) -> MeetingMention | None:
    """A named meeting without "ครั้งที่": it needs a place, a date or an English ordinal name.

    "เป็นประธานการประชุมคณะกรรมการ X ณ ห้อง Y", "การประชุม X (4th ... Meeting) ที่ศูนย์การประชุม...",
    or, for a meeting its paragraph reports (a cue word before it), the date or place that opens
    the paragraph ("วันนี้ (13 ก.ย. 63) ... เป็นประธานการประชุมติดตาม...") or a place a clause later
    ("... เป็นประธานการประชุม X โดยมี Y เข้าร่วม ณ ห้องประชุม Z").
    """
    text = analysis.text
    line = _paragraph_line(analysis, anchor.start())
    name_start = anchor.end()
    strong = _strong(analysis, anchor, line.start)
    if _COUNTED.match(text, name_start, min(line.end, name_start + 30)):
        return None  # "เข้าร่วมการประชุมสำคัญ 3 การประชุม": a count of the meetings named after it
    if (
        strong
        and _place_after_verb(analysis, name_start, venues)
        and not word_pattern(analysis.gazetteer.directory, "meeting_nameless_events.txt").search(
            text, line.start, anchor.start()
        )
    ):
        # "... ผู้บริหาร... เข้าร่วมการประชุม ณ ห้องประชุมชุณหะวัณ ชั้น 3": the verb, then its
        # place: nameless, it places the meeting reported before it, or is itself the one
        # the brief reports (gold.md: a meeting the text gives a venue for); after a seminar
        # or a ceremony its paragraph reports, it is that event's attendance.
        return _nameless_mention(anchor)
    # "ได้ประชุม หน่วยงาน...", "เข้าร่วมการประชุม GSMA ...", "การประชุม “สพฐ. สัญจร”": a name after
    # a space; "ภายหลังการประชุม คณะได้ลงพื้นที่..." is no name.
    verb = strong and (
        not anchor.group().startswith("การ") or bool(_NAME_AFTER_SPACE.match(text, name_start))
    )
    # "ได้ประชุม หน่วยงาน กอ.รมน. ... ณ ศาลาว่าการกลาโหม": the verb, then what the meeting is with
    if (
        verb
        and text[name_start : name_start + 1] == " "
        and (
            _generic_name(analysis.gazetteer.directory).match(
                text[name_start + 1 : name_start + 13]
            )
            or starts_with_any(
                text[name_start + 1 : name_start + 13], analysis.gazetteer.stopwords_for("venue")
            )
        )
    ):
        if word_pattern(analysis.gazetteer.directory, "meeting_purpose_after.txt").match(
            text, name_start + 1
        ) and any(m.in_body and m.start < anchor.start() and not m.generic for m in mentions):
            # "... โดยมี A และ B ร่วมประชุม และลงพื้นที่ติดตาม... (ในวันที่ 7 ต.ค. 2563)": the verb
            # again, for the meeting already reported: nameless, it gives that one its day.
            return _nameless_mention(anchor)
        return None
    purpose_only = False
    if (
        not (verb and text[name_start : name_start + 1] == " ")
        and not _latin_gathering(analysis, name_start)
        and _generic_name(analysis.gazetteer.directory).match(text[name_start : name_start + 12])
        and _abbreviated_body_day(analysis, anchor.end()) is None  # "ที่ประชุม ศบค. (26 พ.ย.)"
    ):
        # "จะมีการประชุมเพื่อสรุปรูปแบบของโครงการ ในวันพุธที่ 10 ..." is a meeting by its own day;
        # "ร่วมประชุมเพื่อหารือ... ณ ห้อง" continues the meeting the sentence already named, and
        # "เป็นประธานการประชุมและตรวจติดตาม... ณ ค่าย X" is named by its joined activity.
        if not (
            strong
            and word_pattern(analysis.gazetteer.directory, "meeting_purpose_after.txt").match(
                text, name_start
            )
        ):
            return None
        purpose_only = True
    stop = _CLAUSE_BREAK.search(text, name_start, line.end + 1)
    wrapped = _wrapped_line(analysis, line) if stop and stop.start() == line.end else None
    if wrapped is not None:
        # "...ในระหว่างการประชุมเชิงปฏิบัติการ X" / "โดยมีผู้แทน... เข้าร่วมประชุม ผ่านระบบ... ในวันที่
        # 23 มีนาคม 2564": the sentence goes on after the line break, and so does the clause.
        stop = _CLAUSE_BREAK.search(text, wrapped.start, wrapped.end)
    clause_end = stop.start() if stop else (wrapped or line).end
    # A numbered meeting later in the clause ends this one ("ได้มีการประชุมหารือทวิภาคีกับ... เพื่อ
    # เตรียมการก่อนการประชุม X ครั้งที่ 5"): two meetings, each with its own date and place.
    clause_end = min([clause_end] + [m.start for m in mentions if anchor.start() < m.start])
    # A person named in the clause ends the name ("การประชุมนายX ...", "ประชุมหารือกับนายY").
    person = next((p for p in person_starts if name_start <= p < clause_end), None)
    if (
        person is not None
        and strong
        and text[name_start:person].strip()
        in word_list(analysis.gazetteer.directory, "meeting_with_words.txt")
    ):
        person = None  # "ร่วมประชุมกับนายX ...": the meeting is held with X, who is part of it
    ends: list[int] = []
    if text.endswith("ที่", 0, anchor.start()):
        assembly = _named_assembly(analysis.gazetteer.directory).match(text, name_start)
        if assembly is not None:
            ends.append(assembly.end())  # "ในที่ประชุมกรมการจังหวัด ตนได้รับมอบ...": the name ends
    number = None
    name_en = None
    english = _NAME_EN.search(text, name_start, clause_end + 1)
    if english and not strong and _gathering_gloss(analysis, name_start, english):
        # "... (Leader Dialogue 1) การประชุมสุดยอดว่าด้วยความหลากหลายทางชีวภาพ (Summit on
        # Biodiversity) ผ่านระบบ...": a name glossed in English as a gathering is the event
        # reported, even without a cue word right before it.
        strong = True
    if english and not _ORDINAL.match(english.group("en")):
        english = None  # "(Zoom Meeting)" names a tool, not this meeting
    if english:
        ends.append(english.start())
        name_en = (english.start("en"), english.end("en"))
        ordinal = _ORDINAL.match(english.group("en"))
        number = int(ordinal.group("n")) if ordinal else None
    elif (latin := _latin_ordinal(analysis, name_start)) is not None:
        # "การประชุม The 3rd UNESCO Global Forum on ...": the Latin name after the anchor opens with
        # the session's ordinal; the number makes the meeting (gold.md: a number, date or venue).
        number = int(latin.group("en"))
        ends.append(_LATIN_RUN.match(text, latin.end()).end())  # "... Forum on the Ethics of AI"
    venue = next(
        (v for v in venues if name_start < v.marker_start <= clause_end + 2 and not v.online),
        None,
    ) or next(
        (v for v in venues if strong and name_start < v.marker_start <= clause_end + 2), None
    )  # an online place alone makes a meeting only of one its paragraph reports
    if venue is not None:
        ends.append(venue.marker_start)
    # Only a date introduced as the meeting's day ("... วันที่ 3 ก.ค.", "ระหว่างวันที่ ...") names it.
    date = next(
        (
            d
            for d in analysis.get(Dates).matches
            if name_start < d.lead_start <= min(clause_end + 2, name_start + _MAX_NAME)
            and d.lead_start < d.start
        ),
        None,
    )
    if date is None:
        # "ได้มีการประชุมคณะที่ปรึกษา... เมื่อวานนี้ และได้รับฟัง...": a relative day (relative_days.tsv)
        # opening a word in the clause is the meeting's day, as a date with its own lead would be;
        # _attach counts it from the header's date once the name ends before it.
        date = next(
            iter(
                _relative_days_between(
                    analysis, name_start + 1, min(clause_end + 2, name_start + _MAX_NAME)
                )
            ),
            None,
        )
    held = None
    if date is None and stop is not None:
        held = _held_clause_date(analysis, stop.start())
        date = held
    clause_day = None
    # Only the verb ("...2567 เพื่อประชุม X", "จึงได้เรียกประชุม", "จะมีการประชุม"): the day is when it
    # is done; "ในวันที่ X การประชุม Y ..." more often names a meeting in passing (check6 lost a date).
    # "เสนอ... ต่อที่ประชุมคณะรัฐมนตรี": a proposal to the assembly, not a sitting.
    verbal = (
        not anchor.group().startswith("การ") or text.endswith("มี", 0, anchor.start())
    ) and not text.endswith("ต่อที่", 0, anchor.start())
    if date is None and verbal:
        clause_day = _clause_opening_day(analysis, anchor, line)
        if clause_day is not None and (
            any(v.marker_start <= anchor.start() < v.end for v in venues)
            or _starts_between(person_starts, clause_day.end, anchor.start())
        ):
            # "ในวันที่ 26 เมษายน 2564 ผ่านการประชุมทางไกล": the medium of the meeting named before
            # it; "ระหว่างวันที่ 3 - 4 ธันวาคม 2566 นายX ได้ประชุม...": the day opens X's account,
            # which the paragraph's rules read.
            clause_day = None
        if clause_day is not None:
            date, held = clause_day, clause_day
    if date is not None and _hedged(analysis, name_start, date):
        # "ประชุมบอร์ดและนำเสนออีกครั้งหนึ่ง คาดว่าอย่างเร็วสุดจะเป็นวันศุกร์นี้หรือวันจันทร์ที่ 20": a guess
        # at a day does not make a meeting.
        return None
    if date is not None:
        ends.append(date.lead_start if held is None else clause_end)
    elif purpose_only and (
        any(line.start <= m.start < anchor.start() for m in mentions)
        or not _placed_later(analysis, anchor, line, venues, anchors)
    ):
        # "ร่วมประชุมเพื่อติดตาม... โดยมี Y เข้าร่วม ณ ห้องประชุม 123": named by its purpose and
        # placed later in its stretch, the paragraph's first meeting; otherwise it continues a
        # meeting already named ("การประชุม X ครั้งที่ 1 ... ร่วมประชุมเพื่อหารือ... ณ ห้อง Y").
        return None
    opening = next(
        (
            d
            for d in analysis.get(Dates).matches
            if name_start <= d.lead_start <= name_start + 1 and d.lead_start < d.start
        ),
        None,
    )
    if opening is not None:
        # "มีกำหนดการประชุมระหว่างวันที่ 8-10 มิถุนายน 2564 ณ ...": no name, the day right after
        # the anchor; it dates and places the meeting reported before it (group_meetings).
        return MeetingMention(
            start=anchor.start(), end=anchor.end(), name_span=None, number=None, generic=True
        )
    abbreviated_day = _abbreviated_body_day(analysis, anchor.end())
    if abbreviated_day is not None:
        ends.append(abbreviated_day.start - 1)  # the name is the body's: "ประชุม ศบค."
    if not ends:
        placed_before = any(
            not v.online and line.start <= v.marker_start < anchor.start() for v in venues
        ) and text[max(line.start, anchor.start() - 12) : anchor.start()].endswith("เป็นประธาน")
        # "นายX เป็นประธานการประชุมหารือ..." / "ภายใต้แนวคิด ..." / "ในวันอังคารที่ 26 มกราคม 2564 เวลา
        # 15.00 น." / "ณ ห้องประชุม...": the day on a schedule line below the meeting it reports, or
        # that of the account its paragraph goes on with ("จากนั้น นาง X เดินทางไปยัง... ร่วมประชุม Y"),
        # makes the meeting too (_AccountDays, which _account_dated then dates it by); not when another
        # meeting follows on its line ("เข้าร่วมการประชุมคู่ขนาน การประชุม X สมัยที่ 14"): the day is that one's.
        line_end = (wrapped or line).end
        # the day first: it is found by bisection and mostly absent, the mentions' scan is linear
        scheduled = (
            strong
            and account_days is not None
            and account_days.day_for(line, line_end) is not None
            and not any(anchor.start() < m.start < line_end for m in mentions)
        )
        if (
            not placed_before
            and abbreviated_day is None
            and not (strong and _paragraph_places_or_dates(analysis, anchor, line, venues, anchors))
            and not scheduled
        ):
            return None
        ends.append(clause_end)
    online = next(
        (
            v
            for v in venues
            if v.online
            and name_start < v.marker_start <= clause_end + 2
            and text[v.marker_start - 1] == " "  # not glued ("ประชุมทางไกลผ่านระบบวีดิทัศน์...")
        ),
        None,
    )
    if online is not None:
        # "การประชุม X ผ่านระบบการประชุมทางไกล ในวันที่ ...": the medium ends the name (it does not
        # make the meeting, and it is its place only when no room is given).
        ends.append(online.marker_start)
    cabinet = _cabinet(analysis.gazetteer.directory)[0].match(text, anchor.end())
    if cabinet is not None:
        ends.append(cabinet.end())  # "การประชุมคณะรัฐมนตรี (ครม.)" is the whole name
    name = strip_span(
        text, anchor.start(), min(ends + ([person] if person is not None else [])), PHRASE_EDGE
    )
    if name[1] - name[0] < 12 and abbreviated_day is None:
        # "ที่ประชุม ศบค. (26 พ.ย.) มีมติ...": a body's abbreviated name is short, but a day in
        # parentheses right after it makes it a sitting of that body.
        return None
    mention = MeetingMention(
        start=anchor.start(), end=name[1], name_span=name, number=number, strong=strong
    )
    mention.cabinet = cabinet is not None
    # A day read before the name (clause_day) makes the meeting but is left to _attach, which
    # dates it so that a day of its own after the name still wins ("ประชุม X ในวันที่ 20 ส.ค. 2567").
    if held is not None and clause_day is None:
        mention.date, mention.date_source = held, "own"
    elif abbreviated_day is not None:
        mention.date, mention.date_source = abbreviated_day, "own"
    if wrapped is not None:
        mention.wrapped_end = wrapped.end
    if name_en is not None:
        mention.name_en_span = name_en
        mention.end = english.end()
    if cabinet is None and _nameless(analysis.gazetteer.directory).match(text, name_start):
        # "ประชุมผ่านโปรแกรม Zoom", "การประชุมวันนี้มี...", "ประชุมเรียบร้อยแล้ว": the medium or a
        # deictic, no name: it gives its place (and a range) to the meeting reported before it.
        mention.generic, mention.name_span, mention.end = True, None, anchor.end()
    return mention


def _nameless_mention(anchor: re.Match[str]) -> MeetingMention:
    """The reporting verb alone, as a mention without a name: it places or dates the meeting
    reported before it (_merge_generic), or is the one the brief reports."""
    return MeetingMention(
        start=anchor.start(),
        end=anchor.end(),
        name_span=None,
        number=None,
        strong=True,
        generic=True,
    )


def _place_after_verb(analysis: Doc, name_start: int, venues: list[VenueMention]) -> bool:
    """Does a place (not online) follow the bare verb at `name_start`, right after it or after
    what leaves it the meeting's: a filler (meeting_verb_fillers.txt: "เข้าร่วมประชุมในครั้งนี้ด้วย
    ณ ห้อง X"), the meeting's day ("เข้าร่วมประชุม เมื่อวันที่ 14 ธันวาคม 2563 ณ ห้อง X") or its
    online medium ("ร่วมประชุม ผ่านระบบ Zoom ณ ห้อง X")? `venues` is in text order."""
    text = analysis.text
    fillers = word_list(analysis.gazetteer.directory, "meeting_verb_fillers.txt")
    dates = analysis.get(Dates).matches  # in text order: bisected
    at = name_start
    for _ in range(4):
        while at < len(text) and text[at] == " ":
            at += 1
        # a venue's or a date's lead starts at most a few characters before its own start
        nearby = venues[bisect.bisect_left(venues, at, key=lambda v: v.start) :][:2]
        place = next((v for v in nearby if v.marker_start == at), None)
        if place is not None and not place.online:
            return True
        filler = starts_with_any(text[at : at + 12], fillers)
        day = next((d for d in dates[_dates_from(dates, at) :][:2] if d.lead_start == at), None)
        if place is not None:
            at = place.end  # the medium, then the room the meeting is held in
        elif filler:
            at += len(filler)
        elif day is not None:
            at = day.end
        else:
            return False
    return False


# "ที่ประชุม ศบค. (": a Thai abbreviation ("ศบค.", "ก.พ.ร.") right after an anchor, then a parenthesis,
# which "วันนี้" may open in the same line ("ที่ประชุม ศบศ. วันนี้ (30 ก.ย.)"; "...เข้าที่ประชุม ศบศ."
# ending a headline is no sitting on the day that opens the next line).
_ABBREVIATED_BODY = re.compile(
    r"\s?[\u0e01-\u0e4e]{2,}(?:\.[\u0e01-\u0e4e]+)*\.(?:\s?\(| ?วันนี้ ?\()"
)


def _abbreviated_body_day(analysis: Doc, anchor_end: int) -> DateMatch | None:
    """ "ที่ประชุม ศบค. (26 พ.ย.) มีมติ...": a body named by its abbreviation right after the anchor,
    with a day in parentheses right after it, is a sitting of that body on that day; None when the
    anchor is not followed so."""
    text = analysis.text
    body = _ABBREVIATED_BODY.match(text, anchor_end)
    if body is None:
        return None
    dates = analysis.get(Dates).matches
    i = _dates_from(dates, body.end())
    if i < len(dates) and dates[i].start == body.end() and text.startswith(")", dates[i].end):
        return dates[i]
    return None


@lru_cache(maxsize=8)
def _held_words(directory: Path) -> dict[str, str]:
    """meeting_held_words.tsv: kind -> an alternation of its words."""
    rows = _rows("meeting_held_words.tsv", directory)
    return {
        kind: alternation([row[0] for row in rows if row[1:] and row[1] == kind])
        for kind in ("verb", "opener", "aux")
    }


@lru_cache(maxsize=8)
def _held_clause(directory: Path) -> re.Pattern[str]:
    words = _held_words(directory)
    return re.compile(rf"\s?(?:{words['opener']})(?:{words['aux']})?(?:{words['verb']})")


def _held_clause_date(analysis: Doc, clause_end: int) -> DateMatch | None:
    """The date of a clause that says when the meeting takes place, right after its name
    (meeting_held_words.tsv): "... โดยให้มีขึ้นในเวลา 07.00 น. ของวันอังคารที่ 29 กรกฎาคม 2025"."""
    held = _held_clause(analysis.gazetteer.directory).match(analysis.text, clause_end)
    if held is None:
        return None
    line_end = analysis.line_at(held.end()).end
    dates = analysis.get(Dates).matches
    for i in range(_dates_from(dates, held.end()), len(dates)):
        d = dates[i]
        if d.start >= line_end or d.lead_start > held.end() + _ATTACHED_DATE_GAP:
            return None
        if held.end() <= d.lead_start < d.start and not _CLAUSE_BREAK.search(
            analysis.text, held.end(), d.lead_start
        ):
            return d
    return None


def _starts_between(starts: list[int], lo: int, hi: int) -> bool:
    """Whether a sorted list of offsets holds one in [lo, hi)."""
    at = bisect.bisect_left(starts, lo)
    return at < len(starts) and starts[at] < hi


def _clause_opening_day(analysis: Doc, anchor: re.Match[str], line) -> DateMatch | None:
    """ "ระหว่างวันที่ 15 – 17 มีนาคม 2567 เพื่อประชุมบูรณาการ...", "ในวันที่ 2-3 เมษายน 2568 กระทรวง X
    จะมีการจัดประชุมวิชาการ Y": a day written with its own lead ("ในวันที่", "ระหว่างวันที่", "วัน
    พรุ่งนี้ (...)") that opens the meeting's clause, at most `clause_day_gap` characters before it
    with no clause break, other meeting or date between, is the meeting's day (gold.md: a meeting
    with a date counts). Not "ตั้งแต่วันที่ ...", the start of a state of affairs, nor a day of
    meeting_other_day_leads.txt ("ประจำวันที่ ...": the day a report covers)."""
    text = analysis.text
    gap = analysis.settings(MeetingsSettings).clause_day_gap
    day = _day_before(analysis, anchor, line, gap)
    if day is None:
        # "เมื่อวานนี้จึงได้มีการเรียกประชุมคณะกรรมการ X": a relative day (relative_days.tsv) opening
        # the clause is its day too, counted from the header's date.
        relative = _relative_days_between(
            analysis, max(line.start, anchor.start() - gap), anchor.start()
        )
        day = relative[-1] if relative else None
    elif day.lead_start >= day.start or _SINCE.match(text, day.lead_start):
        return None  # no lead (a date inside a name or a list), or the start of a state of affairs
    if day is None:
        return None
    if _other_day_before(analysis, day):
        return None  # "ประจำวันที่ 2 มกราคม": the day a report covers, not the meeting's
    between = text[day.end : anchor.start()]
    if _CLAUSE_BREAK.search(between) or _ANCHOR_CORE.search(between):
        return None
    # "ในวันจันทร์ที่ 11 ก.ย. 66 จากนั้น จะเรียกประชุม...": a word that starts another event (the
    # meeting comes after that day); "ระหว่างวันที่ 15 - 19 สิงหาคม 2567 และประชุม...": the day is
    # the activity's joined before the meeting.
    if _break_pattern(analysis.gazetteer.directory, "venue").search(" " + between) or (
        _JOINED_AFTER_DAY.match(between)
    ):
        return None
    return day


# "... 2567 และประชุม X": the day belongs to what comes before the join.
_JOINED_AFTER_DAY = re.compile(r"\s*(?:\)\s*)?(?:และ|,|หรือ)")


# "การประชุม the United Nations Food Systems Summit 4": a Latin-script name after the anchor.
_LATIN_GATHERING = re.compile(
    r" (?:the |The )?[A-Z][^\n()\u0e00-\u0e7f]{0,120}?\b(?:Summit|Meeting|Session|Forum|Dialogue)\b"
)


# " The 3rd UNESCO Global Forum": an article, then the ordinal _NUMBER_EN reads.
_LATIN_ARTICLE = re.compile(r" (?:[Tt]he )?(?=\d)")
_LATIN_RUN = re.compile(r"[^\n()\u0e00-\u0e7f]*")


def _latin_ordinal(analysis: Doc, name_start: int) -> re.Match[str] | None:
    """The English ordinal that opens a Latin gathering's name right after the anchor."""
    article = _LATIN_ARTICLE.match(analysis.text, name_start)
    if article is None or not _latin_gathering(analysis, name_start):
        return None
    return _NUMBER_EN.match(analysis.text, article.end())


def _latin_gathering(analysis: Doc, name_start: int) -> bool:
    """ "ในการประชุม the United Nations Food Systems Summit 4 (UNFSS 4) ... ที่เอธิโอเปีย": a name in
    Latin script after a space that names a gathering, not an online tool ("การประชุม Zoom
    Meeting"), is a name even without a cue word."""
    m = _LATIN_GATHERING.match(analysis.text, name_start)
    if m is None:
        return False
    tools = word_list(analysis.gazetteer.directory, "online_venues.txt")
    return not any(tool in m.group() for tool in tools)


def _gathering_gloss(analysis: Doc, name_start: int, english: re.Match[str]) -> bool:
    """Is `english` the English gloss of the Thai name it follows ("การประชุมสุดยอด X (Summit on
    X)"): the first parenthesis after the name, naming a gathering, and no online tool ("(Zoom
    Meeting)", data/gazetteers/online_venues.txt)?"""
    text = analysis.text
    if "(" in text[name_start : english.start()]:
        return False
    gloss = english.group("en")
    if not _GATHERING.search(gloss):
        return False
    tools = word_list(analysis.gazetteer.directory, "online_venues.txt")
    return not any(tool in gloss for tool in tools)


_DATE_LINE_OPENING = re.compile(r"[ \t\u200b\ufeff]*(?:วันนี้|เมื่อวันที่|วันที่|ระหว่างวันที่)")


def _paragraph_line(analysis: Doc, offset: int) -> Line:
    """The line at `offset`, opened by the line before it when that one only gives the day
    ("วันนี้ (30 ก.ย.63) เวลา 16.00 น. ตามเวลานครนิวยอร์ก" / "พลเอก ประยุทธ์ ... การประชุมสุดยอด..."):
    a date line of at most [meetings] date_line_chars characters, naming no meeting and no one."""
    line = analysis.line_at(offset)
    if line.start == 0 or not analysis.in_body(line.start - 1):
        return line
    before = analysis.line_at(line.start - 1)
    text = analysis.text
    if (
        before.start >= line.start
        or len(before.text.strip()) > analysis.settings(MeetingsSettings).date_line_chars
        or not _DATE_LINE_OPENING.match(text, before.start)
        or "ประชุม" in before.text
    ):
        return line
    lead = analysis.settings(MeetingsSettings).opening_date_lead
    if not any(
        before.start <= d.start <= before.start + lead and d.end <= before.end
        for d in analysis.get(Dates).matches
    ):
        return line
    if any(before.start <= p.start < before.end for p in analysis.get(PersonsFound).mentions):
        return line
    return Line(before.start, line.end, text[before.start : line.end])


@lru_cache(maxsize=8)
def _wrapped_openers(directory: Path) -> re.Pattern[str]:
    words = alternation(word_list(directory, "meeting_wrapped_openers.txt"))
    return re.compile(rf"[ \t\u200b\ufeff]*(?:{words})")


def _wrapped_line(analysis: Doc, line):
    """The line right after `line` when it goes on with `line`'s sentence: pages of 2020-2022 break
    lines mid-sentence, and the next line then opens with a word that cannot start one (และ, โดยมี,
    ณ, ผ่าน, ในวันที่: meeting_wrapped_openers.txt). None when a blank line comes between."""
    text = analysis.text
    if line.end + 1 >= len(text) or not analysis.in_body(line.start):
        return None
    following = analysis.line_at(line.end + 1)
    if following.start != line.end + 1 or not following.text.strip():
        return None
    if not _wrapped_openers(analysis.gazetteer.directory).match(text, following.start):
        return None
    return following


@lru_cache(maxsize=8)
def _nameless(directory: Path) -> re.Pattern[str]:
    return re.compile(rf"\s?(?:{alternation(word_list(directory, 'meeting_nameless_after.txt'))})")


@lru_cache(maxsize=8)
def _same_meeting_after(directory: Path) -> re.Pattern[str]:
    """Words right after an anchor that make it the meeting already reported, not a new one
    ("... เข้าร่วมการประชุม ณ ห้องประชุม X", "การประชุมฯ", "การประชุมครั้งนี้")."""
    return re.compile(rf"\s?(?:{alternation(word_list(directory, 'meeting_same_after.txt'))})")


def _next_anchor(analysis, anchors, after: int, limit: int) -> int:
    """The next anchor that may open another meeting: one that refers back to the meeting
    reported ("โดยมี... เข้าร่วมการประชุม ณ ห้อง X") does not end this one's stretch, nor one in
    the same unspaced chunk as its name ("การประชุมเตรียมความพร้อมระดับภูมิภาคสำหรับการประชุมสุดยอด
    ระบบอาหาร...": the summit is part of the name)."""
    text = analysis.text
    same = _same_meeting_after(analysis.gazetteer.directory)
    return next(
        (
            a.start()
            for a in anchors
            if after < a.start() < limit
            and not same.match(text, a.end())
            and _SPACE.search(text, after, a.start())
        ),
        limit,
    )


_SPACE = re.compile(r"\s")


def _joined_there(analysis, anchor, stretch_end: int, venues) -> bool:
    """ "... เปิดการประชุม X (...) โดยมี A (...) B (...) และเจ้าหน้าที่เข้าร่วม ณ ห้อง Y": a list of
    attendants, however long, closed by a join word right before a place, places the meeting."""
    text = analysis.text
    opener, joins, _ = _continuation_patterns(analysis.gazetteer.directory)
    venue = _later_venue(analysis, anchor.end(), stretch_end, venues)
    if venue is None:
        return False
    lead = text[max(anchor.end(), venue.marker_start - 30) : venue.marker_start]
    return bool(joins.search(lead)) and any(
        opener.match(text, m.start() + 1) for m in _SPACE.finditer(text, anchor.end(), venue.start)
    )


def _placed_later(analysis, anchor, line, venues, anchors) -> bool:
    """A physical place later in the meeting's stretch (within `venue_window`, or right after a
    back-reference to it: "เข้าร่วมการประชุม ณ ห้อง X")."""
    text = analysis.text
    stretch_end = _next_anchor(analysis, anchors, anchor.end(), line.end)
    window = analysis.settings(MeetingsSettings).venue_window
    if _later_venue(analysis, anchor.end(), stretch_end, venues, window=window) is not None:
        return True
    if _joined_there(analysis, anchor, stretch_end, venues):
        return True
    # "... โดยมี A B และ C ร่วมประชุม เมื่อวันที่ 2 มีนาคม 2566 ณ ห้อง Z": the bare ประชุม that ends the
    # stretch is the attendants joining this meeting, and its day and place are this meeting's.
    if any(_back_reference_tail(analysis, anchor.end(), line.end, venues, stretch_end)):
        return True
    same = _same_meeting_after(analysis.gazetteer.directory)
    for a in anchors:
        if not anchor.end() < a.start() < stretch_end:
            continue
        back = same.match(text, a.end())
        if back is not None and any(
            a.end() <= v.marker_start <= back.end() and not v.online for v in venues
        ):
            return True
    return False


def _paragraph_places_or_dates(analysis, anchor, line, venues, anchors) -> bool:
    """Does the paragraph give this meeting a date or a place: one that opens the paragraph before
    it, a place later in its stretch, a date with its own lead later in its sentence, or วันนี้?"""
    text = analysis.text
    # What comes before the meeting counts unless reported speech starts in between: in "วันนี้
    # (2 ส.ค.) โฆษก... เปิดเผยว่า ... ได้จัดการประชุม..." the day is the statement's, not the meeting's.
    speech = list(
        _speech_pattern(analysis.gazetteer.directory).finditer(text, line.start, anchor.start())
    )
    opening = speech[-1].end() if speech else line.start
    # The opening is the paragraph's first words ("วันนี้ (...) เวลา 09.00 น. ณ ห้อง...").
    opens_by = (
        _opening_end(analysis, line)
        if not speech
        else opening + analysis.settings(MeetingsSettings).opening_window
    )
    if any(
        opening <= d.start
        and d.lead_start <= opens_by
        and d.start < anchor.start()
        and not _SINCE.match(text, d.lead_start)
        for d in analysis.get(Dates).matches
    ):
        return True
    if any(
        opening <= v.marker_start <= opens_by and v.end <= anchor.start() and not v.online
        for v in venues
    ):
        return True
    if analysis.layout.published is not None and _TODAY.search(text, opening, anchor.start()):
        return True
    if _relative_days_between(analysis, opening, anchor.start()):
        return True
    if _placed_later(analysis, anchor, line, venues, anchors):
        return True
    stretch_end = _next_anchor(analysis, anchors, anchor.end(), line.end)
    return _later_date(analysis, anchor.end(), stretch_end) is not None


def _stretch_stop(analysis, kind: str, start: int, end: int, joined: int | None):
    """Where the meeting's stretch ends: a break word or a line break, but not the line break at
    `joined`, inside a sentence wrapped onto the next line (_wrapped_line)."""
    pattern = _break_pattern(analysis.gazetteer.directory, kind)
    stop = pattern.search(analysis.text, start, end)
    if stop is not None and joined is not None and stop.group() == "\n" and stop.start() == joined:
        stop = pattern.search(analysis.text, joined + 1, end)
    return stop.start() if stop else end


def _later_venue(
    analysis, start: int, boundary: int, venues, online: bool = False, window=None, joined=None
):
    """The first place after `start` in the meeting's stretch, before a word that begins another
    event ("จากนั้น", "ให้สัมภาษณ์") and within `window` characters."""
    window = window or len(analysis.text)
    limit = _stretch_stop(analysis, "venue", start, min(boundary, start + window), joined)
    return next((v for v in venues if start <= v.marker_start < limit and v.online == online), None)


def _later_date(analysis, start: int, boundary: int, joined=None) -> DateMatch | None:
    """A date with its own lead ("เมื่อวันที่", "ระหว่างวันที่") later in the meeting's sentence."""
    text = analysis.text
    window = analysis.settings(MeetingsSettings).sentence_date_window
    limit = _stretch_stop(analysis, "date", start, min(boundary, start + window), joined)
    return next(
        (
            d
            for d in _dates_in(analysis, start, limit + _LONGEST_LEAD)
            if start <= d.lead_start < limit
            and _DATE_LEAD_WORD.search(text, d.lead_start, d.start)
            and not _other_days_date(analysis, d)
        ),
        None,
    )


@lru_cache(maxsize=8)
def _held_lead(directory: Path) -> re.Pattern[str]:
    return re.compile(rf"(?:{_held_words(directory)['verb']})\s?(?:{_DATE_LEAD_WORD.pattern})")


def _held_later_date(analysis, start: int, boundary: int, joined=None) -> DateMatch | None:
    """ "... โดยจัดขึ้นระหว่างวันที่ 22 - 26 ธันวาคม 2564": a date led by a held verb of
    meeting_held_words.tsv later in the meeting's stretch, up to a break of the account."""
    text = analysis.text
    limit = _stretch_stop(analysis, "venue", start, boundary, joined)
    held = _held_lead(analysis.gazetteer.directory)
    return next(
        (
            d
            for d in analysis.get(Dates).matches
            if start <= d.lead_start < limit
            and held.search(text, max(start, d.lead_start - 12), d.start)
            and not _event_between(analysis, start, d.lead_start)
        ),
        None,
    )


@lru_cache(maxsize=8)
def _modal_pattern(directory: Path) -> re.Pattern[str]:
    modals = alternation(word_list(directory, "meeting_modals.txt"))
    cues = alternation(word_list(directory, "meeting_cues.txt"))
    return re.compile(rf"(?:{modals})\s?(?:{cues})?\s?(?:การ)?$")


def _hypothetical(analysis: Doc, mention: MeetingMention, line_start: int) -> bool:
    """ "สามารถจัดการประชุม X", "เสนอให้มีการประชุม Y": a meeting that may or should be held
    (meeting_modals.txt right before it, maybe with a cue verb)."""
    text = analysis.text
    before = text[max(line_start, mention.start - 30) : mention.start]
    return bool(_modal_pattern(analysis.gazetteer.directory).search(before))


def _purpose_of_other_event(analysis: Doc, mention: MeetingMention, line_start: int) -> bool:
    """ "เดินทางเยือนประเทศไทย เพื่อเข้าร่วมการประชุม X", "ร่วมแถลงข่าวงาน Y และการประชุม X": a word of
    meeting_purpose_leads.txt in the meeting's clause, within `coordinated_cue_window` before
    it, makes it the purpose or the object of another event (the one its paragraph reports)."""
    text = analysis.text
    window = analysis.settings(MeetingsSettings).coordinated_cue_window
    clause = text[max(line_start, mention.start - window) : mention.start]
    breaks = list(_CLAUSE_BREAK.finditer(clause))
    clause = clause[breaks[-1].end() :] if breaks else clause
    return (
        word_pattern(analysis.gazetteer.directory, "meeting_purpose_leads.txt").search(clause)
        is not None
    )


def _hedged(analysis: Doc, start: int, date: DateMatch) -> bool:
    """A hedge (meeting_hedges.txt: คาดว่า, น่าจะ) between `start` and the date: a guess at a day."""
    return bool(
        word_pattern(analysis.gazetteer.directory, "meeting_hedges.txt").search(
            analysis.text, start, date.start
        )
    )


@lru_cache(maxsize=8)
def _other_day_lead(directory: Path) -> tuple[re.Pattern[str], int]:
    """ "พ.ร.บ. X ที่จะมีผลบังคับใช้ ในวันที่ 23 ม.ค. 2566": a word of meeting_other_day_leads.txt right
    before a date's lead makes the day a law's or a measure's, not its paragraph's meeting's; also
    the characters before the lead it may take (its longest word, a space and a bracket)."""
    words = word_list(directory, "meeting_other_day_leads.txt")
    # "ตามมติคณะรัฐมนตรี (9 สิงหาคม 2565)": the date may be put in brackets after the word; "ที่
    # ประชุมคณะรัฐมนตรีได้มีมติเมื่อวันที่ ...", the sitting resolving, is that sitting's day
    sitting = "".join(rf"(?<!{re.escape(word)})" for word in _SITTING_BEFORE)
    return re.compile(rf"{sitting}(?:{alternation(words)})\s?\(?$"), max(map(len, words)) + 2


# "ที่ประชุม" before a resolving cabinet: the sitting itself, not a resolution told in passing.
_SITTING_BEFORE = ("ที่ประชุม", "ที่ประชุม ")


def _other_days_date(analysis: Doc, date: DateMatch) -> bool:
    """ "ประชุมรับทราบคำสั่ง... ลงวันที่ 19 ตุลาคม 2565", "...ตามมติคณะรัฐมนตรี เมื่อวันที่ 26 ธันวาคม
    2566": a date right after the meeting's name that a word of meeting_other_day_leads.txt leads
    is a document's or a resolution's day, not the meeting's. Not ประจำ there: "ผลการประชุม
    คณะรัฐมนตรี... ประจำวันที่ 8 ตุลาคม 2567" is the sitting's day."""
    return _other_day_before(analysis, date, attached=True)


def _other_day_before(analysis: Doc, date: DateMatch, attached: bool = False) -> bool:
    """Whether a word of meeting_other_day_leads.txt leads `date` (see _other_day_lead). "ลง"
    only when "วันที่" is glued to it ("ลงวันที่", a document's day): "ได้ปิดฉากลงเมื่อวันที่ ...",
    "สิ้นสุดลงในวันที่ ..." close a meeting on its own day."""
    other_day, other_reach = _other_day_lead(analysis.gazetteer.directory)
    text = analysis.text
    found = other_day.search(text, max(0, date.lead_start - other_reach), date.lead_start)
    if found is None:
        return False
    word = found.group().rstrip(" (")
    if word == "ลง":
        return found.group() == "ลง" and text.startswith("วันที่", date.lead_start)
    return not (attached and word == "ประจำ")


@lru_cache(maxsize=8)
def _restated_date(directory: Path) -> re.Pattern[str]:
    """ "วันนี้ (30 ก.ย.63) เวลา 16.00 น. ตามเวลานครนิวยอร์ก (หรือวันที่ 1 ตุลาคม 2563 เวลาไทย)": the
    same moment by another clock (meeting_restated_dates.txt), not the paragraph's day."""
    words = alternation(word_list(directory, "meeting_restated_dates.txt"))
    return re.compile(rf"\(\s?(?:{words})\s?$")


def _attach(analysis: Doc, mentions: list[MeetingMention], venues: list[VenueMention]) -> None:
    text = analysis.text
    used_dates: set[int] = {m.date.start for m in mentions if m.date is not None}
    inside_mention = Overlaps([(m.start, m.end) for m in mentions])
    # Paragraphs (their first offsets) whose day already dated a meeting reported there.
    paragraph_dated: set[int] = set()
    for index, mention in enumerate(mentions):
        line = _paragraph_line(analysis, mention.start)
        line_end = max(line.end, mention.wrapped_end or 0)
        following = mentions[index + 1].start if index + 1 < len(mentions) else line_end
        boundary = min(line_end, following) if following > mention.end else line_end
        joined = line.end if mention.wrapped_end else None
        mention.in_body = analysis.in_body(mention.start)
        mention.venue = (
            next(
                (v for v in venues if mention.end <= v.marker_start < boundary and not v.online),
                None,
            )
            if not mention.strong
            else _later_venue(analysis, mention.end, boundary, venues, joined=joined)
        )
        if mention.strong and mention.venue is not None:
            room = _opening_room(analysis, mention, mentions, venues)
            mention.venue = room or mention.venue
        # "โดยสองฝ่ายสามารถจัดการประชุม X เพื่อหารือ...": a meeting that may be held is not placed or
        # dated by the paragraph that reports another event (a courtesy call "ณ กระทรวง Y").
        # "... พบหารือกับ Y ในโอกาสเยือนไทย เพื่อเข้าร่วมการประชุม X": the paragraph's day and place
        # are the visit's, as for a meeting that may be held.
        hypothetical = _hypothetical(analysis, mention, line.start) or _purpose_of_other_event(
            analysis, mention, line.start
        )
        mention.venue = (
            mention.venue
            or (None if hypothetical else _venue_opening_line(analysis, mention, mentions, venues))
            or _venue_continued_line(analysis, mention, mentions, venues)
            or _back_reference_venue(analysis, mention.end, boundary, venues)
            or _back_reference_tail(analysis, mention.end, boundary, venues)[1]
            or next((v for v in venues if mention.end <= v.start < boundary and v.online), None)
        )
        if mention.venue is not None and _nearer_event(analysis, mention, mention.venue):
            mention.venue = None  # the festival's or the exhibition's place, not the meeting's
        if (
            mention.venue is not None
            and _before_or_after(analysis, mention.start, line.start)
            and _other_events_place(analysis, mention, mention.venue)
        ) or (
            mention.venue is not None
            and _before_or_after(analysis, mention.start, line.start, roles=True)
            and _open_area(analysis, mention.venue)
        ):
            mention.venue = None  # the interview's spot, not the meeting's room
        if mention.date is not None or mention.date_from_published:
            continue  # dated by its own pattern (the cabinet's day)
        if _vague_past(analysis, mention):
            mention.vague_past = True
            continue
        attached = next(
            (
                d
                for d in _dates_in(
                    analysis, mention.end, mention.end + _ATTACHED_DATE_GAP + _LONGEST_LEAD
                )
                if mention.end <= d.lead_start <= mention.end + _ATTACHED_DATE_GAP
                and d.lead_start < boundary
                and not _hedged(analysis, mention.end, d)
                and not _other_days_date(analysis, d)
                and not _after_the_meeting(analysis, mention.end, d.lead_start)
            ),
            None,
        )
        if attached is None and not _before_or_after(
            analysis, mention.start, line.start, ("after",)
        ):
            # "กล่าวภายหลังการประชุม ครม. ถึงกรณีที่ ... หารือกับ... เมื่อวันที่ 12 สิงหาคมที่ผ่านมา": after
            # a meeting reported around another event, a later day is that event's story.
            attached = _later_date(analysis, mention.end, boundary, joined)
            mention.date_later = attached is not None
            attached = attached or _held_later_date(analysis, mention.end, boundary, joined)
        attached = attached or _relative_day(
            analysis, mention.end, min(boundary, mention.end + _ATTACHED_DATE_GAP)
        )
        # The bare ประชุม may itself have been read as a nameless mention ("เป็นประธานการประชุมเมื่อ
        # วันที่ 19 ...") that ends this one's boundary: it still refers back to this meeting.
        attached = (
            attached or _back_reference_tail(analysis, mention.end, line_end, venues, boundary)[0]
        )
        if attached is not None:
            mention.date, mention.date_source = attached, "attached"
            used_dates.add(attached.start)
            continue
        if hypothetical:
            continue
        restated = _restated_date(analysis.gazetteer.directory)
        # the paragraph's last day before the meeting that may be its own: the nearest few only
        # (MAX_DAYS_BACK), so that a line of many meetings and days stays linear
        last = next(
            (
                d
                for d in reversed(_dates_in(analysis, line.start, mention.start)[-MAX_DAYS_BACK:])
                if not _SINCE.match(text, d.lead_start)
                and not restated.search(text, max(0, d.lead_start - 10), d.lead_start)
                and not _other_day_before(analysis, d)
                and d.start not in used_dates
                and not inside_mention(d.start, d.start + 1)
            ),
            None,
        )
        # "วันนี้ (5 พ.ค. 67) ... เปิดเผยว่า ... ซึ่งวานนี้ได้ลงพื้นที่... โดยได้มีการประชุม X": a
        # relative day after the paragraph's last date is the meeting's, unless another meeting
        # comes between them ("วันพรุ่งนี้จะมีการประชุม X ... จะจัดการประชุม Y ในปีหน้า").
        since = max(
            [last.end if last is not None else line.start]
            + [m.end for m in mentions if line.start <= m.end <= mention.start]
        )
        counted = _relative_days_between(analysis, since, mention.start)
        if counted:
            mention.date, mention.date_source = counted[-1], "paragraph"
            paragraph_dated.add(line.start)
        elif last is not None:
            mention.date, mention.date_source = last, "paragraph"
            used_dates.add(last.start)
            paragraph_dated.add(line.start)
        elif (
            _TODAY.search(text, line.start, mention.start)
            and analysis.layout.published is not None
            and not _planned_after_today(analysis, line.start, mention.start)
        ):
            # "วันนี้ (1 ธ.ค.) ... เป็นประธานประชุมหารือ X โดยมี A ร่วมประชุมหารือกับ Y": the day that
            # opens the paragraph dates the meeting it reports; a later unnumbered mention there is
            # one in passing with no day of its own (gold.md v2), here or by a back reference.
            if mention.number is None and line.start in paragraph_dated:
                mention.in_passing = True
                continue
            mention.date_from_published, mention.date_source = True, "paragraph"
            paragraph_dated.add(line.start)

    _closing_place(analysis, mentions, venues)


def _after_the_meeting(analysis: Doc, start: int, end: int) -> bool:
    """ "...เรียกประชุมคณะกรรมการ X ... ซึ่งหลังการประชุมดังกล่าว วันนี้ 24 เม.ย.68 ราคายาง...": between
    the meeting and a day, an "after" word of meeting_time_cues.tsv right before ประชุม names the
    meeting again as past: the day is what followed it, not its own ("ผ่านระบบการประชุมทางไกล
    วันจันทร์ที่ 13 ..." names no meeting after another)."""
    after = _after_cue(analysis.gazetteer.directory)
    return after.search(analysis.text, start, end) is not None


@lru_cache(maxsize=8)
def _after_cue(directory: Path) -> re.Pattern[str]:
    after = [row[0] for row in _rows("meeting_time_cues.tsv", directory) if row[1:] == ["after"]]
    return re.compile(rf"(?:{alternation(after)})(?:การ)?ประชุม")


def _planned_after_today(analysis: Doc, line_start: int, start: int) -> bool:
    """ "ภายหลังจากการสัมมนาวันนี้ กรมฯ จะลงสำรวจ... และจัดประชุมกลุ่มย่อยในแต่ละภาค": after an event
    told with วันนี้ (an "after" word of meeting_time_cues.tsv within [meetings] planned_after_lead
    before it), a word of meeting_future_words.txt plans the meeting for a later, unsaid day; today
    is that event's. Without the "after" word, "วันนี้ ... จะเป็นประธานการประชุม X" is held today."""
    text = analysis.text
    directory = analysis.gazetteer.directory
    todays = list(_TODAY.finditer(text, line_start, start))
    if not todays:
        return False
    today = todays[-1]
    reach = analysis.settings(MeetingsSettings).planned_after_lead
    lead = text[max(line_start, today.start() - reach) : today.start()]
    after = [row[0] for row in _rows("meeting_time_cues.tsv", directory) if row[1:] == ["after"]]
    if not any(word in lead for word in after):
        return False
    future = word_list(directory, "meeting_future_words.txt")
    return any(word in text[today.end() : start] for word in future)


@lru_cache(maxsize=8)
def _vague_past_pattern(directory: Path) -> re.Pattern[str]:
    return re.compile(rf"\s?(?:{alternation(word_list(directory, 'meeting_vague_past.txt'))})")


def _vague_past(analysis: Doc, mention: MeetingMention) -> bool:
    """ "การประชุม X ครั้งที่ 3/2565 ผ่านระบบประชุมทางไกล Zoom เมื่อสัปดาห์ที่แล้ว": a past time without
    a day (meeting_vague_past.txt) right after the meeting's name, or after its place there."""
    end = mention.end
    venue = mention.venue
    if (
        venue is not None
        and venue.marker_start >= end
        and not analysis.text[end : venue.marker_start].strip()
    ):
        end = venue.end
    return _vague_past_pattern(analysis.gazetteer.directory).match(analysis.text, end) is not None


def _closing_place(
    analysis: Doc, mentions: list[MeetingMention], venues: list[VenueMention]
) -> None:
    """ "เป็นประธานการประชุม X ครั้งที่ 1/2567 เพื่อเตรียมการจัดการประชุม Y ... โดยมี A B และผู้เกี่ยวข้อง
    เข้าร่วม ณ ห้องประชุม Z": the list of attendants closed by a join word before a place
    (meeting_continuations.tsv) belongs to the first meeting of the paragraph, the one it reports;
    meetings named in passing before the place lose it, unless joined to the one before them by
    และ ("เปิดการประชุม X และการประชุม Y ณ โรงแรม Z": both are held there)."""
    text = analysis.text
    opener, joins, _ = _continuation_patterns(analysis.gazetteer.directory)
    for index, mention in enumerate(mentions):
        line = _paragraph_line(analysis, mention.start)
        first = index == 0 or mentions[index - 1].start < line.start
        if not (first and mention.strong) or mention.venue is not None:
            continue
        venue = next(
            (v for v in venues if mention.end <= v.marker_start < line.end and not v.online), None
        )
        if venue is None:
            continue
        lead = text[max(mention.end, venue.marker_start - 30) : venue.marker_start]
        passing = [m for m in mentions[index + 1 :] if m.start < venue.marker_start]
        if (
            passing
            and joins.search(lead)
            and any(
                opener.match(text, m.start() + 1)
                for m in _SPACE.finditer(text, mention.end, venue.start)
            )
        ):
            mention.venue = venue
            previous = mention
            for m in passing:
                if m.venue is venue and text[previous.end : m.start].strip() != "และ":
                    m.venue = None
                previous = m


def _back_references(
    analysis: Doc, mentions: list[MeetingMention], anchors, account_days: _AccountDays
) -> None:
    """ "สำหรับการประชุมครั้งนี้ จัดขึ้นระหว่างวันที่ 13-15 มิถุนายน 2566": a range given for the
    meeting just reported replaces the day its paragraph opened with (the range holds that day);
    "การประชุมในวันนี้" dates a meeting reported before it with no day of its own (the header's)."""
    text = analysis.text
    back_reference = word_pattern(analysis.gazetteer.directory, "meeting_back_references.txt")
    today_reference = _today_reference(analysis.gazetteer.directory)
    for anchor in anchors:
        if today_reference.match(text, anchor.end()) and analysis.layout.published is not None:
            before = [m for m in mentions if m.start < anchor.start() and m.in_body]
            target = before[-1] if before else None
            if (
                target is not None
                and target.date is None
                and not target.date_from_published
                and not target.in_passing
            ):
                target.date_from_published, target.date_source = True, "back-reference"
            continue
        if not back_reference.match(text, anchor.end()):
            continue
        before = [m for m in mentions if m.start < anchor.start() and m.in_body]
        if not before:
            continue
        target = before[-1]
        # "ได้เข้าร่วมการประชุมดังกล่าวเมื่อวันที่ 1-2 กุมภาพันธ์ 2567 ณ ...": the back-reference's day is
        # the meeting's when the meeting has none of its own, or only one read off its paragraph
        # before it ("คณะรัฐมนตรีมีมติ (30 มกราคม 2567) ...สำหรับการประชุม X"), a single day as well as a
        # range; the day the paragraph opened with (วันนี้, the header's) only by a range holding it.
        free = not target.date_from_published and (
            target.date is None or target.date_source == "paragraph"
        )
        date = account_days.day_referred(anchor.end(), single=free)
        if date is None:
            continue
        current = target.date.date if target.date is not None else None
        if target.date_from_published and analysis.layout.published is not None:
            current = analysis.layout.published.date
        if target.date_source == "attached" and target.date is not None:
            continue
        if (
            free
            or current is None
            or (date.end_date is not None and date.date <= current <= date.end_date)
        ):
            target.date, target.date_from_published = date, False
            target.date_source = "back-reference"


def _back_reference_venue(analysis, start: int, boundary: int, venues) -> VenueMention | None:
    """ "... นอกจากนี้ ได้พิจารณา... โดยมี Y เข้าร่วมการประชุม ณ ห้อง Z": a place right after a
    back-reference to the meeting ("การประชุม ณ") in its paragraph is its place, past break words."""
    text = analysis.text
    same = _same_meeting_after(analysis.gazetteer.directory)
    for core in _ANCHOR_CORE.finditer(text, start, boundary):
        back = same.match(text, core.end())
        if back is None:
            continue
        venue = next(
            (v for v in venues if core.end() <= v.marker_start <= back.end() and not v.online),
            None,
        )
        if venue is not None:
            return venue
    return None


def _back_reference_tail(
    analysis, start: int, boundary: int, venues, cores_until: int | None = None
) -> tuple[DateMatch | None, VenueMention | None]:
    """ "นายX เป็นประธานการประชุม Y โดยมี A B และ C เข้าร่วมการประชุม เมื่อวันที่ 20 เมษายน 2564 ณ
    ห้อง Z" / "... ร่วมประชุม ณ ห้อง Z และผ่านระบบ Zoom เมื่อวันที่ 1 กรกฎาคม 2568": a bare ประชุม (no
    name after it) in the meeting's paragraph is the attendants joining that meeting, and the day
    and place chained right after it (each within `back_reference_tail` characters of the one
    before, in any order) are the meeting's, however long the list of attendants before it."""
    text = analysis.text
    gap = analysis.settings(MeetingsSettings).back_reference_tail
    same = _same_meeting_after(analysis.gazetteer.directory)
    dates = analysis.get(Dates).matches
    for core in _ANCHOR_CORE.finditer(text, start, boundary):
        begins = core.start() - 3 if text.endswith("การ", 0, core.start()) else core.start()
        if cores_until is not None and begins > cores_until:
            break  # "cores_until": the start of the anchor (การประชุม) that ends the stretch
        back = same.match(text, core.end())
        at = back.end() if back is not None and back.group().strip() != "ณ" else core.end()
        date: DateMatch | None = None
        venue: VenueMention | None = None
        while True:
            nxt_date = next(
                (
                    d
                    for d in dates
                    if at <= d.lead_start <= at + gap
                    and d.lead_start < boundary
                    and _DATE_LEAD_WORD.match(text, d.lead_start)
                    and _TAIL_JOIN.fullmatch(text[at : d.lead_start])
                ),
                None,
            )
            nxt_venue = next(
                (
                    v
                    for v in venues
                    if at <= v.marker_start <= at + gap
                    and v.marker_start < boundary
                    and _TAIL_JOIN.fullmatch(text[at : v.marker_start])
                ),
                None,
            )
            if date is None and nxt_date is not None:
                date, at = nxt_date, nxt_date.end
            elif nxt_venue is not None:
                # a second place ("ณ ห้อง Z และผ่านระบบ Zoom") does not replace a physical first one
                if venue is None or (venue.online and not nxt_venue.online):
                    venue = nxt_venue
                at = nxt_venue.end
            else:
                break
        if date is not None or venue is not None:
            return date, venue
    return None, None


# What may stand between the bare ประชุม, its day and its places: spaces, a closing parenthesis of
# the date, or the "และ" joining a second (online) place.
_TAIL_JOIN = re.compile(r"[\s)]*(?:และ\s?)?")


@lru_cache(maxsize=8)
def _continuation_patterns(
    directory: Path,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    rows = _rows("meeting_continuations.tsv", directory)
    openers = [row[0] for row in rows if row[1:] and row[1] == "opener"]
    joins = [row[0] for row in rows if row[1:] and row[1] == "joins"]
    sequels = [row[0] for row in rows if row[1:] and row[1] == "next"]
    return (
        re.compile(rf"[ \t\u200b\ufeff]*(?:{alternation(openers)})"),
        re.compile(rf"(?:{alternation(joins)})\s?$"),
        re.compile(rf"[ \t\u200b\ufeff]*(?:{alternation(sequels)})"),
    )


_OPENING_MARKER = re.compile(r"[ \t\u200b\ufeff]*ณ")


def _venue_continued_line(analysis, mention, mentions, venues) -> VenueMention | None:
    """ "... เป็นประธานการประชุมคณะกรรมการ X ครั้งที่ 4/2567" / "โดยมี (names) ... ร่วมประชุม ณ
    ห้องประชุม Y": a paragraph that continues the meeting's sentence (it opens with โดยมี) and
    names no meeting of its own places the meeting where its attendants joined it; so does one
    that opens with the place itself ("ณ ศูนย์การประชุม Y ...": the sentence wrapped)."""
    if not mention.in_body:
        return None
    line = analysis.line_at(mention.start)
    if any(m.start > mention.start and m.start < line.end for m in mentions):
        return None  # a later meeting in the paragraph would take the next paragraph's place
    if line.end + 1 >= len(analysis.text):
        return None
    text = analysis.text
    following = analysis.line_at(line.end + 1)
    if following.start <= line.start:
        return None
    if any(following.start <= m.start < following.end for m in mentions):
        return None  # the place would open that meeting's paragraph
    # "... ประชุม X ครั้งที่ 16 เมื่อวันที่ 24 - 26 มิ.ย. 66" / "ณ ศูนย์การประชุม Y มีนักธุรกิจ...": a
    # line that opens with ณ goes on with the sentence before it (a line opening with ที่ may be a
    # new account's dateline: "ที่ทำเนียบรัฐบาล นาย...").
    marker = _OPENING_MARKER.match(text, following.start)
    opening = marker and next(
        (v for v in venues if v.marker_start == marker.end() - 1 and not v.online), None
    )
    if opening is not None:
        return opening
    opener, joins, _ = _continuation_patterns(analysis.gazetteer.directory)
    place = next(
        (
            v
            for v in venues
            if following.start <= v.marker_start < following.end
            and not v.online
            and joins.search(text, max(following.start, v.marker_start - 30), v.marker_start)
        ),
        None,
    )
    if place is None or opener.match(text, following.start):
        return place
    # "... เป็นประธานการประชุมติดตาม X" / "สำหรับแพลตฟอร์ม Y ... โดยมีผู้แทนจาก A B และผู้ที่เกี่ยวข้อง
    # เข้าร่วม ณ ห้องประชุม 801 ...": the sentence wrapped mid-phrase; the attendants' clause it goes on
    # with (a spaced opener, then a join word right before the place) still places the meeting its
    # paragraph reports.
    spaced = any(
        opener.match(text, m.start() + 1)
        for m in _SPACE.finditer(text, following.start, place.marker_start)
    )
    return place if mention.strong and spaced else None


def _venue_opening_line(analysis, mention, mentions, venues) -> VenueMention | None:
    """ "วันนี้ ... ณ ตึกสันติไมตรี ทำเนียบรัฐบาล นายX เป็นประธานการประชุม...": the place comes first."""
    line = _paragraph_line(analysis, mention.start)
    if any(line.start <= m.start < mention.start for m in mentions if m is not mention):
        return None
    # A place in the paragraph's opening, or one not far before the meeting: in a long paragraph
    # the place of something else ("...โอลิมปิกเกมส์ ณ กรุงปารีส ... ในการประชุม ครั้งที่ 3/2567")
    # is not the meeting's.
    opens_by = _opening_end(analysis, line)
    near = analysis.settings(MeetingsSettings).venue_window
    before = [
        v
        for v in venues
        if not v.online
        and line.start <= v.marker_start
        and v.end <= mention.start
        and (v.marker_start <= opens_by or mention.start - v.end <= near)
    ]
    return before[0] if before else None


def _opening_room(analysis, mention, mentions, venues) -> VenueMention | None:
    """ "เมื่อวันที่ 12 เมษายน 2564 ที่ห้องประชุม X อาคาร Y นายZ เป็นประธานการประชุม... ณ อาคาร W": a
    meeting room (meeting_rooms.txt) that opens the paragraph is the meeting's, not a later place."""
    opening = _venue_opening_line(analysis, mention, mentions, venues)
    if opening is None or not word_pattern(analysis.gazetteer.directory, "meeting_rooms.txt").match(
        analysis.text, opening.start
    ):
        return None
    return opening


def _opening_end(analysis: Doc, line) -> int:
    """Where a paragraph's opening may end: a paragraph that opens with its day ("วันนี้ (...)",
    "เมื่อวันที่ ...") opens up to its first meeting, others for `opening_window` characters; one
    that opens with a topic break ("ทั้งนี้", "ต่อมา") has no opening."""
    text = analysis.text
    start = line.start
    while start < line.end and text[start] in " \t\u200b\ufeff":
        start += 1
    lead = analysis.settings(MeetingsSettings).opening_date_lead
    dated = any(
        start <= d.start and d.lead_start <= start + lead for d in analysis.get(Dates).matches
    )
    topic_break = _break_pattern(analysis.gazetteer.directory, "venue").match(
        " " + text[start : start + 20]
    )
    if topic_break is not None and not dated:
        # "นอกจากนี้ เมื่อวันที่ 15 สิงหาคม 2567 ที่ผ่านมา ... ได้เข้าร่วมการประชุม X": a topic break
        # followed by a day opens a new account; without a day it goes on with the last one.
        return line.start - 1
    if dated:
        return line.end
    # ... or with the person it is about ("นายX ตำแหน่ง... ณ ห้องประชุม Y เป็นประธานการประชุม...")
    if any(start <= p.start <= start + 12 for p in analysis.get(PersonsFound).mentions):
        return line.end
    return line.start + analysis.settings(MeetingsSettings).opening_window


@functools.lru_cache(maxsize=65536)
def _normalise_name(name: str) -> str:
    return re.sub(r"[\s\W]|^การ", "", name)


def _same_meeting(analysis: Doc, a: MeetingMention, b: MeetingMention) -> bool:
    if a.number is not None and b.number is not None and a.number != b.number:
        return False
    own = ("own", "attached")
    if (
        a.date_source in own
        and b.date_source in own
        and a.date is not None
        and b.date is not None
        and a.date.date != b.date.date
    ):
        return False  # one name, two days: two sittings
    cabinet_a, cabinet_b = _cabinet_sitting(analysis, a), _cabinet_sitting(analysis, b)
    if cabinet_a or cabinet_b:
        return cabinet_a and cabinet_b
    text = analysis.text
    name_a = _normalise_name(text[a.name_span[0] : a.name_span[1]]) if a.name_span else ""
    name_b = _normalise_name(text[b.name_span[0] : b.name_span[1]]) if b.name_span else ""
    same_number = a.number is not None and a.number == b.number
    if same_number and (not a.in_body or not b.in_body):
        return True
    # "ในคราวประชุมครั้งที่ 5/2566" is the board named near it; far off in a long brief (another
    # item of a cabinet summary) "การประชุม ADGMIN ครั้งที่ 5" is another meeting of that number,
    # unless both give the same day.
    near = abs(a.start - b.start) <= analysis.settings(MeetingsSettings).nameless_number_gap
    near = near or (a.date is not None and b.date is not None and a.date.date == b.date.date)
    near = near or _restated_heading(analysis, a, b)
    if same_number:
        if not name_a or not name_b:
            return near
        if name_a.rstrip("ฯ").endswith(("ประชุม", "คณะ")) or name_b.rstrip("ฯ").endswith(
            ("ประชุม", "คณะ")
        ):
            return near
        if _acronym_of(analysis, a, b) or _acronym_of(analysis, b, a):
            return True
    if not name_a or not name_b:
        return False
    short, long_ = sorted((name_a.replace("ฯ", ""), name_b.replace("ฯ", "")), key=len)
    if short in (_normalise_name("การประชุม"), "") and not (same_number and near):
        return False  # "การประชุมครั้งที่ 6/2566" of one board is not every other meeting
    if short and short in long_:
        return True
    # "การประชุมเชิงปฏิบัติการพัฒนา...เฉลิมพระเกียรติฯ สนับสนุน..." and, in full, "การประชุม
    # เชิงปฏิบัติการพัฒนา...เฉลิมพระเกียรติและศึกษาดูงาน...": a name cut short with ฯ goes on
    # where its stem (the words before ฯ) goes on in the full name.
    for cut, full in ((name_a, name_b), (name_b, name_a)):
        stem = cut.partition("ฯ")[0]
        if "ฯ" in cut and stem not in (_normalise_name("การประชุม"), "") and stem in full:
            return True
    return _similar_names(name_a, name_b)


def _cabinet_sitting(analysis: Doc, mention: MeetingMention) -> bool:
    """A cabinet meeting: read as one ("ที่ประชุม ครม. (28 พ.ย.)") or, numbered, named only by the
    cabinet's name ("การประชุมคณะรัฐมนตรี ครั้งที่ 8", the same sitting as "ที่ประชุม ครม.")."""
    if mention.cabinet:
        return True
    if mention.name_span is None:
        return False
    text = analysis.text
    head = _ANCHOR.match(text, mention.name_span[0], mention.name_span[1])
    pattern = _cabinet(analysis.gazetteer.directory)[0]
    return (
        head is not None and pattern.fullmatch(text, head.end(), mention.name_span[1]) is not None
    )


def _restated_heading(analysis: Doc, a: MeetingMention, b: MeetingMention) -> bool:
    """A cabinet summary lists its items first and repeats each heading over its text ("13. เรื่อง
    ผลการพิจารณาของคณะกรรมการ... ในคราวประชุม ครั้งที่ 19/2563"): the same words from the start of
    the line to the mention, spaces aside, are one mention written twice."""

    # a mention deep in a paragraph is no heading (and its lead is long to compare)
    leads = []
    for mention in (a, b):
        start = analysis.line_at(mention.start).start
        if mention.end - start > _HEADING_CHARS:
            return False
        leads.append(_normalise_name(analysis.text[start : mention.end]))
    return leads[0] == leads[1]


# The longest heading of a cabinet summary's item, from its line's start to the meeting in it.
_HEADING_CHARS = 400


# "การประชุม ILC": a meeting named only by a Latin abbreviation after its head word.
_ACRONYM_NAME = re.compile(r"(?:การ)?ประชุม\s?([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\s*$")


def _acronym_of(analysis: Doc, short: MeetingMention, full: MeetingMention) -> bool:
    """ "การประชุมประจำปีองค์การแรงงานระหว่างประเทศ (International Labour Conference: ILC) สมัยที่
    110" ... "การประชุม ILC สมัยที่ 110": with the same number, a name that is only an abbreviation
    written in the other meeting's name (or its English gloss) is that meeting."""
    if short.name_span is None:
        return False
    text = analysis.text
    m = _ACRONYM_NAME.fullmatch(text, short.name_span[0], short.name_span[1])
    if m is None:
        return False
    full_end = max(full.end, full.name_en_span[1] if full.name_en_span else full.end)
    return re.search(rf"\b{re.escape(m.group(1))}\b", text[full.start : full_end]) is not None


@functools.lru_cache(maxsize=65536)
def _similar_names(name_a: str, name_b: str) -> bool:
    # Cached: a long text repeats its names, and every mention is compared with every meeting.
    # The quick ratios bound ratio() from above: the same answer, without the full match for
    # names far apart.
    matcher = difflib.SequenceMatcher(None, name_a, name_b, autojunk=False)
    return (
        matcher.real_quick_ratio() >= 0.6
        and matcher.quick_ratio() >= 0.6
        and matcher.ratio() >= 0.6
    )


def _other_sitting(analysis: Doc, mention: MeetingMention, meeting: MeetingGroup) -> bool:
    """A body mention with a day or a place of its own is another sitting than the meeting it would
    join, when that meeting is held on another day or at another place (gold.md v2: a meeting
    mentioned in passing with its own date or venue is recorded).

    "จากการที่คณะรัฐมนตรีได้เสนอในการประชุมคณะรัฐมนตรีเมื่อวันที่ 9 มกราคม 2567" in a brief of today's
    cabinet, "มีการนัดหมายการประชุมคณะอนุกรรมการ X ครั้งที่ 1/2566 ในวันที่ 2 พฤศจิกายน" after the
    meeting that set it: the meeting's day may come from its paragraph or the published day, not
    only its own words as _same_meeting asks. "ร่วมงานการประชุมใหญ่สามัญประจำปี สหภาพ A ณ สนามกีฬา...
    และกล่าวร่วมงานการประชุมใหญ่สามัญประจำปีสหภาพ B ณ อาคารศาลาประชาคม...": two places neither of
    which names the other. One session number of one board is one sitting whatever days its
    mentions read (one of them misread)."""
    if not mention.in_body:
        return False
    if mention.number is not None and meeting.first("number") == mention.number:
        return False
    return _other_day(analysis, mention, meeting) or _other_place(analysis, mention, meeting)


def _other_day(analysis: Doc, mention: MeetingMention, meeting: MeetingGroup) -> bool:
    date = mention.date
    if date is None or mention.date_source not in ("own", "attached"):
        return False
    day, from_published = meeting.dating(analysis.layout.published)
    if day is None and from_published:
        day = analysis.layout.published
    if day is None:
        return False
    if date.end_date is not None and date.date <= day.date <= date.end_date:
        return False
    if day.end_date is not None and day.date <= date.date <= day.end_date:
        return False
    return date.date != day.date


@lru_cache(maxsize=8)
def _placeless_venue(directory: Path) -> re.Pattern[str]:
    return re.compile(alternation(word_list(directory, "meeting_placeless_venues.txt")))


def _other_place(analysis: Doc, mention: MeetingMention, meeting: MeetingGroup) -> bool:
    own, held = mention.venue, meeting.venue
    if own is None or held is None or own.online or held.online:
        return False
    text = analysis.text
    placeless = _placeless_venue(analysis.gazetteer.directory)
    if any(placeless.match(text, v.start, v.end) for v in (own, held)):
        return False
    a = _normalise_name(text[own.start : own.end])
    b = _normalise_name(text[held.start : held.end])
    return a not in b and b not in a and not _mostly_shared(a, b)


# Share of the shorter of two places' names that one stretch both hold makes them one place told two
# ways ("ห้องบอลรูม ชั้น ๒ โรงแรม รามาดา ... ถนนรัชดาภิเษก" and "โรงแรม รามาดา ... ถนนรัชดาภิเษก
# กรุงเทพฯ"); two rooms of one ministry share less ("ห้องประชุม 1 กระทรวงมหาดไทย").
_SHARED_PLACE = 0.7


def _mostly_shared(a: str, b: str) -> bool:
    shorter = min(len(a), len(b))
    if not shorter:
        return False
    match = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(
        0, len(a), 0, len(b)
    )
    return match.size >= _SHARED_PLACE * shorter


def group_meetings(analysis: Doc, mentions: list[MeetingMention]) -> list[MeetingGroup]:
    """Merge mentions of one meeting; an unnumbered header-only mention survives only in a brief
    whose body names no meeting."""
    body = [m for m in mentions if m.in_body and not m.generic]
    header = [m for m in mentions if not m.in_body and not m.generic]
    meetings: list[MeetingGroup] = []
    # Which meetings hold a mention of each session number, and which one without: a mention
    # numbered N can only join those (_same_meeting refuses two different numbers). Asking every
    # meeting in turn was quadratic on a text of thousands of numbered meetings.
    numbered: dict[int, set[int]] = {}
    unnumbered: set[int] = set()
    index_of: dict[int, int] = {}
    for mention in body + header:
        if mention.number is None:
            candidates: Iterable[int] = range(len(meetings))
        else:
            candidates = sorted(numbered.get(mention.number, set()) | unnumbered)
        target = next(
            (
                meetings[i]
                for i in candidates
                if any(_same_meeting(analysis, mention, x) for x in meetings[i].mentions)
                and not _other_sitting(analysis, mention, meetings[i])
            ),
            None,
        )
        if target is None and not mention.in_body and mention.number is not None:
            # A headline's "ประชุม ศบศ. ครั้งที่ 4" names the one meeting the body reports without
            # a number ("เป็นประธานการประชุม คณะกรรมการบริหารสถานการณ์เศรษฐกิจ...").
            reported = [
                mt
                for mt in meetings
                if mt.first("number") is None and any(m.strong and m.in_body for m in mt.mentions)
            ]
            if len(reported) == 1:
                target = reported[0]
        if target is None:
            if not mention.in_body and mention.number is None and body:
                # the headline restates a meeting of the body; one whose body names none ("พล.อ.X
                # ร่วมประชุม ศปช.ส่วนหน้า ณ อ.แม่สาย", the body on what was discussed) is its own
                continue
            target = MeetingGroup()
            index_of[id(target)] = len(meetings)
            meetings.append(target)
        target.mentions.append(mention)
        if mention.number is None:
            unnumbered.add(index_of[id(target)])
        else:
            numbered.setdefault(mention.number, set()).add(index_of[id(target)])
    for mention in (m for m in mentions if m.generic and m.in_body):
        _merge_generic(analysis, meetings, mention)
    for meeting in meetings:
        meeting.fuller_venue = _fuller_venue(analysis, meeting)
    _share_related_venue(analysis, meetings)
    # The gold definition: a meeting is recorded when the text gives its number, date or venue.
    # An online "place" alone is too weak a sign ("การประชุมผ่านสื่ออิเล็กทรอนิกส์" in a regulation,
    # a headline repeating the body's meeting): such a meeting also needs a number or a date.
    return [
        meeting
        for meeting in meetings
        if meeting.first("number") is not None
        or meeting.first("date") is not None
        or (meeting.venue is not None and not meeting.venue.online)
        or any(m.date_from_published for m in meeting.mentions)
    ]


@lru_cache(maxsize=8)
def _related_pattern(directory: Path) -> re.Pattern[str]:
    words = alternation(word_list(directory, "meeting_related.txt"))
    return re.compile(rf"\s?(?:และ)?\s?(?:{words})")


def _share_related_venue(analysis: Doc, meetings: list[MeetingGroup]) -> None:
    """ "ร่วมประชุม X ครั้งที่ 14 และการประชุมอื่นที่เกี่ยวข้อง ณ กรุงลิมา สาธารณรัฐเปรู": the meetings
    the brief reports besides X, named without a place, are held at X's place too."""
    text = analysis.text
    pattern = _related_pattern(analysis.gazetteer.directory)
    host = next(
        (
            mt
            for mt in meetings
            if mt.venue is not None
            and not mt.venue.online
            and any(pattern.match(text, m.end) for m in mt.mentions)
        ),
        None,
    )
    if host is None:
        return
    published = analysis.layout.published
    day = host.dating(published)[0]
    if day is None:
        return
    # Held alongside: within [meetings] related_days of the host's day (a later session, the
    # cabinet that hears of it, a meeting cited from years before are not).
    near = analysis.settings(MeetingsSettings).related_days
    for meeting in meetings:
        if meeting is host or meeting.venue is not None:
            continue
        if any(m.cabinet for m in meeting.mentions):
            continue
        other = meeting.dating(published)[0]
        if other is not None and abs((other.date - day.date).days) <= near:
            meeting.fuller_venue = host.venue


def _fuller_venue(analysis: Doc, meeting: MeetingGroup) -> VenueMention | None:
    """ "... ที่อินเดีย" in one mention, "ณ กรุงนิวเดลี สาธารณรัฐอินเดีย" in another: the fuller
    phrase that holds the shorter one names the same place more precisely."""
    best = meeting.venue
    if best is None or best.online:
        return None
    text = analysis.text
    found = None
    for m in meeting.mentions:
        v = m.venue
        if v is None or v.online or v.end - v.start <= best.end - best.start:
            continue
        if text[best.start : best.end] in text[v.start : v.end]:
            found, best = v, v
    return found


@lru_cache(maxsize=8)
def _postponed_pattern(directory: Path) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(word_list(directory, 'meeting_postponed_before.txt'))})$")


def _postponed(analysis: Doc, mention: MeetingMention) -> bool:
    """ "จึงเลื่อนการประชุมไปเป็นวันพุธ ที่ 11 ธันวาคม": a nameless mention of the meeting reported
    before it, moved to a new day (meeting_postponed_before.txt)."""
    text = analysis.text
    before = text[max(0, mention.start - 12) : mention.start]
    return bool(_postponed_pattern(analysis.gazetteer.directory).search(before))


def _merge_generic(analysis: Doc, meetings: list[MeetingGroup], mention: MeetingMention) -> None:
    """A nameless "การประชุมระหว่างวันที่ ... ณ ..." belongs to the meeting reported last before it:
    it gives that meeting a place it lacks, and its range replaces a day the range holds."""
    before = [
        (max(m.start for m in mt.mentions if m.start < mention.start), mt)
        for mt in meetings
        if any(m.in_body and m.start < mention.start for m in mt.mentions)
    ]
    if not before:
        meetings.append(MeetingGroup(mentions=[mention]))
        return
    target = max(before, key=lambda x: x[0])[1]
    date = mention.date
    if date is not None and _postponed(analysis, mention):
        # "ตามกำหนดการเดิม การประชุมคณะรัฐมนตรี กำหนดให้มีการประชุมทุกวันอังคาร ... จึงเลื่อนการประชุม
        # ไปเป็นวันพุธ ที่ 11 ธันวาคม 2567": the meeting moved to the new day.
        for m in target.mentions:
            m.date, m.date_from_published = None, False
        target.mentions[0].date = date
        mention.date = None
        target.mentions.append(mention)
        return
    if date is not None:
        current = target.first("date")
        if current is None and any(m.date_from_published for m in target.mentions):
            current = analysis.layout.published
        if (
            mention.date_source in ("attached", "own")
            and current is not None
            and date.date != current.date
            and not (date.end_date is not None and date.date <= current.date <= date.end_date)
            and not (current.end_date is not None and current.date <= date.date <= current.end_date)
        ):
            # "คณะรัฐมนตรีในคราวการประชุมเมื่อวันที่ 5 พฤศจิกายน 2567" after a meeting of another
            # day: an earlier meeting mentioned in passing, with a day of its own.
            meetings.append(MeetingGroup(mentions=[mention]))
            return
        if current is None or (
            date.end_date is not None and date.date <= current.date <= date.end_date
        ):
            for m in target.mentions:
                m.date, m.date_from_published = None, False
            target.mentions[0].date = date
    mention.date = None
    target.mentions.append(mention)


@dataclass
class MeetingsFound:
    """Slot of the `meetings` component: the meetings, each with its mentions."""

    meetings: list[MeetingGroup]


@component(
    "meetings",
    requires=(Layout, Tokens, Dates, PersonsFound, VenuesFound),
    assigns=(MeetingsFound,),
    config=MeetingsSettings,
)
class MeetingsComponent:
    """Meetings with their dates and venues; chairs come from the persons' chair cues."""

    def __init__(self, settings: None, resources: Resources) -> None:
        pass

    def __call__(self, doc: Doc) -> None:
        people = sorted(m.start for m in doc.get(PersonsFound).mentions)
        mentions = find_meeting_mentions(doc, doc.get(VenuesFound).venues, [], people)
        doc.set(MeetingsFound(group_meetings(doc, mentions)))

    def contribute(self, doc: Doc, draft: RecordDraft) -> None:
        meetings = doc.get(MeetingsFound).meetings
        officials = doc.get(PersonsFound).recorded()
        owner = _CueOwners(doc, meetings)
        # Each official's chair cues name their meetings once; asking every meeting about every
        # cue was cubic on a text with thousands of meetings and officials.
        chairs_of: dict[int, list[str]] = {}
        for official in officials:
            cues = [m.chair_cue for m in official.mentions if m.chair_cue is not None]
            for key in {id(mt) for mt in map(owner, cues) if mt is not None}:
                chairs_of.setdefault(key, []).append(written_name(doc, official.primary))
        records = []
        for meeting in meetings:
            chairs = list(chairs_of.get(id(meeting), []))
            records.append(meeting_record(doc, meeting, chairs))
            for mention in meeting.mentions:
                draft.add_span(mention.start, mention.end, "MEETING")
                if mention.venue is not None and not mention.venue.online:
                    draft.add_span(mention.venue.start, mention.venue.end, "LOCATION")
        draft.set("meetings", records)


def meeting_record(analysis: Doc, meeting: MeetingGroup, chairs: list[str]) -> Meeting:
    primary = meeting.primary
    date_value = None
    published = analysis.layout.published
    date, from_published = meeting.dating(published)
    if date is not None:
        span = analysis.evidence(date.start, date.end)
        date_value = DateValue(
            date=date.iso, end_date=date.end_iso, text=span.text, start=span.start, end=span.end
        )
    elif from_published and published:
        span = analysis.evidence(published.lead_start, published.end)
        date_value = DateValue(date=published.iso, text=span.text, start=span.start, end=span.end)
    venue_value = None
    venue = meeting.venue
    if venue is not None:
        span = analysis.evidence(venue.start, venue.end)
        venue_text = analysis.text[venue.start : venue.end]
        country = None if venue.online else venue_country(analysis, venue_text, venue.start)
        # Like every value with offsets, the venue's text is the original slice (Thai digits kept).
        venue_value = Venue(
            text=span.text, country=country, start=span.start, end=span.end, online=venue.online
        )
    name = analysis.value(primary.name_span)
    name_en = next(
        (analysis.value(m.name_en_span) for m in meeting.mentions if m.name_en_span), None
    )
    return Meeting(
        name=name,
        name_en=name_en,
        number=meeting.first("number"),
        date=date_value,
        venue=venue_value,
        country=venue_value.country if venue_value else None,
        chairs=chairs,
        evidence=[analysis.evidence(m.start, m.end) for m in meeting.mentions],
    )


class _CueOwners:
    """The meeting a chair cue belongs to: the first meeting mentioned after it on its line, else
    the nearest before. The mentions are sorted once (by start, then meeting and mention order,
    which is how the earlier scan broke ties) and looked up by bisection."""

    def __init__(self, analysis: Doc, meetings: list[MeetingGroup]) -> None:
        self._analysis = analysis
        order = sorted(
            ((m.start, rank, mt) for rank, mt in enumerate(meetings) for m in mt.mentions),
            key=lambda x: (x[0], x[1]),
        )
        self._starts = [start for start, _, _ in order]
        self._meetings = [mt for _, _, mt in order]
        self._cache: dict[int, MeetingGroup | None] = {}

    def __call__(self, cue: int) -> MeetingGroup | None:
        if cue not in self._cache:
            self._cache[cue] = self._owner(cue)
        return self._cache[cue]

    def _owner(self, cue: int) -> MeetingGroup | None:
        line = self._analysis.line_at(cue)
        starts = self._starts
        i = bisect.bisect_left(starts, cue)
        if i < len(starts) and starts[i] < line.end:
            return self._meetings[i]  # the earliest start at or after the cue, first in order
        if i > 0 and starts[i - 1] >= line.start:
            j = bisect.bisect_left(starts, starts[i - 1])  # ties: the first in order
            return self._meetings[j]
        return None
