#!/usr/bin/env bash
# Shared launcher of the benchmark commands: bench/lib/run-bench.sh MAIN_CLASS [args…]
# Finds a JDK >= 21 (JAVA_HOME, then /usr/lib/jvm/* newest first, then java on PATH), builds the bench jar when it
# is missing or older than any module's sources (skip with BENCH_NO_BUILD=1), and runs MAIN_CLASS with the JVM
# flags bin/marketpilot uses, so the numbers are those of the product as shipped. Extra JVM flags: BENCH_JAVA_OPTS.
# The JSON report goes to stdout, progress to stderr.
set -euo pipefail

readonly MIN_JAVA=21
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd -P)
readonly ROOT
main=${1:?usage: run-bench.sh MAIN_CLASS [args…]}
shift

major_of() { # JDK home → major version from its release file, or 0
  local v
  v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release" 2>/dev/null | head -n1)
  [[ $v == 1.* ]] && v=${v#1.}
  v=${v%%[!0-9]*}
  printf '%s\n' "${v:-0}"
}

find_jdk() {
  local home
  if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && (( $(major_of "$JAVA_HOME") >= MIN_JAVA )); then
    return 0
  fi
  while read -r _ home; do
    JAVA_HOME=$home
    return 0
  done < <(for home in /usr/lib/jvm/*/; do
             home=${home%/}
             [[ -x $home/bin/java ]] && (( $(major_of "$home") >= MIN_JAVA )) && printf '%s %s\n' "$(major_of "$home")" "$home"
           done | sort -k1,1nr -k2,2r)
  if command -v java >/dev/null 2>&1; then
    home=$(cd "$(dirname "$(readlink -f "$(command -v java)")")/.." && pwd -P)
    if (( $(major_of "$home") >= MIN_JAVA )); then
      JAVA_HOME=$home
      return 0
    fi
  fi
  return 1
}

if ! find_jdk; then
  echo "bench: needs a JDK $MIN_JAVA or newer (set JAVA_HOME)" >&2
  exit 3
fi
export JAVA_HOME

TARGET=$ROOT/bench/target
jar() { ls -1 "$TARGET"/marketpilot-bench-*.jar 2>/dev/null | grep -v -e '-sources' -e '-tests' | head -n1; }
stale() {
  local j
  j=$(jar)
  [[ -z $j || ! -d $TARGET/lib ]] && return 0
  [[ -n $(find "$ROOT" \( -name target -o -name '.*' \) -prune -o -type f \
            \( -name pom.xml -o -path '*/src/main/*' \) -newer "$j" -print -quit 2>/dev/null) ]]
}
if [[ ${BENCH_NO_BUILD:-} != 1 ]] && stale; then
  echo "bench: building (cd $ROOT && mvn -B -q -pl bench -am package -Dmaven.test.skip=true) …" >&2
  log=$(mktemp "${TMPDIR:-/tmp}/marketpilot-bench-build.XXXXXX")
  if ! (cd "$ROOT" && mvn -B -q -pl bench -am package -Dmaven.test.skip=true) >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    rm -f "$log"
    echo "bench: the build failed; fix it, or run the last built jar with BENCH_NO_BUILD=1" >&2
    exit 3
  fi
  rm -f "$log"
fi
j=$(jar)
[[ -n $j && -d $TARGET/lib ]] || { echo "bench: no bench jar under $TARGET; build with: cd $ROOT && mvn -B -pl bench -am package -Dmaven.test.skip=true" >&2; exit 3; }

# shellcheck source=../../bin/jvm-flags.sh
source "$ROOT/bin/jvm-flags.sh"
jvm_flags_for "${BENCH_JAVA_OPTS:-}"
jvm_flags=("${JVM_FLAGS[@]}" "-Dmarketpilot.bench.cache=$TARGET/bench-cache")
exec "$JAVA_HOME/bin/java" "${jvm_flags[@]}" -cp "$j:$TARGET/lib/*" "$main" "$@"
