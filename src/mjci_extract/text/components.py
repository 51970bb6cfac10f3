"""The text layer's components: layout (the fixed first step), tokens and dates."""

from __future__ import annotations

from mjci_extract.core.config import PipelineSettings
from mjci_extract.core.draft import RecordDraft
from mjci_extract.core.registry import component
from mjci_extract.record.models import PublishedDate
from mjci_extract.text.dates import Dates, find_dates, today_as_published
from mjci_extract.text.doc import Doc
from mjci_extract.text.layout import Layout, analyse_layout
from mjci_extract.text.segment import Tokens, word_bounds


@component("layout", assigns=(Layout,))
class LayoutComponent:
    """Title, header, publication date and body bounds; the pipeline always runs it first."""

    def __init__(self, settings: None, resources: object) -> None:
        pass

    def __call__(self, doc: Doc) -> None:
        doc.set(analyse_layout(doc.text))

    def contribute(self, doc: Doc, draft: RecordDraft) -> None:
        layout = doc.layout
        draft.set("title", layout.title)
        match = layout.published
        published = None
        if match is not None:
            span = doc.evidence(match.lead_start, match.end)
            published = PublishedDate(
                date=match.iso, text=span.text, start=span.start, end=span.end
            )
        draft.set("published", published)


@component("tokens", assigns=(Tokens,), config=PipelineSettings)
class TokensComponent:
    """Word boundaries, with `[pipeline] word_engine`."""

    def __init__(self, settings: PipelineSettings, resources: object) -> None:
        self.engine = settings.word_engine

    def __call__(self, doc: Doc) -> None:
        doc.set(word_bounds(doc.text, self.engine))


@component("dates", requires=(Layout,), assigns=(Dates,))
class DatesComponent:
    """Every date expression; a day without a year takes the publication year."""

    def __init__(self, settings: None, resources: object) -> None:
        pass

    def __call__(self, doc: Doc) -> None:
        published = doc.layout.published
        year = published.date.year if published else None
        matches = find_dates(doc.text, default_year=year)
        if published is not None:
            matches = [today_as_published(doc.text, d, published.date) for d in matches]
        doc.set(Dates(matches))

    def contribute(self, doc: Doc, draft: RecordDraft) -> None:
        for date in doc.get(Dates).matches:
            draft.add_span(date.start, date.end, "DATE")
