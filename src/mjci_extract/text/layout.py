"""The layout of a brief: title, header lines, publication date and where the body starts and ends.

Two layouts are common. thaigov briefs open with "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-<title>", a Thai
date line ("วันศุกร์ที่ 21 มีนาคม 2568"), optional "21/03/2568" and "พิมพ์" lines and the title
repeated, then the body, then (2021-2024) a footer of related stories' headlines, then
"ที่มา : URL". NESDC briefs open with a tag line and the title, and
close with the issuing division and a date line. Anything else is all body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mjci_extract.lexicon.thai import THAI_BLOCK
from mjci_extract.text.dates import DateMatch, parse_date_line

_THAIGOV_PREFIX = re.compile(r"^รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-\s*")
_SOURCE_LINE = re.compile(r"^\s*(?:ที่มา|Source)\s*:", re.IGNORECASE)
# The page's footer of 2021-2024 before the source line: a photo album and the headlines of
# related stories ("อัลบั้มภาพ" / "prev" / "next" / "ข่าวที่เกี่ยวข้อง" / up to five headlines).
# Markup of the site's page template, like the source line, not words of the brief.
_FOOTER_LINE = re.compile(r"^\s*(?:อัลบั้มภาพ|ข่าวที่เกี่ยวข้อง)\s*$")
_HEADER_NOISE = re.compile(r"^\s*(?:พิมพ์|Print|\d{1,2}/\d{1,2}/\d{4}|_{3,}|-{3,})\s*$")
_THAI = re.compile(f"[{THAI_BLOCK}]")
# How far into a brief the header date line may sit, how far from the end the closing one, and
# how far from the end the related-news footer starts (its headlines, the source line).
HEADER_LINES = 8
CLOSING_LINES = 4
FOOTER_LINES = 12


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Layout:
    title: str | None
    title_span: tuple[int, int] | None
    body_start: int
    body_end: int
    published: DateMatch | None  # offsets relative to the normalised text


def lines_of(text: str) -> list[Line]:
    out = []
    start = 0
    for raw in text.split("\n"):
        end = start + len(raw)
        out.append(Line(start, end, raw))
        start = end + 1
    return out


def _shift(match: DateMatch, offset: int) -> DateMatch:
    return DateMatch(
        match.start + offset,
        match.end + offset,
        match.date,
        match.end_date,
        match.year_written,
        match.lead_start + offset,
    )


def _similar_title(line: str, title: str) -> bool:
    """A copy of the title: a piece of it (a wrapped title), or the title with more after it
    (a longer headline). A line that only holds the title further in is the body's first
    paragraph ("เมื่อวันที่ ... นายX ... <title words> ...")."""
    a, b = re.sub(r"\W", "", line), re.sub(r"\W", "", title)
    if not a or not b:
        return False
    return a in b or a.startswith(b)


def analyse_layout(text: str) -> Layout:
    lines = [line for line in lines_of(text) if line.text.strip()]
    if not lines:
        return Layout(None, None, 0, len(text), None)
    body_end = len(text)
    for line in reversed(lines[-3:]):
        if _SOURCE_LINE.match(line.text):
            body_end = line.start
            break

    first = lines[0]
    prefix = _THAIGOV_PREFIX.match(first.text)
    if prefix:
        title_start = first.start + prefix.end()
        title = first.text[prefix.end() :].strip()
        title_span = (title_start, title_start + len(title))
        published = None
        body_start = first.end
        for index, line in enumerate(lines[1:], 1):
            # Past the first lines only more pieces of a wrapped, repeated title are header.
            date = parse_date_line(line.text) if index < HEADER_LINES else None
            if date is not None:
                if published is None:
                    published = _shift(date, line.start)
                body_start = line.end
                continue
            if index < HEADER_LINES and _HEADER_NOISE.match(line.text):
                body_start = line.end
                continue
            if _similar_title(line.text, title):
                body_start = line.end
                continue
            # The first other line is the body's first line, even when the body repeats it
            # further down: pages of 2020-2022 open with a lead sentence ("นายสมศักดิ์ ...
            # เป็นประธานการประชุม...") that the next paragraph restates.
            break
        # The related stories' headlines are no part of the body (nor of the header).
        footer = next(
            (
                line
                for line in lines[-FOOTER_LINES:]
                if line.start > body_start and _FOOTER_LINE.match(line.text)
            ),
            None,
        )
        if footer is not None:
            body_end = min(body_end, footer.start)
        return Layout(title, title_span, min(body_start + 1, body_end), body_end, published)

    # NESDC and other layouts: the title is the first substantial Thai line; the closing date
    # line, if any, gives the publication date.
    published = None
    for line in reversed(lines[-CLOSING_LINES:]):
        date = parse_date_line(line.text)
        if date is not None:
            published = _shift(date, line.start)
            body_end = min(body_end, line.start)
            break
    if published is None:
        for line in lines[:HEADER_LINES]:
            date = parse_date_line(line.text)
            if date is not None:
                published = _shift(date, line.start)
                break
    title_line = next(
        (line for line in lines[:3] if len(line.text.strip()) >= 20 and _THAI.search(line.text)),
        None,
    )
    if title_line is not None and not _looks_like_title(title_line.text):
        title_line = None
    title = title_line.text.strip() if title_line else None
    title_span = (title_line.start, title_line.end) if title_line else None
    # The title and the lines above it are a header, as in thaigov briefs: what they mention
    # only joins what the body says (unless the body never says it).
    body_start = title_line.end + 1 if title_line and title_line is not lines[-1] else 0
    return Layout(title, title_span, body_start, body_end, published)


_BODY_OPENING = re.compile(r"^\s*(?:วันนี้|เมื่อ|วันที่|ระหว่างวันที่|\d)")
MAX_TITLE = 220


def _looks_like_title(line: str) -> bool:
    """A headline, not a first paragraph: short, and not opening with a date or วันนี้."""
    return len(line.strip()) <= MAX_TITLE and not _BODY_OPENING.match(line)
