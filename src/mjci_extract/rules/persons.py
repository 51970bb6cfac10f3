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
from dataclasses import dataclass, field
from functools import lru_cache

from mjci_extract.gazetteer import alternation
from mjci_extract.layout import Line
from mjci_extract.rules.common import (
    THAI_LETTERS,
    Analysis,
    Chunk,
    chunks,
    cut_at_token,
    starts_with_any,
)

# "(Mr. Samly Boutsady)", "(H.E. Mr. ...)", "(Maj. Gen. Kyaw Zaw Oo)", "(Dasho Kezang Wangdi)".
_ENGLISH_TITLES = (
    r"H\.E\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Prof\.?|Assoc\.|Asst\.|Gen\.|Lt\.|Col\.|Maj\.|"
    r"Adm\.|Pol\.|Capt\.|Sir|Dame|Dasho|Datuk|Dato'?|Tan Sri|Seri|Sri|Excellency|His|Her"
)
_ENGLISH_NAME = re.compile(
    rf"\s?\(\s?(?:(?:{_ENGLISH_TITLES})\s?)*(?P<name>[A-Z][A-Za-z.'\- ]{{1,60}}?)\s?\)"
)
# Thai transcriptions of foreign names run over several chunks ("จ่อ ซอ อู", "โจเซฟ อาร์. ไบเดน").
_NAME_CHUNK = re.compile(f"[{THAI_LETTERS}][{THAI_LETTERS}.\\-]{{0,24}}")
MAX_NAME_CHUNKS = 4
_GIVEN_NAME = re.compile(f"[{THAI_LETTERS}]{{2,30}}")
_QUOTES = "\"'"
# A phrase after a name is a position when it opens with a position word, or names an office
# ("สถิติจังหวัดสงขลา", "ผู้จัดการฝ่ายขาย..."): these words mark an office inside the phrase.
_OFFICE_MARKERS = re.compile(r"จังหวัด|กระทรวง|กรม|สำนัก|ฝ่าย|กอง|ประจำ|บริษัท|องค์การ|สถาบัน|มหาวิทยาลัย|ผู้")
_CHAIR_CUES = re.compile(r"(?:เป็นประธานร่วม|ประธานร่วม|เป็นประธาน|ทำหน้าที่ประธาน|ในฐานะประธานการประชุม)")
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

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}" if self.family else self.given


@dataclass
class Official:
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


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from pythainlp.corpus import thai_female_names, thai_male_names

    return frozenset(thai_male_names()) | frozenset(thai_female_names())


@lru_cache(maxsize=4)
def _rank_pattern(ranks: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(alternation([r for r in ranks if len(r) > 2]))


def _classify_titles(titles: str, analysis: Analysis) -> tuple[str, str]:
    gaz = analysis.gazetteer
    stripped = titles.strip()
    if _rank_pattern(gaz.ranks).search(stripped):
        return stripped, "rank"
    if starts_with_any(stripped, gaz.academic_titles):
        return stripped, "academic"
    return stripped, "honorific"


def find_person_mentions(
    analysis: Analysis, model_person_spans: list[tuple[int, int]] = ()
) -> list[PersonMention]:
    text = analysis.text
    gaz = analysis.gazetteer
    pattern = _title_pattern(gaz.honorifics, gaz.academic_titles, gaz.ranks)
    mentions: list[PersonMention] = []
    taken: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        start = m.start()
        if not _starts_word(analysis, start):
            continue
        if _false_friend(analysis, start):
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
        if glued and tokenized_apart and not _is_split_name(analysis, m.end()):
            continue
        mention = _read_name(analysis, start, m.end(), titles)
        if mention is None:
            continue
        mentions.append(mention)
        taken.append((mention.start, mention.name_end))
    mentions.extend(_abbreviated_position_mentions(analysis, taken))
    family_parts = {part for m in mentions if m.family for part in m.family.split()}
    for s, e in model_person_spans:
        if any(s < te and ts < e for ts, te in taken + [(x.start, x.name_end) for x in mentions]):
            continue
        mention = _model_mention(analysis, s, e)
        # A family name found alone ("กุญชรยาคง จุลเจริญ" after "ดร.วันดี กุญชรยาคง") is no new person.
        if mention is not None and mention.given not in family_parts:
            mentions.append(mention)
    mentions.sort(key=lambda x: x.start)
    starts = [m.start for m in mentions]
    for mention in mentions:
        _read_phrase_after(analysis, mention, mentions, starts)
        mention.in_body = analysis.in_body(mention.start)
    _assign_roles(analysis, mentions)
    return mentions


def _starts_word(analysis: Analysis, offset: int) -> bool:
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


def _false_friend(analysis: Analysis, offset: int) -> bool:
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


def _is_split_name(analysis: Analysis, offset: int) -> bool:
    """The tokenizer glued an honorific to a name ("นายก|ฤษฎา"): accept known given names."""
    m = _GIVEN_NAME.match(analysis.text, offset)
    return bool(m) and m.group() in _given_names()


def _family_name_ok(analysis: Analysis, chunk: Chunk) -> bool:
    gaz = analysis.gazetteer
    word = chunk.text
    if not re.fullmatch(f"[{THAI_LETTERS}]{{2,25}}", word):
        return False
    if starts_with_any(word, gaz.position_heads) or starts_with_any(word, gaz.organization_heads):
        return False
    if starts_with_any(word, tuple(gaz.stopwords)) and word not in _family_names():
        return False
    if (
        starts_with_any(word, gaz.honorifics + gaz.ranks + gaz.academic_titles)
        and word not in _family_names()
    ):
        return False
    return word not in gaz.place_to_country


@lru_cache(maxsize=1)
def _family_names() -> frozenset[str]:
    from pythainlp.corpus import thai_family_names

    return frozenset(thai_family_names())


def _read_name(
    analysis: Analysis, start: int, name_start: int, titles: str
) -> PersonMention | None:
    text = analysis.text
    given = _GIVEN_NAME.match(text, name_start)
    if not given:
        return None
    given_end = given.end()
    # The given name ends at a word that cannot be part of it ("น.ส.ธีรรัตน์ได้..." is rare, but
    # "นายกฯ" style glue is handled by false friends); trust the space-separated chunk.
    family = None
    name_end = given_end
    line_end = analysis.line_at(start).end
    after = chunks(text, given_end, min(line_end, given_end + 80))
    gaz = analysis.gazetteer
    if after and after[0].start == given_end + 1:
        first = after[0]
        following = after[1] if len(after) > 1 else None
        before_english = _chunks_before_english_name(analysis, after)
        if before_english:
            family = " ".join(c.text for c in before_english)
            name_end = before_english[-1].end
        elif first.text == "ณ" and following is not None and _family_name_ok(analysis, following):
            if not starts_with_any(following.text, gaz.venue_heads):
                family = f"ณ {following.text}"
                name_end = following.end
        elif _family_name_ok(analysis, first) or (
            # "ทองเปลว กองจันทร์ ปลัดกระทรวง...": a family name that opens like an office word,
            # recognisable because the position follows it
            re.fullmatch(f"[{THAI_LETTERS}]{{2,25}}", first.text)
            and following is not None
            and starts_with_any(following.text, gaz.position_heads)
            and not starts_with_any(first.text, gaz.position_heads)
            and not starts_with_any(first.text, tuple(gaz.stopwords))
        ):
            family = first.text
            name_end = first.end
            # A third name part ("รัดเกล้า อินทวงศ์ สุวรรณคีรี"), again told by the position after it.
            third = after[2] if len(after) > 2 else None
            if (
                following is not None
                and third is not None
                and following.start == first.end + 1
                and _family_name_ok(analysis, following)
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
        given=given.group(),
        family=family,
        honorific=honorific,
        honorific_kind=kind,
    )


def _chunks_before_english_name(analysis: Analysis, after: list[Chunk]) -> list[Chunk]:
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


def _abbreviated_position_mentions(
    analysis: Analysis, taken: list[tuple[int, int]]
) -> list[PersonMention]:
    """ "รมว.เอกนัฏ", "นายกฯ เศรษฐา", 'เลขาฯ "พงศ์พล"': a position abbreviation and a given name."""
    text = analysis.text
    abbreviations = analysis.gazetteer.position_abbreviations
    pattern = re.compile(
        f"(?P<abbr>{alternation(list(abbreviations))})(?:[ ]?[{_QUOTES}]?)(?P<name>[{THAI_LETTERS}]{{2,30}})"
    )
    out = []
    for m in pattern.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        if not _starts_word(analysis, m.start()):
            continue
        name = m.group("name")
        if name not in _given_names():
            continue
        # Only a whole word counts as the name: "รมว.ดีอี" is a ministry, not a person.
        if m.end() < len(text) and re.match(f"[{THAI_LETTERS}]", text[m.end()]):
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
            )
        )
    return out


def _model_mention(analysis: Analysis, start: int, end: int) -> PersonMention | None:
    """A PERSON span from the model: strip titles the model included, keep given + family."""
    text = analysis.text
    gaz = analysis.gazetteer
    name_start = start
    titles = ""
    while True:
        t = starts_with_any(text[name_start:end], gaz.honorifics + gaz.ranks + gaz.academic_titles)
        if not t:
            break
        titles += t
        name_start += len(t)
        while name_start < end and text[name_start] == " ":
            name_start += 1
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
        after = chunks(text, end, min(line.end, end + 80))
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
        elif parts[0] not in _given_names():
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


def _given_name_before(
    analysis: Analysis, line: Line, start: int, end: int, after: list[Chunk]
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
    analysis: Analysis,
    mention: PersonMention,
    all_mentions: list[PersonMention],
    starts: list[int] | None = None,
) -> None:
    """Read the position and organization after a name. `starts`: the sorted starts of
    `all_mentions`, if the caller has them (found by bisection, not a scan of every mention)."""
    text = analysis.text
    gaz = analysis.gazetteer
    cursor = mention.name_end
    english = _ENGLISH_NAME.match(text, cursor)
    if english:
        mention.name_en = english.group("name").strip()
        cursor = english.end()
    line_end = analysis.line_at(mention.start).end
    if starts is None:
        starts = sorted(m.start for m in all_mentions)
    at = bisect.bisect_left(starts, cursor)
    next_person = starts[at] if at < len(starts) else line_end
    limit = min(line_end, next_person, cursor + 300)
    stops = gaz.stopwords_for("position")
    pieces = chunks(text, cursor, limit)
    position: list[Chunk] = []
    organization: list[Chunk] = []
    i = 0
    if mention.position is None and pieces and pieces[0].start <= cursor + 1:
        first = pieces[0]
        if first.text.startswith("("):
            pass
        elif re.match(f"[{THAI_LETTERS}]", first.text) and (
            starts_with_any(first.text, gaz.position_heads)
            or (
                # a person the model found without a title needs a real position word after it
                mention.source != "model"
                and not starts_with_any(first.text, stops)
                and _OFFICE_MARKERS.search(first.text)
            )
        ):
            if starts_with_any(first.text, gaz.organization_heads) and not starts_with_any(
                first.text, gaz.position_heads
            ):
                organization.append(first)
            else:
                position.append(_cut(analysis, first))
            i = 1
            if position and position[-1].end < first.end:
                pieces = []  # the chunk ran on into the sentence; the phrase is over
        while position and i < len(pieces):
            piece = pieces[i]
            if _continues_position(analysis, piece, pieces[i + 1] if i + 1 < len(pieces) else None):
                position.append(_cut(analysis, piece))
                i += 1
                if position[-1].end < piece.end:
                    pieces = []
                continue
            enumeration = _enumeration(analysis, pieces, i)
            if enumeration:
                position.extend(enumeration)
                i += len(enumeration)
                continue
            if re.fullmatch(r"\d{1,3}", position[-1].text) and starts_with_any(
                piece.text, gaz.organization_heads
            ):
                # "ผู้กำกับการ 1 กองบังคับการปราบปราม...": the unit completes a numbered post
                position.append(_cut(analysis, piece))
                i += 1
                continue
            break
    if pieces and (position or organization or mention.position):
        while i < len(pieces):
            piece = pieces[i]
            if piece.text.startswith("("):
                break
            if not organization and not starts_with_any(piece.text, gaz.organization_heads):
                break
            if organization and (
                starts_with_any(piece.text, stops)
                or starts_with_any(piece.text, gaz.position_heads)
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
        _position_before(analysis, mention)
    if organization:
        start, end = organization[0].start, organization[-1].end
        if end > start:
            mention.organization = (start, end)
            mention.end = max(mention.end, end)


def _cut(analysis: Analysis, piece: Chunk) -> Chunk:
    head = starts_with_any(piece.text, analysis.gazetteer.position_heads) or ""
    end = cut_at_token(
        analysis, piece, analysis.gazetteer.phrase_breaks, min_offset=max(1, len(head))
    )
    paren = piece.text.find("(")
    if paren > 0:
        end = min(end, piece.start + paren)
    return Chunk(piece.start, end, analysis.text[piece.start : end])


def _continues_position(analysis: Analysis, piece: Chunk, following: Chunk | None) -> bool:
    gaz = analysis.gazetteer
    word = piece.text
    if word == "และ" and following is not None:
        return bool(starts_with_any(following.text, gaz.position_heads))
    if word.startswith("และ") and starts_with_any(word[3:], gaz.position_heads):
        return True
    if word.startswith(("ด้าน", "ประจำ", "สาขา", "ฝ่าย")):
        return True
    return word in ("เขต", "ภาค") or bool(re.fullmatch(r"\d{1,3}", word))


# Words for people, not names of offices: a list reaching them lists people ("และเจ้าหน้าที่").
_PEOPLE_WORDS = ("เจ้าหน้าที่", "ผู้บริหาร", "ผู้แทน", "คณะ", "ประชาชน", "บุคลากร", "ผู้เข้าร่วม")


def _enumeration(analysis: Analysis, pieces: list[Chunk], index: int) -> list[Chunk]:
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
        if not taken and word.startswith("และ"):
            return []  # "ผู้อำนวยการกองกลาง และเจ้าหน้าที่": a second party, not the name's end
        opener = word[3:] if word.startswith("และ") else word
        if opener.startswith(_PEOPLE_WORDS) or (
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


def _position_before(analysis: Analysis, mention: PersonMention) -> None:
    """ "รองนายกรัฐมนตรี นายX": a position chunk right before the name."""
    text = analysis.text
    line_start = analysis.line_at(mention.start).start
    before = chunks(text, max(line_start, mention.start - 80), mention.start)
    if not before or before[-1].end < mention.start - 1:
        return
    last = before[-1]
    head = starts_with_any(last.text, analysis.gazetteer.position_heads)
    if head and last.end == mention.start - 1 and len(last.text) > len(head) - 1:
        mention.position = (last.start, last.end)


def _assign_roles(analysis: Analysis, mentions: list[PersonMention]) -> None:
    text = analysis.text
    for index, mention in enumerate(mentions):
        line = analysis.line_at(mention.start)
        next_start = mentions[index + 1].start if index + 1 < len(mentions) else line.end
        window_end = min(line.end, next_start, mention.end + 120)
        cue = _CHAIR_CUES.search(text, mention.end, window_end)
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
                and len(gap) < 120
                and _CO_CHAIR_LINK.search(gap.rstrip())
            ):
                mention.role = "co-chair"
                mention.chair_cue = previous.chair_cue


def group_officials(mentions: list[PersonMention]) -> list[Official]:
    """One official per person: full names first, then given-name-only mentions join them."""
    officials: list[Official] = []
    by_name: dict[str, Official] = {}
    by_given: dict[str, Official] = {}
    for mention in sorted(mentions, key=lambda m: (m.family is None, m.start)):
        key = mention.name.replace(" ", "")
        official = by_name.get(key)
        if official is None and mention.family is None:
            official = by_given.get(mention.given)
        if official is None:
            official = Official()
            officials.append(official)
            by_name[key] = official
            by_given.setdefault(mention.given, official)
        official.mentions.append(mention)
    for official in officials:
        official.mentions.sort(key=lambda m: m.start)
    officials.sort(key=lambda o: o.mentions[0].start)
    return officials
