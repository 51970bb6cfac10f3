"""The extraction pipeline: a sequence of named components over one document.

read -> normalise -> segment -> find spans (model + rules) -> assemble fields -> validate.

As in spaCy, the pipeline is a list of named components read from a config file
(`mjci_extract/default.cfg`, TOML); each component is a function that takes the analysed document
and stores its findings under its name. `Pipeline.pipe` runs a stream of documents.
"""

from __future__ import annotations

import contextvars
import copy
import time
import tomllib
from collections.abc import Callable, Iterable, Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

from mjci_extract.extract.assemble import assemble
from mjci_extract.extract.common import Analysis
from mjci_extract.extract.meetings import find_meeting_mentions, group_meetings
from mjci_extract.extract.persons import find_person_mentions, group_officials
from mjci_extract.extract.projects import dedupe_projects, find_projects
from mjci_extract.extract.venues import find_venues
from mjci_extract.io.document import InputDocument
from mjci_extract.lexicon.gazetteer import default_gazetteer
from mjci_extract.record.models import Record
from mjci_extract.text.dates import find_dates
from mjci_extract.text.layout import analyse_layout, lines_of
from mjci_extract.text.normalize import normalize
from mjci_extract.text.segment import MAX_WINDOW, text_windows, tokenize_words
from mjci_extract.text.spans import batched

Component = Callable[[Analysis, "Pipeline"], None]
BatchComponent = Callable[[list[Analysis], "Pipeline"], None]
COMPONENTS: dict[str, Component] = {}
# Components that are faster over many documents at once (the NER model) also register a batch
# form; `Pipeline.pipe` uses it.
BATCH_COMPONENTS: dict[str, BatchComponent] = {}


class DeadlineExceeded(Exception):
    """The document's time limit (see `deadline`) passed before its record was done."""


# A time.monotonic() value after which the pipeline gives up on the document it is working on;
# None (the default) means no limit. The service sets it per request; the pipeline checks it
# between components and between batches of model windows, so it stops within about a second.
DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "mjci_extract_deadline", default=None
)


def check_deadline() -> None:
    """Raise DeadlineExceeded if the current deadline (DEADLINE) has passed."""
    deadline = DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline:
        raise DeadlineExceeded("the time limit was exceeded")


def component(name: str) -> Callable[[Component], Component]:
    """Register a pipeline component under `name` (the names the config's `components` lists)."""

    def register(function: Component) -> Component:
        COMPONENTS[name] = function
        return function

    return register


def batch_component(name: str) -> Callable[[BatchComponent], BatchComponent]:
    """Register the batch form of component `name`."""

    def register(function: BatchComponent) -> BatchComponent:
        BATCH_COMPONENTS[name] = function
        return function

    return register


def default_config_path() -> Path:
    return Path(str(files("mjci_extract") / "default.cfg"))


def load_config(path: str | Path | None = None) -> dict[str, Any]:
    """The default config, updated section by section with the file at `path`."""
    config = tomllib.loads(default_config_path().read_text(encoding="utf-8"))
    if path is not None:
        user = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        for section, values in user.items():
            if isinstance(values, dict):
                config.setdefault(section, {}).update(values)
            else:
                config[section] = values
    return config


class Pipeline:
    """Load once, then call on documents (or `pipe` a stream of them)."""

    def __init__(self, config: dict[str, Any] | None = None) -> None:
        self.config = config if config is not None else load_config()
        self.component_names: list[str] = list(self.config["pipeline"]["components"])
        unknown = [n for n in self.component_names if n not in COMPONENTS]
        if unknown:
            raise ValueError(f"unknown pipeline components {unknown}; known: {sorted(COMPONENTS)}")
        self.gazetteer = default_gazetteer()
        self.ner = self._load_ner() if "ner" in self.component_names else None

    @classmethod
    def load(cls, config_path: str | Path | None = None, **overrides: Any) -> Pipeline:
        """Build from the default config, a config file, and keyword overrides.

        Overrides: `ner_backend` ("spacy", "transformers" or "none"), `ner_model` (a path) and
        `ner_scope` ("body", "cues" or "all").
        """
        config = copy.deepcopy(load_config(config_path))
        ner = config.setdefault("ner", {})
        if overrides.get("ner_backend"):
            ner["backend"] = overrides["ner_backend"]
        if overrides.get("ner_model"):
            ner["model"] = str(overrides["ner_model"])
        if overrides.get("ner_scope"):
            ner["scope"] = overrides["ner_scope"]
        return cls(config)

    def _load_ner(self):
        settings = self.config.get("ner", {})
        backend = settings.get("backend", "spacy")
        if backend == "none":
            return None
        try:
            from mjci_extract.ner import load_backend
        except ImportError:
            return None
        return load_backend(backend, settings.get("model") or None)

    @property
    def pipe_names(self) -> list[str]:
        return list(self.component_names)

    def _start(self, doc: InputDocument) -> Analysis:
        norm = normalize(doc.text)
        return Analysis(
            norm=norm,
            layout=analyse_layout(norm.text),
            lines=lines_of(norm.text),
            token_bounds=[],
            dates=[],
            gazetteer=self.gazetteer,
            settings=self.config,
        )

    def analyse(self, doc: InputDocument) -> Analysis:
        analysis = self._start(doc)
        for name in self.component_names:
            check_deadline()
            COMPONENTS[name](analysis, self)
        return analysis

    def analyse_batch(self, docs: list[InputDocument]) -> list[Analysis]:
        analyses = [self._start(doc) for doc in docs]
        for name in self.component_names:
            check_deadline()
            if name in BATCH_COMPONENTS:
                BATCH_COMPONENTS[name](analyses, self)
            else:
                for analysis in analyses:
                    COMPONENTS[name](analysis, self)
        return analyses

    def __call__(self, doc: InputDocument) -> Record:
        return self._record(doc, self.analyse(doc))

    def _record(self, doc: InputDocument, analysis: Analysis) -> Record:
        found = analysis.found
        return assemble(
            doc,
            analysis,
            found.get("persons", []),
            found.get("officials", []),
            found.get("meetings", []),
            found.get("projects", []),
            found.get("ner", []),
        )

    def pipe(
        self, docs: Iterable[InputDocument], batch_size: int | None = None
    ) -> Iterator[Record]:
        """Records for a stream of documents, in order; the model runs on batches of them."""
        size = batch_size or int(self.config["pipeline"].get("batch_size", 16))
        for batch in batched(docs, size):
            for doc, analysis in zip(batch, self.analyse_batch(batch), strict=True):
                yield self._record(doc, analysis)

    def extract_text(self, text: str, doc_id: str = "text", path: str = "<text>") -> Record:
        return self(InputDocument.from_text(text, doc_id=doc_id, path=path))


@component("tokens")
def _tokens(analysis: Analysis, pipeline: Pipeline) -> None:
    engine = analysis.setting("pipeline", "word_engine", "nlpo3")
    bounds = [0]
    for word in tokenize_words(analysis.text, engine):
        bounds.append(bounds[-1] + len(word))
    analysis.token_bounds = bounds


@component("dates")
def _dates(analysis: Analysis, pipeline: Pipeline) -> None:
    published = analysis.layout.published
    analysis.dates = find_dates(
        analysis.text, default_year=published.date.year if published else None
    )


@component("ner")
def _ner(analysis: Analysis, pipeline: Pipeline) -> None:
    _ner_batch([analysis], pipeline)


@batch_component("ner")
def _ner_batch(analyses: list[Analysis], pipeline: Pipeline) -> None:
    if pipeline.ner is None:
        for analysis in analyses:
            analysis.found["ner"] = []
        return
    # A stretch longer than MAX_WINDOW is read in windows (briefs never are), which keeps the model's
    # time and memory linear in the length of a long text.
    pieces = [
        (a, s, e)
        for a in analyses
        for ws, we in ner_windows(a)
        for s, e in text_windows(a.text, ws, we, MAX_WINDOW, a.token_bounds)
    ]
    for analysis in analyses:
        analysis.found["ner"] = []
    words_of = _shared_words(analyses, pipeline)
    if words_of is None:
        found = pipeline.ner.pipe([a.text[s:e] for a, s, e in pieces])
    else:
        found = pipeline.ner.pipe_words([(a.text[s:e], words_of(a, s, e)) for a, s, e in pieces])
    for (analysis, start, _), spans in zip(pieces, found, strict=True):
        check_deadline()
        analysis.found["ner"].extend((x.start + start, x.end + start, x.label) for x in spans)


def _shared_words(analyses: list[Analysis], pipeline: Pipeline):
    """When the model segments with the engine the `tokens` component used, a function giving
    the words of text[s:e] from the tokens already found (None where s or e falls inside a
    word), so that the model does not segment the text again. nlpo3's words of a body or a clause
    are the whole text's words between those offsets (all 3,015 sample briefs)."""
    engine = getattr(pipeline.ner, "word_engine", lambda: None)()
    if engine is None or any(
        not a.token_bounds or a.setting("pipeline", "word_engine", "nlpo3") != engine
        for a in analyses
    ):
        return None
    index = {id(a): {b: i for i, b in enumerate(a.token_bounds)} for a in analyses}

    def words_of(analysis: Analysis, start: int, end: int) -> list[str] | None:
        at = index[id(analysis)]
        if start not in at or end not in at:
            return None
        bounds, text = analysis.token_bounds, analysis.text
        i, j = at[start], at[end]
        return [text[bounds[k] : bounds[k + 1]] for k in range(i, j)]

    return words_of


# How far before a position word a name can start ("นายวิทยา จันทน์เสนะ รองผู้ว่าราชการ...").
CUE_WINDOW = 80
# How far a cue window grows to reach a space (a chunk boundary). Chunks of briefs are far shorter
# (the longest in the dev set, corpus and the thaigov sample is under 1,000 characters); the bound
# keeps text without spaces from making every window walk back to the start of its line.
MAX_CHUNK = 2000


def ner_windows(analysis: Analysis, scope: str | None = None) -> list[tuple[int, int]]:
    """The stretches the model reads, by `[ner] scope` (or `scope`):

    - "all": the whole text;
    - "body" (default): the body (the header repeats the title two or three times and the source
      line is a URL);
    - "cues": only the body's clauses that lead up to a position word, where the model adds
      what the rules cannot (a name written without a title). Faster; the record then lists
      model entities from those clauses only.
    """
    scope = scope or analysis.setting("ner", "scope", "body")
    text = analysis.text
    if scope == "all":
        return [(0, len(text))]
    body = (analysis.layout.body_start, analysis.layout.body_end)
    if scope == "body":
        return [body]
    if scope != "cues":
        raise ValueError(f'unknown [ner] scope {scope!r}; choose "all", "body" or "cues"')
    windows: list[tuple[int, int]] = []
    for m in analysis.gazetteer.position_pattern.finditer(text, *body):
        line = analysis.line_at(m.start())
        start = max(line.start, body[0], m.start() - CUE_WINDOW)
        if start > line.start and text[start - 1] != " ":  # begin on a chunk boundary
            floor = max(line.start, start - MAX_CHUNK)
            start = text.rfind(" ", floor, start) + 1 or floor
        end = min(line.end, m.end() + CUE_WINDOW // 2)
        if end < line.end and text[end] != " ":
            space = text.find(" ", end, min(line.end, end + MAX_CHUNK))
            end = space if space >= 0 else min(line.end, end + MAX_CHUNK)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def in_cue_windows(analysis: Analysis, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans inside the clauses leading up to a position word (scope "cues"): the officials
    rule was tuned on model names from there, and names elsewhere add nothing it scores."""
    if analysis.setting("ner", "scope", "body") == "cues":
        return spans
    windows = ner_windows(analysis, "cues")
    kept, k = [], 0
    for start, end in sorted(spans):
        while k < len(windows) and windows[k][1] < end:
            k += 1
        if k < len(windows) and windows[k][0] <= start:
            kept.append((start, end))
    return kept


@component("persons")
def _persons(analysis: Analysis, pipeline: Pipeline) -> None:
    model_persons = [(s, e) for s, e, label in analysis.found.get("ner", []) if label == "PERSON"]
    if not analysis.setting("persons", "use_model", True):
        model_persons = []
    elif analysis.setting("persons", "model_scope", "cues") != "all":
        model_persons = in_cue_windows(analysis, model_persons)
    mentions = find_person_mentions(analysis, model_persons)
    analysis.found["persons"] = mentions
    analysis.found["officials"] = group_officials(mentions)


@component("venues")
def _venues(analysis: Analysis, pipeline: Pipeline) -> None:
    people = [(m.start, m.name_end) for m in analysis.found.get("persons", [])]
    analysis.found["venues"] = find_venues(analysis, people)


@component("meetings")
def _meetings(analysis: Analysis, pipeline: Pipeline) -> None:
    people = sorted(m.start for m in analysis.found.get("persons", []))
    mentions = find_meeting_mentions(analysis, analysis.found.get("venues", []), [], people)
    analysis.found["meetings"] = group_meetings(analysis, mentions)


@component("projects")
def _projects(analysis: Analysis, pipeline: Pipeline) -> None:
    analysis.found["projects"] = dedupe_projects(analysis, find_projects(analysis))
