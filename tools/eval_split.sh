#!/usr/bin/env bash
# Run the extractor once over the 101 dev gold briefs and score the tune and the check split
# (annotations/dev-split.json) and all of them. usage: tools/eval_split.sh [extract options...]
# Look at tune errors only (tools/eval_split.sh then score with --show-errors --ids tune).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${MJCI_SHARED:-$root/../shared}
out=${EVAL_OUT:-$(mktemp -d)}
mkdir -p "$out"
files=()
while IFS= read -r p; do files+=("$shared/$p"); done < <(python3 -c "import json,sys;[print(e['path']) for e in json.load(open(sys.argv[1]))]" "$shared/dev/gold/index.json")
mjci-extract extract "${files[@]}" -o "$out/records.jsonl" --errors "$out/errors.jsonl" "$@" >/dev/null
for split in tune check; do
  echo "== $split"
  python3 "$shared/tools/score_records.py" "$out/records.jsonl" "$shared/dev/gold" --ids "$root/annotations/dev-$split-ids.json"
done
echo "== all 101"
python3 "$shared/tools/score_records.py" "$out/records.jsonl" "$shared/dev/gold"
echo "records: $out/records.jsonl"
