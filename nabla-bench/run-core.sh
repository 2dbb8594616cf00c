#!/usr/bin/env bash
# Builds nabla-bench/target/benchmarks.jar and runs the core gradient benchmarks, then prints the
# Markdown table with the ratios (also written to nabla-bench/target/core-report.md).
#
#   nabla-bench/run-core.sh                  # the settings used for README.md
#   nabla-bench/run-core.sh -p n=1000 -prof gc   # any JMH options instead
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -pl nabla-bench -am package -DskipTests

if [ "$#" -eq 0 ]; then
  set -- -f 2 -wi 4 -w 1s -i 8 -r 1s
fi
java -Dnabla.bench.report=nabla-bench/target/core-report.md \
     -cp nabla-bench/target/benchmarks.jar dev.nabla.bench.core.CoreReport "$@"
