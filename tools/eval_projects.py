"""Score project titles on the projects-only annotated briefs (annotations/thaigov-projects/).

usage: python tools/eval_projects.py [RECORDS.jsonl] [--show-errors tune]
Without RECORDS, runs `mjci-extract extract` over the briefs first. Prints P/R/F1 per split with
../shared/tools/score_records.py's normalisation and soft match. Read the errors of "tune" splits
only; "check" splits are scored, never read.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "annotations" / "thaigov-projects"
SHARED = Path(os.environ.get("MJCI_SHARED", ROOT.parent / "shared"))


def load_gold() -> dict[str, dict]:
    return json.loads((ANNOTATIONS / "gold.json").read_text(encoding="utf-8"))


def extract(out: Path) -> None:
    texts = sorted(str(p) for p in ANNOTATIONS.glob("*.txt"))
    subprocess.run(
        ["mjci-extract", "extract", *texts, "-o", str(out), "--errors", str(out) + ".err"],
        check=False,
        stdout=subprocess.DEVNULL,
    )


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(SHARED / "tools"))
    import score_records  # noqa: PLC0415  (../shared is found at run time)

    show = argv[argv.index("--show-errors") + 1] if "--show-errors" in argv else None
    args = [a for a in argv[1:] if not a.startswith("--") and a != show]
    if args:
        records = Path(args[0])
    else:
        records = Path(tempfile.mkdtemp()) / "records.jsonl"
        extract(records)
    predicted: dict[str, list[str]] = {}
    for line in records.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        predicted[record["doc_id"]] = [p["title"] for p in record["projects"]]
    gold = load_gold()
    for split in sorted({entry["split"] for entry in gold.values()}):
        tp = fp = fn = 0
        for doc_id, entry in sorted(gold.items()):
            if entry["split"] != split:
                continue
            want = [score_records.norm(t) for t in entry["projects"]]
            got = [score_records.norm(t) for t in predicted.get(doc_id, [])]
            hit = score_records.match("project", want, got)
            tp, fp, fn = tp + hit, fp + len(got) - hit, fn + len(want) - hit
            if split == show and (hit < len(want) or hit < len(got)):
                print(f"  {doc_id}: gold={entry['projects']} pred={predicted.get(doc_id, [])}")
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{split:12s} project P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {tp + fn})")
    print(f"records: {records}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
