#!/usr/bin/env python3
"""Draw a fresh batch of real thaigov briefs to annotate, stratified by year.

Per year of ../shared/corpus/thaigov-archive, among the briefs of 600-9,000 characters that are
neither a dev gold text (../shared/dev/gold/index.json), nor already annotated
(annotations/thaigov/*.toml, by sha256), nor a reach brief (annotations/reach/manifest.jsonl,
since 2026-12-02; 16 earlier annotated briefs were reach briefs, now left out of the manifest):
7 that mention ประชุม and 3 that do not, drawn with random.Random(seed). Writes
<out>/tg<year>-<NN>.txt (NN from --first) and <out>/index.json (archive, member, sha256 per id). Round 3 (annotations/thaigov-records-split.json) was drawn with
the defaults, before its briefs were added to annotations/thaigov/ (rerun now, it draws others).

usage: python tools/sample_thaigov_briefs.py OUT_DIR [--seed 20261201] [--first 26]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
YEARS = range(2020, 2026)
WITH_MEETING, WITHOUT_MEETING = 7, 3
MIN_CHARS, MAX_CHARS = 600, 9000


def excluded_hashes() -> set[str]:
    dev = json.loads((SHARED / "dev" / "gold" / "index.json").read_text(encoding="utf-8"))
    annotated = (
        tomllib.loads(p.read_text(encoding="utf-8"))["sha256"]
        for p in (ROOT / "annotations" / "thaigov").glob("*.toml")
    )
    # the reach briefs stay unannotated: a rule's reach is measured on them (annotations/reach/)
    reach = (
        json.loads(line)["sha256"]
        for line in (ROOT / "annotations" / "reach" / "manifest.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    return {entry["sha256"] for entry in dev} | set(annotated) | set(reach)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--first", type=int, default=26)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    excluded = excluded_hashes()
    rng = random.Random(args.seed)
    index = {}
    for year in YEARS:
        meeting, other = [], []
        archive = f"thaigov-{year}.tar.gz"
        with tarfile.open(SHARED / "corpus" / "thaigov-archive" / archive) as tar:
            for member in tar:
                if not member.isfile():
                    continue
                data = tar.extractfile(member).read()
                sha = hashlib.sha256(data).hexdigest()
                text = data.decode("utf-8", "replace")
                if sha in excluded or not MIN_CHARS <= len(text) <= MAX_CHARS:
                    continue
                (meeting if "ประชุม" in text else other).append((member.name, sha, data))
        picks = rng.sample(meeting, WITH_MEETING) + rng.sample(other, WITHOUT_MEETING)
        rng.shuffle(picks)
        for number, (name, sha, data) in enumerate(picks, start=args.first):
            doc_id = f"tg{year}-{number:02d}"
            (args.out / f"{doc_id}.txt").write_bytes(data)
            index[doc_id] = {"archive": archive, "member": name, "sha256": sha}
    (args.out / "index.json").write_text(
        json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(index)} briefs in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
