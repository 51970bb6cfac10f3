#!/usr/bin/env python3
"""Build corpus/, annotations/gold/ and annotations/spans.jsonl from annotations/source/*.toml.

Each source file holds one brief we wrote ourselves: its exact text, its gold record (the
../shared/spec/gold.md conventions) and, per label, the entity strings to mark. Offsets are
computed here, never by hand:

- every listed string is marked at all of its occurrences, longest strings first, so that a
  shorter string inside a longer span (an organization inside a position) is left to the longer one;
- "text@@2,3" marks only the 2nd and 3rd occurrence (1-based);
- gold positions and gold projects are marked as POSITION / PROJECT automatically;
- a partial overlap between two spans, or a listed string that is never marked, is an error.

usage: python tools/build_corpus.py [--check]   (--check: fail if the outputs would change)
"""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from datetime import UTC, datetime
from pathlib import Path

from mjci_extract.record.models import ANNOTATED_LABELS

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = ROOT / "annotations" / "source"
CORPUS_DIR = ROOT / "corpus"
GOLD_DIR = ROOT / "annotations" / "gold"
SPANS_PATH = ROOT / "annotations" / "spans.jsonl"
MEETING_KEYS = ("number", "date", "end_date", "venue", "country")


class SourceError(Exception):
    pass


def occurrences(text: str, needle: str) -> list[int]:
    found, i = [], text.find(needle)
    while i >= 0:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def gold_record(doc_id: str, gold: dict) -> dict:
    meetings = [{k: m.get(k) for k in MEETING_KEYS} for m in gold.get("meetings", [])]
    officials = [
        {"name": o["name"], "position": o.get("position")} for o in gold.get("officials", [])
    ]
    return {
        "id": doc_id,
        "published": gold.get("published"),
        "meetings": meetings,
        "officials": officials,
        "projects": list(gold.get("projects", [])),
    }


def span_requests(spans: dict, record: dict) -> list[tuple[str, str, set[int] | None]]:
    requests: list[tuple[str, str, set[int] | None]] = []
    for label, items in spans.items():
        if label not in ANNOTATED_LABELS:
            raise SourceError(f"unknown label {label!r}")
        for item in items:
            text, _, which = item.partition("@@")
            wanted = {int(k) for k in which.split(",")} if which else None
            requests.append((label, text, wanted))
    listed = {(label, text) for label, text, _ in requests}
    for official in record["officials"]:
        pos = official["position"]
        if pos and ("POSITION", pos) not in listed:
            requests.append(("POSITION", pos, None))
            listed.add(("POSITION", pos))
    for project in record["projects"]:
        if ("PROJECT", project) not in listed:
            requests.append(("PROJECT", project, None))
            listed.add(("PROJECT", project))
    return requests


def compute_spans(text: str, requests: list[tuple[str, str, set[int] | None]]) -> list[dict]:
    taken: list[tuple[int, int, str]] = []
    # longest first: a shorter string inside an already marked span is part of that span
    for label, needle, wanted in sorted(requests, key=lambda r: (-len(r[1]), r[0], r[1])):
        hits = occurrences(text, needle)
        if not hits:
            raise SourceError(f"{label} {needle!r} does not occur in the text")
        if wanted is not None:
            if max(wanted) > len(hits):
                raise SourceError(f"{label} {needle!r}: only {len(hits)} occurrences")
            hits = [h for k, h in enumerate(hits, 1) if k in wanted]
        marked = 0
        for start in hits:
            end = start + len(needle)
            inside = [t for t in taken if t[0] <= start and end <= t[1]]
            crossing = [t for t in taken if t[0] < end and start < t[1] and t not in inside]
            if crossing:
                other = crossing[0]
                raise SourceError(
                    f"{label} {needle!r} at {start} crosses {other[2]} {text[other[0] : other[1]]!r}"
                )
            if inside:
                continue
            taken.append((start, end, label))
            marked += 1
        if marked == 0 and label not in ("POSITION", "PROJECT"):
            # harmless (the longer span covers it) but usually a sign of a redundant entry
            print(f"note: {label} {needle!r}: every occurrence is inside a longer span")
    taken.sort()
    return [{"start": s, "end": e, "label": lab, "text": text[s:e]} for s, e, lab in taken]


def check_gold_strings(text: str, record: dict) -> None:
    strings = [o["name"] for o in record["officials"]]
    strings += [o["position"] for o in record["officials"] if o["position"]]
    strings += [m["venue"] for m in record["meetings"] if m["venue"]]
    strings += record["projects"]
    for s in strings:
        if s not in text:
            raise SourceError(f"gold string {s!r} does not occur in the text")


def build() -> tuple[dict[Path, bytes], list[dict]]:
    outputs: dict[Path, bytes] = {}
    index, span_lines = [], []
    sources = sorted(SOURCE_DIR.glob("*.toml"))
    if not sources:
        raise SourceError(f"no sources in {SOURCE_DIR}")
    for path in sources:
        try:
            src = tomllib.loads(path.read_text(encoding="utf-8"))
            doc_id = src["id"]
            if path.stem != doc_id:
                raise SourceError(f"id {doc_id!r} differs from the file name")
            text = src["text"]
            record = gold_record(doc_id, src["gold"])
            check_gold_strings(text, record)
            spans = compute_spans(text, span_requests(src.get("spans", {}), record))
        except (SourceError, KeyError, tomllib.TOMLDecodeError) as exc:
            raise SourceError(f"{path.relative_to(ROOT)}: {exc}") from exc
        data = text.encode("utf-8")
        sha = hashlib.sha256(data).hexdigest()
        outputs[CORPUS_DIR / f"{doc_id}.txt"] = data
        gold_json = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
        outputs[GOLD_DIR / f"{doc_id}.json"] = gold_json.encode("utf-8")
        index.append({"id": doc_id, "path": f"corpus/{doc_id}.txt", "sha256": sha})
        span_lines.append(
            {"id": doc_id, "sha256": sha, "text": text, "spans": spans, "source": "manual"}
        )
    index_json = json.dumps(index, ensure_ascii=False, indent=1) + "\n"
    outputs[GOLD_DIR / "index.json"] = index_json.encode("utf-8")
    return outputs, span_lines


def spans_bytes(span_lines: list[dict]) -> bytes:
    """Keep the previous `updated` stamp of a document whose text and spans did not change."""
    previous: dict[str, dict] = {}
    if SPANS_PATH.exists():
        for line in SPANS_PATH.read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                previous[obj["id"]] = obj
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    out = []
    for obj in span_lines:
        old = previous.get(obj["id"])
        same = old and old["sha256"] == obj["sha256"] and old["spans"] == obj["spans"]
        obj["updated"] = old["updated"] if same else now
        out.append(json.dumps(obj, ensure_ascii=False))
    return ("\n".join(out) + "\n").encode("utf-8")


def write_outputs(outputs: dict[Path, bytes], check: bool) -> list[Path] | None:
    """Write the outputs that differ from what is on disk and return them; with `check`, write
    nothing, name each out-of-date file, and return None if there is any."""
    stale = [p for p, b in outputs.items() if not p.exists() or p.read_bytes() != b]
    if check:
        for p in stale:
            print(f"out of date: {p.relative_to(ROOT)}", file=sys.stderr)
        return None if stale else []
    for p in stale:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(outputs[p])
    return stale


def main(argv: list[str]) -> int:
    try:
        outputs, span_lines = build()
    except SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    outputs[SPANS_PATH] = spans_bytes(span_lines)
    stale = write_outputs(outputs, check="--check" in argv)
    if stale is None:
        return 1
    if "--check" in argv:
        return 0
    n_spans = sum(len(o["spans"]) for o in span_lines)
    print(f"{len(span_lines)} briefs, {n_spans} spans, {len(stale)} files written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
