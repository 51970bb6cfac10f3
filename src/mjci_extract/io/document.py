"""The unit of work: one decoded input document, before any processing."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class InputDocument:
    """A decoded brief. `text` is exactly what was read; every offset in the record indexes it."""

    doc_id: str
    path: str
    sha256: str
    text: str
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    line: int | None = None  # the line of a JSONL input (then `path` is "FILE:LINE")

    @classmethod
    def from_text(cls, text: str, doc_id: str = "text", path: str = "<text>") -> InputDocument:
        data = text.encode("utf-8")
        return cls(doc_id=doc_id, path=path, sha256=hashlib.sha256(data).hexdigest(), text=text)
