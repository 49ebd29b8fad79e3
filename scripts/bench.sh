#!/usr/bin/env bash
# Kernebot benchmark (BENCHMARKS.md): incoming activities against the full bot and a bare SDK echo bot (the
# floor), reminder dispatch with a throttling connector, start-up time and memory. One command, from the repo root:
#
#   scripts/bench.sh
#
# It builds the bench jar if stale (target/bench, Maven profile "bench": the production code plus src/bench/java),
# fetches WireMock standalone into build/bench with Maven, starts WireMock (the Bot Connector), the full bot and the
# echo bot (authentication off, fresh SQLite files under build/bench), drives the load with scripts/bench/load.mjs
# (Node 20, no npm packages), prints a table and stops everything it started. About 6 minutes. Knobs: BENCH_DURATION / BENCH_WARMUP (seconds per scenario, default 8 / 2), BENCH_PREWARM
# (unmeasured JIT warm-up per bot and kind before the first scenario, default 5),
# BENCH_CONCURRENCY (default 1,10,50), BENCH_REMINDERS_CONVERSATIONS / BENCH_REMINDERS_PER_CONVERSATION
# (default 1000 / 10), BENCH_ONLY=growth (only the full bot and the card growth: handleplans of BENCH_GROWTH_SIZES goals,
# default 5,50,200,1000, kerneopgave steps of BENCH_GROWTH_STEPS entries, default 10,100,500 or none, kvalitetssamtale
# summaries of BENCH_GROWTH_NOTES notes, default 20,200, a chef's overview of BENCH_GROWTH_INSTITUTIONS institutions,
# default 100; each command timed BENCH_GROWTH_SAMPLES times, default 30), BENCH_JAVA_OPTS (extra JVM flags for the bots), BENCH_SKIP_BUILD=1, BENCH_ONLY=dispatch (only
# the full bot and the reminder dispatch: no plain start, no echo bot, no incoming activities), BENCH_JAR=path (that
# jar instead of the bench jar, e.g. an older build to compare with; implies BENCH_SKIP_BUILD=1), BENCH_CONNECTOR_DELAY_MS (the
# connector answers each dispatch post after this long, as a remote one would; default 0).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=build/bench
WIREMOCK_VERSION=3.13.2
WIREMOCK_JAR=$OUT/wiremock-standalone-$WIREMOCK_VERSION.jar
DURATION=${BENCH_DURATION:-8}
WARMUP=${BENCH_WARMUP:-2}
PREWARM=${BENCH_PREWARM:-5}
CONCURRENCY=${BENCH_CONCURRENCY:-1,10,50}
REMINDER_CONVERSATIONS=${BENCH_REMINDERS_CONVERSATIONS:-1000}
REMINDERS_PER_CONVERSATION=${BENCH_REMINDERS_PER_CONVERSATION:-10}
CONNECTOR_DELAY_MS=${BENCH_CONNECTOR_DELAY_MS:-0}
# Extra JVM flags for both bots, after the CDS flags this script always uses; the default caps the heap (see
# BENCHMARKS.md, "Memory"), as the README's production command does.
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}
ONLY=${BENCH_ONLY:-}
GROWTH_SIZES=${BENCH_GROWTH_SIZES:-5,50,200,1000}
GROWTH_SAMPLES=${BENCH_GROWTH_SAMPLES:-30}
GROWTH_STEPS=${BENCH_GROWTH_STEPS:-10,100,500}
GROWTH_NOTES=${BENCH_GROWTH_NOTES:-20,200}
# A chef's overview of this many institutions (0 = none); the bench bot gets an admin key of its own to put them in.
GROWTH_INSTITUTIONS=${BENCH_GROWTH_INSTITUTIONS:-100}
BENCH_ADMIN_KEY=bench-admin-key-$(date +%s)-0123456789abcdefghij
if [[ -n "$ONLY" && "$ONLY" != dispatch && "$ONLY" != growth ]]; then
  echo "BENCH_ONLY may only be 'dispatch' or 'growth'" >&2
  exit 2
fi

PIDS=()
cleanup() {
  local code=$?
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  exit $code
}
trap cleanup EXIT INT TERM

say() { printf '\n== %s\n' "$*"; }
now_ms() { date +%s%3N; }
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

mkdir -p "$OUT"
rm -f "$OUT"/*.db* "$OUT"/*.json "$OUT"/*.log "$OUT"/table.md

say "Machine"
{
  echo "cores: $(nproc), memory: $(free -m | awk '/Mem:/ {print $2}') MB"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  echo "java: $(java -version 2>&1 | head -2 | tail -1)"
  echo "node: $(node --version)"
  echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (modified)')"
  echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/machine.txt"
top -bn1 | sed -n '7,12p'

say "Build"
# The production code plus src/bench/java (the seeding endpoint and the echo bot), built apart from target/'s
# production jar by the Maven profile "bench".
JAR=target/bench/kernebot-bench.jar
[[ -f "$JAR" ]] || JAR=
if [[ -n "${BENCH_JAR:-}" ]]; then
  JAR=$BENCH_JAR
  echo "using $JAR (BENCH_JAR)"
elif [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  if [[ -z "$JAR" ]] || [[ -n "$(find src/main src/bench cards pom.xml -newer "$JAR" -type f 2>/dev/null | head -1)" ]]; then
    echo "building the bench jar (mvn -q -Pbench -Dmaven.test.skip=true -DskipTests package)"
    mvn -q -Pbench -Dmaven.test.skip=true -DskipTests package
    JAR=target/bench/kernebot-bench.jar
  else
    echo "reusing $JAR (newer than src/main, src/bench, cards and pom.xml)"
  fi
fi
if [[ ! -f "$WIREMOCK_JAR" ]]; then
  echo "fetching WireMock standalone $WIREMOCK_VERSION"
  mvn -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact=org.wiremock:wiremock-standalone:$WIREMOCK_VERSION -DoutputDirectory="$OUT"
fi

say "WireMock (the Bot Connector)"
WM_PORT=$(free_port)
WIREMOCK=http://127.0.0.1:$WM_PORT
java -Xmx512m -jar "$WIREMOCK_JAR" --port "$WM_PORT" --bind-address 127.0.0.1 --root-dir scripts/bench/wiremock \
  --container-threads 100 --max-request-journal-entries 60000 --disable-banner >"$OUT/wiremock.log" 2>&1 &
WM_PID=$!
PIDS+=("$WM_PID")
until curl -sf "$WIREMOCK/__admin/health" >/dev/null 2>&1; do
  kill -0 "$WM_PID" 2>/dev/null || { cat "$OUT/wiremock.log"; exit 1; }
  sleep 0.1
done
echo "WireMock on $WIREMOCK (pid $WM_PID)"

# start_bot NAME PORT JVM_FLAGS JAR EXTRA_ARGS... : starts one bot, waits for its health, records start-up
# (wall time to the first 2xx on /actuator/health, and the CPU time the JVM had used by then, which depends less
# on what else runs on the machine) and RSS after 5 s idle.
declare -A BOT_PID
start_bot() {
  local name=$1 port=$2 flags=$3 jar=$4
  shift 4
  local t0 mport
  t0=$(now_ms)
  # Actuator answers on its own management port, not on the port Teams reaches.
  mport=$(free_port)
  # shellcheck disable=SC2086
  env -u MicrosoftAppId -u MICROSOFT_APP_ID -u MicrosoftAppPassword -u MICROSOFT_APP_PASSWORD -u KERNEBOT_DB_URL \
    java $flags -jar "$jar" --server.port="$port" --management.server.port="$mport" --kernebot.bot.app-id= \
    --kernebot.bot.allowed-tenants= \
    "--spring.datasource.url=jdbc:sqlite:$OUT/$name.db?journal_mode=WAL&foreign_keys=on&busy_timeout=5000&synchronous=NORMAL" \
    "$@" >"$OUT/$name.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  BOT_PID[$name]=$pid
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$mport/actuator/health" 2>/dev/null)" == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { tail -50 "$OUT/$name.log"; exit 1; }
    sleep 0.05
  done
  local health_ms=$(($(now_ms) - t0))
  local cpu_s
  cpu_s=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")
  # The first answer: "@Kernebot hjælp" in a group chat, answered (the reply posted to WireMock) within the request.
  local answer_code answer_ms answer_cpu_s
  answer_code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary \
    "{\"type\":\"message\",\"id\":\"first-$name\",\"serviceUrl\":\"$WIREMOCK/\",\"channelId\":\"msteams\",\"text\":\"<at>Kernebot</at> hjælp\",\"entities\":[{\"type\":\"mention\",\"text\":\"<at>Kernebot</at>\",\"mentioned\":{\"id\":\"28:kernebot-bench-bot\",\"name\":\"Kernebot\"}}],\"from\":{\"id\":\"29:user-anne\",\"name\":\"Anne\",\"aadObjectId\":\"aad-anne\"},\"conversation\":{\"id\":\"19:first-answer-$name@thread.v2\",\"conversationType\":\"groupChat\",\"isGroup\":true,\"tenantId\":\"tenant-bench\"},\"recipient\":{\"id\":\"28:kernebot-bench-bot\",\"name\":\"Kernebot\"},\"channelData\":{\"tenant\":{\"id\":\"tenant-bench\"}},\"locale\":\"da-DK\"}" \
    "http://127.0.0.1:$port/api/messages")
  answer_ms=$(($(now_ms) - t0))
  answer_cpu_s=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")
  [[ "$answer_code" == 2* ]] || { echo "$name: the first message was answered $answer_code"; tail -30 "$OUT/$name.log"; exit 1; }
  local started
  started=$(grep -o 'Started KernebotApplication in [0-9.]* seconds (process running for [0-9.]*)' "$OUT/$name.log" || true)
  sleep 5
  local rss
  rss=$(rss_mb "$pid")
  echo "$name: pid $pid, first 2xx on /actuator/health after ${health_ms} ms (CPU ${cpu_s} s), first answer after ${answer_ms} ms (CPU ${answer_cpu_s} s); ${started:-no Started line}; RSS idle ${rss} MB (load average $(cut -d' ' -f1 /proc/loadavg))"
  [[ -s "$OUT/startup.part" ]] && printf ',' >>"$OUT/startup.part"
  printf '"%s":{"flags":"%s","healthMs":%s,"cpuS":%s,"answerMs":%s,"answerCpuS":%s,"started":"%s","rssIdleMb":%s}' \
    "$name" "$flags" "$health_ms" "$cpu_s" "$answer_ms" "$answer_cpu_s" "$started" "$rss" >>"$OUT/startup.part"
}

stop_bot() {
  local pid=${BOT_PID[$1]}
  kill "$pid" && wait "$pid" 2>/dev/null || true
}

FULL_PORT=$(free_port)
ECHO_PORT=$(free_port)
rm -f "$OUT/startup.part"

if [[ -z "$ONLY" ]]; then
  say "Start-up as the README's plain command runs it (java -jar, no flags), then stopped"
  start_bot full-plain "$FULL_PORT" "" "$JAR"
  stop_bot full-plain
fi

# Class Data Sharing: Spring Boot's extracted layout plus an archive of the classes a start loads (a training run
# that exits after the context refresh). Same code and settings; it only spares the JVM loading and verifying
# ~15,000 classes again. Rebuilt when the jar changes.
CDS_DIR=$OUT/cds
[[ -n "${BENCH_JAR:-}" ]] && CDS_DIR=$OUT/cds-$(basename "$(dirname "$(readlink -f "$JAR")")")
if [[ ! -f "$CDS_DIR/app.jsa" || "$JAR" -nt "$CDS_DIR/app.jsa" ]]; then
  say "CDS archive (once per jar)"
  rm -rf "$CDS_DIR"
  java -Djarmode=tools -jar "$JAR" extract --destination "$CDS_DIR" >/dev/null
  env -u MicrosoftAppId -u MICROSOFT_APP_ID -u KERNEBOT_DB_URL java -XX:ArchiveClassesAtExit="$CDS_DIR/app.jsa" \
    -Dspring.context.exit=onRefresh -jar "$CDS_DIR/$(basename "$JAR")" --server.port=0 --management.server.port=0 --kernebot.bot.app-id= \
    "--spring.datasource.url=jdbc:sqlite:$OUT/cds-training.db" >"$OUT/cds-training.log" 2>&1
  ls -l "$CDS_DIR/app.jsa" | awk '{printf "archive %s: %d MB\n", $NF, $5/1048576}'
fi
CDS_JAR=$CDS_DIR/$(basename "$JAR")
BOT_FLAGS="-XX:SharedArchiveFile=$CDS_DIR/app.jsa -Xlog:cds=off -Xlog:cds+dynamic=off $JAVA_OPTS"

say "Bots for the run (authentication off, fresh SQLite under $OUT; JVM flags: $BOT_FLAGS)"
start_bot full "$FULL_PORT" "$BOT_FLAGS" "$CDS_JAR" --kernebot.bench.seed=true --kernebot.admin.key="$BENCH_ADMIN_KEY"
[[ -z "$ONLY" ]] && start_bot echo "$ECHO_PORT" "$BOT_FLAGS" "$CDS_JAR" --kernebot.bench.echo=true
echo "{$(cat "$OUT/startup.part")}" >"$OUT/startup.json"
rm -f "$OUT/startup.part"

if [[ -z "$ONLY" ]]; then
say "Incoming activities: @Kernebot kort (message) and reflection.next (adaptiveCard/action invoke), ${WARMUP} s warm-up + ${DURATION} s per scenario"
echo "  load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
node scripts/bench/load.mjs activities \
  --target "full=http://127.0.0.1:$FULL_PORT,${BOT_PID[full]}" \
  --target "echo=http://127.0.0.1:$ECHO_PORT,${BOT_PID[echo]}" \
  --service-url "$WIREMOCK/" --wiremock-pid "$WM_PID" \
  --concurrency "$CONCURRENCY" --warmup "$WARMUP" --duration "$DURATION" --prewarm "$PREWARM" --out "$OUT/activities.json"
fi

if [[ -z "$ONLY" || "$ONLY" == growth ]]; then
say "Card growth: handleplans of $GROWTH_SIZES goals (each with an action and 2 status changes), kerneopgave steps of $GROWTH_STEPS entries, kvalitetssamtale summaries of $GROWTH_NOTES notes; $GROWTH_SAMPLES runs of each command"
echo "  load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
node scripts/bench/load.mjs growth --bot "http://127.0.0.1:$FULL_PORT" --wiremock "$WIREMOCK" --service-url "$WIREMOCK/" \
  --sizes "$GROWTH_SIZES" --step-sizes "$GROWTH_STEPS" --note-sizes "$GROWTH_NOTES" --samples "$GROWTH_SAMPLES" \
  --institutions "$GROWTH_INSTITUTIONS" --admin-key "$BENCH_ADMIN_KEY" --out "$OUT/growth.json"
fi

if [[ "$ONLY" != growth ]]; then
say "Reminder dispatch: $REMINDER_CONVERSATIONS conversations x $REMINDERS_PER_CONVERSATION due reminders, every 10th connector post answered 429 (Retry-After: 1)"
echo "  load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
node scripts/bench/load.mjs dispatch --bot "http://127.0.0.1:$FULL_PORT" --wiremock "$WIREMOCK" \
  --bot-pid "${BOT_PID[full]}" --wiremock-pid "$WM_PID" --connector-delay-ms "$CONNECTOR_DELAY_MS" \
  --conversations "$REMINDER_CONVERSATIONS" --per-conversation "$REMINDERS_PER_CONVERSATION" --out "$OUT/dispatch.json"

echo "  full bot RSS after dispatch: $(rss_mb "${BOT_PID[full]}") MB"
fi
say "Results"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
node scripts/bench/load.mjs report --dir "$OUT"
echo "ERROR lines in the full bot's log: $(grep -c ' ERROR ' "$OUT/full.log" || true)"
