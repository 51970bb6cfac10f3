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
import difflib
import re
from dataclasses import dataclass, field

from mjci_extract.dates import DateMatch
from mjci_extract.rules.common import PHRASE_EDGE, Analysis, SpanUnion, strip_span
from mjci_extract.rules.venues import VenueMention

_NUMBER = re.compile(
    r"(?P<word>ครั้งที่|ครั้ง)\s?(?P<n>\d{1,4})(?:\s?/\s?(?P<year>\d{2,4}))?(?!\d)"
    r"|(?P<en>\d{1,3})(?:st|nd|rd|th) (?:[A-Z][A-Za-z\-]* ){0,12}?(?:Meeting|Summit|Session|Conference|Forum|Dialogue)"
)
_ANCHOR = re.compile(r"(?:การ)?ประชุม")
# "ที่ประชุม" is the assembly, "ห้องประชุม" a room: not meetings.
_NOT_ANCHOR_BEFORE = (
    "ที่",
    "ห้อง",
    "สถานที่",
    "ศูนย์",
    "ศูนย์การ",
    "หอ",
    "ผู้เข้าร่วม",
    "ผู้ร่วม",
    "ระบบ",
    "ระบบ ",
)
_GENERIC_NAME = re.compile(
    r"^(?:ฯ|ครั้งนี้|ครั้งนั้น|ครั้งต่อไป|ครั้งหน้า|ดังกล่าว|ในวันนี้|นี้|นั้น|ใน|เพื่อ|ที่|ต่าง|อื่น|และ|มี|จะ"
    r"|ได้|เป็น|ก็|หลัก|ย่อย|หารือ\s*$|\s)"
)
_ORDINAL = re.compile(r"(?P<n>\d{1,3})(?:st|nd|rd|th)\b")
_CLAUSE_BREAK = re.compile(r" (?:โดย|ซึ่ง|ณ|พร้อมทั้ง|ทั้งนี้|นอกจากนี้)|เมื่อวันที่|\n")
_NAME_EN = re.compile(
    r"\s?\((?P<en>[^()\n]*?(?:Meeting|Summit|Session|Conference|Forum|Dialogue|Council)[^()\n]*?)\)"
)
_ATTACHED_DATE_GAP = 40
_MAX_NAME = 350
_MAX_ANCHOR = len("การประชุม")  # the longest _ANCHOR match
_TODAY = re.compile(r"วันนี้|today", re.IGNORECASE)


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


@dataclass
class Meeting:
    mentions: list[MeetingMention] = field(default_factory=list)
    chair_cues: list[int] = field(default_factory=list)

    @property
    def primary(self) -> MeetingMention:
        return self.mentions[0]

    def first(self, attribute: str):
        for mention in self.mentions:
            value = getattr(mention, attribute)
            if value is not None:
                return value
        return None


def _anchor_ok(text: str, start: int) -> bool:
    before = text[max(0, start - 8) : start]
    return not any(before.endswith(word) for word in _NOT_ANCHOR_BEFORE)


def find_meeting_mentions(
    analysis: Analysis,
    venues: list[VenueMention],
    excluded: list[tuple[int, int]],
    person_starts: list[int] = (),
) -> list[MeetingMention]:
    text = analysis.text
    mentions: list[MeetingMention] = []
    numbers = [m for m in _NUMBER.finditer(text) if not _is_other_number(text, m)]
    anchors = [m for m in _ANCHOR.finditer(text) if _anchor_ok(text, m.start())]
    used_anchors: set[int] = set()
    anchor_starts = [a.start() for a in anchors]
    number_starts = [n.start() for n in numbers]
    for number in numbers:
        line = analysis.line_at(number.start())
        if number.group("en"):
            continue  # English ordinals give name_en and a fallback number, attached below
        anchor = _anchor_before(text, anchors, anchor_starts, number_starts, number, line.start)
        if anchor is None:
            continue
        used_anchors.add(anchor.start())
        name = strip_span(text, anchor.start(), number.start(), PHRASE_EDGE)
        mention = MeetingMention(
            start=anchor.start(),
            end=number.end(),
            name_span=name,
            number=int(number.group("n")),
            number_span=(number.start(), number.end()),
        )
        en = _NAME_EN.match(text, number.end())
        if en:
            mention.name_en_span = (en.start("en"), en.end("en"))
            mention.end = en.end()
        mentions.append(mention)
    # Looked up by bisection rather than scanned per anchor (thousands of anchors in a long text).
    numbered_starts = sorted(m.start for m in mentions)
    lookups = _Lookups(analysis, venues, sorted(person_starts), numbered_starts)
    covered = _Sweep([(m.start, m.end) for m in mentions])
    for anchor in anchors:  # in order of their start
        if anchor.start() in used_anchors or covered.covers(anchor.start()):
            continue
        mention = _unnumbered(analysis, anchor, venues, mentions, person_starts, lookups)
        if mention is not None:
            mentions.append(mention)
            covered.add(mention.start, mention.end)
    mentions = [m for m in mentions if not any(s <= m.start < e for s, e in excluded)]
    mentions.sort(key=lambda m: m.start)
    _attach(analysis, mentions, venues)
    return mentions


def _is_other_number(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 5) : m.start()]
    if before.endswith("เป็น") or before.endswith("เป็น "):
        return True  # "เป็นครั้งที่ 2": the second time, not a session number
    return m.group("word") == "ครั้ง" and not m.group("year")


def _anchor_before(text, anchors, anchor_starts, number_starts, number, line_start):
    """The nearest anchor before `number` on its line that can name it: within _MAX_NAME, with no
    clause break and no other number in between. Only the anchors in reach are looked at (by
    bisection on their sorted starts), so a text with thousands of meetings stays linear."""
    best = None
    reach = max(line_start, number.start() - _MAX_NAME - _MAX_ANCHOR)
    first = bisect.bisect_left(anchor_starts, reach)
    last = bisect.bisect_left(anchor_starts, number.start())
    numbers_before = bisect.bisect_left(number_starts, number.start())
    for anchor in anchors[first:last]:
        if number.start() - anchor.end() > _MAX_NAME:
            continue
        between = text[anchor.end() : number.start()]
        if _CLAUSE_BREAK.search(between):
            continue
        if bisect.bisect_left(number_starts, anchor.end()) < numbers_before:
            continue  # another number comes between
        best = anchor  # the nearest anchor wins: keep scanning forward
    return best


def _unnumbered(
    analysis: Analysis,
    anchor: re.Match[str],
    venues: list[VenueMention],
    mentions: list[MeetingMention],
    person_starts: list[int],
    lookups: _Lookups | None = None,
) -> MeetingMention | None:
    """A named meeting without "ครั้งที่": it needs a place, a date or an English ordinal name.

    "เป็นประธานการประชุมคณะกรรมการ X ณ ห้อง Y", "การประชุม X (4th ... Meeting) ที่ศูนย์การประชุม...",
    or, when the place opens the paragraph, "ณ ตึกสันติไมตรี ... เป็นประธานการประชุมคณะรัฐมนตรี".
    """
    text = analysis.text
    line = analysis.line_at(anchor.start())
    name_start = anchor.end()
    if _GENERIC_NAME.match(text[name_start : name_start + 12]):
        return None
    stop = _CLAUSE_BREAK.search(text, name_start, line.end)
    clause_end = stop.start() if stop else line.end
    if lookups is None:
        lookups = _Lookups(
            analysis, venues, sorted(person_starts), sorted(m.start for m in mentions)
        )
    if lookups.numbered.within(anchor.start() + 1, clause_end):
        return None
    # A person named in the clause ends the name ("การประชุมนายX ...", "ประชุมหารือกับนายY").
    person = next(iter(lookups.persons.within(name_start, clause_end)), None)
    ends: list[int] = []
    number = None
    name_en = None
    english = _NAME_EN.search(text, name_start, clause_end + 1)
    if english and not _ORDINAL.match(english.group("en")):
        english = None  # "(Zoom Meeting)" names a tool, not this meeting
    if english:
        ends.append(english.start())
        name_en = (english.start("en"), english.end("en"))
        ordinal = _ORDINAL.match(english.group("en"))
        number = int(ordinal.group("n")) if ordinal else None
    venue = next(
        (v for v in lookups.venue_markers.within(name_start + 1, clause_end + 3) if not v.online),
        None,
    )
    if venue is not None:
        ends.append(venue.marker_start)
    # Only a date introduced as the meeting's day ("... วันที่ 3 ก.ค.", "ระหว่างวันที่ ...") names it.
    date = next(
        (
            d
            for d in lookups.date_leads.within(
                name_start + 1, min(clause_end + 2, name_start + _MAX_NAME) + 1
            )
            if d.lead_start < d.start
        ),
        None,
    )
    if date is not None:
        ends.append(date.lead_start)
    if not ends:
        placed_before = any(
            not v.online and line.start <= v.marker_start < anchor.start() for v in venues
        ) and text[max(line.start, anchor.start() - 12) : anchor.start()].endswith("เป็นประธาน")
        if not placed_before:
            return None
        ends.append(clause_end)
    name = strip_span(
        text, anchor.start(), min(ends + ([person] if person is not None else [])), PHRASE_EDGE
    )
    if name[1] - name[0] < 12:
        return None
    mention = MeetingMention(start=anchor.start(), end=name[1], name_span=name, number=number)
    if name_en is not None:
        mention.name_en_span = name_en
        mention.end = english.end()
    return mention


def _attach(analysis: Analysis, mentions: list[MeetingMention], venues: list[VenueMention]) -> None:
    text = analysis.text
    used_dates: set[int] = set()
    today_ends: dict[int, int | None] = {}
    by_marker = _ByOffset(venues, [v.marker_start for v in venues])
    by_start = _ByOffset(venues, [v.start for v in venues])
    date_leads = _ByOffset(analysis.dates, [d.lead_start for d in analysis.dates])
    date_starts = _ByOffset(analysis.dates, [d.start for d in analysis.dates])
    inside_mentions = SpanUnion([(m.start, m.end) for m in mentions])
    mention_starts = sorted(m.start for m in mentions)
    for index, mention in enumerate(mentions):
        line = analysis.line_at(mention.start)
        following = mentions[index + 1].start if index + 1 < len(mentions) else line.end
        boundary = min(line.end, following) if following > mention.end else line.end
        mention.in_body = analysis.in_body(mention.start)
        mention.venue = (
            next(
                (v for v in by_marker.within(mention.end, boundary) if not v.online),
                None,
            )
            or _venue_opening_line(analysis, mention, mentions, venues, mention_starts, by_marker)
            or next((v for v in by_start.within(mention.end, boundary) if v.online), None)
        )
        attached = next(
            iter(
                date_leads.within(mention.end, min(mention.end + _ATTACHED_DATE_GAP + 1, boundary))
            ),
            None,
        )
        if attached is not None:
            mention.date = attached
            used_dates.add(attached.start)
            continue
        # The last date on the line before the mention that is free and inside no mention.
        before = next(
            (
                d
                for d in reversed(date_starts.within(line.start, mention.start))
                if d.start not in used_dates and not inside_mentions.covers(d.start)
            ),
            None,
        )
        if before is not None:
            mention.date = before
            used_dates.add(before.start)
        elif (
            _today_before(text, line, mention.start, today_ends)
            and analysis.layout.published is not None
        ):
            mention.date_from_published = True


class _Lookups:
    """What `_unnumbered` looks up around an anchor, indexed once per document."""

    def __init__(self, analysis, venues, person_starts, numbered_starts) -> None:
        self.persons = _ByOffset(person_starts, person_starts)
        self.numbered = _ByOffset(numbered_starts, numbered_starts)
        self.venue_markers = _ByOffset(venues, [v.marker_start for v in venues])
        self.date_leads = _ByOffset(analysis.dates, [d.lead_start for d in analysis.dates])


class _Sweep:
    """Whether an offset lies in one of a set of [start, end) spans, for offsets asked in
    increasing order; spans added later must start at or before the next offset asked."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.next = 0
        self.reach = -1  # the furthest end of the spans that start at or before the last offset

    def covers(self, offset: int) -> bool:
        while self.next < len(self.spans) and self.spans[self.next][0] <= offset:
            self.reach = max(self.reach, self.spans[self.next][1])
            self.next += 1
        return offset < self.reach

    def add(self, start: int, end: int) -> None:
        self.reach = max(self.reach, end)


class _ByOffset:
    """Items looked up by an offset of theirs: those with `lo <= offset < hi`, in list order,
    found by bisection instead of a scan of every item."""

    def __init__(self, items: list, offsets: list[int]) -> None:
        self.items = items
        self.order = sorted(range(len(items)), key=lambda i: offsets[i])
        self.offsets = [offsets[i] for i in self.order]

    def within(self, lo: int, hi: int) -> list:
        first = bisect.bisect_left(self.offsets, lo)
        last = bisect.bisect_left(self.offsets, hi)
        return [self.items[i] for i in sorted(self.order[first:last])]


def _today_before(text: str, line, offset: int, cache: dict[int, int | None]) -> bool:
    """Whether "วันนี้"/"today" stands on `line` before `offset`: the line's first one ends by
    then (a later one would end later still). Looked up once per line, not once per mention."""
    if line.start not in cache:
        found = _TODAY.search(text, line.start, line.end)
        cache[line.start] = found.end() if found else None
    end = cache[line.start]
    return end is not None and end <= offset


def _venue_opening_line(
    analysis, mention, mentions, venues, mention_starts=None, by_marker=None
) -> VenueMention | None:
    """ "วันนี้ ... ณ ตึกสันติไมตรี ทำเนียบรัฐบาล นายX เป็นประธานการประชุม...": the place comes first.

    `mention_starts` (sorted) and `by_marker` (venues by marker_start) make it a lookup."""
    line = analysis.line_at(mention.start)
    if mention_starts is None:
        mention_starts = sorted(m.start for m in mentions)
    if bisect.bisect_left(mention_starts, mention.start) > bisect.bisect_left(
        mention_starts, line.start
    ):
        return None  # another mention comes first on the line
    if by_marker is None:
        by_marker = _ByOffset(venues, [v.marker_start for v in venues])
    # v.end <= mention.start implies v.marker_start < mention.start.
    before = (
        v
        for v in by_marker.within(line.start, mention.start)
        if not v.online and v.end <= mention.start
    )
    return next(before, None)


def _normalise_name(name: str) -> str:
    return re.sub(r"[\s\W]|^การ", "", name)


def _same_meeting(analysis: Analysis, a: MeetingMention, b: MeetingMention) -> bool:
    if a.number is not None and b.number is not None and a.number != b.number:
        return False
    text = analysis.text
    name_a = _normalise_name(text[a.name_span[0] : a.name_span[1]]) if a.name_span else ""
    name_b = _normalise_name(text[b.name_span[0] : b.name_span[1]]) if b.name_span else ""
    if a.number is not None and a.number == b.number:
        if not name_a or not name_b or not a.in_body or not b.in_body:
            return True
        if name_a.rstrip("ฯ").endswith(("ประชุม", "คณะ")) or name_b.rstrip("ฯ").endswith(
            ("ประชุม", "คณะ")
        ):
            return True
    if not name_a or not name_b:
        return False
    short, long_ = sorted((name_a.replace("ฯ", ""), name_b.replace("ฯ", "")), key=len)
    if short and short in long_:
        return True
    return difflib.SequenceMatcher(None, name_a, name_b, autojunk=False).ratio() >= 0.6


def group_meetings(analysis: Analysis, mentions: list[MeetingMention]) -> list[Meeting]:
    """Merge mentions of one meeting; header-only mentions survive only if the body lacks them."""
    body = [m for m in mentions if m.in_body]
    header = [m for m in mentions if not m.in_body]
    meetings: list[Meeting] = []
    for mention in body + header:
        target = next(
            (
                mt
                for mt in meetings
                if any(_same_meeting(analysis, mention, x) for x in mt.mentions)
            ),
            None,
        )
        if target is None:
            if not mention.in_body and mention.number is None:
                continue
            target = Meeting()
            meetings.append(target)
        target.mentions.append(mention)
    # The gold definition: a meeting is recorded when the text gives its number, date or venue.
    return [
        meeting
        for meeting in meetings
        if meeting.first("number") is not None
        or meeting.first("date") is not None
        or meeting.first("venue") is not None
        or any(m.date_from_published for m in meeting.mentions)
    ]
