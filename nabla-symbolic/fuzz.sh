#!/bin/sh
# Cross-mode fuzz soak: COUNT random functions from SEED, every mode against the zero rule's oracle.
#   nabla-symbolic/fuzz.sh SEED COUNT        (default: 1 1000000)
# Prints the counts every 10,000 functions and each disagreement shrunk to a minimal reproducer;
# fails (non-zero status) if there is one. Needs Java 17 and Maven; installs nothing.
set -e
cd "$(dirname "$0")/.."
SEED="${1:-1}"
COUNT="${2:-1000000}"
exec mvn -q -B -ntp -pl nabla-symbolic -am test -Dtest=CrossModeFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dnabla.fuzz.seed="$SEED" -Dnabla.fuzz.count="$COUNT"
