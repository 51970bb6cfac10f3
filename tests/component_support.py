"""Component-level test helpers: run only the components a rule family needs on a text and read
their slots or their record contribution (see `Pipeline.make_doc`).

Each component list is one rules-only pipeline (`ner.backend=none`), loaded once per session.
A test that changes a pipeline (e.g. swaps the NER backend) loads its own with `fresh`.
"""

from __future__ import annotations

from functools import cache

from mjci_extract.core.draft import RecordDraft
from mjci_extract.extract.meetings import MeetingGroup, MeetingsFound
from mjci_extract.extract.persons import PersonsFound, official_record
from mjci_extract.extract.projects import ProjectsFound
from mjci_extract.extract.venues import VenuesFound
from mjci_extract.record.models import Meeting, Official, Project
from mjci_extract.run.pipeline import Pipeline
from mjci_extract.text.doc import Doc

# The components each rule family runs on, in pipeline order (the layout prefix always runs).
LAYOUT: tuple[str, ...] = ()
DATES = ("dates",)
PERSONS = ("tokens", "ner", "persons")
VENUES = ("tokens", "dates", "ner", "persons", "venues")
MEETINGS = ("tokens", "dates", "ner", "persons", "venues", "meetings")
PROJECTS = ("tokens", "projects")

# A thaigov page's header whose date line dates the brief (the published date), and the short
# header of a one-line-headline brief.
PAGE_HEADER = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-หัวข้อข่าว\n\n\n{published}\nพิมพ์\nหัวข้อข่าว\n"
BRIEF_HEADER = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ข่าวทดสอบ\nวันพุธที่ 3 มีนาคม 2564\n"


def fresh(components: tuple[str, ...], *overrides: str) -> Pipeline:
    """A new rules-only pipeline of `components` (for a test that changes it)."""
    return Pipeline.load(
        overrides=[f"pipeline.components={list(components)!r}", "ner.backend=none", *overrides]
    )


@cache
def pipeline(components: tuple[str, ...], *overrides: str) -> Pipeline:
    """The shared rules-only pipeline of `components`: do not change it."""
    return fresh(components, *overrides)


@cache
def full_rules() -> Pipeline:
    """The whole rules-only pipeline, for the tests of the record itself."""
    return Pipeline.load(overrides=["ner.backend=none"])


def run(components: tuple[str, ...], text: str, *overrides: str) -> Doc:
    """The document of `text` after `components`."""
    nlp = pipeline(components, *overrides)
    return nlp.run(nlp.make_doc(text))


def contribution(
    components: tuple[str, ...], text: str, of: str, nlp: Pipeline | None = None
) -> tuple[Doc, RecordDraft]:
    """Run `components` on `text`, then only the component `of`'s `contribute`; `nlp`: a
    pipeline of those components of the test's own (from `fresh`), else the shared one."""
    nlp = nlp or pipeline(components)
    doc = nlp.run(nlp.make_doc(text))
    draft = RecordDraft()
    nlp.get_pipe(of).contribute(doc, draft)
    return doc, draft


def span_texts(doc: Doc, draft: RecordDraft, label: str | None = None) -> set[str]:
    """The original text of each span a contribution adds (of `label`, or all)."""
    return {
        doc.evidence(s, e).text for s, e, lab, _ in draft.spans if label is None or lab == label
    }


def officials(text: str, nlp: Pipeline | None = None) -> dict[str, Official]:
    """The `persons` component's officials of `text`, by name."""
    _, draft = contribution(PERSONS, text, "persons", nlp)
    return {o.name: o for o in draft.fields["officials"]}


def venues(text: str) -> list[str]:
    """The texts of the `venues` component's venues of `text` (VenuesFound), in text order."""
    doc = run(VENUES, text)
    return [doc.text[v.start : v.end] for v in doc.get(VenuesFound).venues]


def meetings(text: str) -> list[Meeting]:
    """The `meetings` component's meetings of `text`."""
    return contribution(MEETINGS, text, "meetings")[1].fields["meetings"]


def meeting_values(
    body: str, published: str
) -> list[tuple[str | None, int | None, str | None, str | None]]:
    """(name, number, date, venue text) of each meeting of `body` on a thaigov page dated
    `published`."""
    return [
        (
            m.name,
            m.number,
            m.date.date if m.date is not None else None,
            m.venue.text if m.venue else None,
        )
        for m in meetings(PAGE_HEADER.format(published=published) + body)
    ]


def project_titles(text: str) -> list[str]:
    """The titles of the `projects` component's projects of `text`."""
    projects: list[Project] = contribution(PROJECTS, text, "projects")[1].fields["projects"]
    return [p.title for p in projects]


def group_titles(nlp: Pipeline, text: str) -> list[str]:
    """The first title of each project group of `text` (ProjectsFound), in order."""
    doc = nlp.run(nlp.make_doc(text))
    return [doc.text[g[0].start : g[0].end] for g in doc.get(ProjectsFound).groups]


def brief_titles(nlp: Pipeline, body: str) -> list[str]:
    """`group_titles` of `body` as a one-line-headline brief (BRIEF_HEADER)."""
    return group_titles(nlp, BRIEF_HEADER + body + "\n")


def brief_official_records(nlp: Pipeline, body: str) -> list[Official]:
    """The official records of `body` as a one-line-headline brief, in order."""
    doc = nlp.run(nlp.make_doc(BRIEF_HEADER + body + "\n"), list(PERSONS))
    return [official_record(doc, g) for g in doc.get(PersonsFound).recorded()]


def brief_officials(nlp: Pipeline, body: str) -> dict[str, str | None]:
    """The officials of `body` as a one-line-headline brief: name -> position."""
    return {o.name: o.position for o in brief_official_records(nlp, body)}


def page_meetings(nlp: Pipeline, body: str, published: str) -> tuple[Doc, list[MeetingGroup]]:
    """The document and the meetings of `body` on a thaigov page dated `published`."""
    doc = nlp.run(nlp.make_doc(PAGE_HEADER.format(published=published) + body))
    return doc, doc.get(MeetingsFound).meetings


def venue_text(doc: Doc, meeting: MeetingGroup) -> str | None:
    """The text of a meeting's venue, None when it has none."""
    venue = meeting.venue
    return doc.text[venue.start : venue.end] if venue is not None else None
