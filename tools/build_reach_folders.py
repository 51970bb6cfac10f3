#!/usr/bin/env python3
"""Write the 1,181 unannotated "reach" briefs (annotations/reach/manifest.jsonl) to a folder.

The reach briefs are where a rule's reach is measured before it is kept (README, Quality): 590 of
2020-2022 drawn from the archive tarballs (a600/) and 591 of 2023-2025, from every 5th file of
thaigov-sample (s600/); none is a dev gold text or an annotated brief. The judgements of rounds
q23-q25 (annotations/reach/q2*.jsonl) name them by these ids. Each file is copied byte for byte
and checked against its sha256.

usage: python tools/build_reach_folders.py OUT_DIR      # writes OUT_DIR/a600/*.txt, OUT_DIR/s600/*.txt
"""

from __future__ import annotations

import argparse
import hashlib
import json
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MANIFEST = ROOT / "annotations" / "reach" / "manifest.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    entries = [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines()]
    members: dict[str, dict[str, str]] = {}  # tarball -> member -> id
    for entry in entries:
        source = entry["source"]
        if ":" in source:
            tarball, member = source.split(":", 1)
            members.setdefault(tarball, {})[member] = entry["id"]
        else:
            _write(args.out, entry, (SHARED / source).read_bytes())
    by_id = {entry["id"]: entry for entry in entries}
    for tarball, wanted in members.items():
        with tarfile.open(SHARED / tarball) as archive:
            for info in archive:
                if info.name in wanted:
                    data = archive.extractfile(info).read()
                    _write(args.out, by_id[wanted[info.name]], data)
    print(f"{len(entries)} briefs in {args.out}")
    return 0


def _write(out: Path, entry: dict[str, str], data: bytes) -> None:
    if hashlib.sha256(data).hexdigest() != entry["sha256"]:
        raise SystemExit(f"{entry['source']}: sha256 differs from the manifest")
    path = out / f"{entry['id']}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


if __name__ == "__main__":
    raise SystemExit(main())
