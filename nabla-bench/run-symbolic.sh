#!/usr/bin/env bash
# The symbolic rows against SymPy alone: `nabla-bench/run --only symbolic`.
#   nabla-bench/run-symbolic.sh [JMH options, e.g. -wi 3 -i 5]
# The table lands in nabla-bench/results/latest-symbolic.md (and nabla-bench/target/run/symbolic.md).
set -euo pipefail
here="$(dirname "${BASH_SOURCE[0]}")"
if [ "$#" -eq 0 ]; then exec "$here/run" --only symbolic; fi
exec "$here/run" --only symbolic --jmh "$*"
