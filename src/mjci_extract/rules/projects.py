"""Named projects: "โครงการ" + its specific name, up to the end of the name.

Lists after อาทิ / เช่น / ได้แก่ ("โครงการA โครงการB และโครงการC") give one project each. Generic
mentions are not projects: "โครงการดังกล่าว", "โครงการต่าง ๆ", "21 โครงการ", "โครงการที่จะ...",
"โครงการภายใต้...", "แผนงาน/โครงการ".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mjci_extract.rules.common import (
    THAI_LETTERS,
    Analysis,
    Chunk,
    chunks,
    cut_at_token,
    starts_with_any,
    strip_span,
)

_KEYWORD = re.compile(r"โครงการ")
# What right after โครงการ makes it generic, not a name.
_GENERIC_AFTER = (
    "ดังกล่าว",
    "ต่าง",
    "นี้",
    "นั้น",
    "ที่",
    "ซึ่ง",
    "ของ",
    "ภายใต้",
    "ส่วนใหญ่",
    "และ",
    "หรือ",
    "/",
    "ทั้ง",
    "อื่น",
    "สำคัญ",
    "จำนวน",
    "ฯ",
    "ได้",
    "จะ",
    "เป็น",
    "มี",
    "ให้",
    "ตาม",
    "เพื่อให้",
    "ใหม่",
    "เดิม",
    "หลัก",
    "ละ",
    "ไป",
    "นำร่องนี้",
    "ลักษณะ",
    "ประเภท",
    "โดย",
    "จาก",
    "กับ",
    "แต่",
    "ก็",
    "เหล่านี้",
    "เหล่านั้น",
    "ทั้งหมด",
    "ย่อย",
    "ขนาด",
    "ระยะ",
    "ด้าน",
    "ข้างต้น",
    "นั้นๆ",
    "ฯลฯ",
    ")",
)
_GENERIC_BEFORE = re.compile(
    r"(?:\d+\s?|แผนงาน\s?|แผนงาน/|แผนงานและ|กิจกรรมและ|กิจกรรม/|/|จำนวน\s?|ข้อเสนอ|ร่าง|ทั้ง)$"
)
# "โครงการ 1 หมื่นคน": a count after โครงการ, not a name ("โครงการ 72 พรรษา" is a name).
_COUNT_AFTER = re.compile(
    r" \d[\d,.]*\s?(?:คน|ราย|แห่ง|บาท|ล้าน|หมื่น|พัน|แสน|ครั้ง|ปี|วัน|เดือน|ชุด|หลัง|โครงการ|ตำบล|หมู่บ้าน|%)"
)
# A title followed by a list marker names a kind of project ("โครงการนำร่อง อาทิ ..."), and one
# with a descriptive relative clause describes projects ("โครงการลงทุนที่หน่วยงานเสนอ").
_CATEGORY_AFTER = re.compile(r"\s?(?:อาทิ|เช่น|ได้แก่|ดังนี้|ประกอบด้วย)")
_DESCRIPTIVE = re.compile(
    r"ที่(?:สำคัญ|มี|หน่วยงาน|ได้|จะ|เป็น|ผ่านมา|เกี่ยวข้อง|ดำเนินการ|เสนอ)|ต่าง\s?ๆ$|ทั้งหมด$"
)
_IN_CHUNK_STOPS = (
    "ให้สอดคล้อง",
    "ได้เสนอ",
    "ได้รับ",
    "ได้ดำเนิน",
    "ได้จัด",
    "ได้มี",
    "ประกอบด้วย",
    "เป็นการ",
    "เป็น",
    "ให้",
    "ซึ่ง",
    "โดย",
    "ได้แก่",
    "อาทิ",
    "เช่น",
    "เพื่อให้",
    "ที่ผ่านมา",
    "ในปี",
    "ในช่วง",
)
MAX_CHUNKS = 12
MAX_CHARS = 180


@dataclass
class ProjectMention:
    start: int
    end: int


def find_projects(analysis: Analysis) -> list[ProjectMention]:
    text = analysis.text
    found: list[ProjectMention] = []
    stops = analysis.gazetteer.stopwords_for("project")
    for m in _KEYWORD.finditer(text):
        start = m.start()
        after = text[m.end() : m.end() + 12]
        if (
            not after
            or starts_with_any(after.lstrip(" "), _GENERIC_AFTER)
            or after.startswith(" ๆ")
        ):
            continue
        if after.startswith(" ") and not re.match(r" (?:\d|[A-Za-z\"'])", after):
            continue  # "โครงการ ..." followed by a Thai clause is a generic mention
        if _COUNT_AFTER.match(text, m.end()):
            continue
        if _GENERIC_BEFORE.search(text[max(0, start - 12) : start]):
            continue
        if not analysis.is_token_boundary(start) and not re.match(
            r"[ \n(\"']", text[start - 1 : start] or " "
        ):
            # "สำนักแผนงานและโครงการพิเศษ" and words that merely contain โครงการ
            continue
        if _inside_position(analysis, start):
            continue
        end = _read_title(analysis, start, stops)
        if end - start <= len("โครงการ") + 1:
            continue
        if _CATEGORY_AFTER.match(text, end) or _DESCRIPTIVE.search(text, start, end):
            continue
        found.append(ProjectMention(start, end))
    return found


def _inside_position(analysis: Analysis, start: int) -> bool:
    """ "ผู้อำนวยการโครงการชลประทานขอนแก่น" is an office: โครงการ right after a position word."""
    before = analysis.text[max(0, start - 20) : start]
    return any(before.endswith(head) for head in analysis.gazetteer.position_heads)


def _read_title(analysis: Analysis, start: int, stops: tuple[str, ...]) -> int:
    text = analysis.text
    line_end = analysis.line_at(start).end
    pieces = chunks(text, start, min(line_end, start + MAX_CHARS))
    taken: list[Chunk] = []
    for index, piece in enumerate(pieces[:MAX_CHUNKS]):
        if taken:
            if piece.text.startswith(("(", "โครงการ", "และโครงการ", '"')):
                break
            if piece.text == "และ":
                following = pieces[index + 1] if index + 1 < len(pieces) else None
                if following is None or re.match(f"[{THAI_LETTERS}]", following.text):
                    break  # "X และการพัฒนา...": a new clause
                taken.append(piece)  # "ลด 7.2 mtCO2 และ PM 2.5": part of the name
                continue
            if starts_with_any(piece.text, stops) or starts_with_any(
                piece.text, analysis.gazetteer.organization_heads
            ):
                break
        end = cut_at_token(
            analysis, piece, _IN_CHUNK_STOPS, min_offset=len("โครงการ") + 1 if not taken else 1
        )
        for mark in ("(", ")", '"'):  # brackets and quotes close or gloss a name
            at = piece.text.find(mark)
            if at > 0:
                end = min(end, piece.start + at)
        if end <= piece.start:
            break
        taken.append(Chunk(piece.start, end, text[piece.start : end]))
        if end < piece.end:
            break
    if not taken:
        return start
    return strip_span(text, start, taken[-1].end, chars=" \n-,:;.\"'")[1]


def dedupe_projects(
    analysis: Analysis, mentions: list[ProjectMention]
) -> list[list[ProjectMention]]:
    groups: dict[str, list[ProjectMention]] = {}
    for mention in mentions:
        key = re.sub(r"\s", "", analysis.text[mention.start : mention.end])
        groups.setdefault(key, []).append(mention)
    return list(groups.values())
