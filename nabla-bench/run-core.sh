#!/usr/bin/env bash
# The core gradient table (Σ sin·exp·log against Hipparchus) alone: `nabla-bench/run --only core`.
#   nabla-bench/run-core.sh                       # the settings of a full run
#   nabla-bench/run-core.sh -p n=1000 -f 1 -i 5   # any JMH options instead
# The table lands in nabla-bench/results/latest-core.md (and nabla-bench/target/run/core.md).
set -euo pipefail
here="$(dirname "${BASH_SOURCE[0]}")"
if [ "$#" -eq 0 ]; then exec "$here/run" --only core; fi
exec "$here/run" --only core --jmh "$*"
