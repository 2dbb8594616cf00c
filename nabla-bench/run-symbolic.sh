#!/usr/bin/env bash
# Symbolic benchmarks side by side with SymPy, same machine, same run; prints one Markdown table.
#   nabla-bench/run-symbolic.sh [extra JMH options, e.g. -wi 3 -i 5]
# Needs /usr/bin/python3 with SymPy (Debian's python3-sympy). Results are kept in $OUT (default
# ${TMPDIR:-/tmp}/nabla-symbolic-bench): jmh.json, counts.jsonl, sympy.json, table.md.
# JAVA_OPTS is passed to the JMH launcher (e.g. -Djmh.ignoreLock=true when another JMH run holds
# the lock — then the two runs share the CPUs, and the table should say so).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${OUT:-${TMPDIR:-/tmp}/nabla-symbolic-bench}"
mkdir -p "$out"

echo "== building nabla-bench" >&2
mvn -q -B -f "$root/pom.xml" -pl nabla-bench -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile="$out/classpath.txt" >&2
cp="$root/nabla-bench/target/classes:$(cat "$out/classpath.txt")"

echo "== sizes" >&2
java -cp "$cp" dev.nabla.bench.symbolic.SymbolicCounts > "$out/counts.jsonl"

echo "== JMH (Nabla)" >&2
java ${JAVA_OPTS:-} -cp "$cp" org.openjdk.jmh.Main 'dev\.nabla\.bench\.symbolic\..*' -rf json -rff "$out/jmh.json" "$@" >&2

echo "== SymPy" >&2
script="$root/nabla-symbolic/src/test/python/sympy_bench.py"
[ -f "$script" ] || script="$root/nabla-bench/sympy_symbolic.py"
/usr/bin/python3 "$script" --json > "$out/sympy.json"

{
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(java -version 2>&1 | head -1), $(nproc) CPUs, SymPy script: ${script#$root/}"
  echo
  /usr/bin/python3 "$root/nabla-bench/symbolic_table.py" "$out"
} | tee "$out/table.md"
