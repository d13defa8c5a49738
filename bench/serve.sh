#!/usr/bin/env bash
# Load benchmark of `korrektor serve` (not a test): N concurrent uploads, then throughput and p95.
#   bench/serve.sh [N=50] [FILE=samples/sheet09/271003_Lena_Wagner.csv] [URL | isolated | in-process]
# Without URL it starts a local server with the defaults (isolated reading, one check per core);
# in-process starts one that reads in its own process, as `korrektor serve --no-isolation`.
# With URL it loads a running server, e.g. one started by: ./korrektor serve --rubric rubrics/sheet09.yaml
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${KORREKTOR_BUILD_DIR:-target}"
mvn -q -B -Dstyle.color=never -Dkorrektor.buildDir="$BUILD" test-compile dependency:build-classpath \
  -Dmdep.outputFile="$BUILD/bench-classpath.txt" -Dmdep.includeScope=test >/dev/null
exec java -cp "$BUILD/test-classes:$BUILD/classes:$(cat "$BUILD/bench-classpath.txt")" korrektor.web.ServeBench "$@"
