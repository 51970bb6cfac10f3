"""The extraction pipeline: a sequence of named components over one document.

read -> normalise -> segment -> find spans (model + rules) -> assemble fields -> validate.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from mjci_extract.document import InputDocument
from mjci_extract.models import Record, Source


class Pipeline:
    """Load once, then call on documents (or `pipe` a stream of them)."""

    def __init__(self, config: dict | None = None) -> None:
        self.config = config or {}

    @classmethod
    def load(cls, config_path: str | None = None, **overrides) -> Pipeline:
        return cls(dict(overrides))

    def __call__(self, doc: InputDocument) -> Record:
        return Record(
            doc_id=doc.doc_id,
            source=Source(path=doc.path, sha256=doc.sha256, encoding=doc.encoding),
            warnings=list(doc.warnings),
        )

    def pipe(self, docs: Iterable[InputDocument]) -> Iterator[Record]:
        for doc in docs:
            yield self(doc)

    def extract_text(self, text: str, doc_id: str = "text", path: str = "<text>") -> Record:
        return self(InputDocument.from_text(text, doc_id=doc_id, path=path))
