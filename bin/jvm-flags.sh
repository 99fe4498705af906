# shellcheck shell=bash
# The JVM flags of bin/marketpilot, shared with bench/lib/run-bench.sh so benchmarks run the product as shipped.
# Usage: source this file, then `jvm_flags_for "$USER_OPTS"`; the flags are left in the array JVM_FLAGS.
#
# ParallelGC: imports and training are throughput work and the machine has 2 cores.
# -Xmn1g, a fixed 1 GiB young generation: a bulk import keeps 30–60 MB of chunks in flight, which every young
# collection copies; with the default young size (a third of a small initial heap) a fresh 1M-event JSONL import
# spent 1.2–1.7 s of CPU in GC and a 4M-event import paused 27 times for 18–114 ms; with 1 GiB, 0.3–0.45 s
# (docs/benchmarks.md §28).
# -XX:InlineSmallCode=1000 -XX:FreqInlineSize=150, less inlining than HotSpot's defaults (2500 and 325): C2 then
# compiles fewer and smaller units, which on 2 cores is CPU taken from the work itself. A fresh JVM's 1M-event JSONL
# import compiled for 1.8 s instead of 2.8 s and ran 257–266k instead of 211–225k events/s; 4M-event imports,
# HTTP ingest (server CPU per event −16%) and the demo's training, profile and journey steps did no worse, while
# the CSV import's pairs scattered either way (docs/benchmarks.md §29).
# User flags are appended; a -Xmx or -XX:+Use…GC there replaces ours, and so does any young-size flag
# (-Xmn, -XX:NewSize, -XX:MaxNewSize, -XX:NewRatio) or a heap under 2 GiB, which a 1 GiB young generation would
# not fit, and either inlining flag.
jvm_flags_for() {
  local user_opts=${1:-} f keep=() extra=()
  JVM_FLAGS=(--enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Xmx4g -Xmn1g -Djava.awt.headless=true
             -XX:InlineSmallCode=1000 -XX:FreqInlineSize=150)
  [[ -n $user_opts ]] || return 0
  for f in "${JVM_FLAGS[@]}"; do
    case $f in
      -Xmx*) [[ $user_opts == *-Xmx* ]] || keep+=("$f") ;;
      -Xmn*) [[ $user_opts == *-Xmn* || $user_opts == *NewSize* || $user_opts == *NewRatio* ]] \
               || small_heap "$user_opts" || keep+=("$f") ;;
      -XX:+Use*GC) [[ $user_opts == *-XX:+Use*GC* ]] || keep+=("$f") ;;
      -XX:*Inline*=*) [[ $user_opts == *"${f%%=*}="* ]] || keep+=("$f") ;;
      *) keep+=("$f") ;;
    esac
  done
  read -r -a extra <<<"$user_opts"
  JVM_FLAGS=("${keep[@]}" "${extra[@]}")
}

# true when the options set -Xmx below 2 GiB (the last -Xmx wins, as in the JVM)
small_heap() {
  local x mib=-1 n unit
  for x in $1; do
    [[ $x =~ ^-Xmx([0-9]+)([kKmMgGtT]?)$ ]] || continue
    n=${BASH_REMATCH[1]}; unit=${BASH_REMATCH[2],,}
    case $unit in
      '') mib=$(( n / 1048576 )) ;;
      k) mib=$(( n / 1024 )) ;;
      m) mib=$n ;;
      g) mib=$(( n * 1024 )) ;;
      t) mib=$(( n * 1048576 )) ;;
    esac
  done
  (( mib >= 0 && mib < 2048 ))
}
