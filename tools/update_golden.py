#!/usr/bin/env python3
"""Regenerate the golden records in tests/golden/ with the default pipeline.

Run after a deliberate change of extraction behaviour or of the shipped model, then review the
diff (`git diff tests/golden`) before committing: the golden tests compare whole records.

usage: python tools/update_golden.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from golden_support import GOLDEN_DIR, golden_inputs, record_for  # noqa: E402

from mjci_extract.run.pipeline import Pipeline  # noqa: E402


def main() -> int:
    pipeline = Pipeline.load()
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    written = 0
    for name, path, relative in golden_inputs():
        record = record_for(pipeline, path, relative)
        target = GOLDEN_DIR / f"{name}.json"
        target.write_text(
            json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
            encoding="utf-8",
        )
        written += 1
    print(f"wrote {written} golden records to {GOLDEN_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
