#!/usr/bin/env bash
# Runs a main class of the spark-als bench with its full classpath and Spark's JVM flags:
#   bench/spark-als/run.sh io.marketpilot.bench.sparkals.FitTiming [args...]
# Needs marketpilot-engine and the modules it uses in ~/.m2 (mvn -pl engine -am install -DskipTests at the repo root)
# and, the first time, network access for Maven to download Spark. Heap: XMX (default 3g). Extra Maven flags (e.g.
# -o, or -Dmaven.repo.local=DIR to keep a private local repository): MVN_ARGS.
set -euo pipefail
cd "$(dirname "$0")"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# Spark and friends are used where Maven keeps them; our own SNAPSHOT jars are copied to target/lib first, because
# another build installing marketpilot-recommend into ~/.m2 mid-run would otherwise swap classes under a running bench.
read -r -a mvn_args <<<"${MVN_ARGS:-}"
mvn -B -q "${mvn_args[@]}" compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -DexcludeGroupIds=io.marketpilot >&2
mvn -B -q "${mvn_args[@]}" dependency:copy-dependencies -DoutputDirectory=target/lib -DincludeGroupIds=io.marketpilot \
  -DincludeScope=runtime -DoverWriteSnapshots=true >&2
# Spark reads its bind address only from the environment; without it, it warns and picks a network interface.
export SPARK_LOCAL_IP=127.0.0.1
exec "$JAVA_HOME/bin/java" "-Xmx${XMX:-3g}" @spark-jvm.options \
  -cp "target/classes:target/lib/*:$(cat target/classpath.txt)" "$@"
