"""The extraction pipeline: a sequence of named components over one document.

read -> normalise (make_doc) -> layout -> tokens, dates, ner, persons, venues, meetings,
projects -> each component's contribution to the record -> validated Record.

As in spaCy, the components are listed in a config file (`mjci_extract/default.cfg`, TOML) and
registered by the modules that define them (`core.registry.component`), each with the slots of the
document it requires and assigns; loading checks that every requirement comes from an earlier
component. `Pipeline.pipe` runs a stream of documents, the NER model on batches of them.

For tests of one rule family, load only the components it needs and run them on a text:

    nlp = Pipeline.load(overrides=["pipeline.components=['tokens', 'dates']"])
    doc = nlp.run(nlp.make_doc("วันนี้ (7 เม.ย. 67) ..."))
    doc.get(Dates).matches
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

# The stage modules register their components (and config sections) when imported.
import mjci_extract.extract.meetings
import mjci_extract.extract.persons
import mjci_extract.extract.projects
import mjci_extract.extract.venues
import mjci_extract.ner.component
import mjci_extract.text.components  # noqa: F401
from mjci_extract.core.config import Config, PipelineSettings, load_config
from mjci_extract.core.deadline import check_deadline
from mjci_extract.core.draft import RecordDraft
from mjci_extract.core.registry import COMPONENTS, Resources, analyze_pipes, check_order
from mjci_extract.io.document import InputDocument
from mjci_extract.lexicon.gazetteer import default_gazetteer
from mjci_extract.record.models import Entity, Record, Source
from mjci_extract.text.doc import Doc
from mjci_extract.text.normalize import normalize
from mjci_extract.text.spans import batched

__all__ = ["PREFIX", "Pipeline", "load_checked_config"]

# Components every pipeline runs first, before those the config lists: what the others read of
# a document's layout (title, header, body bounds, publication date).
PREFIX = ("layout",)


def load_checked_config(
    config_path: str | Path | None = None, overrides: Iterable[str] = ()
) -> Config:
    """The validated config, its component list checked too (each requirement assigned by an
    earlier component); builds no component, so it is cheap. Raises ConfigError."""
    config = load_config(config_path, overrides)
    names = config.get(PipelineSettings).components
    fixed = [n for n in names if n in PREFIX]
    if fixed:
        raise config.error(
            "pipeline", "components", f"{', '.join(fixed)} always runs first; do not list it"
        )
    try:
        check_order(names, PREFIX)
    except ValueError as exc:
        raise config.error("pipeline", "components", str(exc)) from None
    return config


class Pipeline:
    """Load once, then call on documents (or `pipe` a stream of them)."""

    def __init__(self, config: Config) -> None:
        """`config`: from load_checked_config (Pipeline.load does both)."""
        self.config = config
        self.component_names = list(config.get(PipelineSettings).components)
        self.resources = Resources(gazetteer=default_gazetteer())
        self._components: dict[str, Any] = {}
        for name in [*PREFIX, *self.component_names]:
            info = COMPONENTS[name]
            settings = config.get(info.config) if info.config is not None else None
            self._components[name] = info.factory(settings, self.resources)
        self._contributors = [
            c.contribute for c in self._components.values() if hasattr(c, "contribute")
        ]

    @classmethod
    def load(cls, config_path: str | Path | None = None, overrides: Iterable[str] = ()) -> Pipeline:
        """Build from default.cfg, a config file over it, and `section.key=value` overrides (the
        CLI's `--set`); raises ConfigError (a ValueError) naming the file and key of a bad one."""
        return cls(load_checked_config(config_path, overrides))

    @property
    def pipe_names(self) -> list[str]:
        return list(self.component_names)

    def get_pipe(self, name: str) -> Any:
        """The component `name` (e.g. `get_pipe("ner").backend`)."""
        return self._components[name]

    def analyze_pipes(self) -> list[dict[str, object]]:
        """What each component (the fixed prefix too) requires and assigns, in order."""
        return analyze_pipes([*PREFIX, *self.component_names])

    def make_doc(self, text: str) -> Doc:
        """The document of `text`, normalised, before any component ran (spaCy's make_doc).

        With `run`, the helper for component-level tests: load only the components a rule
        family needs, run them on a text and assert on their slots:

            nlp = Pipeline.load(overrides=["pipeline.components=['tokens', 'dates']"])
            doc = nlp.run(nlp.make_doc("วันนี้ (7 เม.ย. 67) ..."))
            assert doc.get(Dates).matches[0].iso == "2024-04-07"
        """
        return Doc(normalize(text), self.gazetteer, self.config)

    @property
    def gazetteer(self):
        return self.resources.gazetteer

    def run(self, doc: Doc, names: Iterable[str] | None = None) -> Doc:
        """Run the fixed prefix, then `names` (default: the config's components) on `doc`.
        `names` are checked like the config's: requirements first."""
        if names is None:
            names = self.component_names
        else:
            names = list(names)
            check_order(names, PREFIX)
        for name in [*PREFIX, *names]:
            check_deadline()
            self._components[name](doc)
        return doc

    def analyse(self, doc: InputDocument) -> Doc:
        return self.run(self.make_doc(doc.text))

    def analyse_batch(self, docs: list[InputDocument]) -> list[Doc]:
        analysed = [self.make_doc(doc.text) for doc in docs]
        for name in [*PREFIX, *self.component_names]:
            check_deadline()
            component = self._components[name]
            pipe = getattr(component, "pipe", None)
            if pipe is not None:
                pipe(analysed)
            else:
                for doc in analysed:
                    component(doc)
        return analysed

    def __call__(self, doc: InputDocument) -> Record:
        return self._record(doc, self.analyse(doc))

    def _record(self, source: InputDocument, doc: Doc) -> Record:
        draft = RecordDraft()
        draft.set("doc_id", source.doc_id)
        draft.set(
            "source", Source(path=source.path, sha256=source.sha256, encoding=source.encoding)
        )
        draft.warnings.extend(source.warnings)
        for contribute in self._contributors:
            contribute(doc, draft)
        entities = []
        for start, end, label, origin in draft.merged_spans():
            span = doc.evidence(start, end)
            entities.append(
                Entity(label=label, text=span.text, start=span.start, end=span.end, source=origin)
            )
        return Record(**draft.fields, entities=entities, warnings=draft.warnings)

    def pipe(
        self, docs: Iterable[InputDocument], batch_size: int | None = None
    ) -> Iterator[Record]:
        """Records for a stream of documents, in order; the model runs on batches of them."""
        size = batch_size or self.config.get(PipelineSettings).batch_size
        for batch in batched(docs, size):
            for doc, analysed in zip(batch, self.analyse_batch(batch), strict=True):
                yield self._record(doc, analysed)

    def extract_text(self, text: str, doc_id: str = "text", path: str = "<text>") -> Record:
        return self(InputDocument.from_text(text, doc_id=doc_id, path=path))
