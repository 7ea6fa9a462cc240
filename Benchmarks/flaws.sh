#!/usr/bin/env bash
# Flaw-tagging quality: per-flaw precision/recall/F1, macro-F1 and the reliability table on the
# hand-labeled development sets (../shared/corpora/flaws_dev, when beside the clone; also
# scored by the official ../shared/peers/score.py) and on the team's gold set (Corpora/gold).
#   Benchmarks/flaws.sh [--misses N]
set -euo pipefail
cd "$(dirname "$0")/.."
misses="${2:-0}"
swift build -c release --product candor >/dev/null
candor=.build/release/candor
shared=../shared
if [ -d "$shared/corpora/flaws_dev" ]; then
  for lang in en fr; do
    echo "== development set ($lang): $shared/corpora/flaws_dev/$lang.csv"
    "$candor" eval --gold "$shared/corpora/flaws_dev/$lang.csv" --misses "$misses"
    "$candor" tag "$shared/corpora/flaws_dev/$lang.csv" --text text --id id > "/tmp/candor-flaws-$lang.jsonl" 2>/dev/null
    echo "-- official scorer (score.py flaws):"
    python3 "$shared/peers/score.py" flaws --gold "$shared/corpora/flaws_dev/$lang.csv" --pred "/tmp/candor-flaws-$lang.jsonl"
    echo
  done
else
  echo "($shared/corpora/flaws_dev not found: development-set figures skipped)"
fi
for lang in en fr; do
  echo "== team gold set ($lang): Corpora/gold/$lang.csv"
  "$candor" eval --gold "Corpora/gold/$lang.csv" --misses "$misses"
  echo
done
