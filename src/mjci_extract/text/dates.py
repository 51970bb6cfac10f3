"""Thai and English date expressions: find them in normalised text and convert them to ISO.

Covers full and abbreviated Thai months, Buddhist Era years (4-digit, and 2-digit as in
"15 ก.ค. 67"), CE years, weekday prefixes ("วันพฤหัสบดีที่ 4 กรกฎาคม 2567"), "วันนี้ (4 ก.ค. 67)" (also "เมื่อวานนี้ (...)",
"พรุ่งนี้ (...)"),
day ranges ("13-14 ธันวาคม 2561", "ระหว่างวันที่ 17 - 19 ตุลาคม 2566", "30 มิถุนายน - 2 กรกฎาคม
2567", "ระหว่างวันที่ 3 ถึง 5 ..."), dates without a year (the year comes from the brief's
publication date) and English dates ("15 July 2024", "July 15, 2024"). Thai digits are already
ASCII in normalised text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from mjci_extract.lexicon.gazetteer import _rows, _words, alternation
from mjci_extract.lexicon.thai import THAI_LETTERS

BE_OFFSET = 543


@dataclass(frozen=True)
class DateMatch:
    """A date expression at [start, end) of the normalised text."""

    start: int
    end: int
    date: dt.date
    end_date: dt.date | None
    year_written: bool
    # Where the expression's lead-in starts ("เมื่อวันที่", "วันนี้ (", weekday), for attaching the
    # date to what follows or precedes it.
    lead_start: int

    @property
    def iso(self) -> str:
        return self.date.isoformat()

    @property
    def end_iso(self) -> str | None:
        return self.end_date.isoformat() if self.end_date else None


@lru_cache(maxsize=1)
def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for row in _rows("months.tsv"):
        month = int(row[0])
        names = [row[1], *row[2].split("|"), *row[3].split("|")]
        for name in names:
            if name:
                table[name] = month
                table[name.lower()] = month
    return table


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = _month_table()
    thai_months = [m for m in months if not m.isascii()]
    english_months = [m for m in months if m.isascii()]
    weekday = alternation(_words("weekdays.txt"))
    month_th = f"(?:{alternation(thai_months)})"
    # Abbreviated months may be written with a space inside ("ก. ค.") or glued to the year.
    year = r"(?:(?:พ\.\s?ศ\.|ค\.\s?ศ\.|พ\.ศ|ค\.ศ)\s?)?(?P<{name}>\d{{4}}|\d{{2}})(?!\d)"
    day = r"(?P<{name}>[0-3]?\d)(?!\d)"
    # Not the ใน of ภายใน: "ภายในวันที่ 27 ..." is a deadline, its lead the whole "ภายใน".
    lead = (
        r"(?P<lead>(?:(?:เมื่อ|(?<!ภาย)ใน|ระหว่าง|ตั้งแต่)?\s?)"
        rf"(?:วัน(?:{weekday})?(?:\s?ที่)?\s?|(?:วันนี้|เมื่อวานนี้|วานนี้|เมื่อวาน|พรุ่งนี้|วันพรุ่งนี้)\s?\(\s?(?:วัน(?:{weekday})?(?:\s?ที่)?\s?)?))?"
    )
    # Day ranges: "13-14 ธันวาคม", "17 - 19 ตุลาคม", "3 ถึง 5 ตุลาคม", "30 มิถุนายน - 2 กรกฎาคม".
    thai = re.compile(
        lead
        + day.format(name="d1")
        + r"(?:\s?(?P<m1>"
        + month_th
        + r")(?:\s?"
        + year.format(name="y1")
        + r")?)?"
        + r"(?:\s?(?:-|ถึง|และ|ถึงวันที่|-\s?วันที่)\s?"
        + day.format(name="d2")
        + r")?"
        + r"\s?(?P<m2>"
        + month_th
        + r")"
        + r"(?:\s?"
        + year.format(name="y2")
        + r")?"
    )
    month_en = f"(?:{alternation(english_months)})"
    english = re.compile(
        r"(?P<lead>)(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s?-\s?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?\s(?P<m1>"
        + month_en
        + r")\.?,?\s(?P<y1>\d{4})"
        + r"|(?P<m2>"
        + month_en
        + r")\.?\s(?P<d3>[0-3]?\d)(?:st|nd|rd|th)?(?:\s?-\s?(?P<d4>[0-3]?\d))?,?\s(?P<y2>\d{4}))",
        re.IGNORECASE,
    )
    return thai, english


def to_gregorian(year: int) -> int:
    """A written year to the Gregorian year: BE 4-digit, BE 2-digit, or CE."""
    if year < 100:
        return 2500 + year - BE_OFFSET
    if year >= 2400:
        return year - BE_OFFSET
    return year


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=1)
def thai_month_names() -> tuple[str, ...]:
    """The Thai months' full names (months.tsv), January first."""
    return tuple(row[1] for row in _rows("months.tsv"))


@lru_cache(maxsize=1)
def _month_finder() -> re.Pattern[str]:
    return re.compile(alternation([m for m in _month_table() if not m.isascii()]))


# A Thai date is at most this far before and after its month name ("ระหว่างวันที่ 30 ... ").
_WINDOW_BEFORE = 60
_WINDOW_AFTER = 20


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around Thai month names: the full date pattern only runs there."""
    windows: list[tuple[int, int]] = []
    for m in _month_finder().finditer(text):
        start, end = max(0, m.start() - _WINDOW_BEFORE), min(len(text), m.end() + _WINDOW_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _thai_matches(text: str) -> list[re.Match[str]]:
    thai, _ = _patterns()
    matches: list[re.Match[str]] = []
    for start, end in _windows(text):
        for m in thai.finditer(text, start, end):
            if not matches or m.start() >= matches[-1].end():
                matches.append(m)
    return matches


@dataclass
class Dates:
    """Slot of the `dates` component: every date expression, in text order."""

    matches: list[DateMatch]


def find_dates(text: str, default_year: int | None = None) -> list[DateMatch]:
    """Every day-precise date in `text`. Month-only expressions are not dates here."""
    _, english = _patterns()
    months = _month_table()
    found: list[DateMatch] = []
    for m in _thai_matches(text):
        if m.start("d1") > 0 and text[m.start("d1") - 1].isdigit():
            continue
        if _preceded_by_number_context(text, m.start("d1")):
            continue
        m2 = months[m.group("m2")]
        m1 = months[m.group("m1")] if m.group("m1") else m2
        written = m.group("y2") or m.group("y1")
        if written:
            year = to_gregorian(int(written))
        elif default_year is not None:
            year = default_year
        else:
            continue
        year1 = to_gregorian(int(m.group("y1"))) if m.group("y1") else year
        d1 = int(m.group("d1"))
        if m.group("d2"):
            start = _safe_date(year1, m1, d1)
            end = _safe_date(year, m2, int(m.group("d2")))
            if start and end and end < start:
                end = None
        else:
            start = _safe_date(year, m2, d1) if not m.group("m1") else _safe_date(year1, m1, d1)
            end = None
        if start is None:
            continue
        lead_start = m.start("lead") if m.group("lead") else m.start("d1")
        found.append(DateMatch(m.start("d1"), m.end(), start, end, bool(written), lead_start))
    for m in english.finditer(text) if _ENGLISH_MONTH_HINT.search(text) else ():
        if m.group("m1"):
            day, day2, month, year = m.group("d1"), m.group("d2"), m.group("m1"), m.group("y1")
        else:
            day, day2, month, year = m.group("d3"), m.group("d4"), m.group("m2"), m.group("y2")
        month_number = months.get(month) or months.get(month.lower())
        if month_number is None:
            continue
        start = _safe_date(to_gregorian(int(year)), month_number, int(day))
        if start is None:
            continue
        end = _safe_date(to_gregorian(int(year)), month_number, int(day2)) if day2 else None
        found.append(DateMatch(m.start(), m.end(), start, end, True, m.start()))
    found.sort(key=lambda d: d.start)
    return found


_ENGLISH_MONTH_HINT = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.IGNORECASE
)
_NUMBER_CONTEXT = re.compile(r"(?:จำนวน|รวม|กว่า|ประมาณ|อายุ|รอบ|ครั้งที่|ข้อ|ฉบับที่|มาตรา)\s?$")


# "วันนี้ (", maybe with the weekday ("วันนี้ (วันพุธที่ "), right before a date.
_TODAY_OPEN = re.compile(rf"วันนี้\s?\(\s?(?:วัน[{THAI_LETTERS}]{{2,8}}ที่\s?)?$")


def today_as_published(text: str, match: DateMatch, published: dt.date) -> DateMatch:
    """ "วันนี้ (28 พฤศจิกายน 2563)" in a brief published on 28 October 2563, "วันนี้ (4 มกราคม 2563)"
    on 4 January 2564: "today" written with the header's day but another month or year is a typo
    for the header's date (108 of the archive's 18,444 "วันนี้ (...)" openings), which replaces it;
    the span and its text stay as written."""
    if (
        match.end_date is not None
        or match.date == published
        or match.date.day != published.day
        or not _TODAY_OPEN.search(text, max(0, match.start - 30), match.start)
    ):
        return match
    return replace(match, date=published)


def _preceded_by_number_context(text: str, at: int) -> bool:
    """True for counts like "รอบ 4 เดือน" that happen to sit before a month name."""
    before = text[max(0, at - 12) : at]
    return bool(_NUMBER_CONTEXT.search(before))


_STANDALONE_DATE = re.compile(
    r"^\s*(?:วัน\S*?ที่\s?)?(?P<body>\d{1,2}\s?\S+\s?(?:พ\.ศ\.\s?)?\d{2,4})\s*$"
)
_SLASH_DATE = re.compile(r"^\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s*$")


def parse_date_line(line: str) -> DateMatch | None:
    """A line that is nothing but a date ("วันศุกร์ที่ 21 มีนาคม 2568", "15 กรกฎาคม 2567")."""
    m = _SLASH_DATE.match(line)
    if m:
        date = _safe_date(to_gregorian(int(m.group("y"))), int(m.group("m")), int(m.group("d")))
        if date is None:
            return None
        start = line.index(m.group("d"))
        return DateMatch(start, len(line.rstrip()), date, None, True, start)
    if not _STANDALONE_DATE.match(line):
        return None
    dates = find_dates(line)
    if len(dates) == 1 and dates[0].year_written:
        return dates[0]
    return None
