#!/bin/sh
# Benchmark, not a test: PSS (proportional set size: shared pages split among their users) of the kiosk's
# process tree after a session, with the package launcher's JVM options against the JVM's defaults (the
# baseline) in the same run on the same machine. Runs the jars of the built amd64 package, headless, demo mode.
# The session, through the agent: 20 screenshots of the rendered screen, status and metrics each time, and a
# signed content bundle pushed, applied and indexed. (A touch session cannot be driven from outside yet.)
#   deploy/bench/pss.sh            # after ./mvnw -B verify; prints a Markdown table
#   PSS_CANDIDATE_OPTS="-Xmx160m ..." deploy/bench/pss.sh   # adds a row: the launcher plus these options
#   PSS_CANDIDATES=FILE deploy/bench/pss.sh   # a row per line of FILE: LABEL|ENV=VALUE ...|JAVA OPTIONS
#                                             # (either part may be empty), each the launcher plus these
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
lib="$here/target/stage/amd64/root/usr/lib/legalkiosk/lib"
launcher="$here/files/usr/bin/legalkiosk"
[ -d "$lib" ] || { echo "pss: build first (./mvnw -B verify)" >&2; exit 1; }
java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
content="$here/../content"
port=18451

tree_pss_kb() {  # PSS of a process and all its descendants, in kB
    total=0
    for pid in $1 $(pgrep -P "$1" || true); do
        kb=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
        total=$((total + ${kb:-0}))
    done
    echo "$total"
}

session() {  # NAME then the command; prints "NAME PSS_AFTER_START_KB PSS_AFTER_SESSION_KB MS_TO_HEALTHY"
    name=$1; shift
    data=$(mktemp -d)
    t0=$(date +%s%N)
    HOME=$data "$@" run --demo --headless --data-dir "$data" --agent-port "$port" > "$data.log" 2>&1 &
    pid=$!
    until curl -fsS "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || { echo "pss: $name did not start:" >&2; tail -5 "$data.log" >&2; exit 1; }
        sleep 0.2
    done
    healthy_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    sleep 10  # the search index is built just after start
    start=$(tree_pss_kb "$pid")
    token=$(cat "$data/agent-token")
    LEGALKIOSK_LIB="$lib" LEGALKIOSK_JAVA_HOME="$java_home" sh "$launcher" content build "$content" \
        --key "$data/demo-signing.key" --version 2 --label bench --out "$data/b.lkb" >/dev/null
    curl -fsS -X PUT -H "Authorization: Bearer $token" -H "Content-Type: application/zip" \
        --data-binary @"$data/b.lkb" "http://127.0.0.1:$port/api/v1/content" >/dev/null
    i=0
    while [ $i -lt 20 ]; do
        # A headless kiosk has no screen to capture and answers 503; asked anyway, as a technician would.
        curl -sS -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/screenshot"
        curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/status" >/dev/null
        curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$port/metrics" >/dev/null
        i=$((i + 1))
    done
    sleep 5
    after=$(tree_pss_kb "$pid")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$data" "$data.log"
    echo "$name $start $after $healthy_ms"
}

# Each session prints one line "NAME START AFTER"; the table puts each against the baseline's AFTER.
results=$(mktemp)
session baseline "$java_home/bin/java" -cp "$lib/*" org.legalkiosk.kiosk.cli.LegalKioskMain >> "$results"
session launcher env LEGALKIOSK_LIB="$lib" LEGALKIOSK_JAVA_HOME="$java_home" sh "$launcher" >> "$results"
candidates=$(mktemp)
[ -n "${PSS_CANDIDATE_OPTS:-}" ] && printf 'candidate||%s\n' "$PSS_CANDIDATE_OPTS" >> "$candidates"
[ -n "${PSS_CANDIDATES:-}" ] && grep -v '^#' "$PSS_CANDIDATES" | grep . >> "$candidates"
labels=$(mktemp)
n=0
while IFS='|' read -r label envs opts; do
    n=$((n + 1))
    printf '%s\t%s\t%s\n' "c$n" "$label" "$(printf '%s %s' "$envs" "$opts" | sed 's/^ *//; s/ *$//')" >> "$labels"
    # shellcheck disable=SC2086
    session "c$n" env $envs LEGALKIOSK_LIB="$lib" LEGALKIOSK_JAVA_HOME="$java_home" \
        LEGALKIOSK_JAVA_OPTS="$opts" sh "$launcher" < /dev/null >> "$results"
done < "$candidates"
awk -v labels="$labels" 'BEGIN {
    FS = "\t"; while ((getline line < labels) > 0) { split(line, f, "\t"); label[f[1]] = f[2]; what[f[1]] = f[3] }
    FS = " "
    printf "| JVM options | PSS after start (MB) | PSS after the session (MB) | ratio to baseline (after session) | ratio to launcher | start to healthy agent (s) |\n"
    printf "|---|---:|---:|---:|---:|---:|\n"
}
$1 == "baseline" { b = $3; printf "| JVM defaults (baseline) | %.0f | %.0f | 1.00 | | %.1f |\n", $2/1024, $3/1024, $4/1000; next }
$1 == "launcher" { l = $3; printf "| package launcher | %.0f | %.0f | %.2f | 1.00 | %.1f |\n", $2/1024, $3/1024, $3/b, $4/1000; next }
{ printf "| launcher + %s: `%s` | %.0f | %.0f | %.2f | %.2f | %.1f |\n", label[$1], what[$1], $2/1024, $3/1024, $3/b, $3/l, $4/1000 }
' "$results"
rm -f "$results" "$candidates" "$labels"
