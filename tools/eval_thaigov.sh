#!/usr/bin/env bash
# Run the extractor once over the annotated real thaigov briefs (annotations/thaigov/) and score
# each split: the 150 fully annotated briefs (annotations/thaigov-split.json: train 120 / test 30)
# and the records-only briefs of each later round (annotations/thaigov-records-split.json: tune3 /
# check3, tune4 / check4, ...). Look at the errors of "train" and "tune" only (score_records.py
# --show-errors --ids); "test" and "check" are held out. usage: tools/eval_thaigov.sh [extract options...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${MJCI_SHARED:-$root/../shared}
out=${EVAL_OUT:-$(mktemp -d)}
mkdir -p "$out"
mjci-extract extract "$root"/annotations/thaigov/*.txt -o "$out/records.jsonl" --errors "$out/errors.jsonl" "$@" >/dev/null
ids=$(mktemp -d)
python3 - "$root/annotations" "$ids" <<'PY'
import json, sys
from pathlib import Path
ann, out = Path(sys.argv[1]), Path(sys.argv[2])
names = []
split = json.loads((ann / "thaigov-split.json").read_text(encoding="utf-8"))
for name in ("train", "test"):
    names.append(name)
    (out / f"{name}.json").write_text(json.dumps(split[name]), encoding="utf-8")
rounds = json.loads((ann / "thaigov-records-split.json").read_text(encoding="utf-8"))["rounds"]
for number, split in rounds.items():
    for name in ("tune", "check"):
        if not split[name]:
            continue  # a round annotated only to measure has no tune part
        names.append(f"{name}{number}")
        (out / f"{name}{number}.json").write_text(json.dumps(split[name]), encoding="utf-8")
(out / "names").write_text(" ".join(names), encoding="utf-8")
PY
for split in $(cat "$ids/names"); do
  echo "== $split ($(python3 -c "import json,sys;print(len(json.load(open(sys.argv[1]))))" "$ids/$split.json"))"
  python3 "$shared/tools/score_records.py" "$out/records.jsonl" "$root/annotations/thaigov-gold" --ids "$ids/$split.json"
done
echo "records: $out/records.jsonl"
