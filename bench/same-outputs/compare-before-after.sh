#!/usr/bin/env bash
# Behaviour check for the refactor branch: grades the samples and 1,000 bench submissions with the
# jar built before the refactor (/tmp/rf-before.jar) and the one built after (target/korrektor.jar),
# and compares results.json (minus timestamps), grades.csv, review.csv and integrity.csv.
# Usage: bench/same-outputs/compare-before-after.sh [REPO]   (build the "before" jar into /tmp/rf-before.jar first)
set -uo pipefail
repo=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
tools=$(cd "$(dirname "$0")" && pwd)
before=/tmp/rf-before.jar
after=/tmp/rf-after.jar
cp "$repo/target/korrektor.jar" "$after"
[ -d /tmp/rf-bench ] || java -cp "$before" "$tools/GenBench.java" "$repo/rubrics/sheet09.yaml" /tmp/rf-bench 1000 42
status=0
for jar in before after; do
  j=/tmp/rf-$jar.jar
  rm -rf /tmp/rf-$jar /tmp/rf-bench-$jar
  (cd "$repo" && java -jar "$j" grade --rubric rubrics/sheet09.yaml --out /tmp/rf-$jar samples/sheet09 >/dev/null 2>&1)
  echo "samples, $jar: exit $? (1 expected: one corrupt sample)"
  (cd "$repo" && java -jar "$j" grade --rubric rubrics/sheet09.yaml --out /tmp/rf-bench-$jar /tmp/rf-bench --no-pdf >/dev/null 2>&1)
  echo "bench 1000, $jar: exit $?"
done
echo "== samples/sheet09"; python3 "$tools/compare-outputs.py" /tmp/rf-before /tmp/rf-after || status=1
echo "== 1,000 bench submissions (seed 42)"; python3 "$tools/compare-outputs.py" /tmp/rf-bench-before /tmp/rf-bench-after || status=1
exit $status
