#!/usr/bin/env python3
"""Build gold records and NER spans for the real thaigov briefs we annotated.

Each brief is two files in annotations/thaigov/:
- <id>.txt: the brief's exact text, as taken from the thaigov archive (public domain);
- <id>.toml: where it comes from, its sha256, its gold record (../shared/spec/gold.md, version 2
  conventions) and its entity strings per label, in the format of annotations/source/*.toml
  (tools/build_corpus.py: every listed string is marked at all of its occurrences, longest first;
  "text@@2" marks only the 2nd occurrence; gold positions and projects become POSITION/PROJECT).
  A brief with `records_only = true` has a gold record but no entity strings: it is scored as a
  record and left out of the NER spans (its unmarked entities would teach the model "O").

Outputs: annotations/thaigov-gold/<id>.json and index.json (score with
../shared/tools/score_records.py) and annotations/thaigov-spans.jsonl (NER training).

usage: python tools/build_thaigov_annotations.py [--check]
"""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path

from build_corpus import (
    SourceError,
    check_gold_strings,
    compute_spans,
    gold_record,
    span_requests,
    write_outputs,
)

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = ROOT / "annotations" / "thaigov"
GOLD_DIR = ROOT / "annotations" / "thaigov-gold"
SPANS_PATH = ROOT / "annotations" / "thaigov-spans.jsonl"


def build() -> dict[Path, bytes]:
    outputs: dict[Path, bytes] = {}
    index, span_lines = [], []
    for path in sorted(SOURCE_DIR.glob("*.toml")):
        try:
            src = tomllib.loads(path.read_text(encoding="utf-8"))
            doc_id = src["id"]
            if path.stem != doc_id:
                raise SourceError(f"id {doc_id!r} differs from the file name")
            data = path.with_suffix(".txt").read_bytes()
            sha = hashlib.sha256(data).hexdigest()
            if sha != src["sha256"]:
                raise SourceError(f"{doc_id}.txt does not match sha256 {src['sha256']}")
            text = data.decode("utf-8")
            record = gold_record(doc_id, src["gold"])
            check_gold_strings(text, record)
            spans = compute_spans(text, span_requests(src.get("spans", {}), record))
        except (SourceError, KeyError, OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise SourceError(f"{path.relative_to(ROOT)}: {exc}") from exc
        gold_json = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
        outputs[GOLD_DIR / f"{doc_id}.json"] = gold_json.encode("utf-8")
        index.append(
            {
                "id": doc_id,
                "path": f"annotations/thaigov/{doc_id}.txt",
                "sha256": sha,
                "source": src["source"],
            }
        )
        if src.get("records_only", False):
            if src.get("spans"):
                raise SourceError(f"{path.relative_to(ROOT)}: records_only with [spans]")
            index[-1]["records_only"] = True
            continue
        span_lines.append(
            {"id": doc_id, "sha256": sha, "text": text, "spans": spans, "source": "manual"}
        )
    outputs[GOLD_DIR / "index.json"] = (
        json.dumps(index, ensure_ascii=False, indent=1) + "\n"
    ).encode("utf-8")
    outputs[SPANS_PATH] = "".join(
        json.dumps(line, ensure_ascii=False) + "\n" for line in span_lines
    ).encode("utf-8")
    return outputs


def main(argv: list[str]) -> int:
    try:
        outputs = build()
    except SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    stale = write_outputs(outputs, check="--check" in argv)
    if stale is None:
        return 1
    if "--check" in argv:
        return 0
    print(f"{len(outputs) - 2} briefs, {len(stale)} files written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
