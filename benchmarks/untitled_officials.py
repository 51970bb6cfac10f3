#!/usr/bin/env python3
"""How much the NER model adds to officials: recall on briefs whose officials lost their titles.

Takes the dev gold briefs (../shared/dev/gold) and our corpus (annotations/gold), removes the
honorific, academic title or rank in front of every gold official's name (so that only the model
can find them), and scores extraction with and without the model (score_records.py metrics).

usage: python benchmarks/untitled_officials.py [--json]
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict
from pathlib import Path

from mjci_extract.annotate.scoring import score_records
from mjci_extract.io.document import InputDocument
from mjci_extract.lexicon.gazetteer import alternation, default_gazetteer
from mjci_extract.run.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def gold_sets() -> list[tuple[Path, Path]]:
    """(gold folder, base folder of its paths)."""
    sets = [(ROOT / "annotations" / "gold", ROOT)]
    if (SHARED / "dev" / "gold").exists():
        sets.insert(0, (SHARED / "dev" / "gold", SHARED))
    return sets


def strip_titles(text: str, names: list[str]) -> str:
    gaz = default_gazetteer()
    titles = alternation(list(gaz.honorifics + gaz.academic_titles + gaz.ranks))
    for name in names:
        given = re.escape(name.split()[0])
        text = re.sub(f"(?:(?:{titles}) ?){{1,3}}(?={given})", "", text)
    return text


def main(argv: list[str]) -> int:
    results = {}
    for gold_dir, base in gold_sets():
        index = json.loads((gold_dir / "index.json").read_text(encoding="utf-8"))
        docs = []
        for entry in index:
            gold = json.loads((gold_dir / f"{entry['id']}.json").read_text(encoding="utf-8"))
            text = (base / entry["path"]).read_text(encoding="utf-8")
            stripped = strip_titles(text, [o["name"] for o in gold["officials"]])
            # The record keeps the original file's sha256, which is how the gold is matched.
            docs.append(InputDocument(entry["id"], entry["path"], entry["sha256"], stripped))
        for backend in ("none", "spacy"):
            pipeline = Pipeline.load(overrides=[f"ner.backend={backend}"])
            records = [r.model_dump(mode="json") for r in pipeline.pipe(docs)]
            scores = score_records(records, gold_dir)
            results[f"{gold_dir.parent.name}/{gold_dir.name} ner={backend}"] = {
                field: asdict(scores.fields[field])
                for field in ("official_name", "official_position")
            } | {"macro_f1": scores.macro_f1}
    if "--json" in argv:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        print(
            f"{'set':40s} {'name P':>7s} {'name R':>7s} {'name F1':>7s} {'pos F1':>7s} {'macro':>6s}"
        )
        for key, value in results.items():
            name, position = value["official_name"], value["official_position"]
            print(
                f"{key:40s} {name['p']:7.3f} {name['r']:7.3f} {name['f1']:7.3f} "
                f"{position['f1']:7.3f} {value['macro_f1']:6.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
