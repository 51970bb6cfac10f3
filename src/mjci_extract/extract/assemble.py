"""Assemble the record: turn the rules' findings into contract fields with original offsets."""

from __future__ import annotations

import bisect

from mjci_extract.extract.common import Analysis
from mjci_extract.extract.meetings import Meeting as MeetingFound
from mjci_extract.extract.persons import Official as OfficialFound
from mjci_extract.extract.persons import PersonMention
from mjci_extract.extract.projects import ProjectMention
from mjci_extract.extract.venues import venue_country
from mjci_extract.io.document import InputDocument
from mjci_extract.record.models import (
    ALL_LABELS,
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


def evidence(analysis: Analysis, start: int, end: int) -> Span:
    """A normalised span mapped back to the original text."""
    s, e = analysis.norm.span(start, end)
    return Span(start=s, end=e, text=analysis.norm.original[s:e])


def _value(analysis: Analysis, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    value = analysis.text[span[0] : span[1]].strip()
    return value or None


def published(analysis: Analysis) -> PublishedDate | None:
    match = analysis.layout.published
    if match is None:
        return None
    span = evidence(analysis, match.lead_start, match.end)
    return PublishedDate(date=match.iso, text=span.text, start=span.start, end=span.end)


def meeting_record(analysis: Analysis, meeting: MeetingFound, chairs: list[str]) -> Meeting:
    primary = meeting.primary
    date_value = None
    date, from_published = meeting.dating(analysis.layout.published)
    if date is not None:
        span = evidence(analysis, date.start, date.end)
        date_value = DateValue(
            date=date.iso, end_date=date.end_iso, text=span.text, start=span.start, end=span.end
        )
    elif from_published and analysis.layout.published:
        pub = analysis.layout.published
        span = evidence(analysis, pub.lead_start, pub.end)
        date_value = DateValue(date=pub.iso, text=span.text, start=span.start, end=span.end)
    venue_value = None
    venue = meeting.venue
    if venue is not None:
        span = evidence(analysis, venue.start, venue.end)
        venue_text = analysis.text[venue.start : venue.end]
        country = None if venue.online else venue_country(analysis, venue_text, venue.start)
        # Like every value with offsets, the venue's text is the original slice (Thai digits kept).
        venue_value = Venue(
            text=span.text, country=country, start=span.start, end=span.end, online=venue.online
        )
    name = _value(analysis, primary.name_span)
    name_en = next(
        (_value(analysis, m.name_en_span) for m in meeting.mentions if m.name_en_span), None
    )
    number = meeting.first("number")
    return Meeting(
        name=name,
        name_en=name_en,
        number=number,
        date=date_value,
        venue=venue_value,
        country=venue_value.country if venue_value else None,
        chairs=chairs,
        evidence=[evidence(analysis, m.start, m.end) for m in meeting.mentions],
    )


def official_record(analysis: Analysis, official: OfficialFound) -> Official:
    primary = official.primary
    position = next(
        (m.position for m in official.mentions if m.position and m.family), None
    ) or next((m.position for m in official.mentions if m.position), None)
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
        name=primary.name,
        honorific=honorific,
        name_en=next((m.name_en for m in official.mentions if m.name_en), None),
        position=_value(analysis, position),
        organization=_value(analysis, organization),
        role=role,
        evidence=[evidence(analysis, m.name_start, m.name_end) for m in official.mentions],
    )


def is_official(official: OfficialFound) -> bool:
    """Gold convention: a named person given a position, office or rank, in the body."""
    if not any(m.in_body for m in official.mentions):
        return False
    return any(
        m.position or m.honorific_kind == "rank" or m.organization for m in official.mentions
    )


# Titles ThaiNER keeps inside a PERSON span ("นายสมชาย ใจดี"); a position abbreviation before a
# name ("ผวจ.") is no title.
_TITLE_KINDS = ("honorific", "academic", "rank")


def person_span(person: PersonMention) -> tuple[int, int]:
    """A person mention as a PERSON entity, the ThaiNER way: titles included."""
    if person.source == "model" or person.honorific_kind in _TITLE_KINDS:
        return person.start, person.name_end
    return person.name_start, person.name_end


def merge_spans(
    model: list[tuple[int, int, str]], rule: list[tuple[int, int, str]]
) -> list[tuple[int, int, str, str]]:
    """One span per mention and label: (start, end, label, source), sorted.

    Model spans come first; a rule span is added only where no span of its label overlaps it
    (the mention is already there, with the model's boundaries). Within each group the longer
    span wins, so a model PERSON that the persons rule completed ("โชติรัตน์" -> "กุศล
    โชติรัตน์", given as a model span) replaces the one-word span it grew from.
    """
    # The spans taken for a label never overlap, so sorted by start their ends are sorted too:
    # the only one that can overlap a new span is the last that starts before its end.
    taken: dict[str, tuple[list[int], list[int]]] = {}
    out: list[tuple[int, int, str, str]] = []
    for spans, source in ((model, "model"), (rule, "rule")):
        for start, end, label in sorted(set(spans), key=lambda x: (x[0] - x[1], x[0], x[2])):
            if end <= start:
                continue
            starts, ends = taken.setdefault(label, ([], []))
            at = bisect.bisect_left(starts, end)
            if at and ends[at - 1] > start:
                continue
            starts.insert(at, start)
            ends.insert(at, end)
            out.append((start, end, label, source))
    return sorted(out)


def entities(
    analysis: Analysis,
    persons: list[PersonMention],
    meetings: list[MeetingFound],
    projects: list[list[ProjectMention]],
    model_spans: list[tuple[int, int, str]],
) -> list[Entity]:
    """The record's `entities`: every model span and every rule finding, one per mention."""
    model = list(model_spans)
    rule: list[tuple[int, int, str]] = []
    for person in persons:
        start, end = person_span(person)
        (model if person.source == "model" else rule).append((start, end, "PERSON"))
        if person.position:
            rule.append((*person.position, "POSITION"))
        if person.organization:
            rule.append((*person.organization, "ORGANIZATION"))
    for date in analysis.dates:
        rule.append((date.start, date.end, "DATE"))
    for meeting in meetings:
        for mention in meeting.mentions:
            rule.append((mention.start, mention.end, "MEETING"))
            if mention.venue is not None and not mention.venue.online:
                rule.append((mention.venue.start, mention.venue.end, "LOCATION"))
    for group in projects:
        for mention in group:
            rule.append((mention.start, mention.end, "PROJECT"))
    # a model trained on other labels: see unknown_model_labels
    model = [span for span in model if span[2] in ALL_LABELS]
    out = []
    for start, end, label, source in merge_spans(model, rule):
        span = evidence(analysis, start, end)
        out.append(
            Entity(label=label, text=span.text, start=span.start, end=span.end, source=source)
        )
    return out


def source_of(doc: InputDocument) -> Source:
    return Source(path=doc.path, sha256=doc.sha256, encoding=doc.encoding)


def assemble(
    doc: InputDocument,
    analysis: Analysis,
    persons: list[PersonMention],
    officials: list[OfficialFound],
    meetings: list[MeetingFound],
    projects: list[list[ProjectMention]],
    model_spans: list[tuple[int, int, str]],
) -> Record:
    official_records = [(o, official_record(analysis, o)) for o in officials if is_official(o)]
    meeting_records = []
    for meeting in meetings:
        chairs = [
            record.name
            for found, record in official_records
            if any(
                m.chair_cue is not None and _cue_belongs(analysis, m.chair_cue, meeting, meetings)
                for m in found.mentions
            )
        ]
        meeting_records.append(meeting_record(analysis, meeting, chairs))
    project_records = []
    for group in projects:
        if not any(analysis.in_body(m.start) for m in group):
            continue
        first = group[0]
        project_records.append(
            Project(
                title=analysis.text[first.start : first.end],
                evidence=[evidence(analysis, m.start, m.end) for m in group],
            )
        )
    title = analysis.layout.title
    return Record(
        doc_id=doc.doc_id,
        source=source_of(doc),
        title=title,
        published=published(analysis),
        meetings=meeting_records,
        officials=[record for _, record in official_records],
        projects=project_records,
        entities=entities(analysis, persons, meetings, projects, model_spans),
        warnings=list(doc.warnings) + unknown_model_labels(model_spans),
    )


def unknown_model_labels(model_spans: list[tuple[int, int, str]]) -> list[str]:
    """A warning for labels of the NER model outside the record's label set (a custom model):
    their entities are left out of the record rather than making it invalid."""
    unknown = sorted({label for _, _, label in model_spans if label not in ALL_LABELS})
    if not unknown:
        return []
    return [
        f"NER model labels {', '.join(unknown)} are not record labels; their entities were left out"
    ]


def _cue_belongs(
    analysis: Analysis, cue: int, meeting: MeetingFound, meetings: list[MeetingFound]
) -> bool:
    """A chair cue belongs to the first meeting mentioned after it on its line, else the nearest before."""
    line = analysis.line_at(cue)
    after = [(m.start, mt) for mt in meetings for m in mt.mentions if cue <= m.start < line.end]
    if after:
        return min(after, key=lambda x: x[0])[1] is meeting
    before = [(m.start, mt) for mt in meetings for m in mt.mentions if line.start <= m.start < cue]
    if before:
        return max(before, key=lambda x: x[0])[1] is meeting
    return False
