"""A realistic record built by hand, for tests of the consumer side (validate, export).

The text is our own short paraphrase in the style of the seed brief (not a copy of it); every
offset is computed from the text, so the record satisfies `text[start:end] == span.text`.
"""

from __future__ import annotations

import hashlib

from mjci_extract.record.models import (
    DateValue,
    Entity,
    Meeting,
    Official,
    Project,
    PublishedDate,
    Record,
    Source,
    Span,
    Venue,
)

SEED_LIKE_TEXT = (
    "การประชุมความร่วมมือลุ่มแม่น้ำโขง-ญี่ปุ่น ครั้งที่ 29\n\n"
    "เมื่อวันที่ 15 กรกฎาคม 2567 ได้มีการประชุมความร่วมมือลุ่มแม่น้ำโขง-ญี่ปุ่น ครั้งที่ 29 "
    "ณ เวียงจันทน์ สปป. ลาว โดยมีนายสำลี บุษดี อธิบดีกรมการอุตสาหกรรม เป็นประธานร่วมกับ "
    "นายยาสุจิ โคมิยามะ รองอธิบดี ที่ประชุมหารือโครงการนำร่องร่วมเพื่อการเปลี่ยนผ่านเชิงดิจิทัล\n"
)


def span(text: str, needle: str, start_at: int = 0) -> Span:
    start = text.index(needle, start_at)
    return Span(start=start, end=start + len(needle), text=needle)


def seed_like_record(doc_id: str = "seed_like", text: str = SEED_LIKE_TEXT) -> Record:
    date = span(text, "15 กรกฎาคม 2567")
    venue = span(text, "เวียงจันทน์ สปป. ลาว")
    chair_a = span(text, "สำลี บุษดี")
    chair_b = span(text, "ยาสุจิ โคมิยามะ")
    project = span(text, "โครงการนำร่องร่วมเพื่อการเปลี่ยนผ่านเชิงดิจิทัล")
    sentence = span(text, "เมื่อวันที่")
    evidence = Span(start=sentence.start, end=chair_b.end, text=text[sentence.start : chair_b.end])
    return Record(
        doc_id=doc_id,
        source=Source(
            path=f"corpus/{doc_id}.txt", sha256=hashlib.sha256(text.encode("utf-8")).hexdigest()
        ),
        title=text.splitlines()[0],
        published=PublishedDate(date="2024-07-15", text=date.text, start=date.start, end=date.end),
        meetings=[
            Meeting(
                name="การประชุมความร่วมมือลุ่มแม่น้ำโขง-ญี่ปุ่น",
                number=29,
                date=DateValue(date="2024-07-15", text=date.text, start=date.start, end=date.end),
                venue=Venue(text=venue.text, country="LA", start=venue.start, end=venue.end),
                country="LA",
                chairs=[chair_a.text, chair_b.text],
                evidence=[evidence],
            )
        ],
        officials=[
            Official(
                name=chair_a.text,
                honorific="นาย",
                position="อธิบดีกรมการอุตสาหกรรม",
                role="chair",
                evidence=[chair_a],
            ),
            Official(
                name=chair_b.text,
                honorific="นาย",
                position="รองอธิบดี",
                role="co-chair",
                evidence=[chair_b],
            ),
        ],
        projects=[Project(title=project.text, evidence=[project])],
        entities=[
            Entity(label="PERSON", text=s.text, start=s.start, end=s.end, source="model")
            for s in (chair_a, chair_b)
        ]
        + [
            Entity(
                label="LOCATION", text=venue.text, start=venue.start, end=venue.end, source="rule"
            )
        ],
    )
